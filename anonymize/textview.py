"""A normalized view of a text for detecting obfuscated identifiers, with an exact map
back to the original offsets.

People (and scrubbers' adversaries) write "priya dot sharma at gmail dot com",
"priya[at]acme[dot]com", digits with spaces ("4 1 5 5 5 5 2 6 7 1"), full-width digits or
zero-width characters inside a value. Detection runs on the view; every view character
remembers which original character it came from, so findings map back exactly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterator

# (U+FE0F and U+20E3 make "3️⃣" of a 3: digits written as keycap emoji.)
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\ufe0f\u20e3"), None)

# " at " / "[at]" / "(at)" / "(a)" / "{at}" between two word-ish tokens, and the same for "dot";
# also the words other languages spell them with ("arobase", "arroba", "point", "punto"...) and a
# spaced " . ".
_AT_WORD = (r"(?:at\s+the\s+rate(?:\s+of)?|at|AT|(?i:atmark|arroba|arrova|arobase|chiocciola|klammeraffe|arond|kukac|małpa|malpa|"
            r"a\s+còng|a\s+cong|et\s+işareti|et|собака|sobaka|ät|snabel-a|kissanhäntä|apenstaartje|papaki|"
            r"a\s+rond|arobaz|маймунка|равлик|равлика|krøllalfa|krollalfa|grisehale|собачка|sobachka|"
            r"miukumauku|malwen|golbaengi|kolbaengi|zavináč|zavinac)|골뱅이|آت|"
            r"アットマーク|แอท|παπάκι|艾特|小老鼠|"
            # Afrikaans "by" and Spanish "en" only with their own language's dot word after them.
            r"(?:by|en)(?=\s+[\w.-]+\s+(?i:punt|punto)\s)|"
            # French "chez" only with "point" after it: "camille point rousseau chez protonmail point com"
            r"chez(?=\s+[\w.-]+\s+point\s)|"
            # Malay and Indonesian "di" only with "titik" after it: "faizal di gmail titik com"
            r"di(?=\s+[\w.-]+\s+(?i:titik)\s)|"
            # Swahili "kwa" only with "nukta" after it: "baraka kwa kileletrails nukta co nukta tz"
            r"kwa(?=\s+[\w.-]+\s+(?i:nukta)\s))")
_DOT_WORD = (r"(?:dot|DOT|d0t|D0T|period|full[ \t]+stop|(?i:point|punto|ponto|punktum|punkts|punkt|punct|punt|pont|pwen|kropka|nokta|nukta|titik|chấm|cham|piste|taškas|taskas|täpp|tapp)|"
             r"точка|крапка|点|점|쩜|닷|ドット|ดอท|τελεία|دوت|نقطة|[.•·])")
_AT = re.compile(rf"(?<=\w)(?:\s+-(?:at|AT)-\s+|_(?:at|AT)_(?=[^\W_][\w-]*_(?:dot|DOT)_)|"
                 # "naledi dot dlamini, at sign, ukzn dot ac dot za"
                 rf",?\s+(?:the\s+)?(?:at|AT)\s+(?:sign|symbol),?\s+|\s*[\[\(\{{<]\s*(?:at[ -](?:sign|symbol)|at|@|a|ät|eta|arroba|arobase|{_AT_WORD})\s*[\]\)\}}>]\s*|\s+{_AT_WORD}\s+(?![^\s]*@)(?![\w.-]+/)"
                 # ("write him at oleksandr . kovalenko @ comarch . com": the real @ comes later)
                 rf"(?![\w.-]+(?:[ \t]*\.[ \t]*[\w-]+)*[ \t]*@)"
                 # ("contact me at rui.carvalho[at]metvouga[dot]pt": the bracketed one is the @)
                 rf"(?!(?:(?![.,;][ \t])[^\n!?]){{0,40}}?[\[\(\{{<][ \t]*(?:at|AT|@)[ \t]*[\]\)\}}>])"
                 # "me at oluwa dot seun at gmail dot com": the last "at" of a chain is the @
                 rf"(?![\w-]+(?:(?:\s+{_DOT_WORD}\s+|\.)[\w-]+)+\s+{_AT_WORD}\s+[\w-]+(?:\s+{_DOT_WORD}\s+|\.)\w)"
                 rf"(?=[\w-]+(?:\s*[\[\(\{{<]\s*(?:{_DOT_WORD})\s*[\]\)\}}>]\s*|\s+{_DOT_WORD}\s+|\.)\w))(?=\w)")
_DOT = re.compile(rf"(?<=\w)(?:,[ \t]+(?:full[ \t]+stop|dot|period),[ \t]+(?=(?:com|net|org|edu|gov|co|io)\b)|\s+-(?:dot|DOT)-\s+|(?<=[^\W_])_(?:dot|DOT)_(?=[^\W_])|\s*[\[\(\{{<]\s*(?:{_DOT_WORD})\s*[\]\)\}}>]\s*|\s+{_DOT_WORD}\s+)(?=\w)")
# An address typed a letter at a time ("m i k k e l @ h o l m s t u d i o . d k") and an @
# with spaces around it ("bkowalski_fop @ gmail . com").
_SPACED_LETTERS = re.compile(r"(?<!\S)(?:\S[ \t]){4,}\S(?=[.,;:!?)]*(?:\s|$))")
_SPACED_AT = re.compile(r"(?<=[\w.])(?:[ \t]*@[ \t]+)(?=\w[\w.-]*(?:[ \t]*\.[ \t]*|\s+(?:dot|DOT)\s+)\w)")
# "arnel.b (at) gmail com": the dot left out before a common suffix, after an @.
_MISSING_DOT = re.compile(r"@[\w-]+[ \t]+(?:com|net|org|edu|gov|io|co)\b")
# A webmail address said without its ending ("thiago dot ramos at gmail."): the provider
# names the domain, so ".com" is read after it.
_WEBMAIL = r"(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|protonmail|proton|aol|live|bigpond|gmx|yandex|rediffmail|zoho)"
_BARE_WEBMAIL = re.compile(rf"(?<=\w@){_WEBMAIL}(?![\w-]|\.\w)")
# "thiago.ramos at gmail." (after the dot words are read): a dotted local part, "at", and a
# webmail provider with no ending is an address; the provider gets its ".com" below.
_WEBMAIL_AT = re.compile(r"(?<![\w.@-])[\w-]+(?:\.[\w-]+)+(?P<at>[ \t]+(?:at|AT)[ \t]+)"
                         rf"(?={_WEBMAIL}(?![\w-]|\.\w))")


def _webmail_at(m: re.Match, src: list[Piece]) -> list[Piece]:
    cut, end = m.start("at") - m.start(), m.end("at") - m.start()
    return src[:cut] + [("@", src[cut][1], src[end - 1][2])]


# "asante dash mensah at gmail": a spoken hyphen inside an address.
_DASH = re.compile(r"(?<=\w)[ \t]+(?i:dash|hyphen)[ \t]+(?=\w[\w.-]*(?:[ \t]+(?:dot|DOT)[ \t]+\w+)*[ \t]+(?:at|AT|@)[ \t])")
# "yanis•benali＠gmail•com": a bullet between letters stands for the dot.
_BULLET = re.compile(r"(?<=\w)•(?=\w)")
# "mcallisterelectrical at bigpond, all one word, then dot com": an aside inside an address.
_ASIDE_WORDS = (r",?[ \t]+(?:all[ \t]+one[ \t]+word|one[ \t]+word|no[ \t]+spaces)[ \t]*,?[ \t]+(?:then[ \t]+)?"
                r"(?=(?:dot|DOT)[ \t]+\w)")
_ASIDE = re.compile(rf"(?<=\w){_ASIDE_WORDS}")
# "harry at eastside food hub, all one word, dot c a": the words the aside joins, after "at".
_ASIDE_JOINED = re.compile(rf"(?<=\s(?:at|AT)\s)(?:[a-z0-9-]+[ \t]+){{1,3}}[a-z0-9-]+(?P<aside>{_ASIDE_WORDS})")
# A top-level domain spelled a letter at a time after the dot: "...@gmail.c o m", "....c a".
_SPELLED_TLD = re.compile(r"(?<=\.)(?:[a-z](?:[ \t][a-z]){1,2}|[A-Z](?:[ \t][A-Z]){1,2})(?![\w@-]|\.\w)")


def _aside_joined(m: re.Match, src: list[Piece]) -> list[Piece]:
    aside = m.start("aside") - m.start()
    word = [p for p in src[:aside] if not p[0].isspace()]
    return word + [(" ", src[aside][1], src[-1][2])]


def _spelled_tld(m: re.Match, src: list[Piece]) -> list[Piece]:
    token_start = max(m.string.rfind(" ", 0, m.start()), m.string.rfind("\n", 0, m.start())) + 1
    if "@" not in m.string[token_start:m.start()]:
        return src
    return [p for p in src if not p[0].isspace()]


# "try 021, then 447, then 8092": a number read out in blocks.
_THEN_DIGITS = re.compile(r"(?<=\d),?[ \t]+(?:and[ \t]+)?then[ \t]+(?=\d)")
# A dash said between groups of digits: "0712 dash 345 dash 678" (and between digit words, see
# _SEP_RUN).
_SPOKEN_DASH = r",?[ \t]+(?i:dash|hyphen),?[ \t]+"
_DASH_DIGITS = re.compile(rf"(?<=\d){_SPOKEN_DASH}(?=\d)")
# "rohit underscore b at paywavelabs dot in", Spanish "martin guion bajo goldberg arroba ..."
_UNDERSCORE = re.compile(r"(?<=\w)[ \t]+(?i:underscore|underline|gui[oó]n[ \t]+bajo|sublinhado|tiret[ \t]+bas|"
                         r"trattino[ \t]+basso)[ \t]+(?=\w)")


_AT_NEXT = re.compile(rf"\s+(?:{_AT_WORD}|@)\s+\w")
# A domain spelled a letter at a time: "leah dot goldstein at p c c dot e d u".
_SPACED_DOMAIN = re.compile(r"(?<=\s(?:at|AT)\s)[a-z](?:[ \t][a-z]){1,5}(?=[ \t]+(?:dot|DOT)[ \t]+\w)")
# A top-level domain in leetspeak: "1br4h1m.d4njum4 at y4h00 d0t c0m".
_LEET_TLD = re.compile(r"(?<=\w\.)(?:c0m|0rg|n3t|3du)(?![\w]|\.\w)")
# ("J O M A R dot R E Y E S at yahoo dot com": the local part's first half)
_DOT_NEXT = re.compile(r"\s+(?:dot|DOT)\s+\w")
# "abena-dot-oa-at-outlook-dot-com": an address joined into one token by hyphens.
_HYPHEN_ADDRESS = re.compile(r"(?<![\w-])[^\W_]\w*(?:-(?:dot|DOT)-\w+)*-(?:at|AT)-\w+(?:-(?:dot|DOT)-\w+)+(?![\w-])")
_HYPHEN_WORD = re.compile(r"-(?:(?P<at>at|AT)|dot|DOT)-")


def _hyphen_address(m: re.Match, src: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    pos = 0
    for w in _HYPHEN_WORD.finditer(m.group()):
        out.extend(src[pos:w.start()])
        out.append(("@" if w.group("at") else ".", src[w.start()][1], src[w.end() - 1][2]))
        pos = w.end()
    return out + src[pos:]


# "yokasta.almonte @ h o t m a i l . c o m": once the domain is read together, the space before
# the "@" goes too (a dotted local part and a dotted domain: no handle is written so).
_SPACE_BEFORE_AT = re.compile(r"(?<![\w.@])[\w-]+(?:[._][\w-]+)+[ \t]+@(?=[\w-]+\.[a-z]{2,})")


def _drop_spaces(m: re.Match, src: list[Piece]) -> list[Piece]:
    # "b i l a l q u r e s h i 9 9 at gmail dot com": the @ may come after the spelled part.
    if "@" not in m.group() and not _AT_NEXT.match(m.string, m.end()) and not _DOT_NEXT.match(m.string, m.end()) \
            or any(len(t) > 1 for t in m.group().split()):
        return src
    return _drop_all_spaces(m, src)


# Digits separated by single spaces, dots, dashes, slashes or middle dots: "4 1 5 . 5 5 5",
# "3 0 0 - 6 4 1", "6/1/9/3/3/0", "9 1 2 · 7 4 0" -> "415555" (6+ digits).
_SPACED_DIGITS = re.compile(r"(?<![\w.])\d(?:[ \t.\-–—/·•]{1,3}\d){5,}(?![\w])")
# Digits in uneven groups, some spaced out one by one ("012 - 4 7 8 - 33 01"): a phone number
# when the groups make 9 to 13 digits and at least two groups are single digits.
_GROUPED_DIGITS = re.compile(r"(?<![\w.])\d{1,4}(?:[ \t\-–—/·•]{1,3}\d{1,4}){3,}(?![\w])")


@dataclass(frozen=True)
class TextView:
    text: str
    starts: list[int]  # view character i came from original[starts[i]:ends[i]]
    ends: list[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span that view span [start, end) was made from."""
        if start >= end:
            raise ValueError("empty span")
        # (min and max: a view may read a stretch backwards, "moc.oohay@78akuyo")
        return min(self.starts[start:end]), max(self.ends[start:end])


Piece = tuple[str, int, int]  # (view text, original start, original end)


def _apply(pieces: list[Piece], text: str, regex: re.Pattern, repl) -> tuple[list[Piece], str]:
    """Rewrite matches of `regex` in the view `text`; `repl(match, pieces_of_match)` returns
    the new pieces, so each new character can keep an exact origin. Every piece is one
    character (character-level bookkeeping is simple; views are transcript-sized), so
    ``text`` is the pieces' characters and is rebuilt only when something changed."""
    if not regex.search(text):
        return pieces, text
    out: list[Piece] = []
    pos = 0
    for m in regex.finditer(text):
        out.extend(pieces[pos:m.start()])
        out.extend(repl(m, pieces[m.start():m.end()]))
        pos = m.end()
    out.extend(pieces[pos:])
    return out, "".join(p[0] for p in out)


def _replace_all(new: str):
    def repl(m: re.Match, src: list[Piece]) -> list[Piece]:
        return [(c, src[0][1], src[-1][2]) for c in new]
    return repl


def _missing_dot(m: re.Match, src: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    for p in src:
        if p[0] in " \t":
            if out[-1][0] != ".":
                out.append((".", p[1], p[2]))
        else:
            out.append(p)
    return out


def _digits_only(m: re.Match, src: list[Piece]) -> list[Piece]:
    return [p for p in src if p[0].isdigit()]


# Digits said as words ("oh seven nine one one, four eight two, oh three five"): seven or more
# in a row, with spaces, commas or hyphens between them, become the digits.
_DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
                "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
# Other languages' digit words, for numbers read out in them ("seis uno cero", "noll sju noll",
# "nul zes"). Words that are English words in other uses ("to", "fire") are left out.
# Also Tagalog, Malay, romanized Hindi, Afrikaans, Māori, Samoan, Romanian, Greek, Arabic,
# Haitian Creole, Amharic and Acholi: a run of seven or more digit words is a number whatever
# the language, so a word that is also English ("do", "char") only counts inside such a run.
_OTHER_DIGIT_WORDS = (
    "cero zéro nul null noll nol sıfır sifir sifuri kosong không sero shunya shoonya sunya kore selo "
    "μηδέν صفر zewo ዜሮ dim sifar нуль ноль",
    "uno um un eins een één ett jeden satu bir moja một isa ek aik tahi tasi unu ένα واحد en አንድ acel один одна",
    "dos dois deux due zwei zwo twee två dwa dua iki mbili hai dalawa do rua lua doi δύο اثنان اثنين de dau "
    "ሁለት aryo два дві две",
    "tres três trois tre drei drie trzy tiga üç tatu ba tatlo teen toru tolu trei τρία ثلاثة twa tri ሦስት "
    "ሶስት adek три",
    "cuatro quatro quatre quattro vier fyra cztery empat dört nne bốn apat char chaar whā wha fa patru "
    "τέσσερα أربعة اربعة kat pedwar አራት angwen чотири четыре",
    "cinco cinq cinque fünf fuenf vijf fem pięć piec lima beş tano năm paanch panch vyf rima cinci πέντε "
    "خمسة senk pump አምስት abic п'ять пять",
    "seis sei sechs zes sex seks sześć enam altı sita sáu meia anim chhe chhah chay chhay cheh ses ono șase sase έξι "  # Brazil's "meia"
    "ستة sis chwech ስድስት abicel шість шесть",
    "siete sete sept sette sieben zeven sju syv siedem tujuh yedi saba bảy pito saat sewe whitu fitu "
    "șapte sapte επτά εφτά سبعة sèt saith ሰባት abiro сім семь",
    "ocho oito huit otto acht åtta åtte otte osiem delapan lapan sekiz nane tám walo aath agt waru valu "
    "opt οκτώ οχτώ ثمانية uit wyth ስምንት aboro вісім восемь",
    "nueve nove neuf neun negen nio dziewięć sembilan dokuz tisa chín siyam nau nege iwa iva nouă noua "
    "εννέα εννιά تسعة nèf naw ዘጠኝ abongwen aboŋwen дев'ять девять",
)
# Mandarin in pinyin ("yao san ba, liu qi er ling"), where "yao" is one in phone numbers; "ba"
# is Vietnamese three above, which only changes the digit, not the run.
_PINYIN_DIGITS = ("ling", "yao yi", "er liang", "san", "si", "wu", "liu", "qi", "ba", "jiu")
_DIGIT_WORDS["plus"] = "+"  # "plus three eight oh, six seven, ..."
# Finnish, Estonian, Lithuanian, Latvian, Persian as typed in Latin ("sefr noh yek haft") and
# Jamaican "tree".
_NORTHERN_AND_PERSIAN_DIGITS = (
    "nolla nulis nulle sefr", "yksi üks uks vienas viens yek", "kaksi kaks du divi",
    "kolme kolm trys trīs tris se tree", "neljä nelja neli keturi četri cetri chahar chahār",
    "viisi viis penki pieci panj", "kuusi kuus šeši sesi seši shesh",
    "seitsemän seitseman seitse septyni septiņi septini haft",
    "kahdeksan kaheksa aštuoni astuoni astoņi astoni hasht",
    "yhdeksän yhdeksan üheksa uheksa devyni deviņi devini noh")
# Croatian, Serbian and Bosnian ("nula devedeset jedan, dvjesto trideset četiri") and Swiss German
# ("nüll sibe nüün, vier eis zwei, drüü drüü"); "pet", "hat" and the like only count inside a run.
_SOUTH_SLAVIC_AND_SWISS_DIGITS = ("nula nüll", "jedan jedna eis", "dva dvije zwöi", "drüü", "četiri cetiri",
                                  "pet foif füüf", "šest sest sächs", "sedam sibe", "osam", "devet nüün nüüni")
# Tongan ("fitu fitu, fā tolu, hiva taha nima"); "tolu", "fitu", "valu", "ono" are Samoan's too.
_TONGAN_DIGITS = ("noa", "taha", "ua", "tolu", "fā", "nima", "ono", "fitu", "valu", "hiva")
# Irish, where digits are counted with the particle "a" ("a náid, a hocht, a seacht"): the
# particle is read with its word and skipped in _read_digits.
_IRISH_DIGITS = ("náid naid", "haon aon", "dó", "trí", "ceathair", "cúig cuig", "sé", "seacht", "hocht ocht", "naoi")
for _digit, _words in [*enumerate(_OTHER_DIGIT_WORDS), *enumerate(_PINYIN_DIGITS),
                        *enumerate(_NORTHERN_AND_PERSIAN_DIGITS), *enumerate(_SOUTH_SLAVIC_AND_SWISS_DIGITS)]:
    for _word in _words.split():
        _DIGIT_WORDS.setdefault(_word, str(_digit))
for _digit, _word in enumerate(_TONGAN_DIGITS):
    _DIGIT_WORDS.setdefault(_word, str(_digit))
for _digit, _words in enumerate(_IRISH_DIGITS):
    for _word in _words.split():
        _DIGIT_WORDS.setdefault(_word, str(_digit))
        _DIGIT_WORDS.setdefault(f"a {_word}", str(_digit))
for _word in [w for w in _DIGIT_WORDS if "'" in w]:  # "п’ять", "пʼять"
    _DIGIT_WORDS[_word.replace("'", "’")] = _DIGIT_WORDS[_word.replace("'", "ʼ")] = _DIGIT_WORDS[_word]
def _trie(words) -> str:
    """One regex for many words, as a trie ("o(?:ne|ito|...)"): Python's engine tries a plain
    alternation word by word at every position, and these lists run to hundreds of words.
    Greedy optional tails keep the longest word first, as the old length-sorted list did."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(root) + ")"


_DIGIT_WORD = _trie(_DIGIT_WORDS)
_SEP = r"[ \t,\-–—/·•.،፣]"
# Between groups read out: separators, or "dash" said ("zero one zero, dash, seven seven one two").
_SEP_RUN = rf"(?:{_SEP}{{1,3}}|{_SPOKEN_DASH})"
_SPELLED_DIGITS = re.compile(rf"(?i)(?<![\w])(?:(?:double|triple)[ \t-]+)?{_DIGIT_WORD}"
                             rf"(?:{_SEP_RUN}(?:(?:double|triple)[ \t-]+)?{_DIGIT_WORD}){{6,}}(?![\w])")
# Words and digits mixed ("zero 7 nine - 5 5 1 - 28 34"): at least two digit words, and the
# whole run is kept only if it makes a phone-length number (checked in _spelled_digits).
# Two-digit number words, for numbers read in pairs ("oh six, forty-seven, eighty-two",
# "once quince cuarenta y ocho", "quarante-sept", "vinte e um"): a tens word and the unit after it
# make two digits; a tens word alone ends in 0.
_TEENS = {}
for _value, _words in enumerate((
        "ten diez dix dez dieci", "eleven once onze undici", "twelve doce douze doze dodici",
        "thirteen trece treize treze tredici", "fourteen catorce quatorze catorze quattordici",
        "fifteen quince quinze quindici", "sixteen dieciséis dieciseis seize dezesseis sedici",
        "seventeen diecisiete dix-sept dezessete diciassette", "eighteen dieciocho dix-huit dezoito diciotto",
        "nineteen diecinueve dix-neuf dezenove diciannove dziewiętnaście"), start=10):
    for _word in _words.split():
        _TEENS[_word] = str(_value)
for _value, _word in enumerate("dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście "
                               "siedemnaście osiemnaście".split(), start=10):
    _TEENS[_word] = str(_value)
# Danish reads numbers in pairs, the unit first ("otteogtyve enoghalvfjerds" is 28 71): each
# compound is one word. ("tres", sixty alone, is Spanish three: only in compounds.)
_DANISH_TENS = dict(zip("tyve tredive fyrre halvtreds tres halvfjerds firs halvfems".split(), "23456789"))
for _tens_word, _tens in _DANISH_TENS.items():
    for _unit, _unit_word in enumerate("en to tre fire fem seks syv otte ni".split(), start=1):
        _TEENS[f"{_unit_word}og{_tens_word}"] = f"{_tens}{_unit}"
for _value, _word in enumerate("ti elleve tolv tretten fjorten femten seksten sytten atten nitten".split(), start=10):
    _TEENS.setdefault(_word, str(_value))
# Dutch ("nul tien, vier acht negen"), where "elf" is eleven.
for _value, _word in enumerate("tien elf twaalf dertien veertien vijftien zestien zeventien achttien "
                               "negentien".split(), start=10):
    _TEENS[_word] = str(_value)
# ... and its compounds, the unit first ("vierendertig" is 34, "tweeëntwintig" 22).
for _tens, _tens_word in enumerate("twintig dertig veertig vijftig zestig zeventig tachtig negentig".split(), start=2):
    for _unit, _unit_word in enumerate("een twee drie vier vijf zes zeven acht negen".split(), start=1):
        _joined = f"{_unit_word}{'ën' if _unit_word.endswith('e') else 'en'}{_tens_word}"
        _TEENS[_joined] = _TEENS[_joined.replace("ë", "e")] = f"{_tens}{_unit}"
# Croatian, Serbian and Bosnian teens.
for _value, _word in enumerate("deset jedanaest dvanaest trinaest četrnaest petnaest šesnaest sedamnaest osamnaest "
                               "devetnaest".split(), start=10):
    _TEENS[_word] = str(_value)
# Ukrainian and Russian teens.
for _value, _words in enumerate((
        "десять", "одинадцять одиннадцать", "дванадцять двенадцать", "тринадцять тринадцать",
        "чотирнадцять четырнадцать", "п'ятнадцять пятнадцать", "шістнадцять шестнадцать",
        "сімнадцять семнадцать", "вісімнадцять восемнадцать", "дев'ятнадцять девятнадцать"), start=10):
    for _word in _words.split():
        _TEENS[_word] = str(_value)
for _value, _word in enumerate("veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete "
                               "veintiocho veintinueve".split(), start=21):
    _TEENS[_word] = str(_value)
    _TEENS[_word.replace("ó", "o").replace("é", "e")] = str(_value)
_TENS = {}
for _value, _words in enumerate((
        "twenty veinte vingt vinte venti dwadzieścia yirmi", "thirty treinta trente trinta trenta trzydzieści otuz",
        "forty cuarenta quarante quarenta quaranta czterdzieści kırk",
        "fifty cincuenta cinquante cinquenta cinquanta pięćdziesiąt elli",
        "sixty sesenta soixante sessenta sessanta sześćdziesiąt altmış", "seventy setenta settanta siedemdziesiąt yetmiş",
        "eighty ochenta quatre-vingt quatre-vingts oitenta ottanta osiemdziesiąt seksen",
        "ninety noventa novanta dziewięćdziesiąt doksan"), start=2):
    for _word in _words.split():
        _TENS[_word] = str(_value)
for _value, _word in enumerate("twintig dertig veertig vijftig zestig zeventig tachtig negentig".split(), start=2):
    _TENS[_word] = str(_value)  # Dutch
for _value, _word in enumerate("dvadeset trideset četrdeset pedeset šezdeset sedamdeset osamdeset devedeset".split(),
                               start=2):
    _TENS[_word] = str(_value)  # Croatian, Serbian, Bosnian
for _word, _tens in _DANISH_TENS.items():
    if _word != "tres":
        _TENS[_word] = _tens
for _value, _words in enumerate(("двадцять двадцать", "тридцять тридцать", "сорок", "п'ятдесят пятьдесят",
                                 "шістдесят шестьдесят", "сімдесят семьдесят", "вісімдесят восемьдесят",
                                 "дев'яносто девяносто"), start=2):
    for _word in _words.split():
        _TENS[_word] = str(_value)
for _table in (_TEENS, _TENS):
    for _word in [w for w in _table if "'" in w]:
        _table[_word.replace("'", "’")] = _table[_word.replace("'", "ʼ")] = _table[_word]
_PAIR_WORD = _trie({**_TEENS, **_TENS})
# Numbers read in hundreds ("pięćset dwa, trzysta osiemnaście", "beş yüz otuz iki, dört yüz on"):
# Polish hundreds are one word; Turkish "yüz" and English "hundred" take the unit before them.
_HUNDREDS = dict(zip("sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset".split(),
                     "123456789"))
for _value, _words in enumerate(("sto", "dvjesto dvesta", "tristo trista", "četiristo", "petsto", "šesto šeststo",
                                 "sedamsto", "osamsto", "devetsto"), start=1):
    for _word in _words.split():
        _HUNDREDS.setdefault(_word, str(_value))  # Croatian, Serbian, Bosnian
for _value, _words in enumerate(("сто", "двісті двести", "триста", "чотириста четыреста", "п'ятсот пятьсот",
                                 "шістсот шестьсот", "сімсот семьсот", "вісімсот восемьсот",
                                 "дев'ятсот девятьсот"), start=1):
    for _word in _words.split():
        _HUNDREDS[_word] = str(_value)
for _word in [w for w in _HUNDREDS if "'" in w]:
    _HUNDREDS[_word.replace("'", "’")] = _HUNDREDS[_word.replace("'", "ʼ")] = _HUNDREDS[_word]
_HUNDRED_WORD = _trie(["yüz", "hundred", *_HUNDREDS])
# A local part spelled a letter at a time with hyphens, a number after it, then "at": "d-a-z-z-a
# seventy-one at bigpond" is dazza71@bigpond.
_HYPHEN_LETTERS = re.compile(
    rf"(?<![\w-])(?P<local>[A-Za-z](?:-[A-Za-z]){{3,}})(?![\w-])(?:[ \t]+(?P<num>(?i:{_PAIR_WORD}(?:-{_DIGIT_WORD})?|"
    rf"{_DIGIT_WORD})|\d{{1,4}}))?(?P<at>[ \t]+(?:at|AT)[ \t]+|[ \t]*@[ \t]*)(?=\w)")


def _hyphen_letters(m: re.Match, src: list[Piece]) -> list[Piece]:
    def part(name: str) -> list[Piece]:
        return src[m.start(name) - m.start():m.end(name) - m.start()]

    out = [p for p in part("local") if p[0] != "-"]
    if m.group("num"):
        out += [p for p in _read_digits(m.group("num"), part("num"), 1) if p[0].isdigit()]
    at = part("at")
    return out + [("@", at[0][1], at[-1][2])]

# A number said between a spelled local part and its "at" ("sandeep underscore kulkarni
# seventy-eight at the rate gmail dot com", "tanvir dot hc nineteen ninety nine at yahoo dot
# com"): it belongs to the local part, which already has its "_" or ".".
_NUMBER_BEFORE_AT = re.compile(
    rf"(?<![\w.@])[^\W_]+(?:[._][^\W_]+)+[ \t]+(?i:(?:{_PAIR_WORD}|{_DIGIT_WORD}|\d+)(?:[ \t-]+(?:{_PAIR_WORD}|{_DIGIT_WORD}|\d+)){{0,3}})(?=@)")


def _drop_all_spaces(m: re.Match, src: list[Piece]) -> list[Piece]:
    return [p for p in src if not p[0].isspace()]


# A webmail name said in two words after "at": "b kowalski ninety at g mail dot com".
_SPLIT_WEBMAIL = re.compile(r"(?i)(?<=\bat[ \t])(?:g|hot|proton|ya)[ \t]+(?:mail|hoo)\b")


# "@" and "." as HTML character references ("selasi.agbeko&#64;yahoo.com").
_HTML_AT_DOT = re.compile(r"(?i)&#0*64;|&#x0*40;|&commat;|&#0*46;|&#x0*2e;|&period;")


def _html_at_dot(m: re.Match, src: list[Piece]) -> list[Piece]:
    char = "@" if re.fullmatch(r"(?i)&#0*64;|&#x0*40;|&commat;", m.group()) else "."
    return [(char, src[0][1], src[-1][2])]


# An address written backwards so robots miss it ("moc.oohay@78akuyo"): read forwards, it ends
# in a real suffix; written forwards, it does not.
_REVERSED_EMAIL = re.compile(r"(?<![\w.@-])[a-z]{2,6}(?:\.[a-z]{2,3})?\.[\w-]+@[\w.+-]*\w(?![\w@-])")


def _reversed_email(m: re.Match, src: list[Piece]) -> list[Piece]:
    forwards = m.group()[::-1]
    if _public_suffix(m.group()) or not _public_suffix(forwards):
        return src
    return src[::-1]


# Turkish teens are ten and a unit ("on yedi", seventeen); "on" alone is the English word.
_TR_UNIT = r"(?:bir|iki|üç|uc|dört|dort|beş|bes|altı|alti|yedi|sekiz|dokuz)"
_MIXED_TOKEN = (rf"(?:(?:double|triple)[ \t-]+)?(?:yüz[ \t]+on(?![\w])|on[ \t]+{_TR_UNIT}(?![\w])|"
                # "four hundred and eleven"
                rf"{_HUNDRED_WORD}(?:[ \t]+and(?=[ \t]+(?:{_PAIR_WORD}|{_DIGIT_WORD})(?![\w])))?|{_PAIR_WORD}(?:(?:[ \t]+(?:y|e|et)[ \t]+|[ \t-])"
                rf"(?:{_DIGIT_WORD})(?![\w-]))?|{_DIGIT_WORD}|\+?\(?\d{{1,12}}\)?)")
# Digit words glued to digits ("nol8one3 29empat4", "0six", "o1two"): each part reads alone.
_GLUED_DIGITS = re.compile(rf"(?i)(?<![\w])(?=\w*\d)(?=\w*[^\W\d_]{{2}})(?:\d+|{_PAIR_WORD}|{_DIGIT_WORD}){{2,}}(?![\w])")
_MIXED_DIGITS = re.compile(rf"(?i)(?<![\w.]){_MIXED_TOKEN}"
                           rf"(?:{_SEP_RUN}{_MIXED_TOKEN})+(?![\w]|[.\-]\d)")
# Letters standing in for digits inside a number ("O7834 5l2 O96", "3oo 4S6 78l2"): a run of
# digits, spaces and O/o/l/I/S/B with at least five real digits.
# (Also Cyrillic О for zero, "+996 7ОО 418 3О9", and a bracketed area code, "8 (7O1) 4O8-I9-63".)
_LOOKALIKE_NUMBER = re.compile(r"(?<![\w])\(?[\dOolISBОо](?:[\dOolISBОо]|[ \-()]{1,3}(?=[\dOolISBОо])){6,}(?![\w])")
_LOOKALIKE = str.maketrans("OoIlSBОо", "00115800")
_LEET = str.maketrans("013", "oie")


def _spelled_digits(m: re.Match, src: list[Piece]) -> list[Piece]:
    if m.re is _MIXED_DIGITS and not re.search(rf"(?i)\d|\b{_PAIR_WORD}\b|\b{_HUNDRED_WORD}\b", m.group()) \
            and len(re.findall(r"[^\W\d_]+", m.group())) < 7:
        return src  # "one, two or three ideas": digit words alone need seven in a row
    # After a cue to call ("reach me on 920 four-five-one-eight") seven digits make a number.
    # ("I wrote his number in Hindi so the old aunties can read it ...: nau saat do, teen paanch,
    # ek chhe": the cue may be a sentence away.)
    # Eight digits without a cue when digits and words mix: Singapore's "9-one-7-three
    # 8-two-0-four" (the scan takes eight only in two blocks of four, PHONE_SPELLED8); words
    # alone need nine ("twenty nineteen, twenty twenty" is two years).
    year = re.search(r"\b(?:19|20)\d\d\b", m.group())  # (not "the 2019 one two three")
    shortest = 7 if call_cue_before(m.string, m.start()) and not year \
        else 8 if re.search(r"\d", m.group()) and not year else 9
    out = _read_digits(m.group(), src, shortest)
    if (out is src or len([p for p in out if p[0].isdigit()]) > 15) \
            and (dash := list(re.finditer(_SPOKEN_DASH, m.group()))):
        # No number, or more than a phone's digits, across a "dash": the run took in words after
        # the number ("... eight three, dash two, one digit different"); each side is read alone.
        out, pos = [], 0
        for d in [*dash, None]:
            part_end = d.start() if d else len(m.group())
            part = _read_digits(m.group()[pos:part_end], src[pos:part_end])
            # (a group too short to be a number stays words: "dash two, one digit different")
            out.extend(part if sum(p[0].isdigit() for p in part) >= 4 else src[pos:part_end])
            if d:
                out.extend(src[d.start():d.end()])
                pos = d.end()
    digits = "".join(p[0] for p in out if p[0].isdigit())
    if len(digits) < 9 and (digits in "01234567890" or digits in "09876543210"):
        return src  # "call out one, two, three, four, five, six, seven": counting, no number
    if len(out) > 15 and ". " in m.group():
        # Two numbers in two sentences ("... nul zeven. null eins ..."): read each on its own.
        out, pos = [], 0
        for part in re.split(r"(?<=\.)(?=\s)", m.group()):
            if pos:
                out.extend(src[pos - 1:pos + 1])  # keep ". " between the two numbers
            out.extend(_read_digits(part, src[pos:pos + len(part)]))
            pos += len(part)
    if out is not src and out and m.group()[:2] in ("a ", "A ") and out[0][0].isdigit():
        out[0] = (out[0][0], src[0][1], out[0][2])  # Irish "a náid, a hocht...": the first particle too
    return out


def _glued_digits(m: re.Match, src: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    for w in re.finditer(rf"(?i)\d+|{_PAIR_WORD}|{_DIGIT_WORD}", m.group()):
        word = w.group().casefold()
        if word.isdigit():
            digits = word
        elif word in _TEENS:
            digits = _TEENS[word]
        elif word in _TENS:
            digits = _TENS[word] + "0"
        else:
            digits = _DIGIT_WORDS[word]
        out.extend((c, src[w.start()][1], src[w.end() - 1][2]) for c in digits)
    return out


_CALL_CUE = re.compile(r"(?i)\b(?:reach|call|ring|text|phone|mobile|cell|number|whatsapp|viber|contact)\b")
# "number" may come a sentence before the spelled digits ("I wrote his number in Hindi so the
# old aunties can read it ...: nau saat do, teen paanch, ek chhe"); the other cues right before.
_NUMBER_CUE = re.compile(r"(?i)\b(?:numbers?|phone)\b")  # ("For phone, ... numbers in Tongan, so, fitu fitu")


def call_cue_before(text: str, start: int) -> bool:
    """A cue to call just before `start`, or the word "number" a sentence before it."""
    return _CALL_CUE.search(text, max(0, start - 40), start) is not None \
        or _NUMBER_CUE.search(text, max(0, start - 120), start) is not None


def _read_digits(text: str, src: list[Piece], shortest: int = 9) -> list[Piece]:
    out: list[Piece] = []
    repeat, said_from = 1, None
    words = 0
    tens: Piece | None = None  # a tens word waiting for its unit
    hundred = ""  # the hundreds word whose digit waits for its tens and unit
    unit_before = False  # the token before was a unit word (the multiplier of "yüz")
    for w in re.finditer(r"(?:quatre-vingts?|dix-sept|dix-huit|dix-neuf)|[^\W\d_]+(?:['’ʼ][^\W\d_]+)*|\d+", text):
        word = w.group().casefold()
        if word in ("y", "e", "et", "a", "dash", "hyphen") or word == "and" and hundred:
            continue
        here = (src[w.start()][1], src[w.end() - 1][2])
        if word in _HUNDREDS or word in ("yüz", "hundred"):
            words += 1
            if tens is not None:
                out.append(("0", tens[1], tens[2]))
                tens = None
            if hundred:
                out.extend([("0", *here)] * 2)
            if word in _HUNDREDS:
                out.append((_HUNDREDS[word], *here))
            elif not unit_before:
                out.append(("1", *here))
            hundred, unit_before = word, False
            continue
        unit_before = False
        if hundred:
            if word == "on" and hundred == "yüz":  # Turkish ten, after "yüz" only ("dört yüz on")
                hundred = ""
                words += 1
                tens = ("1", *here)
                out.append(tens)
                continue
            hundred = ""
            if word not in _TEENS and word not in _TENS:
                is_unit = word in _DIGIT_WORDS and _DIGIT_WORDS[word].isdigit() and word not in ("oh", "o")
                out.extend([("0", *here)] * (1 if is_unit else 2))
        if tens is not None:
            if word in _DIGIT_WORDS and _DIGIT_WORDS[word].isdigit() and word not in ("oh", "o"):
                out.append((_DIGIT_WORDS[word], tens[1], src[w.end() - 1][2]))
                tens = None
                continue
            out.append(("0", tens[1], tens[2]))
            tens = None
        if word in ("double", "triple"):
            repeat = 2 if word == "double" else 3
            said_from = src[w.start()][1]  # ("double nine": the word is part of the number said)
            continue
        if word == "on" and re.match(rf"(?i)[ \t]+{_TR_UNIT}(?![\w])", text[w.end():]):
            words += 1  # "on yedi": a Turkish ten, its unit next
            tens = ("1", src[w.start()][1], src[w.end() - 1][2])
            out.append(tens)
            continue
        if word in _TEENS:
            words += 1
            out.extend((c, src[w.start()][1], src[w.end() - 1][2]) for c in _TEENS[word])
            continue
        if word in _TENS:
            words += 1
            piece = (_TENS[word], src[w.start()][1], src[w.end() - 1][2])
            out.append(piece)
            tens = piece
            continue
        first = len(out)
        if word.isdigit():
            if any(p[2] - p[1] > 1 for p in src[w.start():w.end()]):
                words += 1  # digits an earlier rewrite read from words ("four 6 9 3" after "oh eight seven")
            out.extend(src[w.start():w.end()] * repeat)
        else:
            words += 1
            piece = src[w.start()]
            out.extend((_DIGIT_WORDS[word], piece[1], src[w.end() - 1][2]) for _ in range(repeat))
            unit_before = repeat == 1
        if repeat > 1 and said_from is not None and first < len(out):
            out[first] = (out[first][0], said_from, out[first][2])
        repeat, said_from = 1, None
    if tens is not None:
        out.append(("0", tens[1], tens[2]))
    if hundred:
        out.extend([("0", out[-1][1], out[-1][2])] * 2)
    if words < 1 or not shortest <= len(out) <= 15 and any(p[0].isdigit() for p in src):
        return src  # a mixed run that is no phone number ("in 2019 one two three") stays
    if len(out) > 15 and ". " not in text:
        return src
    return out


# Korean read-out digits ("공일공 사팔이칠 삼구일오"): Sino-Korean numerals, one syllable a digit.
_HANGUL_DIGIT = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6",
                 "칠": "7", "팔": "8", "구": "9"}
_HANGUL_DIGITS = re.compile(r"(?<!\w)[공영일이삼사오육칠팔구]{2,4}(?:[ \t-]+[공영일이삼사오육칠팔구]{2,4}){1,3}(?!\w)")


# Chinese and Japanese digits ("八二四七 一三九六") and Thai digit words run together
# ("ศูนย์เก้าสองหนึ่ง..."): eight or more in a row.
_CJK_DIGIT = dict(zip("〇零一二三四五六七八九", "00123456789"))
_CJK_DIGITS = re.compile(r"(?<![\w])[〇零一二三四五六七八九]{3,}(?:[ \t\-]+[〇零一二三四五六七八九]{2,}){0,3}(?![\w])")
_THAI_DIGIT = {"ศูนย์": "0", "หนึ่ง": "1", "สอง": "2", "สาม": "3", "สี่": "4", "ห้า": "5", "หก": "6", "เจ็ด": "7",
               "แปด": "8", "เก้า": "9"}
_THAI_WORD = "(?:%s)" % "|".join(_THAI_DIGIT)
_THAI_DIGITS = re.compile(rf"{_THAI_WORD}(?:[ \t\-]?{_THAI_WORD}){{7,}}")


def _cjk_digits(m: re.Match, src: list[Piece]) -> list[Piece]:
    out = [(_CJK_DIGIT[p[0]], p[1], p[2]) for p in src if p[0] in _CJK_DIGIT]
    return out if 8 <= len(out) <= 12 else src


def _thai_digits(m: re.Match, src: list[Piece]) -> list[Piece]:
    out = []
    for w in re.finditer(_THAI_WORD, m.group()):
        out.append((_THAI_DIGIT[w.group()], src[w.start()][1], src[w.end() - 1][2]))
    return out if len(out) <= 12 else src


def _hangul_digits(m: re.Match, src: list[Piece]) -> list[Piece]:
    out = [(_HANGUL_DIGIT[p[0]], p[1], p[2]) for p in src if p[0] in _HANGUL_DIGIT]
    return out if 9 <= len(out) <= 12 else src


def _grouped_digits(m: re.Match, src: list[Piece]) -> list[Piece]:
    groups = re.findall(r"\d+", m.group())
    if not 9 <= sum(map(len, groups)) <= 13 or sum(len(g) == 1 for g in groups) < 2:
        return src
    return _digits_only(m, src)


def _lookalike_digits(m: re.Match, src: list[Piece]) -> list[Piece]:
    if sum(ch.isdigit() for ch in m.group()) < 5:
        return src
    out = [(p[0].translate(_LOOKALIKE), p[1], p[2]) for p in src]
    digits = [p for p in out if p[0].isdigit()]
    # ("8 (7O1) 4O8-I9-63": the groups read together, as the spaced digits below are)
    return digits if 9 <= len(digits) <= 15 and any(p[0] in "()" for p in src) else out


# Characters the per-character pass below rewrites: zero-width ones, dashes, non-ASCII digits.
_REWRITTEN_CHARS = re.compile("[" + "".join(map(chr, ZERO_WIDTH)) + "–—‒−]|(?![0-9])\\d")


def _NEEDS_NO_MAPPING(text: str) -> bool:
    """Text whose every character is its own NFKC form and none is rewritten: the view is the
    text itself ("Nguyễn", "São Paulo" typed precomposed, as nearly all transcripts are)."""
    return _REWRITTEN_CHARS.search(text) is None and unicodedata.is_normalized("NFKC", text) \
        and all(unicodedata.normalize("NFKC", ch) == ch and not ch.isdigit() for ch in set(text) if not ch.isascii())


def normalized_view(text: str) -> TextView:
    # An ASCII transcript is its own view until a rewrite below applies; most need none, so
    # the per-character bookkeeping is built only then.
    ascii_only = text.isascii() or _NEEDS_NO_MAPPING(text)
    pieces: list[Piece] | None = None if ascii_only else []
    for i, ch in enumerate("" if ascii_only else text):
        if ord(ch) in ZERO_WIDTH:
            continue
        if ch.isdigit() and not ch.isascii() and unicodedata.digit(ch, None) is not None:
            # Bengali, Devanagari, Arabic-Indic... digits; circled and dingbat ones ("➑➐➌➊"),
            # which NFKC leaves as they are.
            norm = str(unicodedata.digit(ch))
        else:
            # (Dashes of every width read as "-": "+48 601 – 203 – 447".)
            norm = ch if ch.isascii() else "-" if ch in "–—‒−" else unicodedata.normalize("NFKC", ch)
        pieces.extend((c, i, i + 1) for c in norm)
    view = text if pieces is None else "".join(p[0] for p in pieces)
    for regex, repl in (
            (_SPACED_LETTERS, _drop_spaces),
            (_HYPHEN_LETTERS, _hyphen_letters),
            (_SPACED_DOMAIN, _drop_all_spaces),
            (_SPACE_BEFORE_AT, _drop_all_spaces),
            (_SPACED_AT, _replace_all("@")),
            (_HYPHEN_ADDRESS, _hyphen_address),
            (_ASIDE_JOINED, _aside_joined),
            (_ASIDE, _replace_all(" ")),
            (_UNDERSCORE, _replace_all("_")),
            (_DASH, _replace_all("-")),
            (_BULLET, _replace_all(".")),
            (_SPLIT_WEBMAIL, _drop_all_spaces),
            (_AT, _replace_all("@")),
            (_DOT, _replace_all(".")),
            (_LEET_TLD, lambda m, src: [(c, p[1], p[2]) for c, p in zip(m.group().translate(_LEET), src)]),
            (_HTML_AT_DOT, _html_at_dot),
            (_NUMBER_BEFORE_AT, _drop_all_spaces),
            (_REVERSED_EMAIL, _reversed_email),
            (_SPELLED_TLD, _spelled_tld),
            (_WEBMAIL_AT, _webmail_at),
            (_MISSING_DOT, _missing_dot),
            (_BARE_WEBMAIL, lambda m, src: src + [(c, src[-1][1], src[-1][2]) for c in ".com"]),
            (_GLUED_DIGITS, _glued_digits),
            (_MIXED_DIGITS, _spelled_digits),
            (_SPELLED_DIGITS, _spelled_digits),
            (_HANGUL_DIGITS, _hangul_digits),
            (_CJK_DIGITS, _cjk_digits),
            (_THAI_DIGITS, _thai_digits),
            (_LOOKALIKE_NUMBER, _lookalike_digits),
            (_THEN_DIGITS, _replace_all(" ")),
            (_DASH_DIGITS, _replace_all("-")),
            (_SPACED_DIGITS, _digits_only),
            (_GROUPED_DIGITS, _grouped_digits),
    ):
        if pieces is None:
            # ("8, 2023" and "2025-01-29" match in most transcripts and change nothing.)
            if not any(repl(m, src) != src for m in regex.finditer(view)
                       for src in ([(view[i], i, i + 1) for i in range(m.start(), m.end())],)):
                continue
            pieces = [(c, i, i + 1) for i, c in enumerate(view)]
        pieces, view = _apply(pieces, view, regex, repl)
    if pieces is None:
        return TextView(view, list(range(len(view))), list(range(1, len(view) + 1)))
    return TextView(view, [p[1] for p in pieces], [p[2] for p in pieces])


# Identifier shapes looked for in the normalized view (by the anonymizer's obfuscation
# recognizer and by the gate's obfuscation-aware pattern check).
VIEW_PATTERNS: dict[str, re.Pattern] = {
    "EMAIL_ADDRESS": re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}"),
    "PHONE_NUMBER": re.compile(r"(?<![\w.])\+?\d{9,15}(?![\w])"),
    "US_SSN": re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)"),
}


# Phone shapes of many countries, used by the scan only (the gate keeps VIEW_PATTERNS):
# international ("+63 92 385 5395", "+90(494)7112155", "001-433-458-5953"), a national
# trunk prefix ("0383 423 4567", "(0195) 619-5593"), three grouped blocks ("503 162 433")
# and North American numbers whatever the area code ("(397) 935-8704").
# Reported as "PHONE_SHAPE"; the caller checks the digit count (9 to 15).
PHONE_SHAPES: tuple[tuple[str, re.Pattern], ...] = (
    ("PHONE_SHAPE", re.compile(r"(?<![\w+.])(?:\+|00)\d{1,3}(?:[ .\-]{0,3}\(?\d{1,8}\)?){1,6}(?!(?!x\d)[\w]|[.\-]\d)")),
    ("PHONE_SHAPE", re.compile(r"(?<![\w+.(])\(?0\d{1,4}\)?[ .\-]{1,2}\d{2,5}(?:[ .\-]\d{2,5}){1,3}(?!(?!x\d)[\w]|[.\-]\d)")),
    ("PHONE_SHAPE", re.compile(r"(?<![\w+.\-/])\d{3}[ .\-]\d{3}[ .\-]\d{3,4}(?!(?!x\d)[\w]|[ .\-/]\d)")),
    ("PHONE_SHAPE", re.compile(r"(?<![\w+.\-/])\(\d{3}\)[ .\-]?\d{3}[ .\-]\d{4}(?!(?!x\d)[\w]|[ .\-/]\d)")),
    # A country code in brackets: "(351) 919825979", "(351) 290 748 337".
    ("PHONE_SHAPE", re.compile(r"(?<![\w+.\-/])\(\d{2,3}\)[ .\-]?\d{3}[ .\-]?\d{3}[ .\-]?\d{3}(?!(?!x\d)[\w]|[ .\-/]\d)")),
    # A trunk prefix and one long block: "01711-482915", "0812 88341234".
    ("PHONE_SHAPE", re.compile(r"(?<![\w+.])0\d{2,4}[ .\-]\d{5,8}(?!(?!x\d)[\w]|[ .\-]\d)")),
    # Eight digits the view spelled together from words, keycaps, full-width or CJK digits
    # ("lapan satu dua dua, empat tujuh sembilan tiga", "９１２３ ４８７２"): Singapore, Hong Kong,
    # Malaysia and the Nordics have eight-digit numbers. The recognizer checks the original was
    # written so (plain "1234 5678" is not taken).
    # (Also ten digits in two blocks of five, "9️⃣8️⃣2️⃣2️⃣0️⃣ 4️⃣1️⃣7️⃣6️⃣3️⃣", India's mobile numbers.)
    ("PHONE_SPELLED8", re.compile(r"(?<![\w.+])(?:\d{4}[ \-]?\d{4}|\d{5}[ \-]\d{5})(?![\w]|[ .\-]\d)")),
    # Seven digits, some said as words, after a cue to call ("reach me on 920
    # four-five-one-eight"): Fiji, Panama and many local numbers have seven.
    ("PHONE_SPELLED7", re.compile(r"(?<![\w.+])\d{3}[ \-]?\d{4}(?![\w]|[ .\-]\d)")),
    # A French-style number in pairs after a leading digit: "9.84.17.62.93", "06 12 34 56 78".
    ("PHONE_SHAPE", re.compile(r"(?<![\w+.\-/])\d{1,2}(?:([ .\-/])\d{2})(?:\1\d{2}){3}(?![\w]|[ .\-/]\d)")),
    # North American with the country code and no "+": "1-340-913-1725", "1 (340) 913 1725".
    ("PHONE_SHAPE", re.compile(r"(?<![\w+.\-/])1[ .\-]\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}(?!(?!x\d)[\w]|[ .\-/]\d)")),
)


def view_matches(text: str, extra: tuple[tuple[str, re.Pattern], ...] = ()) -> list[tuple[int, int, str]]:
    """(start, end, entity_type) in original offsets of identifiers found in the view
    (VIEW_PATTERNS, then any `extra` (entity_type, pattern) pairs)."""
    view = normalized_view(text)
    out = []
    for etype, regex in (*VIEW_PATTERNS.items(), *extra):
        for m in regex.finditer(view.text):
            start, end = view.to_original(*m.span())
            if etype == "EMAIL_ADDRESS" and text[start:end] != m.group() and not _public_suffix(m.group()):
                continue
            out.append((start, end, etype))
    return out


def _public_suffix(email: str) -> bool:
    """An address the view spelled together from words must end in a real suffix:
    "therefore at any point actually" reads as therefore@any.actually, and ".actually" is
    not a domain anyone can register."""
    from anonymize.offline import ensure_offline

    ensure_offline()
    import tldextract

    return bool(tldextract.extract(email.rpartition("@")[2]).suffix)


_WORD_TOKEN = re.compile(r"\S+")


def word_ngrams(text: str, lengths) -> Iterator[tuple[int, int]]:
    """(start, end) of every run of n whitespace-separated tokens, for each n in lengths:
    the windows both corpus propagation and the forbidden-values check hash or look up."""
    tokens = [m.span() for m in _WORD_TOKEN.finditer(text)]
    for n in sorted(set(lengths)):
        for i in range(len(tokens) - n + 1):
            yield tokens[i][0], tokens[i + n - 1][1]
