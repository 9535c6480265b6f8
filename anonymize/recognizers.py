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


# Not followed by "-39": that is a generalized band, not an age.
_AGE_NUM = r"(?P<value>(?:1[0-1]\d|[1-9]\d))(?!-\d)"


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


class ObfuscatedContactRecognizer(LocalRecognizer):
    """Emails, phone numbers and SSNs written to dodge pattern matching ("priya dot sharma
    at gmail dot com", "4 1 5 5 5 5 ...", full-width digits, zero-width characters):
    matched on a normalized view and mapped back to exact original offsets."""

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        from anonymize.textview import view_matches

        return [
            RecognizerResult(etype, start, end, 0.8, recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
            for start, end, etype in view_matches(text) if not entities or etype in entities
        ]


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


def date_recognizer() -> RegexRecognizer:
    """Exact dates in the forms people write; spaCy's DATE spans often stop short
    ("May 2025" of "23 May 2025"), and a stray day number is still an exact date."""
    return RegexRecognizer(
        "DATE_TIME",
        [
            (rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}\b", 0.9),
            (rf"\b{_MONTH}\s+{_DAY},?\s+\d{{4}}\b", 0.9),
            (rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:%|percent|hours|minutes))", 0.7),
            (rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b", 0.7),
            (r"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b", 0.9),
            (r"\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:19|20)?\d\d\b", 0.85),
        ],
        name="ClearanceDateRecognizer",
    )


_STREET_SUFFIXES = sorted({*__import__("faker.providers.address.en_US", fromlist=["Provider"]).Provider.street_suffixes,
                           "St", "Rd", "Ave", "Blvd", "Dr", "Ln", "Ct", "Pl", "Hwy", "Pkwy", "Sq", "Ter"},
                          key=len, reverse=True)


def street_address_recognizer() -> RegexRecognizer:
    """House number, capitalized street name, street suffix, optional unit."""
    suffix = "|".join(re.escape(x) for x in _STREET_SUFFIXES)
    return RegexRecognizer(
        "STREET_ADDRESS",
        [(rf"\b\d{{1,6}}\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}(?:{suffix})\b\.?"
          rf"(?:,?\s+(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|#)\s*[\w-]+)?", 0.85)],
        name="ClearanceStreetAddressRecognizer",
    )


def company_recognizer() -> RegexRecognizer:
    """Company names by their legal-form suffix or law-firm shape; NER misses many."""
    cap = r"[A-Z][\w'’&.-]*"
    return RegexRecognizer(
        "ORGANIZATION",
        [
            (rf"\b{cap}(?:\s+{cap}){{0,2}},?\s+(?:Inc|LLC|L\.L\.C|Ltd|PLC|plc|Corp|Corporation|GmbH|AG|S\.A|"
             rf"LLP|Holdings|Group|Partners|and Sons|& Sons|& Co|and Co)\b\.?", 0.8),
            (rf"\b{cap},\s+{cap},?\s+(?:and|&)\s+{cap}\b", 0.75),
            (rf"\b(?:at|for|with|from|joined|by|of)\s+(?P<value>[A-Z][a-z]+-[A-Z][a-z]+)\b", 0.6),
        ],
        name="ClearanceCompanyRecognizer",
    )


_ROLE_NOUNS = (r"Manager|Engineer|Coordinator|Specialist|Analyst|Director|Recruiter|Designer|Developer|"
               r"Consultant|Officer|Administrator|Associate|Assistant|Architect|Scientist|Accountant|"
               r"Nurse|Teacher|Professor|Lecturer|Lawyer|Attorney|Paralegal|Editor|Writer|Producer|"
               r"Planner|Strategist|Representative|Technician|Supervisor|Executive|President|Partner|"
               r"Lead|Owner|Founder|Head|Controller|Auditor|Pharmacist|Physician|Therapist|Counselor|"
               r"Librarian|Researcher|Economist|Adviser|Advisor|Agent|Buyer|Clerk|Operator|Programmer")


def job_title_recognizer() -> RegexRecognizer:
    """A job title in title case ("Operations Manager", "Senior Data Scientist"): with an
    employer it narrows a participant down to a handful of people. Lowercase generic
    roles ("my manager") are left alone."""
    return RegexRecognizer(
        "JOB_TITLE",
        [(rf"\b(?:[A-Z][\w&/-]*\s+){{0,3}}(?:{_ROLE_NOUNS})\b(?:\s+of\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,2}})?", 0.7)],
        name="ClearanceJobTitleRecognizer",
    )


def _gazetteer_words() -> set[str]:
    """Words that are never taken as the first token of a name (stop words, months...)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    calendar = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday"}
    return set(STOP_WORDS) | calendar


class NameGazetteerRecognizer(LocalRecognizer):
    """A first name from any of Faker's locales followed by a capitalized word: the
    English NER model misses many Nigerian, Vietnamese, Turkish, Polish... names."""

    PAIR = re.compile(r"\b([A-Z][^\W\d_]+)\s+([A-Z][^\W\d_'’]+(?:-[A-Z][^\W\d_]+)?)")

    def load(self) -> None:
        from anonymize.names import first_names

        self._first = first_names() - _gazetteer_words()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        for m in self.PAIR.finditer(text):
            if m.group(1).casefold() in self._first and m.group(2).casefold() not in _gazetteer_words():
                out.append(RecognizerResult("PERSON", m.start(), m.end(), 0.6, recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return out


def clearance_recognizers() -> list[LocalRecognizer]:
    return [age_recognizer(), school_recognizer(), date_recognizer(), street_address_recognizer(),
            company_recognizer(), job_title_recognizer(),
            NameGazetteerRecognizer(supported_entities=["PERSON"], name="ClearanceNameGazetteer"),
            ObfuscatedContactRecognizer(supported_entities=["EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN"],
                                        name="ClearanceObfuscatedContactRecognizer")]
