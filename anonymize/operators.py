"""Clearance's anonymization operators, registered in Presidio's AnonymizerEngine.

Pseudonyms and hashes are keyed and stateless: the surrogate of a value is a function
of HMAC(key, normalized value), so the same person gets the same surrogate in every
transcript, shard and worker, and no mapping table (which would itself be personal
data) is ever kept.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from functools import lru_cache

from faker import Faker
from faker.providers.address.en_US import Provider as _UsAddress
from presidio_anonymizer.operators import Operator, OperatorType

from anonymize.vocab import is_country_like
from anonymize.spoken_dates import has_spoken_day, spoken_year


_EDGE_PUNCT = " .,;:!?\"'()[]{}<>"
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
           "madam", "mister", "rev", "fr", "sr", "jr"}


@lru_cache(maxsize=1 << 16)  # the same words come back in every n-gram and transcript
def normalize(value: str) -> str:
    """Casefolded NFKC with collapsed whitespace and no possessive or edge punctuation,
    so "Priya's", "PRIYA" and "priya" are one value."""
    v = unicodedata.normalize("NFKC", value).casefold()
    v = re.sub(r"\s+", " ", v).strip()
    v = v.strip(_EDGE_PUNCT)
    v = re.sub(r"['’]s$", "", v)
    return v.strip(_EDGE_PUNCT)


def keyed_digest(key: bytes, domain: str, value: str) -> bytes:
    return hmac.new(key, f"{domain}\x1f{normalize(value)}".encode(), hashlib.sha256).digest()


@lru_cache(maxsize=1)
def _faker() -> Faker:
    return Faker("en_US")


def _seeded(key: bytes, domain: str, value: str) -> Faker:
    fake = _faker()
    fake.seed_instance(int.from_bytes(keyed_digest(key, domain, value)[:8], "big"))
    return fake


def _pick(key: bytes, domain: str, value: str, make, avoid: set[str]) -> str:
    """Draw until the surrogate differs from every original token: a surrogate equal to
    the real value would publish it."""
    for attempt in range(20):
        fake = _seeded(key, f"{domain}#{attempt}" if attempt else domain, value)
        candidate = make(fake)
        if normalize(candidate) not in avoid:
            return candidate
    raise ValueError(f"no distinct surrogate for {domain}")


def _person(key: bytes, value: str) -> str:
    """Token-wise surrogate: "Priya Sharma" and a later "Priya" share the first name.
    Titles are dropped first, so "Dr. Priya Sharma" is still Priya."""
    tokens = [t for t in normalize(value).split() if t.strip(".") not in _TITLES] or ["?"]
    avoid = set(tokens)
    first = _pick(key, "PERSON:first", tokens[0], lambda f: f.first_name(), avoid)
    if len(tokens) == 1:
        return first
    last = _pick(key, "PERSON:last", tokens[-1], lambda f: f.last_name(), avoid)
    return f"{first} {last}"


def surrogate(entity_type: str, value: str, key: bytes) -> str:
    """A fake value of the same kind; contact details use reserved, unroutable forms
    (RFC 2606 domains, 555-01xx numbers) so a surrogate can never reach a real person."""
    if entity_type == "PERSON":
        return _person(key, value)
    return _pick(key, entity_type, value, lambda fake: _fake_of(entity_type, fake, key, value),
                 {normalize(value)})


def _fake_of(entity_type: str, fake: Faker, key: bytes, value: str) -> str:
    if entity_type == "EMAIL_ADDRESS":
        return f"{fake.first_name().lower()}.{fake.last_name().lower()}@example.{fake.random_element(['com', 'org', 'net'])}"
    if entity_type == "PHONE_NUMBER":
        return f"({fake.random_int(201, 989)}) 555-01{fake.random_int(0, 99):02d}"
    if entity_type == "URL":
        return f"https://example.com/{fake.user_name()}"
    if entity_type == "LOCATION":
        return fake.city()
    if entity_type in ("ORGANIZATION", "SCHOOL"):
        return fake.company()
    if entity_type == "DATE_TIME":
        return fake.date()
    if entity_type == "AGE":
        return str(fake.random_int(20, 70))
    return f"{entity_type}-{keyed_digest(key, entity_type, value).hex()[:8]}"


_US_STATES = {normalize(s) for s in _UsAddress.states}
_SPELLED_DAY = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth|thirtieth|twenty[- ]\w+|thirty[- ]first)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def generalize(entity_type: str, value: str) -> str:
    """Coarsen a quasi-identifier: date -> year, age -> 10-year band, place -> country.
    Anything that cannot be coarsened safely becomes a type label."""
    if entity_type == "DATE_TIME":
        year = _YEAR.search(value)
        if year:
            return year.group(1)
        if (spoken := spoken_year(value)) is not None:
            return str(spoken)  # "May of twenty sixteen" -> "2016"
        if has_spoken_day(value):
            return "[DATE]"  # "February fourteen"
        if not re.search(r"\d", value) and not _SPELLED_DAY.search(value):
            return value  # "last week", "Monday", "in March": no date to identify by
        return "[DATE]"
    if entity_type == "AGE":
        digits = re.fullmatch(r"\s*(\d{1,3})\s*", value)
        if digits:
            low = int(digits.group(1)) // 10 * 10
            return f"{low}-{low + 9}"
        return "[AGE]"
    if entity_type == "LOCATION":
        norm = normalize(value)
        if is_country_like(norm):
            return value
        tail = normalize(value.split(",")[-1]) if "," in value else ""
        if is_country_like(tail):
            return value.split(",")[-1].strip()
        if norm in _US_STATES or tail in _US_STATES:
            return "the United States"
        return "[PLACE]"
    return f"[{entity_type}]"


class _ClearanceOperator(Operator):
    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize

    def validate(self, params: dict | None = None) -> None:
        if not params or "entity_type" not in params:
            raise ValueError(f"{self.operator_name()}: missing entity_type")


class LabelOperator(_ClearanceOperator):
    """`[PERSON_1]`: numbered by first appearance within one transcript; the numbering
    is computed before anonymizing and shared through params["labels"]."""

    def operate(self, text: str, params: dict | None = None) -> str:
        labels: dict = params["labels"]
        etype = params["entity_type"]
        key = (etype, normalize(text))
        if key not in labels:
            labels[key] = 1 + sum(1 for t, _ in labels if t == etype)
        return f"[{etype}_{labels[key]}]"

    def operator_name(self) -> str:
        return "clearance_label"


class HashOperator(_ClearanceOperator):
    """Keyed (HMAC-SHA256) so nobody without the key can confirm a guessed value."""

    def operate(self, text: str, params: dict | None = None) -> str:
        etype = params["entity_type"]
        return f"[{etype}:{keyed_digest(params['key'], 'hash:' + etype, text).hex()[:12]}]"

    def operator_name(self) -> str:
        return "clearance_hash"


class PseudonymizeOperator(_ClearanceOperator):
    def operate(self, text: str, params: dict | None = None) -> str:
        return surrogate(params["entity_type"], text, params["key"])

    def operator_name(self) -> str:
        return "clearance_pseudonymize"


class GeneralizeOperator(_ClearanceOperator):
    def operate(self, text: str, params: dict | None = None) -> str:
        return generalize(params["entity_type"], text)

    def operator_name(self) -> str:
        return "clearance_generalize"


OPERATORS = [LabelOperator, HashOperator, PseudonymizeOperator, GeneralizeOperator]
