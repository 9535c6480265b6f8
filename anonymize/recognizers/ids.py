"""National id numbers (checksums where they exist) and register numbers after their cue."""

from __future__ import annotations

import re

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers.base import RegexRecognizer, _result, value_span
from anonymize.spoken_dates import TEENS, TENS, UNITS


# --- national ids with checksums -------------------------------------------------------

def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


_DIGIT_WORDS = frozenset(("zero", "oh", "o", *UNITS))
_NUMBER_WORDS = "|".join(("zero", "oh", *UNITS, *TEENS, *TENS, "hundred", "thousand", "million", "double", "triple"))
# ("... nine hundred and seven", "... two three two slash one four five": joiners between numbers only)
_NUMBER_WORDS += rf"|(?:and|slash|dash|hyphen)(?=,?[ \t]+(?:{_NUMBER_WORDS})\b)|(?:slash|dash|hyphen)(?=[ \t]+(?-i:[A-Z]{{1,3}})\b)"
# One digit said as a word (not a lone "o", which is a letter here).
_SAID_DIGIT = rf"(?i:{'|'.join(sorted(_DIGIT_WORDS - {'o'}))})"
_SPOKEN_ID_TOKEN = rf"(?:(?i:(?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))?)|[A-Z]{{1,3}}(?:-[A-Z])*|\d+)"


def _spoken_id_ok(s: str) -> bool | None:
    """At least four digits said one by one (or a number in millions): not "two hundred and
    fifty thousand" people."""
    tokens = re.findall(r"[A-Za-z]+|\d+", s)
    # ("two hundred, three hundred": a digit word before hundred, thousand or million is no digit)
    digit = [(t.casefold() in _DIGIT_WORDS or t.isdigit()) and (i + 1 == len(tokens) or tokens[i + 1].casefold()
             not in ("hundred", "thousand", "million")) for i, t in enumerate(tokens)]
    single = sum(1 for t, d in zip(tokens, digit) if d or t.isupper() and len(t) <= 3)
    return True if single >= 4 and sum(digit) >= 3 \
        or re.search(r"(?i)million\W+(?:\w+\W+)*?thousand\W+\w", s) else None


def _mixed_code_ok(s: str) -> bool | None:
    """Eight digits or more in a code of eleven characters or more. One run of digits and
    capitals mixed inside it ("27AAKPD4419M1Z2", "24147823BKCDFQ7721") is one by its shape; one
    with separators ("555-23C04412", "21/478123/PA/20891") only after an id word, since ISBNs,
    standards, fiscal years and date ranges look the same. Never a date or a span of years."""
    if len(_digits(s)) < 8 or re.fullmatch(r"\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4}|\d{4}(?:[/-]\d{2,4})+", s) \
            or re.search(r"(?<!\d)\d{1,2}/(?:\d{1,2}/)?(?:19|20)\d\d(?!\d)", s):
        return None
    if not re.search(r"[/-]", s) and re.search(r"\d[A-Z]+\d", s):
        return True
    return False if re.search(r"[A-Z]", s) or len(re.findall(r"[/-]", s)) >= 2 else None


# The countries whose bank accounts have an IBAN (its first two letters).
_IBAN_COUNTRY = ("(?:AD|AE|AL|AT|AZ|BA|BE|BG|BH|BR|BY|CH|CR|CY|CZ|DE|DK|DO|EE|EG|ES|FI|FO|FR|GB|GE|GI|GL|GR|GT|HR|HU|"
                 "IE|IL|IQ|IS|IT|JO|KW|KZ|LB|LC|LI|LT|LU|LV|MC|MD|ME|MK|MR|MT|MU|NL|NO|PK|PL|PS|PT|QA|RO|RS|SA|SC|"
                 "SE|SI|SK|SM|ST|SV|TL|TN|TR|UA|VA|VG|XK)")


# Words after a number that make it a count, an amount or a measure.
_NOT_A_RECORD_AFTER = (r"rows|records|entries|items|units|members|people|users|students|patients|trees|bags|copies|"
                       r"views|likes|followers|subscribers|downloads|steps|words|tokens|characters|lines|cells|pages|"
                       r"km|kg|metres|meters|litres|liters|tonnes|tons|degrees|miles|hectares|acres|sqft|"
                       r"shillings|naira|pesos|dong|rupiah|rupees|taka|rand|cedis|euros|pounds|dollars|yen|won|baht|"
                       r"ringgit|lira|reais|soles|francs|kwacha|birr|tenge|rubles|roubles|riyals|dirhams|leva|zloty|"
                       r"forint|yuan|rmb|minimum|maximum|max|min|per|monthly|yearly|a[ \t]+(?:month|year|week|day)")


def _long_grouped_number(s: str) -> bool | None:
    """Twelve to twenty digits in groups, not a list of years ("2019 2020 2021")."""
    groups = re.split(r"[ \t-]", s)
    if all(re.fullmatch(r"(?:19|20)\d\d", g) for g in groups):
        return None
    if any(len(g) <= 2 for g in groups) or all(len(g) == 3 for g in groups[1:]):
        return None  # scores, readings, dates ("21 18 19 21"), thousands ("250 000 000 000")
    return True if 12 <= len(_digits(s)) <= 20 else None


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


_ID_CONTEXT = re.compile(r"(?i)\b(?:id|ids|identification|identity|tax|steuer\w*|numbers?|no\.?|nr\.?|ni|nino|"
                         r"national|insurance|pesel|bsn|cpf|curp|codice|fiscal[e]?|nin|nik|ssn|"
                         r"social|security|passport|licen[cs]e|aadhaa?r|pan|tin|pin|kra|nir|insee|rfc|dni|"
                         r"nie|nric|ktp|cccd|cmnd|sss|umid|tfn|sin|kimlik|tckn|card|cuit|cuil|rut|cnp|nif|"
                         r"personnummer|mykad|pps|ein|bvn|nhs|henkilötunnus|hetu|fødselsnummer|"
                         r"fodselsnummer|cpr|rrn|jumin|kennitala|jmbg|egn|amka|nic|cnic|nid|cni|cin|rg|"
                         r"emirates|philsys|ghana|nuit|nida|huduma|sociale|sécurité|securite|mutuelle|"
                         r"cédula|cedula|documento|document|cc|ci|curp|rfc|rg|ine|nss|afiliación|vat|btw|mwst|tva|iva|nip|nif|cif|"
                         r"abn|acn|siret|siren|hkid|ird|gst|gstin|udin|nim|philhealth|pag-?ibig|uen|kvk|nzbn|utr|ruc|nit)\b")


def _yymmdd_ok(d: str) -> bool:
    return d.isdigit() and 1 <= int(d[2:4]) <= 12 and 1 <= int(d[4:6]) <= 31


def _ddmmyy_ok(s: str) -> bool:
    """A date of birth leads the number (Nordic and Korean ids): day and month must exist."""
    d = _digits(s)
    return 1 <= int(d[0:2]) <= 31 and 1 <= int(d[2:4]) <= 12

# A vehicle plate: blocks of capitals (Latin or Cyrillic) and digits.
_PLATE = r"(?-i:[A-ZА-ЯЁ\d]{1,10}(?:[ -][A-ZА-ЯЁ\d]{1,4}){0,3})"


def _plate_ok(s: str) -> bool:
    """Letters and digits both, four to twelve of them (not "2024" or "NHS")."""
    chars = [c for c in s if c.isalnum()]
    return 4 <= len(chars) <= 12 and any(c.isdigit() for c in chars) and any(c.isalpha() for c in chars)


# What a research grant's or project's number follows (two patterns below: codes, bare digits).
_GRANT_WORDS = r"(?:grant|award|fellowship|project|programme|program|contract)"


def _grant_number_ok(s: str) -> bool:
    """Five digits or more, or four with letters; not a year or a span of years, nor a standard
    ("ISO-9001")."""
    digits = _digits(s)
    if re.fullmatch(r"(?:19|20)\d\d(?:[/-](?:19|20)?\d\d)?", s) or re.match(r"(?:ISO|IEC|EN|DIN|BS|ASTM|IEEE)[-/ ]?\d", s):
        return False
    return len(digits) >= 5 or len(digits) >= 4 and any(c.isalpha() for c in s) and len(s) >= 6


# (entity, pattern, validator, score if valid, score if context only (None: must validate))
# Words before a number that is someone's at work or in a club ("employee number", "badge").
_STAFF_WORDS = r"employee|(?-i:emp)(?=[ \t]+(?:id|no|number))|worker(?=[ \t]+id)|staff|badge|member(?:ship)?|payroll|personnel"
_NATIONAL_IDS: list[tuple[str, re.Pattern, object, float, float | None]] = [
    ("UK_NINO", re.compile(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D]\b"),
     _nino_ok, 0.85, None),
    # Spaced or with a prefix the register never issues ("QQ 48 21 93 C"), after an id word.
    ("UK_NINO", re.compile(r"\b[A-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D]\b"), lambda s: False, 0.0, 0.6),
    # Finnish henkilötunnus: a birth date, the century sign, three digits, a check character.
    # Presidio's recognizer wants the check character right; the shape alone is specific enough.
    ("NATIONAL_ID", re.compile(r"(?<![\w-])\d{6}[-+ABCDEFUVWXY]\d{3}[0-9A-Y](?![\w-])"), _ddmmyy_ok, 0.6, None),
    ("IT_FISCAL_CODE", re.compile(r"\b[A-Z]{6}[\dLMNP-V]{2}[A-EHLMPR-T][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]\b"),
     _cf_ok, 0.9, 0.6),
    ("DE_TAX_ID", re.compile(r"(?<![\d.,/-])[1-9]\d[ \t]?\d{3}[ \t]?\d{3}[ \t]?\d{3}(?![\d.,/-]\d)"),
     _de_tax_ok, 0.75, 0.6),
    ("BR_CPF", re.compile(r"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?!\d)"), _cpf_ok, 0.9, 0.6),
    # Written in the CPF's own shape, a number is one whatever its check digits say (a typo is
    # still someone's CPF, and nothing else is dotted so).
    ("BR_CPF", re.compile(r"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?!\d)"), None, 0.6, None),
    # Indian PAN: five letters (the fourth says who holds it), four digits, a letter.
    ("IN_PAN", re.compile(r"\b[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]\b"), None, 0.6, None),
    # Chile's RUT ("17.294.608-K") and the Ghana Card ("GHA-718204639-3"): shapes nothing else has.
    ("NATIONAL_ID", re.compile(r"(?<![\w.-])\d{1,2}\.\d{3}\.\d{3}-[\dkK](?![\w-])|\bGHA-\d{9}-\d(?![\w-])"), None, 0.7, None),
    # Brazil's CNPJ ("41.582.739/0001-26"): a firm's register number, and a person's when the firm
    # is one person (an MEI); the shape alone is unmistakable, invented numbers included.
    ("NATIONAL_ID", re.compile(r"(?<![\d./])\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}(?![\d/])"), None, 0.8, None),
    # Argentina's CUIT/CUIL ("20-31884527-6"): the kind of holder, the DNI, a check digit; with
    # its hyphens and a holder prefix, a shape nothing else has (a typo is still the number).
    ("NATIONAL_ID", re.compile(r"(?<![\w-])(?:20|23|24|27|30|33|34)-\d{8}-\d(?![\w-])"), None, 0.7, None),
    # Germany's social insurance number ("65 170889 N 003"): area, birth date, the surname's
    # letter, a serial and check digit.
    ("NATIONAL_ID", re.compile(r"(?<![\w-])\d{2}[ \t]?(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[ \t]?[A-Z][ \t]?\d{3}(?![\w-])"),
     None, 0.7, None),
    # The US Medicare number ("4TR7-HW2-KP58"): eleven characters in the card's 4-3-4 grouping.
    ("NATIONAL_ID", re.compile(r"(?<![\w-])[1-9][A-Z][A-Z\d]\d-[A-Z][A-Z\d]\d-[A-Z]{2}\d{2}(?![\w-])"), None, 0.7, None),
    # Venezuela's cédula with its letter ("V-24.817.365", "E-84.123.456").
    ("NATIONAL_ID", re.compile(r"(?<![\w.-])[VE]-\d{1,2}\.\d{3}\.\d{3}(?![\w-]|\.\d)"), None, 0.7, None),
    # An Australian health practitioner's registration ("MED0002345678"): three letters, ten digits.
    ("NATIONAL_ID", re.compile(r"\b(?:MED|NMW|PHA|DEN|PSY|PHY|OPT|CHI|OST|POD|MRP|ATS|PAR|OCC)\d{10}\b"), None, 0.75, None),
    # Pakistan's CNIC ("33100-4827361-5"): five, seven and one digit, a shape nothing else has.
    ("NATIONAL_ID", re.compile(r"(?<![\w-])\d{5}-\d{7}-\d(?![\w-])"), None, 0.7, None),
    ("MX_CURP", re.compile(r"\b[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[A-Z\d]\d\b"), None, 0.85, None),
    # Brazil's professional registers: "OAB/SP 412.877", "CRM-RJ 52.123", "COREN/MG nº 123456".
    ("NATIONAL_ID", re.compile(r"\b(?:OAB|CRM|CRO|CREA|CRP|COREN|CRF|CRC|CRMV|CREFITO|CAU)[/-][A-Z]{2}[ \t]*"
                               r"(?:n[º°o]\.?[ \t]*)?\d{1,3}(?:\.?\d{3})+(?:-[A-Z\d])?(?![\w.]\d)"), None, 0.75, None),
    # Staff, badge and register numbers said as one's own: "my employee ID is ZS-44817", "a badge,
    # mine is RTM-44817", "my MDCN folio number is MDCN/R/88214".
    # "My member number at the cooperative is KDFC-2291", "staff IDs ... Like mine is SFT-04417",
    # "our employee number, and then half the team pasted theirs ... Mine's E4471902".
    # A register's number of one's own: "my OAB registration is 214.873", "my Gas Safe number's
    # 558213", "licence from the Board, number PPB/P/4471".
    ("NATIONAL_ID", re.compile(rf"(?i:\b(?:{_STAFF_WORDS}|agent|student|folio|licen[cs]e|"
                               r"registration|reg\.?(?=[ \t]+no\b)|roll|practi[sc]ing[ \t]+number|colegiad[oa]|collegiate|tarjeta[ \t]+profesional),?[ \t]+(?:id|no\.?|number|code|#)?"
                               r"(?:[ \t]+(?:at|with|for|in)[ \t]+(?:the[ \t]+)?[\w-]+(?:[ \t]+[\w-]+)?[ \t]+(?=is\b))?"
                               r"[ \t]*(?:is|:|=|,|['’]s)?[ \t]*|"
                               r"\bmy[ \t]+(?-i:[A-Z][\w-]*)(?:[ \t]+(?-i:[A-Z][\w-]*)){0,2}[ \t]+(?:number|no\.?)"
                               r"(?:[ \t]+is|['’]s|[ \t]*[:,])[ \t]*|"
                               r"\b(?:licen[cs]e|registration|register|certificate)\b[^\n.!?]{0,40}?,[ \t]+(?:number|no\.?)[ \t]+|"
                               r"\b(?:badge|id|ids|number|numbers|(?-i:[A-Z]{1,4}IDs?))\b[^\n]{0,160}?\b(?:[Mm]ine|[Mm]y[ \t]+own)(?:[ \t]+is|['’]s)[ \t]+)"
                               # ("my worker id is OTL-9f3a27c1": a hex code after its letters)
                               r"(?P<value>(?-i:[A-Z]{1,6}(?:[-/][A-Z]{1,3})*[-/.]?\d{4,10}(?:-?[A-Z\d]{1,4})?|\d{4,10}-[A-Z]\b|\d{5,10}|"
                               r"[A-Z]{2,6}-(?=[a-f\d]*\d[a-f\d]*[a-f])[a-f\d]{6,16}|"
                               # ("my emp id is IISc/TA/16/0473": an institute's letters in mixed case)
                               r"[A-Z][A-Za-z]{1,5}(?=(?:[\w/]*\d){3})(?:/[A-Za-z\d]{1,6}){2,4}|"
                               r"\d{1,3}(?:\.\d{3}){1,3}))(?![\w/-]|[.,]\d)"),
     None, 0.7, None),
    # "the grant forms need my RGII number R-07419": a register's letters and digits right after
    # "my ... number" (bare digits there may be a figure: "my Q3 number 25000").
    ("NATIONAL_ID", re.compile(r"\bmy[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}[ \t]+(?:number|no\.?)[ \t]+"
                               r"(?P<value>[A-Z]{1,4}-?\d{4,10})(?![\w/-])"), None, 0.7, None),
    # An ethics protocol's number, which names its study and so its investigators: "protocol
    # KEMRI/SERU/CGHR/4471" (letters and at least two more groups; not "the protocol PRISMA-2020").
    ("NATIONAL_ID", re.compile(r"(?i:\bprotocol(?:[ \t]+(?:no\.?|number))?[ \t]*[,:]?[ \t]*)"
                               r"(?P<value>(?-i:[A-Z]{2,}(?:/[A-Z\d]+){2,}))(?![\w/-])"), None, 0.7, None),
    # "my employee number to confirm I'm a real HR person, it's BMS-440817": letters and digits only.
    ("NATIONAL_ID", re.compile(rf"(?i:\b(?:{_STAFF_WORDS})[ \t]+(?:id|no\.?|number)\b"
                               r"[^\n]{0,80}?\bit(?:['’]s|[ \t]+is)[ \t]+)(?P<value>(?-i:[A-Z]{1,6}-?\d{4,10}))(?![\w/-])"),
     None, 0.7, None),
    # Set off by commas after the id word: "my employee number is on every chart I write, E-20931, and".
    # ("someone's team member number in — TM-77120 — which is": set off by dashes)
    ("NATIONAL_ID", re.compile(rf"(?i:\b(?:{_STAFF_WORDS}|agent|student)[ \t]+"
                               r"(?:id|no\.?|number|code)\b[^\n.!?]{0,60}?(?:,|[ \t][—–])[ \t]+)(?P<value>(?-i:[A-Z]{1,6}-?\d{4,10}))"
                               r"(?=[ \t]*[,.;—–])"),
     None, 0.7, None),
    # An example that is one's own: "our agent IDs look like ZA-40391, that one's mine".
    ("NATIONAL_ID", re.compile(r"(?i:\b(?:ids?|numbers?|badges?)\b[^\n]{0,60}?)(?P<value>(?-i:[A-Z]{1,6}-?\d{4,10}))"
                               r"(?![\w/-])(?=[^\n.!?]{0,30}?\b(?i:that|this)(?:[ \t]+one)?(?:['’]s|[ \t]+is)[ \t]+mine\b)"),
     None, 0.7, None),
    # Vehicle plates after their cue ("the tractor plate 72-AK-9G", "the plate number, KJA 482 XY",
    # "the car plate, BKR-274", "registration numbers, like УБ87031214") or before whose vehicle
    # it is ("RSB 4821, that is Osman's truck"): letters and digits, in any script's capitals.
    ("NATIONAL_ID", re.compile(
        r"(?i:\b(?:(?:number|licen[cs]e|registration|reg|car|truck|lorry|van|bus|taxi|tractor|bike|motorbike|"
        r"vehicle|rego)[ \t]+plates?|plates?(?:[ \t]+numbers?)?|registration[ \t]+numbers?|rego|reg[ \t]+number|"
        # ("a Probox, registration KDG 412M": the plate's letters, a space, its digits; not a
        # year, "the conference registration COP 2024")
        r"registration(?=(?:[ \t]+is|:)?[ \t]+(?-i:[A-Z]{2,3}[ \t](?!(?:19|20)\d\d(?![\w-]))\d{3,4}[A-Z]?)(?![\w-])))"
        r"(?:[ \t]+(?:is|was|number|reads))?[ \t]*[,:]?[ \t]*(?:like[ \t]+|e\.g\.[ \t]+)?)"
        rf"(?P<value>{_PLATE})(?![\w-])|"
        rf"(?<![\w-])(?P<value2>{_PLATE})(?=,?[ \t]+(?i:that(?:['’]s|[ \t]+is|[ \t]+was))[ \t]+(?:my|our|his|her|the|"
        r"(?-i:[A-Z])[\w'’-]+['’]s)[ \t]+(?i:truck|car|lorry|van|bus|taxi|tractor|bike|motorbike|vehicle|ute))"),
     _plate_ok, 0.7, None),
    # A professional register's number with its letters, after the register is named: "my nursing
    # council registration is TNMC RN 41827", "registration number is SLNC 28411", "the nursing
    # license, is MP 8734", "the Education Workforce Council, is EWC 1092273".
    ("NATIONAL_ID", re.compile(r"(?i:\b(?:registration|licen[cs]e|matr[ií]cula|membership|council|PIN|practi[cs]ing)"
                               r"(?:[ \t]+(?:no\.?|number|num|id|pin))?[^\n.!?]{0,25}?\b(?:is|:)[ \t]*,?[ \t]*)"
                               r"(?P<value>(?-i:(?:[A-Z]{2,6}[ \t]){1,2}\d{3,10}))(?![\w/-])"),
     None, 0.7, None),
    # "I have my CRECI since 2012, the number is F 28417": a number said as the one, with the
    # register's letter before its digits.
    ("NATIONAL_ID", re.compile(r"(?i:\b(?:the|my|our)[ \t]+(?:registration[ \t]+|licen[cs]e[ \t]+|register[ \t]+)?"
                               r"(?:number|no\.?)(?:[ \t]+is|['’]s|[ \t]*:)[ \t]+)"
                               r"(?P<value>(?-i:[A-Z]{1,3}(?:[ \t]|-)?\d{4,10}))(?![\w/-])"),
     None, 0.7, None),
    # An IBAN by its shape, whatever its check digits say (an invented or mistyped one is still
    # someone's account): country, two digits, then groups of four ("IT48 J030 6902 4771 0000 0004 217").
    ("NATIONAL_ID", re.compile(rf"(?<![\w-])(?i:{_IBAN_COUNTRY})\d{{2}}(?:[ \t]?[A-Za-z\d]{{4}}){{3,7}}(?:[ \t]?[A-Za-z\d]{{1,3}})?(?![\w-])"),
     lambda s: sum(c.isdigit() for c in s) >= 10, 0.6, None),
    # An Indian driving licence: state, RTO, year and number ("MH12 20110034567", "KA-05-2019-0012345").
    ("NATIONAL_ID", re.compile(r"\b[A-Z]{2}[ -]?\d{2}[ -]?(?:19|20)\d{2}[ -]?\d{7}\b"), None, 0.7, None),
    # A UK driving licence number: five letters of the surname, six digits, initials, a digit, two
    # check characters ("MCCAN961191OM9JK", the O standing for a zero in the initials' place).
    ("NATIONAL_ID", re.compile(r"\b[A-Z9]{5}\d{6}[A-Z9O]{2}\d[A-Z]{2}\b"), None, 0.7, None),
    # Hong Kong's identity card number with its check character ("Y482917(3)", "AB123456(A)").
    ("NATIONAL_ID", re.compile(r"(?<![\w-])[A-Z]{1,2}\d{6}\([\dA]\)"), None, 0.7, None),
    # Mexico's RFC ("ORRJ780312KT5"): four letters, a birth date (YYMMDD), a three-character key.
    ("NATIONAL_ID", re.compile(r"\b[A-ZÑ&]{4}\d{6}[A-Z\d]{3}\b"), lambda s: _yymmdd_ok(s[4:10]), 0.7, None),
    ("PL_PESEL", re.compile(r"(?<![\d.,/-])\d{11}(?![\d.,/-]\d)"), _pesel_ok, 0.5, 0.6),
    ("NL_BSN", re.compile(r"(?<![\d.,/-])\d{9}(?![\d.,/-]\d)"), _bsn_ok, 0.4, 0.6),
    # Any other country's id (Aadhaar, NIN, NIK, SSS...): 8-16 digits in groups, only
    # right after an id word ("my Aadhaar number, 3506 8101 2612").
    ("NATIONAL_ID", re.compile(r"(?<![\w.,/-])\d{1,8}(?:[ \t-]?\d{1,8}){0,7}(?![\w/-]|[.,]\d)"),
     # (17 to 25 digits in one run or with a long group: "NUNC 050016000206202318734", a NIP
     # "19890412 201503 2 004"; not a list of short numbers)
     lambda s: False if 8 <= len(_digits(s)) <= 16 or 17 <= len(_digits(s)) <= 25
     and max(len(g) for g in re.split(r"[ \t-]", s)) >= 6 else None, 0.0, 0.6),
    # Dotted groups ("1.036.789.452", "12.345.678"): a cédula or DNI, after an id word.
    # With the issuing state before it: "my RG MG-14.382.907".
    ("NATIONAL_ID", re.compile(r"(?<![\w.,/-])(?:[A-Z]{2}-)?\d{1,3}(?:\.\d{3}){2,3}(?![\w/-]|[.,]\d)"), lambda s: False, 0.0, 0.6),
    # France's NIR, spaced as printed ("2 72 03 69 123 456 78"): sex, year, month, département,
    # commune, order and key; no other number is grouped so.
    ("NATIONAL_ID", re.compile(r"(?<![\w.,/-])[12] \d{2} (?:0[1-9]|1[0-2]|[2-9]\d) (?:\d{2}|2[AB]) \d{3} \d{3}(?: \d{2})?(?![\w/-]|[.,]\d)"),
     None, 0.7, None),
    # A letter inside the digits ("my NMC PIN is 96I2817E"), after an id word.
    ("NATIONAL_ID", re.compile(r"(?<![\w.,/-])\d{2}[A-Z]\d{4,6}[A-Z](?![\w/-])"), lambda s: False, 0.0, 0.6),
    # Letters around the digits ("KRA PIN A009318472Z", "GHA-719203845-6"), after an id word.
    # "my NIN, CM84071102KQRA": up to four letters after the digits.
    ("NATIONAL_ID", re.compile(r"(?<![\w.,/-])(?:[A-Z]{1,3}-?|[A-Z]{2}[ ])\d{6,14}(?:-?[A-Z\d]{1,4})?(?![\w/-])|"
                               r"(?<![\w.,/-])\d{6,14}-?[A-Z]{1,2}(?![\w/-])"),
     lambda s: False, 0.0, 0.6),
    # Letters and digits mixed ("passport number, C4R28816X"), five digits or more, after an id word.
    ("NATIONAL_ID", re.compile(r"(?<![\w.,/-])(?=[A-Z\d]*[A-Z])[A-Z\d]{8,12}(?![\w/-])"),
     lambda s: False if len(_digits(s)) >= 5 else None, 0.0, 0.6),
    # An ORCID, a researcher's register number for life: "0000-0002-1825-0097", "0000 0002 5510 8836".
    ("NATIONAL_ID", re.compile(r"(?<![\w-])000\d(?P<sep>[- ]?)\d{4}(?P=sep)\d{4}(?P=sep)\d{3}[\dX](?![\w-])"), None, 0.8, None),
    # A research grant's or project's number, which names its holder: "grant number IA/E/20/1/505921",
    # "an NIH fellowship, grant F31NS129874", "a FONDECYT project, number 3230417".
    # (Bare digits only after a word for number: not "the program 20000 participants".)
    ("NATIONAL_ID", re.compile(rf"(?i:\b{_GRANT_WORDS}"
                               r"(?:\s+(?:number\b|no\.|no\b|nr\.|nr\b|\#|id\b|code\b|ref(?:erence)?\b))?(?:\s+is\b)?[ \t]*[,:]?[ \t]*"
                               r"(?:(?:number\b|no\.|no\b|nr\.|nr\b|\#)[ \t]*)?)(?<![\w/-])"
                               r"(?P<value>(?-i:(?=[A-Z\d/.&-]*[A-Z])[A-Z\d](?:[A-Z\d]|[/.&-](?=[A-Z\d])){4,30}))(?![\w/-])"),
     _grant_number_ok, 0.7, None),
    ("NATIONAL_ID", re.compile(rf"(?i:\b{_GRANT_WORDS}"
                               r"(?:\s+(?:number|no\.?|nr\.?|\#|id|code|ref(?:erence)?)(?:\s+is)?[ \t]*[,:]?|[ \t]*,[ \t]*"
                               r"(?:number|no\.?|nr\.?|\#))[ \t]*)(?<![\w/-])"
                               r"(?P<value>\d(?:\d|[/.-](?=\d)){4,30})(?![\w/-]|[ \t]+(?:participants|people|euros|dollars|"
                               r"pounds|users|students|patients|members|words|pages|hours|days|years|months)\b)"),
     _grant_number_ok, 0.7, None),
    # Indonesia's tax number (NPWP, "84.221.907.3-423.000"): a shape nothing else has.
    ("NATIONAL_ID", re.compile(r"(?<![\d.])\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}(?!\d|\.\d)"), None, 0.7, None),
    # A long number in groups ("cartão SUS 703 4082 1934 5517", a NIK "3471 0254 1200 0187"): twelve
    # digits or more are some record's number, not a quantity; parts of it read as a phone or a
    # date would leave the rest in the text.
    ("NATIONAL_ID", re.compile(r"(?<![\w.,/+-])\d{2,6}(?:[ \t-]\d{2,6}){2,5}(?![\w/-]|[.,]\d|[ \t-]\d)"
               r"(?![ \t]+(?:rows|records|entries|items|units|members|people|users|students|patients|trees|bags|copies|"
               r"views|followers|kwh|km|kg|metres|meters|litres|tonnes|degrees|shillings|naira|pesos|dong|rupiah|rupees|"
               r"dollars|euros|pounds)\b)"),
     _long_grouped_number, 0.5, None),
    # An id read out in words after its name: "my NMC PIN is one five I four eight two nine E", "GST
    # number, twenty-seven A A F P D four eight ...", "my DNI, it's thirty-two million, one hundred
    # ...", "Steuernummer, two three two slash one four five ..." (not a phone's number, which the
    # spoken-contact recognizer reads).
    ("NATIONAL_ID", re.compile(
        # ("The number was one, two, three ...", "my number is ...": a count, or a phone's number)
        r"(?i:\b(?:pin|id|dni|nik|nin|cccd|c[ée]dula|steuernummer|registration|curp|cpf|rfc|nss|nif|nie|npwp|pesel|"
        r"matr[ií]cula|cnpj|cif|abn|tfn|ein|itin|ppsn|nric|bvn|sss|umid|aadhaa?r|passport|licen[cs]e|codice[ \t]+fiscale|"
        # ("my TRN is one eight four ...": a register's letters after "my", ending in N for number;
        # not a score, "my GRE was one six eight")
        r"fiscal[ \t]+code|tax[ \t]+code|(?-i:SIN|PAN|TIN|SSN|KRA|VAT|UEN|CNIC|NINO)|(?<=my[ \t])(?-i:[A-Z]{1,4}N)|"
        r"(?<!phone[ \t])(?<!mobile[ \t])"
        r"(?<!cell[ \t])(?<!whatsapp[ \t])(?<!contact[ \t])(?<!telephone[ \t])(?<!\bthe[ \t])(?<!\bmy[ \t])(?<!\ba[ \t])"
        r"(?<!\bthat[ \t])(?<!\bthis[ \t])(?<!\byour[ \t])number))"
        # ("the CNPJ for it, which is, um, forty-three, two one eight, ...")
        r"(?:(?:[ \t]+(?i:for|of)[ \t]+(?i:it|that|him|her|them))?,?[ \t]+(?i:which)[ \t]+(?i:is|was))?"
        # ("my registration with the College of Registered Nurses of Manitoba is one five zero, ...")
        r"(?:[ \t]+(?i:with|at)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|and|for|the|de|des|du|do|da)){0,7}"
        r"(?=[ \t]+(?:is|was)\b))?"
        # (an aside between commas, never the first digits: "my NIK, six one seven one, zero four ...";
        # "my DNI, the one from Spain, is ..." is an aside)
        rf"(?:,[ \t]+(?!it['’]?s\b|it[ \t]+is\b)(?!(?:\d|(?i:{'|'.join(('zero', 'oh', *UNITS, *TEENS, *TENS))})\b))"
        r"[^,\n]{1,25},)?(?:[ \t]+(?i:is|was))?(?:,?[ \t]+(?i:it['’]?s|it[ \t]+is))?"
        r"(?:,?[ \t]+(?i:uh|um|er|eh))?[ \t]*[:,]?[ \t]+"
        # (not the "I" that starts the next clause: "zero six one two three four five, I put it")
        # ("my employee ID is N as in Nancy, four four zero ...": a letter spelled with a word)
        rf"(?P<value>(?:(?-i:[A-Z])[ \t]+as[ \t]+in[ \t]+(?-i:[A-Z][a-z]+),?[ \t]+)*"
        rf"{_SPOKEN_ID_TOKEN}(?:(?:[ \t]*,[ \t]*|[ \t]+|-){_SPOKEN_ID_TOKEN}){{4,}})(?<!,[ \t]I)(?<!,I)(?![\w-])"),
     _spoken_id_ok, 0.6, None),
    # The last digits of a number asked for to check who one is: "they asked for the last four of
    # my Social, six one one eight", "the last 4 digits of my SSN are 6118".
    ("NATIONAL_ID", re.compile(rf"(?i:\blast[ \t]+(?:four|4|five|5|six|6)(?:[ \t]+digits)?[ \t]+of[ \t]+(?:my|his|her|their)"
                               r"[ \t]+[\w-]+(?:[ \t]+(?:number|no\.?|#))?(?:[ \t]+(?:is|are|was|were))?[ \t]*[,:]?[ \t]*)"
                               rf"(?P<value>(?:{_SAID_DIGIT}|\d)(?:(?:[ \t]*,[ \t]*|[ \t]+|-)(?:{_SAID_DIGIT}|\d)){{3,5}}(?![\w-])|"
                               rf"\d{{4,6}}(?![\w-])(?![ \t]+(?i:{_NOT_A_RECORD_AFTER})\b))"), None, 0.6, None),
    # A patent's number names its inventors: "I'm inventor on EP 4 112 356", "WO 2021/123456",
    # "US 11,234,567 B2", "US patent 11,234,567" (a US number needs its kind code or the word
    # "patent": "revenue was US 4,350,250" is an amount).
    ("NATIONAL_ID", re.compile(r"(?<![\w-])(?:(?:EP|WO)[ \t]?(?:\d{1,2}[ \t,]?\d{3}[ \t,]?\d{3}|\d{4}/\d{6,7})(?:[ \t]?[AB]\d)?|"
                               r"US[ \t]?(?:\d{1,2},?\d{3},?\d{3}|\d{4}/\d{7})[ \t]?[AB]\d|"
                               r"(?<=patent[ \t])(?:US[ \t]?)?\d{1,2},?\d{3},?\d{3}|(?<=patent[ \t]US[ \t])\d{1,2},?\d{3},?\d{3})(?![\w-])"),
     None, 0.6, None),
    # Capitals said one by one, then four digits or more in words, with no id word needed: "the case
    # reference came out as, um, E R twenty-three oh four one seven", "his insurance number read
    # out in a meeting, J T four eight two nine seven one C", "A B C P K four eight two one M".
    # (five number words, or four and letters after them: not "an R T X four zero nine zero" card,
    # nor a price, "U S D twenty nine ninety nine")
    ("NATIONAL_ID", re.compile(
        rf"(?<![\w-])(?!(?:U[ \t]+S[ \t]+D|E[ \t]+U[ \t]+R|G[ \t]+B[ \t]+P|I[ \t]+N[ \t]+R)\b)(?-i:[A-Z](?:[ \t]+[A-Z]){{1,5}})"
        rf"(?:(?:[ \t]+(?i:{_NUMBER_WORDS})(?:-(?i:{_NUMBER_WORDS}))?){{5,}}(?:[ \t]+(?-i:[A-Z]{{1,2}}))?|"
        rf"(?:[ \t]+(?i:{_NUMBER_WORDS})(?:-(?i:{_NUMBER_WORDS}))?){{4}}[ \t]+(?-i:[A-Z]{{1,2}}))(?![\w-])"), None, 0.6, None),
    # Digits said one by one with a capital among them, with no id word needed: "I typed it in,
    # one seven C zero nine two five O", "C one seven zero nine two five four" (a phone number
    # has no letter but an "O" for zero).
    ("NATIONAL_ID", re.compile(
        # (said without pauses: "one B, two C, three A" is an answer key; an "X" is an extension)
        rf"(?<![\w-])(?:(?:{_SAID_DIGIT}|(?-i:[B-HJ-NP-WYZ]))(?:[ \t]+|-))"
        rf"(?:(?:{_SAID_DIGIT}|(?-i:[A-HJ-WYZ]))(?:[ \t]+|-)){{5,}}"
        rf"(?:{_SAID_DIGIT}|(?-i:[A-HJ-WYZ]))(?![\w-])(?![ \t]+for[ \t]+[A-Z])"),
     lambda s: len(re.findall(r"\b(?-i:[B-HJ-NP-WYZ])\b", s)) >= 1 and len(re.findall(r"\b[a-z]{2,}\b", s)) >= 5 or None,
     0.6, None),
    # A code of capitals and digits, or of digits joined by slashes and dashes, long enough to name
    # one record: "GSTIN 27AAKPD4419M1Z2", "UNHCR case number 555-23C04412", "NIM 21/478123/PA/20891".
    ("NATIONAL_ID", re.compile(r"(?<![\w/.+-])(?=[A-Z0-9/-]*\d)[A-Z0-9](?:[A-Z0-9]|[/-](?=[A-Z0-9])){10,24}(?![\w/-]|[.,]\d)"),
     _mixed_code_ok, 0.55, 0.55),
    # Letters, then digits in groups ("refugee ID RAS-254-0087731", "KX-44129-B"), after an id word.
    ("NATIONAL_ID", re.compile(r"(?<![\w.,/-])[A-Z]{1,4}(?:[ \t]?-[ \t]?|[ \t])?\d{2,10}(?:-\d{2,10}){0,2}(?:-[A-Z\d]{1,3})?(?![\w/-])"),
     lambda s: False if len(_digits(s)) >= 6 else None, 0.0, 0.6),
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
                # The id itself: its named group when the pattern has a cue around it.
                start, end = value_span(m)
                verdict = True if valid is None else valid(text[start:end])
                if verdict:
                    out.append(_result(entity, start, end, score, self))
                elif verdict is False and ctx_score is not None \
                        and _ID_CONTEXT.search(text, max(0, m.start() - 40), m.start()):
                    out.append(_result(entity, m.start(), m.end(), ctx_score, self))
        return out


# Land plots, title deeds, vehicle and other register numbers after their cue ("plot no. 431/4",
# "plots nos. 260, 268 and 119/5", "registration no. D-4840"): they point at one owner.
_REGISTRY_CUE = re.compile(
    r"\b(?i:plots?|parcels?|sheet/plan|blocks?|title\s+deeds?|land\s+register|cadastral|"
    r"registration|licen[cs]e\s+plate|number\s+plate|matricule|matr[ií]cula)[ \t]*[,:]?[ \t]+(?:(?i:no|nos|numbers?|nr)\.?[ \t]*)?"
    r"(?=[A-Z]{0,3}-?\d)")
# ("PT-0417/2019", "604 218/B": a register's letters, and digits grouped with a space)
_REGISTRY_CODE = re.compile(r"[A-Z]{0,3}-?\d[\w/.-]*(?:[ \t]\d[\w/.-]*)?(?<![.-])")
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


# Currency letters or signs written before an amount ("Rs250000", "KES 150000", "$ 1200000").
_CURRENCY_CODES = r"(?:Rs|INR|KES|KSh|Ksh|USD|EUR|GBP|NGN|ZAR|PHP|IDR|Rp|RM|BDT|Tk|PKR|LKR|GHS|UGX|TZS|MXN|COP|CLP|ARS|BRL)"
_CURRENCY = rf"(?:{_CURRENCY_CODES}|N|R|K|P)"
_UNITS = (r"k|m|b|x|km|kg|g|mah|rpm|mb|gb|kb|tb|hz|khz|mhz|ghz|px|ms|ml|mg|kwh|wh|w|v|l|t|s|th|st|nd|rd|"
          r"sqft|ft|m2|cc")

# Inside a code: a hyphen or slash, or a dot only beside a digit ("R.48217"; never a host
# name's, "site.com/u/1234567").
_CODE_JOIN = r"(?:[/-]|\.(?=\d)|(?<=\d)\.)"
_CODE_CHAR = rf"(?:[A-Za-z\d]|{_CODE_JOIN}(?=[A-Za-z\d]))"
# A product's, publication's or classification's code names no one: "Our SKU ABCD991399XYZ",
# "ISBN ...", "HS code 847130", "GL account 400100". (Not a bare "part" or "build": "the part:
# 00417723" may be one's own code.)
_PRODUCT_CODE = (r"\b(?i:sku|(?:model|part|catalog(?:ue)?)[ \t]+(?:no\.?|number)|product[ \t]+code|item[ \t]+code|"
                 r"article[ \t]+number|version|isbn|issn|doi|pmid|arxiv|(?:hs|naics|sic|isic|nace|tariff|error|exit|status)"
                 r"[ \t]+code|gl[ \t]+account|etsi(?:[ \t]+(?:ts|en|tr))?)(?:[ \t]+(?:is|was))?[ \t]*[:#]?")
# Software, security and hardware codes: "KB5034441", "CVE-2021-44228", "ORA-00942", "0x80070005",
# "i7-12700H", and a version or build, "mine is v20241 on the build server".
_TECH_CODE = r"(?:KB\d|CVE-|ORA-|0x|i[3579]-\d|v\d)"
# Standards have numbers this long too: "ISO27001", "IEC 62304".
_STANDARD = r"(?:ISO|IEC|EN|BS|DIN|IEEE|ASTM|SANS|NFPA|RFC|ANSI|AS|NZS|JIS|GB|ETSI)"


def long_digit_code_recognizer() -> RegexRecognizer:
    """A code with a run of five digits or more ("CNRS-081573", "KAKENHI 23K18945", "mine is
    ma48523"), or six digits or more on their own ("for the consent form, is 00417723"), with no
    id word needed: in an interview such a number names a record, a phone or a place. Every one
    of the about 1,100 in the hand-written sets is labelled so, and TAB has none outside its
    codes. Amounts and measures look alike, so not with a currency before it or a unit or a
    count after it ("Rs250000", "20000mAh", "150000 users"), and not inside a link, a handle or
    a decimal."""
    return RegexRecognizer(
        "NATIONAL_ID",
        [(r"(?<![\w.,/+#@$€£¥₹₦₱₩₫₽:-])"
          rf"(?!(?:{_CURRENCY}|Rs\.)\d+(?![\w./-]))(?!\d+(?i:{_UNITS})(?![\w./-]))(?!{_STANDARD}[ -]?\d)(?!{_TECH_CODE})"
          rf"(?:(?={_CODE_CHAR}*?[A-Za-z])(?={_CODE_CHAR}*?\d{{5}})[A-Za-z\d]+(?:{_CODE_JOIN}[A-Za-z\d]+)*|\d{{6,}})"
          # (a round number is an amount or a count: "we raised 2000000", "about 120000 customers")
          rf"(?<!000)(?![\w/@-]|[.,:]\d|[ \t]+(?i:{_NOT_A_RECORD_AFTER})\b)", 0.4)],
        name="ClearanceLongDigitCodeRecognizer",
        # (a currency's single letter only joined to its amount: "my code is P 448213"; a format's
        # example, "ticket numbers look like ZA-40391", is none, unless said to be one's own)
        not_after=re.compile(rf"(?:\b(?:{_CURRENCY_CODES}|Rs\.)|[$€£¥₹₦₱₩₫₽]|\b{_STANDARD}|{_PRODUCT_CODE}|"
                             r"\b(?i:looks?[ \t]+like|e\.g\.|for[ \t]+example|such[ \t]+as))[ \t]*$"),
    )
