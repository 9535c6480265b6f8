"""Recognizers that find a value by what is said right before it: street addresses after "I
live at", and places, employers, schools and job titles after their cue ("I grew up in Awka",
"Claims Adjuster at TP Petrol Dağıtım", "straight out of METU")."""

from __future__ import annotations

import re
from itertools import chain
from typing import Iterator

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.names import HONORIFICS, first_names, name_key
from anonymize.operators import normalize
from anonymize.recognizers.base import _result, value_span
from anonymize.recognizers.people import _english_words
from anonymize.recognizers.patterns import _ROLE_NOUNS
from anonymize.spoken_dates import TEENS, TENS, TWO_DIGITS, UNITS
from anonymize.vocab import (BUSINESS_NOUNS, CALENDAR_WORDS, GRADE_TOKEN, HESITATIONS, OTHER_SCRIPT, common_words,
                             is_country_like, is_generic, KIN_WORDS)


# --- addresses stated after a cue ------------------------------------------------------

_ADDRESS_CUE = re.compile(
    r"(?i:\b(?:live|lived|living|lives|stay|staying)\s+(?:at|on|in)|\b(?:office\s+is|offices\s+are|shop\s+is|studio\s+is|"
    r"address\s+is|located|based|moved|sent|went|delivered|shipped|mailed|posted|registered)\s+(?:at|to|in)|"
    r"\baddress(?:\s+is)?[:,]?|\b(?:house|flat)\s+is(?:\s+(?:at|on))?|\bmy\s+(?:flat|house),|\bthe\s+house,(?:\s+(?:uh|um),)?|"
    r"\bhome\s+is|\b(?:send|post|ship|deliver|mail)(?:\s+[\w-]+){0,3}?\s+to"
    r"(?:\s+my\s+(?:house|home|flat|place))?[,:]?|"
    r"\b(?:post|mail)\s+(?:is\s+\w+|goes\s+to|to)\s*:?|\bby\s+(?:post|mail)(?:\s+at\s+home)?"
    r"(?:\s+is\s+\w+)?\s*:|\b(?:come|came|visit)\s+to\s+my\s+(?:home|house|place|flat)\s*[:,])"
    r"[ \t]+(?P<value>[^\n;!?]{3,80}?)"
    # ("one hundred and twelve kimathi street": "and" inside a number is no end)
    rf"(?=,?[ \t]+(?:which|but|and(?![ \t]+(?:{'|'.join(UNITS + TEENS + TENS)})\b)|so|about|in|where|near|because|if|when|for|since|until|with|or|to)\b|"
    r"[,.][ \t]*(?:(?:my|our|the)[ \t]+)?(?i:phone|mobile|cell|email|e-mail|tel|number|NIK|PESEL|CPF|TC|ID)\b|"
    r"[;!?\n]|,[ \t]*$|\.[ \t]*$|\.[ \t]+(?:I|We|It|My|The|But|So|And|He|She|They|Our|That|This)\b|"
    # A full stop after a whole word ends the sentence ("... Uttara, Dhaka. Or call me"); one
    # after an abbreviation does not ("No. 12", "ul. Długa", "Mah. Ahmet", "app. 3").
    r"(?<=[^\W\d_]{5})(?<!Depto)(?<!depto)(?<!Apart)(?<!Blvd)(?<!Avda)(?<!Bldg)(?<!Edif)(?<!Build)"
    r"(?<!Sokak)(?<!Mahal)\.[ \t]+|(?<=[\dA-Z]{3})\.[ \t]+(?=[A-Z])|(?<=\d[º°ª])\.[ \t]+|$)")
_HAS_DIGIT = re.compile(r"\d")
# "boulevard Simone Lebrun", "chemin Joseph David", "calle Mayor": a street word, then a name.
_STREET_FIRST = re.compile(r"(?i:rue|boulevard|bd|avenue|av|chemin|allée|impasse|place|quai|cours|calle|bóthar|"
                           r"heol|stryd|sráid|house|unit|no\.|"
                           r"avenida|rua|travessa|via|viale|piazza|ulica|ul\.|aleja|straße|strasse|jalan|jl\.|"
                           r"phố|đường)[ \t]+(?:(?:de|du|des|la|le|da|do|di|del)[ \t]+)?[^\W\d_a-z]")
_STREET_WORDS = frozenset("""street road avenue lane drive way place square court close row flat apartment
apt unit floor suite block building house no rue de des du la le calle avenida rua via viale strada
ulica ul straße strasse weg gasse platz laan straat sokak sokağı caddesi mahallesi jalan jl phố carrera derb calea bazaar
đường ngõ hẻm phường quận""".split())
_HAS_CAP_WORD = re.compile(r"(?<![\w])[^\W\d_a-z][^\W\d_]+")


# A street said the way its country writes it, then its number in digits or words, with no cue
# needed: "Rua Tiradentes, one hundred eighteen", "Salita Santa Maria della Sanità 12", "C/ de
# Sueca 38, 3º 2ª", "strada Brăilei, bloc B4, apartament 22"; and "street number nine, Faisal
# Park". ("via" is left to the address cues: "via Office 365", "via Windows 11".)
_NUMBER_IN_WORDS = (rf"(?:(?:{'|'.join(UNITS + TEENS + TENS)}|hundred|thousand|zero|oh)(?:[- ](?:and[ \t]+)?"
                    rf"(?:{'|'.join(UNITS + TEENS + TENS)}|hundred|thousand))*)")
_UNIT_WORDS = (r"bloc|block|blok|apartament|apartamento|apt\.?|apartment|piso|andar|scala|interno|flat|loja|local|"
               r"depto\.?|departamento|interior|int\.|sala|casa|lote|puerta")
_STREET_SAID = re.compile(
    rf"(?<![\w/])(?P<value>(?:(?:Rua|Calle|Carrera|Viale|Strada|Avenida|Jalan|Ulica|Salita|Vicolo|Piazza|Rue|Travessa|Camino|"
    rf"Paseo|Calzada|Corso|Largo|Derb|Rruga|Calea)\b|(?:strada|rua|calle|salita|vicolo|avenida|travessa|calzada|rue)\b"
    # ("calle de la Paz 14"; not a degree, "la carrera de Medicina", nor a walk, "jalan di Bandung")
    rf"(?=[ \t]+(?:(?:de|da|do|dos|das|del|della|dei|la|las|los)[ \t]+){{0,2}}[A-Z])|C/|Jl\.|ul\.|Av\.|Avda\.|"
    # "Via Giulio Petroni number forty-one": capitalized "Via" with "number" before its number
    # ("via Office 365" is no street).
    rf"Via\b(?=(?:[ \t]+[A-ZÀ-Ý][^\W\d_]+){{1,4}}[ \t]+(?i:number|no\.|n[º°]))|"
    # ... and a name with its type after it, then its number: "Anafartalar Caddesi number two
    # hundred eight", "Khaled Ibn El Walid Street, number 14" (not "High Street number one shop").
    rf"(?=(?:[A-ZÀ-Ý][^\W\d_]+[ \t]+){{1,4}}(?:(?:Caddesi|Sokak|Sokağı|Bulvarı)\b,?[ \t]+(?:(?i:number|no\.)|(?i:{_NUMBER_IN_WORDS})\b)|"
    rf"(?:Street|Road|Avenue|Lane),?[ \t]+(?i:number|no\.)[ \t]*\d)))[ \t]*"
    rf"(?:(?:de|da|do|dos|das|del|della|di|dei)[ \t]+(?:(?:la|las|los)[ \t]+)?)?[A-ZÀ-Ý][^\W\d_]+(?:[ \t]+(?:[A-ZÀ-Ý][^\W\d_]+|de|da|do|del|della|di|dei))*"
    # ("number one" alone is an idiom: "Sesame Street, number one show")
    rf",?[ \t]+(?:(?i:number|num\.|numero|número)[ \t]+(?!(?i:one)\b(?![- ](?i:hundred|thousand)))|n[º°o]\.?[ \t]*|n\.[ \t]*)?"
    rf"(?:\d{{1,4}}[A-Za-z]?\b(?:,[ \t]*\d{{1,2}}[º°ª](?:[ \t]*\d{{1,2}}[º°ª])?)?|"
    rf"(?i:{_NUMBER_IN_WORDS})\b)"
    rf"(?:,?[ \t]+(?i:{_UNIT_WORDS})[ \t]+(?:[A-Z]?\d{{1,4}}[A-Z]?\b|[A-Z]\b|(?i:{_NUMBER_IN_WORDS})\b))*)"
    rf"(?![ \t]*(?:%|times|hours|minutes|mins|days|weeks|people|percent|euros|dollars|x\b))")
# A numbered street as Colombia and Mexico City say it: "Carrera forty-three A, number eight,
# twelve", "Calle 72 # 10-34", "Carrera 7 No. 45-12".
_NUMBERED_STREET = re.compile(
    rf"(?<![\w/])(?P<value>(?:Carrera|Calle|Cra\.|Cl\.|Diagonal|Transversal|Avenida|Av\.)[ \t]+"
    rf"(?:\d{{1,3}}|(?i:{_NUMBER_IN_WORDS}))(?:[ \t]?[A-Z](?![\w]))?(?:[ \t]+(?:Bis|Sur|Norte))?,?[ \t]+"
    rf"(?:#|(?i:number|no\.|n[º°])|No\b)[ \t]*(?:\d{{1,3}}[A-Z]?(?:[ \t]*-[ \t]*\d{{1,3}})?|"
    rf"(?i:{_NUMBER_IN_WORDS})(?:,?[ \t]+(?:dash[ \t]+)?(?i:{_NUMBER_IN_WORDS}))?)\b)")
_NUMBERED_PLOT = re.compile(
    rf"\b(?P<value>(?i:street|house|flat)[ \t]+(?i:number|no\.?)[ \t]+(?:\d{{1,4}}[A-Za-z]?|(?i:{_NUMBER_IN_WORDS})"
    rf"(?:[ \t]+(?:{'|'.join(UNITS)}|zero|oh))*(?:[ \t]+[A-Z])?)\b,[ \t]+[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+){{0,2}})"
    # "house seventeen, Kapasgola Road", "Shop No. 7, Johari Bazaar": a house or shop and its
    # number, then a street by its type.
    rf"|\b(?P<value2>(?i:house|shop|stall|flat|plot)[ \t]+(?:(?i:number|no\.?)[ \t]*)?(?:\d{{1,4}}[A-Za-z]?|(?i:{_NUMBER_IN_WORDS}))\b"
    rf",[ \t]+(?:[A-Z][^\W\d_]+[ \t]+){{1,3}}(?:Road|Street|Lane|Bazaar|Bazar|Market|Avenue|Nagar|Colony|Chowk)\b)"
    # "Block five Lot twelve, Villa Rosario Subdivision": a Philippine block and lot in words.
    rf"|\b(?P<value3>(?:Block|Blk\.?)[ \t]+(?i:{_NUMBER_IN_WORDS}),?[ \t]+Lot[ \t]+(?i:{_NUMBER_IN_WORDS})\b"
    rf"(?:,[ \t]+(?:[A-Z][^\W\d_]+[ \t]+){{0,3}}(?:Subdivision|Village|Homes|Heights|Phase[ \t]+\w+))?)")
# A house number in words, or a unit-number pair, before a street: "our address, twenty-two
# Attfield Street", "fourteen Adeniran Ogunsanya Street", "3-88 Lipton St"; a Singapore flat,
# "Blk 512 Bishan St 13 #08-221".
_NUMBER_THEN_STREET = re.compile(
    rf"(?<![\w-])(?P<value>(?:\d{{1,4}}-\d{{1,4}}|(?!(?i:one)[ \t])(?i:{_NUMBER_IN_WORDS}))[ \t]+[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+){{0,3}}[ \t]+"
    # (not Drive, Court, Close or Way: "two Google Drive accounts", "three High Court hearings";
    # "street" in lower case after a name of two words: "forty-five Trần Phú street")
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Crescent|Terrace|Boulevard|Blvd|(?:street|road)(?=[ \t]*[,.;]|[ \t]+(?:in|near)\b))\b)"
    r"|\b(?P<value2>(?:Blk|Block)[ \t]+\d{1,4}[A-Z]?[ \t]+[A-Z][^\W\d_]+(?:[ \t]+[A-Za-z][^\W\d_]*){0,3}?(?:[ \t]+\d{1,3})?"
    r"[ \t]+#\d{2}-\d{2,4})(?!\w)")
# A Ghana Post digital address, after its name: "ghanapost gps for the house is AK-485-9921".
_GHANA_POST = re.compile(r"(?i:\b(?:ghana[ \t]?post|gps|digital[ \t]+address))[^.\n]{0,30}?\b(?P<value>[A-Z]{2}-\d{3,4}-\d{4})\b")


# Number words a house number is said in, and "number": no sign of prose inside an address.
_HOUSE_NUMBER_WORDS = frozenset((*UNITS, *TEENS, *TENS, "hundred", "thousand", "zero", "oh", "number", "no", "dash"))
_SPOKEN_HOUSE = re.compile(rf"(?<![\w-])(?i:{_NUMBER_IN_WORDS})(?![\w-])")
_LIVING_CUE = re.compile(r"(?i:\b(?:live|lived|living|lives|stay|staying)\s+(?:at|on|in)|\baddress|"
                         r"\b(?:office|shop|studio|house|flat|home)\s+is)")
# The street words that make a number said in words a house number ("sixty six church road"; not
# "one place where I relax", "zone two, close to the station", "row nine").
_SPOKEN_STREET_WORDS = frozenset("""street road avenue lane crescent terrace boulevard rue calle avenida rua via viale
strada ulica straße strasse weg gasse laan straat sokak caddesi jalan carrera derb calea bazaar""".split())
# A distance or a time is no address: "two hours by road", "twenty minutes from calle ocho".
_MEASURE = re.compile(r"(?i)\b(?:hours?|hrs?|minutes?|mins?|km|kilometres?|kilometers?|miles?|blocks?|metres?|meters?|"
                      r"steps?|stops?|days?|weeks?)\b")


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
            or sum(w[0].islower() and w in self._common and w not in _HOUSE_NUMBER_WORDS for w in words) >= 2

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        for m in _ADDRESS_CUE.finditer(text):
            value = m.group("value")
            has_name = _HAS_CAP_WORD.search(value) or any(
                w.casefold() in _STREET_WORDS for w in re.findall(r"[^\W\d_]+", value))
            # A house number in words after where one lives, typed or transcribed in lower case:
            # "I live at house seventeen kapasgola road", "my address is carrera forty three a".
            spoken = False
            if not _HAS_DIGIT.search(value) and _LIVING_CUE.match(m.group()) is not None \
                    and _SPOKEN_HOUSE.search(value) is not None and not _MEASURE.search(value):
                words = list(re.finditer(r"[^\W_]+(?:-[^\W_]+)*", value))
                streets = [w for w in words if w.group().casefold() in _SPOKEN_STREET_WORDS]
                if streets:
                    # The address ends at its last street word or number: "sixty six church road,
                    # next to the school" (what follows is no part of it, and would read as prose).
                    value = value[:max(w.end() for w in words if w in streets or _SPOKEN_HOUSE.fullmatch(w.group()))]
                    spoken = _SPOKEN_HOUSE.search(value) is not None
            if (_HAS_DIGIT.search(value) and has_name or _STREET_FIRST.match(value) or spoken) \
                    and not re.fullmatch(r"[\d\s,./:-]+(?:am|pm|AM|PM)?", value) \
                    and not self._prose(value):
                s = m.start("value")
                e = s + len(value)  # (a spoken address is cut after its last street word or number)
                while e > s and text[e - 1] in ",. \t":
                    e -= 1
                if e - s >= 3 and not text[s:e].startswith(("the ", "The ", "a ", "an ")):
                    out.append(_result("STREET_ADDRESS", s, e, 0.6, self))
        for regex in (_STREET_SAID, _NUMBERED_PLOT, _GHANA_POST, _NUMBER_THEN_STREET, _NUMBERED_STREET):
            for m in regex.finditer(text):
                start, end = value_span(m)
                if regex is _NUMBER_THEN_STREET and text[end - 1].islower() and any(
                        w.casefold() in CALENDAR_WORDS or w.casefold() in self._common
                        for w in re.findall(r"[^\W\d_]+", text[start:end]) if w[0].isupper()):
                    continue  # "twelve Black Friday street, market and mall shifts"
                out.append(_result("STREET_ADDRESS", start, end, 0.6, self))
        return out


# --- places, employers and job titles stated after a cue -------------------------------

# Lower-case words that may sit inside a capitalized name ("Leblanc e figli", "Sales da
# Rocha", "PPUH Tworzydło-Sycz Sp. z o.o.", "Bùi và Dương"), only between capitalized words
# or, for legal-form tails, at the end.
_NAME_JOINERS = frozenset("e y da de do dos das di del della degli des los las en van von der den ter und "
                          "học "
                          "für and & - – và ve i of du la le el al bin binti pour per para".split())
# Lower-case words of legal forms (many from Faker's company suffixes): "e figli", "Sp. z o.o.",
# "Doanh nghiệp tư nhân", "Công ty TNHH ... trách nhiệm hữu hạn", "GmbH & Co. mbH", "s.r.o.".
_LEGAL_TAILS = frozenset(w.casefold() for w in "figli filhos hijos fils syn synowie z o.o. o.o sp.k. sp.j. s.c. s.r.l. "
                         "s.p.a. s.a. ltda. ltda danh nghiệp nhiệm nhân hữu hạn phần ty tư mbH a.s. "
                         "d.d. d.o.o. e.g. e.v. j.d.o.o. k.s. o.s. s.r.o. v.o.s. ry υιοί партнеры "
                         "stad kommun kommune gmina belediyesi".split())
# Particles that may start a company's name ("at de Leeuw BV", "at van Dijk Logistiek").
_LEADING_PARTICLES = frozenset("de van von der den da di del le la du al el".split())
_ABBREVIATIONS = frozenset("sp co inc ltd corp st dr mt ft bros no jr sr san tic şti a.ş mah cad sok sdn bhd "
                           "pvt pty sae spa srl sac eirl slp nv bv ag gmbh sa".split())
_RUN_TOKEN = re.compile(r"[ \t]+|\([^\s()]+\)|[^\s,;:!?()\[\]\"“”]+")
_PLACE_CUE = re.compile(
    r"\b(?:(?:grew\s+up|raised|born|based|living|live|lived|lives|stay|stays|staying|settled|relocated|moved(?:\s+back)?|"
    r"here|back\s+home|originally|located|stationed|commute|commuting|practi[sc]ing|resides|residing|"
    r"detained|imprisoned|arrested)\s+(?:in|to|from|near|around|outside(?:\s+of)?)|"
    r"hometown\s+(?:is|was)|(?:I'?m|I’m|I\s+am|we'?re|we\s+are)\s+from)[ \t]+"
    r"(?:the[ \t]+)?(?=[^\W\d_])")
# "the county of Jämtland", "the District of Famagusta": the area's own word starts the name.
_AREA_OF = re.compile(r"\b(?P<name>(?i:district|municipality|county|province|region|village|borough|prefecture|canton|"
                      r"commune|parish|voivodeship|governorate|oblast))[ \t]+of[ \t]+(?=[^\W\d_])")
_EMPLOYER_CUE = re.compile(
    rf"(?:\b(?:work|works|worked|working|employed|hired|interned|interning|consult|consulted)\s+"
    rf"(?:at|for|by|with)|"
    # platform work: "she drives for inDrive", "does rides for Little", "I deliver for Rappi"
    # (not "I drive for Mum on Sundays")
    rf"\b(?:(?:drive|drives|drove|driving|ride|rides|rode|riding|deliver|delivers|delivered|delivering)|"
    rf"(?:do|does|did|doing)\s+(?:rides|deliveries|delivery|trips|shifts|gigs))\s+for"
    rf"(?!\s+(?i:mum|mom|mam|ma|dad|papa|mama|grandma|grandpa|granny|nan|nana|family|friends?|fun|free|cash|money)\b)|\bjoined|\b(?:job|position|role|internship|stint|years)\s+(?:at|with)|"
    rf"\bemployer\s+(?:is|was)|\b(?i:{_ROLE_NOUNS})(?-i:s?)"
    rf"\s+(?:at|with|for))[ \t]+(?=[^\W\d_])")
_EMPLOYER_CUE_2 = re.compile(
    r"(?:\b(?:everyone|everybody|people|folks|colleagues|team|here|over|started|start|starting|"
    r"internship|stint|years|career)\s+(?:at|with)|"
    r"\bbeen\s+(?:at|with)(?:\s+the)?(?=\s+[A-Z])|"  # ("been with the Judiciary since 2018")
    r"\bbased(?:\s+(?:mostly|mainly|primarily|largely|now))?\s+at(?:\s+the)?(?=\s+[A-Z])|"  # ("I'm based mostly at the Millennium Library")
    r"\b(?i:before\s+that|previously|after\s+that|then|before)\s*,?\s+(?:I|we)\s+(?:was|were)\s+(?:at|with))"
    r"[ \t]+(?=[^\W\d_])")
_SCHOOL_CUE = re.compile(
    # ("I studied communication in ITESO": "in" before a school's acronym; "my old school JBLFMU")
    r"\b(?:studied(?:[ \t]+[A-Za-z]+){0,3}?[ \t]+at|studied(?:[ \t]+[a-z]+){1,3}?[ \t]+in(?=[ \t]+[A-Z]{3,8}\b)|"
    r"(?:my|our|his|her)[ \t]+(?:old[ \t]+|former[ \t]+)?(?:school|college|uni|university|alma[ \t]+mater),?(?=[ \t]+[A-Z]{3,8}\b)|stud(?:ies|ying)(?:[ \t]+[a-z]+){0,2}?[ \t]+at|(?:doing|reading|majoring\s+in)"
    r"(?:[ \t]+[A-Za-z]+){1,2}?[ \t]+at|went[ \t]+to|straight[ \t]+out[ \t]+of|graduated[ \t]+"
    r"(?:from|at)|alumn(?:us|a|i|ae)[ \t]+of|(?:degree|diploma|MBA|PhD|masters?|bachelor(?:['’]?s)?|honours|honors|"
    # ("my BS computer science from FAST"; not "My MSc project for Shell")
    r"(?-i:BS|BSc|MSc|BBA|OND|HND|NCE)(?:[ \t]+[a-z]+){0,2}(?=[ \t]+(?:from|at)[ \t]+[A-Z])|"
    r"certificate|residency|fellowship|(?-i:[BM]\.?[ \t]?(?:Tech|Sc|Eng|Ed|Com|Pharm|Arch|Des)\.?|B\.?A\.?|M\.?A\.?)|"
    # "after my B.Tech from COEP", "my M.Tech at IISc", "the technical course at SENAI"
    r"(?:technical|vocational|short|evening|online|certificate)[ \t]+course)"
    r"(?:[ \t]+(?:of|in)[ \t]+[A-Za-z]+(?:[ \t]+[a-z]+)?)?[ \t]+(?:from|at)|trained[ \t]+at|"
    # "my Bachelor of Nursing at Whitireia", "trying to transfer to UH for nursing"
    r"(?-i:Bachelor(?:['’]?s)?|Master(?:['’]?s)?|Diploma|Degree)(?:[ \t]+(?:of|in)[ \t]+[A-Za-z]+(?:[ \t]+[A-Za-z]+)?)?[ \t]+at|"
    r"transfer(?:ring)?[ \t]+to(?=[ \t]+[A-Z]{2,6}[ \t]+for[ \t]+[a-z])|"
    r"(?:enrolled|studying)[ \t]+at|dropped[ \t]+out[ \t]+of|"
    # "When I was at Strathmore doing my BSc": a place one was at for a degree
    r"\bat(?=[ \t]+[^\W\d_a-z][\w'’-]*(?:[ \t]+[^\W\d_a-z][\w'’-]*){0,3}[ \t]+(?:doing|studying|reading)[ \t]+"
    r"(?:my|a|an|the|her|his|our)[ \t]+(?-i:BSc|MSc|BA|MA|MBA|PhD|BEng|MEng|BCom|LLB|LLM|degree|masters?|"
    r"bachelor(?:['’]?s)?|diploma|undergrad|postgrad|doctorate)\b))[ \t]+(?:the[ \t]+)?(?=[^\W\d_])")
# School words of other languages start the school's name ("Universitas Indonesia",
# "École Polytechnique", "Università di Bologna") or end it ("Boğaziçi Üniversitesi").
_SCHOOL_WORD = re.compile(
    r"\b(?=(?:Universitas|Universiti|Universit[àaé]|Universidad|Universidade|Universität|Université|"
    r"Uniwersytet|Univerzita|Universiteit|Universitatea|École|Ecole|Hochschule|Politecnico|"
    r"Politechnika|Instituto|Institut|Escola|Escuela|Liceo|Lycée|Trường|Đại|Colegio|Collège|Gymnasium|"
    r"Gimnazjum|Liceum|Sekolah|SMA|SMAN|SMK|SMKN|SMP|SMPN|Madrasah|Pesantren|Kolej|Akademia|Akademie|"
    r"Fachhochschule|Technikum|Lise(?:si)?|Okulu|Yliopisto|Högskola|Hogeschool|Lyceum|Escuela)\b)")
# Names whose school word comes last ("Boğaziçi Üniversitesi", "Hervannan lukio", "Tampereen lyseo").
_SCHOOL_TAIL = re.compile(r"[ \t]+(?:Üniversitesi|Universität|Egyetem|Yliopisto|yliopisto|[Uu]niversitet|[Uu]niverzita|"
                          r"[Uu]niverzitet|[Hh]øgskole|[Hh]ögskolan|Hochschule|"
                          r"[Ll]ukio|[Ll]yseo|[Gg]ymnasium|[Gg]ymnasiet|[Hh]ögskola|[Ll]isesi|[Oo]kulu|[Kk]oleji|"
                          r"[Gg]imnazjum|[Ll]iceum|[Gg]ymnázium|[Ss]kole|[Ss]kola|[Ss]kolan|[Ss]chule|[Gg]rundschule|"
                          r"[Gg]esamtschule|[Rr]ealschule|Vidyalaya|Vidyalayam|Mahavidyalaya|Vishwavidyalaya)\b")
_BEFORE_EMPLOYER = re.compile(r"\b(?:Before|After|Since\s+leaving|Before\s+joining)[ \t]+(?=[^\W\d_])")
_AFTER_BEFORE = re.compile(r",?[ \t]+(?:I|we)[ \t]+(?:was|were|worked|had|spent|did)\b")
# An employer described rather than named: "a freight dispatcher at a small trucking company",
# "claims handler for a big insurer", "content strategist at a digital agency called ...".
_DESCRIBED_EMPLOYER = (r"an?[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:company|firm|startup|start-up|agency|bank|hospital|clinic|"
                       r"charity|nonprofit|non-profit|NGO|consultancy|studio|restaurant|hotel|factory|plant|"
                       r"warehouse|retailer|insurer|manufacturer|supplier|distributor|lab|laboratory|council|"
                       r"ministry|business|publisher|newspaper|chain|fintech|airline|pharmacy|supermarket|bakery|"
                       r"call[ \t]+cent(?:er|re)|BPO|school|college|university|practice|brewery|winery|farm|"
                       r"cooperative|co-op|shipping[ \t]+line|logistics[ \t]+provider|broker|brokerage|"
                       r"outsourcing[ \t]+company|multinational|conglomerate|utility|telco|carrier|brand|label|"
                       r"shop|store|outlet|boutique|salon|garage|workshop|caf[eé]|bar|pub|gym|bakery|clinic|"
                       r"dealership|contractor|builder|developer|retailer|wholesaler|exporter|importer|"
                       r"producer|supermarket|pharmacy|lab|team|department|office|org|organi[sz]ation)s?\b")
# "I'm a Claims Adjuster at ...", "I work as a grant writer for ...": any words, title-case
# or not, between "as a" and an employer.
_TITLE_CUE = re.compile(
    # ("I'm 41 and HR business partner at", "I'm thirty-two, data engineer in": after the age)
    rf"\b(?i:(?:I'?m|I’m|im|I\s+am)\s+(?:\d{{1,2}}|{TWO_DIGITS})(?:\s+years?\s+old)?(?:,|\s+and)(?!\s+(?:and\s+)?(?:I|i|im|I['’]m|my|we|so|but)\b)|"
    r"I'?m|I’m|im|I\s+am|I\s+was|I'?ve\s+been|I\s+have\s+been|"
    r"work(?:s|ed|ing)?\s+(?:(?:part[ -]time|full[ -]time|freelance|remotely|mostly|now|currently)\s+)?(?:as|like)|hired\s+as|"
    r"promoted\s+to|started\s+as|role\s+as|job\s+as|employed\s+as|position\s+as|"
    # "a 6 month internship as a product analyst intern at", "two afternoons as a barista at"
    r"(?:internship|apprenticeship|placement|traineeship|weekends|afternoons|evenings|mornings|nights|shifts)\s+as)"
    r"[ \t]+(?:(?:a|an|the)[ \t]+)?"
    rf"(?P<value>(?:{GRADE_TOKEN}|[A-Za-z][\w&/-]*)(?:[ \t]+(?:{GRADE_TOKEN}|[A-Za-z][\w&/-]*)){{0,5}}?)"
    r"[ \t]+(?P<link>at|with|for|in|of)[ \t]+"
    rf"(?:the[ \t]+)?(?:(?=[A-Z])|(?P<described>{_DESCRIBED_EMPLOYER}))")
# A title after "work as" / "started as" with no employer after it, as non-native English says it
# without an article: "started as room attendant after i finish HRM", "she work as nanny there
# since 2019", "i start as helper in 2011". It must end in an occupation word.
_WORK_AS_TITLE = re.compile(
    r"\b(?i:work(?:s|ed|ing)?|start(?:s|ed|ing)?|hired|employed|promoted|joined)[ \t]+(?:as|to)[ \t]+(?:(?:an?|the)[ \t]+)?"
    r"(?P<value>[a-zà-ÿ][\w'’-]*(?:[ \t]+[a-zà-ÿ][\w'’-]*){0,2}?)"
    r"(?=[ \t]*(?:[,.;!?)]|$)|[ \t]+(?:there|here|since|in|at|for|after|during|when|until|till|before|and|but|then|now|"
    r"from|with|on)\b)", re.MULTILINE)
# A title beside a name with no article, between commas or in brackets: "my trainer is Lin-san,
# senior etch engineer, from Tainan", "my boss Hamish Urquhart (principal ecologist) is" (in
# brackets after a full name only). Two words or more, ending in an occupation.
_TITLE_BESIDE_NAME = re.compile(
    r"\b(?P<name>[A-Z][^\W\d_]+(?:-[a-z]+)?(?:[ \t]+[A-Z][^\W\d_]+){0,2})(?:,[ \t]+(?P<value>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){1,3}),|"
    r"[ \t]*\((?P<value2>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){1,3})\))")
# "my national service as a teaching assistant at Asokwa M/A JHS", "on a co-op term as a lab
# technician at Northvale": any "as a" before a lower-case title ending in an occupation and its employer.
_AS_TITLE_AT = re.compile(r"\bas[ \t]+(?:an?|the)[ \t]+(?P<value>[a-z][\w&/-]*(?:[ \t]+[a-z][\w&/-]*){0,3}?)"
                          r"[ \t]+(?:at|with)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
# ... when work is said just before it (not "dressed up as a doctor", "think of it as a manager at Google would")
_ENGAGEMENT_BEFORE = re.compile(r"(?i:\b(?:service|term|placement|stint|job|work\w*|employ\w*|hired|started|contract|"
                                r"years?|months?|weeks?|days?|internship|co-?op|apprenticeship|shifts?|commenced|joined|"
                                r"serv(?:e|ed|ing)|volunteer\w*|posted|seconded|trained|training)\b)")
# "... at Estudio Contable Bernal & Asociados SRL as a semi-senior tax analyst", "i am logistics
# coordinator there": a title tied to an employer said just before.
_TITLE_AFTER_EMPLOYER = re.compile(
    r"(?:\b(?:at|for|with|in)[ \t]+[A-Z][^.\n]{0,60}?[ \t]+as[ \t]+(?:an?[ \t]+)?|\b(?i:I'?m|I’m|im|I[ \t]+am)[ \t]+"
    r"(?:an?[ \t]+)?(?=[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,3}[ \t]+there\b)|"
    # "i do hr at MAS Holdings, HR executive, at the plant": a title in commas after the employer.
    r"\b(?:at|for|with)[ \t]+[A-Z][^.,\n]{0,40}?,[ \t]+(?=(?:[A-Z]{2,5}|[a-z][a-z-]*)(?:[ \t]+[a-z][a-z-]*){0,3},))"
    r"(?P<value>(?:[A-Z]{2,5}|[a-z][a-z-]*)(?:[ \t]+(?!there\b)[a-z][a-z-]*){0,3})(?=[ \t]*(?:[.,;]|there\b|$))")
# A title said in its own script, after "I'm a" or "my rank is": "I'm a 주무관", "I'm a רואת חשבון, a
# CPA", "My rank is ครูชำนาญการพิเศษ".
_SCRIPT_TITLE = re.compile(rf"\b(?:I['’]?m|I[ \t]+am|im|work(?:s|ed|ing)?[ \t]+as|(?:[Mm]y|[Hh]er|[Hh]is)[ \t]+"
                           rf"(?:job[ \t]+title|title|rank|position|grade|post)[ \t]+is)[ \t]+(?:an?[ \t]+)?"
                           rf"(?P<value>{OTHER_SCRIPT}+(?:[ \t]{OTHER_SCRIPT}+){{0,3}})(?!\w)")
_DETERMINERS = frozenset("the a an this that these those our my their his her its your every each".split())
_GLOSSED_TITLE = re.compile(r"(?P<value>[^\W\d_][^\W\d_-]*(?:[ \t]+[^\W\d_]+){0,2})[ \t]+[—–-]{1,2}[ \t]+"
                            r"(?P<gloss>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,3})[ \t]+[—–-]{1,2}[ \t]+"
                            r"(?:at|for|with|in)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
# The gloss's own shape, cheap to look for first: few transcripts have one.
_GLOSS_SHAPE = re.compile(r"[ \t][—–-]{1,2}[ \t]+[a-z][a-z \t-]*[ \t][—–-]{1,2}[ \t]+(?:at|for|with|in)[ \t]")
# Roles in every workplace, not titles: "my line manager Sam", "our team lead Ana".
_GENERIC_TITLE_FIRST = frozenset("line team direct big huge good bad new old first last only own other "
                                 "younger older fellow favourite favorite".split())
_TITLE_ADVERBS = re.compile(r"(?i:(?:currently|now|also|still|basically|actually|officially|technically|presently|"
                            r"formally|temporarily)[ \t]+)*")
_PRONOUNS = frozenset("i me my we our us you your he she they them it this that".split())
# "I'm Pedro Santos, thirty two, associate lawyer at Andrade & Ribeiro": a lower-case title
# between commas, right before its employer, ending in an occupation word.
_TITLE_BEFORE_EMPLOYER = re.compile(
    rf"(?:,|(?<=\d)\.)[ \t]+(?:(?:an?|the)[ \t]+)?(?P<value>(?:{GRADE_TOKEN}|[A-Z]{{2,5}}|[a-z][a-z-]*)"
    rf"(?:[ \t]+(?:[A-Z]{{2,5}}|[a-z][a-z-]*)){{0,4}})"
    r"(?:[ \t]+in[ \t]+the[ \t]+[a-z]+[ \t]+(?:ward|unit|department|team|office))?"
    r"[ \t]+(?P<link>at|with|for|of)[ \t]+(?:the[ \t]+)?"
    rf"(?:(?=[A-Z])|{_DESCRIBED_EMPLOYER})")
# Honorifics as chat types them, and academic ones: "ma'am Gemma", "mr twomey", "prof.ssa
# Elena Marchetti", "Doctora Silvina", "Matua Rawiri".
_TYPED_HONORIFICS = (r"(?i:mrs|mr|ms|miss|dr|sir|madam|ma['’]am|maam|prof\.ssa|prof|professora?|doctora?|"
                     r"dott\.ssa|dott|doktor|matua|whaea)")
# The title of someone named right after it, in the story: "our academic coordinator Guadalupe
# Herrera", "Our medical director, Dr. Hamdan Al Suwaidi", "their project manager is Oluwaseyi";
# and after the name: "Mark Becker is the shift supervisor", "Zhang Yufei is a privacy lawyer".
# Specific titles only (two words or more, ending in an occupation): "my manager Dave" is a role.
_TITLE_OF_NAMED = re.compile(
    rf"(?m)\b(?i:my|our|their|his|her|the)[ \t]+(?P<value>(?:{GRADE_TOKEN}|[A-Z]{{2,5}}|[a-zà-ÿ][a-zà-ÿ'’-]*"
    # ("the Pflegedienstleitung, Herr Osman Yilmaz": a German title is capitalized)
    r"|[A-ZÄÖÜ][a-zäöüß]{9,}(?=,[ \t]+(?:Herr|Frau|Dr)\b))"
    rf"(?:[ \t]+(?!is\b|was\b|on\b|at\b)(?:[A-Z]{{2,5}}|[a-zà-ÿ][a-zà-ÿ-]*)){{0,3}})"
    # ("our tumuaki (principal) Matua Rawiri Te Kani": a title glossed in English)
    r"(?P<gloss>[ \t]+\([ \t]*[a-z][a-z \t-]*\))?"
    # ("Our site supervisor on the Coomera job, Tui,")
    r"(?:[ \t]+(?:on|at|for)[ \t]+the[ \t]+(?:[A-Z][\w-]*[ \t]+)?(?:job|project|site|ward|team|shift|build),)?"
    # ("Our agronomist at Heartland Co-op, Brenda,")
    r"(?P<at>[ \t]+(?:at|from|with)[ \t]+[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,3}(?=,))?"
    rf"(?:,?[ \t]+(?:is[ \t]+)?(?:(?P<hon>{HONORIFICS}|{_TYPED_HONORIFICS}|enfermeira|enfermera|infirmière|doña|don)\.?[ \t]+"
    # (after a title a name may be typed in lower case: "our deputy principal mr twomey")
    r"(?=[^\W\d_]{2,})|(?=[A-Z][^\W\d_]+)))|"
    r"\b(?i:an?)[ \t]+(?P<value3>(?:[a-z][a-z-]*)(?:[ \t]+[a-z][a-z-]*){0,3})[ \t]+(?:named|called)[ \t]+(?=[A-Z])|"
    # "two machinists, Auma and Brian", "a handyman, Réjean Lapointe": a title in apposition
    rf"\b(?i:an?|one|two|three|four|another)[ \t]+(?P<value7>(?:{GRADE_TOKEN}|[A-Z]{{2,5}}|[a-z][a-z'’-]*)"
    r"(?:[ \t]+(?!named\b|called\b)(?:[A-Z]{2,5}|[a-z][a-z-]*)){0,3}),[ \t]+"
    rf"(?:(?:{HONORIFICS})\.?[ \t]+)?(?=[A-Z][^\W\d_A-Z]+)|"
    r"(?:\b(?!(?:There|This|That|It|He|She|They|What|Who|Which|Here|Mine|Ours|One|Everyone|Nobody|Someone|"
    r"Somebody|Everybody|Anyone|Each|Everything|Nothing|Something)\b)[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+){0,2}|"
    r"(?<![\w.])(?:[A-Z]\.){2,3})"
    r"(?:,?[ \t]+(?:is|was|who['’]s|who[ \t]+is)|['’]s)[ \t]+(?:the|an?|our|my|their)[ \t]+"
    rf"(?P<value2>(?:{GRADE_TOKEN}|[A-Z]{{2,5}}|[a-z][a-z'’-]*)(?:[ \t]+(?:[A-Z]{{2,5}}|[a-z][a-z-]*)){{0,3}})\b|"
    # "Mzee Kariuki Gathogo, the chairman, he ...", "Koos Botha, a shift boss with 35 years", "Jun-jun,
    # our bellboy, he", "Sneha ma'am, our company secretary,"; "Precious, one of our healthcare assistants,"
    r"\b(?P<name4>[A-Z][^\W\d_]+(?:-[a-z]+)?(?:[ \t]+[A-Z][^\W\d_]+){0,2})(?:[ \t]+(?:ma['’]am|sir|ji|sahib|saab))?,"
    r"[ \t]+(?:the|an?|our|my|one[ \t]+of[ \t]+(?:our|the|my))[ \t]+"
    rf"(?P<value4>(?:{GRADE_TOKEN}|[a-z][a-z'’-]*|[A-Z][A-Za-z]{{1,3}}(?=[ \t]+[a-z])|(?:CEO|CTO|CFO|COO|CIO|CMO|CPO|HOD|HoD|DPO)(?=[,.;]))"
    rf"(?:[ \t]+[a-z][a-z-]*){{0,3}}?)"
    # ("Tanaka-san, the reservations supervisor.", "Dr. Boateng, the obstetrician on our unit,",
    # "Sipho, our information officer under POPIA")
    r"(?=[,.;]|[ \t]+(?:with|at|for|from|who|in|on|under)\b)|"
    # "Inès Haddad is community manager,", "Trần Văn Minh is senior tester, he": no article
    r"\b[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+){0,2}[ \t]+(?:is|was)[ \t]+"
    r"(?P<value5>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2})(?=[ \t]*[,.;]|[ \t]+(?:at|for|in|of|and|since|here|there)\b)|"
    # "copywriter is Rutuja", "chairlady is Chance Wafula and treasurer is Mama Atieno"
    r"(?:^|(?<=[,.;:])[ \t]+|(?<=\band)[ \t]+)(?P<value6>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2})[ \t]+(?:is|was)[ \t]+"
    r"(?:[A-Za-z]{1,8}\.?[ \t]+)?(?=[A-Z][^\W\d_]+)")
# Roles every workplace has, said of a named person: a relation, not their job title ("my
# manager Dave", "our client Tomás", "the owner, Herr Huber"). Other one-word occupations
# next to a name are titles ("our receptionist Thandeka Mokoena", "my broker, Dwayne").
_RELATIONAL_ROLES = frozenset("""manager managers boss bosses supervisor director client clients customer
colleague colleagues coworker co-worker teammate lead leader head assistant junior senior intern founder
co-founder cofounder partner mentor mentee editor superior deputy coordinator gm pm jefe owner
superintendent friend student trainee member volunteer patient tenant landlord neighbour neighbor staff
admin chief guy person worker""".split())
# The participant introducing themselves, a title in apposition to their name ("I'm Elif Kaya,
# pharmacist, I own ...", "Callum Reid, charge nurse on an acute ward", "Aditya Kulkarni, 26,
# co-founder and CTO of Dhanvi Labs"): said with the name, even one word places them.
_INTRO_TITLE = re.compile(
    r"(?:\b(?i:I['’]?m|im|I[ \t]+am|my[ \t]+name[ \t]+is|this[ \t]+is|it['’]?s)[ \t]+|"
    r"^(?:User|Participant)[ \t]*:[ \t]+(?:[\w!']+(?:[ \t]+[\w!']+){0,3}[.!,][ \t]+){0,2})"
    r"(?:[A-Z][a-z]{0,5}\.[ \t]+)?(?:[^\W\d_a-z][^\W\d_]*(?:[-'’][^\W\d_]+)*[ \t]+){1,4}[^\W\d_a-z][^\W\d_]*(?:[-'’][^\W\d_]+)*"
    r",[ \t]+(?:(?:\d{2}|(?i:twenty|thirty|forty|fifty|sixty|seventy)(?:[- ][a-z]+)?)(?:[ \t]+years?[ \t]+old)?,[ \t]+)?"
    # ("a 29-year-old staff accountant at", "Conor Lowe, Copywriter at": an age before the title,
    # a title capitalized before its employer)
    rf"(?:(?:an?|the)[ \t]+)?(?:(?:\d{{1,2}}|(?i:{TWO_DIGITS}))-years?-old[ \t]+)?"
    rf"(?P<value>(?:{GRADE_TOKEN}|[a-z][a-z-]*|[A-Z]{{2,4}}|[A-Z][a-z]{{3,}}(?=[ \t]+(?:at|with|for)[ \t]+[A-Z]))"
    rf"(?:[ \t]+(?:[a-z][a-z-]*|[A-Z]{{2,4}})\b){{0,5}})",
    re.MULTILINE)
# A title opening the sentence after the speaker's introduction, as chat introductions run: "im
# Kristine Joy Dela Cruz, KJ for short. staff nurse at Vicente Sotto ...", "everyone calls me
# shiru. investigative reporter at The Standard", "Echo for short haha. 2nd engineer on a bulk
# carrier". Only before an employer's capital, or "on a" / "on the" (a ship, a ward).
_TITLE_AFTER_INTRO = re.compile(
    # (an introduction, not "I am not a fan." or "I'm from Accra originally.")
    r"\b(?i:I['’]?m|im|I[ \t]+am|my[ \t]+name[ \t]+is|calls?[ \t]+me|call[ \t]+me)[ \t]+"
    r"(?!(?i:not|a|an|the|from|in|at|so|very|really|also|just|here|based|originally|currently|still|now|sure|happy|glad)\b)"
    r"[^.!?\n]{1,60}[.!][ \t]+"
    rf"(?P<value>(?:{GRADE_TOKEN}|[A-Za-z][a-z-]*)(?:[ \t]+[a-z][a-z-]*){{0,4}})"
    r"(?=[ \t]+(?:(?:at|with|for)[ \t]+(?:the[ \t]+)?[A-Z]|on[ \t]+(?:an?|the)[ \t]+[a-z]))")
# A title right after the speaker's age, as chat introductions run: "Carmè 36 anni, parrucchiera,
# hairdresser", "46, journeyman wireman, member of IBEW", "31 y/o, room attendant sa Bluewater".
_AGE_THEN_TITLE = re.compile(
    rf"(?<![\w.,/-])(?:\d{{2}}|(?i:{TWO_DIGITS}))(?:[ \t]+(?P<unit>(?i:y/?o|(?:yrs?|years?)(?:[ \t]+old)?|anni|años|anos|ans|jahre|tuoi|tahun)))?"
    r",[ \t]+(?!(?:a|an|the)\b)(?P<value>[a-zà-ÿ][\w-]*(?:[ \t]+(?!(?:of|and)\b)[a-zà-ÿ][\w-]*){0,2})"
    r"(?=[ \t]*,|[ \t]+(?:at|for|with|in|of|and|from|sa|di|de|en|em|na)\b)")
# A title after an age said as an adjective: "plaintiff is a 52 yr old long haul trucker from
# Brandon", "a 61-year-old retired teacher in Ibadan". It must end in an occupation.
_AGED_TITLE = re.compile(
    rf"\b(?i:an?)[ \t]+(?:\d{{2}}|(?i:{TWO_DIGITS}))[ \t-]*(?i:yrs?|years?)[ \t-]*(?i:old)[ \t]+"
    r"(?P<value>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,3}?)(?=[ \t]+(?:from|at|in|with|for|who|and)\b|[ \t]*[,.;])")
# A title in the speaker's language glossed in English between commas: "sou entregador, delivery
# rider, de moto", "sy nelayan, fisherman, kerja", "berber, barber, 2015'ten".
_COMMA_GLOSSED_TITLE = re.compile(
    r"(?<![\w-])(?P<value>[a-zà-ÿ][\w-]*(?:[ \t]+[a-zà-ÿ][\w-]*)?),[ \t]+"
    r"(?P<gloss>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2})(?=[ \t]*[,.;])")
# A title in the speaker's language glossed in English in brackets or after "so" / "that is
# (like)" / "it means": "i work as brutar (baker)", "im defensor público (public defender)", "I am
# greffière, so, uh, court clerk", "kakaricho, it means, um, subsection chief".
_BRACKET_GLOSSED_TITLE = re.compile(
    r"(?<![\w-])(?P<value>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,4})[ \t]*\([ \t]*"
    r"(?P<gloss>[a-z][a-z'-]*(?:[ \t]+[a-z][a-z'-]*){0,3})[ \t]*\)|"
    r"(?<![\w-])(?P<value2>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,4}),[ \t]+"
    r"(?i:so|that[ \t]+is|that['’]s|it[ \t]+means|meaning|in[ \t]+english)(?:[ \t]+like)?,?"
    r"(?:[ \t]+(?i:uh|um|er|eh),?)?[ \t]+(?:an?[ \t]+)?"
    r"(?P<gloss2>[a-z][a-z'-]*(?:[ \t]+[a-z][a-z'-]*){0,3}?)(?=[ \t]*[,.;]|[ \t]+(?:at|in|for|with|of)\b)")
# The speaker says it of themselves, shortly before ("i work as", "im Sanne de Vries, 42,", "My
# position is, uh,"): not "my jefe (boss)", "I see the médico (doctor)".
_SELF_BEFORE_GLOSSED = re.compile(r"(?i:\b(?:work(?:s|ed|ing)?[ \t]+as|i['’]?m|im|i[ \t]+am|(?:position|job|title|role)"
                                  r"[ \t]+is|sy|sou|soy|saya|aku|jestem|je[ \t]+suis|ich[ \t]+bin)\b)[^.!?\n]{0,30}$")
_QUANTIFIERS = frozenset("one two three four five some many several no not".split())
# "I am" in other languages, before a title ("sou entregador", "sy nelayan").
_SELF_WORDS = frozenset("sou soy sy saya aku je suis ich bin sono jestem ben em lam mi ni ako".split())


# Nouns for anybody, not titles, before a name: "the lady, Mrs Jones", "the family, Mr Ali".
_PERSON_NOUNS = frozenset("""lady ladies man men woman women gentleman family kid kids boy girl people guest
guests visitor visitors resident residents patient patients child children baby applicant applicants claimant
defendant plaintiff respondent accused victim witness complainant petitioner appellant suspect deceased couple
first second third fourth fifth other""".split())
# Small words inside a title of another language: "médico de família", "dirigente della scuola".
_TITLE_PARTICLES = frozenset("de di da do del della des du von van en e y et und og och".split())


def _title_before_name(m: re.Match, folded: list[str], text: str, comma: bool, heads, english, common) -> bool:
    """Whether the words before a name are its holder's title though they end in no English
    occupation: a title of another language ("our kepala puskesmas, dr. Hendra Wibisono",
    "the rektor, Anders Nilsson"), glossed ("our tumuaki (principal) Matua ..."), any noun
    said before a name with its honorific ("Our department chair, Professor Yamaguchi"), or an
    acronym before a first name ("the DSGA, Roberto"). A title in the story is quasi-identifying
    as any other; "the patient, Mr Lehmann" and "my friend, Dr Ana" are no titles. ``comma``:
    the name is set off ("the rektor, Anders Nilsson"), not run on ("the GATA Military Hospital")."""
    owner = m.group().split(None, 1)[0].casefold()
    if owner == "my":
        return False  # "my promotor, Prof. Smit", "my co-author, Dr. Ramon": the speaker's relation
    gloss = m.group("gloss")
    if gloss and gloss.strip(" \t()").split()[-1].casefold() in heads:
        return True
    after = text[m.end():m.end() + 60]
    full = re.match(r"[A-Z][^\W\d_]+[ \t]+(?:(?:de|da|van|von|te|bin|dela|del)[ \t]+)?[A-Z][^\W\d_]+", after)
    if not re.match(r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*[ \t]*(?:[,;)]|\.|$)", after):
        return False  # the name in apposition, closed: "the rektor, Anders Nilsson, opened" (not "the matatu, Mr Kamau drove")
    words = [w for w in folded if w not in _TITLE_PARTICLES]
    if not words or any(w in _RELATIONAL_ROLES or w.rstrip("s") in _RELATIONAL_ROLES or w in _PERSON_NOUNS
                        or w in _NOT_A_TITLE or re.fullmatch(KIN_WORDS + "s?", w) for w in words):
        return False
    foreign = all(w not in common and (english is None or w not in english) and w.isalpha() for w in words)
    if foreign and comma and (m.group("hon") or full):
        return True
    if m.group("hon") and comma and owner == "our" and len(words) > 1:
        return True  # "Our department chair, Professor Yamaguchi" (not "The court found Mr ...")
    first = re.match(r"[A-Z][^\W\d_]+", after)
    return comma and len(folded) == 1 and m.group("value").isupper() and len(folded[0]) >= 3 \
        and first is not None and name_key(first.group()) in first_names() \
        and not is_country_like(normalize(m.group("value"))) and not is_country_like(normalize(first.group()))


def _past_self_words(words: list[str], articles: bool = False) -> tuple[list[str], int]:
    """The words of a title once "I am" in the speaker's language (and, with ``articles``, an
    article) is passed over, and how many characters that was."""
    skip = 0
    while len(words) > 1 and (words[0] in _SELF_WORDS or articles and words[0] in ("a", "an", "the")):
        skip += len(words[0]) + 1
        words = words[1:]
    return words, skip


_TITLE_ABBR = frozenset("CEO CTO CFO COO CIO CMO CPO CISO VP SVP EVP MD GM PM QA HR".split())
# Abbreviated titles said of a named person ("my OM is Sir Dennis Yap", "our QA is Ma'am Joy").
_FORMER = frozenset("old former previous ex late".split())
_TITLE_ABBR_NAMED = frozenset("CEO CTO CFO COO CIO CMO CPO CISO VP SVP EVP MD OM QA TL PA EA RN LVN CNA HCA TA HOD HoD "
                              "DPO".split())
_TITLE_LINKS = frozenset("at with for of on in to from into and".split())
_ANSWER = re.compile(
    r"(?im)^[ \t]*(?:AI|Interviewer|Assistant|Moderator|Q)[ \t]*:[^\n]*?\b(?:"
    r"(?P<school>where\s+did\s+you\s+(?:study|go\s+to\s+(?:school|university|college|uni)|graduate)|"
    r"(?:which|what)\s+(?:university|school|college|uni)\b)|"
    r"(?P<employer>where\s+do\s+you\s+work|who\s+do\s+you\s+work\s+for|(?:which|what)\s+(?:company|firm|employer)\b)|"
    r"(?P<place>where\s+(?:do\s+you\s+live|are\s+you\s+(?:based|from)|is\s+home|did\s+you\s+grow\s+up)))"
    r"[^\n]*\?[ \t]*\n+[ \t]*(?:User|Participant|A)[ \t]*:[ \t]*"
    r"(?:(?:I\s+(?:studied|went|work(?:ed)?|live|grew\s+up)\s+(?:at|to|for|in)|at|in|for|from|the)[ \t]+)?"
    r"(?=[^\W\d_])")
_ANSWER_TYPES = (("SCHOOL", "school"), ("ORGANIZATION", "employer"), ("LOCATION", "place"))
_NOT_A_TITLE = frozenset("""bit lot little fan user person member guy woman man part one only new big huge
heavy light regular power early late first last real total complete bit big fan of sure happy glad
proud able used fine okay ok good great not so very just still here there now also always really
working looking affiliated associated involved based employed enrolled registered connected partnered
friends married""".split())


def _overlapping(regex: re.Pattern, text: str) -> Iterator[re.Match]:
    """Matches that may start inside a previous one: "I am working as X for Y" is tried at
    "I am" and again at "working as"."""
    pos = 0
    while (m := regex.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


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
            if is_country_like(normalize(tok.strip("()"))):
                break  # "Diyarbakır (Turkey)": the country stays
            tok = tok[1:]  # "PT Gunawan (Persero) Tbk"
        # ("at eThekwini Municipality", "our supplier, mPharma": a lower-case prefix before a capital)
        # ("pour l'Enfance", "Agencia d'Aduanes": an elided article before a capital)
        if tok[0].isupper() or len(tok) > 3 and tok[0].islower() and tok[1].isupper() and tok[2:].isalpha() \
                or len(tok) > 3 and tok[:2].casefold() in ("l'", "d'", "l’", "d’") and tok[2].isupper() \
                or (words and tok[0].isdigit() and len(tok) <= 4):
            words += 1
            end = m.end()
            if tok.endswith(".") and tok.count(".") == 1 and tok[:-1].casefold() not in _ABBREVIATIONS:
                break  # "...straight out of METU. I started": the sentence ends here
        elif words and (low in _LEGAL_TAILS or low.rstrip(".") in _LEGAL_TAILS):
            end = m.end()  # "Cundari-Ruberto e figli."
            if low.endswith(".") and low not in _LEGAL_TAILS:
                break
        elif words and (low in _NAME_JOINERS or low.isalpha() and not low.isascii()) \
                or not words and low in _LEADING_PARTICLES:
            continue  # kept only if a capitalized word follows ("Đại học Kinh tế Đà Nẵng")
        else:
            break
        if words >= max_words:
            break
    while end > pos and text[end - 1] in ".'’-":
        end -= 1
    return end


# (entity, cue, score, most words, what must follow the name, skip countries, keep "the")
# "at a healthcare BPO, MedAxis Solutions in Cebu", "for a small agency called Pixelwala": the
# employer named after its description.
_DESCRIBED_THEN_NAMED = re.compile(rf"\b(?:at|for|with|joined)[ \t]+{_DESCRIBED_EMPLOYER}"
                                   r"(?:,[ \t]*|[ \t]+(?:called|named)[ \t]+)(?=[A-Z])")
# One's own business, or one described, then its name: "I own my own salon, Cut Above, in
# Salthill", "a small shop in Kyoto, Hanabi Textiles", "a small practice in Headingley, Leeds —
# Brannigan & Holt", "One agency in Redcliffe, Bayside Realty Group, their bot ...".
_OWN_THEN_NAMED = re.compile(
    r"(?:\b(?:[Mm]y|[Oo]ur)[ \t]+(?:own[ \t]+)?|\b(?:[Aa]n?|[Oo]ne)[ \t]+)(?:[\w-]+[ \t]+){0,2}?"
    r"(?:business|company|firm|salon|shop|agency|studio|practice|bakery|restaurant|caf[eé]|store|clinic|pharmacy|"
    r"workshop|brand|label|startup|consultancy|garage|boutique|winery|vineyard|farm|ranch|hotel|guesthouse|"
    r"restaurant|bar|pub)"
    r"(?:[ \t]+(?:in|out[ \t]+of|near)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?(?:,[ \t]+[A-Z][\w'’-]*)?)?"
    r"(?:,[ \t]*|[ \t]+[—–][ \t]+|[ \t]+(?:called|named)[ \t]+)(?=[A-Z])"
    # "The shop is Tin's Ukay Corner", "my brand is called Kibo Prints"
    r"|\b(?:[Mm]y|[Oo]ur|[Tt]he)[ \t]+(?:online[ \t]+)?(?:shop|store|business|brand|stall|label|boutique)[ \t]+(?:is|was)"
    r"(?:[ \t]+called)?[ \t]+(?=[A-Z])")
# A business described, then "it's called": "a bakery in the Bolognina neighbourhood, it's
# called Forno Manfredi", "a wee salon ... its called Hair by Lorraine".
_BUSINESS_CALLED = re.compile(
    rf"(?i:\b{BUSINESS_NOUNS}\b[^.!?\n]{{0,60}}?"
    r"\b(?:it['’]?s|its|it[ \t]+is)[ \t]+called)[ \t]+(?=[A-Z])")
_CUES: list[tuple[str, re.Pattern, float, int, re.Pattern | None, bool, bool]] = [
    ("LOCATION", _PLACE_CUE, 0.6, 4, None, False, False),
    ("LOCATION", _AREA_OF, 0.6, 3, None, True, False),
    ("ORGANIZATION", _EMPLOYER_CUE, 0.6, 6, None, False, False),
    ("ORGANIZATION", _BEFORE_EMPLOYER, 0.6, 6, _AFTER_BEFORE, False, False),
    ("ORGANIZATION", _EMPLOYER_CUE_2, 0.55, 6, None, True, False),
    ("ORGANIZATION", _DESCRIBED_THEN_NAMED, 0.6, 5, None, True, False),
    ("ORGANIZATION", _OWN_THEN_NAMED, 0.9, 5, None, True, False),  # (above the NER model's common-word reading)
    ("ORGANIZATION", _BUSINESS_CALLED, 0.85, 5, None, True, False),
    # "the Università di Bologna": the article is part of the name as said.
    ("SCHOOL", _SCHOOL_CUE, 0.6, 6, None, True, True),
]


# A place said after "in", "near", "outside": "a hot press in Carrigaline", "near Sabo", "outside
# Story City". Only words no English, name or calendar list knows, and no country (countries are
# kept), so "in Marketing", "in March", "in Excel" and "in Priya's team" stay text.
_PLACE_PREP = re.compile(r"\b(?:in|near|outside|around|across)[ \t]+(?=[A-Z])")


# The body that issued a registration, by its acronym, before the number: "my NMC PIN is ...",
# "My TSC number is 487291", "PRC license no. 0587213", "my AHPRA number, P-A-R ...". A regulator
# names the participant's profession and country, as an employer does.
_ISSUER_BEFORE_NUMBER = re.compile(
    r"(?<![\w-])(?!(?:[IVXLC]+)\b)(?P<value>[A-Z]{2,6})[ \t]+(?:PIN|(?i:number|no\.?|nr\.?|reg\.?[ \t]+no\.?|"
    r"(?:licen[cs]e|registration|membership)(?:[ \t]+(?:no\.?|number))?))(?!\w)"
    rf"(?=[^.\n]{{0,40}}?(?:\d|\b(?i:zero|oh|{'|'.join(UNITS)})\b))")


# A hospital ward by its number: "a staff nurse on Ward 22 at St James's", "nobody on Ward 7B
# has read it". With the hospital it names the participant's team.
_NUMBERED_WARD = re.compile(r"\b(?:on|in|to|from|at)[ \t]+(?P<value>Ward[ \t]+\d{1,3}[A-Z]?)\b")


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
                # (One's own salon's name may be common words: "my own salon, Cut Above,".)
                if end == m.end() or not self._name_like(value) and not (
                        cue is _OWN_THEN_NAMED and m.group()[:2].casefold() in ("my", "ou") and " " in value
                        # ("been with the Ministry of Justice": a body named in common words, in title case)
                        or entity == "ORGANIZATION" and len(re.findall(r"\b[A-Z][a-z]+", value)) >= 2) \
                        or then is not None and not then.match(text, end) \
                        or skip_countries and is_country_like(normalize(value)):
                    continue
                # A cue with a `name` group is part of the name ("county of Jämtland").
                start = m.start("name") if "name" in cue.groupindex \
                    else _with_article(text, m.end()) if article else m.end()
                out.append(_result(entity, start, end, score, self))
        english = _english_words(nlp_artifacts)
        for m in _PLACE_PREP.finditer(text) if english and "LOCATION" in want else ():
            end = _capitalized_run(text, m.end(), 3)
            words = re.findall(r"[^\W\d_]+", text[m.end():end])
            if words and all(w.casefold() not in english and w.casefold() not in self._common
                             and w.casefold() not in CALENDAR_WORDS and name_key(w) not in first_names()
                             and not (w.isupper() and len(w) > 1) for w in words) \
                    and not is_country_like(normalize(text[m.end():end])):
                out.append(_result("LOCATION", m.end(), end, 0.5, self))
        if "SCHOOL" in want:
            for m in _SCHOOL_WORD.finditer(text):
                end = _capitalized_run(text, m.start())
                if end > m.start() and " " in text[m.start():end].strip():
                    out.append(_result("SCHOOL", _with_article(text, m.start()), end, 0.7, self))
            for m in _SCHOOL_TAIL.finditer(text):
                first = m.start()
                for w in reversed(list(re.finditer(r"\S+", text[max(0, m.start() - 60):m.start()]))[-3:]):
                    if not w.group()[0].isupper() or not w.group()[-1].isalnum() \
                            or w.group().casefold() in _DETERMINERS:
                        break
                    first = max(0, m.start() - 60) + w.start()
                if first < m.start():
                    out.append(_result("SCHOOL", first, m.end(), 0.7, self))
        if "JOB_TITLE" in want:
            from anonymize.recognizers.people import foreign_occupations, occupation_heads

            heads = occupation_heads()
            for m in _overlapping(_TITLE_CUE, text):
                # "I'm currently lead product designer at Monzo": the adverb is not the title.
                skip = _TITLE_ADVERBS.match(m.group("value")).end()
                words = m.group("value")[skip:].split()
                if not words:
                    continue
                if words[-1].casefold() in _NOT_A_TITLE or words[0].casefold() in _NOT_A_TITLE \
                        or any(w.casefold() in _PRONOUNS and not w.isupper() for w in words):
                    continue  # "IT coordinator" is a title; "it" is a pronoun
                folded = [w.casefold() for w in words]
                last = folded[-1].split("-")[-1]
                # Long ones ("team leader in customer care") need an occupation word before the
                # qualifier, so a clause is not read as a title; after "in"/"of" ("dispatch
                # coordinator in Transportes Andinos", "the owner of Pharmacy X") the title must
                # end in one.
                if (m.group("link") in ("in", "of") or m.group("described")) and last not in heads:
                    continue
                if len(words) > 3 and not any(w in heads and (i == len(folded) - 1 or folded[i + 1] in
                                                              ("in", "of", "for")) for i, w in enumerate(folded)):
                    continue
                out.append(_result("JOB_TITLE", m.start("value") + skip, m.end("value"), 0.6, self))
            for m in _GLOSSED_TITLE.finditer(text) if _GLOSS_SHAPE.search(text) else ():
                # "Fertigungsleiter — production manager — at Vogt": a title and its translation.
                lead = re.match(r"(?:(?:as|a|an|the|I|am|im|I'm|soy|sou|je|suis|ich|bin)[ \t]+)*", m.group("value"))
                if m.group("gloss").split()[-1] in heads and lead.end() < len(m.group("value")):
                    out.append(_result("JOB_TITLE", m.start("value") + lead.end(), m.end("gloss"), 0.6, self))
            for m in _SCRIPT_TITLE.finditer(text):
                out.append(_result("JOB_TITLE", *m.span("value"), 0.6, self))
            foreign = foreign_occupations()
            for m in _AGE_THEN_TITLE.finditer(text):
                if not m.group("unit") and re.match(r"[ \t]+and\b", text[m.end():]):
                    continue  # "we are 14, data analyst and engineers" (not "26 yrs old, social media manager and VA")
                words, skip = _past_self_words(m.group("value").casefold().split())
                if words[-1] in heads or words[0] in foreign:
                    out.append(_result("JOB_TITLE", m.start("value") + skip, m.end("value"), 0.55, self))
            for m in _overlapping(_COMMA_GLOSSED_TITLE, text) if english is not None else ():
                # Before an English occupation, a phrase of another language: a job title of its
                # own language (past "I am" in it: "sou", "sy"), or words no English or common list knows.
                gloss = m.group("gloss").casefold().split()
                if gloss[-1].endswith("s") or gloss[0] in _QUANTIFIERS or gloss[:2] == ["a", "few"]:
                    continue  # "bakeries, mechanics, a few clinics": a list of trades, no title
                words, skip = _past_self_words(m.group("value").casefold().split(), articles=True)
                if gloss[-1] in heads and all(w in english for w in gloss) and gloss[0] not in ("no", "not") \
                        and (any(w in foreign for w in words) or not any(
                            w in english or w[:-1] in english or w[:-3] + "y" in english or w in common_words()
                            or is_generic(w) or w in HESITATIONS or w in ("like", "so", "well")
                            for w in words)):
                    out.append(_result("JOB_TITLE", m.start("value") + skip, m.end("gloss"), 0.55, self))
            for m in _BRACKET_GLOSSED_TITLE.finditer(text) if english is not None else ():
                vg, gg = ("value", "gloss") if m.group("value") else ("value2", "gloss2")
                gloss = m.group(gg).casefold().split()
                if gloss[-1] not in heads or not all(w in english or w in heads for w in gloss):
                    continue
                # The title is the words of no English ("i work as brutar": "brutar"), at the end.
                tokens = list(re.finditer(r"\S+", m.group(vg)))
                first = len(tokens)
                while first > 0 and (w := tokens[first - 1].group().casefold()) not in english \
                        and w not in self._common and w not in _PRONOUNS and w not in _SELF_WORDS \
                        or first > 1 and w in _TITLE_PARTICLES:
                    first -= 1
                start = m.start(vg) + tokens[first].start() if first < len(tokens) else m.end(vg)
                if first < len(tokens) and tokens[first].group().casefold() not in _TITLE_PARTICLES \
                        and _SELF_BEFORE_GLOSSED.search(text, max(0, start - 40), start):
                    out.append(_result("JOB_TITLE", m.start(vg) + tokens[first].start(), m.end(vg), 0.55, self))
                    out.append(_result("JOB_TITLE", *m.span(gg), 0.55, self))
            for m in _AS_TITLE_AT.finditer(text):
                words = m.group("value").casefold().split()
                if not _ENGAGEMENT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                    continue
                if words[-1] in heads and words[0] not in _NOT_A_TITLE and not any(w in _PRONOUNS for w in words):
                    out.append(_result("JOB_TITLE", *m.span("value"), 0.55, self))
            for m in _WORK_AS_TITLE.finditer(text):
                words = m.group("value").casefold().split()
                if (words[-1] in heads or words[-1] in foreign) and words[0] not in _NOT_A_TITLE \
                        and not any(w in _PRONOUNS or w in _DETERMINERS for w in words):
                    out.append(_result("JOB_TITLE", *m.span("value"), 0.55, self))
            for m in _AGED_TITLE.finditer(text):
                words = m.group("value").casefold().split()
                if words[-1] in heads and not any(w in _PRONOUNS or w in _DETERMINERS for w in words):
                    out.append(_result("JOB_TITLE", *m.span("value"), 0.55, self))
            for m in _TITLE_BESIDE_NAME.finditer(text):
                group = "value" if m.group("value") else "value2"
                if m.group("name").split()[0].casefold() in self._common or group == "value2" and " " not in m.group("name"):
                    continue  # "Now, prompt engineer, is that a job?", "Gemini (junior developer)": no person
                words = m.group(group).casefold().split()
                if words[-1] in heads and words[0] not in _NOT_A_TITLE and words[0] not in _GENERIC_TITLE_FIRST \
                        and not any(w in _PRONOUNS or w in _DETERMINERS or w in _TITLE_LINKS for w in words):
                    out.append(_result("JOB_TITLE", *m.span(group), 0.55, self))
            for m in _TITLE_AFTER_EMPLOYER.finditer(text):
                if m.group("value").split()[-1].casefold() in heads:
                    out.append(_result("JOB_TITLE", *m.span("value"), 0.55, self))
            for m in _overlapping(_TITLE_OF_NAMED, text):
                group = next(g for g in ("value", "value2", "value3", "value4", "value5", "value6", "value7")
                             if m.group(g))
                words = m.group(group).split()
                if group == "value2":  # "the shift supervisor for night": the title ends at its occupation
                    while words and words[-1].casefold() not in heads:
                        words.pop()
                if group == "value" and len(words) > 1 and words[-1] in ("there", "here"):
                    words.pop()  # "Our producer there, Henrik"
                comma = group == "value" and "," in text[m.end("value"):m.end()]
                if group == "value" and len(words) > 1 and re.fullmatch(rf"{_TYPED_HONORIFICS}|{HONORIFICS}", words[-1]) \
                        and not m.group("hon") and not comma:
                    words.pop()  # "our front office manager sir Harold Sy": the honorific is the name's
                if group == "value4" and " " not in m.group("name4") and is_generic(m.group("name4").casefold()) \
                        and name_key(m.group("name4")) not in first_names():
                    continue  # "Yes, the dentist, ...": a word, not a name, before the title
                skip = 0
                while group in ("value", "value7") and len(words) > 1 and words[0].casefold() in _FORMER:
                    words, skip = words[1:], skip + 1  # "My old professor, Prof. Ivanova": the title
                folded = [w.casefold() for w in words]
                if m.group("at") and folded and folded[-1] in _RELATIONAL_ROLES:
                    continue  # "The general manager at Shepparton, Craig": a role every workplace has
                # "head of section": the occupation may come before "of".
                # ("my OM is Sir Dennis Yap", "our QA is Ma'am Joy": a title's abbreviation)
                ends_in_head = bool(folded) and (folded[-1] in heads or "of" in folded[1:-1]
                                                 and folded[folded.index("of") - 1] in heads
                                                 or group in ("value", "value4", "value7") and words[-1] in _TITLE_ABBR_NAMED)
                if group == "value" and m.group("hon") and (after := re.match(r"[^\W\d_]+", text[m.end():])) \
                        and after.group().islower() and after.group() in self._common:
                    continue  # "the principal madam is supportive": no name after the honorific
                if group == "value" and not ends_in_head:
                    ends_in_head = _title_before_name(m, folded, text, comma, heads, english, self._common)
                if "and" in folded[1:-1] and folded[folded.index("and") - 1] in heads:
                    folded = [w for w in folded if w != "and"]  # "the founder and creative director"
                one = len(words) == 1 and folded[0] not in _RELATIONAL_ROLES and folded[0][:-1] not in _RELATIONAL_ROLES
                if (len(words) >= 2 or one) and ends_in_head and folded[0] not in _GENERIC_TITLE_FIRST \
                        and not any(w in _DETERMINERS or w in _PRONOUNS or w in ("and", "or", "is", "was")
                                    for w in folded):
                    tokens = list(re.finditer(r"\S+", m.group(group)))
                    first, last = tokens[skip], tokens[skip + len(words) - 1]
                    out.append(_result("JOB_TITLE", m.start(group) + first.start(), m.start(group) + last.end(),
                                       0.55, self))
            for m in chain(_INTRO_TITLE.finditer(text), _TITLE_AFTER_INTRO.finditer(text)):
                words = list(re.finditer(r"\S+", m.group("value")))
                # The title runs to its last occupation word before a link: "postdoctoral
                # researcher in bioinformatics", "co-founder and CTO of", "translator french and".
                last, of_phrase = None, False
                for i, w in enumerate(words):
                    folded = w.group().casefold()
                    if folded == "of" and last == i - 1:
                        of_phrase = True  # "head of warehouse planning"
                    elif folded in _DETERMINERS or folded in _PRONOUNS or folded in _NOT_A_TITLE:
                        break
                    elif folded in heads or w.group() in _TITLE_ABBR:
                        last = i
                    elif of_phrase and folded not in _TITLE_LINKS:
                        last = i
                    elif folded == "and":
                        continue
                    elif last is not None or folded in _TITLE_LINKS:
                        break  # "translator french and english", "researcher in bioinformatics"
                if last is not None and m.re is _TITLE_AFTER_INTRO and words[last].group().casefold()[:-1] in heads:
                    continue  # "Nurses at St James's are tired": people of a trade, not the speaker's title
                if last is not None and words[0].group().casefold() not in _NOT_A_TITLE:
                    end = m.start("value") + words[last].end()
                    out.append(_result("JOB_TITLE", m.start("value"), end, 0.6, self))
            for m in _TITLE_BEFORE_EMPLOYER.finditer(text):
                words = m.group("value").casefold().split()
                if any(w in ("was", "were", "is", "are", "by", "been", "had", "has") for w in words):
                    continue  # ", the applicant was examined by doctors at Van State Hospital": a clause
                # "assistant professor of clinical pharmacy": the occupation may come before "of".
                if words[-1] in heads or "of" in words and words[words.index("of") - 1] in heads:
                    out.append(_result("JOB_TITLE", *m.span("value"), 0.55, self))
        if "ORGANIZATION" in want:
            from anonymize.recognizers.ids import _ID_CONTEXT

            for m in _NUMBERED_WARD.finditer(text):
                out.append(_result("ORGANIZATION", *m.span("value"), 0.55, self))
            for m in _ISSUER_BEFORE_NUMBER.finditer(text):
                if not _ID_CONTEXT.fullmatch(m.group("value")):  # "my NHS number", "PAN no.": the id's own name
                    out.append(_result("ORGANIZATION", *m.span("value"), 0.55, self))
        # The answer to the interviewer's question ("AI: Where did you study?\nUser: Faculdade
        # de Direito da USP."): the question is the cue.
        for m in _ANSWER.finditer(text):
            entity = next(e for e, g in _ANSWER_TYPES if m.group(g))
            end = _capitalized_run(text, m.end(), 6)
            value = text[m.end():end]
            if entity in want and end > m.end() and self._name_like(value) \
                    and not is_country_like(normalize(value)):
                out.append(_result(entity, m.end(), end, 0.6, self))
        return out
