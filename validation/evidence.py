"""Evidence: keyed hashes of every value the anonymizer replaced, so the gate can prove
none of them is left in the released text without anyone storing the values.

The file holds HMAC-SHA256(key, normalized value) digests only; without the key they
cannot be tested against guesses. It also holds the digests of the surrogates the run
wrote, so a surrogate that happens to equal some other protected value is recognised.
It is written outside the release and is as sensitive as the key is.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from pathlib import Path

from anonymize.operators import normalize
from anonymize.textview import word_ngrams
from anonymize.vocab import is_generic

FORMAT = "clearance-evidence/1"
DIGEST_BYTES = 16
MAX_WORDS = 8  # longer values are matched by their first MAX_WORDS words


def digest(key: bytes, value: str) -> str:
    return hmac.digest(key, b"evidence\x1f" + normalize(value).encode(), "sha256")[:DIGEST_BYTES].hex()


def key_id(key: bytes) -> str:
    """Names the key without revealing it, so a mismatched key is an error, not a pass."""
    return hmac.digest(key, b"clearance-key-id", "sha256")[:8].hex()


@dataclass
class Evidence:
    key_id: str
    protected: set[str] = field(default_factory=set)
    surrogates: set[str] = field(default_factory=set)
    lengths: set[int] = field(default_factory=set)  # word counts of protected values

    @classmethod
    def for_key(cls, key: bytes) -> "Evidence":
        return cls(key_id(key))

    def add(self, key: bytes, original: str, replacement: str) -> None:
        """Record one replaced value; unchanged values (kept, or already coarse) are not
        evidence of anything to remove."""
        norm = normalize(original)
        if not norm or norm == normalize(replacement) or is_generic(norm):
            return  # a lone "30" or "operations" elsewhere in the text is no leak
        words = len(norm.split())
        self.protected.add(digest(key, original))
        self.lengths.add(min(words, MAX_WORDS))
        if normalize(replacement):
            self.surrogates.add(digest(key, replacement))
            # A re-scan may find part of a surrogate ("Ward" of "Brenda Ward").
            for token in normalize(replacement).split():
                if len(token) > 1:
                    self.surrogates.add(digest(key, token))

    def merge(self, other: "Evidence") -> None:
        self.protected |= other.protected
        self.surrogates |= other.surrogates
        self.lengths |= other.lengths

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "key_id": self.key_id, "lengths": sorted(self.lengths),
                           "protected": sorted(self.protected), "surrogates": sorted(self.surrogates)},
                          indent=0, sort_keys=True) + "\n"

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> "Evidence":
        d = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(d, dict) or d.get("format") != FORMAT:
            raise ValueError(f"{path}: not a clearance evidence file")
        return cls(d["key_id"], set(d["protected"]), set(d["surrogates"]), set(d["lengths"]))


def hits(text: str, evidence: Evidence, key: bytes) -> list[tuple[int, int]]:
    """Spans of word n-grams of `text` whose normalized form hashes to a protected value
    and not to a surrogate of this run."""
    if not evidence.protected:
        return []
    found: list[tuple[int, int]] = []
    for start, end in word_ngrams(text, evidence.lengths):
        d = digest(key, text[start:end])
        if d in evidence.protected and d not in evidence.surrogates:
            found.append((start, end))
    return sorted(found)
