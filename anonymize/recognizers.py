"""Clearance's own recognizers, registered in Presidio's RecognizerRegistry.

Off-the-shelf Presidio has no notion of ages or schools, both quasi-identifiers that
re-identified earlier interview datasets. These are regex recognizers with explicit
flags (Presidio's PatternRecognizer is case-insensitive by default, which would make
"the university" look like a school name).
"""

from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts


class RegexRecognizer(LocalRecognizer):
    """Reports group `value` (or the whole match) of each pattern as one entity."""

    def __init__(
        self, entity: str, patterns: Iterable[tuple[str, float]], name: str, flags: int = 0
    ) -> None:
        self._patterns = [(re.compile(p, flags), score) for p, score in patterns]
        super().__init__(supported_entities=[entity], name=name, supported_language="en")

    def load(self) -> None:  # patterns are compiled in __init__
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        entity = self.supported_entities[0]
        out: list[RecognizerResult] = []
        for regex, score in self._patterns:
            for m in regex.finditer(text):
                group = "value" if "value" in regex.groupindex else 0
                start, end = m.span(group)
                if start == end:
                    continue
                out.append(
                    RecognizerResult(
                        entity_type=entity,
                        start=start,
                        end=end,
                        score=score,
                        analysis_explanation=AnalysisExplanation(
                            recognizer=self.name, original_score=score
                        ),
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        return out


_AGE_NUM = r"(?P<value>(?:1[0-1]\d|[1-9]\d))"


def age_recognizer() -> RegexRecognizer:
    """Ages stated about a person; the span is the number, so generalization keeps the phrase."""
    return RegexRecognizer(
        "AGE",
        [
            (rf"\b(?:I'm|I’m|I am|he's|she's|he is|she is|they're|turned|turning|aged?|age of)\s+{_AGE_NUM}\b(?!\s*(?:%|percent|minutes|hours|days|weeks|months|people|employees|times|dollars))", 0.9),
            (rf"\b{_AGE_NUM}[- ](?:years?|yrs?)[- ]old\b", 0.95),
            (rf"\b{_AGE_NUM}-year-old\b", 0.95),
            (rf"\bage[sd]?\s*[:=]?\s*{_AGE_NUM}\b", 0.9),
        ],
        name="ClearanceAgeRecognizer",
        flags=re.IGNORECASE,
    )


_CAP = r"[A-Z][\w&'.-]*"


def school_recognizer() -> RegexRecognizer:
    """Universities, colleges and schools by their naming patterns (case-sensitive)."""
    kinds = r"(?:University|College|Institute|Polytechnic|Academy|School)"
    return RegexRecognizer(
        "SCHOOL",
        [
            (rf"\b(?:The\s+)?{kinds}\s+of\s+{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}}", 0.9),
            (rf"\b{_CAP}(?:\s+{_CAP}){{0,3}}\s+(?:State\s+)?(?:University|College|Polytechnic|Academy|Institute of Technology|High School|Middle School|Elementary School|Community College|Law School|Business School|Medical School)\b", 0.9),
        ],
        name="ClearanceSchoolRecognizer",
    )


def clearance_recognizers() -> list[LocalRecognizer]:
    return [age_recognizer(), school_recognizer()]
