"""Independent re-scan: a second detector configuration looks for what the anonymizer
missed. Independence comes from a lower threshold, extra recognizers the anonymizer does
not use (a multi-locale surname gazetteer), and counting only what no legitimate
output of the run explains: labels, generalized values, allow-listed terms, kept types,
and the run's own surrogates (recognised by their keyed hashes in the evidence)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from anonymize.operators import generalize, normalize
from anonymize.policy import Policy
from anonymize.vocab import is_generic
from anonymize.scan import build_analyzer, scan_text
from validation.evidence import Evidence, digest

_GENERALIZED = re.compile(r"\d0-\d9|(?:1[89]|20)\d\d|the United States|\[[A-Z_]+\]")
_GENERIC_TOKEN = re.compile(r"(?:1[89]\d\d|20\d\d|\d0-\d9|the|and|of|a|an|[^\w]+)")
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*(?:_\d+|:[0-9a-f]{6,})?\]")


def surname_recognizer():
    """A capitalized word followed by a surname from any Faker locale. The anonymizer
    keys on first names; keying on surnames makes the re-scan see other mistakes."""
    from presidio_analyzer import LocalRecognizer

    from anonymize.names import last_names
    from anonymize.recognizers.base import _result
    from anonymize.recognizers.people import _gazetteer_words

    surnames, stop = last_names() - _gazetteer_words(), _gazetteer_words()
    pair = re.compile(r"\b([A-Z][^\W\d_]+)\s+([A-Z][^\W\d_'’]+)")

    class SurnameGazetteerRecognizer(LocalRecognizer):
        def load(self) -> None:
            pass

        def analyze(self, text, entities, nlp_artifacts=None):
            return [_result("PERSON", m.start(), m.end(), 0.5, self)
                    for m in pair.finditer(text)
                    if m.group(2).casefold() in surnames and m.group(1).casefold() not in stop]

    return SurnameGazetteerRecognizer(supported_entities=["PERSON"], name="RescanSurnameGazetteer")


def build_rescan_analyzer(policy: Policy):
    rescan_policy = policy.model_copy(update={"detection": policy.detection.model_copy(
        update={"score_threshold": policy.gate.rescan_score_threshold})})
    analyzer = build_analyzer(rescan_policy)
    analyzer.registry.add_recognizer(surname_recognizer())
    return analyzer, rescan_policy


@dataclass
class RescanResult:
    rows: list[dict] = field(default_factory=list)  # transcript_id, residual, unverifiable
    locations: list[dict] = field(default_factory=list)  # transcript_id, start, end, entity_type

    @property
    def residual(self) -> int:
        return sum(r["residual"] for r in self.rows)

    @property
    def unverifiable(self) -> int:
        return sum(r["unverifiable"] for r in self.rows)


def explain(text: str, start: int, end: int, entity_type: str, policy: Policy,
            evidence: Evidence | None, key: bytes | None) -> str:
    """Why a re-scan finding is not a leak: "placeholder", "kept", "general", "allowed",
    "surrogate", or "unverifiable"; "" when nothing explains it."""
    value = text[start:end]
    for m in _PLACEHOLDER.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if m.start() < end and start < m.end():
            return "placeholder"
    rule = policy.rule_for(entity_type)
    if rule.action == "keep":
        return "kept"
    if _GENERALIZED.fullmatch(value.strip()):
        return "general"  # "30-39", "2021": what generalization writes
    if entity_type == "DATE_TIME" and re.fullmatch(r"\D*(?:1[89]|20)\d\d\D*", value):
        return "general"  # "around 2023": a year is what generalization keeps
    if rule.action == "generalize" and normalize(generalize(entity_type, value)) == normalize(value):
        return "general"
    allowed = {normalize(a) for a in policy.detection.allow_list}
    if normalize(value) in allowed or not normalize(value):
        return "allowed"
    if is_generic(normalize(value)):
        return "allowed"  # "copywriter", "email": words, not anyone's identity
    if evidence is not None and key is not None:
        if digest(key, value) in evidence.surrogates:
            return "surrogate"
        # "Ian Jones 1991": a surrogate next to a generalized year is still no leak.
        tokens = normalize(value).split()
        if tokens and all(_GENERIC_TOKEN.fullmatch(t) or t in allowed or is_generic(t)
                          or digest(key, t) in evidence.surrogates for t in tokens) \
                and any(digest(key, t) in evidence.surrogates for t in tokens):
            return "surrogate"
        return ""
    # Without the run's evidence a surrogate looks like a name, whatever type the re-scan
    # gives it ("everyone at Shannon Evans" when an employer was taken for a person).
    if any(r.action == "pseudonymize" for r in policy.entities.values()):
        vocab = _surrogate_vocabulary()
        if all(t in vocab or _GENERIC_TOKEN.fullmatch(t) for t in normalize(value).split()):
            return "unverifiable"
    return ""


@lru_cache(maxsize=1)
def _surrogate_vocabulary() -> frozenset[str]:
    """Every word a surrogate can contain (Faker en_US names, companies, cities)."""
    from faker.providers.address.en_US import Provider as Address
    from faker.providers.company.en_US import Provider as Company
    from faker.providers.person.en_US import Provider as Person

    words: set[str] = set()
    for source in (Person.first_names, Person.last_names, Company.company_suffixes,
                   Address.city_prefixes, Address.city_suffixes):
        for item in (source.keys() if isinstance(source, dict) else source):
            words.update(normalize(item).split())
    return frozenset(words)


def rescan(rows: list[tuple[str, str]], policy: Policy, evidence: Evidence | None = None,
           key: bytes | None = None, analyzer_and_policy=None) -> RescanResult:
    analyzer, rescan_policy = analyzer_and_policy or build_rescan_analyzer(policy)
    result = RescanResult()
    for tid, text in rows:
        residual = unverifiable = 0
        for f in scan_text(analyzer, text, rescan_policy):
            why = explain(text, f.start, f.end, f.entity_type, policy, evidence, key)
            if why == "unverifiable":
                unverifiable += 1
            elif not why:
                residual += 1
                result.locations.append({"transcript_id": tid, "start": f.start, "end": f.end,
                                         "entity_type": f.entity_type})
        result.rows.append({"transcript_id": tid, "residual": residual, "unverifiable": unverifiable})
    return result
