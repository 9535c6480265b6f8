"""Clearance's own recognizers, registered in Presidio's RecognizerRegistry.

Off-the-shelf Presidio has no notion of ages or schools, both quasi-identifiers that
re-identified earlier interview datasets. These are regex recognizers with explicit
flags (Presidio's PatternRecognizer is case-insensitive by default, which would make
"the university" look like a school name).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.names import NAME_APOSTROPHE, NAME_PARTICLES, name_key
from anonymize.operators import normalize
from anonymize.vocab import CALENDAR_WORDS, INSTITUTION_WORDS, is_country_like


def _result(entity: str, start: int, end: int, score: float, rec: LocalRecognizer) -> RecognizerResult:
    """A result that names its recognizer (scan reports it; the re-scan and propagation
    tell recognizers apart by it)."""
    return RecognizerResult(entity, start, end, score, recognition_metadata={
        RecognizerResult.RECOGNIZER_NAME_KEY: rec.name,
        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: rec.id})


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
                out.append(_result(entity, start, end, score, self))
        return out


# Not followed by "-39": that is a generalized band, not an age.
_AGE_NUM = r"(?P<value>(?:1[0-1]\d|[1-9]\d))(?!-\d)"


_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_AGE_WORDS = (rf"(?P<value>{_TENS}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|"
              r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")


def age_recognizer() -> RegexRecognizer:
    """Ages stated about a person; the span is the number, so generalization keeps the phrase."""
    return RegexRecognizer(
        "AGE",
        [
            (rf"\b(?:I'm|I’m|I am|he's|she's|he is|she is|they're|turned|turning|aged?|age of)\s+{_AGE_NUM}\b(?!\s*(?:%|percent|minutes|hours|days|weeks|months|people|employees|times|dollars))", 0.9),
            (rf"\b{_AGE_NUM}[- ](?:years?|yrs?)[- ]old\b", 0.95),
            (rf"\b{_AGE_NUM}-year-old\b", 0.95),
            (rf"\bage[sd]?\s*[:=]?\s*{_AGE_NUM}\b", 0.9),
            # Spoken transcripts spell ages out: "I'm forty-two", "a fifty-year-old".
            (rf"\b(?:I'm|I’m|I am|he's|she's|he is|she is|turned|turning|aged?|age of)\s+{_AGE_WORDS}\b"
             rf"(?!\s*(?:%|percent|minutes|hours|days|weeks|months|people|employees|times|of|dollars))", 0.85),
            (rf"\b{_AGE_WORDS}[- ](?:years?|yrs?)[- ](?:old|of\s+age)\b", 0.9),
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
            (rf"\b(?:[Tt]he\s+)?{kinds}\s+of\s+{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}}", 0.9),
            (rf"\b{_CAP}(?:\s+{_CAP}){{0,3}}\s+(?:State\s+)?(?:University|College|Polytechnic|Academy|Institute of Technology|High School|Middle School|Elementary School|Community College|Law School|Business School|Medical School)\b", 0.9),
        ],
        name="ClearanceSchoolRecognizer",
    )


class ObfuscatedContactRecognizer(LocalRecognizer):
    """Emails, phone numbers and SSNs written to dodge pattern matching ("priya dot sharma
    at gmail dot com", "4 1 5 5 5 5 ...", full-width digits, zero-width characters):
    matched on a normalized view and mapped back to exact original offsets. The same view
    serves the phone shapes of many countries ("+63 92 385 5395", "+90(494)7112155",
    "001-433-458-5953", "0383 423 4567"), so full-width digits count there too."""

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        from anonymize.textview import PHONE_SHAPES, view_matches

        out = []
        for start, end, etype in view_matches(text, PHONE_SHAPES):
            score = 0.8
            if etype == "PHONE_SHAPE":
                if not 9 <= sum(ch.isdigit() for ch in text[start:end]) <= 15:
                    continue
                etype, score = "PHONE_NUMBER", 0.7
            if entities and etype not in entities:
                continue
            out.append(_result(etype, start, end, score, self))
        return out


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


_CURRENCY_CODES = ("USD|EUR|GBP|CHF|JPY|CNY|INR|AUD|CAD|NZD|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|HRK|RSD|"
                   "TRY|TRL|RUB|UAH|GEL|AMD|AZN|MDL|NGN|KES|ZAR|GHS|EGP|BRL|MXN|ARS|CLP|COP|PEN|IDR|"
                   "PHP|VND|THB|MYR|SGD|HKD|KRW|PKR|BDT|LKR|DEM|ATS|FRF|ITL|ESP|NLG|BEF|FIM|IEP|PTE|"
                   "GRD|CYP|LUF|SIT|SKK|EEK|LVL|LTL|MTL")
_CURRENCY_WORDS = (r"(?:(?:US|Australian|Canadian|Hong Kong|Singapore|New Zealand|Turkish|Polish|Austrian|"
                   r"Swiss|Swedish|Norwegian|Danish|Czech|Hungarian|Romanian|Bulgarian|Russian|Ukrainian|"
                   r"German|French|Italian|Cypriot|Mexican|Brazilian|Indian|Nigerian|Kenyan|South African|"
                   r"GDR|Deutsch|Deutsche)\s+)?"
                   r"(?:euros?|Euros?|dollars?|pounds?(?:\s+sterling)?|liras?|Liras?|lire|zlotys?|zloty|"
                   r"marks?|Marks?|schillings?|francs?|kron[eo]r|krona|kroner|rupees?|naira|shillings?|rand|"
                   r"reais|pesos?|yen|yuan|forints?|lei|hryvnias?|roubles?|rubles?|pence|cents?)")
_AMOUNT = r"\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"


_NUMBER_WORDS = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                 r"thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+(?:hundred|thousand|million)|hundred)"
                 r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
                 r"(?:\s+(?:hundred|thousand|million|billion))*")
_MONEY_UNIT = r"(?:\s?(?:k|K|m|bn|million|billion|thousand|hundred))?"
_MONEY = re.compile(
    rf"(?:[$€£¥₹₺₦]\s?|\b(?:{_CURRENCY_CODES}|YTL)\s?)(?:{_AMOUNT}){_MONEY_UNIT}\b"
    rf"|\b(?:(?:{_AMOUNT}){_MONEY_UNIT}|{_NUMBER_WORDS})\s+(?:New\s+)?"
    rf"(?:{_CURRENCY_WORDS}|(?:{_CURRENCY_CODES}|YTL)\b)")
# "(TRY)", "(euros)", "[approx. EUR 138]", "(approximately 6,000 euros (EUR))" after an amount.
_MONEY_GLOSS = re.compile(
    rf"\s*[(\[]\s*(?:(?:approx\.?|approximately|about|around|some|ca\.|i\.e\.|equivalent\s+to)\s+)?"
    rf"(?:(?:{_CURRENCY_CODES}|YTL)|{_CURRENCY_WORDS}|(?P<inner>[^()\[\]\n]{{1,60}}?))"
    rf"(?:\s*\((?:{_CURRENCY_CODES}|YTL)\))?\s*[)\]]")
_MONEY_LEAD = re.compile(r"(?:approx\.?|approximately|about|around|some|nearly|almost|over|under|"
                         r"roughly|more\s+than|less\s+than)\s+$", re.IGNORECASE)


# A court's sentence ("sentenced him to three years and nine months' imprisonment", "to
# life imprisonment"): criminal-conviction data (GDPR art. 10) that, with a date and a
# court, points at one person. A bare duration ("for five years") is left as text.
_DURATION_NUMBER = (rf"(?:\d+(?:[.,]\d+)?|{_NUMBER_WORDS}|thirteen|fourteen|sixteen|seventeen|eighteen|"
                    r"nineteen|an?|half\s+a)(?:\s+and\s+a\s+half)?")
_DURATION = (rf"{_DURATION_NUMBER}[- ](?:years?|months?|weeks?|days?)(?:['’]s?)?"
             rf"(?:,?\s+(?:and\s+)?{_DURATION_NUMBER}[- ](?:years?|months?|weeks?|days?)(?:['’]s?)?){{0,2}}")


def criminal_sentence_recognizer() -> RegexRecognizer:
    return RegexRecognizer(
        "CRIMINAL_SENTENCE",
        [(rf"(?i:\b(?:sentenced|sentencing|condemned)(?:\s+(?:him|her|them|me|us|the\s+applicants?|"
          rf"each\s+of\s+them|[A-Z][^\W\d_]+))?\s+to\s+(?:an?\s+(?:total\s+)?(?:term|period)\s+of\s+)?)"
          rf"(?P<value>(?i:{_DURATION}|life(?:\s+imprisonment)?|death))", 0.7),
         (rf"(?i:\b(?:a|an|his|her|my|the)\s+)(?P<value>(?i:{_DURATION}))(?=\s+(?:prison\s+)?"
          r"(?:sentence|prison\s+term|imprisonment|custodial|suspended\s+sentence|in\s+prison))", 0.6)],
        name="ClearanceCriminalSentenceRecognizer",
    )


class MoneyRecognizer(LocalRecognizer):
    """Amounts of money: salaries, fines, awards and debts single people out and are
    sensitive in themselves. A currency sign or ISO code before the amount, or a currency
    word or code after it ("EUR 4,000", "$85,000", "five hundred euros", "200,000 Turkish
    liras (TRY)"), with a bracketed conversion or code and a leading "approximately"
    included, so no part of the figure is left behind."""

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        for m in _MONEY.finditer(text):
            start, end = m.span()
            lead = _MONEY_LEAD.search(text, max(0, start - 20), start)
            if lead:
                start = lead.start()
            while (g := _MONEY_GLOSS.match(text, end)) is not None:
                inner = g.group("inner")
                if inner is not None and not _MONEY.search(inner):
                    break
                end = g.end()
            out.append(_result("MONEY", start, end, 0.8, self))
        return out


def company_recognizer() -> RegexRecognizer:
    """Company names by their legal-form suffix or law-firm shape; NER misses many."""
    # A word ending a sentence ("...used Figma. Before Troisi s.r.l.") does not start a name.
    cap = r"[A-Z][\w'’&.-]*(?<![a-z]\.)"
    return RegexRecognizer(
        "ORGANIZATION",
        [
            (rf"\b{cap}(?:\s+{cap}){{0,2}},?\s+(?:Inc|LLC|L\.L\.C|Ltd|PLC|plc|Corp|Corporation|GmbH|AG|S\.A|"
             rf"LLP|Holdings|Group|Partners|and Sons|& Sons|& Co|and Co)\b\.?", 0.8),
            # Legal forms elsewhere: S.p.A., s.r.l., Sp. z o.o., Sp.j., s.c., SARL, B.V., Groep...
            (rf"\b{cap}(?:\s+{cap}){{0,2}},?\s+(?:S\.?p\.?A|SPA|s\.r\.l|S\.r\.l|Srl|SRL|Sp\.\s?z\s?o\.o|"
             rf"Sp\.\s?[jkp]|s\.c|S\.A\.S|SAS|SARL|S\.A|SA|S\.L|SL|KG|e\.V|B\.V|BV|N\.V|NV|Groep|Oy|AB|A/S|ASA|"
             rf"Ltda|Tbk|PT|Pty|Bhd|A\.Ş|AŞ)(?![\w])\.?", 0.75),
            (r"\b(?:PT|CV|UD|Fa)\.?\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2}", 0.6),
            (r"\b[A-ZĐ][^\W\d_]*(?:\s+(?:và\s+đối\s+tác|[A-ZĐ][^\W\d_]*))?\s+Công\s+ty(?:\s+(?:TNHH|[^\W\d_]+)){0,5}", 0.7),
            (rf"\b{cap},\s+{cap},?\s+(?:and|&|y|e|et|und|ve|và|i)\s+{cap}\b", 0.75),
            (rf"\b(?:at|for|with|from|joined|by|of)\s+(?P<value>[A-Z][a-z]+-[A-Z][a-z]+)\b", 0.6),
            # "worked at Morales Foods": a name plus an industry word, after a preposition.
            (rf"\b(?:at|for|with|from|joined)\s+(?P<value>(?:[A-Z][\w'’&.-]*\s+){{1,2}}(?:Foods?|Logistics|"
             r"Analytics|Insurance|Health|Healthcare|Consulting|Solutions|Systems|Technologies|Labs|Media|"
             r"Capital|Ventures|Industries|Enterprises|Services|Software|Pharma|Motors|Energy|Bank|Airlines|"
             r"Studios|Construction|Realty|Properties|Manufacturing|Retail|Brands|Dynamics|Networks|"
             r"Robotics|Biotech|Therapeutics|Partners|Associates|Agency|Bakery|Clinic|Hospital))\b", 0.7),
        ],
        name="ClearanceCompanyRecognizer",
    )


_ROLE_NOUNS = (r"Manager|Engineer|Coordinator|Specialist|Analyst|Director|Recruiter|Designer|Developer|"
               r"Consultant|Officer|Administrator|Associate|Assistant|Architect|Scientist|Accountant|"
               r"Nurse|Teacher|Professor|Lecturer|Lawyer|Attorney|Paralegal|Editor|Writer|Producer|"
               r"Planner|Strategist|Representative|Technician|Supervisor|Executive|President|Partner|"
               r"Lead|Owner|Founder|Head|Controller|Auditor|Pharmacist|Physician|Therapist|Counselor|"
               r"Librarian|Researcher|Economist|Adviser|Advisor|Agent|Buyer|Clerk|Operator|Programmer|"
               r"Adjuster|Underwriter|Inspector|Investigator|Estimator|Dispatcher|Intern|Trainee|"
               r"Apprentice|Secretary|Cashier|Chef|Mechanic|Electrician|Surveyor|Actuary")


def job_title_recognizer() -> RegexRecognizer:
    """A job title in title case ("Operations Manager", "Senior Data Scientist"): with an
    employer it narrows a participant down to a handful of people. Lowercase generic
    roles ("my manager") are left alone."""
    return RegexRecognizer(
        "JOB_TITLE",
        [(rf"\b(?:[A-Z][\w&/-]*\s+){{0,3}}(?:{_ROLE_NOUNS})\b(?:\s+of\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,2}})?", 0.7)],
        name="ClearanceJobTitleRecognizer",
    )


def _gazetteer_words() -> frozenset[str]:
    """Words that are never taken as part of a name (stop words, months...); cached, as
    the gazetteers ask per candidate."""
    from anonymize.vocab import name_stop_words

    return name_stop_words()


class NameGazetteerRecognizer(LocalRecognizer):
    """A first name from any of Faker's locales followed by a capitalized word: the
    English NER model misses many Nigerian, Vietnamese, Turkish, Polish... names."""

    PAIR = re.compile(rf"(?<![\w'’])([^\W\d_][^\W\d_'’]*{NAME_APOSTROPHE})\s+(?:{NAME_PARTICLES}\s+){{0,2}}"
                      rf"([A-Z][^\W\d_'’]+{NAME_APOSTROPHE}(?:-[A-Z][^\W\d_]+)?)")

    def load(self) -> None:
        from anonymize.names import first_names

        self._first = first_names() - _gazetteer_words()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        pos = 0
        while (m := self.PAIR.search(text, pos)) is not None:
            # Any script's capital ("Łukasz"); a lower-case word only shifts the search on.
            if m.group(1)[0].isupper() and name_key(m.group(1)) in self._first \
                    and m.group(2).casefold() not in _gazetteer_words() \
                    and m.group(2).casefold() not in INSTITUTION_WORDS:  # "Aydın Administrative Court"
                out.append(_result("PERSON", m.start(), m.end(), 0.6, self))
                pos = m.end()
            else:
                pos = m.start(2)
        return out





# ---------------------------------------------------------------------------------------
# Names from context, handles, national ids, phones, addresses, case numbers
# ---------------------------------------------------------------------------------------

# Relations after which the next word is a person's name ("my boss dave", "our intern,
# Priya"). Lower-case names are accepted here only when Faker knows them as first names.
_PERSON_NOUNS = (r"colleague|co-?worker|co-?workers|boss|manager|supervisor|friend|son|daughter|wife|"
                 r"husband|partner|brother|sister|mother|father|mom|mum|dad|teammate|mentor|"
                 r"mentee|neighbou?r|cousin|uncle|aunt|niece|nephew|girlfriend|boyfriend|fianc[eé]e?|"
                 r"intern|report|direct report|team lead|lead|landlord|roommate|flatmate|"
                 r"grandmother|grandfather|grandma|grandpa|kid|child|stepdaughter|stepson|"
                 r"therapist|doctor|lawyer|tutor|teacher|professor|client|customer|"
                 r"(?:old |former |new |first |current |previous )?(?:boss|manager|supervisor|colleague|coworker)")
_PERSON_CUE = re.compile(
    rf"(?i:\b(?:my|our|his|her|their)\s+(?:{_PERSON_NOUNS})|\b(?:named|called|calls\s+me|call\s+me|"
    rf"name\s+is|name's|name’s|known\s+as|goes\s+by|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|"
    rf"thanks(?:\s+so\s+much|\s+again|\s+a\s+lot)?|thank\s+you(?:\s+so\s+much|\s+very\s+much|\s+again)?))"
    rf",?[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+)?(?P<n1>[^\W\d_][^\W\d_'’]*{NAME_APOSTROPHE}(?:-[^\W\d_]+)?)"
    rf"(?:[ \t]+(?P<n2>[^\W\d_][^\W\d_'’]*{NAME_APOSTROPHE}(?:-[^\W\d_]+)?)(?![\w'’]))?")
# A capitalized word right before "from finance", "from the sales team": a person.
_FROM_TEAM = re.compile(
    r"\b(?P<n1>[A-Z][^\W\d_]+)\s+from\s+(?:the\s+)?(?:finance|marketing|sales|HR|legal|IT|ops|operations|"
    r"engineering|accounting|procurement|support|compliance|design|product|research|payroll|security|"
    r"admin|logistics|data|analytics|IT|QA|customer\s+success|(?:\w+\s+)?team|(?:\w+\s+)?department)\b")
# "Fitriani's team", "Ísis Rios's manager": a capitalized word owning a workplace noun.
_POSSESSIVE_TEAM = re.compile(
    rf"(?<![\w'’])(?P<n1>[^\W\d_a-z][^\W\d_'’]+{NAME_APOSTROPHE}"
    rf"(?:[ \t]+[^\W\d_a-z][^\W\d_'’]+{NAME_APOSTROPHE})?)['’]s[ \t]+"
    r"(?:team|manager|boss|desk|office|project|department|group|squad|idea|prompt|draft|report|"
    r"workflow|approach|template|script|notes|slides?|deck|spreadsheet|code|"
    r"team's|kids?|husband|wife|partner)s?\b")
# The interviewer addressing the participant at the end of a sentence: "That's really helpful,
# Thu Trang." (a known first name, inside an interviewer's turn).
_SENTENCE_VOCATIVE = re.compile(
    r",[ \t]+(?P<n1>[A-Z][^\W\d_]+)(?:[ \t]+(?P<n2>[A-Z][^\W\d_]+))?[ \t]*(?=[.!?](?:\s|$))")
_INTERVIEWER_TURN = re.compile(r"(?m)^[ \t]*(?:AI|Interviewer|Assistant|Moderator|Q)[ \t]*:[^\n]*\Z")
# The interviewer addressing the participant at the start of a turn: "AI: Stephany, thanks...".
_TURN_VOCATIVE = re.compile(
    r"(?m)^[ \t]*(?:AI|Interviewer|Assistant|Moderator|Q)[ \t]*:[ \t]*(?P<n1>[A-Z][^\W\d_]+),[ \t]")
_MODALS = frozenset("will may might can could would should must shall did does do".split())
# What a person right after a relation does next: "my boss summer didn't", "... summer and she said".
_ACTS = re.compile(r"[ \t]+(?:didn['’]t|doesn['’]t|wasn['’]t|isn['’]t|won['’]t|said|says|told|thinks|thought|"
                   r"was|is|has|had|asked|wanted|wants|and[ \t]+(?:she|he|they|I)\b)|[ \t]*[,.!?]")
_NAME_STOP = frozenset("""the a an and or but if so as at in on of to for by with from i he she they we you it
me him her them us sir madam everyone everybody all both guys folks team again too though
said says told tells asked asks thinks thought wants wanted loves loved likes liked hates uses used
knows knew got gets went goes came comes made makes took takes saw sees tried tries keeps kept sent
sends wrote writes agreed agrees just still never always also really""".split())


class ContextNameRecognizer(LocalRecognizer):
    """Names the NER model misses but the context gives away: after a relation ("my boss
    dave", "my colleague Will"), an introduction ("named", "calls me"), a thank-you ("Thanks,
    Stephany."), before "from finance", or as the interviewer's vocative at a turn start.
    Lower-case words count only when they are known first names and not English words, so
    "my boss said" or "my manager will" stay text."""

    def load(self) -> None:
        from anonymize.names import first_names, last_names
        from anonymize.vocab import common_words

        self._first = first_names()
        self._last = last_names()
        self._names = self._first | self._last
        self._common = common_words()

    def _ok(self, word: str, lower_needs_gazetteer: bool = True) -> bool:
        w = name_key(word)
        if len(word) < 2 or w in _NAME_STOP:
            return False
        if word[0].isupper():
            return not word.isupper() or len(word) <= 3 and w in self._first
        if "-" in w and all(p.isalpha() and p not in self._common for p in w.split("-")):
            return True  # "my coworker jun-ho": a hyphenated given name, no English word
        return (not lower_needs_gazetteer or w in self._first) and w not in self._common

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        for m in _PERSON_CUE.finditer(text):
            n1 = m.group("n1")
            if not self._ok(n1) and not (n1.islower() and name_key(n1) in self._first
                                         and n1 not in _MODALS and _ACTS.match(text, m.end("n1"))):
                continue  # ("my boss summer didn't care": a first name that is also a word)
            start, end = m.span("n1")
            n2 = m.group("n2")
            # A second word joins when it looks like a surname: capitalized after a
            # capitalized first name, or lower-case after a lower-case one and not English.
            # ("my coworker david west": a lower-case surname that is also a word joins when
            # the gazetteer knows it as a surname.)
            if n2 and n2[0].isupper() == n1[0].isupper() and n2.casefold() not in _NAME_STOP \
                    and not n2.isupper() \
                    and (n2[0].isupper() and n2.casefold() not in self._common
                         or n2[0].islower() and name_key(n2) in self._names
                         and (n2.casefold() not in self._common or name_key(n2) in self._last)):
                end = m.end("n2")
            out.append(_result("PERSON", start, end, 0.9, self))
        for m in _SENTENCE_VOCATIVE.finditer(text):
            if not _INTERVIEWER_TURN.search(text, 0, m.start()):
                continue
            words = [w for w in (m.group("n1"), m.group("n2")) if w]
            if any(w.casefold() in self._common or w.casefold() in CALENDAR_WORDS for w in words) \
                    or is_country_like(normalize(" ".join(words))):
                continue
            # One word must be a known first name; two name-shaped words ("Thu Trang") suffice.
            if len(words) == 2 or name_key(words[0]) in self._first:
                out.append(_result("PERSON", m.start("n1"), m.end(m.lastgroup or "n1"), 0.85, self))
        for regex in (_FROM_TEAM, _TURN_VOCATIVE, _POSSESSIVE_TEAM):
            for m in regex.finditer(text):
                n1 = m.group("n1")
                if n1.casefold() in self._common and name_key(n1) not in self._first:
                    continue
                if regex is _TURN_VOCATIVE and n1.casefold() in self._common:
                    continue  # "AI: Okay, ..." / "AI: Great, ..."
                out.append(_result("PERSON", *m.span("n1"), 0.88, self))
        return out


def social_handle_recognizer() -> RegexRecognizer:
    """@handles (not the @ inside an email address)."""
    return RegexRecognizer(
        "SOCIAL_HANDLE",
        [(r"(?<![\w@.\-/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,38}[A-Za-z0-9_])?(?![\w@])", 0.85),
         # Without the @, after the site or the word: "on GitHub as bwisniewski".
         (r"(?:\b(?:on|at)[ \t]+(?:GitHub|GitLab|Twitter|X|Instagram|Insta|TikTok|Reddit|Discord|Telegram|"
          r"Mastodon|Threads|Bluesky|Twitch|YouTube|Snapchat|Medium|Substack|Kaggle|Steam)[ \t]+"
          r"(?:as|it'?s|it\s+is|I'?m|I\s+am)[ \t]+|(?i:\b(?:user\s*name|handle|gamertag|screen\s*name)"
          r"[ \t]+(?:is|:)[ \t]*))"
          r"(?P<value>@?[A-Za-z0-9_](?:[A-Za-z0-9_.-]{1,38}[A-Za-z0-9_]))(?![\w@])", 0.7)],
        name="ClearanceSocialHandleRecognizer",
    )


def local_phone_recognizer() -> RegexRecognizer:
    """A seven-digit local number ("call the client at 555-0199"), too short for the phone
    shapes, counts after a calling word."""
    return RegexRecognizer(
        "PHONE_NUMBER",
        [(r"(?i:\b(?:call|calling|ring|text|phone|reach|dial|number(?:\s+is)?|cell|mobile|landline|"
          r"ext(?:ension)?\.?)\b[^.\n\d]{0,25}?)(?P<value>(?<![\d-])\d{3}[-. ]\d{4}(?![\d-]))", 0.6)],
        name="ClearanceLocalPhoneRecognizer",
    )


def case_number_recognizer() -> RegexRecognizer:
    """Court and file numbers of the "28045/02" shape (application no. / file no.)."""
    return RegexRecognizer(
        "CASE_NUMBER",
        [(r"(?<![\w/.\-])\d{3,6}/\d{2}(?![\w/])", 0.6),
         (r"(?i:\b(?:application|case|file|docket|complaint|ref(?:erence)?)s?\s+(?:no|nos|number)\.?\s*)"
          r"(?P<value>[A-Z]{0,3}\.?\s?\d[\d/.\-]{1,15}\d)", 0.8)],
        name="ClearanceCaseNumberRecognizer",
    )


# --- national ids with checksums -------------------------------------------------------

def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def _nino_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    return s[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
                    11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def _cf_ok(s: str) -> bool:
    """Italian codice fiscale check character."""
    s = s.upper()
    total = 0
    for i, ch in enumerate(s[:15]):
        if i % 2 == 0:
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + total % 26) == s[15]


def _de_tax_ok(s: str) -> bool:
    """German Steuer-IdNr: ISO 7064 MOD 11,10 check digit."""
    d = _digits(s)
    if len(d) != 11 or d[0] == "0":
        return False
    product = 10
    for ch in d[:10]:
        total = (int(ch) + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10 == int(d[10])


def _cpf_ok(s: str) -> bool:
    d = [int(c) for c in _digits(s)]
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        check = sum(d[i] * (n + 1 - i) for i in range(n)) * 10 % 11 % 10
        if check != d[n]:
            return False
    return True


def _pesel_ok(s: str) -> bool:
    d = [int(c) for c in _digits(s)]
    return len(d) == 11 and (10 - sum(a * b for a, b in zip(d[:10], (1, 3, 7, 9) * 3)) % 10) % 10 == d[10]


def _bsn_ok(s: str) -> bool:
    """Dutch BSN: the "11-proof"."""
    d = [int(c) for c in _digits(s)]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


_ID_CONTEXT = re.compile(r"(?i)\b(?:id|ids|identification|identity|tax|steuer\w*|number|no\.?|nr\.?|"
                         r"national|insurance|pesel|bsn|cpf|curp|codice|fiscal[e]?|nin|nik|ssn|"
                         r"social|security|passport|licen[cs]e)\b")

# (entity, pattern, validator, score if valid, score if context only (None: must validate))
_NATIONAL_IDS: list[tuple[str, re.Pattern, object, float, float | None]] = [
    ("UK_NINO", re.compile(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D]\b"),
     _nino_ok, 0.85, None),
    ("IT_FISCAL_CODE", re.compile(r"\b[A-Z]{6}[\dLMNP-V]{2}[A-EHLMPR-T][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]\b"),
     _cf_ok, 0.9, 0.6),
    ("DE_TAX_ID", re.compile(r"(?<![\d.,/-])[1-9]\d[ \t]?\d{3}[ \t]?\d{3}[ \t]?\d{3}(?![\d.,/-]\d)"),
     _de_tax_ok, 0.75, 0.6),
    ("BR_CPF", re.compile(r"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?!\d)"), _cpf_ok, 0.9, 0.6),
    # Indian PAN: five letters (the fourth says who holds it), four digits, a letter.
    ("IN_PAN", re.compile(r"\b[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]\b"), None, 0.6, None),
    ("MX_CURP", re.compile(r"\b[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[A-Z\d]\d\b"), None, 0.85, None),
    ("PL_PESEL", re.compile(r"(?<![\d.,/-])\d{11}(?![\d.,/-]\d)"), _pesel_ok, 0.5, 0.6),
    ("NL_BSN", re.compile(r"(?<![\d.,/-])\d{9}(?![\d.,/-]\d)"), _bsn_ok, 0.4, 0.6),
    # Any other country's id (Aadhaar, NIN, NIK, SSS...): 8-16 digits in groups, only
    # right after an id word ("my Aadhaar number, 3506 8101 2612").
    ("NATIONAL_ID", re.compile(r"(?<![\w.,/-])\d{2,8}(?:[ \t-]?\d{2,8}){0,4}(?![\w/-]|[.,]\d)"),
     lambda s: False if 8 <= len(_digits(s)) <= 16 else None, 0.0, 0.6),
]


class NationalIdRecognizer(LocalRecognizer):
    """National id numbers by shape, confirmed by their check digit where one exists (UK
    National Insurance, codice fiscale, German tax id, CPF, PESEL, BSN); a number of the
    right shape with a failing check still counts when an id word ("tax ID", "number")
    is right before it."""

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        for entity, regex, valid, score, ctx_score in _NATIONAL_IDS:
            if entities and entity not in entities:
                continue
            for m in regex.finditer(text):
                verdict = True if valid is None else valid(m.group())
                if verdict:
                    out.append(_result(entity, m.start(), m.end(), score, self))
                elif verdict is False and ctx_score is not None \
                        and _ID_CONTEXT.search(text, max(0, m.start() - 40), m.start()):
                    out.append(_result(entity, m.start(), m.end(), ctx_score, self))
        return out


# --- addresses stated after a cue ------------------------------------------------------

_ADDRESS_CUE = re.compile(
    r"(?i:\b(?:live|lived|living|lives|stay|staying|office\s+is|offices\s+are|address\s+is|located|based|"
    r"moved|sent|went|delivered|shipped|mailed|posted|registered)\s+(?:at|to|on|in)|\baddress:?)"
    r"[ \t]+(?P<value>[^\n;!?]{3,80}?)"
    r"(?=,?[ \t]+(?:which|but|and|so|about|in|where|near|because|if|when|for|since|until|with)\b|"
    r"[;!?\n]|,[ \t]*$|\.[ \t]*$|\.[ \t]+(?:I|We|It|My|The|But|So|And|He|She|They|Our|That|This)\b|$)")
_HAS_DIGIT = re.compile(r"\d")
# "boulevard Simone Lebrun", "chemin Joseph David", "calle Mayor": a street word, then a name.
_STREET_FIRST = re.compile(r"(?i:rue|boulevard|bd|avenue|av|chemin|allée|impasse|place|quai|cours|calle|"
                           r"avenida|rua|travessa|via|viale|piazza|ulica|ul\.|aleja|straße|strasse|jalan|jl\.|"
                           r"phố|đường)[ \t]+(?:(?:de|du|des|la|le|da|do|di|del)[ \t]+)?[^\W\d_a-z]")
_STREET_WORDS = frozenset("""street road avenue lane drive way place square court close row flat apartment
apt unit floor suite block building house no rue de des du la le calle avenida rua via viale strada
ulica ul straße strasse weg gasse platz laan straat sokak sokağı caddesi mahallesi jalan jl phố
đường ngõ hẻm phường quận""".split())
_HAS_CAP_WORD = re.compile(r"(?<![\w])[^\W\d_a-z][^\W\d_]+")


class CuedAddressRecognizer(LocalRecognizer):
    """A street address right after "I live at", "our office is at", "went to": the shape
    varies by country ("pl. Wróblewskiego 11/72", "Jl. Moch. Toha No. 951", "9, boulevard de
    Collet"), the cue does not. Needs a house number and a capitalized word, and reads as an
    address rather than a sentence ("lived in Nigeria as from the age of 6 months", "sent to
    him by the Court on 15 January 2004")."""

    def load(self) -> None:
        from anonymize.vocab import common_words

        self._common = common_words() - _STREET_WORDS

    def _prose(self, value: str) -> bool:
        words = re.findall(r"[^\W\d_]+", value)
        return any(w.casefold() in CALENDAR_WORDS for w in words) \
            or sum(w[0].islower() and w in self._common for w in words) >= 2

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        for m in _ADDRESS_CUE.finditer(text):
            value = m.group("value")
            has_name = _HAS_CAP_WORD.search(value) or any(
                w.casefold() in _STREET_WORDS for w in re.findall(r"[^\W\d_]+", value))
            if (_HAS_DIGIT.search(value) and has_name or _STREET_FIRST.match(value)) \
                    and not re.fullmatch(r"[\d\s,./:-]+(?:am|pm|AM|PM)?", value) \
                    and not self._prose(value):
                s, e = m.span("value")
                while e > s and text[e - 1] in ",. \t":
                    e -= 1
                if e - s >= 3 and not text[s:e].startswith(("the ", "The ", "a ", "an ")):
                    out.append(_result("STREET_ADDRESS", s, e, 0.6, self))
        return out


# --- places, employers and job titles stated after a cue -------------------------------

# Lower-case words that may sit inside a capitalized name ("Leblanc e figli", "Sales da
# Rocha", "PPUH Tworzydło-Sycz Sp. z o.o.", "Bùi và Dương"), only between capitalized words
# or, for legal-form tails, at the end.
_NAME_JOINERS = frozenset("e y da de do dos das di del della degli des van von der den ter und "
                          "für and & - – và ve i of du la le el al bin binti".split())
# Lower-case words of legal forms (many from Faker's company suffixes): "e figli", "Sp. z o.o.",
# "Doanh nghiệp tư nhân", "Công ty TNHH ... trách nhiệm hữu hạn", "GmbH & Co. mbH", "s.r.o.".
_LEGAL_TAILS = frozenset(w.casefold() for w in "figli filhos hijos fils syn synowie z o.o. o.o sp.k. sp.j. s.c. s.r.l. "
                         "s.p.a. s.a. ltda. ltda danh nghiệp nhiệm nhân hữu hạn phần ty tư mbH a.s. "
                         "d.d. d.o.o. e.g. e.v. j.d.o.o. k.s. o.s. s.r.o. v.o.s. ry υιοί партнеры".split())
# Particles that may start a company's name ("at de Leeuw BV", "at van Dijk Logistiek").
_LEADING_PARTICLES = frozenset("de van von der den da di del le la du al el".split())
_ABBREVIATIONS = frozenset("sp co inc ltd corp st dr mt ft bros no jr sr".split())
_RUN_TOKEN = re.compile(r"[ \t]+|\([^\s()]+\)|[^\s,;:!?()\[\]\"“”]+")
_PLACE_CUE = re.compile(
    r"\b(?:(?:grew\s+up|raised|born|based|living|live|lived|lives|settled|relocated|moved(?:\s+back)?|"
    r"here|back\s+home|originally|located|stationed|commute|commuting|practi[sc]ing|resides|residing|"
    r"detained|imprisoned|arrested)\s+(?:in|to|from|near|outside(?:\s+of)?)|"
    r"hometown\s+(?:is|was)|(?:I'?m|I’m|I\s+am|we'?re|we\s+are)\s+from)[ \t]+"
    r"(?:the[ \t]+)?(?=[^\W\d_])")
# "the county of Jämtland", "the District of Famagusta": the area's own word starts the name.
_AREA_OF = re.compile(r"\b(?P<name>(?i:district|municipality|county|province|region|village|borough|prefecture|canton|"
                      r"commune|parish|voivodeship|governorate|oblast))[ \t]+of[ \t]+(?=[^\W\d_])")
_EMPLOYER_CUE = re.compile(
    rf"(?:\b(?:work|works|worked|working|employed|hired|interned|interning|consult|consulted)\s+"
    rf"(?:at|for|by|with)|\bjoined|\b(?:job|position|role|internship|stint|years)\s+(?:at|with)|"
    rf"\bemployer\s+(?:is|was)|\b(?i:{_ROLE_NOUNS})(?-i:s?)"
    rf"\s+(?:at|with|for))[ \t]+(?=[^\W\d_])")
_EMPLOYER_CUE_2 = re.compile(
    r"\b(?:everyone|everybody|people|folks|colleagues|team|here|over|started|start|starting|"
    r"internship|stint|years|career)\s+(?:at|with)[ \t]+(?=[^\W\d_])")
_SCHOOL_CUE = re.compile(
    r"\b(?:studied(?:[ \t]+[A-Za-z]+){0,3}?[ \t]+at|went[ \t]+to|straight[ \t]+out[ \t]+of|graduated[ \t]+"
    r"(?:from|at)|alumn(?:us|a|i|ae)[ \t]+of|(?:degree|diploma|MBA|PhD|masters?)[ \t]+(?:from|at)|"
    r"(?:enrolled|studying)[ \t]+at|dropped[ \t]+out[ \t]+of)[ \t]+(?:the[ \t]+)?(?=[^\W\d_])")
# School words of other languages start the school's name ("Universitas Indonesia",
# "École Polytechnique", "Università di Bologna") or end it ("Boğaziçi Üniversitesi").
_SCHOOL_WORD = re.compile(
    r"\b(?=(?:Universitas|Universit[àaé]|Universidad|Universidade|Universität|Université|"
    r"Uniwersytet|Univerzita|Universiteit|Universitatea|École|Ecole|Hochschule|Politecnico|"
    r"Politechnika|Instituto|Institut|Escola|Escuela|Liceo|Lycée|Trường|Đại)\b)")
_SCHOOL_TAIL = re.compile(r"[ \t]+(?:Üniversitesi|Universität|Egyetem|Yliopisto|Universitet|Hochschule)\b")
_BEFORE_EMPLOYER = re.compile(r"\b(?:Before|After|Since\s+leaving|Before\s+joining)[ \t]+(?=[^\W\d_])")
_AFTER_BEFORE = re.compile(r",?[ \t]+(?:I|we)[ \t]+(?:was|were|worked|had|spent|did)\b")
# "I'm a Claims Adjuster at ...", "I work as a grant writer for ...": any words, title-case
# or not, between "as a" and an employer.
_TITLE_CUE = re.compile(
    r"\b(?:I'?m|I\s+am|I\s+was|I'?ve\s+been|I\s+have\s+been|work(?:s|ed|ing)?\s+as|hired\s+as|"
    r"promoted\s+to|started\s+as|role\s+as|job\s+as)[ \t]+(?:(?:a|an|the)[ \t]+)?"
    r"(?P<value>[A-Za-z][\w&/-]*(?:[ \t]+[A-Za-z][\w&/-]*){0,3})[ \t]+(?:at|with|for)[ \t]+(?=[A-Z])")
_NOT_A_TITLE = frozenset("""bit lot little fan user person member guy woman man part one only new big huge
heavy light regular power early late first last real total complete bit big fan of sure happy glad
proud able used fine okay ok good great not so very just still here there now also always really
working looking""".split())


def _capitalized_run(text: str, pos: int, max_words: int = 6) -> int:
    """End of the run of capitalized words starting at ``pos`` (``pos`` if none): joiners
    inside, legal-form tails at the end, trailing dots dropped."""
    end, words, at = pos, 0, pos
    while (m := _RUN_TOKEN.match(text, at)) is not None:
        at, tok = m.end(), m.group()
        if tok[0] in " \t":
            continue
        low = tok.casefold()
        if tok in ("I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d"):
            break  # "Before Accenture I was": the speaker, not part of the name
        if tok[0] == "(" and words:
            tok = tok[1:]  # "PT Gunawan (Persero) Tbk"
        if tok[0].isupper() or (words and tok[0].isdigit() and len(tok) <= 4):
            words += 1
            end = m.end()
            if tok.endswith(".") and tok.count(".") == 1 and tok[:-1].casefold() not in _ABBREVIATIONS:
                break  # "...straight out of METU. I started": the sentence ends here
        elif words and (low in _LEGAL_TAILS or low.rstrip(".") in _LEGAL_TAILS):
            end = m.end()  # "Cundari-Ruberto e figli."
            if low.endswith(".") and low not in _LEGAL_TAILS:
                break
        elif words and low in _NAME_JOINERS or not words and low in _LEADING_PARTICLES:
            continue  # kept only if a capitalized word follows
        else:
            break
        if words >= max_words:
            break
    while end > pos and text[end - 1] in ".'’-":
        end -= 1
    return end


# (entity, cue, score, most words, what must follow the name, skip countries, keep "the")
_CUES: list[tuple[str, re.Pattern, float, int, re.Pattern | None, bool, bool]] = [
    ("LOCATION", _PLACE_CUE, 0.6, 4, None, False, False),
    ("LOCATION", _AREA_OF, 0.6, 3, None, True, False),
    ("ORGANIZATION", _EMPLOYER_CUE, 0.6, 6, None, False, False),
    ("ORGANIZATION", _BEFORE_EMPLOYER, 0.6, 6, _AFTER_BEFORE, False, False),
    ("ORGANIZATION", _EMPLOYER_CUE_2, 0.55, 6, None, True, False),
    # "the Università di Bologna": the article is part of the name as said.
    ("SCHOOL", _SCHOOL_CUE, 0.6, 6, None, True, True),
]


def _with_article(text: str, start: int) -> int:
    before = text[max(0, start - 4):start]
    return start - 4 if before in ("the ", "The ") else start


class CuedEntityRecognizer(LocalRecognizer):
    """Places, employers, schools and job titles that the NER model misses, found by what a
    participant says right before them ("I grew up in Awka", "I'm a Claims Adjuster at TP
    Petrol Dağıtım", "Before Leblanc e figli, I was..."). The cue, not the word, carries the
    evidence, so unusual and non-English names are caught. Runs made only of common words
    ("moved to Marketing") are left alone; allow-listed products are dropped by Presidio's
    allow list like any other finding."""

    def load(self) -> None:
        from anonymize.vocab import common_words

        self._common = common_words()

    def _name_like(self, value: str) -> bool:
        words = re.findall(r"[^\W\d_]+", value)
        return bool(words) and not all(w.casefold() in self._common or w.casefold() in CALENDAR_WORDS
                                       for w in words)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        want = set(entities or self.supported_entities)
        for entity, cue, score, max_words, then, skip_countries, article in _CUES:
            if entity not in want:
                continue
            for m in cue.finditer(text):
                end = _capitalized_run(text, m.end(), max_words)
                value = text[m.end():end]
                if end == m.end() or not self._name_like(value) \
                        or then is not None and not then.match(text, end) \
                        or skip_countries and is_country_like(normalize(value)):
                    continue
                # A cue with a `name` group is part of the name ("county of Jämtland").
                start = m.start("name") if "name" in cue.groupindex \
                    else _with_article(text, m.end()) if article else m.end()
                out.append(_result(entity, start, end, score, self))
        if "SCHOOL" in want:
            for m in _SCHOOL_WORD.finditer(text):
                end = _capitalized_run(text, m.start())
                if end > m.start() and " " in text[m.start():end].strip():
                    out.append(_result("SCHOOL", _with_article(text, m.start()), end, 0.7, self))
            for m in _SCHOOL_TAIL.finditer(text):
                first = m.start()
                for w in reversed(list(re.finditer(r"\S+", text[max(0, m.start() - 60):m.start()]))[-3:]):
                    if not w.group()[0].isupper() or not w.group()[-1].isalnum():
                        break
                    first = max(0, m.start() - 60) + w.start()
                if first < m.start():
                    out.append(_result("SCHOOL", first, m.end(), 0.7, self))
        if "JOB_TITLE" in want:
            for m in _TITLE_CUE.finditer(text):
                words = m.group("value").split()
                if words[-1].casefold() in _NOT_A_TITLE or words[0].casefold() in _NOT_A_TITLE:
                    continue
                out.append(_result("JOB_TITLE", *m.span("value"), 0.6, self))
        return out


# Someone else's occupation, said of them ("the applicant, a lorry driver", "she worked as a
# ballet dancer", "my wife is a pharmacist"): with a town and a year it narrows to a few
# people. The participant's own "I work as a nurse" is what an interview study about work
# collects and is left alone; with an employer it is a JOB_TITLE (above).
_THIRD_PARTY = (r"(?:\b(?:he|she|who|(?:the\s+)?(?:first|second|third|fourth|fifth)\s+applicant|applicants?|"
                r"(?:my|his|her|their|our)\s+(?:wife|husband|partner|spouse|son|daughter|mother|father|mom|"
                r"mum|dad|brother|sister|uncle|aunt|cousin|neighbou?r|friend|landlord|boyfriend|girlfriend))"
                r"(?:,\s+who)?)")
_WORKED_AS = (r"(?:(?:had\s+)?(?:worked|works|working|served|serves|practised|practiced|practises|practices|"
              r"trained|qualified|started|began\s+working|(?:is|was|were|had\s+been)\s+(?:employed|working|"
              r"serving))\s+as)")
_IS_A = r"(?:is|was|had\s+been|has\s+been|became|is\s+now|was\s+then)"
_OCCUPATION_CUE = re.compile(
    rf"(?i:(?:{_THIRD_PARTY}(?:[ \t]+(?P<worked>{_WORKED_AS})|[ \t]+{_IS_A}|,)"
    r"|\b(?P<post>(?:to\s+practi[sc]e\s+as|the\s+post\s+of|contract\s+as|reinstated\s+as)))"
    r"[ \t]+(?:(?:an?|the)[ \t]+)?)"
    r"(?P<value>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,3})")
_OCCUPATION_STOP = frozenset("""at in for with from until since on by of to and or but as when while who which
that after before during under against into where whose the a an was were is are had has have been be
would could should will did does do until because so then""".split())
_EXTRA_OCCUPATIONS = frozenset("""watchman electrician driver physician advocate student conscript guard servant
captain officer soldier sergeant corporal policeman policewoman farmer fisherman miner builder carpenter
plumber mechanic cook chef waiter waitress cleaner nanny caretaker shopkeeper salesman saleswoman cashier
labourer laborer worker teacher nurse doctor dentist judge prosecutor notary pharmacist academic
headmaster headmistress principal priest imam pastor monk nun bricklayer baker butcher tailor hairdresser
journalist reporter dancer singer actor actress housewife homemaker businessman businesswoman entrepreneur
trader seller vendor accountant auditor engineer architect lawyer solicitor barrister clerk secretary
officer inspector commissioner mayor councillor deputy governor diplomat ambassador professor lecturer
researcher scientist technician programmer developer designer manager director executive""".split())


@lru_cache(maxsize=1)
def occupation_heads() -> frozenset[str]:
    """Last words of Faker's job titles plus common occupations Faker lacks."""
    from faker.providers.job.en_US import Provider as Jobs

    heads = {j.split(",")[0].split("(")[0].strip().split()[-1].casefold() for j in Jobs.jobs}
    heads = {h for h in heads if h.isalpha() and h not in ("person", "boy", "make", "land", "sub", "copy",
                                                         "crew", "staff", "visitor")}
    return frozenset(heads) | _EXTRA_OCCUPATIONS


class OccupationRecognizer(LocalRecognizer):
    """Occupations stated of someone other than the participant (see ``_OCCUPATION_CUE``).
    After "worked as" any short noun phrase is an occupation; after "is a" the phrase must
    end in a known occupation word ("he was a keen cyclist" is not one)."""

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        heads = occupation_heads()
        out = []
        pos = 0
        while (m := _OCCUPATION_CUE.search(text, pos)) is not None:
            pos = m.start("value")  # "He was reinstated to the post of teacher": cue inside
            words = list(re.finditer(r"[a-z][a-z-]*", m.group("value")))
            kept = []
            for w in words:
                if w.group() in _OCCUPATION_STOP:
                    break
                kept.append(w)
            while kept and not m.group("worked") and not m.group("post") and kept[-1].group().rstrip("s") not in heads \
                    and kept[-1].group() not in heads:
                kept.pop()
            if not kept:
                continue
            start = m.start("value") + kept[0].start()
            end = m.start("value") + kept[-1].end()
            out.append(_result("OCCUPATION", start, end, 0.6, self))
            pos = end
        return out


def medical_condition_recognizer() -> RegexRecognizer:
    """What someone was diagnosed with or suffers from: health data (GDPR art. 9) and, being
    rare, identifying ("my son was diagnosed with Kawasaki disease")."""
    return RegexRecognizer(
        "MEDICAL_CONDITION",
        [(r"(?i:\b(?:diagnosed\s+with|diagnosis\s+of|suffer(?:s|ed|ing)?\s+from)\s+(?:an?\s+|severe\s+)?)"
          r"(?P<value>(?!(?:the|this|that|it|stress|burnout|anxiety\s+about)\b)[A-Za-z][\w‑-]*"
          r"(?:[ \t]+(?!(?:at|in|for|with|from|since|after|before|when|and|but|which|that|last|this|"
          r"two|three|years?|months?|weeks?)\b)[A-Za-z][\w‑-]*){0,3})", 0.6)],
        name="ClearanceMedicalConditionRecognizer",
    )


# Land plots, title deeds, vehicle and other register numbers after their cue ("plot no. 431/4",
# "plots nos. 260, 268 and 119/5", "registration no. D-4840"): they point at one owner.
_REGISTRY_CUE = re.compile(
    r"\b(?i:plots?|parcels?|sheet/plan|blocks?|title\s+deeds?|land\s+register|cadastral|"
    r"registration|licen[cs]e\s+plate|number\s+plate)[ \t]+(?:(?i:no|nos|numbers?|nr)\.?[ \t]*)?(?=[A-Z]?-?\d)")
_REGISTRY_CODE = re.compile(r"[A-Z]{0,3}-?\d[\w/.-]*(?<![.-])")
_REGISTRY_NEXT = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+)(?=[A-Z]{0,3}-?\d)")


class RegistryNumberRecognizer(LocalRecognizer):
    """Each number of a register list after its cue; a bare number is never one."""

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        for m in _REGISTRY_CUE.finditer(text):
            pos = m.end()
            while (code := _REGISTRY_CODE.match(text, pos)) is not None:
                out.append(_result("REGISTRY_NUMBER", code.start(), code.end(), 0.6, self))
                nxt = _REGISTRY_NEXT.match(text, code.end())
                if nxt is None:
                    break
                pos = nxt.end()
        return out


NATIONAL_ID_ENTITIES = [entity for entity, *_ in _NATIONAL_IDS]


def clearance_recognizers() -> list[LocalRecognizer]:
    return [age_recognizer(), school_recognizer(), date_recognizer(), street_address_recognizer(),
            MoneyRecognizer(supported_entities=["MONEY"], name="ClearanceMoneyRecognizer"),
            company_recognizer(), job_title_recognizer(), social_handle_recognizer(),
            criminal_sentence_recognizer(), medical_condition_recognizer(),
            RegistryNumberRecognizer(supported_entities=["REGISTRY_NUMBER"], name="ClearanceRegistryNumberRecognizer"),
            OccupationRecognizer(supported_entities=["OCCUPATION"], name="ClearanceOccupationRecognizer"),
            case_number_recognizer(), local_phone_recognizer(),
            NameGazetteerRecognizer(supported_entities=["PERSON"], name="ClearanceNameGazetteer"),
            ContextNameRecognizer(supported_entities=["PERSON"], name="ClearanceContextNameRecognizer"),
            NationalIdRecognizer(supported_entities=NATIONAL_ID_ENTITIES,
                                 name="ClearanceNationalIdRecognizer"),
            CuedAddressRecognizer(supported_entities=["STREET_ADDRESS"],
                                  name="ClearanceCuedAddressRecognizer"),
            CuedEntityRecognizer(supported_entities=["LOCATION", "ORGANIZATION", "JOB_TITLE", "SCHOOL"],
                                 name="ClearanceCuedEntityRecognizer"),
            ObfuscatedContactRecognizer(supported_entities=["EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN"],
                                        name="ClearanceObfuscatedContactRecognizer")]
