"""The pseudonymization secret: what makes surrogates consistent across runs, and what
an attacker would need to test guesses against hashes. Never logged, never written to
an artifact."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from anonymize.errors import SecretKeyError

MIN_KEY_BYTES = 16
ENV_VAR = "CLEARANCE_KEY"


def load_key(key_file: str | Path | None) -> tuple[bytes, str]:
    """Return (key, where it came from): "file", "env" or "random" (per-run)."""
    if key_file is not None:
        try:
            key = Path(key_file).read_bytes().strip()
        except OSError as exc:
            raise SecretKeyError(f"key file {key_file}: cannot read ({exc.strerror or type(exc).__name__})") from None
        source = "file"
        where = f"key file {key_file}"
    elif os.environ.get(ENV_VAR):
        key = os.environ[ENV_VAR].encode().strip()
        source, where = "env", ENV_VAR
    else:
        return secrets.token_bytes(32), "random"
    if len(key) < MIN_KEY_BYTES:
        raise SecretKeyError(f"{where}: the key must be at least {MIN_KEY_BYTES} bytes")
    return key, source
