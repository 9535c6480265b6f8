"""Years and days said in words, as speech-to-text writes them ("since, um, twenty fourteen",
"two thousand and nine", "born eighty-nine", "February fourteen").

A spoken year identifies as much as a written one, but neither the date patterns nor spaCy's
small model read it, and ``generalize`` would leave it as said (it coarsens digits). The
recognizer (``SpokenDateRecognizer``) and ``generalize`` read the same grammar, kept here.
"""

from __future__ import annotations

import re

UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen")
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

_UNIT = "(?:" + "|".join(UNITS) + ")"
_TEEN = "(?:" + "|".join(TEENS) + ")"
_TENS = "(?:" + "|".join(TENS) + ")"
# 10 to 99 in words: "fourteen", "ninety", "twenty-four", "twenty four".
TWO_DIGITS = rf"(?:{_TEEN}|{_TENS}(?:[- ]{_UNIT}\b)?)\b"
# A year in words, either way it is said: "nineteen ninety-eight", "twenty fourteen", "twenty oh
# nine", "nineteen hundred", "two thousand", "two thousand and nine", "two thousand fifteen".
# ("twenty eight" is twenty-eight: a century is only read before two more digits or "oh".)
YEAR = (rf"(?:\b(?:nineteen|twenty)[- ](?:oh[- ]{_UNIT}\b|hundred\b|{TWO_DIGITS})|"
        rf"\btwo[- ]thousand\b(?:(?:[ -]and)?[ -](?:{TWO_DIGITS}|{_UNIT}\b))?)")
_YEAR_ONLY = re.compile(rf"(?i)(?:{YEAR})")
_SHORT_YEAR = re.compile(rf"(?i){TWO_DIGITS}")

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth").split()
ORDINAL_DAY = (r"(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
               + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")\b")
# 1 to 31 said as a cardinal ("February fourteen", "March twenty-one").
CARDINAL_DAY = (rf"(?:(?:twenty)[- ]{_UNIT}\b|thirty[- ]one\b|thirty\b|twenty\b|{_TEEN}\b|{_UNIT}\b)")

_VALUES = {w: i for i, w in enumerate(UNITS, 1)} | {w: i for i, w in enumerate(TEENS, 10)} \
    | {w: 10 * i for i, w in enumerate(TENS, 2)} | {"oh": 0}


def _two_digits(words: list[str]) -> int:
    return sum(_VALUES[w] for w in words)


def spoken_year(value: str) -> int | None:
    """The year said in words in ``value`` ("May of twenty sixteen" -> 2016), or None; a value
    that is only two digits in words ("eighty-nine") is read as a year too."""
    m = _YEAR_ONLY.search(value)
    if m is None:
        if (two := _SHORT_YEAR.fullmatch(value.strip())) is None:
            return None
        # A year said by its last two digits ("born eighty-nine", "no, sixteen"): the recognizer
        # only reports one where a year is meant; the century is the nearer one.
        n = _two_digits(re.findall(r"[a-z]+", two.group().casefold()))
        return (2000 if n <= 30 else 1900) + n
    words = re.findall(r"[a-z]+", m.group().casefold())
    if words[:2] == ["two", "thousand"]:
        return 2000 + _two_digits([w for w in words[2:] if w != "and"])
    century = 1900 if words[0] == "nineteen" else 2000
    if words[1] == "hundred":
        return century
    return century + _two_digits(words[1:])


_MONTH = "(?:" + "|".join(MONTHS) + ")"
_DAY_SAID = re.compile(rf"(?i)\b{_MONTH}[ \t]+(?:the[ \t]+)?(?:{ORDINAL_DAY}|{CARDINAL_DAY})|"
                       rf"\b{ORDINAL_DAY}[ \t]+of[ \t]+{_MONTH}\b")


def has_spoken_day(value: str) -> bool:
    """A month and a day said in words ("February fourteen", "the third of May")."""
    return _DAY_SAID.search(value) is not None


__all__ = ["spoken_year", "has_spoken_day", "YEAR", "TWO_DIGITS", "ORDINAL_DAY", "CARDINAL_DAY", "MONTHS"]
