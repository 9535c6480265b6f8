"""Cities, districts and employers by name (lists in ``anonymize/data/``): the small English
NER model misses many non-English place and company names ("a client from Brno", "the
office at Bole", "reports for the Rio Tinto side").

A name that is also an everyday word or a first name ("Florence", "Plateau"), or a single
word the tagger does not read as a proper noun ("Reading is fun"), counts only after a place
or employer preposition; countries, calendar words and
allow-listed terms never count (the scan drops the latter).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.operators import normalize
from anonymize.recognizers.base import _result
from anonymize.vocab import CALENDAR_WORDS, common_words, is_country_like

_MAX_WORDS = 5
_TOKEN = re.compile(r"[^\W_][\w'’.&-]*")
# Said right before a place or an employer: "from Brno", "at Bole", "for the Rio Tinto side".
_PLACE_CUE = re.compile(r"(?i:\b(?:in|from|near|to|at|around|outside|across|towards?|via|out\s+of|"
                        r"based\s+in|moved\s+to|live\s+in|lives\s+in|grew\s+up\s+in))[ \t]+(?:the[ \t]+)?$")
# Where someone lives, said so plainly that a lower-case listed town after it is the town
# ("i live in harrogate", "we moved to leeds", "im from cebu"). Plain "in"/"from" are not
# enough in lower case: "from reading the docs", "in bath time".
_LOWER_PLACE_CUE = re.compile(r"(?i:\b(?:(?:live|lives|living|lived|based|born|raised|grew\s+up|settled|staying|"
                              r"located|moved|relocated|commute|commuting)(?:[ \t]+(?:here|now|back))?[ \t]+"
                              r"(?:in|to|from|near|outside|out\s+of|around)|"
                              r"(?:I['’]?m|im|I\s+am|we['’]?re|(?:he|she|who)['’]?s|(?:I|we|they|who)\s+come|comes)"
                              r"[ \t]+(?:originally[ \t]+)?from))[ \t]+$")
# Korean and Japanese districts and wards, and Irish counties: "Gwanak-gu", "Chuo-ku",
# "Bundang-gu", "Co. Tipperary"; English shires ("Nottinghamshire", "West Yorkshire").
_DISTRICT = re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?-(?:gu|ku|si|shi|dong|gun|eup|myeon|cho|machi|ken)\b|"
                       r"\b[A-Z][a-z]{2,}shire\b|"
                       r"\bCo\.[ \t]+(?!Ltd|Limited|Inc|KG)[A-Z][a-z]+\b|"
                       # Numbered districts: "Quận 7" (Hồ Chí Minh City), "District 4", "Arrondissement 9"
                       r"\b(?:Quận|Quan|District|Arrondissement|Distrito|Bezirk)[ \t]+\d{1,2}\b")
_EMPLOYER_CUE = re.compile(r"(?i:\b(?:at|for|with|joined|from|in|by|to|left|quit)(?:[ \t]+the)?)[ \t]+$")


_LETTERS = str.maketrans("ĐđıŁłØøßÞþÆæŒœ", "DdiLlOosTtAaOo")


def _plain(word: str) -> str:
    """Without diacritics ("Hồ Chí Minh" -> "Ho Chi Minh", "Đà Nẵng" -> "Da Nang"): lists and
    speakers spell the same town with and without them."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=None)
def _listed(kind: str) -> tuple[dict[str, frozenset[int]], frozenset[str]]:
    """The list read once: first word -> the word counts of names starting with it, and the
    names themselves (spaces normalized)."""
    text = resources.files("anonymize").joinpath("data", f"{kind}.txt").read_text(encoding="utf-8")
    index: dict[str, set[int]] = {}
    names: set[str] = set()
    for line in text.splitlines():
        words = line.split()
        if not words or words[0].startswith("#") or not words[0][0].isupper() or len(words) > _MAX_WORDS:
            continue
        index.setdefault(words[0], set()).add(len(words))
        names.add(" ".join(words))
    return {k: frozenset(v) for k, v in index.items()}, frozenset(names)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Listed cities and districts, case-folded: for recognizers that must not read a town
    as a person ("Lagos is hot, she said")."""
    return frozenset(n.casefold() for n in _listed("cities")[1])


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """States, provinces and regions (Faker's address lists for several countries), case-folded:
    "clients in Texas and Arizona" names places, not tools."""
    import importlib

    out: set[str] = set()
    for locale in ("en_US", "en_CA", "en_AU", "en_IN", "de_DE", "de_AT", "es_ES", "es_MX", "it_IT", "pt_BR",
                   "fr_FR", "nl_NL", "pl_PL", "en_NZ", "en_PH", "id_ID"):
        try:
            provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
        except ImportError:
            continue
        for attr in ("states", "provinces", "regions", "estados", "provincias", "departments", "region_names"):
            for item in getattr(provider, attr, ()) or ():
                name = item if isinstance(item, str) else next((x for x in item if isinstance(x, str) and len(x) > 3), "")
                if len(name) > 3:
                    out.add(name.casefold())
    return frozenset(out)


@lru_cache(maxsize=1)
def company_first_words() -> frozenset[str]:
    """First words of listed employers ("Safaricom", "Infosys"): a person-shaped slot does not
    make one of them a person."""
    return frozenset(_listed("companies")[0])


def _ambiguous(name: str) -> bool:
    """An everyday word or a first name: needs its cue."""
    from anonymize.names import first_names

    words = name.split()
    return len(words) == 1 and (name.casefold() in common_words() or name in first_names()
                                or name.casefold() in first_names() or len(name) <= 3)


_LOWER_I = re.compile(r"(?<![\w'’])i(?:['’]?m|['’]?ve|['’]?d|['’]?ll)?(?![\w'’])")


@lru_cache(maxsize=4)  # asked once per lower-case word of the same transcript
def _typed_lower(text: str) -> bool:
    """The text writes "i" and "im" in lower case, again and again: typed without capitals."""
    count = 0
    for _ in _LOWER_I.finditer(text):
        count += 1
        if count >= 3:
            return True
    return False


def _inside_country(text: str, start: int, end: int) -> bool:
    """The listed name ends a country's name: "Emirates" of "the United Arab Emirates"."""
    before = re.search(r"((?:[A-Z][\w'’-]*[ \t]+){1,3})$", text[max(0, start - 40):start])
    return before is not None and is_country_like(normalize(before.group(1) + text[start:end]))


class GazetteerRecognizer(LocalRecognizer):
    """LOCATION for listed cities and districts, ORGANIZATION for listed employers."""

    _KINDS = (("cities", "LOCATION", _PLACE_CUE), ("companies", "ORGANIZATION", _EMPLOYER_CUE))

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        tokens = [m for m in _TOKEN.finditer(text)]
        # The tagger's reading of a single word: "Reading is fun" (a verb) is no town.
        tags = {t.idx: t.pos_ for t in nlp_artifacts.tokens} if nlp_artifacts is not None \
            and nlp_artifacts.tokens is not None else {}
        out = []
        if not entities or "LOCATION" in entities:
            out.extend(_result("LOCATION", *m.span(), 0.6, self) for m in _DISTRICT.finditer(text))
        for kind, entity, cue in self._KINDS:
            if entities and entity not in entities:
                continue
            first, full = _listed(kind)
            for i, tok in enumerate(tokens):
                word = tok.group().rstrip(".")
                lengths = first.get(word) or first.get(_plain(word))
                if not lengths:
                    if kind == "cities" and word.islower() and (lengths := first.get(word.capitalize())):
                        self._lower_place(text, tokens, i, lengths, full, tags, out)
                    continue
                for n in sorted(lengths, reverse=True):
                    if i + n > len(tokens):
                        continue
                    start, end = tok.start(), tokens[i + n - 1].end()
                    value = text[start:end].rstrip(".")
                    if " ".join(value.split()) not in full and _plain(" ".join(value.split())) not in full \
                            or "\n" in value:
                        continue
                    if value.casefold() in CALENDAR_WORDS or is_country_like(normalize(value)) \
                            or _inside_country(text, start, start + len(value)):
                        break
                    if (_ambiguous(value) or n == 1 and tags.get(start, "PROPN") != "PROPN") \
                            and not cue.search(text, max(0, start - 30), start):
                        break
                    out.append(_result(entity, start, start + len(value), 0.6, self))
                    break
        return out

    def _lower_place(self, text: str, tokens: list[re.Match], i: int, lengths: frozenset[int],
                     full: frozenset[str], tags: dict[int, str], out: list[RecognizerResult]) -> None:
        """A listed town typed in lower case, only right after a plain statement of where
        someone lives: casual typing drops capitals, and the cue is what makes "bath" a town."""
        start = tokens[i].start()
        # A transcript typed all in lower case ("i run a shop in bristol") loses the capital that
        # would tell a town; there plain "in", "from", "to" are cue enough.
        if not _LOWER_PLACE_CUE.search(text, max(0, start - 30), start) and not (
                _PLACE_CUE.search(text, max(0, start - 30), start) and _typed_lower(text)
                and not tokens[i].group().endswith("ing")):
            return
        for n in sorted(lengths, reverse=True):
            if i + n > len(tokens):
                continue
            value = text[start:tokens[i + n - 1].end()].rstrip(".")
            if "\n" in value or not value.islower() or " ".join(w.capitalize() for w in value.split()) not in full:
                continue
            if value in CALENDAR_WORDS or is_country_like(normalize(value)) \
                    or n == 1 and tags.get(start) in ("ADJ", "ADV", "VERB", "AUX", "ADP", "DET", "PRON"):
                return  # "we moved to nice offices"
            if i + n < len(tokens) and tags.get(tokens[i + n].start()) == "NOUN" \
                    and not text[start + len(value):tokens[i + n].start()].strip():
                return  # "in bath time": the listed word names a thing here
            out.append(_result("LOCATION", start, start + len(value), 0.6, self))
            return
