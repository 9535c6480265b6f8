"""What a finding carries with it, decided after detection: a name its bracketed gloss or
abbreviation ("Employment Appeal Tribunal (“EAT”)"), an address its flat, postcode and town,
a job title its employer, an employer its town, the other half of a date pair. Each is said right next to a value already found, so the value
is the evidence; nothing here finds a value on its own."""

from __future__ import annotations

import re

from anonymize.names import NAME_TITLES
from anonymize.operators import normalize
from anonymize.scan import Finding
from anonymize.vocab import BUILDING_WORDS, CALENDAR_WORDS, is_country_like, is_generic, is_holiday


def _name_run(text: str, pos: int, allow: frozenset[str], max_words: int) -> int:
    """End of the capitalized name starting at ``pos`` (``pos`` if there is none, or if it
    is allow-listed, a common word, a country, a month or a holiday)."""
    from anonymize.recognizers.cued import _capitalized_run

    end = _capitalized_run(text, pos, max_words)
    value = text[pos:end]
    for joiner in re.finditer(r"[ \t]+(?:and|&|or)[ \t]+", value):
        rest = value[joiner.end():]
        if rest in allow or rest.split()[0] in allow:  # "Point Grey and ChatGPT"
            end = pos + joiner.start()
            value = text[pos:end]
            break
    norm = normalize(value)
    parts = [p for p in re.split(r"\s+(?:and|&|or)\s+", norm) if p]
    if end == pos or value in allow or is_generic(norm) or all(is_country_like(p) for p in parts) \
            or norm in CALENDAR_WORDS or is_holiday(norm):
        return pos  # (also "the US and Europe": countries and continents, each kept)
    return end


# A name given again in another language or as an abbreviation right after it ("Moers
# District Court (Amtsgericht)", "Employment Appeal Tribunal (“EAT”)") is the same name.
# A country after a place stays ("Camagüey, Cuba", "Diyarbakır (Turkey)"): countries are kept
# (issue item 6), even though TAB marks "Lublin, Poland" as one mention.
_COUNTRY_GLOSS = re.compile(r"[ \t]*\([ \t]*(?P<c>(?:the[ \t]+)?[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+){0,2})[ \t]*\)")
_PARENTHETICAL = re.compile(r"[ \t]*\((?P<inner>[“\"‘']?(?P<first>[^\W\d_])[^()\n\d]{0,78})\)")
_QUOTED_ABBREVIATION = re.compile(r"^[“\"‘']?(?:the\s+)?(?P<abbr>[A-Z][A-Za-z&.-]{1,9})[”\"’']?$")
_NAMED_TYPES = frozenset({"ORGANIZATION", "LOCATION", "SCHOOL"})
_AFTER_ADDRESS = re.compile(r"(?:,[ \t]*|[ \t]+in[ \t]+|[ \t]*/[ \t]*)(?=[^\W\d_a-z])")
_US_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|"
              "Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
              "Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
              "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
              "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming")
_STATE_AFTER = re.compile(rf",[ \t]+(?P<s>(?:{_US_STATES})(?![\w-])|(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|"
                          r"KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|"
                          r"VT|VA|WA|WV|WI|WY)(?![\w-]))")
_RACE_BEFORE = re.compile(r"\b(?i:white|black|brown|mixed-race|mixed)[ \t]+$")
_TITLE_EMPLOYER = re.compile(r"[ \t]+(?:at|with|for)[ \t]+(?:the[ \t]+)?(?=[^\W\d_a-z])")
_EMPLOYER_PLACE = re.compile(r"[.,]?[ \t]+(?:in|near|outside(?:[ \t]+of)?)[ \t]+(?:the[ \t]+)?(?=[^\W\d_a-z])")
_POSTCODE_SEP = re.compile(r",?[ \t]+(?=(?:CEP[ \t]+)?[\dA-Z]|[a-z]{1,2}\d[a-z\d]?[ \t]\d[a-z]{2}(?![\w-]))")


_PAREN_JOINERS = frozenset("of and for the de du des la le el y e di da del van von der und für "
                           "hereinafter".split())


def _names_only(inner: str, allow: frozenset[str]) -> bool:
    """A parenthetical that is a name (any language), not a remark in English ("ChatGPT
    helped", "see below")."""
    from anonymize.vocab import common_words

    words = re.findall(r"[^\W\d_]+", inner)
    return bool(words) and not any(w in allow for w in words) and not any(
        w[0].islower() and w not in _PAREN_JOINERS and w in common_words() for w in words)


# "the Ninth Chamber of the Istanbul Assize Court": the part of a named body is as specific.
_PART_OF = re.compile(r"(?:(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+)[ \t]+){0,2}(?:Chamber|Section|Division|Panel|"
                      r"Committee|Department|Branch|Bench|Office)[ \t]+of[ \t]+(?:the[ \t]+)?$")
_TRAILING_JOINER = re.compile(r"(?:[ \t,]+(?:of|and|the|for|in|at|&))+$")


# "29 and 30 June 1992", "February and March 2001", "born in 1943 and 1939": the first part
# of a date pair shares the finding's month or year and is as identifying.
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE_HEAD = re.compile(rf"(?<![\w.])(?P<d>\d{{1,2}}(?:st|nd|rd|th)?|{_MONTHS}|\d{{4}})[ \t]+(?:and|or|to|until)[ \t]+$|"
                        rf"(?<![\w.])(?P<r>\d{{1,2}}|{_MONTHS}|\d{{4}})[ \t]*[-–][ \t]*$")
_DATE_TAIL = re.compile(r"[ \t]+(?:and|or)[ \t]+(?:in[ \t]+)?(?P<d>\d{4})\b")
_AGE_WORD = (r"\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
             r"seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
# The speaker correcting or updating an age just said: "I'm forty-one, no, wait, forty-two",
# "thirty-one, thirty-two in March", "trinta e três, sorry, thirty-three".
_AGE_CORRECTION = re.compile(
    rf",?[ \t]+(?:(?:no|sorry|wait|well|actually|i[ \t]+mean|or|rather|oops|make[ \t]+that)[,.!]?[ \t]+){{1,3}}"
    rf"(?P<a>{_AGE_WORD})(?![\w-]|[ \t]+(?:years[ \t]+ago|months|weeks|days|hours|minutes|people|times|percent|of)\b)|"
    rf",[ \t]+(?P<n>{_AGE_WORD})(?=[ \t]+(?:in[ \t]+{_MONTHS}|next[ \t]+(?:month|week|year)|this[ \t]+year|soon)\b)",
    re.IGNORECASE)
_SIZE_NICKNAME = re.compile(r"(?<![\w'’])(?:Big|Little|Wee|Lil)[ \t]+$")
# A named person's age right after the name: "Owen is seven and he asked", "Saoirse's seven,
# she's a dote", "Amund, who is seventeen" is the cue recognizers' ("Tom is 5 minutes late": no).
_AGE_AFTER_NAME = re.compile(
    rf"(?:['’]s|[ \t]+(?:is|was|turns|turned|just[ \t]+turned))[ \t]+(?:only[ \t]+|just[ \t]+|almost[ \t]+|nearly[ \t]+)?"
    rf"(?P<a>(?:{_AGE_WORD}|two|three|four|five|six|seven|eight|nine)(?:[ \t]+(?:years?|yrs?)(?:[ \t]+old)?)?)"
    r"(?=[ \t]*[,.;!?]|[ \t]+(?:and|but|now|so|this|next|in)\b)", re.IGNORECASE)
_AGE_TAIL = re.compile(r",?[ \t]+(?:and|&)[ \t]+(?P<a>\d{1,2}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                       r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:-[a-z]+)?)"
                       r"(?![\w-]|[ \t]+(?:years|months|weeks|days|hours|minutes|people|times|percent|of)\b)")


# Postcodes after a street: "31-146" (PL), "80802" (DE), "95900-000" (BR, after "CEP"), "M21 9EG"
# (UK), "OH 44107" (US state and ZIP).
_POSTCODE = re.compile(r"(?:CEP[ \t]+|〒)?(?:\d{2}-\d{3}|\d{3}-\d{4}|\d{4}-\d{3}|\d{5}(?:-\d{3,4})?|\d{6}|\d{3}[ \t]\d{2}|\d{4}(?:[ \t]?[A-Z]{2}(?![a-z]))?|"
                       r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]\d{2}[ \t]?[A-Z\d]{4}|"
                       r"[A-Z]{2,3}[ \t]+\d{4,5}(?:-\d{4})?|"
                       # a UK postcode typed in lower case after a lower-case street: "bs7 0pa"
                       r"[a-z]{1,2}\d[a-z\d]?[ \t]\d[a-z]{2})(?![\w-])")
# Flat, unit and block after a street ("app. 3", "departamento 52", "Sector 4", "Taman Sri Rambai").
_PHONE_EXTENSION = re.compile(r"[ \t]*(?:x|ext\.?[ \t]*|extension[ \t]+|#[ \t]*)\d{1,6}(?!\w)")
_UNIT_BEFORE = re.compile(
    r"(?:\b(?i:flat|apt|appt|apartment|unit|suite|room|apto|piso|depto|house|no|blk|block|lot|imm|immeuble|"
    r"building|bldg|tower|floor)\.?[ \t]*[\w/-]*\d[\w/-]*,?[ \t]+"
    # "B-204, ...", and a Malaysian unit-floor-block "22-5-3, Jalan ..."
    r"|(?<![\w-])[A-Z]-?\d{1,4}[A-Z]?,[ \t]+|(?<![\w-])\d{1,4}(?:-\d{1,4}){1,3},[ \t]+)+"
    # "B-204, Shree Ganesh Apartments, Karve Road", "Flat A-7, Al-Habib Heights, Block 13-D"
    rf"(?:(?:[A-Z][\w'-]*[ \t]+){{0,3}}(?:{BUILDING_WORDS}|House)\.?,?[ \t]+)?"
    r"(?:(?i:block|phase|sector)[ \t]+[\w-]+,?[ \t]+)?"
    # "Appt 6, Imm. 14, Rue ...": the building's word right before the street's own number
    r"(?:\b(?i:imm|immeuble|building|bldg|block|blk|no)\.?[ \t]+)?$")
_ADDRESS_UNIT = re.compile(r",[ \t]*(?i:apt|apto|app|appt|apartment|departamento|depto|dpto|piso|flat|unit|suite|"
                           r"floor|bloco|block|blok|room|house|road|sector|lot|no|taman|jalan|kampung|"
                           r"soi|moo|barangay|brgy|purok|int|interior|col|colonia|fracc|barrio|bairro|kv|кв|"
                           r"phase|zone|chome|local|sala|loja|ap|andar|conjunto|conj|cj|et|sc|bl|esc|escalera|puerta|pta|"
                           r"oficina|torre|tower|building|bldg|imm|immeuble|kat|daire)(?![a-z])\.?[ \t]*[\w-]*"
                           r"(?:[ \t]+[\w-]+)?|"
                           # "#08-214" (a Singapore unit), "3º B" (a Spanish floor and door)
                           r",[ \t]*(?:#\d{1,3}-\d{1,5}|\d{1,2}[º°ª](?:[ \t]*[A-Z\d](?![\w]))?)")


def _address_tail(text: str, f: Finding, allow: frozenset[str]) -> set[Finding]:
    """What follows a street address and belongs to it: postcodes (part of the address) and
    towns ("98/103 Khóm 20 phố Nguyễn Văn Linh in Cần Thơ", "ul. Długa 14/3, 31-146 Kraków",
    "22 Beech Road, Chorlton, M21 9EG"), up to four pieces."""
    out: set[Finding] = set()
    pos = f.end
    while (unit := _ADDRESS_UNIT.match(text, pos)) is not None and any(c.isdigit() or c.isupper()
                                                                        for c in unit.group()[2:]):
        out.add(Finding(pos, unit.end(), "STREET_ADDRESS", f.score, f.recognizer))
        pos = unit.end()
    for _ in range(5):
        paren = re.match(r"[ \t]*\([^()\n]{2,30}\)", text[pos:pos + 40])  # "Montréal (Québec) H2J 2L3"
        if paren and out:
            pos += paren.end()
        sep = _AFTER_ADDRESS.match(text, pos) or _POSTCODE_SEP.match(text, pos)
        if not sep:
            break
        code = _POSTCODE.match(text, sep.end())
        if code:
            out.add(Finding(code.start(), code.end(), "STREET_ADDRESS", f.score, f.recognizer))
            pos = code.end()
            town = re.match(r"[ \t]+(?=[^\W\d_a-z])", text[pos:pos + 3])  # "11700 Gelugor"
            if town and (end := _name_run(text, pos + town.end(), allow, 4)) > pos + town.end():
                out.add(Finding(pos + town.end(), end, "LOCATION", f.score, f.recognizer))
                pos = end
            continue
        end = _name_run(text, sep.end(), allow, 4)
        if end == sep.end():
            # "#08-215, Singapore 520412": a city-state stays, its postcode does not.
            city_state = re.match(r"Singapore|Monaco|Hong Kong|Macau|Macao", text[sep.end():sep.end() + 10])
            code = _POSTCODE.match(text, sep.end() + city_state.end() + 1) if city_state else None
            if code and text[sep.end() + city_state.end()] == " ":
                out.add(Finding(code.start(), code.end(), "STREET_ADDRESS", f.score, f.recognizer))
            break
        out.add(Finding(sep.end(), end, "LOCATION", f.score, f.recognizer))
        pos = end
    return out


# A name cut at a hyphen by the tokenizer: "Pointe-à-Pierre", "Saint-Denis", "Ould-Abdallah".
_HYPHEN_TAIL = re.compile(r"(?:-[^\W\d_]+)*-[^\W\d_a-z][^\W\d_]*")
_HYPHEN_HEAD = re.compile(r"[^\W\d_a-z][^\W\d_]*(?:-[^\W\d_]+)*-$")


# The particle of a place name the model leaves out: "near Te Awamutu" read as "Awamutu".
_PLACE_PARTICLE = re.compile(r"(?<![\w'’-])(?:Te|Le|La|El|Al|Los|Las|San|Santa|São|Ban|Kota|Bandar)[ \t]+$")
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.[ \t]?$")
# Malaysian and Singaporean "son of"/"daughter of" between a given name and the father's.
_JOINED_SURNAME = re.compile(r"[ \t]+(?:a/[pl]|s/o|d/o|A/[PL]|S/O|D/O)[ \t]+[A-Z][^\W\d_]+")
_TITLE_BEFORE = re.compile(rf"(?<![\w.]){NAME_TITLES}(?:[ \t]+(?:Dr\.?|Prof\.?|Ing\.?))*[ \t]+$")
_DEGREE_AFTER = re.compile(
    r",?[ \t]+(?:B\.\s?(?:Eng|Sc|A|Ed)\.?|M\.\s?(?:Sc|A|Eng|Ed|D)\.?|MBA|PhD|Ph\.D\.?|MD|DDS|Esq\.?|Jr\.?|"
    r"Sr\.?|II|III|IV|S\.(?:H|E|Kom|T|Pd|Ked|Sos|Psi|Ag|Si|Farm|Kep|IP|Hum)\.?|M\.(?:Kom|M|T|Pd|Si|Ag|H)\.?)"
    r"(?![\w])")


def _hyphen_whole(text: str, f: Finding) -> Finding:
    start, end = f.start, f.end
    if (tail := _HYPHEN_TAIL.match(text, end)) is not None:
        end = tail.end()
    if (head := _HYPHEN_HEAD.search(text, max(0, start - 40), start)) is not None \
            and (head.start() == 0 or not text[head.start() - 1].isalnum()):
        start = head.start()
    return f if (start, end) == (f.start, f.end) else Finding(start, end, f.entity_type, f.score, f.recognizer)


def attach_context(text: str, findings: set[Finding], allow: frozenset[str]) -> set[Finding]:
    """The findings, grown or joined by what each carries with it (see the module docstring)."""
    out: set[Finding] = set()
    for f in findings:
        if f.entity_type in ("PERSON", "LOCATION", "ORGANIZATION"):
            f = _hyphen_whole(text, f)
        if f.entity_type in ("LOCATION", "ORGANIZATION") \
                and (lead := _PLACE_PARTICLE.search(text, max(0, f.start - 8), f.start)):
            f = Finding(lead.start(), f.end, f.entity_type, f.score, f.recognizer)  # "Te Awamutu", "Los Mochis"
        if f.entity_type == "PERSON":
            # "Dr. Benício Pereira", "pan Emil Sus", "Jörgen Ehlert B.Eng.": the title and the
            # degree go with the name, as a name generator writes them.
            start, end = f.start, f.end
            if (title := _TITLE_BEFORE.search(text, max(0, start - 30), start)) is not None:
                start = title.start()
            elif (initial := _INITIAL_BEFORE.search(text, max(0, start - 4), start)) is not None:
                start = initial.start()  # "everybody calls me R. Selvi madam"
            elif (nick := _SIZE_NICKNAME.search(text, max(0, start - 12), start)) is not None:
                start = nick.start()  # "Big Davie", "Little Mo": the nickname is the whole
            if (joined := _JOINED_SURNAME.match(text, end)) is not None:
                end = joined.end()  # "Kavitha a/p Subramaniam", "Ravi s/o Krishnan"
            if (degree := _DEGREE_AFTER.match(text, end)) is not None:
                end = degree.end()
            if (start, end) != (f.start, f.end):
                f = Finding(start, end, f.entity_type, f.score, f.recognizer)
        if f.entity_type == "DATE_TIME":
            head = _DATE_HEAD.search(text, max(0, f.start - 20), f.start)
            tail = _DATE_TAIL.match(text, f.end) if re.fullmatch(r"\d{4}", text[f.start:f.end]) else None
            # The other part is its own finding: the "and" between them is no date.
            for m in (head, tail):
                if m is not None:
                    g = "d" if m.group("d") else "r"
                    out.add(Finding(m.start(g), m.end(g), f.entity_type, f.score, f.recognizer))
        if f.entity_type == "PERSON" and (age := _AGE_AFTER_NAME.match(text, f.end)) is not None:
            out.add(Finding(age.start("a"), age.end("a"), "AGE", f.score, f.recognizer))
        if f.entity_type == "AGE" and (tail := _AGE_TAIL.match(text, f.end)) is not None:
            # "Our two boys are nine and six": the other child's age too.
            out.add(Finding(tail.start("a"), tail.end("a"), f.entity_type, f.score, f.recognizer))
        if f.entity_type == "AGE" and (fix := _AGE_CORRECTION.match(text, f.end)) is not None:
            g = "a" if fix.group("a") else "n"
            out.add(Finding(fix.start(g), fix.end(g), f.entity_type, f.score, f.recognizer))
        if f.entity_type in ("ORGANIZATION", "LOCATION"):
            tail = _TRAILING_JOINER.search(text, f.start, f.end)
            if tail and tail.start() > f.start:  # "Department of Lands and Surveys of"
                if text[f.start:tail.start()] in allow:
                    continue  # "Notion and": what is left is an allow-listed product
                f = Finding(f.start, tail.start(), f.entity_type, f.score, f.recognizer)
            if f.entity_type == "ORGANIZATION":
                part = _PART_OF.search(text, max(0, f.start - 50), f.start)
                if part:
                    f = Finding(part.start(), f.end, f.entity_type, f.score, f.recognizer)
        if f.entity_type in ("LOCATION", "ORGANIZATION") and re.search(r"[^\W\d_]+[ \t]+\d{1,4}[A-Za-z]?$", text[f.start:f.end]):
            # "Ethnikis Antistaseos 88, 551 33 Kalamaria": a name and a house number with a
            # postcode after it is a street address, whatever the model called it.
            sep = _POSTCODE_SEP.match(text, f.end)
            if sep and _POSTCODE.match(text, sep.end()):
                f = Finding(f.start, f.end, "STREET_ADDRESS", f.score, f.recognizer)
        if f.entity_type == "NRP" and (race := _RACE_BEFORE.search(text, max(0, f.start - 12), f.start)) is not None:
            f = Finding(race.start(), f.end, f.entity_type, f.score, f.recognizer)  # "white British", "black British"
        if f.entity_type == "PHONE_NUMBER" and (ext := _PHONE_EXTENSION.match(text, f.end)) is not None:
            f = Finding(f.start, ext.end(), f.entity_type, f.score, f.recognizer)  # "...-1771x5162"
        if f.entity_type == "STREET_ADDRESS":
            # "flat 2/1, 48 Dumbarton Road": the flat said before the street.
            if (unit := _UNIT_BEFORE.search(text, max(0, f.start - 30), f.start)) is not None:
                f = Finding(unit.start(), f.end, f.entity_type, f.score, f.recognizer)
            out |= _address_tail(text, f, allow)
        if f.entity_type == "JOB_TITLE":
            # "backend dev at Ravi Bytes (Pvt.) Ltd.": a title's employer follows it.
            employer = _TITLE_EMPLOYER.match(text, f.end)
            # The employer slot outweighs the allow-list: "HR business partner at Stripe",
            # "prompt engineer at OpenAI" name where someone works, not a tool.
            if employer and (end := _name_run(text, employer.end(), frozenset(), 6)) > employer.end():
                out.add(Finding(employer.end(), end, "ORGANIZATION", f.score, f.recognizer))
        if f.entity_type in ("ORGANIZATION", "SCHOOL"):
            # "Operations Planner at Arkas Lojistik A.Ş. in İzmir": where the employer is.
            place = _EMPLOYER_PLACE.match(text, f.end)
            if place and (end := _name_run(text, place.end(), allow, 4)) > place.end() \
                    and text[place.end():end].split()[0].casefold() not in CALENDAR_WORDS:
                out.add(Finding(place.end(), end, "LOCATION", f.score, f.recognizer))  # (not "Design Festa in May 2023")
        if f.entity_type == "LOCATION" and (state := _STATE_AFTER.match(text, f.end)) is not None:
            # "Baxley, Georgia", "Austin, TX": the state after a town narrows it further, even
            # when its name is also a country's (countries alone stay, issue item 6).
            out.add(Finding(state.start("s"), state.end("s"), "LOCATION", f.score, f.recognizer))
        end = f.end
        country = _COUNTRY_GLOSS.match(text, end)
        if f.entity_type in _NAMED_TYPES and not (country and is_country_like(normalize(country.group("c")))):
            m = _PARENTHETICAL.match(text, end)
            if m and m.group("first").isupper() and _names_only(m.group("inner"), allow):
                end = m.end()
                abbr = _QUOTED_ABBREVIATION.match(m.group("inner").strip())
                if abbr and abbr.group("abbr") not in allow:
                    # Its own finding, so the abbreviation is propagated like the name.
                    out.add(Finding(m.start("inner") + abbr.start("abbr"), m.start("inner") + abbr.end("abbr"),
                                    f.entity_type, f.score, f.recognizer))
        out.add(f if end == f.end else Finding(f.start, end, f.entity_type, f.score, f.recognizer))
    return out
