"""Keep every stage off the network.

tldextract (used by Presidio's email and URL recognizers) fetches the public-suffix list
on first use; on a network that drops packets that hangs, and on any network it tells a
third party we are running. We point it at its bundled snapshot only. Great Expectations
gets its analytics switched off before import.
"""

from __future__ import annotations

import os

_done = False


def ensure_offline() -> None:
    """Idempotently configure network-using libraries to stay local."""
    global _done
    if _done:
        return
    os.environ["GX_ANALYTICS_ENABLED"] = "False"
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    # Read by tldextract when it builds its default extractor at import time.
    os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    import tldextract.tldextract as tld

    # The module-level extract() looks this global up at call time, so replacing it
    # covers Presidio's `tldextract.extract(...)` calls too.
    tld.TLD_EXTRACTOR = tld.TLDExtract(
        suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True
    )
    _done = True
