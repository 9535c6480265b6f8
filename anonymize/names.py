"""Name lists from Faker's locales (dozens of them: Nigerian, Vietnamese, Turkish,
Polish, Brazilian...), casefolded, for gazetteer recognizers."""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from importlib import resources
from functools import lru_cache


# The rest of a name word after an inner apostrophe ("O'Brien", "S'fiso", "Asma’u"); a
# possessive "'s" or a contraction ("didn't", "we're") is not part of a name.
NAME_APOSTROPHE = r"(?:['’](?!(?:s|t|re|ve|ll|d|m)\b)[^\W\d_]+)*"
# Surname particles ("Yara van den Hoek", "Brent le Matelot"); they join only before a capital.
NAME_PARTICLES = r"(?:van|von|de|da|del|della|di|du|der|den|die|ten|ter|te|op|le|la|bin|binti|binte|bte|bint|ibn|dos|das|do|al|el|dela|delos|e|y)"


def name_key(word: str) -> str:
    """How a name word is looked up: casefolded, curly apostrophe as straight ("Asma’u")."""
    return word.casefold().replace("’", "'")


def _unaccented(word: str) -> str:
    """"hương" → "huong", "josé" → "jose": people often type names without diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)) \
        .replace("đ", "d").replace("ł", "l").replace("ø", "o")


# Cyrillic to Latin as Ukrainians, Russians and Bulgarians type their names in English ("Тарас" →
# "taras", "Максим" → "maksym"/"maksim", "Ганна" → "hanna"/"ganna").
_CYRILLIC = {"а": "a", "б": "b", "в": "v", "г": ("h", "g"), "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh",
             "з": "z", "и": ("y", "i"), "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n",
             "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
             "ч": "ch", "ш": "sh", "щ": ("shch", "sht"), "ь": "", "ъ": "", "ю": "yu", "я": "ya", "ы": "y",
             "э": "e", "ё": "yo", "'": "", "’": ""}


def _latin_forms(name: str) -> set[str]:
    """Latin spellings of a Cyrillic name (at most a few variants); none for other scripts."""
    if not any("\u0400" <= c <= "\u04ff" for c in name):
        return set()
    forms = [""]
    for c in name:
        tr = _CYRILLIC.get(c)
        if tr is None:
            return set()
        options = tr if isinstance(tr, tuple) else (tr,)
        forms = [f + o for f in forms for o in options][:8]
    return set(forms)


def _collect(attrs: tuple[str, ...]) -> frozenset[str]:
    import faker.providers.person as person

    names: set[str] = set()
    latin: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in attrs:
            value = provider.__dict__.get(attr)
            if isinstance(value, dict):
                value = list(value.keys())
            if isinstance(value, (tuple, list)):
                found = {name_key(v) for v in value if isinstance(v, str) and len(v) > 2
                         and v.replace("-", "").replace("'", "").replace("’", "").isalpha()}
                names.update(found)
                if mod.name in ("uk_UA", "ru_RU"):  # Ukrainian and Russian names, typed in Latin
                    latin.update(f for n in found for f in _latin_forms(n) if len(f) > 3)
    return frozenset(names | {_unaccented(n) for n in names} | latin)


def _extra_first_names() -> frozenset[str]:
    text = resources.files("anonymize").joinpath("data", "first_names_extra.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


# Everyday short forms of English first names, which Faker's lists rarely carry.
_NICKNAMES = frozenset("""
dave davey mike mikey steve jim jimmy bob bobby rob robbie tom tommy dan danny sam sammy ben benny
joe joey tony nick nicky chris matt pete andy alex liz beth lizzie kate katie kathy sue susie jen
jenny jess jessie becky vicky nikki meg maggie pat patty trish cathy debbie deb barb val abby
gabby rick ricky dick rich chuck charlie hank harry jack jake johnny jon josh greg fred freddie
ed eddie ted teddy larry jerry gerry terry al bert bill billy will willie walt vince tim timmy
ken kenny ron ronnie don donnie doug phil ray russ stan sid vic zach zack ollie mo
roz bex jas nat tash kev dom seb theo jules mags bea flo nell gaz baz shaz bron
""".split())


# Romanized or unaccented names that are mostly English words or places before a capital
# ("Ping Jira", "Min Wage", "Sri Lanka", "Hai Phong", "German Chancellor").
_NOT_GIVEN = frozenset("ping min gang sri hai tao german modest semen glib myna".split())


class _Gazetteer(frozenset):
    """Name keys, looked up with or without diacritics: Faker lists "Siobhan", people write
    "Siobhán"."""

    def __contains__(self, key: object) -> bool:
        return super().__contains__(key) or isinstance(key, str) and not key.isascii() \
            and super().__contains__(_unaccented(key))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    # Besides the usual lists: Vietnamese unisex names, Japanese and Chinese romanized names,
    # Bangladesh's and Estonia's split lists.
    return _Gazetteer((_collect(("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
                     "first_names_unisex", "first_romanized_names", "first_romanized_names_male",
                     "first_romanized_names_female", "first_names_male_common", "first_names_female_common",
                     "first_names_male_hinduism", "first_names_female_hinduism", "first_names_male_islamic",
                     "first_names_female_islamic", "first_names_est", "first_names_rus")) \
        | _NICKNAMES | _extra_first_names()) - _NOT_GIVEN)


@lru_cache(maxsize=1)
def last_names() -> frozenset[str]:
    return _Gazetteer(_collect(("last_names", "last_names_male", "last_names_female", "last_romanized_names",
                                "last_names_common", "last_names_unisex")))


# Titles and honorifics of many languages said before a name ("chị Hương", "Pak Budi", "Herr Brandt").
HONORIFICS = (r"Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Sir|Madam|Madame|Mme|Monsieur|Herr|Frau|Señor|Señora|Sr|Sra|"
              r"Dona|Dom|chị|anh|em|cô|bà|ông|bé|Pak|Bapak|Bu|Ibu|Mas|Mbak|Kak|Auntie|Aunty|Uncle|"
              r"Alhaji|Hajia|Engr|Eng|Barr|Chief|Ustaz|Bhai|Didi|Ji|Sensei|Khun|Kuya|Ate|Tita|Tito|Oga|Mama|Baba|"
              r"Mzee|Bwana|Dada|Shri|Smt|Sayın|Pani|Pan|Signor|Signora|Dona|Doña|Tante|Onkel|Ma['’]am|Maam|Rev|Revd|Reverend|"
              # engineers' titles in Malaysia and Indonesia ("Ir. Rosli Hamzah")
              r"Ir|Bang|"
              # Slavic, Dutch, Portuguese, Italian, Greek, Malay ("gospodin Horvat", "meneer de Vries")
              r"Gospodin|Gospodine|Gospođa|Gospođo|Gospa|Gospodična|Pane|Panie|Paní|Meneer|Mevrouw|Mevr|Dhr|"
              r"Senhor|Senhora|Signore|Kyrios|Kyria|Tuan|Puan|Encik|Cik|"
              # Romanian ("doamna Pop", "domnul Ionescu")
              r"Doamna|Doamnă|Domnul|"
              # the short form of Muhammad before a name ("i am Md. Rafiqul Islam")
              r"Md|Mohd")

# Titles written before a name, as name generators and people write them ("Dr. Benício
# Pereira", "pan Emil Sus", "Quý cô Vân Mai", "Yrd. Doç. Samurtay Arsoy"). A name's finding
# takes them in; propagation leaves them out.
NAME_TITLES = (r"(?:(?:Univ\.\s?)?Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Miss|Sr\.?|Sra\.?|Sr\(a\)\.?|Srta\.?|"
               r"Dña\.?|Dona|Doña|Don|Herr|Frau|Mme\.?|Mlle\.?|M\.|pan|pani|Pan|Pani|Chief|Alhaji|Alhaja|Engr\.?|"
               r"Barr\.?|Hon\.?|Rev\.?|Sir|Dame|Lady|Lord|Quý\s+(?:cô|ông|bà)|Ông|Bà|Yrd\.\s?Doç\.?|Doç\.?|"
               r"Bapak|Ibu|Tuan|Puan|Ir\.?|Drs\.?|Dra\.?|Ing\.?|Lic\.?|Mag\.?|Dipl\.-Ing\.?|"
               # Bangladesh's and Pakistan's short form of Muhammad ("Md. Rafiqul Islam")
               r"Md\.|Mohd\.)")
