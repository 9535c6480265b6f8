"""The shared pieces of Clearance's recognizers: a result that names its recognizer, and a
regex recognizer with explicit flags (Presidio's PatternRecognizer is case-insensitive by
default, which would make "the university" look like a school name)."""

from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts


# Set on results whose cue is strong enough to outweigh the allow-list ("my colleague Claude").
OVERRIDES_ALLOW_LIST = "clearance_overrides_allow_list"
# Set on a name found only by the slot it fills ("Milei says"): an allow-listed figure's
# surname said alone is then kept.
SLOT_ONLY = "clearance_slot_only"


def _result(entity: str, start: int, end: int, score: float, rec: LocalRecognizer,
            overrides_allow_list: bool = False) -> RecognizerResult:
    """A result that names its recognizer (scan reports it; the re-scan and propagation
    tell recognizers apart by it)."""
    return RecognizerResult(entity, start, end, score, recognition_metadata={
        RecognizerResult.RECOGNIZER_NAME_KEY: rec.name,
        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: rec.id,
        OVERRIDES_ALLOW_LIST: overrides_allow_list})


def value_span(m: re.Match) -> tuple[int, int]:
    """The span of the first named value group that matched ("value", "value2", ...), or of the
    whole match: patterns with a cue around the value name it, one group per alternative."""
    return m.span(next((g for g in m.re.groupindex if g.startswith("value") and m.group(g)), 0))


class RegexRecognizer(LocalRecognizer):
    """Reports group `value` (and `value2`, `value3`... when a pattern names two parts of one
    statement, as an age said twice) or else the whole match of each pattern as one entity, unless the text
    just before it matches `not_after` (searched in the 80 characters before the value: a cue
    that says the value is about nobody, which a fixed-width lookbehind could not say)."""

    def __init__(
        self, entity: str, patterns: Iterable[tuple[str, float]], name: str, flags: int = 0,
        not_after: re.Pattern | None = None,
    ) -> None:
        self._patterns = [(regex, score, [g for g in regex.groupindex if re.fullmatch(r"value\d*", g)] or [0])
                           for regex, score in ((re.compile(p, flags), score) for p, score in patterns)]
        self._not_after = not_after
        super().__init__(supported_entities=[entity], name=name, supported_language="en")

    def load(self) -> None:  # patterns are compiled in __init__
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        entity = self.supported_entities[0]
        out: list[RecognizerResult] = []
        for regex, score, groups in self._patterns:
            for m in regex.finditer(text):
                for group in groups:
                    start, end = m.span(group)
                    if start == end or self._not_after and self._not_after.search(text, max(0, start - 80), start):
                        continue  # (an unmatched group spans (-1, -1))
                    out.append(_result(entity, start, end, score, self))
        return out
