"""Common English words: never a person's name on their own, never evidence on their own.

Built from what is installed (spaCy's stop words, Faker's English word list) plus the
interview vocabulary the small NER model most often mistakes for names or companies.
"""

from __future__ import annotations

from functools import lru_cache

_INTERVIEW_WORDS = """
email e-mail phone text chat thanks thank hi hello hey yes yeah okay ok sure well right
honestly basically actually definitely absolutely totally maybe perhaps anyway so
operations marketing sales finance engineering support legal product design research
customer customers success management manager managers team teams client clients
company office boss colleague colleagues coworker coworkers intern interns recruiter
analyst engineer developer designer director coordinator specialist consultant
prompt prompts model models tool tools chatbot assistant assistants data report reports
devops qa hr it ux ui seo api crm erp kpi okr ai ml llm pm vp cto ceo cfo coo
"""


# Institutions named only by what they are ("the Court", "the Supreme Administrative Court",
# "Chamber", "the Ministry of Internal Affairs"): nobody is identified by them. A place in the
# name ("the Warsaw Regional Court") keeps the finding. Never part of a person's name either.
INSTITUTION_HEADS = frozenset("""court courts chamber chambers government commission council ministry
section convention registry registrar prosecutor prosecutors parliament tribunal facts law procedure
directorate authority authorities board committee assembly treasury municipality municipalities
governor office department agency revenue""".split())
INSTITUTION_WORDS = INSTITUTION_HEADS | frozenset("""the of and for on in at 's ’s grand supreme
administrative constitutional cassation appeal appeals military federal european human rights general
public principal office department state national security high higher lower upper criminal civil
labour labor regional district city municipal county provincial first instance first-instance
affairs foreign justice defence defense interior education health finance legal international
immigration republic fourth third second fifth sections plenary court's internal home commonwealth
agriculture economy economic trade industry transport environment social welfare culture science
energy works land lands surveys roads highways police prison prisons inland""".split())


# Letters of scripts other than Latin (Greek to Hangul, CJK, kana, half-width kana; not CJK punctuation), with the
# combining marks inside their blocks (Thai vowels, Devanagari matras, Arabic harakat).
OTHER_SCRIPT = r"[\u0370-\u03ff\u0400-\u052f\u0530-\u1dbf\u1f00-\u1fff\u2e80-\u2fff\u3040-\u9fff\ua000-\ud7af\uf900-\ufaff\uff66-\uffdc]"
# A pay grade, band or school year inside a job title ("Band 6 nurse", "Grade 7 policy officer",
# "Year 4 teacher", "Tier 2 support specialist"): one token of a title, never a title alone.
# (and a range of school years, "year 3-4 teacher", or an ordinal before, "3rd class teacher")
GRADE_TOKEN = (r"(?:(?i:band|grade|year|tier|level|step|class|key[ \t]+stage|pay[ \t]+band|aps|el|gs)"
               r"[ \t-]?\d{1,2}[A-Za-z]?(?:[-/–]\d{1,2})?|"
               r"(?i:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)[ \t-](?i:class|grade|year|form|standard)|"
               # a rank by its ordinal, as ships and crews say it: "2nd engineer", "3rd mate"
               r"(?i:[1-4](?:st|nd|rd|th))(?=[ \t]+[a-z]))")
CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday"})


# The sounds a speech-to-text transcript keeps between words ("since, um, twenty fourteen",
# "I'm, ehm, forty"): skipped wherever a cue and its value may be apart.
HESITATIONS = frozenset("um umm uh uhh uhm erm er eh ehm em ah äh ähm hmm euh euhh heu".split())


# Months and weekdays of other languages, said as such in transcripts ("bulan Desember sampai
# Februari", "less no-shows on Cumartesi"): no place or person when the model reads them so.
# (Kept apart from CALENDAR_WORDS, whose English words also decide how a name like "June" is read.)
FOREIGN_CALENDAR = frozenset("""
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
lunes martes miércoles jueves viernes sábado domingo janeiro fevereiro março maio junho julho
setembro outubro novembro dezembro segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi
mercredi jeudi vendredi samedi dimanche januar februar märz juni juli oktober dezember montag
dienstag mittwoch donnerstag freitag samstag sonntag gennaio febbraio aprile maggio giugno luglio
settembre ottobre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica januari
februari maret mei agustus oktober desember senin selasa rabu kamis jumat sabtu minggu ocak şubat
nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık pazartesi salı çarşamba perşembe cuma
cumartesi pazar jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili maandag dinsdag
woensdag donderdag vrijdag zaterdag zondag poniedziałek wtorek środa czwartek piątek sobota niedziela
""".split())


@lru_cache(maxsize=1)
def name_stop_words() -> frozenset[str]:
    """Words never taken as part of a name by the gazetteers: stop words and calendar words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    # ("call me ASAP", "ring me back tomorrow"): the words that follow "call me" and are no name
    return frozenset(STOP_WORDS) | CALENDAR_WORDS | {"asap", "tomorrow", "tonight", "today", "later", "anytime"}


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    from faker.providers.lorem.en_US import Provider as Lorem
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset({w.casefold() for w in STOP_WORDS} | {w.casefold() for w in Lorem.word_list}
                     | set(_INTERVIEW_WORDS.split()))


def is_generic(normalized_value: str) -> bool:
    """True for values that identify nobody on their own: short numbers, common words."""
    tokens = normalized_value.split()
    if not tokens:
        return True
    if normalized_value.replace(" ", "").isdigit() and len(normalized_value) < 6:
        return True
    return all(t in common_words() for t in tokens)


_COUNTRY_EXTRAS = frozenset({
    "usa", "us", "u.s", "u.s.a", "united states", "america", "the states", "uk", "u.k",
    "britain", "great britain", "england", "scotland", "wales", "northern ireland",
    "europe", "asia", "africa", "north america", "south america", "latin america",
    "américa latina", "america latina", "latinoamérica", "latinoamerica", "europa", "áfrica", "ásia",
    "amérique latine", "lateinamerika", "afrika", "azja", "avrupa",
    "oceania", "antarctica", "the middle east", "middle east", "the us", "the uk",
    "the united states", "the united kingdom", "the netherlands", "the philippines",
    "south korea", "north korea", "korea", "the czech republic", "czechia", "ivory coast",
    "the uae", "uae", "the gulf", "scandinavia", "the balkans", "southeast asia", "east africa",
    "west africa", "the caribbean", "central america", "central asia", "eastern europe",
    "western europe", "sub-saharan africa",
    # Countries as their people write them.
    "türkiye", "turkiye", "brasil", "méxico", "deutschland", "españa", "italia", "polska",
    "nederland", "sverige", "norge", "suomi", "danmark", "österreich", "schweiz", "suisse",
    "perú", "việt nam", "viet nam", "pilipinas", "bharat", "nippon", "česko", "magyarország",
    "românia", "україна", "ελλάδα", "éire",
    "trinidad", "tobago", "bosnia", "herzegovina", "antigua", "barbuda", "st lucia", "saint lucia",
    # Newer or short names Faker's list lacks.
    "south sudan", "drc", "the drc", "dr congo", "democratic republic of the congo", "eswatini",
    "palestine", "kosovo", "the gambia", "cabo verde", "the bahamas", "vatican city", "macau", "macao",
    "russia", "syria", "laos", "brunei", "holland", "slovakia", "kyrgyzstan", "libya", "burma", "east timor",
    "the maldives", "côte d'ivoire", "aotearoa", "the czech republic",
})
# Holidays, festivals and seasons said generically ("I'm off during Diwali", "before the Ramadan
# campaign"): like weekdays and months, they date nothing on their own.
HOLIDAYS = frozenset(line.strip() for line in """
ramadan
ramazan
ramzan
ramazan bayramı
ramazan bayrami
kurban bayrami
sallah
ileya
spring festival
mikołajki
mikolajki
andrzejki
harbolnas
singles' day
singles day
sinulog
ati-atihan
pahiyas
simbang gabi
black saturday
buen fin
hot sale
prime day
boxing week
ramadhan
eid
eid al-fitr
eid al-adha
eid ul-fitr
lebaran
hari raya
diwali
deepavali
holi
durga puja
navratri
onam
pongal
christmas
xmas
easter
new year
new year's
lunar new year
chinese new year
tet
tết
thanksgiving
hanukkah
passover
yom kippur
rosh hashanah
carnaval
carnival
día de muertos
dia de muertos
día de los muertos
semana santa
songkran
chuseok
obon
golden week
nowruz
harmattan
monsoon
black friday
cyber monday
halloween
kwanzaa
vesak
bayram
kurban bayramı
şeker bayramı
hogmanay
burns night
matariki
waitangi day
anzac day
koningsdag
king's day
queen's birthday
king's birthday
ferragosto
befana
epiphany
sant joan
san juan
sankthans
midsummer
midsommar
juhannus
walpurgis
may day
bastille day
fête nationale
oktoberfest
karneval
fasching
pentecost
whitsun
ascension day
all saints
all saints' day
all souls
toussaint
boxing day
bank holiday
hari merdeka
independence day
fourth of july
4th of july
july 4th
labor day
labour day
memorial day
presidents' day
mlk day
juneteenth
canada day
victoria day
australia day
melbourne cup
melbourne cup day
st patrick's day
st. patrick's day
paddy's day
guy fawkes
bonfire night
valentine's day
valentine's
valentines
valentine’s
mother's day
father's day
good friday
holy week
lent
ash wednesday
mardi gras
purim
sukkot
shavuot
mawlid
ashura
muharram
eid ul-adha
eid al-fitr
raya
hari raya aidilfitri
gudi padwa
ugadi
baisakhi
vaisakhi
raksha bandhan
rakhi
janmashtami
ganesh chaturthi
dussehra
dasara
chhath
losar
tsagaan sar
naadam
qingming
mid-autumn festival
dragon boat festival
seollal
hanami
shogatsu
setsubun
kwanzaa
thaipusam
timkat
meskel
enkutatash
fiestas patrias
dieciocho
inti raymi
las posadas
noche buena
nochebuena
noche vieja
nochevieja
reveillon
réveillon
festa junina
festas juninas
sinterklaas
pinkster
wigilia
weihnachten
ostern
pfingsten
silvester
ganpati
ganesh utsav
onam
eid mubarak
noche de brujas
tết nguyên đán
""".strip().splitlines())


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    from faker.providers.address.en import Provider as EnAddress

    from anonymize.operators import normalize

    # Cities that Faker lists as countries: people say them as the city they live in.
    cities = {"hong kong", "macau", "macao"}
    return frozenset(normalize(c) for c in EnAddress.countries if normalize(c) not in cities) | _COUNTRY_EXTRAS


# Kin, as a regex alternation: "Saoirse's mum", "Sela and her sister Vika".
KIN_WORDS = (r"(?:husband|wife|partner|mum|mom|mother|dad|father|son|daughter|brother|sister|parent|grandma|"
             r"grandmother|grandpa|grandfather|aunt|auntie|uncle|cousin|niece|nephew|boyfriend|girlfriend|"
             r"fianc[eé]e?|kids?|children)")


# Words that end a residential building's name ("Shree Ganesh Apartments", "Al-Habib Heights"),
# for addresses that give the building before the street.
# Kinds of business a participant describes before giving its name ("a bakery in the
# Bolognina neighbourhood, it's called Forno Manfredi"): the name is the business's.
BUSINESS_NOUNS = (r"(?:business|company|firm|salon|shop|agency|studio|practice|bakery|restaurant|caf[eé]|store|"
                  r"clinic|pharmacy|workshop|brand|label|startup|consultancy|garage|boutique|farm|estate|hotel|"
                  r"guesthouse|hostel|pub|bar|charity|cooperative|co-op|nursery|school|centre|center|winery|"
                  r"vineyard|ranch|station|place|property|orchard|dairy|plantation)")
BUILDING_WORDS = (r"(?:Apartments|Apts|Heights|Towers?|Residency|Residences|Homes|Court|Plaza|Complex|Enclave|"
                  r"Villas?|Mansions?|Gardens|Estate|Society|Building|Bldg)")


# "Rohan one day uploaded", "Tin every day": a count or determiner before "day" names no holiday.
_NOT_A_DAY_NAME = frozenset("""a an the one two three four five six seven eight nine ten every each
that this next last same whole other another some any all per single first second third full half
long busy typical normal good bad whole any no which what working school work""".split())


def is_holiday(normalized_value: str) -> bool:
    """Holidays and seasons ("Diwali", "the Ramadan", "Paddy's Day", "Día de las Velitas")."""
    value = normalized_value.removeprefix("the ")
    words = value.split()
    return value in HOLIDAYS or value.removesuffix(" season") in HOLIDAYS \
        or 2 <= len(words) <= 3 and words[-1] == "day" and words[-2] not in _NOT_A_DAY_NAME \
        or value.startswith(("día de ", "dia de ", "fête de ", "festa de ", "fiesta de "))


def is_country_like(normalized_value: str) -> bool:
    """Countries and continents (normalized): places that identify nobody on their own, so
    generalization keeps them and cue-based detection leaves them alone."""
    return normalized_value in _countries()
