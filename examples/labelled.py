"""Deterministic generator of *labelled* synthetic interviews, for measuring detection.

Why this exists: ``examples/generate.py`` makes a demo corpus, but nobody knows exactly
where its personal data sits, so it cannot say what the scan misses. This generator
writes every identifying value (and every harmless look-alike) through a builder that
records its exact character span, so ``anonymize.evaluate.score_labelled`` can compute
recall and precision. It deliberately covers what off-the-shelf Presidio is weak at:
names from many locales, first names after an introduction, possessives, lower-case
names after a cue ("my boss dave"), names that are ordinary words ("my colleague Will"),
the interviewer echoing the name, obfuscated emails and phones, handles, profile URLs,
street addresses, national id numbers, free-form dates.

Each row: ``transcript_id``, ``locale``, ``text`` (``AI: ...`` / ``User: ...`` turns) and
``spans``: ``{start, end, entity_type, kind, phenomenon}`` where kind is ``direct``,
``quasi``, ``obfuscated`` (a direct identifier written to dodge pattern matching) or
``decoy`` (text that must survive: AI products, software, public figures discussed as
such, generic roles, weekdays/months used generically, countries and continents).

Determinism: transcript *i* draws only from ``random.Random(f"...:{seed}:{i}")`` and
re-seeds Faker from it before every draw, so the same seed (and Faker version) gives
byte-identical output, and ``n=30`` is a prefix of ``n=60``.

    python examples/labelled.py                    # examples/labelled_dev.jsonl, 60 transcripts
    python examples/labelled.py --n 200 --seed 7 --out /tmp/labelled_test.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

from faker import Faker

DEFAULT_N = 60
DEFAULT_SEED = 20261203
DEFAULT_OUT = Path(__file__).resolve().parent / "labelled_dev.jsonl"

DIRECT, QUASI, OBFUSCATED, DECOY = "direct", "quasi", "obfuscated", "decoy"


# ---------------------------------------------------------------------------------------
# Per-locale material. Cities and universities are real (NER models know real places;
# Faker's invented towns like "Kennedyfurt" would test something else). National id
# numbers are made by Faker where it has a provider, else built to the right shape.
# ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Locale:
    country: str
    cities: tuple[str, ...]
    schools: tuple[str, ...]
    id_label: str
    mail_domains: tuple[str, ...] = ()


LOCALES: dict[str, Locale] = {
    "en_US": Locale("the US", ("Columbus", "Portland", "Austin", "Raleigh", "Denver", "Tucson",
                               "Omaha", "Sacramento", "Pittsburgh", "Albuquerque"),
                    ("the University of Michigan", "Ohio State University", "Purdue University",
                     "Lincoln High School", "Arizona State University"),
                    "Social Security number", ("yahoo.com", "aol.com")),
    "en_GB": Locale("the UK", ("Leeds", "Bristol", "Glasgow", "Cardiff", "Sheffield", "Norwich"),
                    ("the University of Leeds", "Imperial College London", "King's College London",
                     "the University of Glasgow"),
                    "National Insurance number", ("btinternet.com", "hotmail.co.uk")),
    "en_IN": Locale("India", ("Pune", "Chennai", "Lucknow", "Kochi", "Indore", "Bengaluru"),
                    ("IIT Bombay", "Delhi University", "Anna University", "the University of Mumbai"),
                    "Aadhaar number", ("rediffmail.com", "yahoo.co.in")),
    "es_MX": Locale("Mexico", ("Guadalajara", "Monterrey", "Puebla", "Mérida", "Querétaro"),
                    ("the Universidad de Guadalajara", "Tec de Monterrey", "UNAM"),
                    "CURP", ("hotmail.com", "prodigy.net.mx")),
    "pt_BR": Locale("Brazil", ("São Paulo", "Recife", "Curitiba", "Belo Horizonte", "Fortaleza"),
                    ("the Universidade de São Paulo", "Unicamp", "UFMG"),
                    "CPF", ("uol.com.br", "bol.com.br")),
    "de_DE": Locale("Germany", ("Leipzig", "Freiburg", "Köln", "Bremen", "Dresden", "Münster"),
                    ("the Technical University of Munich", "RWTH Aachen", "Universität Heidelberg"),
                    "tax ID", ("gmx.de", "web.de")),
    "fr_FR": Locale("France", ("Lyon", "Toulouse", "Nantes", "Lille", "Rennes", "Montpellier"),
                    ("Sciences Po", "the Université de Lyon", "École Polytechnique"),
                    "numéro de sécurité sociale", ("orange.fr", "free.fr")),
    "it_IT": Locale("Italy", ("Bologna", "Torino", "Napoli", "Firenze", "Bari", "Verona"),
                    ("the Politecnico di Milano", "Bocconi University", "the Università di Bologna"),
                    "codice fiscale", ("libero.it", "tiscali.it")),
    "pl_PL": Locale("Poland", ("Kraków", "Łódź", "Gdańsk", "Wrocław", "Poznań", "Lublin"),
                    ("Jagiellonian University", "the Warsaw University of Technology"),
                    "PESEL", ("wp.pl", "onet.pl")),
    "tr_TR": Locale("Turkey", ("İzmir", "Ankara", "Bursa", "Eskişehir", "Antalya", "Konya"),
                    ("Boğaziçi University", "METU", "Ankara Üniversitesi"),
                    "TC kimlik number", ("yandex.com.tr", "hotmail.com.tr")),
    "vi_VN": Locale("Vietnam", ("Hanoi", "Đà Nẵng", "Huế", "Hải Phòng", "Cần Thơ"),
                    ("Hanoi University of Science and Technology", "RMIT Vietnam",
                     "the Vietnam National University"),
                    "citizen ID number", ("yahoo.com.vn",)),
    "id_ID": Locale("Indonesia", ("Bandung", "Surabaya", "Yogyakarta", "Medan", "Semarang"),
                    ("Universitas Indonesia", "ITB", "Universitas Gadjah Mada"),
                    "NIK", ("yahoo.co.id",)),
    "fil_PH": Locale("the Philippines", ("Quezon City", "Cebu City", "Davao", "Iloilo", "Baguio"),
                     ("Ateneo de Manila University", "the University of the Philippines",
                      "De La Salle University"),
                     "SSS number", ("yahoo.com.ph",)),
    "yo_NG": Locale("Nigeria", ("Lagos", "Ibadan", "Abeokuta", "Ilorin", "Akure"),
                    ("the University of Lagos", "the University of Ibadan", "Covenant University"),
                    "NIN", ("yahoo.com",)),
    "ig_NG": Locale("Nigeria", ("Enugu", "Owerri", "Onitsha", "Awka", "Port Harcourt"),
                    ("the University of Nigeria, Nsukka", "Nnamdi Azikiwe University"),
                    "NIN", ("yahoo.com",)),
    "ha_NG": Locale("Nigeria", ("Kano", "Kaduna", "Zaria", "Sokoto", "Abuja"),
                    ("Ahmadu Bello University", "Bayero University Kano"),
                    "NIN", ("yahoo.com",)),
    "zu_ZA": Locale("South Africa", ("Durban", "Pietermaritzburg", "Johannesburg", "Soweto"),
                    ("the University of KwaZulu-Natal", "Wits University", "UNISA"),
                    "ID number", ("webmail.co.za", "mweb.co.za")),
    "en_KE": Locale("Kenya", ("Nairobi", "Mombasa", "Kisumu", "Eldoret", "Nakuru"),
                    ("the University of Nairobi", "Strathmore University", "Moi University"),
                    "ID number", ("yahoo.com",)),
    "nl_NL": Locale("the Netherlands", ("Utrecht", "Eindhoven", "Groningen", "Leiden", "Haarlem"),
                    ("TU Delft", "the University of Amsterdam", "Erasmus University Rotterdam"),
                    "BSN", ("ziggo.nl", "kpnmail.nl")),
    "ro_RO": Locale("Romania", ("Cluj-Napoca", "Iași", "Timișoara", "Brașov", "Constanța"),
                    ("Babeș-Bolyai University", "the University of Bucharest"),
                    "CNP", ("yahoo.ro",)),
}
LOCALE_NAMES = tuple(LOCALES)
# Participant locales cycle by transcript index, so 60 transcripts hold every locale at
# least twice (en_US, en_GB and en_IN more often, as in a mostly English-speaking pool).
LOCALE_CYCLE = LOCALE_NAMES + ("en_US", "en_US", "en_GB", "en_IN")
# Colleagues are drawn from any locale: teams are mixed.
LOCALE_WEIGHTS = tuple(4 if loc == "en_US" else 2 if loc in ("en_GB", "en_IN") else 1
                       for loc in LOCALE_NAMES)

FREE_MAIL = ("gmail.com", "gmail.com", "outlook.com", "hotmail.com", "proton.me", "icloud.com")

# First names that are also ordinary English words: only the context says "person".
WORD_NAMES = ("Will", "Grace", "Hope", "Mark", "Bill", "Rose", "June", "Drew", "Sunny", "Faith",
              "Joy", "Amber", "Dawn", "Hunter", "Chase", "Summer", "Rich", "Frank", "Jack",
              "Pat", "Iris", "Ruby", "Cliff", "Art", "Ray", "Dean", "Miles", "Wade", "Sky")

TITLES = ("Data Analyst", "Senior Software Engineer", "Product Manager", "Marketing Coordinator",
          "HR Business Partner", "Financial Analyst", "Paralegal", "Account Executive",
          "Customer Success Manager", "UX Designer", "Operations Manager", "Technical Writer",
          "Recruiter", "Supply Chain Analyst", "Research Scientist", "Compliance Officer",
          "Staff Accountant", "Business Analyst", "Claims Adjuster", "Mechanical Engineer",
          "Executive Assistant", "Grant Writer", "Logistics Coordinator", "DevOps Engineer",
          "Clinical Research Coordinator", "Procurement Specialist", "Customer Support Lead")
FIELDS = ("economics", "computer science", "English", "psychology", "mechanical engineering",
          "business administration", "biology", "statistics", "history", "nursing")

AI_PRODUCTS = ("ChatGPT", "Claude", "Copilot", "Gemini", "Perplexity")
SOFTWARE = ("Excel", "Jira", "Slack", "Python", "Notion", "Figma", "Salesforce", "Tableau",
            "PowerPoint", "Zoom")
PUBLIC_FIGURES = ("Sam Altman", "Elon Musk", "Satya Nadella", "Sundar Pichai", "Dario Amodei",
                  "Andrew Ng", "Geoffrey Hinton", "Jensen Huang", "Mark Zuckerberg", "Bill Gates",
                  "Yann LeCun", "Demis Hassabis")
GENERIC_ROLES = ("my manager", "the team lead", "our director", "the client", "my skip-level",
                 "the intern", "our CFO", "the new hire")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
COUNTRIES = ("Canada", "Germany", "Japan", "Brazil", "India", "Australia", "Spain", "Kenya",
             "Mexico", "Sweden")
CONTINENTS = ("Europe", "Asia", "Africa", "Latin America", "South America", "North America")

_TRANSLIT = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ß": "ss",
                           "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE"})
_FULLWIDTH = str.maketrans({str(d): chr(0xFF10 + d) for d in range(10)})
_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060")


def _slug(text: str) -> str:
    """Lower-case ASCII letters/digits of a name, for emails, handles and URLs."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    return "".join(ch for ch in decomposed.lower() if ch.isascii() and ch.isalnum())


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ---------------------------------------------------------------------------------------
# The builder: every labelled value goes through `ent`, which records its exact offsets.
# ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Ent:
    value: str
    entity_type: str
    kind: str
    phenomenon: str


Part = Union[str, Ent]
Slot = Union[str, Ent, list]  # a list of Parts for slots like "a Data Analyst"

_FORMATTER = string.Formatter()


@dataclass
class _Doc:
    parts: list[str] = field(default_factory=list)
    spans: list[dict] = field(default_factory=list)
    length: int = 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def ent(self, e: Ent) -> None:
        start = self.length
        self.add(e.value)
        self.spans.append({"start": start, "end": self.length, "entity_type": e.entity_type,
                           "kind": e.kind, "phenomenon": e.phenomenon, "_value": e.value})

    def put(self, part: Slot) -> None:
        if isinstance(part, Ent):
            self.ent(part)
        elif isinstance(part, list):
            for p in part:
                self.put(p)
        else:
            self.add(part)

    def fill(self, template: str, slots: dict[str, Slot]) -> None:
        for literal, name, _spec, _conv in _FORMATTER.parse(template):
            if literal:
                self.add(literal)
            if name is not None:
                self.put(slots[name])

    def finish(self) -> tuple[str, list[dict]]:
        text = "".join(self.parts)
        spans = []
        for sp in self.spans:
            value = sp.pop("_value")
            assert text[sp["start"]:sp["end"]] == value, (sp, value)
            spans.append(sp)
        starts = sorted((s["start"], s["end"]) for s in spans)
        assert all(a[1] <= b[0] for a, b in zip(starts, starts[1:])), "overlapping gold spans"
        return text, spans


# ---------------------------------------------------------------------------------------
# Templates. {slot} names are filled by _Persona.slots(); each call draws fresh values
# for the per-sentence slots (dates, decoys), while people and ids stay fixed.
# ---------------------------------------------------------------------------------------

INTRO_Q = (
    "Thanks for joining today. Could you introduce yourself and tell me what you do?",
    "Let's start with some background. Who are you, and where do you work?",
    "Hi, and thank you for taking part. To begin, could you say a bit about yourself and your job?",
)
INTRO_A = (
    "Sure. My name is {full}, and I'm {a_title} at {employer}.",
    "Hi, I'm {full}. I work as {a_title} for {employer} here in {city}.",
    "I'm {full}, {title} at {employer}. I've been there about four years.",
    "Of course. I'm {full}, I'm {age_im}, and I'm {a_title} with {employer}.",
    "My name's {full}, but everyone at {employer} just calls me {first_self}. I'm {a_title} there.",
    "Okay, so I'm {full}. Right now I'm {a_title} at {employer}, based in {city}.",
)
INTRO_EXTRA = (
    "I grew up in {hometown} and moved to {city} for work.",
    "I'm {age_im}, so I've watched a lot of tools come and go.",
    "As a {age_yo}-year-old in tech, I'm usually the one asking the basic questions.",
    "Our office is at {street}, but I'm remote on {weekdays}.",
    "I live at {street} in {city}, about twenty minutes from the office.",
    "Before this I was {a_prev_title} at {prev_employer}.",
)
TOOLS_Q = (
    "Thanks, {echo}. Which AI tools do you use at work, and for what?",
    "That's helpful, {echo}. How did you first start using AI in your job?",
    "Great, thank you {echo}. Can you walk me through where AI shows up in a normal week?",
)
TOOLS_A = (
    "Mostly {ai}, and sometimes {ai2} when I want a second opinion.",
    "I keep {ai} open next to {sw} pretty much all day.",
    "We started with {ai} on {date}, after {col_full} showed the team a demo. {col_first} still runs our prompt library.",
    "I use {ai} to write {excel} formulas and to clean up {jira} tickets.",
    "Most of my {python} scripts start as a {ai} draft now.",
    "My colleague {wordname} was the first to try {ai}; {wordname_again} basically trained the rest of us.",
    "I borrowed {poss}'s prompts for {sw} and changed them a bit.",
    "On {weekdays} I batch all my reports, and {ai} drafts the summaries.",
    "Our rollout date was {date}, and within a month everyone was using {ai}.",
)
TEAM_Q = (
    "How does your team feel about these tools?",
    "How have the people around you reacted to AI at work?",
    "What does your manager think about it?",
)
TEAM_A = (
    "Honestly my boss {lc_name} didn't care at first, he just wanted the numbers on time.",
    "so i asked my coworker {lc_name} and she said just paste the whole thing into {ai}.",
    "{col_full} is the skeptic on our team. {col_first} checks everything {ai} writes twice.",
    "{poss}'s team went all in, mine was slower.",
    "{generic_role} loves it, but {generic_role2} worries about mistakes.",
    "When I told {generic_role} I'd used {ai}, the only question was whether the numbers were right.",
    "Every {month_generic} we do planning, and this year {ai} wrote the first draft.",
    "Oh, and {wordname} from finance still refuses to touch {sw}, let alone {ai}.",
)
PRIVACY_Q = (
    "Do you ever share personal details with these tools, yours or other people's?",
    "Have you ever worried about what information ends up in an AI tool?",
    "How careful are you about personal data when you use AI?",
)
PRIVACY_A = (
    "Once I pasted my whole email signature by accident: {full}, {phone}, {email}.",
    "If you need to follow up, it's {email}, or call me on {phone}.",
    "I even pasted my {id_label}, {national_id}, into a form the bot was filling in. Not my best moment.",
    "A chatbot once asked for my {id_label} and I typed {national_id} before I thought about it.",
    "I post about this stuff as {handle}, mostly rants about {ai}.",
    "My profile is at {profile_url} if you want to see what I've built.",
    "The invoice went to {street}, which is my home address, so I had to redact it by hand.",
)
# One of these in every transcript: obfuscated contact details are what regexes miss.
PRIVACY_OBFUSCATED = (
    "I always write my email as {email_obf} on forums, so scrapers can't grab it.",
    "My email is {email_obf} if you want the examples I mentioned.",
    "In my bio it's {email_obf}, which the bots apparently can't read.",
    "People text me at {phone_obf} because I type my number like that everywhere online.",
    "You can reach me on {phone_obf}, I write it like that on purpose.",
)
BACKGROUND_Q = (
    "Could you tell me about your background before this role?",
    "How did you end up in this line of work?",
    "What did your career look like before AI tools came along?",
)
BACKGROUND_A = (
    "I studied {field} at {school} and graduated in {grad_year}.",
    "I grew up in {hometown}, went to {school}, and then moved to {city}.",
    "Before {employer}, I was {a_prev_title} at {prev_employer} for six years.",
    "I started at {prev_employer} on {date}, straight out of {school}.",
    "I was born on {dob}, so I'm {age_im} now.",
    "I turned {age_turned} the week we got {ai}, which felt symbolic.",
    "My first manager, {old_mgr}, taught me to write everything down.",
    "I spent a year in {country}, which is where I first used {sw}.",
)
VIEWS_Q = (
    "What do you make of the wider conversation about AI?",
    "Where do you think this is all heading?",
    "Do you follow the public debate about AI at all?",
)
VIEWS_A = (
    "When {public} says these models will replace whole jobs, I roll my eyes a little.",
    "I'm not like {public}, I don't think it changes everything overnight.",
    "I watched the {public} interview everyone shared; {public2} said the opposite a week later.",
    "Our teams in {continent} adopted {ai} much faster than the offices in {country}.",
    "Half our customers are in {country}, so {ai} translating drafts is a big deal.",
    "Every {month_generic} there's a new model, and by {weekday_generic} the hype is over.",
    "{generic_role} sends around whatever {public} posted that week.",
)
CLOSING_Q = (
    "Thank you so much, {echo}. Is there anything else you'd like to add?",
    "This has been really useful, {echo}. Anything we didn't cover?",
    "{echo}, thanks for your time. Any last thoughts?",
)
CLOSING_A = (
    "No, I think that covers it. Thanks for having me.",
    "Just that people should be careful what they paste. Feel free to reach me at {email}.",
    "Only that I'd do this again. My number is {phone} if you need anything.",
    "Not really. Say hi to {generic_role} for me, ha.",
)


class _Fakers:
    """One Faker per locale, re-seeded from the caller's rng before every draw."""

    def __init__(self) -> None:
        self._fakers: dict[str, Faker] = {}

    def get(self, rng: random.Random, locale: str) -> Faker:
        if locale not in self._fakers:
            self._fakers[locale] = Faker(locale)
        fk = self._fakers[locale]
        fk.seed_instance(rng.getrandbits(64))
        return fk


def _first_name(fk: Faker, locale: str, rng: random.Random) -> str:
    if locale == "vi_VN":  # vi_VN.first_name() yields "John"/"Jane"
        return fk.first_name_male() if rng.random() < 0.5 else fk.first_name_female()
    return fk.first_name()


class _Persona:
    """Everything fixed for one transcript; `slots()` adds fresh per-sentence values."""

    def __init__(self, rng: random.Random, fakers: _Fakers, locale: str) -> None:
        self.rng = r = rng
        self.fakers = fakers
        self.locale = locale
        self.info = LOCALES[self.locale]
        fk = fakers.get(r, self.locale)
        self.first = _first_name(fk, self.locale, r)
        self.last = fk.last_name()
        # Colleagues come from any locale: teams are mixed.
        self.col = self._person()
        self.poss = self._person()
        self.old_mgr = self._person()
        self.lc = _first_name(fakers.get(r, "en_US"), "en_US", r) if r.random() < 0.5 \
            else self._person()[0]
        self.lc_last = fakers.get(r, "en_US").last_name()
        self.wordname = r.choice(WORD_NAMES)
        self.employer = self._company()
        self.prev_employer = self._company()
        self.title = r.choice(TITLES)
        self.prev_title = r.choice([t for t in TITLES if t != self.title])
        self.city, self.hometown = r.sample(self.info.cities, 2)
        self.school = r.choice(self.info.schools)
        self.age = r.randint(23, 64)
        self.field = r.choice(FIELDS)
        self.grad_year = 2025 - self.age + 22 + r.randint(0, 2)
        fk = fakers.get(r, self.locale)
        self.street = fk.street_address().replace("\n", ", ")
        self.national_id = self._national_id()
        self.email = self._email()
        self.phone_digits = self._phone_digits()
        self.handle = self._handle()
        self.ai, self.ai2 = r.sample(AI_PRODUCTS, 2)

    # -- fixed values -------------------------------------------------------------------
    def _person(self) -> tuple[str, str]:
        loc = self.rng.choices(LOCALE_NAMES, weights=LOCALE_WEIGHTS)[0]
        fk = self.fakers.get(self.rng, loc)
        return _first_name(fk, loc, self.rng), fk.last_name()

    def _company(self) -> str:
        loc = self.locale if self.rng.random() < 0.5 else "en_US"
        return self.fakers.get(self.rng, loc).company()

    def _email(self) -> str:
        r = self.rng
        first, last = _slug(self.first.split()[0]), _slug(self.last.split()[-1])
        local = r.choice((f"{first}.{last}", f"{first}{last}", f"{first[:1]}{last}",
                          f"{first}_{last}{r.randint(1, 99)}"))
        company = _slug(self.employer.split()[0].strip(",")) or "work"
        domain = r.choice(FREE_MAIL + self.info.mail_domains + (f"{company}.com",))
        return f"{local}@{domain}"

    def _handle(self) -> str:
        r = self.rng
        first, last = _slug(self.first.split()[0]), _slug(self.last.split()[-1])
        return r.choice((f"{first}_{last}", f"{first}{last}{r.randint(1, 99)}",
                         f"{first[:1]}{last}", f"the_{first}", f"{first}codes"))

    def _phone_digits(self) -> str:
        """The locale's own formats (extensions dropped: nobody dictates an extension)."""
        r = self.rng
        digits = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        mobile = {"yo_NG": "+234 80{} {} {}", "ig_NG": "+234 80{} {} {}", "ha_NG": "+234 80{} {} {}",
                  "en_KE": "+254 7{} {} {}", "zu_ZA": "+27 8{} {} {}", "fil_PH": "+63 9{} {} {}"}
        if self.locale in mobile:  # Faker gives these locales US numbers
            return mobile[self.locale].format(digits(1), digits(3), digits(4))
        number = self.fakers.get(r, self.locale).phone_number().split("x")[0].strip()
        if sum(ch.isdigit() for ch in number) < 9:  # e.g. tr_TR's "383 4 423"
            number = f"0{digits(3)} {digits(3)} {digits(4)}"
        return number

    def _national_id(self) -> str:
        r, loc = self.rng, self.locale
        fk = self.fakers.get(r, loc)
        digits = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        if loc == "en_US":
            return fk.ssn()
        if loc == "en_GB":
            pre = r.choice(("AB", "JG", "KL", "NP", "SC", "TW", "WE"))
            return f"{pre} {digits(2)} {digits(2)} {digits(2)} {r.choice('ABCD')}"
        if loc == "en_IN":
            a = fk.aadhaar_id()
            return f"{a[:4]} {a[4:8]} {a[8:]}"
        if loc == "es_MX":
            return fk.curp()
        if loc == "pt_BR":
            return fk.cpf()
        if loc in ("fr_FR", "it_IT", "pl_PL", "tr_TR", "nl_NL", "ro_RO"):
            return fk.ssn()
        if loc == "de_DE":
            return f"{r.randint(1, 9)}{digits(1)} {digits(3)} {digits(3)} {digits(3)}"
        if loc == "id_ID":
            return digits(16)
        if loc == "fil_PH":
            return f"{digits(2)}-{digits(7)}-{digits(1)}"
        if loc == "zu_ZA":
            return digits(13)
        if loc == "en_KE":
            return digits(8)
        return digits(11)  # Nigeria NIN and the rest

    # -- per-use values -----------------------------------------------------------------
    def _date(self) -> Ent:
        r = self.rng
        y, m, d = r.randint(2015, 2025), r.randint(1, 12), r.randint(1, 28)
        style = r.randrange(5)
        value, phen = (
            (f"{MONTHS[m - 1]} {_ordinal(d)}, {y}", "date_month_ordinal"),
            (f"{m}/{d}/{y}", "date_numeric"),
            (f"{d} {MONTHS[m - 1]} {y}", "date_day_month"),
            (f"{MONTHS[m - 1]} {d}, {y}", "date_month_day"),
            (f"{y}-{m:02d}-{d:02d}", "date_iso"),
        )[style]
        return Ent(value, "DATE", QUASI, phen)

    def _phone(self) -> Ent:
        r = self.rng
        if r.random() < 0.5:
            return Ent(self.phone_digits, "PHONE_NUMBER", DIRECT, "phone_locale_format")
        a, b, c = f"{r.randint(201, 989)}", f"{r.randint(201, 989)}", f"{r.randint(0, 9999):04d}"
        return Ent(f"{a}.{b}.{c}", "PHONE_NUMBER", DIRECT, "phone_dotted")

    def _phone_obf(self) -> Ent:
        r = self.rng
        digits = "".join(ch for ch in self.phone_digits if ch.isdigit())
        if r.random() < 0.5:
            return Ent(" ".join(digits), "PHONE_NUMBER", OBFUSCATED, "phone_spaced_digits")
        return Ent(self.phone_digits.translate(_FULLWIDTH), "PHONE_NUMBER", OBFUSCATED,
                   "phone_fullwidth")

    def _email_obf(self) -> Ent:
        r = self.rng
        local, domain = self.email.split("@")
        style = r.randrange(4)
        if style == 0:
            spoken = lambda s: " dot ".join(s.split("."))  # noqa: E731
            return Ent(f"{spoken(local)} at {spoken(domain)}", "EMAIL_ADDRESS", OBFUSCATED,
                       "email_spelled_out")
        if style == 1:
            return Ent(f"{local}[at]{domain.replace('.', '[dot]')}", "EMAIL_ADDRESS", OBFUSCATED,
                       "email_brackets")
        if style == 2:
            return Ent(f"{local} (at) {domain.replace('.', ' (dot) ')}", "EMAIL_ADDRESS",
                       OBFUSCATED, "email_brackets")
        cut = r.randint(1, len(local) - 1) if len(local) > 1 else 1
        return Ent(f"{local[:cut]}{r.choice(_ZERO_WIDTH)}{local[cut:]}@{domain}", "EMAIL_ADDRESS",
                   OBFUSCATED, "email_zero_width")

    def _profile_url(self) -> Ent:
        r = self.rng
        value = r.choice((f"linkedin.com/in/{self.handle.replace('_', '-')}",
                          f"https://www.linkedin.com/in/{self.handle.replace('_', '-')}",
                          f"github.com/{self.handle}", f"https://github.com/{self.handle}"))
        return Ent(value, "URL", DIRECT, "profile_url")

    def _article(self, word: str) -> str:
        return "an" if word[:1].lower() in "aeiou" and not word.startswith("UX") else "a"

    def slots(self) -> dict[str, Slot]:
        r = self.rng
        name = lambda v, phen: Ent(v, "PERSON", DIRECT, phen)  # noqa: E731
        quasi = lambda v, t, phen: Ent(v, t, QUASI, phen)  # noqa: E731
        decoy = lambda v, t, phen: Ent(v, t, DECOY, phen)  # noqa: E731
        title = quasi(self.title, "JOB_TITLE", "job_title_with_employer")
        prev_title = quasi(self.prev_title, "JOB_TITLE", "job_title_with_employer")
        ai = self.ai if r.random() < 0.6 else r.choice(AI_PRODUCTS)
        ai2 = self.ai2 if self.ai2 != ai else r.choice([p for p in AI_PRODUCTS if p != ai])
        sw, sw2 = r.sample(SOFTWARE, 2)
        role, role2 = r.sample(GENERIC_ROLES, 2)
        pub, pub2 = r.sample(PUBLIC_FIGURES, 2)
        lc_value = self.lc.lower() if r.random() < 0.7 else f"{self.lc.lower()} {self.lc_last.lower()}"
        return {
            "full": name(f"{self.first} {self.last}", "full_name"),
            "first_self": name(self.first, "first_name_after_intro"),
            "echo": name(self.first, "interviewer_echo"),
            "col_full": name(f"{self.col[0]} {self.col[1]}", "full_name"),
            "col_first": name(self.col[0], "first_name_after_intro"),
            "poss": name(self.poss[0] if r.random() < 0.6 else f"{self.poss[0]} {self.poss[1]}",
                         "possessive"),
            "old_mgr": name(f"{self.old_mgr[0]} {self.old_mgr[1]}", "full_name"),
            "lc_name": name(lc_value, "lowercase_after_cue"),
            "wordname": name(self.wordname, "word_name_in_person_context"),
            "wordname_again": name(self.wordname, "word_name_in_person_context"),
            "title": title, "a_title": [self._article(self.title) + " ", title],
            "a_prev_title": [self._article(self.prev_title) + " ", prev_title],
            "employer": quasi(self.employer, "ORGANIZATION", "employer"),
            "prev_employer": quasi(self.prev_employer, "ORGANIZATION", "employer"),
            "city": quasi(self.city, "CITY", "city"),
            "hometown": quasi(self.hometown, "CITY", "city"),
            "school": quasi(self.school, "SCHOOL", "school"),
            "age_im": quasi(str(self.age), "AGE", "age_im"),
            "age_yo": quasi(str(self.age), "AGE", "age_year_old"),
            "age_turned": quasi(str(self.age), "AGE", "age_turned"),
            "grad_year": quasi(str(self.grad_year), "DATE", "year"),
            "dob": Ent(f"{MONTHS[r.randint(0, 11)]} {r.randint(1, 28)}, {2025 - self.age}", "DATE",
                       QUASI, "date_of_birth"),
            "date": self._date(),
            "field": self.field,
            "street": Ent(self.street, "ADDRESS", DIRECT, "street_address"),
            "email": Ent(self.email, "EMAIL_ADDRESS", DIRECT, "email_plain"),
            "email_obf": self._email_obf(),
            "phone": self._phone(),
            "phone_obf": self._phone_obf(),
            "handle": Ent(f"@{self.handle}", "SOCIAL_HANDLE", DIRECT, "social_handle"),
            "profile_url": self._profile_url(),
            "id_label": self.info.id_label,
            "national_id": Ent(self.national_id, "NATIONAL_ID", DIRECT,
                               f"national_id_{self.locale}"),
            "ai": decoy(ai, "AI_PRODUCT", "ai_product"),
            "ai2": decoy(ai2, "AI_PRODUCT", "ai_product"),
            "sw": decoy(sw, "SOFTWARE", "software"),
            "sw2": decoy(sw2, "SOFTWARE", "software"),
            "excel": decoy("Excel", "SOFTWARE", "software"),
            "jira": decoy("Jira", "SOFTWARE", "software"),
            "python": decoy("Python", "SOFTWARE", "software"),
            "public": decoy(pub, "PUBLIC_FIGURE", "public_figure"),
            "public2": decoy(pub2, "PUBLIC_FIGURE", "public_figure"),
            "generic_role": decoy(role, "GENERIC_ROLE", "generic_role"),
            "generic_role2": decoy(role2, "GENERIC_ROLE", "generic_role"),
            "weekdays": decoy(f"{r.choice(WEEKDAYS)}s", "GENERIC_TIME", "weekday_generic"),
            "weekday_generic": decoy(r.choice(WEEKDAYS), "GENERIC_TIME", "weekday_generic"),
            "month_generic": decoy(r.choice(MONTHS), "GENERIC_TIME", "month_generic"),
            "country": decoy(r.choice(COUNTRIES), "COUNTRY", "country"),
            "continent": decoy(r.choice(CONTINENTS), "CONTINENT", "continent"),
        }


def _capitalize_first(doc: _Doc, template: str, slots: dict[str, Slot]) -> None:
    """Fill a sentence; a sentence starting with a lower-case decoy role gets it capitalised
    ("My manager loves it"), which is still the same harmless text."""
    head = template.split("}", 1)[0][1:] if template.startswith("{") else None
    if head and isinstance(slots.get(head), (Ent, list)):
        value = slots[head]
        ent = value[0] if isinstance(value, list) else value
        if isinstance(ent, Ent) and ent.kind == DECOY and ent.value[:1].islower():
            slots = {**slots, head: Ent(ent.value[:1].upper() + ent.value[1:], ent.entity_type,
                                        ent.kind, ent.phenomenon)}
    doc.fill(template, slots)


# Slots used by at most one sentence per answer ("I pasted my CPF ... I typed my CPF ...").
ONCE_PER_ANSWER = frozenset({"national_id", "email_obf", "phone_obf", "date"})


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in _FORMATTER.parse(template) if name}


def _answer(doc: _Doc, persona: _Persona, pool: tuple[str, ...], k: int) -> None:
    used: set[str] = set()
    chosen: list[str] = []
    for template in persona.rng.sample(pool, len(pool)):
        once = _fields(template) & ONCE_PER_ANSWER
        if once & used:
            continue
        used |= once
        chosen.append(template)
        if len(chosen) == k:
            break
    for i, template in enumerate(chosen):
        if i:
            doc.add(" ")
        _capitalize_first(doc, template, persona.slots())


def generate_one(index: int, seed: int = DEFAULT_SEED, fakers: _Fakers | None = None) -> dict:
    """Transcript `index` of the set for `seed`; independent of every other index."""
    rng = random.Random(f"clearance-labelled:{seed}:{index}")
    persona = _Persona(rng, fakers or _Fakers(), LOCALE_CYCLE[index % len(LOCALE_CYCLE)])
    doc = _Doc()
    sections = [
        (INTRO_Q, [(INTRO_A, 1), (INTRO_EXTRA, rng.randint(1, 2))]),
        (TOOLS_Q, [(TOOLS_A, rng.randint(2, 3))]),
        (TEAM_Q, [(TEAM_A, rng.randint(2, 3))]),
        (PRIVACY_Q, [(PRIVACY_A, rng.randint(1, 2)), (PRIVACY_OBFUSCATED, 1)]),
        (BACKGROUND_Q, [(BACKGROUND_A, rng.randint(2, 3))]),
        (VIEWS_Q, [(VIEWS_A, rng.randint(1, 2))]),
    ]
    middle = sections[2:]
    rng.shuffle(middle)
    # The first question after the introduction echoes the name, so "tools" comes second.
    for n, (questions, answers) in enumerate([*sections[:2], *middle]):
        if n:
            doc.add("\n\n")
        doc.add("AI: ")
        _capitalize_first(doc, rng.choice(questions), persona.slots())
        doc.add("\n\nUser: ")
        for i, (pool, k) in enumerate(answers):
            if i:
                doc.add(" ")
            _answer(doc, persona, pool, k)
    doc.add("\n\nAI: ")
    doc.fill(rng.choice(CLOSING_Q), persona.slots())
    doc.add("\n\nUser: ")
    _answer(doc, persona, CLOSING_A, 1)
    text, spans = doc.finish()
    return {"transcript_id": f"lab-{seed}-{index:04d}", "locale": persona.locale,
            "text": text, "spans": spans}


def generate_labelled(n: int = DEFAULT_N, seed: int = DEFAULT_SEED) -> list[dict]:
    """`n` labelled transcripts; deterministic in (n, seed) and prefix-stable in n."""
    fakers = _Fakers()
    return [generate_one(i, seed, fakers) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=DEFAULT_N, help="number of transcripts")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    rows = generate_labelled(args.n, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    spans = sum(len(r["spans"]) for r in rows)
    print(f"wrote {len(rows)} transcripts, {spans} labelled spans to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
