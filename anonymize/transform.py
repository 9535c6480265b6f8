"""Anonymize stage: apply the policy to one transcript's findings through Presidio's
AnonymizerEngine, with Clearance's operators registered in it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from anonymize.operators import OPERATORS, normalize
from anonymize.policy import Policy
from anonymize.scan import Finding


@dataclass(frozen=True)
class Span:
    """A resolved, non-overlapping span and the entity type whose rule applies."""

    start: int
    end: int
    entity_type: str


# How much an action hides; an overlap takes the most protective member's type, so a
# name inside a kept or generalized span is still removed.
_PROTECTION = {"keep": 0, "generalize": 1}


def resolve(findings: list[Finding], policy: Policy | None = None) -> list[Span]:
    """Union overlapping findings into one span so every detected character is covered
    (privacy first). The type comes from the member whose action protects most, then the
    highest score, the longest, the name, so the choice is deterministic."""
    ordered = sorted(findings, key=lambda f: (f.start, f.end))
    groups: list[list[Finding]] = []
    end = -1
    for f in ordered:
        if groups and f.start < end:
            groups[-1].append(f)
            end = max(end, f.end)
        else:
            groups.append([f])
            end = f.end
    spans = []
    for g in groups:
        best = min(g, key=lambda f: (-_protection(policy, f.entity_type), -f.score,
                                     -(f.end - f.start), f.entity_type))
        spans.append(Span(min(f.start for f in g), max(f.end for f in g), best.entity_type))
    return spans


def _protection(policy: Policy | None, entity_type: str) -> int:
    if policy is None:
        return 2
    return _PROTECTION.get(policy.rule_for(entity_type).action, 2)


def build_anonymizer():
    from presidio_anonymizer import AnonymizerEngine

    engine = AnonymizerEngine()
    for op in OPERATORS:
        engine.add_anonymizer(op)
    return engine


def _operator_config(policy: Policy, entity_type: str, key: bytes, labels: dict):
    from presidio_anonymizer.entities import OperatorConfig

    rule = policy.rule_for(entity_type)
    if rule.action == "redact":
        return OperatorConfig("replace", {"new_value": "[REDACTED]"})
    if rule.action == "keep":
        return OperatorConfig("keep", {})
    if rule.action == "mask":
        return OperatorConfig("mask", {
            "masking_char": rule.masking_char,
            "chars_to_mask": rule.chars_to_mask or 10**9,
            "from_end": rule.from_end,
        })
    if rule.action == "label":
        return OperatorConfig("clearance_label", {"labels": labels})
    if rule.action == "hash":
        return OperatorConfig("clearance_hash", {"key": key})
    if rule.action == "pseudonymize":
        return OperatorConfig("clearance_pseudonymize", {"key": key})
    return OperatorConfig("clearance_generalize", {})


@dataclass(frozen=True)
class Replacement:
    original: str
    replacement: str
    entity_type: str


def anonymize_text(
    engine, text: str, findings: list[Finding], policy: Policy, key: bytes
) -> tuple[str, Counter, list[Replacement]]:
    """Return the sanitized text, counts of (entity_type, action) applied, and what each
    span became (for the evidence file; never written as plaintext)."""
    from presidio_anonymizer.entities import RecognizerResult

    spans = resolve(findings, policy)
    labels: dict = {}
    for s in spans:  # number labels by first appearance, not by Presidio's order
        k = (s.entity_type, normalize(text[s.start:s.end]))
        if k not in labels:
            labels[k] = 1 + sum(1 for t, _ in labels if t == s.entity_type)
    types = sorted({s.entity_type for s in spans})
    operators = {t: _operator_config(policy, t, key, labels) for t in types}
    results = [RecognizerResult(s.entity_type, s.start, s.end, 1.0) for s in spans]
    out = engine.anonymize(
        text=text, analyzer_results=results, operators=operators,
        merge_entities_with_spaces=False,
    )
    counts = Counter((s.entity_type, policy.rule_for(s.entity_type).action) for s in spans)
    items = sorted(out.items, key=lambda i: i.start)
    if len(items) != len(spans):
        raise RuntimeError("anonymizer changed the number of spans")
    replaced = [Replacement(text[s.start:s.end], i.text, s.entity_type) for s, i in zip(spans, items)]
    return out.text, counts, replaced
