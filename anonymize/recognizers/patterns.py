"""Recognizers that work from the shape of a value (some with a word right before it): ages,
schools, dates, street addresses, money, companies, job titles, handles, phone numbers, case
numbers, court sentences, health conditions, and contacts written to dodge matching."""

from __future__ import annotations

import re

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.operators import normalize
from anonymize.recognizers.base import RegexRecognizer, _result
from anonymize.spoken_dates import CARDINAL_DAY, ORDINAL_DAY, TEENS, TENS, TWO_DIGITS, UNITS
from anonymize.spoken_dates import YEAR as SPOKEN_YEAR
from anonymize.vocab import BUILDING_WORDS, HESITATIONS, is_holiday


_AGE_NUM = r"(?P<value>(?:1[0-1]\d|[1-9]\d))(?!-\d)"


_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_AGE_WORDS = (rf"(?P<value>{_TENS}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|"
              r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_SMALL_AGE = r"(?P<value>one|two|three|four|five|six|seven|eight|nine)"
_CHILD_AGE_WORDS = (r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                    r"sixteen|seventeen|eighteen|nineteen)")
_CHILD_AGE = rf"(?P<value>{_CHILD_AGE_WORDS})"


def _ungrouped(age: str) -> str:
    """An age pattern's alternatives without its ``value`` group, to join into another one."""
    return age.replace("(?P<value>", "(?:", 1)


# Either, in one pattern (one scan of the text instead of two).
_AGE_ANY = (rf"(?P<value>(?:1[0-1]\d|[1-9]\d)(?!-\d)|{_TENS}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
            r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
# What a number is not an age before: a unit, a count, a time of day.
_NOT_UNIT = (r"(?![ \t]*(?:%|percent|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|o['’]clock|am|pm|a\.m|p\.m|"
             r"people|employees|times|of|dollars|euros|pounds|rupees|kilos?|kg|km|miles|feet|foot|inches|cm|"
             r"points|hundred|thousand|million|billion|lakh|crore|k\b|steps|pages|items|tickets|cases|patients|"
             r"students|kids|children|files|emails|calls|[-–]|:\d))")


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_OR_DAY = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
                 r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|"
                 r"Saturday|Sunday|Page|Pages|Room|Rooms|Chapter|Section|Article|Level|Grade|Year|Step|Table")
# People whose age an interviewee states: relatives, bosses, clients, patients.
_AGE_ROLES = (r"boss|manager|supervisor|director|principal|head|owner|founder|partner|landlord|landlady|client|"
              r"patient|customer|colleague|coworker|co-worker|neighbou?r|friend|mentor|teacher|nurse|doctor|"
              r"husband|wife|mum|mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|granny|nan|"
              r"nonna|abuela|abuelo|uncle|aunt|auntie|cousin|in-law|stepson|stepdaughter|fianc[ée]e?|"
              r"boyfriend|girlfriend|mother-in-law|father-in-law|employer|lecturer|professor|chef|intern|"
              r"apprentice|assistant|secretary|receptionist|accountant|lawyer|pastor|priest|imam|coach")


# Capitalized subjects that are no person: "Revenue was 40, and rising", "It was 12."
_NOT_AGED = (r"(?:It|This|That|There|They|Revenue|Rent|Price|Cost|Score|Number|Total|Budget|Salary|Temperature|"
             r"Speed|Traffic|Turnover|Attendance|Growth|Inflation|Volume|Margin|Rate|Everything|Everyone|"
             r"Nobody|Somebody|Mine|Ours|Theirs|Which|What)")


_IBERIAN_TENS = (r"(?i:veinti(?:uno|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)|vinte|treinta|cuarenta|cincuenta|"
                 r"sesenta|setenta|ochenta|noventa|trinta|quarenta|cinquenta|sessenta|oitenta)")
_IBERIAN_UNIT = r"(?i:uno|una|um|uma|dos|dois|duas|tres|três|cuatro|quatro|cinco|seis|siete|sete|ocho|oito|nueve|nove)"
# A hesitation a speech-to-text transcript keeps between a cue and its value: "I'm, um, thirty-nine".
_SPOKEN_PAUSE = r"(?:,?[ \t]+(?:" + "|".join(sorted(HESITATIONS, key=len, reverse=True)) + r")\b)?,?"


# An age a rule sets is nobody's age: "the retirement age of 68", "claim her State pension at
# age 60", "the minimum age is 18" (not "I retired early, at age 55", "on minimum wage until age
# 25": a person's). Searched just before the number.
RULE_AGE = re.compile(
    r"(?i:(?:\b(?:retirement|pensionable|minimum|maximum|legal|voting|drinking|school-leaving|mandatory|statutory)"
    r"[ \t]+age(?:[ \t]+(?:of|is|was|limit[ \t]+(?:of|is)))?|"
    # "his State pension until age 65", "a pension from the age of sixty" (not "I retired at age 55")
    r"\bpensions?\b[^.\n!?;]{0,12}?\b(?:at|from|until|before|after)[ \t]+(?:the[ \t]+)?age(?:[ \t]+of)?)"
    r"[ \t]*[:=]?[ \t]*$)")


def age_recognizer() -> RegexRecognizer:
    """Ages stated about a person; the span is the number, so generalization keeps the phrase."""
    return RegexRecognizer(
        "AGE",
        [
            (rf"\b(?:I'm|I’m|I am|he's|she's|he is|she is|they're|turned|turning|aged?|age of){_SPOKEN_PAUSE}\s+{_AGE_NUM}\b(?!\s*(?:%|percent|minutes|hours|days|weeks|months|people|employees|times|dollars))", 0.9),
            (rf"\b{_AGE_NUM}[- ](?:years?|yrs?)[- ]old\b", 0.95),
            # Other languages' "years old": "45 anos", "tengo 33 años", "23 saal ka", "70 tuổi",
            # "umur tujuh tahun", "34 y.o.", "47 Jahre", "52 ans".
            (rf"(?i:\bmiaka\s+{_AGE_NUM}\b)", 0.85),  # Swahili, the word first: "niko na miaka 27"
            (rf"(?i:\b{_AGE_NUM}\s*(?:anos|años|anni|ans|jahre|jaar|år|lat|yaş(?:ında)?|yaşında|tuổi|tuoi|tahun|saal|sal|"
             rf"y\.?\s?o\.?|yo|yrs|歳|살)(?![\w]))", 0.85),
            # ... and said in words: "negyvenkét éves", "Otuz sekiz yaşındayım" (one or two words before
            # the word for years of age are its number)
            (r"(?i:\b(?P<value>[^\W\d_]+(?:[ \t][^\W\d_]+)?)[ \t]+(?:éves|yaşındayım|yaşında|yaşındaydı))\b", 0.8),
            # Spanish and Portuguese tens and units after "I'm", "is" or a name: "I'm treinta y siete",
            # "Conchita is ochenta y nueve", "Francisca Soto, treinta y cuatro,".
            (rf"(?:\b(?:I['’]m|I[ \t]+am|is|tengo|tiene|tenho|tem)|(?-i:[A-Z][^\W\d_]+),)[ \t]+"
             rf"(?P<value>{_IBERIAN_TENS}(?:[ \t]+[ye][ \t]+{_IBERIAN_UNIT})?)\b", 0.8),
            (r"(?i:\b(?:umur|usia|edad|idade)\s+(?P<value>\d{1,3}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|"
             r"sembilan|sepuluh)\b)", 0.8),
            (r"(?i:\b(?P<value>satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+tahun\b)", 0.8),
            # "he is now around 80", "she's about 70"
            *((rf"(?-i:\b(?:he|she|who|He|She))(?:['’]s|\s+is|\s+was)(?:\s+now)?\s+(?:around|about|nearly|"
               rf"almost|over|roughly|close\s+to|pushing|getting\s+on\s+for)\s+{age}\b{_NOT_UNIT}", 0.75)
              for age in (_AGE_ANY,)),
            # "I left school at 16", "she finished school at seventeen"
            (r"\b(?:left|finished|quit)\s+(?:school|college)\s+at\s+(?P<value>1\d|fourteen|fifteen|sixteen|seventeen|"
             r"eighteen|nineteen)\b", 0.75),
            (rf"\b(?:fifty|sixty|forty|thirty|seventy|eighty|twenty)-something\b", 0.7),
            # The age worked out from the birth year just said: "born in ninety-two, so I'm...
            # thirty-two, thirty-three in December", "Jahrgang seventy-nine, so, forty-six".
            *((rf"\b(?:born|Jahrgang|[Cc]lass[ \t]+of)\b[^\n.!?]{{2,30}}?,[ \t]+so,?[ \t]+(?:I['’]m|I[ \t]+am|I['’]ll[ \t]+be)?"
               rf"(?:\.\.\.|…|,)?[ \t]*{age}{_NOT_UNIT}", 0.8)
              for age in (_AGE_ANY, _AGE_ANY.replace("(?P<value>", "(?:") + r",[ \t]+" + _AGE_ANY
                          + r"(?=[ \t]+(?:in|next|this|come)\b)")),
            # An age said in the speaker's language and then in English: "Tengo veinticuatro años,
            # twenty-four", "J'ai vingt ans, so twenty", "I'm achtzehn, eighteen", "I just turned
            # hatachi, twenty", "Umur gue dua puluh tiga, twenty-three". Both are the age.
            # (After an English "I'm" or "turned" the first phrase must look foreign, with a letter
            # English lacks or a word for years: "I'm married, thirty-two" is no gloss.)
            (rf"(?i:\b(?:(?:I['’]m|I[ \t]+am|im|turned|turning)[ \t]+(?=[^,\n]*(?:[^\x00-\x7f]|\b(?:años|anos|anni|ans|jahre|tahun)\b))|"
             rf"(?:tengo|tenho|j['’]ai|ho|ich[ \t]+bin|umur(?:[ \t]+(?:gue|saya|aku|ku))?|usia|edad|idade|"
             rf"mimi[ \t]+ni|tôi|mình)[ \t]+))(?!(?:so|like|really|very|not|just|a|an|the|also|now|still|from|in|at)\b)"
             rf"(?P<value>[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,3}}?)(?:[ \t]+(?:años|anos|anni|ans|jahre|tahun|tuổi|sai|saal|yaşında|lat))?,[ \t]+"
             rf"(?:(?:so|like|i\.e\.|that['’]s|which[ \t]+is|or)[ \t]+)?{_AGE_WORDS.replace('(?P<value>', '(?P<value2>')}"
             rf"(?=[ \t]*[,.;!]|[ \t]+years?\b)", 0.8),
            # The number after "I have"/"I am" in Spanish, Portuguese, Italian, French, German,
            # Indonesian, Swahili: "Tengo 23.", "ho 23 anni", "Mimi ni twenty-two".
            # ("Tengo 12." alone may count anything: "tengo" and "ho" need their word for years.)
            (r"(?i:\b(?:tengo|tenho|ho|j['’]ai)[ \t]+)(?P<value>[1-9]\d)(?=[ \t]+(?:años|anos|anni|ans)\b)", 0.8),
            # The same said in English words: "I have forty-one years, and I am in the bank since",
            # "she has 15 years." (Not "I have 12 years of experience", "... years in sales".)
            (rf"\b(?:I|he|she)[ \t]+(?:have|has)[ \t]+{_AGE_ANY}[ \t]+(?:years|yrs)(?=[ \t]*[,.;!])", 0.75),
            (r"(?i:\b(?:ich[ \t]+bin|umur(?:[ \t]+(?:gue|saya|aku))?|usia|mimi[ \t]+ni|edad|idade)[ \t]+)"
             r"(?P<value>[1-9]\d)(?=[ \t]*(?:[,.;!\n]|$)|[ \t]+(?:jahre|tahun|años|anos)\b)", 0.8),
            (rf"(?i:\bmimi[ \t]+ni[ \t]+){_AGE_WORDS}\b", 0.8),
            # "My little cousin's fifteen, and": a relative's age in words after "'s"
            (rf"\b(?:my|our|his|her)\s+(?:little\s+|big\s+|younger\s+|older\s+|baby\s+)?(?:cousin|son|daughter|brother|"
             rf"sister|kid|nephew|niece|grandson|granddaughter)['’]s\s+{_AGE_WORDS}\b(?=\s*[,.;!?]|\s+(?:and|but|now|so)\b)", 0.8),
            (rf"\b{_AGE_NUM}-year-old\b", 0.95),
            # A relative's or helper's age in brackets after their name: "my boy Emeka (19) come
            # by", "my young lad Oisín (19, my apprentice, ...)".
            (r"\b(?i:my|our|his|her|their)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:son|daughter|boy|girl|lad|lass|kid|child|"
             r"brother|sister|cousin|nephew|niece|grandson|granddaughter|apprentice|mum|mom|mother|father|dad)"
             r"[ \t]+(?-i:[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?(?:[ \t]+[A-Z][^\W\d_]+)?)[ \t]+\([ \t]*"
             # ("my daughter Lotte (six)": the age in words too)
             rf"(?P<value>[1-9]\d?|{_ungrouped(_AGE_WORDS)}|{_ungrouped(_SMALL_AGE)})(?=[ \t]*\)|,[ \t])", 0.8),
            (rf"\bage[sd]?\s*[:=]?\s*{_AGE_NUM}\b", 0.9),
            # Spoken transcripts spell ages out: "I'm forty-two", "a fifty-year-old".
            (rf"\b(?:I'm|I’m|I am|he's|she's|he is|she is|turned|turning|aged?|age of|age is){_SPOKEN_PAUSE}\s+{_AGE_WORDS}\b"
             rf"(?!\s*(?:%|percent|minutes|hours|days|weeks|months|people|employees|times|of|dollars))", 0.85),
            (rf"\b{_AGE_WORDS}[- ](?:years?|yrs?)[- ](?:old|of\s+age)\b", 0.9),
            (r"\b(?P<value>one|two|three|four|five|six|seven|eight|nine)[- ](?:years?|yrs?)[- ]old\b", 0.9),
            # "My nonna Giuseppina is ninety-one and ...", "Don Jairo is like seventy".
            *((rf"(?-i:\b(?:he|she|they|(?!{_NOT_AGED}\b)[A-ZÀ-ÖØ-Þ][^\W\d_]+))(?:,?\s+(?:is|was|turns|turned|are|were)|['’]s)\s+"
               rf"(?:like\s+|about\s+|around\s+|almost\s+|nearly\s+|only\s+|just\s+|maybe\s+|probably\s+)?{age}\b"
               rf"(?=\s+(?:and|but|now|so|years?)\b|\s*[,.;!])"
               rf"(?!\s+(?:and|or|to)\s+\d+\s*(?:%|percent|minutes?|mins?|hours?|days?|weeks?|months?|people|k\b))", 0.8)
              for age in (_AGE_ANY,)),
            (rf"\b(?:they|kids|children|twins|boys|girls)\s+(?:are|were)\s+{_SMALL_AGE}(?=\s+and\s+\w)", 0.75),
            # "a lady of 91 in Triana", "a grandmother of 92 with dementia"
            *((rf"\b(?:an?|the)\s+(?:[^\W\d_]+\s+)?(?:lady|man|woman|gentleman|grandmother|grandfather|granny|widow|"
               rf"widower|boy|girl|child|patient|client|resident|farmer)\s+of\s+{age}\b(?!\s*(?:%|percent|years\s+ago))", 0.75)
              for age in (_AGE_ANY,)),
            # Right after the speaker's name: "I'm Priyanka Venkataraman, 29, Senior Data Engineer",
            # "my name is Phạm Ngọc Lan, thirty-five."
            *((rf"\b(?:I'm|I’m|I am|my name is|name's|this is)\s+(?:[^\W\d_][^\s,]*\s+){{0,4}}?[^\W\d_][^\s,]*,"
               rf"\s+{age}\b(?:\s+(?:years?|yrs?)(?:\s+old)?)?(?=\s*[,.;]|\s+(?:and|from|I|i)\b)", 0.85)
              for age in (_AGE_ANY,)),
            # An age in apposition to a name: "hajj Sayed Mahmoud, seventy-eight, came in",
            # "a client, Ramón Benítez, fifty-four years, was fired", "Mr Okafor, 66, called".
            *((rf"(?-i:\b(?!(?:{_MONTH_OR_DAY})\b)[A-Z][^\W\d_]+(?:['’][^\W\d_]+)?),\s+(?:(?:uh|um|er|erm),?\s+)?{age}"
               rf"(?:\s+(?:years?|yrs?)(?:\s+old)?)?(?=\s*,\s*(?-i:[a-z])|\s+and\s+(?-i:[a-z]))", 0.75)
              for age in (_AGE_ANY,)),
            # ... a child's, with "years": "My daughter Nabila, seven years, she wants", "the affected boy
            # Bilal, six years, his sisters" (not "Python, three years,": a duration)
            (r"\b(?:daughter|son|boy|girl|kid|child|baby|grandson|granddaughter)"
             rf"\s+(?-i:[A-Z][^\W\d_]+),\s+(?P<value>[1-9]|{_ungrouped(_SMALL_AGE)})\s+(?:years?|yrs?)"
             r"(?:\s+old)?(?=\s*[,.;]|\s+and\b)", 0.75),
            # ... with the full name in brackets: "im putri (Putri Ayu Lestari), 26, social media manager"
            *((rf"(?-i:\([A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+){{1,3}}\)),\s+{age}(?=\s*,\s*(?-i:[a-z])|\s+and\s+(?-i:[a-z]))", 0.75)
              for age in (_AGE_ANY,)),
            # A relative or a role as the subject: "my boss is 60 and still prints the emails",
            # "the head nurse in my unit is 58, retiring", "our landlord was about seventy".
            *((rf"\b(?:my|our|the|his|her|their)\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{_AGE_ROLES})"
               rf"(?:\s+(?:in|at|on|from)\s+(?:my|our|the)\s+[^\W\d_]+)?\s+(?:is|was|turns|turned|just\s+turned)\s+"
               rf"(?:like\s+|about\s+|around\s+|almost\s+|nearly\s+|only\s+|just\s+|already\s+|maybe\s+|probably\s+)?{age}\b"
               rf"(?=\s+(?:and|but|now|so|years?|yrs?|this|next|last)\b|\s*[,.;!?)])", 0.8)
              for age in (_AGE_ANY,)),
            (rf"\b(?:is|was)\s+(?:like|about|around|almost|nearly)\s+{_AGE_WORDS}(?=\s+(?:and|but|now|years?)\b)", 0.7),
            # The second of two children's ages: "my children, they are nine and twelve."
            *((rf"\b(?:they|kids|children|twins|boys|girls)\s+(?:are|were)\s+(?:\w+(?:-\w+)?)\s+and\s+{age}\b"
               rf"(?=\s*[,.;!?)]|\s+(?:now|years?)\b)", 0.75) for age in (_AGE_ANY,)),
            # An age said as a fragment about oneself: "... streaming shows. thirty-one, went to Emily Carr".
            *((rf"(?:^|(?<=[.!?]\s)){age}(?=,\s+(?:went|grew|born|living|live|based|from|married|single|"
               rf"studied|working|work|mum|mom|dad|mother|father|two\s+kids|no\s+kids)\b)", 0.75)
              for age in (_AGE_ANY,)),
            # ... or before what the speaker is: "everyone calls me tomek. 29, backend dev, officially ..."
            (r"(?:(?m:^)|(?<=[.!?:]\s))(?P<value>(?:1[6-9]|[2-7]\d))(?=,\s+(?!per\b|each\b|every\b|for\b|by\b|a\s+day\b)(?:an?\s+)?(?:[a-z-]+\s+){0,2}"
             r"(?:dev|devs|nurse|teacher|engineer|developer|designer|analyst|manager|accountant|lawyer|consultant|"
             r"driver|rider|student|intern|barista|chef|cook|cashier|clerk|technician|officer|assistant|"
             r"pharmacist|architect|writer|editor|researcher|lecturer|founder|freelancer|mechanic|electrician)\b)", 0.7),
            # An age as a sentence of its own, before what the speaker does: "everyone calls me Jord.
            # 23. I ride for Deliveroo", "Flor for short. 25. I'm a freelance frontend developer".
            (rf"(?:^|(?<=[.!?]\s)){_AGE_NUM}(?=\.\s+(?:I|I['’]m|I[ \t]+am|im|i|i['’]m)\b)", 0.7),
            # The age one will be: "for your age thing, I'll be 20 then", "by June I'll be thirty".
            *((rf"\b(?:I['’]ll|I[ \t]+will|ill)[ \t]+be[ \t]+{age}\b(?=[ \t]*(?:then|by|next|soon|in[ \t]+\w+|[,.;!?]))", 0.7)
              for age in (_AGE_ANY,)),
            # "... lol. 27, team leader at VistaReach": an age, then a title and its employer.
            (rf"(?:^|(?<=[.!?]\s)){_AGE_NUM}(?=,\s+(?:(?:a|an|the)\s+)?[a-z-]+(?:\s+[a-z-]+){{0,3}}\s+(?:at|for|with)\s+[A-Z])",
             0.7),
            # A note's gender then age: "so now I only write \"female, sixty-two\"", "M, 45".
            *((rf"(?<!\d\s)(?<!\d)\b(?:(?i:male|female)|M|F),[ \t]+{age}\b(?!\s*(?:%|percent|minutes|hours|days|people))", 0.75)
              for age in (_AGE_ANY,)),
            # "Phạm Ngọc Ánh and Võ Thanh Tùng, both 22": two people's age at once.
            (rf"(?<=,\s)both\s+{_AGE_NUM}(?=\s*[,.;!?)]|\s+(?:years?|now)\b)", 0.75),
            # "since i was 16", "since I was sixteen": the speaker's age then.
            *((rf"\bsince\s+(?:i|I)\s+was\s+(?:about\s+)?{age}\b(?!\s*(?:%|percent|minutes|hours))", 0.75)
              for age in (_AGE_ANY,)),
            # Children and relative clauses: "my daughter Lina who is nine uses ...", "shes twenty
            # two, she was fine", "my son is 7". Small numbers only after a child or "who".
            # "when I was 19", "I was only 22 and": the speaker's age then.
            *((rf"\bI\s+was\s+(?:only\s+|just\s+|barely\s+)?{age}\b(?=\s*[,.;!?)\n]|\s*$|\s+(?:when|and|years?|yrs?)\b)", 0.75)
              for age in (_AGE_ANY,)),
            # An age in apposition after words about a person: "he's older than me, sixty-two, very
            # traditional", "Abti Jama, he is an elder, seventy-eight, he sits", "she is young,
            # twenty-two, she", "A man, around sixty, came in", "he's my senior technician, thirty-two."
            # A description ("he is ...", "he's ...") or a person noun right before the comma; not
            # "he said, forty." or "the man at the counter told me, twenty".
            *((rf"(?:\b(?:he|she)(?:['’]s|\s+is|\s+was)\b[^.!?\n\d]{{0,40}}?|\b(?:man|woman|lady|guy|fella|fellow|"
               rf"elder|gentleman|grandmother|grandfather|boy|girl)),\s+(?:maybe\s+|about\s+|around\s+|probably\s+|"
               rf"only\s+|already\s+|roughly\s+|nearly\s+|almost\s+)?{age}(?:-odd|-ish)?\b{_NOT_UNIT}"
               rf"(?=\s*[,.;!?](?!\d))", 0.7) for age in (_AGE_WORDS,)),  # (words: "he sold it, 45, to" is no age)
            # A group's age said plainly: "My kids are twelve and fifteen", "they're fifteen,
            # sixteen", "Our twins are eleven and", "They are sixteen, seventeen, so".
            # Children's ages only (two to nineteen): not a headcount ("the students were thirty") nor
            # "They're one and the same".
            (rf"\b(?:they['’]re|(?:they|kids|children|twins|boys|girls|sons|daughters)\s+(?:are|were))\s+"
             rf"(?:only\s+|just\s+|about\s+|around\s+)?{_CHILD_AGE}\b{_NOT_UNIT}(?=\s*[,.;!?]|\s+(?:and|now)\b)"
             rf"(?!\s+and\s+the\b)", 0.7),
            # ... and the next in the list: "they're fifteen, sixteen, all of them"
            (rf"\b(?:they['’]re|they\s+are)\s+(?:fifteen|sixteen|seventeen|eighteen|nineteen|twelve|thirteen|"
             rf"fourteen|eleven|ten),\s+{_AGE_WORDS}\b(?=\s*[,.;!?]|\s+(?:and|now)\b)", 0.7),
            # Two children's ages in one breath: "Mia is eight and Ben is five".
            (rf"(?-i:\b[A-Z][^\W\d_]+)\s+is\s+(?P<value>{_CHILD_AGE_WORDS})\s+and\s+(?-i:[A-Z][^\W\d_]+)\s+is\s+"
             rf"(?P<value2>{_CHILD_AGE_WORDS})\b(?=\s*[,.;!?—–]|\s+(?:and|now)\b)", 0.75),
            # A baby's age in months: "My grandbaby Josephine — we call her Jojo — is eighteen months".
            (r"(?i:\b(?:baby|grandbaby|grandson|granddaughter|son|daughter|little[ \t]+one|newborn|toddler)\b"
             r"[^.!?\n]{0,60}?\bis[ \t]+)(?P<value>(?:\d{1,2}|(?:twenty[- ])?(?:one|two|three|four|five|six|seven|eight|"
             r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))[ \t]+months"
             r"(?:[ \t]+old)?)\b", 0.75),
            # An age counted another way: "I am 56 — or 57 in Korean age", "31 in international age".
            *((rf"\b{age}[ \t]+in[ \t]+(?i:Korean|international|western|Chinese|Japanese|lunar|real|actual|"
               rf"manglai|man)[ \t]+age\b", 0.8) for age in (_AGE_ANY,)),
            # Children listed with their ages: "her kids are Nikau, nine, and Manaia, six."
            (rf"(?i:\b(?:kids|children|grandchildren|grandkids|grandsons|granddaughters|sons|daughters|boys|girls|twins)"
             rf"\s+(?:are|were)\s+)(?-i:[A-Z][^\W\d_]+),\s+(?P<value>{_CHILD_AGE_WORDS}|\d{{1,2}}),\s+and\s+"
             rf"(?-i:[A-Z][^\W\d_]+),\s+(?P<value2>{_CHILD_AGE_WORDS}|\d{{1,2}})(?=\s*[,.;!?])", 0.75),
            # An age said in words after "at", in a sentence about working: "I can learn a new tool at
            # sixty-two", "still working at sixty-three", "still with patients at seventy".
            # (Someone's: "I", "he", "she" or "my ..." before; not "We started at thirty, now at ninety
            # members", "The price started at sixty".)
            (rf"(?i:(?:\b(?:I|I['’]m|he|she|he['’]s|she['’]s|my|his|her)\b"
             rf"[^.!?\n]{{0,60}}?\b(?:still|working|work|works|worked|learn\w*|retir\w*|start\w*|began|hired|job|career|again|"
             rf"patients|clients)\b|(?-i:\b(?:Learning|Working|Starting|Retiring)\b))[^.!?\n]{{0,40}}?\bat\s+)(?P<value>{_TENS}(?:[- ](?:one|two|three|four|five|six|seven|"
             rf"eight|nine))?)(?![\w-]){_NOT_UNIT}(?![ \t]*(?:per|mph|degrees|past|sharp|on[ \t]+the[ \t]+dot)\b)"
             rf"(?=\s*[,.;!?—–)]|\s+(?:and|but|now|felt|is|was|his|her|I|he|she|you)\b)"
             rf"(?![^.!?\n]{{0,40}}\b(?:at|to)\s+{_TENS}\b)", 0.7),
            # "in my late forties", "in her early 30s"
            (r"\bin\s+(?:my|his|her|their)\s+(?P<value>(?:early|mid|late|mid-)?\s*(?:twenties|thirties|forties|fifties|"
             r"sixties|seventies|eighties|nineties|[2-9]0s))\b", 0.7),
            # "I clocked 45 in April", "I became forty-two this year", "I'll be 30 next month".
            *((rf"\bI(?:\s+(?:clocked|hit|became|reached|turn|will\s+turn|will\s+be)|['’]ll\s+be|['’]ll\s+turn)\s+"
               rf"(?:the\s+big\s+)?{age}\b(?=\s+(?:in\s+(?:{_MONTHS}|the\s+(?:spring|summer|autumn|fall|winter)|"
               rf"spring|summer|autumn|fall|winter)|this\s+year|next\s+(?:month|year|week)|last\s+(?:month|year)|"
               rf"soon|on\s+(?:my|{_MONTHS}))\b|\s*[,.;!?])", 0.8) for age in (_AGE_ANY,)),
            # "I hit the big five-oh in June", "the big 40"
            (r"\bthe\s+big\s+(?P<value>(?:three|four|five|six|seven|eight)[- ]oh|[3-8]0)\b", 0.75),
            # "62 y/o male": a case described by age
            (rf"\b{_AGE_NUM}\s?y/o\b", 0.85),
            # The answer to the interviewer's "how old are you?": "User: 23. started there ..."
            (rf"(?im)^[ \t]*(?:AI|Interviewer)[ \t]*:[^\n]*\b(?:how\s+old|your\s+age)\b[^\n]*\n+[ \t]*(?:User|Participant)[ \t]*:"
             rf"[ \t]*(?:I['’]?m[ \t]+|im[ \t]+)?{_AGE_NUM}\b(?![ \t]*(?:%|years\s+(?:ago|in)|minutes|hours))", 0.8),
            *((rf"\b(?:who|she|he)(?:['’]s|\s+is|\s+was|\s+turned|\s+turns|\s+just\s+turned)(?:\s+turning)?"
               rf"\s+(?:only\s+|just\s+|almost\s+|nearly\s+|like\s+|about\s+|around\s+)?{age}\b{_NOT_UNIT}", 0.8)
              for age in (_AGE_WORDS, _SMALL_AGE)),
            # "when I was six", "came here when I was nine": a childhood age.
            *((rf"\bwhen\s+(?:I|i|he|she)\s+was\s+(?:only\s+|just\s+|about\s+)?{age}\b{_NOT_UNIT}", 0.75)
              for age in (_SMALL_AGE, r"(?P<value>[1-9])")),
            # "my daughter sofiyka (shes 6)": a small age said in brackets.
            (rf"\((?:s?he['’]?s|s?he\s+is)\s+(?P<value>[1-9])\)", 0.75),
            # "Our twins Kene and Obinna are four", "My twins, Gus and Birdie, are nine": children named, then their age.
            *((rf"\b(?:twins|kids|children|sons|daughters|boys|girls),?\s+[A-Z][^\W\d_]+,?\s+(?:and|&)\s+[A-Z][^\W\d_]+,?"
               rf"\s+(?:are|were|turned|just\s+turned)\s+(?:only\s+|just\s+|almost\s+|nearly\s+)?{age}\b{_NOT_UNIT}", 0.8)
              for age in (_AGE_WORDS, _SMALL_AGE, r"(?P<value>[1-9]\d?)")),
            # "my son Chase who's 16 helps", "she's 21, she loves it" (digits: a unit must not follow)
            (rf"\b(?:who|she|he)(?:['’]s|\s+is|\s+was|\s+turned|\s+turns)\s+(?:only\s+|just\s+|almost\s+|nearly\s+)?"
             rf"{_AGE_NUM}\b{_NOT_UNIT}(?![ \t]*(?:years?|yrs?)[ \t]+(?:ago|in|at|of|with)\b|[ \t]*(?:am|pm|a\.m|p\.m|:))"
             rf"(?=\s*[,.;!?)]|\s+(?:and|but|now|so|years?|yrs?|this|next|last|helps|works|is|has)\b)", 0.75),
            # "her grandson Lwazi, he's 6, and": a child's age in one digit, then a pause
            # (not a rating: "I would say he's 8, maybe 9 out of 10")
            (r"\b(?:who|she|he)(?:['’]s|\s+is)\s+(?:only\s+|just\s+|almost\s+|nearly\s+)?(?P<value>[1-9])"
             r"(?=[ \t]*[,.;!?)])(?![ \t]*[,.][ \t]*\d)(?![^.!?\n]{0,25}\bout\s+of\b)", 0.75),
            *((rf"\b(?:shes|hes)\s+(?:only\s+|just\s+|about\s+|around\s+|nearly\s+|almost\s+|like\s+)?{age}\b{_NOT_UNIT}"
               rf"(?![^.!?\n]{{0,25}}\bout\s+of\b)", 0.75)
              for age in (_AGE_WORDS, _AGE_NUM, _SMALL_AGE, r"(?P<value>[1-9])(?=[ \t]*[,.;)])")),
            *((rf"\b(?:son|daughter|kid|child|boy|girl|baby|grandson|granddaughter|nephew|niece|bhai|brother|"
               rf"sister|youngest|eldest|oldest|(?:first|last)\s+born)(?:,?\s+(?:who|(?i:[a-z][^\W\d_]+)(?:-[^\W\d_]+)?))?(?:['’]s|\s+is|\s+whos|\s+who['’]s|\s+who\s+is|\s+was|\s+turned|"
               rf"\s+turns|\s+just\s+turned)\s+(?:only\s+|just\s+|almost\s+|nearly\s+)?{age}\b{_NOT_UNIT}", 0.8)
              for age in (_AGE_NUM, _AGE_WORDS, _SMALL_AGE, r"(?P<value>[1-9])")),
        ],
        name="ClearanceAgeRecognizer",
        not_after=RULE_AGE,
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
            # "an English teacher at Citadel High", "in seventh standard at Vibgyor High": a high
            # school by its short name, after where one is.
            (rf"\b(?:at|from|to|attends|attended|attending)\s+(?P<value>{_CAP}(?:\s+{_CAP}){{0,2}}\s+High)\b"
             r"(?!\s+(?:Street|St|Road|Rd|Court|Commission|Council|Table|Level|Park|Bridge|Line|Peak|Five|School))", 0.75),
            # Where a degree was taken: "my LLB at Wits", "after my master's at EAFIT", "a PhD from ETH".
            (r"(?i:\b(?:LLB|LLM|BA|BSc|BEng|BCom|BEd|MA|MSc|MEng|MBA|MPH|MPhil|PhD|DPhil|master['’]?s|bachelor['’]?s|"
             r"degree|diploma|doctorate|undergrad)(?:[ \t]+(?:degree|course))?(?:[ \t]+in[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?"
             r"[ \t]+(?:at|from)[ \t]+(?:the[ \t]+)?|\b(?:graduat|finish)(?:ed|ing)[ \t]+from[ \t]+(?:the[ \t]+)?)"
             r"(?P<value>(?-i:[A-Z][\w&'’-]*(?:\.\w+)*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&'’-]*(?:\.\w+)*){0,4}))", 0.75),
        ],
        name="ClearanceSchoolRecognizer",
    )


# An address said aloud around a webmail name, with no "@" or "dot com" to find it by: "Email
# mariam underscore fawzy nine two, on gmail", "it's akinyi otieno r n, all together with dots,
# at gmail", "nirmala, then p, then eight nine, at gmail". The words after the cue, up to the
# webmail name, are the address; a short aside between them goes with it.
_SPOKEN_WEBMAIL = re.compile(
    r"(?i:\b(?:e-?mail(?:[ \t]+(?:address|is|me))*|address(?:[ \t]+is)?|it['’]s|it[ \t]+is)[ \t]*:?[ \t]+)"
    r"(?P<local>[a-z0-9]+(?:(?:,?[ \t]+then)?,?[ \t]+[a-z0-9]+){0,7}?)"
    r"(?:,[ \t]+(?P<aside>(?:[a-z]+[ \t]+){1,5}[a-z]+),)?,?[ \t]+(?:at|on|@)[ \t]+"
    r"(?P<mail>(?i:gmail|googlemail|yahoo|hotmail|outlook|icloud|protonmail|proton|aol|gmx|yandex|rediffmail|zoho))"
    r"(?:[ \t]+(?i:dot)[ \t]+(?i:com)|\.com)?(?![\w@])")


def _spoken_webmail(text: str) -> list[tuple[int, int]]:
    """Spans of ``_SPOKEN_WEBMAIL`` whose local part has a word that is no common word ("free"
    in "it's free on gmail" is none) or is spelled ("underscore", "r n")."""
    from anonymize.vocab import common_words

    spans = []
    for m in _SPOKEN_WEBMAIL.finditer(text):
        words = [w for w in re.split(r"[\s,]+", m.group("local").casefold()) if w and w != "then"]
        if any(w not in common_words() or len(w) == 1 or w in ("underscore", "dot", "dash", "hyphen")
               for w in words):
            spans.append((m.start("local"), m.end()))
    return spans


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
        from anonymize.textview import _CALL_CUE, PHONE_SHAPES, call_cue_before, normalized_view, view_matches

        out = []
        for start, end, etype in view_matches(text, PHONE_SHAPES):
            score = 0.8
            if etype == "PHONE_SHAPE":
                # Digits as the view reads them: "+1 (614) five five five, zero one nine two".
                if not 9 <= sum(ch.isdigit() for ch in normalized_view(text[start:end]).text) <= 15:
                    continue
                etype, score = "PHONE_NUMBER", 0.7
            elif etype == "PHONE_SPELLED7":
                if not any(ch.isalpha() for ch in text[start:end]) \
                        or not call_cue_before(text, start):
                    continue
                etype, score = "PHONE_NUMBER", 0.6
            elif etype == "PHONE_SPELLED8":
                # ("9 4 8 1  2 0 7 3" after "mobile is": spaced out one digit at a time)
                # (keycaps, "8️⃣1️⃣7️⃣7️⃣", and zero-width characters are no ASCII either)
                if not any(ch.isalpha() or not ch.isascii() for ch in text[start:end]) \
                        and not (re.search(r"\d[ \t.-]+\d[ \t.-]+\d[ \t.-]+\d", text[start:end])
                                 and _CALL_CUE.search(text, max(0, start - 40), start)):
                    continue
                etype, score = "PHONE_NUMBER", 0.6
            if entities and etype not in entities:
                continue
            out.append(_result(etype, start, end, score, self))
        if not entities or "EMAIL_ADDRESS" in entities:
            out.extend(_result("EMAIL_ADDRESS", start, end, 0.6, self) for start, end in _spoken_webmail(text))
        return out


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


_FOREIGN_MONTH = (r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
                  r"noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|"
                  r"dezembro|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|"
                  r"décembre|januar|februar|märz|juni|juli|oktober|dezember|januari|februari|maret|mei|"
                  r"agustus|desember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|"
                  r"dicembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|"
                  r"października|listopada|grudnia|ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|"
                  r"ekim|kasım|aralık|styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|"
                  r"październik|listopad|grudzień|oca|şub|mart|nisan|januari|april|juni|juli|augustus|"
                  r"september|oktober|november|december|januar|februar|april|august|september|november|"
                  r"jänner|jänner|januari|februari|mars|maj|augusti|gennaio|marzo|aprile|janeiro|abril|"
                  r"juli|oktober|mai|tháng\s+\d{1,2}|января|февраля|марта|апреля|мая|июня|июля|августа|"
                  r"сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|"
                  r"вересня|жовтня|листопада|грудня|"
                  # Catalan ("19 de març de 2024")
                  r"gener|febrer|març|maig|juny|juliol|agost|setembre|desembre)")


_YEAR = re.compile(r"(?<![\w/.-])(?:19|20)\d\d(?![\w/-])")
_SEASON_BEFORE = re.compile(r"(?i:\b(?:spring|summer|autumn|fall|winter|monsoon|harvest|sommer|winter|frühling|herbst|"
                            r"verano|invierno|primavera|otoño|été|hiver|printemps|automne|estate|inverno|autunno|"
                            r"verão|outono|zomer|najaar|voorjaar|lato|zima|wiosna|jesień)(?:[ \t]+(?:of|de|del|di|do|da))?)[ \t]+$")
_WORDS_BEFORE = re.compile(r"[^\W\d_][\w'’-]*")


class HolidayYearRecognizer(LocalRecognizer):
    """A holiday or a season with its year ("Easter 2023", "Black Friday 2023", "spring of
    2022"): the year pins the date, though the holiday alone is generic. Years are found first
    and the one to four words just before each looked up as a holiday, so the long list of
    holidays is not tried at every word."""

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        for m in _YEAR.finditer(text):
            if (season := _SEASON_BEFORE.search(text, max(0, m.start() - 20), m.start())) is not None:
                out.append(_result("DATE_TIME", season.start(), m.end(), 0.7, self))
                continue
            # The run of words right before the year, with only spaces between them.
            words, end = [], m.start()
            for w in reversed(list(_WORDS_BEFORE.finditer(text, max(0, m.start() - 40), m.start()))):
                if text[w.end():end].strip() or len(words) == 5:
                    break
                words.insert(0, w)
                end = w.start()
            if words and words[-1].group().casefold() == "of":  # "Christmas of 2020"
                words.pop()
            for n in (4, 3, 2, 1):
                phrase = " ".join(w.group() for w in words[-n:]) if len(words) >= n else ""
                if phrase and (is_holiday(" ".join(phrase.casefold().split())) or is_holiday(normalize(phrase))):
                    out.append(_result("DATE_TIME", words[-n].start(), m.end(), 0.7, self))
                    break
        return out


# What may come between a cue and a spoken year: "since, um, twenty fourteen", "in, I think, June".
_FILLERS = HESITATIONS | frozenset("like oh well so okay ok about around roughly approximately exactly maybe probably "
                                   "actually".split())
_FILLER_PAIRS = frozenset({("i", "think"), ("you", "know"), ("was", "it"), ("i", "mean"), ("i", "guess")})
# Words after which a number in words is a year: "in", "since", "born", "graduated"... and, after
# a year, the words of a correction or a range ("twenty nineteen, no, twenty eighteen").
_YEAR_CUES = frozenset("in since from of until till by circa before after born graduated qualified finished "
                       "started joined passed retired moved through between and to or no sorry wait mean year "
                       "was early late mid end beginning start".split())
_COUNT_WORDS = frozenset((*UNITS, *TEENS, *TENS, "hundred", "thousand", "oh", "zero"))
_COUNT_WORD = "(?:" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + ")"
_SPOKEN_YEAR = re.compile(rf"(?i){SPOKEN_YEAR}(?!-\w|[ \t]+(?:percent|people|patients|students|clients|kids|"
                          r"children|cases|times|hours|minutes|days|weeks|months|years?|dollars|euros|pounds|"
                          r"rupees|shillings|naira|pesos|rand|members|staff|beds|calls|visits|words|pages|items|"
                          r"households|families|residents|homes)\b)")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}(?:[ \t]+(?:the[ \t]+)?(?:{ORDINAL_DAY}|{CARDINAL_DAY}))?,?"
                           r"(?:[ \t]+of)?[ \t,]+$")
_TWO_DIGIT_BORN = re.compile(rf"(?i)\b(?:born|class[ \t]+of)(?:[ \t]+in)?[ \t,]+(?:(?:um|uh|eh|ah|em)\b[ \t,]+)?"
                             rf"(?P<value>{_TENS}(?:[- ](?:{'|'.join(UNITS)})\b)?)(?![ \t-]+(?:years?|percent|and|people)\b)")
_CORRECTION = re.compile(rf"(?i)[ \t]*,?[ \t]+(?:no|sorry|I[ \t]+mean|or)[ \t]*,?[ \t]+(?:(?:wait|sorry|um|uh|eh)[ \t]*,?[ \t]+)?"
                         rf"(?P<value>{TWO_DIGITS})(?![ \t-]+(?:{_COUNT_WORD}|years?)\b)")
_SPOKEN_DAY = re.compile(rf"\b{_MONTH}[ \t]+(?:the[ \t]+)?(?i:{ORDINAL_DAY})|"
                         rf"\b{_MONTH}[ \t]+(?i:{CARDINAL_DAY})(?=[ \t]*[,.;!?]|[ \t]*$)|"
                         rf"(?i:\bthe[ \t]+{ORDINAL_DAY}[ \t]+of[ \t]+){_MONTH}\b")
_WORD = re.compile(r"[^\W\d_]+|\d+")


def _lead_word(text: str, start: int) -> str:
    """The word before ``start`` once fillers ("um", "I think") and punctuation are passed over."""
    words = [w.group().casefold() for w in _WORD.finditer(text, max(0, start - 60), start)]
    while words:
        if words[-1] in _FILLERS:
            words.pop()
        elif len(words) > 1 and (words[-2], words[-1]) in _FILLER_PAIRS:
            del words[-2:]
        else:
            return words[-1]
    return ""


class SpokenDateRecognizer(LocalRecognizer):
    """Years and days said in words, as speech-to-text writes them: "since, um, twenty
    fourteen", "May of twenty sixteen", "in two thousand and nine", "born eighty-nine",
    "February the fourteenth", and the year a speaker corrects to ("two thousand fifteen, no,
    sixteen"). "Twenty fourteen" cannot be a count in English, so it is a year unless a unit
    follows; "two thousand and nine" can, so it needs a word that leads to a year ("in", "since",
    "born", a month) past any fillers. A month or season said with the year is part of it."""

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        for m in _SPOKEN_YEAR.finditer(text):
            start = m.start()
            lead = _lead_word(text, start)
            # A number word right before, past a pause, is a year said again ("since two thousand,
            # eh, two thousand three"); without one, a count ("ten twenty thirty").
            restarted = lead in _COUNT_WORDS and re.search(r"[,.;]\W*$", text[max(0, start - 12):start]) is not None
            if (before := _MONTH_BEFORE.search(text, max(0, start - 40), start)) is not None \
                    or (before := _SEASON_BEFORE.search(text, max(0, start - 25), start)) is not None:
                start = before.start()
            elif lead in _COUNT_WORDS and not restarted:
                continue  # "ten twenty thirty": counting
            elif m.group().casefold().startswith("two") and lead not in _YEAR_CUES and not restarted:
                continue  # "two thousand and nine patients"
            out.append(_result("DATE_TIME", start, m.end(), 0.9, self))
            if (fix := _CORRECTION.match(text, m.end())) is not None:
                out.append(_result("DATE_TIME", fix.start("value"), fix.end("value"), 0.9, self))
        # (All scored above spaCy's 0.85: Presidio keeps the higher of two spans one inside the
        # other, and scan keeps a date with no digits only as this recognizer's.)
        out.extend(_result("DATE_TIME", *m.span("value"), 0.9, self) for m in _TWO_DIGIT_BORN.finditer(text))
        out.extend(_result("DATE_TIME", *m.span(), 0.9, self) for m in _SPOKEN_DAY.finditer(text))
        return out


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
            (r"\b(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:19|20)\d\d\b", 0.85),
            # A day and a month without the year after "on"/"by": "a rewire in harrogate on 14/02"
            (r"(?i:\b(?:on|by|since|until|till|from)\s+)(?P<value>(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2]))(?![/\d])(?![ \t]+of\b)", 0.6),
            # "My birthday is 25/05", "birthday's on 3/11"
            (r"(?i:\bbirthday(?:['’]s|\s+is|\s+was)?\s+(?:on\s+)?)(?P<value>(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2]))"
             r"(?![/.\d-]\d)", 0.75),
            # A year since which or in which something happened to someone: "with the council
            # since 1997", "back in 2009" (not "the 2024 budget", "2019-2020").
            # ("I started at Covenant University, in Ota, around 2014")
            (r"(?i:\b(?:since|back\s+in|until|till|around|circa|roughly)\s+(?:about\s+|around\s+|roughly\s+|early\s+|late\s+|mid[ -])?)"
             r"(?P<value>(?:19|20)\d\d)(?![\w%/-]|[.,]\d)(?![ \t]+(?:people|employees|patients|students|users|customers|"
             r"clients|staff|workers|units|items|cases|times|of)\b)", 0.6),
            # A span of years in a career: "PwC from 1991 to 2010" (the model takes the first year only)
            (r"(?i:\b(?:from|between)\s+)(?P<value>(?:19|20)\d\d\s*(?:to|until|till|through|and|-|–)\s*(?:19|20)\d\d)"
             r"(?![\w%/-]|[.,]\d)", 0.6),
            # "in September of 2022"
            (rf"\b{_MONTH}\s+of\s+(?:19|20)\d\d\b", 0.85),
            # Chinese, Japanese (with its eras) and Korean: "2021年7月", "令和5年4月", "2024년 3월 2일".
            (r"(?:(?:19|20)\d\d|(?:令和|平成|昭和)(?:\d{1,2}|元))年(?:\d{1,2}月(?:\d{1,2}日)?)?", 0.85),
            (r"(?<!\d)(?:19|20)\d\d년(?:[ \t]?\d{1,2}월(?:[ \t]?\d{1,2}일)?)?", 0.85),
            # A month abbreviated in another language between numbers: "12/ene/2025", "3-set-2024".
            (r"(?i:\b(?:0?[1-9]|[12]\d|3[01])[/.-](?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|out|nov|dic|dez|"
             r"jan|apr|aug|dec|mai|okt|gen|lug|ott)[/.-](?:19|20)?\d\d)\b", 0.85),
            # Hungarian, the year first: "2023. szeptember 4."
            (r"(?i:\b(?:19|20)\d\d\.[ \t]+(?:január|február|március|április|május|június|július|augusztus|"
             r"szeptember|október|november|december)(?:[ \t]+\d{1,2}\.?)?)", 0.85),
            # A month of the Hijri calendar with its year: "Rajab 1445", "Ramadan 1444".
            (r"\b(?:Muharram|Safar|Rabi['’ ]?(?:al|ul)[- ](?:Awwal|Thani|Akhir)|Jumada[- ](?:al|ul)[- ]"
             r"(?:Ula|Awwal|Thani|Akhirah|Akhira)|Rajab|Sha['’]?ban|Ramadan|Ramazan|Shawwal|"
             r"Dhu[l'’ ]?[- ]?(?:al[- ])?(?:Qi['’]?dah|Qa['’]?dah|Hijjah))[ \t]+1[34]\d\d\b", 0.85),
            # Chinese and Japanese dates: "7月12日", "2024年3月5日", "2023年10月".
            (r"(?:(?:19|20)\d\d[ \t]*年[ \t]*)?(?<!\d)(?:1[0-2]|0?[1-9])[ \t]*月[ \t]*(?:[12]\d|3[01]|0?[1-9])[ \t]*[日号]", 0.85),
            (r"(?:19|20)\d\d[ \t]*年[ \t]*(?:1[0-2]|0?[1-9])[ \t]*月", 0.85),
            # Vietnamese "ngày 20 tháng 6" (the word for day starts it)
            (r"(?i:\bngày[ \t]+(?:[12]\d|3[01]|0?[1-9])[ \t]+tháng[ \t]+(?:1[0-2]|0?[1-9])(?:[ \t]+năm[ \t]+(?:19|20)\d\d)?)\b", 0.85),
            # Other languages' months: "22 de septiembre de 1987", "18 de março de 2016",
            # "3. März 2021", "le 3 mars 2021", "17 Agustus 2019".
            (rf"(?i:\b{_DAY}\s+de\s+{_FOREIGN_MONTH}(?:\s+de\s+(?:19|20)\d\d)?\b)", 0.85),
            (rf"(?i:\b{_DAY}\.?\s+{_FOREIGN_MONTH}\s+(?:19|20)\d\d\b)", 0.85),
            # ... and without the year, a birthday: "my birthday is 14 agustus", "9 mart btw".
            # (a pause or a small word after it: "I have 3 mei tasks" is no date)
            (rf"(?i:\b{_DAY}\.?\s+{_FOREIGN_MONTH})(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?i:by|btw|so|and|but|i|is|was|"
             rf"this|next|last|we|he|she|they|when|until|lol|haha)\b)", 0.65),
            # A month and a year in another language: "novembro de 2015", "listopad 2023",
            # "Ekim 2023", "marzo de 2024", "im Oktober 2023", "octubre del año pasado".
            # (The lookahead is a cheap filter: the month alternation is tried only where a
            # year or "año pasado"-like word follows two words on.)
            (rf"(?i:\b(?=(?:\w+\s+)?[^\W\d_]+(?:\s+\d{{1,2}})?\s+(?:de\s+|del\s+)?(?:(?:19|20)\d\d|año|ano|l['’]|letzten|do\s))"
             rf"(?:(?:im|em|w|di|à|au)\s+)?{_FOREIGN_MONTH}\s+(?:de\s+|del\s+)?(?:(?:19|20)\d\d\b|"
             rf"(?:del\s+)?año\s+pasado|do\s+ano\s+passado|l['’]année\s+dernière|letzten\s+Jahres))", 0.8),
        ],
        name="ClearanceDateRecognizer",
    )


_UPPER_LATIN = "".join(c for c in map(chr, range(0x00C0, 0x0250)) if c.isupper())
_STREET_SUFFIXES = sorted({*(suffix for loc in ("en_US", "en_AU", "en_GB", "en_NZ", "en_IE", "en_CA", "en_PH",
                                                  "en_IN", "zu_ZA")
                              for suffix in getattr(__import__(f"faker.providers.address.{loc}", fromlist=["Provider"])
                                                    .Provider, "street_suffixes", ())),
                           "St", "Rd", "Ave", "Blvd", "Dr", "Ln", "Ct", "Pl", "Hwy", "Pkwy", "Sq", "Ter"},
                          key=len, reverse=True)


# A capitalized word of any Latin alphabet ("Şener", "Żwirki", "Ívar"), and a name of one to
# four of them joined by particles ("Reino Unido de Gran Bretaña", "Żwirki i Wigury").
_CW = rf"[A-Z{_UPPER_LATIN}][\w'’.-]*"
_STREET_NAME = (rf"{_CW}(?:[ \t]+(?:(?:de|del|da|do|dos|das|di|dei|degli|delle|dello|della|du|des|la|le|el|i|e|y|van|von|der|"
                rf"den|al|bin|binti)[ \t]+)?{_CW}){{0,4}}")
_HOUSE = r"\d{1,5}(?:[ \t]?[A-Za-z](?!\w))?(?:[/-]\d{1,5}(?:[A-Za-z](?!\w))?)?(?:-?bis\b|-ter\b)?"
# Street types written before the name, in many languages (Faker's street formats for
# Italy, Spain, Latin America, Brazil, Portugal, France, Romania, Indonesia, Vietnam...).
_STREET_TYPES_BEFORE = (
    r"Via|Viale|Vicolo|Piazza|Piazzale|Corso|Largo|Stretto|Strada|Borgo|Contrada|Rotonda|Incrocio|Canale|Carrer|Passeig|"
    r"Lungomare|Calle|Avenida|Av\.|Avda\.|Acceso|Vial|Camino|Cañada|Corredor|Circunvalación|Peatonal|"
    r"Andador|Boulevard|Bulevar|Callejón|Cerrada|Privada|Prolongación|Retorno|Ronda|Paseo|Plaza|Glorieta|"
    r"Pasaje|Travesía|Urbanización|Diagonal|Transversal|Carrera|Cr\.|Cra\.|Cl\.|Rua|R\.|Travessa|Alameda|"
    r"Praça|Rodovia|Estrada|Ladeira|Viela|Vereda|Quadra|Setor|Conjunto|Loteamento|Chácara|Sítio|Fazenda|"
    r"Núcleo|Trecho|Recanto|Residencial|Jardim|Parque|Bulevardul|Strada|Str\.|Aleea|Calea|Drumul|Șoseaua|"
    r"Soseaua|Intrarea|Piața|Splaiul|Jl\.|Jln\.|Jalan|Gg\.|Gang|Lorong|Lrg\.|Đường|Phố|Hẻm|Ngõ|Ngách|"
    r"Số|Rue|rue|avenue|boulevard|chemin|allée|allé|impasse|place|quai|route|cours|voie|montée|rang|"
    r"Avenue|Boulevard|Chemin|Allée|Impasse|Place|Quai|Route|Cours|plac|pl\.|al\.|ulica|ul\.|aleja|os\.|"
    r"Sokak|Sokağı|Caddesi|Cad\.|Sk\.|Bulvarı|Mahallesi|Mah\.")
_STREET_TYPES_AFTER = (
    r"utca|út|útja|tér|tere|körút|köz|sor|sétány|rakpart|torget|stigen|backen|gränd|tunet|bakken|"
    r"stranda|tjernet|svingen|haugen|lia|gården|Allé|allé|katu|tie|kuja|polku|tori|väylä|ranta|hof|steeg|"
    r"singel|dreef|pad|ring|str\.|Chowk|Ganj|Nagar|Marg|Path|Colony|Puram|Bazar|Gali|Indlela|Indawo|"
    r"Straße|Strasse|Platz|Weg|Gasse")


_US_STATES = (r"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|"
              r"Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
              r"Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|"
              r"New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|"
              r"South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|"
              r"Wisconsin|Wyoming|AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|"
              r"MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY")


def street_address_recognizer() -> RegexRecognizer:
    """House number, capitalized street name, street suffix, optional unit."""
    suffix = "|".join(re.escape(x) for x in _STREET_SUFFIXES)
    return RegexRecognizer(
        "STREET_ADDRESS",
        [(rf"(?:(?<![\w.])(?:No|Nr|Number)\.?[ \t]*)?\b\d{{1,6}}(?:/\d{{1,6}})?(?:-?[A-Z])?\s+(?:(?:[A-Z{_UPPER_LATIN}][\w'’.-]*|\d{{1,3}}(?:st|nd|rd|th))\s+){{0,3}}"
          rf"(?:{suffix})\b\.?"
          rf"(?:,?\s+(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|#)\s*[\w-]+)?", 0.85),
         # Typed in lower case: "unit 3, 18 filton road, bs7 0pa" (a number, one or two words
         # that are no count or direction, a street word).
         (r"(?<![\w.,])\d{1,5}[a-z]?[ \t]+(?!(?:minutes?|mins?|hours?|days?|weeks?|km|miles?|metres?|meters?|yards?|"
          r"steps?|more|other|of|the|a|down|up|on|off|along|across|main|back|side|ring|toll|dirt|country|"
          r"different|new|old|big|small|long|short)\b)[a-z]{3,}(?:[ \t]+[a-z]{3,})?[ \t]+"
          r"(?:road|street|lane|avenue|drive|crescent|terrace|grove|gardens|close)(?![\w-])", 0.6),
         # "Via Ossola, 40", "Rua de Correia, 978", "Jl. Jamika No. 0", "Bulevardul Toma Nr. 19",
         # "Carrera 85 # 11-89 Sur", "Số 19 Đường Hoàng Diệu", "Av. Alem N° 9372".
         (rf"(?<![\w.])(?:{_STREET_TYPES_BEFORE})[ \t]+(?:(?:de|del|da|do|dos|das|di|dei|degli|delle|de la|du|des)[ \t]+)?"
          rf"(?:{_STREET_NAME}|\d{{1,3}}(?:[ \t]+Bis)?(?:[ \t]+[A-Z])?)(?:[ \t]+Km\.?[ \t]*\d{{1,3}}(?:[,.]\d)?)?"
          rf",?[ \t]+(?:(?:No|Nr|Nº|N°|n°|nr|no|Số)\.?[ \t]*|#[ \t]*)?(?:{_HOUSE}(?:,\d[ \t]+No\.?[ \t]*\d{{1,4}})?|S/N)"
          rf"(?:[ \t]+(?:Sur|Norte|Este|Oeste|Bis))?"
          rf"(?:[ \t,]+(?:Interior|Int\.|Piano|Appartamento|Apt\.|Apto\.?|Depto\.?|Puerta|Piso|Bl\.|Sc\.|Ap\.|"
          rf"Et\.|Edif\.|Casa|Lote|Bloco|Sala|[Ll]ocal|Of\.|Oficina|Torre|sala|loja|Loja|ap\.|andar|conj\.|"
          rf"cj\.)[ \t]*[\w-]+|"
          # "Calle de Cuba 47, 3º B": floor and door; "Carrer de Sant Antoni 42, bajo": the ground floor.
          rf"[ \t,]+\d{{1,2}}[º°ª](?:[ \t]*[A-Z\d](?![\w]))?|,[ \t]*(?:bajo|baixos|bajos|entresuelo|[áa]tico)\b)*"
          rf"(?:[ \t]+\d{{1,5}}(?![\w.,]\w))?", 0.7),
         # A house number before its lane and street, as written in Iran and the Gulf: "No. 12,
         # Golestan Alley, Chaharbagh-e Bala Street".
         (rf"\b(?:No|Nr|N°)\.?[ \t]*\d{{1,4}}[A-Z]?,[ \t]+{_STREET_NAME}(?:[ \t]+\d{{1,3}}(?:st|nd|rd|th))?[ \t]+(?:{suffix})\b"
          rf"(?:,[ \t]+{_STREET_NAME}[ \t]+(?:{suffix})\b)?", 0.7),
         # Papua New Guinea's sections and lots: "Section 5, Lot 22".
         (r"\b(?:Section|Sec\.)[ \t]*\d{1,4},?[ \t]+(?:Lot|Allotment)[ \t]*\d{1,4}\b", 0.7),
         # Singapore and Philippine blocks: "Blk 512 Tampines Central 1", "Blk 7 Lot 12, Phase 2,
         # Pacific Grand Villas".
         (rf"\b(?:Blk|Block)\.?[ \t]*\d{{1,4}}[A-Z]?(?:,?[ \t]+Lot\.?[ \t]*\d{{1,4}})?"
          rf"(?:,[ \t]*Phase[ \t]*\d{{1,2}}[A-Z]?)?(?:,?[ \t]+{_STREET_NAME}(?:[ \t]+\d{{1,3}}\b)?)?", 0.7),
         # A flat, house or villa and the building or numbered street after it: "Flat 3C, Skyline
         # Riverside", "Villa 42, Street 19b", "H.No. 12, Gandhi Nagar".
         (rf"\b(?:Flat|Apt|Apartment|House|H\.?[ \t]?No\.?|Villa|Plot|Unit)\.?[ \t]*(?:No\.?[ \t]*)?[A-Z]?-?\d{{1,4}}[A-Z]?,"
          rf"[ \t]+{_CW}(?:[ \t]+{_CW}){{0,3}}(?:[ \t]+\d{{1,3}}[A-Za-z]?\b)?", 0.65),
         # Turkish: the street type after the name, then "No:" and the flat: "Cemal Gürsel Caddesi
         # No: 418 D: 9", "Atatürk Cad. No. 12/3".
         (rf"{_STREET_NAME}[ \t]+(?:Caddesi|Cad\.|Sokak|Sokağı|Sk\.|Bulvarı|Blv\.)(?:,?[ \t]+No[:.]?[ \t]*\d{{1,4}}[A-Z]?"
          rf"(?:/\d{{1,3}})?)?(?:,?[ \t]+(?:D|Daire|Kat)[:.]?[ \t]*\d{{1,3}})?", 0.7),
         # Vietnamese lanes: "K52/14 Lê Đình Dương", "H12/3 Nguyễn Trãi".
         (rf"\b[KH]\d{{1,4}}(?:/\d{{1,4}})+[ \t]+{_STREET_NAME}", 0.7),
         # A flat given as where one lives: "I live upstairs actually, apartamento 301".
         (r"(?i:\b(?:live|living|stay|staying|home)\b[^.\n]{0,30}?)"
          r"(?P<value>\b(?i:apartamento|apartment|apto|departamento|depto|flat|apt|piso)\.?[ \t]*(?:no\.?[ \t]*)?\d{1,4}[A-Z]?)\b", 0.6),
         # Vietnamese: "Số 19 Đường Hoàng Diệu", "86/369 Ngõ 30 đường Hoàng Văn Thụ", "7/68 Hẻm 15 đường Võ Thị Sáu".
         (rf"(?<![\w/])(?:Số[ \t]+)?\d{{1,4}}(?:/\d{{1,4}})*[ \t]+(?:(?:Hẻm|Ngõ|Ngách|Kiệt)[ \t]+\d{{1,4}}[ \t]+"
          rf"(?:(?:[Đđ]ường|[Pp]hố)[ \t]+)?|(?:[Đđ]ường|[Pp]hố)[ \t]+){_STREET_NAME}", 0.7),
         # A flat and its building: "B-204, Shree Ganesh Apartments", "Flat A-7, Al-Habib Heights".
         (r"(?<![\w-])(?:(?i:flat|apt|house|no|unit)\.?[ \t]*)?[A-Z]?-?\d{1,4}[A-Z]?(?:-[A-Z\d]{1,3})?,[ \t]+"
          rf"(?:[A-Z][\w'’-]*[ \t]+){{1,3}}{BUILDING_WORDS}\b", 0.7),
         # Postcodes shaped so that nothing else looks like them, wherever they stand: UK
         # ("M21 9EG"), Canadian ("H2J 2L3") and Irish Eircodes ("P43 X2K7", letters and digits).
         (r"(?<![\w-])(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|"
          r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t](?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])(?=[0-9AC-FHKNPRTV-Y]{0,3}\d)"
          r"[0-9AC-FHKNPRTV-Y]{4})(?![\w-])", 0.6),
         # A name and a house number, a comma, a postcode and its town: "Stadsplateau 1, 3521 AZ
         # Utrecht", "Córdoba 1452, 2000 Rosario" (not "Windows 11, 2024 Edition": no year).
         (rf"(?<![\w-])(?P<value>(?:[A-Z{_UPPER_LATIN}][^\W\d_]+[ \t-]){{0,3}}[A-Z{_UPPER_LATIN}][^\W\d_]+[ \t]+\d{{1,4}}[a-zA-Z]?,"
          r"[ \t]+(?!(?:19|20)\d\d(?![ \t]?[A-Z]{2}\b))(?:[1-9]\d{3}[ \t]?(?!SA|SD|SS)[A-Z]{2}|\d{5}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}))"
          rf"(?=[ \t]+[A-Z{_UPPER_LATIN}][^\W\d_]+)", 0.6),
         # "The office is on Córdoba 1452": a name and a house number said where a place is
         # (the name no common word: not "on Level 3", "on Windows 11").
         (rf"\b(?:is|are|was|were|live|lives|lived|located|based|office|shop|studio)[ \t]+(?:on|at)[ \t]+"
          rf"(?P<value>(?!(?i:level|floor|channel|platform|route|gate|terminal|page|windows|version|number|"
          rf"room|day|week|step|line|bus|track|stage|chapter|row|seat|table)\b)"
          rf"[A-Z{_UPPER_LATIN}][^\W\d_]+(?:[ \t][A-Z{_UPPER_LATIN}][^\W\d_]+){{0,2}}[ \t]+\d{{2,5}})(?=[ \t]*[,.;]|[ \t]+(?:in|near)\b)", 0.6),
         # A house number and a street name before its district: "214 Võ Văn Tần, District 3".
         (rf"(?<![\w/.,-])\d{{1,4}}[A-Z]?(?:/\d{{1,4}})?[ \t]+(?:[A-ZĐ{_UPPER_LATIN}][^\W\d_]*[ \t]+){{1,3}}"
          rf"[A-ZĐ{_UPPER_LATIN}][^\W\d_]*(?=,[ \t]+(?:District|Quận|Q\.|Ward|Phường|P\.)[ \t]*\d)", 0.6),
         # A US ZIP after its state ("Story City, Iowa 50248", "Austin, TX 78701") and a
         # Singapore postcode after the country ("Singapore 520412").
         (rf",[ \t]+(?:{_US_STATES})[ \t]+(?P<value>\d{{5}}(?:-\d{{4}})?)(?![\w-])", 0.6),
         (r"\bSingapore[ \t]+(?P<value>\d{6})(?![\w-])", 0.6),
         # Korean road addresses ("256 Pangyo-ro", "Teheran-ro 152", "12 Yeoksam-ro 7-gil").
         (r"(?<![\w/.-])(?:\d{1,4}(?:-\d{1,3})?[ \t]+[A-Z][a-z]+(?:-[a-z]+)?-(?:ro|gil|daero)(?:[ \t]+\d{1,3}(?:beon)?-gil)?"
          r"|[A-Z][a-z]+(?:-[a-z]+)?-(?:ro|gil|daero)(?:[ \t]+\d{1,3}(?:beon)?-gil)?[ \t]+\d{1,4}(?:-\d{1,3})?)(?![\w-])", 0.65),
         # Japanese block numbers before the district and ward: "2-6-38 Daimyo, Chuo-ku",
         # "3-14-7 Nanko-kita, Suminoe-ku".
         (r"(?<![\w/.-])\d{1,2}-\d{1,2}(?:-\d{1,3})?[ \t]+[A-Z][a-z]+(?:-[a-z]+)?"
          r"(?=,[ \t]+[A-Z][a-z]+-(?:ku|shi|cho|machi|gun)\b)", 0.65),
         # Ghana's digital address ("GA-183-8164") after its cue.
         (r"(?i:\b(?:digital|gps|ghana\s*post)\s+address[^.\n\d]{0,25}?)(?P<value>\b[A-Z]{2}-\d{3,4}-\d{4}\b)", 0.7),
         # "Tenjinbashi 3-chome 8-14": a Japanese block address.
         (rf"\b{_CW}[ \t]+\d{{1,2}}-chome(?:[ \t]+\d{{1,4}}(?:-\d{{1,4}}){{0,2}})?", 0.7),
         # "вул. Городоцька, 85": Ukrainian and Russian street abbreviations.
         (r"(?<![\w.])(?:вул|ул|пр|просп|пров|пер|бул|ш)\.[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?,?[ \t]+(?:буд\.[ \t]*|д\.[ \t]*)?"
          r"\d{1,4}[а-яА-Я]?(?:,?[ \t]+(?:кв|стр)\.[ \t]*\d{1,4})?", 0.7),
         # "682, avenue de Toussaint", "825 rue Desrochers", "48, Handa Ganj" (number first).
         # ("1875, boul. des Laurentides", Quebec's abbreviations)
         (rf"\b{_HOUSE},?[ \t]+(?:rue|avenue|boulevard|chemin|allée|impasse|place|quai|route|cours|voie|montée|"
          rf"rang|Rue|Avenue|Boulevard|Chemin|boul\.|bd|ch\.|av\.)[ \t]+(?:(?:de|du|des|de la|d['’])[ \t]*)?{_STREET_NAME}", 0.75),
         # A Philippine address by its purok (zone) and barangay: "Purok 3, Brgy. Valladolid".
         (r"\bPurok[ \t]+\d{1,3}[A-Z]?(?:,?[ \t]+(?:Brgy\.?|Barangay)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)?", 0.7),
         # "Kossuth utca 60.", "Storstigen 378" written apart, "Sorø Allé 932", "Bhatti Chowk".
         # (English sentence openers are no street name: "Or ring 912 45 678".)
         (rf"(?<![\w.])(?:{_HOUSE},?[ \t]+)?(?!(?:Or|And|But|So|Then|Just|Please|Also|I|We|You|They|He|She|It|"
          rf"If|Give|Call|Text|Ring|To|The|A|An|My|Our)\b){_CW}(?:[ \t]+{_CW})?[ \t]+(?:{_STREET_TYPES_AFTER})\b"
          rf"(?:[ \t]+{_HOUSE})?", 0.6),
         (rf"(?<![\w.-])[A-Z{_UPPER_LATIN}][\w-]*(?:torget|stigen|backen|gränd|tunet|bakken|stranda|tjernet|"
          rf"svingen|haugen|lia|gården|katu|tie|kuja|polku|tori|väylä|ranta|hof|steeg|singel|dreef|pad|ring|"
          rf"straße|strasse|str\.|platz|weg|gasse|allee|veien|vegen|gata|gaten|vej|vei|plads|lunden|"
          rf"-Straße|-Platz|-Weg|-Allee|-Gasse|-Ring|-Damm)[ \t]+{_HOUSE}(?!\w)", 0.7),
         # Street name then number, as most of Europe writes it: "Leopoldstraße 112",
         # "Keizersgracht 12", "Storgatan 4", "ul. Długa 14/3".
         (r"\b(?:ul\.[ \t]+|ulica[ \t]+|al\.[ \t]+)?[A-ZÄÖÜÅŁŚŻ][^\W\d_]*(?:straße|strasse|str\.|weg|gasse|allee|"
          r"platz|damm|ufer|straat|laan|gracht|plein|kade|gatan|vägen|gata|gate|veien|vej|vei)"
          r"[ \t]+\d{1,5}[a-zA-Z]?(?:/\d{1,4})?(?:-?bis)?\b", 0.7),
         (r"\b(?:ul\.|ulica|al\.|aleja|os\.)[ \t]+[A-ZŁŚŻŹĆ][^\W\d_]+(?:[ \t]+[A-ZŁŚŻŹĆ][^\W\d_]+)?"
          r"[ \t]+\d{1,5}[a-zA-Z]?(?:/\d{1,4})?\b", 0.75)],
        name="ClearanceStreetAddressRecognizer",
    )


_CURRENCY_CODES = ("USD|EUR|GBP|CHF|JPY|CNY|INR|AUD|CAD|NZD|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|HRK|RSD|"
                   "TRY|TRL|RUB|UAH|GEL|AMD|AZN|MDL|NGN|KES|ZAR|GHS|EGP|BRL|MXN|ARS|CLP|COP|PEN|IDR|"
                   "PHP|VND|THB|MYR|SGD|HKD|KRW|PKR|BDT|LKR|DEM|ATS|FRF|ITL|ESP|NLG|BEF|FIM|IEP|PTE|"
                   "GRD|CYP|LUF|SIT|SKK|EEK|LVL|LTL|MTL")
CURRENCY_WORDS = (r"(?:(?:US|Australian|Canadian|Hong Kong|Singapore|New Zealand|Turkish|Polish|Austrian|"
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
    rf"(?:{CURRENCY_WORDS}|(?:{_CURRENCY_CODES}|YTL)\b)")
# "(TRY)", "(euros)", "[approx. EUR 138]", "(approximately 6,000 euros (EUR))" after an amount.
_MONEY_GLOSS = re.compile(
    rf"\s*[(\[]\s*(?:(?:approx\.?|approximately|about|around|some|ca\.|i\.e\.|equivalent\s+to)\s+)?"
    rf"(?:(?:{_CURRENCY_CODES}|YTL)|{CURRENCY_WORDS}|(?P<inner>[^()\[\]\n]{{1,60}}?))"
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
          r"(?:sentence|prison\s+term|imprisonment|custodial|suspended\s+sentence|in\s+prison))", 0.6),
         # "a sentence of 18 years", "reduce the sentence of 14 years imposed"
         (rf"(?i:\b(?:sentences?|prison\s+terms?|terms?\s+of\s+imprisonment)\s+of\s+(?:up\s+to\s+)?)"
          rf"(?P<value>(?i:{_DURATION}))", 0.6)],
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


_GENERIC_FACILITY = ("Private|Public|General|Teaching|Children|Mental|Field|State|Federal|County|Local|District|"
                     "Regional|City|Central|Main|Military|Army|Women|Maternity|Psychiatric|Community|Veterans?|"
                     "University|Rural|Cottage|Day|Open|Closed|High|Maximum|Minimum|Top|Big|Small|Old|Nearest|"
                     "Nearby|Another|Any|Every|Each|Which|What|That|This|Some|Covid|NHS|Government|Municipal|"
                     "Provincial|National|Referral|Mission|Specialist|Dental|Eye|Animal|Pet|Vet|Prison|Police|"
                     "Hospital|Women['’]s|Children['’]s")


def institution_recognizer() -> RegexRecognizer:
    """Bodies named "X of/for Y" ("the Law Society of Kenya", "the Community Foundation for
    Southeast Michigan", "the Ministry for the Environment") and named events: the model often
    keeps only the head word. Scan drops the ones named by function alone ("the Ministry of Health") unless
    they are where someone works (see scan._drop)."""
    return RegexRecognizer(
        "ORGANIZATION",
        [(r"\b(?:[A-Z][\w'’&-]*[ \t]+){0,3}(?:Ministry|Department|Society|Association|Institute|Federation|Centre|"
          r"Center|Foundation|Bureau|Agency|Authority|Commission|Council|Chamber|Union|College)[ \t]+(?:of|for)[ \t]+"
          r"(?:the[ \t]+)?[A-Z][\w'’-]*(?:(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+)(?:the[ \t]+)?[A-Z][\w'’-]*){0,5}", 0.6),
         # A named festival, fair or conference, where someone showed work ("premiered at the
         # Jogja-NETPAC Asian Film Festival", "At Design Festa in May 2023", "the SCAR Open Science
         # Conference in Pucón"): the model rarely knows it.
         (r"\b(?!(?:The|A|An|At|In|On|Our|My|This|That|Last|Next|Every|Each|Some|Any|Before|After|During|Since|"
          r"Until|For|From|By|Over|Around|Like|And|But|So|Then|When|While|We|I|It|They|He|She|You|Their|His|Her|"
          r"Its)\b)"
          # (a season's or a school's fair is no one's: "the Christmas Fair", "the Career Fair")
          r"(?!(?:Christmas|Easter|Career|Careers|Job|Jobs|Science|Book|Craft|Annual|School|Summer|Winter|Spring|"
          r"Autumn|Food|Trade|County|Village|Church|Charity|Student|Students)[ \t]+(?:Festival|Festa|Fair|Expo)\b)"
          r"[A-Z][\w'’&-]*(?:\.[\w'’&-]+)*(?:[ \t]+(?:(?:of|de|del|for|and|on)[ \t]+)?[A-Z][\w'’&-]*(?:\.[\w'’&-]+)*){0,6}?"
          r"[ \t]+(?:Festival|Festa|Fair|Biennale|Biennial|Triennale|Conference|Symposium|Summit|Expo)\b", 0.6)],
        name="ClearanceInstitutionRecognizer",
    )


# Capitals that are no body's name after "at": "at HQ in Leeds", "I was at ICU from 2019".
_NOT_ACRONYM_ORG = (r"(?!(?:HQ|IT|HR|AI|PM|AM|EU|UN|US|UK|USA|UAE|CEO|CTO|NYC|LA|DC|ER|ICU|OR|TV|PC|HOME|WORK|"
                    r"NIGHT|LEAST|FIRST|LAST|ALL)\b)")


def company_recognizer() -> RegexRecognizer:
    """Company names by their legal-form suffix or law-firm shape; NER misses many."""
    # A word ending a sentence ("...used Figma. Before Troisi s.r.l.") does not start a name.
    cap = (rf"(?!(?:Before|After|At|In|With|For|From|When|Since|Then|And|But|The|Our|My|So|Now|Also|"
           rf"Me|I|We|Us|You|He|She|Him|Her|They|Them)[\s,])"
           rf"[A-Z{_UPPER_LATIN}][\w'’&.-]*(?<![a-z]\.)")
    return RegexRecognizer(
        "ORGANIZATION",
        [
            # Central European legal forms and partnership names of other languages:
            # "Kovář Bártová s.r.o.", "Pečur d.o.o.", "Karlsen, Andreassen og Myklebust",
            # "Chiaramonte, Luzi e Pucci e figli", "Contreras y asociados S.L.".
            (rf"\b{cap}(?:\s+{cap}){{0,2}},?\s+(?:s\.\s?r\.\s?o|k\.\s?s|v\.\s?o\.\s?s|a\.\s?s|d\.\s?o\.\s?o|"
             rf"j\.d\.o\.o|d\.\s?d|s\.\s?p|S\.\s?Coop|CommV|VOF|BVBA|Kft|Zrt|Nyrt|Bt|SIA|UAB|OÜ|AS)(?![\w])\.?", 0.75),
            (rf"\b{cap}(?:\s+{cap}){{0,2}},?\s+(?:S\.\s?A|S\.\s?R\.\s?L|S\.\s?C|A\.\s?C|S\.\s?A\.\s?B|S\.\s?"
             rf"de\s+R\.\s?L)\.?\s+de\s+C\.\s?V\.?", 0.8),
            (rf"\b{cap},\s+{cap},?\s+(?:og|en|és|si|și|ir|un|ja|a)\s+{cap}\b(?:\s+(?:NV|BV|VOF|CommV|AS|ASA|AB))?", 0.75),
            (rf"\b{cap}(?:,\s+{cap})*(?:,?\s+(?:e|y|i|&|and)\s+{cap})?\s+(?:e\s+figli|y\s+asociados|e\s+hijos|"
             rf"i\s+syn(?:owie)?|i\s+wspólnicy|y\s+[Cc]ía|&\s+Söhne|und\s+Söhne|ve\s+[Oo]rtakları)\b"
             rf"(?:\s+(?:S\.\s?L|S\.\s?A|S\.\s?Coop|s\.\s?c|sp\.\s?j|Ltda|S\.\s?R\.\s?L|s\.r\.l)(?![\w])\.?)?", 0.75),
            (rf"\b{cap}(?:\s+{cap}){{0,2}},?\s+(?:Inc|LLC|L\.L\.C|Ltd|PLC|plc|Corp|Corporation|GmbH|AG|S\.A|"
             rf"LLP|Holdings|Group|Partners|and Sons|& Sons|& Co|and Co)\b\.?", 0.8),
            # Legal forms elsewhere: S.p.A., s.r.l., Sp. z o.o., Sp.j., s.c., SARL, B.V., Groep...
            (rf"\b{cap}(?:\s+{cap}){{0,2}},?\s+(?:S\.?p\.?A|SPA|s\.r\.l|S\.r\.l|Srl|SRL|Sp\.\s?z\s?o\.o|"
             rf"Sp\.\s?[jkp]|s\.c|S\.A\.S|SAS|SARL|S\.A|SA|S\.L|SL|KG|e\.V|B\.V|BV|N\.V|NV|Groep|Oy|AB|A/S|ASA|"
             rf"Ltda|Tbk|PT|Pty|Bhd|A\.Ş|AŞ)(?![\w])\.?(?:\s+Sp\.\s?[jkp]\.?|\s+S\.\s?A\.?)?", 0.75),
            (r"\b(?:PT|CV|UD|Fa)\.?\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2}", 0.6),
            # A named prison, police station or hospital with its kind in lower case ("HMP
            # Stocken", "the Narlıdere police station", "employed at Atasam hospital"): the
            # name before it is no common word ("the General hospital", "a private prison").
            (r"\bHM(?:P|YOI|[ \t]+Prison)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?", 0.8),
            (rf"\b(?!(?:{_GENERIC_FACILITY})\b){cap}(?:[ \t-]+{cap})?[ \t]+(?:special[ \t]+type[ \t]+)?"
             r"(?:prison|police[ \t]+station|hospital|gendarmerie)\b", 0.6),
            (r"\b[A-ZĐ][^\W\d_]*(?:\s+(?:và\s+đối\s+tác|[A-ZĐ][^\W\d_]*))?\s+Công\s+ty(?:\s+(?:TNHH|[^\W\d_]+)){0,5}", 0.7),
            (rf"\b{cap},\s+{cap},?\s+(?:and|&|y|e|et|und|ve|và|i)\s+{cap}\b", 0.75),
            (rf"\b(?:at|for|with|from|joined|by|of)\s+(?P<value>[A-Z][a-z]+-[A-Z][a-z]+)\b", 0.6),
            # "worked at Morales Foods": a name plus an industry word, after a preposition.
            (rf"\b(?:at|for|with|from|joined|in|by|to)\s+(?:the\s+)?(?P<value>(?:[A-Z][\w'’&.-]*\s+){{1,2}}(?:Foods?|Logistics|"
             r"Telecoms?|Telekom|Telecommunications?|Communications|Mobile|Petroleum|Oil|Mining|Minerals|Steel|"
             r"Cement|Textiles?|Garments|Apparel|Hotels?|Resorts?|Airways|Shipping|Transport|Trading|Exports?|"
             r"Farms|Beverages|Breweries|Dairy|Pharmacy|Pharmaceuticals|Electronics|Engineering|Architects|"
             r"Marketing|Advertising|Publishing|Press|Insurers|Finance|Microfinance|Cooperative|Co-op|"
             r"Foundation|Trust|Charity|Initiative|Hospitals|Medical|Dental|Law|Legal|Accountants|Auditors|"
             r"Analytics|Insurance|Health|Healthcare|Consulting|Solutions|Systems|Technologies|Labs|Media|"
             r"Capital|Ventures|Industries|Enterprises|Services|Software|Pharma|Motors|Energy|Bank|Airlines|"
             r"Studios|Construction|Realty|Properties|Manufacturing|Retail|Brands|Dynamics|Networks|"
             r"Robotics|Biotech|Therapeutics|Partners|Associates|Agency|Bakery|Clinic|Hospital|Vets|Veterinary))\b", 0.7),
            # An acronym where someone is, before its town ("my collaborator at RMIT in Melbourne"),
            # or where one was, by its years ("I was at SEAT from 1984 to 2008").
            (rf"(?<=\bat[ \t]){_NOT_ACRONYM_ORG}(?P<value>[A-Z]{{3,6}})(?=[ \t]+in[ \t]+[A-Z][a-z])", 0.55),
            (rf"\b(?:I|we)[ \t]+(?:was|were)[ \t]+at[ \t]+{_NOT_ACRONYM_ORG}(?P<value>[A-Z]{{3,6}})"
             r"(?=[ \t]+from[ \t]+(?:19|20)\d\d)", 0.55),
            # "The Bridge Café, it's called, though ...": the name said first.
            (r"(?P<value>\b(?:The[ \t]+)?[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,3})(?=,[ \t]+it['’]?s[ \t]+called\b)", 0.7),
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
               r"Apprentice|Secretary|Cashier|Chef|Mechanic|Electrician|Surveyor|Actuary|Registrar|Solicitor|"
               r"Notary|Broker|Teller|Dentist|Surgeon|Midwife|Bursar")


def job_title_recognizer() -> RegexRecognizer:
    """A job title in title case ("Operations Manager", "Senior Data Scientist"): with an
    employer it narrows a participant down to a handful of people. Lowercase generic
    roles ("my manager") are left alone."""
    return RegexRecognizer(
        "JOB_TITLE",
        [(rf"\b(?:[A-Z][\w&/-]*\s+){{0,3}}(?:{_ROLE_NOUNS})\b(?:\s+of\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,2}}"
          rf"|\s+in\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,2}}(?=\s+at\s))?", 0.7)],
        name="ClearanceJobTitleRecognizer",
    )


# Places one is "at" that are no handle: "I'm at work on Twitter all day".
# ("I scroll TikTok at bedtime", "on YouTube at 2x speed", "account at eighteen", "is at
# version two on GitHub": a time, a speed, an age or a state, no handle)
_NOT_AT_PLACE = (r"(?!(?i:home|work|school|the|a|an|my|our|least|first|last|night|lunch|church|uni|college|office|it|"
                 r"this|that|times|once|all|random|most|best|times|some|any|noon|midnight|weekends?|bedtime|"
                 r"peak|version|speed|level|stage|around|about|full|half|max|min|"
                 rf"{'|'.join(('zero', *UNITS, *TEENS, *TENS, 'hundred'))})\b|\d)")
# A word of a handle said aloud: it starts in lower case, in any alphabet ("tostadores la montaña";
# not "at Christmas").
_SAID_HANDLE_WORD = r"[a-z0-9à-öø-ÿ][\w.]*"
_PLATFORMS = (r"(?:GitHub|GitLab|Twitter|X|Hacker[ \t]+News|HN|(?i:instagram|insta|tiktok|reddit|discord|telegram|"
              r"mastodon|threads|bluesky|twitch|youtube|snapchat|medium|substack|kaggle|steam|facebook|fb|"
              r"linkedin|github|gitlab|twitter|behance|dribbble|pinterest|soundcloud|spotify|vimeo|roblox|"
              r"xbox|psn|playstation|duolingo|strava|letterboxd|goodreads|quora|stack[ \t]*overflow|"
              r"wattpad|deviantart|artstation|tumblr|weibo|douyin|xiaohongshu|line|wechat|signal|viber|"
              r"kakao(?:talk)?|zalo|clubhouse|lemon8|bereal|vsco|flickr|onlyfans|patreon|ko-fi|etsy))")


def social_handle_recognizer() -> RegexRecognizer:
    """@handles (not the @ inside an email address)."""
    return RegexRecognizer(
        "SOCIAL_HANDLE",
        # (letters of any language: "@lalegüzellik.izmir")
        [(r"(?<![\w@.\-/])@[^\W](?:[\w.]{0,38}[^\W])?(?![\w@])", 0.85),
         # Reddit users: "I'm on Reddit as u/patchtuesday_marcus".
         (r"(?<![\w/])u/[A-Za-z0-9_-]{3,20}(?![\w/-])", 0.8),
         # Handles in other scripts ("@薇薇安做产品" on Xiaohongshu, "@ฟ้าใส"): letters of any alphabet.
         (r"(?<![\w@.\-/])@(?=[^\W\d_]*[^\x00-\u024f])[^\W_][\w.]{0,38}(?<![.])(?![\w@])", 0.8),
         # Without the @, after the site or the word: "on GitHub as bwisniewski".
         (r"(?:\b(?:on|at)[ \t]+(?:GitHub|GitLab|Twitter|X|(?i:instagram|insta|tiktok|reddit|discord|telegram|"
          r"mastodon|threads|bluesky|twitch|youtube|snapchat|medium|substack|kaggle|steam|facebook|fb|"
          r"linkedin|github|gitlab|twitter|behance|dribbble|pinterest|soundcloud|spotify|vimeo))[ \t]+"
          r"(?:as|it'?s|it\s+is|I'?m|I\s+am)[ \t]+|(?i:\b(?:user\s*name|handle|gamertag|screen\s*name)"
          # ("her username in Jira is ife_tests")
          r"(?:[ \t]+(?:in|on)[ \t]+[\w.-]+)?[ \t]+(?:is|:)[ \t]*)|(?i:\b(?:kakao(?:talk)?|line|wechat|telegram|signal|skype|discord|"
          r"snap(?:chat)?|insta(?:gram)?|tiktok|threads|viber|zalo),?[ \t]+(?:id|handle|user\s*name)"
          r"[ \t]*(?:is|:)?[ \t]*))"
          r"(?P<value>@?[A-Za-z0-9_](?:[A-Za-z0-9_.-]{1,38}[A-Za-z0-9_]))(?![\w@])", 0.7),
         # A channel, page or shop named by its user name: "my channel is pipe_rueda on Kick", "the
         # page is kicks_za_otis", "my shop is LosaPrintsNZ", "a TikTok page, kaybgadgets_gh",
         # "channel haru_nightshift": the name holds _ . a digit or an inner capital.
         (r"(?i:\b(?:my|the|our|his|her|their)[ \t]+(?:[\w.-]+[ \t]+)?(?:channel|page|profile|shop|store|account)"
          r"(?:[ \t]+name)?[ \t]+(?:is|was|:|called|named)[ \t]*)"
          r"(?P<value>(?-i:(?=[A-Za-z0-9.]*(?:_|\d|[a-z][A-Z]|\.[a-z]))[A-Za-z][A-Za-z0-9_.]{2,29}[A-Za-z0-9_]))"
          r"(?![\w@]|\.\w)", 0.7),
         (r"(?i:\b(?:channel|page|profile|account)[ \t]*[,:]?[ \t]+)"
          r"(?P<value>(?-i:(?=[A-Za-z0-9]*[_.][A-Za-z0-9])[A-Za-z][A-Za-z0-9_.]{2,29}[A-Za-z0-9_]))"
          r"(?![\w@]|\.\w)", 0.7),
         # "KakaoTalk is easiest, my ID is jiwon_pk93": a user name (letters with _ or digits) given as one's id.
         (r"(?i:\bmy[ \t]+(?:user[ \t]*)?id[ \t]+(?:is|:)[ \t]*)"
          r"(?P<value>(?-i:[A-Za-z][A-Za-z0-9.]*[_\d.][A-Za-z0-9_.]*[A-Za-z0-9]))(?![\w@])", 0.7),
         # "my LINE is ploy.lanna", "on GitHub, my user is ioana-tests": a user name with . _ - or digits.
         (r"(?i:\b(?:my|his|her|their)[ \t]+(?:line|wechat|telegram|signal|skype|discord|snapchat|snap|insta|instagram|tiktok|"
          r"threads|viber|zalo|kakao(?:talk)?|github|gitlab|reddit|twitter|x|user|username|user[ \t]+name|handle)"
          r"(?:[ \t]+(?:id|handle|user[ \t]*name))?(?:[ \t]+(?:there|here|on[ \t]+\w+))?[ \t]+(?:is|:)[ \t]*)"
          r"(?P<value>(?=@?[A-Za-z]*(?:[._-][A-Za-z0-9]|\d))(?-i:@?[A-Za-z0-9][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*))"
          r"(?![\w@-]|\.\w)", 0.7),
         # "on the nursing subreddit as shaz_on_nights", "post in the Discord server as kiwi_dev":
         # a user name with an underscore, said "as" after an online community.
         (r"(?i:\b(?:subreddit|reddit|discord|server|forum|group|channel|account|twitter|instagram|tiktok|"
          r"mastodon|threads|bluesky|telegram|online)\b[^.\n]{0,40}?\bas[ \t]+)"
          r"(?P<value>@?[A-Za-z0-9][A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9_])(?![\w@])", 0.7),
         # "my username there is hamzadesignstudio": after a user name's own word, any word is one.
         (r"(?i:\bmy[ \t]+(?:user[ \t]?name|handle|screen[ \t]?name|gamertag)(?:[ \t]+(?:there|here|on[ \t]+\w+))?[ \t]+(?:is|:)[ \t]*)"
          r"(?!(?i:always|just|something|the|my|same|still|also|not|very|really|kind|different|simple|easy|"
          r"basically|literally|only|mostly|usually|private|secret|weird|silly|long|short)\b)"
          r"(?P<value>(?-i:@?[A-Za-z0-9][A-Za-z0-9_.]{2,29}[A-Za-z0-9_]))(?![\w@]|\.\w)", 0.7),
         # "another mod is el_parcero99", "the team lead there is Dani_QA": a user name joined by an
         # underscore, with a digit or a capital (not "the column is user_id"), said as who someone is.
         (r"(?:\b(?:mod|moderator|lead|leader|admin|manager|boss|buyer|seller|streamer|"
          r"he|she|who|guy|girl|friend)(?:[ \t]+there)?[ \t]+is|\b(?:I[ \t]+am|i[ \t]+am|I['’]m|im))[ \t]+"
          r"(?P<value>(?=[\w]*[a-z])(?=[\w]*(?:\d|[A-Z]))[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9])(?![\w@]|\.\w)", 0.65),
         # "I'm ximecastaneda on insta": said as who one is on a site, any user name.
         (rf"(?i:\b(?:I['’]?m|im|I[ \t]+am)[ \t]+)(?P<value>(?-i:(?=[a-z0-9_.]*[0-9_.]|[a-z]{{8,}}\b)"
          rf"(?![a-z]*ly\b|everywhere\b|sometimes\b|somewhere\b|anywhere\b|whatever\b|otherwise\b)"
          rf"[a-z0-9][a-z0-9_.]{{3,29}}))"
          rf"(?=[ \t]+on[ \t]+(?:the[ \t]+)?{_PLATFORMS}\b)", 0.7),
         # "I'm jhpark_dev on Hacker News", "paolo_dc07 on Roblox", "On Telegram I am tomek_dispo",
         # "she's nurul.makes.things on Threads": a user name (with _ . or digits) and its site.
         (rf"(?P<value>(?<![\w@.\-/])[A-Za-z0-9][A-Za-z0-9_.]*(?:_|\.(?=[a-z])|\d)[A-Za-z0-9_.]*[A-Za-z0-9_])"
          rf"(?=[ \t]+on[ \t]+(?:the[ \t]+)?{_PLATFORMS}\b)", 0.7),
         # ("in the discord i am yas.darija")
         (rf"(?:\b(?:[Oo]n|[Ii]n[ \t]+the)[ \t]+{_PLATFORMS}[ \t]*,?[ \t]+(?:I['’]?m|im|I[ \t]+am|i[ \t]+am|(?:s?he|they)['’]?s|(?:s?he|it)[ \t]+is|"
          rf"find[ \t]+(?:me|us|her|him)[ \t]+(?:as|at)|look[ \t]+for|search|"
          # "on Facebook, my name there is tracy.nguyen.9x"
          rf"my[ \t]+(?:user[ \t]?name|handle|name|account)(?:[ \t]+there)?[ \t]+is)[ \t]+)"
          r"(?!(?i:there|here|not|just|always|mostly|also|the|a|an|on|in|active|pretty|very|more|less|still|"
          r"really|only|never|quite|so|too|kind|sort|like|mainly|basically|everywhere|rarely)\b)"
          r"(?P<value>@?[A-Za-z0-9_](?:[A-Za-z0-9_.-]{1,38}[A-Za-z0-9_]))(?![\w@])", 0.7),
         # A user name given as a contact right after its site: "instagram marisolorganizes, or
         # email ...", "reach me on tiktok: kiki.bakes".
         (r"(?i:\b(?:instagram|insta|ig|tiktok|twitter|discord|telegram|snapchat|threads|bluesky|mastodon)"
          r"[ \t]*:?[ \t]+)(?P<value>(?-i:[a-z0-9][a-z0-9_.]{3,29}))"
          r"(?=[ \t]*,?[ \t]+or[ \t]+(?:e-?mail|mail|call|text|whatsapp|phone|ring|dm|message)\b)", 0.7),
         # A user name in a list of contacts, right after its site: "discord gabs.ftd.", "discord
         # kubaw_cs, steam ...", "or discord, im kaybrews_ there": it must hold _ . or a digit.
         (rf"(?i:\b(?:{_PLATFORMS[3:-1]}|ig|psn)[ \t]*[:,]?[ \t]+(?:(?:is|im|i['’]m|it['’]?s)[ \t]+)?)"
          r"(?P<value>(?-i:(?<![\w@.\-/])(?=[\w.]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9_.]*(?:_|\.(?=[a-z])|\d)"
          r"(?:[A-Za-z0-9_.]*[A-Za-z0-9_])?))"
          r"(?=[ \t]*(?:[,;]|\.(?:\s|$)|$|[ \t]+(?:there|or|and|if|too|also|works|is)\b))", 0.7),
         # A handle said aloud with its "at" after its site, or before it: "find me on Instagram, at
         # seun underscore cuts", "Instagram at kobby beatz gh, and email", "the studio is at
         # knotwilg games on Bluesky". ("at" is the handle's "@", so part of it.)
         (r"(?i:\b(?:instagram|insta|ig|tiktok|twitter|bluesky|threads|behance|dribbble|youtube|mastodon|x|account|telegram|"
          r"discord|snapchat)[ \t]*[,:]?[ \t]+"
          # ("at riad dot dar dot zitoun": a spoken dot or underscore joins two words into one;
          # "at tostadores la montaña": any alphabet's letters)
          rf"(?:(?:it['’]?s|is|i['’]?m|im),?[ \t]+)?(?:(?:uh|um|er),?[ \t]+)?)(?P<value>(?i:at[ \t]+sign|at|arroba)[ \t]+{_NOT_AT_PLACE}{_SAID_HANDLE_WORD}"
          rf"(?:[ \t]+(?:(?:dot|underscore|dash)[ \t]+)?{_SAID_HANDLE_WORD}){{0,3}}?)(?<!\.)"
          r"(?=[ \t]*(?:[,;]|\.(?:\s|$)|$|[ \t]+(?:and|or|if|for)\b))", 0.7),
         (rf"(?i:\b(?:is|i['’]?m|im|we['’]re|find[ \t]+(?:me|us))[ \t]+)(?P<value>(?i:at)[ \t]+{_NOT_AT_PLACE}[a-z0-9][a-z0-9_.]*"
          rf"(?:[ \t]+[a-z0-9_.]+){{0,3}}?)(?=[ \t]+on[ \t]+{_PLATFORMS}\b)", 0.65),
         (r"(?i:\b(?:reach|find|contact|dm|message|follow)[ \t]+(?:me|us)[^.\n]{0,20}?\b(?:instagram|insta|ig|tiktok|"
          r"twitter|discord|telegram|snapchat|threads|bluesky|mastodon)[ \t]*:?[ \t]+)"
          r"(?P<value>(?-i:[a-z0-9][a-z0-9_.]{3,29}))(?![\w@])", 0.7)],
        name="ClearanceSocialHandleRecognizer",
    )


def personal_site_recognizer() -> RegexRecognizer:
    """A bare domain given as someone's site ("my portfolio is seunadebayo.design"): new
    top-level domains defeat URL recognizers that know the old ones."""
    return RegexRecognizer(
        "URL",
        [(r"(?i:\b(?:portfolio|website|web\s*site|site|blog|homepage|home\s+page|page)\s+(?:is|:|at)\s+)"
          r"(?P<value>(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}(?:/[\w./-]*\w)?)(?!\w|\.\w)", 0.7),
         # Read aloud: "The website's siobhan writes dot ie, all one word", "my site is
         # kofi mensah photo dot com": the words before a spoken "dot" and a domain ending.
         (r"(?i:\b(?:portfolio|website|web\s*site|site|blog|homepage|home\s+page)(?:['’]s|\s+is|\s+at|\s*:)\s+)"
          r"(?P<value>[a-z0-9-]+(?:[ \t]+[a-z0-9-]+){0,3}[ \t]+(?i:dot)[ \t]+(?:com|org|net|ie|co|io|me|uk|de|fr|es|"
          r"it|nl|au|ca|in|ng|za|ke|gh|nz|dev|app|design|art|studio|blog|info|biz|online|site)"
          r"(?:[ \t]+(?i:dot)[ \t]+[a-z]{2,3})?)\b", 0.7),
         # A staff or profile page read aloud, host by host and then its path: "My staff page is bj
         # dot uj dot edu dot pl slash wroblewska", "my Lattes is lattes dot cnpq dot br slash four
         # four one two ...".
         (rf"(?i:\b(?:page|profile|portfolio|website|site|lattes|homepage)(?:['’]s|[ \t]+is|[ \t]+at|[ \t]*:)[ \t]+)"
          rf"(?P<value>[a-z0-9-]+(?:[ \t]+(?i:dot)[ \t]+[a-z0-9-]+){{2,5}}[ \t]+(?i:slash)[ \t]+(?:(?i:tilde)[ \t]+)?[A-Za-z0-9-]+"
          rf"(?:[ \t]+(?:(?:underscore|dash|dot|slash|tilde)[ \t]+[A-Za-z0-9-]+|{'|'.join(('zero', 'oh', *UNITS))}))*)\b", 0.7),
         # A profile's address read aloud with its path: "kick punto com slash pipe underscore
         # rueda", "tiktok dot com slash at kay b gadgets" (a spoken slash says URL by itself).
         (r"(?i:(?P<value>\b[a-z0-9-]+[ \t]+(?:dot|punto|ponto|point|punkt)[ \t]+(?:com|org|net|tv|gg|me|io|co|app)"
          r"(?:[ \t]+(?:dot|punto|ponto|point|punkt)[ \t]+[a-z]{2,3})?[ \t]+(?:slash|barra|barre)[ \t]+(?:at[ \t]+)?"
          r"[a-z0-9]+(?:[ \t]+(?:underscore|gui[oó]n[ \t]+bajo|dot|punto|ponto|dash)[ \t]+[a-z0-9]+)*))\b", 0.75),
         # One's own page on a hosting site, read aloud: "my music is on facusosa dot bandcamp
         # dot com" (the name before the host is the person's).
         (r"(?i:(?P<value>\b[a-z0-9-]+[ \t]+(?:dot|punto|ponto|point|punkt)[ \t]+(?:bandcamp|github|gitlab|wordpress|"
          r"blogspot|tumblr|substack|carrd|wixsite|itch|netlify|vercel|weebly|squarespace|neocities|artstation|"
          r"myportfolio|framer|notion)[ \t]+(?:dot|punto|ponto|point|punkt)[ \t]+(?:com|io|co|app|net|org|site|me|page|so)))\b", 0.7)],
        name="ClearancePersonalSiteRecognizer",
    )


def local_phone_recognizer() -> RegexRecognizer:
    """A seven-digit local number ("call the client at 555-0199"), too short for the phone
    shapes, counts after a calling word."""
    return RegexRecognizer(
        "PHONE_NUMBER",
        [(r"(?i:\b(?:call|calling|ring|text|phone|reach|dial|number(?:\s+is)?|cell|mobile|landline|"
          r"ext(?:ension)?\.?)\b[^.\n\d]{0,25}?)(?P<value>(?<![\d-])\d{3}[-. ]\d{4}(?![\d-]))", 0.6),
         # Short national numbers in groups ("901 29 040", "08-89 91 39", "404-79-66") after a
         # calling word.
         (r"(?i:\b(?:call|calling|ring|text|phone|reach|dial|number(?:\s+is)?|cell|mobile|landline|whatsapp|"
          r"signal|telegram|viber|on)\b[^.\n\d]{0,25}?)"
          r"(?P<value>(?<![\d-])(?:\(?\d{2,4}\)?(?:[-. ]\d{2,3}){2,3}|\d{4}[- ]\d{4})(?![\d-]|[.,]\d))", 0.55)],
        name="ClearanceLocalPhoneRecognizer",
    )


def case_number_recognizer() -> RegexRecognizer:
    """Court and file numbers of the "28045/02" shape (application no. / file no.)."""
    return RegexRecognizer(
        "CASE_NUMBER",
        [(r"(?<![\w/.\-])\d{3,6}/\d{2}(?![\w/])", 0.6),
         (r"(?i:\b(?:application|case|file|docket|complaint|ref(?:erence)?)s?\s+(?:no|nos|number)\.?\s*)"
          r"(?P<value>[A-Z]{0,3}\.?\s?\d[\d/.\-]{1,15}\d)", 0.8),
         # A person's file in a register, pasted: "our loan file number was LN/LK/2024/00917", "my
         # entry number is PL/AC/3378", "case number was E4512 of 2023", "The case is RG 4471/2023".
         # (South Asian courts' own, capitalized: "Title Suit No. 214 of 2021", "Writ Petition No. 4471
         # of 2019"; not "petition no. 125 on the council agenda")
         (r"(?i:\b(?:case|file|loan|entry|claim|policy|patient|hospital|record|matter|registry|dossier|folder|(?-i:Suit|Petition))"
          r"(?:\s+(?:file|case|record))?\s+(?:no\.?|number|num|\#)\s*(?:(?:is|was)\s+|:\s*)?)"
          r"(?P<value>(?-i:[A-Z]{1,4}(?:[/-][A-Z]{1,4})*[/ -]?)?\d[\d/.\-]{1,15}\d(?:\s+of\s+(?:19|20)\d\d)?)(?![\w/])", 0.8),
         (r"(?i:\b(?:case|file|dossier|matter)\s+(?:is|was)\s+)"
          r"(?P<value>(?-i:[A-Z]{1,4}(?:[/-][A-Z]{1,4})*[/ -]?)\d[\d/.\-]{1,15}\d)(?![\w/])", 0.75)],
        name="ClearanceCaseNumberRecognizer",
    )


def marital_status_recognizer() -> RegexRecognizer:
    """Widowhood and divorce said of someone ("I'm a widow", "as a widower"): with an age and a
    town it narrows a person down. The singular only ("benefits for widows" is about a group),
    and lower case only ("Widow's Bereavement Allowance" names a benefit)."""
    return RegexRecognizer(
        "MARITAL_STATUS",
        [(r"\b(?:widow|widower|widowed|divorcee)\b(?!['’]s[ \t]+[A-Z])", 0.6)],
        name="ClearanceMaritalStatusRecognizer",
    )


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
