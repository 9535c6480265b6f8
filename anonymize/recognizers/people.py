"""Recognizers for people: a multi-locale first-name gazetteer, names given away by their
context ("my boss dave", "Thanks, Siya."), and the occupations of people other than the
participant."""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.names import HONORIFICS, NAME_APOSTROPHE, NAME_PARTICLES, name_key
from anonymize.operators import normalize
from anonymize.recognizers.base import SLOT_ONLY, _result
from anonymize.vocab import CALENDAR_WORDS, GRADE_TOKEN, INSTITUTION_WORDS, KIN_WORDS, common_words, is_country_like


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
        for m in _HYPHEN_GIVEN.finditer(text):
            if m.group("sur2") in _EAST_ASIAN_SURNAMES:
                out.append(_result("PERSON", m.start("given"), m.end("sur2"), 0.6, self))
            elif m.group("sur1") in _EAST_ASIAN_SURNAMES:
                out.append(_result("PERSON", m.start("sur1"), m.end("given"), 0.6, self))
        pos = 0
        while (m := self.PAIR.search(text, pos)) is not None:
            # Any script's capital ("Łukasz"); a lower-case word only shifts the search on.
            if m.group(1)[0].isupper() and name_key(m.group(1)) in self._first \
                    and m.group(1).casefold() not in INSTITUTION_WORDS \
                    and m.group(2).casefold() not in _gazetteer_words() \
                    and m.group(2).casefold() not in INSTITUTION_WORDS:  # "Aydın Administrative Court"
                out.append(_result("PERSON", m.start(), m.end(), 0.6, self))
                pos = m.end()
            else:
                pos = m.start(2)
        return out


# Romanized Korean and Chinese surnames (Faker writes them in Hangul and Hanzi), for given
# names written with a hyphen: "Ji-hoon Park", "Park Jae-hyun", "Chen Mei-ling".
_EAST_ASIAN_SURNAMES = frozenset("""Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im
Han Oh Seo Suh Shin Sin Kwon Hwang Ahn An Song Yoo Yu Hong Jeon Jun Ko Go Moon Mun Yang Son Bae Baek Paik Heo Huh
Nam Noh Roh Ha Kwak Sung Cha Joo Ju Woo Min Ryu Yoo Na Jin Ji Um Eom Chae Won Chun Bang Kong Hyun Ham Byun Yeom
Yeo Chu Do Seok Sun Seol Ma Gil Pyo Myung Ki Ban Ra Wang Ok Tak Yeon Eun Wang Li Zhang Liu Chen Huang Zhao Wu
Zhou Xu Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Tang Cao Deng Feng Peng Zeng Tan Wong Chan Cheung Leung Ng Ho
Lam Tsang Chow Yip Lau Fung Kwok Tse Lo Tsai Hsu Kuo Chiang Chou Tseng Hsieh Shih Liao Yeh Su Lu Jiang Cai Dong
Xiao Cheng Wei Shen Qian Fang Du Dai Xia Zhong Tian Ren Fan Yao Lu Jin Shi Qiu Hou Meng Long Wan Duan Lei Bai Mao""".split())
_HYPHEN_GIVEN = re.compile(
    r"(?<![\w'’-])(?:(?P<sur1>[A-Z][a-z]{1,6})[ \t]+)?(?P<given>[A-Z][a-z]{0,5}-[a-z]{2,6})(?![\w-])"
    r"(?:[ \t]+(?P<sur2>[A-Z][a-z]{1,6})(?![\w'’-]))?")


# Relations after which the next word is a person's name ("my boss dave", "our intern,
# Priya"). Lower-case names are accepted here only when Faker knows them as first names.
_PERSON_NOUNS = (r"(?:(?:little|big|baby|older|younger|elder|eldest|youngest|wee|kid|twin|late|dear|best)\s+)?"
                 r"(?:sister|brother|girl|boy|son|daughter|cousin|friend)|lad|lass|wean|junior|senior|"
                 r"(?:first|second|third|last)\s+born|(?:daughter|son|mother|father|sister|brother)-in-law|"
                 r"(?:this|that|one)\s+(?:agent|guy|client|customer|driver|nurse|worker|intern)|"
                 r"colleague|co-?worker|co-?workers|boss|manager|supervisor|friend|son|daughter|wife|"
                 # ("my colega Fernandinha", "my co-resident Bong")
                 r"colega|collega|collègue|kollege|kollegin|kolega|koleżanka|co-?resident|co-?intern|co-?teacher|"
                 r"(?:desk\s+)?buddy|mate|pal|bestie|guy|nonna|nonno|abuela|abuelo|grandson|granddaughter|"
                 r"husband|partner|brother|sister|mother|father|mom|mum|dad|teammate|mentor|"
                 r"mentee|neighbou?r|cousin|uncle|aunt|niece|nephew|girlfriend|boyfriend|fianc[eé]e?|"
                 r"intern|report|direct report|team lead|lead|landlord|roommate|flatmate|"
                 r"grandmother|grandfather|grandma|grandpa|kid|child|stepdaughter|stepson|"
                 r"therapist|doctor|lawyer|tutor|teacher|professor|client|customer|associate|student|"
                 r"bellboy|cashier|stocker|chef|cook|driver|nurse|carer|cleaner|porter|receptionist|"
                 r"assistant|secretary|accountant|vet|dentist|pharmacist|mechanic|plumber|electrician|barista|"
                 r"waiter|waitress|dispatcher|designer|developer|engineer|analyst|trainee|apprentice|clerk|"
                 r"technician|(?-i:HCA|RN|CNA|TA|RA|TL|GP)|director|principal|headteacher|coach|"
                 r"[a-z]+-?mate|"
                 r"(?:old |former |new |first |current |previous )?(?:boss|manager|supervisor|colleague|coworker)")
# Roles after which ", Name," is an appositive: "the site engineer, tunde, ...", "one of my
# nurses, Hope, ...".
_ROLE_APPOSITIVE = (r"(?:(?:the|my|our|a|an|this|that|one|another)\s+(?:[a-z]+\s+){0,2}(?:guy|person|lady|woman|man|"
                    r"fellow|bloke|chap|worker|carer|porter|bellboy|stocker|cashier|waiter|waitress|barista|"
                    r"picker|packer|operator|mechanic|electrician|plumber|farmer|helper|apprentice|intern|rep|"
                    r"courier|tutor|mentor|(?-i:HCA|RN|CNA|TA)|engineer|nurse|accountant|developer|designer|"
                    r"analyst|driver|assistant|secretary|technician|coordinator|officer|director|chef|"
                    r"cook|guard|cleaner|receptionist|pharmacist|paralegal|associate|consultant|recruiter|"
                    r"agent|editor|writer|reporter|researcher|student|trainee|supervisor|manager|lead|"
                    r"head|admin|clerk|doctor|teacher|lawyer|co-host|host|dispatcher|planner|foreman|"
                    r"colleague|coworker|co-worker|partner|candidate|applicant|patient|tenant|customer|client|"
                    r"caller|member|volunteer|resident|neighbou?r|mom|mum|dad|parent|homeowner|landlord|owner)"
                    r"(?:\s+(?:in|on|at|from)\s+(?:the\s+)?[a-z]+)?|"
                    r"(?:the|my|our|a)\s+(?-i:HOD|HoD|CEO|CTO|CFO|COO|CIO|CMO|PM|HR|GM|MD|VP|EA|PA|SVP|EVP)|"
                    r"one\s+of\s+(?:my|our|the)\s+(?:[a-z]+\s+)?[a-z]+s),")
# Vowel signs and other combining marks inside a word (Devanagari, Bengali, Thai, Arabic):
# not letters to the regex engine, but part of the name.
_MARK = r"[\u0300-\u036f\u0900-\u0dff\u0e31-\u0e4e\u064b-\u065f\u0670]"
_PERSON_CUE = re.compile(
    # ("me mate Mo", "me mum": "my" as it is said in Britain, Ireland and Australia)
    rf"(?i:\bme\s+(?:mate|mates|mum|mam|nan|da|dad|brother|sister|missus|cousin|pal|bestie|boss|oga)\b|"
    rf"\b(?:my|our|his|her|their)\s+(?:(?-i:QA|IT|HR|PR|UX|UI|ML|AI|HOD|HoD|CEO|CTO|CFO|COO|CIO|PM|GM|MD|VP|SVP|EVP|"
    rf"EA|PA|PhD|MSc|[a-z]{{2,15}})\s+)?(?:{_PERSON_NOUNS})"
    # "Our charge nurse on nights is Roz"
    rf"(?:\s+on\s+(?:nights|days|weekends|lates|earlies|my\s+shift|the\s+ward|reception)\s+(?:is|was))?|"
    # "Danny's wife Crystal": a relation of someone named
    rf"(?-i:\b[A-Z][^\W\d_]+)['’]s\s+(?:wife|husband|partner|son|daughter|mum|mom|dad|mother|father|brother|sister|"
    rf"girlfriend|boyfriend|fianc[eé]e?|kid|baby|boss|colleague)|"
    rf"\b(?:named(?!\s+(?:after|for)\b)|call(?:s|ed)?\s+me|called|"
    # Swahili, Portuguese, Spanish, Italian, Vietnamese: "wananiita Deno", "goi em la Nhung"
    rf"wananiita|wananiitaga|naitwa|me\s+chamam?\s+de|me\s+llaman|mi\s+chiamano|g[oọ]i\s+em\s+l[aà]|"
    rf"call(?:s|ed)?\s+(?:him|her|them)|name\s+is|name's|name’s|known\s+as|knows?\s+me\s+as|goes\s+by|nickname\s+is|so\s+i'?m|so\s+im|"
    rf"i\s+am|hi\s+i'?m|hey\s+i'?m|hola[!,.]?\s+soy|me\s+llamo|"
    rf"(?:{HONORIFICS})\.?|(?P<appos>{_ROLE_APPOSITIVE})|"
    # (after the appositive: "One student, Mahsa, very talented")
    # "one customer Blessing from Ikeja", "a girl, Luz, bought": someone picked out of a group,
    # then a capitalized name
    rf"\b(?P<indef>one|another|this|that|a)\s+(?:customer|client|girl|boy|guy|lady|student|patient|"
    rf"tenant|driver|worker|nurse|agent|intern|trainee|apprentice|colleague|neighbou?r)(?=,?\s+(?-i:[A-Z]))|"
    rf"thanks(?:\s+so\s+much|\s+again|\s+a\s+lot)?|thank\s+you(?:\s+so\s+much|\s+very\s+much|\s+again)?|"
    rf"(?:nice|good|great|lovely|pleased)\s+to\s+meet\s+you|ask(?:ed)?\s+for))"
    # ("everyone calls me "lore"", "knows me as "lore"": a nickname in quotes, not "known as
    # "pepper spray"", "the so-called "Taxed Mountains Case"")
    rf",?[ \t]+(?:(?<=me[ \t])[\"“]|(?<=me[ \t]as[ \t])[\"“]|(?<=him[ \t])[\"“]|(?<=her[ \t])[\"“])?(?:(?P<hon>(?i:{HONORIFICS}))\.?[ \t]+)?(?P<n1>[^\W\d_](?:[^\W\d_'’]|{_MARK})*{NAME_APOSTROPHE}(?:-[^\W\d_]+)?)"
    rf"(?:[ \t]+(?P<n2>[^\W\d_](?:[^\W\d_'’]|{_MARK})*{NAME_APOSTROPHE}(?:-[^\W\d_]+)?)(?![\w'’]|{_MARK}))?")
# Roles every workplace has: "Sam the manager" is a role, "Marlon the drummer" an occupation.
_EVERY_WORKPLACE_ROLES = frozenset("""manager boss supervisor director head lead client customer colleague owner
partner member worker staff user person guy""".split())
# Who someone is to the speaker, after their name and "our"/"my" ("Tariq, our registrar").
_ROLE_OF_NAMED = frozenset("""manager boss supervisor lead director head colleague coworker co-worker intern
client partner mentor neighbour neighbor landlord friend cousin son daughter sister brother wife husband
mother father uncle aunt niece nephew teammate editor registrar nurse doctor teacher accountant lawyer assistant
receptionist secretary engineer developer designer analyst officer coordinator chef driver tech technician
admin tutor guy lad fella bloke girlfriend boyfriend fiancé fiancée fiance fiancee mum mom dad grandma
grandpa grandmother grandfather stepson stepdaughter stepmother stepfather father-in-law mother-in-law
sister-in-law brother-in-law son-in-law daughter-in-law""".split())
# What is said before "Sir"/"Madam" that is no name: "Thanks Sir", "Good morning Madam".
_GREETING_WORDS = frozenset("""Thanks Thank Yes No Good Okay Ok OK Hello Hi Hey Dear Sorry Please Morning
Evening Afternoon Night Right Sure Welcome Bye Goodbye Cheers Congratulations""".split())
# Sentence openers that are no first name: "Also Ravi, our ...", "Then Ana, my ...".
_NOT_FIRST_OF_NAME = frozenset("I The A An And But Or So Also Then Now Yes No Oh Well Like Just Even Only".split())
# A pasted email header's people line ("From: Tunde Bakare <tunde@...>", "Cc: Funmilayo Adebayo; AK"):
# each item a capitalized name of one to four words or initials, before an optional address.
_HEADER_LINE = re.compile(r"(?im)^[ \t]*(?:from|to|cc|bcc|reply-to)[ \t]*:[ \t]*(?P<people>[^\n]{2,200})$")
_HEADER_ITEM = re.compile(r"(?:^|(?<=[;,])[ \t]*)(?P<name>(?-i:[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*\.?)"
                          r"(?:[ \t]+(?-i:[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*\.?)){0,3})"
                          r"(?=[ \t]*(?:<[^<>\s]+>|\([^()\s]+\))?[ \t]*(?:[;,]|$))")
# A lower-case name that opens a sentence and is followed by what the speaker does: "yeah no
# worries. shane pickering, i run Pickering Plumbing" (first name and surname both known).
_INTRO_LOWER = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=[.!?:]\s\s))(?P<n1>[^\W\d_]+)[ \t]+(?P<n2>[^\W\d_]+)"
                          r"(?=,[ \t]+(?:i\b|i['’]?m\b|im\b|from\b|here\b|\d|(?:everyone|everybody|people|most[ \t]+people|"
                          r"friends|they|colleagues)[ \t]+(?:just[ \t]+)?calls?[ \t]+me\b))", re.MULTILINE)
# A second name after "call me X or": "the boys call me Eth or Nugget".
_CALLED_OR = re.compile(r"\b(?i:calls?|called)[ \t]+me[ \t]+[^\W\d_a-z][^\W\d_'’]*[ \t]+or[ \t]+(?P<n1>[^\W\d_a-z][^\W\d_'’]+)\b")
# A Spanish, Portuguese or Italian professional title with its article, before a surname: "El
# ingeniero Paredes", "la licenciada Gómez", "o professor Almeida", "l'avvocato Conti".
_ROMANCE_TITLE = re.compile(
    r"\b(?i:el|la|o|il|lo|l['’])[ \t]*(?i:ingenier[oa]|licenciad[oa]|arquitect[oa]|profe|profesora?|doctora?|"
    r"maestr[oa]|abogad[oa]|contador[a]?|engenheir[oa]|professora?|ingegnere|avvocat[oa]|dottor(?:e|essa)|"
    r"architett[oa]|dott\.?|avv\.?|ing\.?)[ \t]+(?P<n1>(?-i:[^\W\d_a-z][^\W\d_'’]+))\b")
# "I am" in Vietnamese before the speaker's full name, family name first: "Em là Nguyễn Thị Thu Trang".
_VIET_IM = re.compile(r"\b(?:[Ee]m|[Tt]ôi|[Mm]ình|[Cc]on|[Aa]nh|[Cc]hị)[ \t]+là[ \t]+"
                      r"(?P<n1>[^\W\d_]+(?:[ \t]+[^\W\d_]+){1,4}?)(?=[ \t]*[,.;!]|[ \t]+(?:but|and|from|here)\b)")
# The same cues for a name typed in lower case ("kuba from my team caught it", "me and otieno
# from data engineering", "ola, who is our QA, now ..."): a gazetteer name, no English word.
_FROM_TEAM_LOWER = re.compile(
    r"(?<![\w'’@#.-])(?P<n1>[^\W\d_A-Z]{3,})[ \t]+from[ \t]+(?:(?:the|our|my|their)[ \t]+)?(?:finance|marketing|sales|hr|legal|"
    r"it|ops|operations|engineering|data[ \t]+engineering|accounting|procurement|support|compliance|design|product|"
    r"research|payroll|security|qa|infosec|devops|accounts|admin|(?:\w+[ \t]+){0,2}team|(?:\w+[ \t]+)?department|"
    # ("noor and bilal from our freelancer whatsapp group")
    r"(?:\w+[ \t]+){0,2}(?:group|groupchat|chat))\b"
    r"|(?:^|(?<=[.!?][ \t]))(?P<n2>[^\W\d_A-Z]{3,}),[ \t]+who[ \t]+(?:is|was|'s)[ \t]+(?:our|my|the)\b"
    # ("my assistant is Chuy, jesus, my cousin, hes 20", "the best is pedro, my cousin, he knows")
    r"|(?<![\w'’@#.-])(?P<n3>[^\W\d_A-Z]{3,}),[ \t]+(?:my|our)[ \t]+(?:cousin|brother|sister|friend|colleague|"
    r"neighbou?r|son|daughter|wife|husband|nephew|niece|uncle|aunt|boss|assistant)\b", re.MULTILINE)
# Someone the speaker wrote to, told or asked: "I emailed Priyanka in clinical informatics", "I
# told Lachy always read it"; and "Mai and I joke", "me and Rowan": a known first name only (the
# allow-list still keeps "asked Claude").
_ADDRESSEE = re.compile(
    r"\b(?:emailed|e-mailed|messaged|texted|pinged|phoned|rang|told|asked|thanked|hired|cc['’]?d|tagged|"
    r"DMed|dm['’]?d|called|warned|reminded|showed|taught|trained|met|sent|forwarded)[ \t]+"
    r"(?P<n1>[A-Z][a-z]{1,}(?:-[A-Z]?[a-z]+)?)(?![\w'’-])(?![ \t]+[A-Z])|"
    r"(?<![\w'’@#.-])(?P<n2>[A-Z][a-z]{1,}(?:-[A-Z]?[a-z]+)?)[ \t]+and[ \t]+I\b(?![’']m[ \t]+not)|"
    r"\b(?:[Mm]e|[Mm]yself)[ \t]+and[ \t]+(?P<n3>[A-Z][a-z]{1,}(?:-[A-Z]?[a-z]+)?)(?![\w'’-])(?![ \t]+[A-Z])")
# An initial signing a pasted message: "...read the diff next time. - O.\"", "...into charts please!! R\"",
# "...to the nearest 100 again 🙄 H\"".
_INITIAL_SIGNOFF = re.compile(r"(?:(?<=[.!?)]\s)|(?<=[.!?)]\s\s)|(?<=[-–—~]\s)|(?<=\s[-–—~])|"
                              r"(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF]\s))(?P<n1>[A-HJ-Z])\.?(?=[\"”])")
# "the office manager brenda was kinda against it": a lower-case known name after "the" and a
# role (checked against English words).
_THE_ROLE_LOWER = re.compile(rf"\b(?i:the)[ \t]+(?:[a-z]+[ \t]+)?(?:{_PERSON_NOUNS})[ \t]+(?P<n1>[a-z]{{3,}})\b")
# Two known first names joined by "and": "Tunde and Blessing from the Lekki axis".
_NAME_PAIR = re.compile(r"(?<![\w'’@#.-])(?P<a>[A-Z][a-z]{2,})[ \t]+and[ \t]+(?P<b>[A-Z][a-z]{2,})(?![\w'’-])(?![ \t]+[A-Z])")
# "Baptiste, the wire-bender, he actually likes it", "Pendo, the one who plaits hair": a name,
# who they are with "the", then a pronoun or "the one who".
_NAME_THE_ROLE = re.compile(r"(?<![\w'’])(?P<n1>[A-Z][^\W\d_'’]+),[ \t]+the[ \t]+(?:[a-z-]+[ \t]+){0,3}?"
                            r"(?:one[ \t]+who\b|[a-z-]+,[ \t]+(?:he|she)\b)")
# "Sela and her sister Vika": a name beside a relative of theirs.
_NAME_AND_KIN = re.compile(r"(?<![\w'’])(?P<n1>[A-Z][^\W\d_'’]+)[ \t]+and[ \t]+(?:her|his)[ \t]+(?:little[ \t]+|big[ \t]+|older[ \t]+|"
                           rf"younger[ \t]+)?{KIN_WORDS}\b")
# Someone addressed in reported speech: "I said, Emeka, do you want us in the newspaper?"
_REPORTED_VOCATIVE = re.compile(r"\b(?:said|say|says|tell[ \t]+me|told[ \t]+me|tells[ \t]+me|asked|ask|asks|asks[ \t]+me|"
                                r"asked[ \t]+me)[ \t]*,[ \t]+[\"“‘']?(?P<n1>[A-Z][^\W\d_'’]+),[ \t]+"
                                # ("My mother asks me, \"Domi, is this AI safe?\"")
                                r"(?:you|do[ \t]+you|did[ \t]+you|are[ \t]+you|can[ \t]+you|is|are|did|do|have|why|what|how|when|"
                                r"where|who|come|stop|that|this|we|I|it|"
                                r"please|listen|look)\b")
# A quoted message opening with a name: '"Soph — can we get the AI to', '"Kev, are you in?"'.
_QUOTED_VOCATIVE = re.compile(r"(?<=[\"“])(?P<n1>[A-Z][^\W\d_'’]+)[ \t]*(?:—|–|,)[ \t]+(?:can|could|would|will|do|did|are|is|"
                              r"have|please|pls|just|we|you|I|the|sorry|thanks|quick|any|where|when|what|why|how|coba|tolong)\b")
# Any message opened with a name and a comma, in a quote: '"Gennà, tell your computer"', '"Panie
# Tomku, your emails"' (a title in the vocative). With no cue word after it, the name must follow
# a title or hold letters English lacks, and be no English word or greeting (`_QUOTE_OPENERS`).
_QUOTED_VOCATIVE_ANY = re.compile(rf"(?<=[\"“])(?:(?:{HONORIFICS}|Panie|Pani)\.?[ \t]+)?"
                                  r"(?P<n1>[A-Z][^\W\d_'’]+)[ \t]*,[ \t]+(?=[a-z])")
_QUOTE_OPENERS = frozenset("""hola bonjour salut ciao namaste namaskar salam salaam habari jambo merci gracias obrigado
obrigada danke hallo hej ahoj privet sawubona aloha shalom inshallah mashallah alhamdulillah wallahi wallah abeg
haba ayy oya olá oi buongiorno buenas bueno vale claro oye allez voilà voila ja nee nein tak sí ndiyo asante
kumbe ehe aiyo aiyah alamak ayyo arre arey yaar bas chalo accha achha haan nahi yalla yallah khalas habibi
habibti senhor señor señora signora signore madame monsieur maestro ustad sensei bhaiya didi anna akka chacha
mama papa baba mamá papá abuela abuelo tía tío nonna nonno oma opa babcia dziadek sis bro bhai""".split())
# The same typed in lower case, a known first name: '"dima, you talk more with robot"'.
_QUOTED_VOCATIVE_LOWER = re.compile(r"(?<=[\"“])(?P<n1>[a-z]{2,})[ \t]*,[ \t]+(?:can|could|would|will|do|did|are|is|have|"
                                    r"please|pls|just|we|you|i|the|sorry|thanks|where|when|what|why|how|coba)\b")
# A chat message pasted with its sender: 'someone posted "jaz: can anyone take my 6am sat"',
# '"Kenta: AIで声作ったら..."'. Only at a quote that opens after a space or a colon.
_CHAT_SENDER = re.compile(r"(?:(?<=[ \t:(][\"“「])|(?<=^[\"“「]))(?P<n1>[^\W\d_][^\W_]{1,19})[ \t]*:[ \t]+(?=\S)",
                          re.MULTILINE)
# A nickname typed in lower case after what people call the speaker: "everyone calls me tingting",
# "my friends call me hinhin", "todo mundo me chama de gabs", "panggil aja kiki".
_CALLED_LOWER = re.compile(r"\b(?:calls?[ \t]+me|call[ \t]+(?:him|her)|known[ \t]+as|goes[ \t]+by|me[ \t]+chamam?[ \t]+de|"
                           r"panggil(?:[ \t]+(?:aja|saja|ajah))?|me[ \t]+llaman|mi[ \t]+chiamano|m['’]appellent|"
                           r"wananiita|naitwa|g[oọ]i[ \t]+em[ \t]+l[aà])[ \t]+"
                           r"(?P<n1>[a-z][a-z-]{2,15})\b(?![ \t]*[-'’])")
# Two names typed in lower case after a plural relation: "me and my teammates ananya and kartik".
_RELATIONS_LOWER = re.compile(r"\b(?i:my|our)[ \t]+(?:[a-z-]+[ \t]+)?(?:teammates|friends|colleagues|coworkers|co-workers|"
                              r"flatmates|roommates|housemates|classmates|kids|sons|daughters|brothers|sisters|cousins|"
                              r"interns|juniors|seniors|groupmates|mates|besties)[ \t]+(?P<n1>[a-z]{3,})[ \t]*(?:,|and|&)"
                              r"[ \t]*(?:and[ \t]+)?(?P<n2>[a-z]{3,})\b")
# Abbreviations that end a sentence inside a quote and sign nothing.
_NOT_INITIALS = frozenset("I A OK AI IT HR US UK PM AM PS NB FYI TBC TBD ASAP LOL QA CV ID PR EU UN NHS GP CEO TV PC HQ DM OT "
                          "ok lol thx ty haha hehe pls plz btw".split())
# "Sorry, Maarten, if you ever read this": an apology to someone by name.
_SORRY_VOCATIVE = re.compile(r"(?:^|(?<=[.!?:\n\]][ \t])|(?<=[.!?][\"”][ \t])|(?<=[\"“]))(?:Sorry|Apologies|Thanks|Cheers)[ \t]*,[ \t]+"
                             r"(?P<n1>[A-Z][^\W\d_'’]+)(?=[ \t]*[,!.])")
# "Tincho — Martín, from maintenance —", "Pelle — Per-Erik, but nobody calls him that": a
# nickname and the name, side by side.
_NICKNAME_AND_NAME = re.compile(r"(?<![\w'’-])(?P<n1>[A-Z][^\W\d_'’]+)[ \t]*[—–][ \t]*(?:well,?[ \t]+)?"
                                r"(?P<n2>[A-Z][^\W\d_'’]+(?:-[A-Z][^\W\d_'’]+)?),[ \t]+(?:but[ \t]+(?:nobody|no[ \t]+one|no-one)"
                                r"[ \t]+calls|from[ \t]+(?:the[ \t]+)?[a-z]+[ \t]*[—–,])")
# "Aaliyah in my Year 11 group has an EHCP", "Tomas in our team uses it": a name in one's group.
_NAME_IN_MY_GROUP = re.compile(r"(?<![\w'’])(?P<n1>[A-Z][^\W\d_'’]+)[ \t]+in[ \t]+(?:(?:my|our)[ \t]+(?:[A-Za-z0-9-]+[ \t]+){0,2}"
                               r"(?:team|group|class|unit|department|ward|office|section|squad|crew|cohort|lab|form)\b|"
                               # "Callum in Year 6 uses it", "Darragh in fifth year"
                               r"(?:Year|Grade|Form|Class|Primary|Standard|Std|P|S)[ \t]?\d{1,2}\b|"
                               r"(?:first|second|third|fourth|fifth|sixth|final)[ \t]+year\b)")
# A name, then who they are at work: "me, Claude who is the old mechanical engineer", "Claude my
# colleague hates it", "umut (my labmate, ...)"; two lower-case names who are one's workers:
# "grace and mercy are my senior field workers".
_WORK_RELATIONS = r"colleague|coworker|labmate|officemate|teammate|boss|supervisor"
_NAME_WHO_IS_ROLE = re.compile(r"(?<![\w'’])(?P<n1>[A-Z][^\W\d_'’]+)(?:,?[ \t]+who(?:[ \t]+is|['’]s)[ \t]+(?:the|my|our|a|an)"
                               r"[ \t]+(?:[a-z-]+[ \t]+){0,3}?(?P<role>[a-z-]+)(?=[ \t]*[,.;]|[ \t]+(?:and|who|in|at|for|on|he|she)\b)|"
                               rf",?[ \t]+(?:my|our)[ \t]+(?P<rel>{_WORK_RELATIONS}|co-worker|lab[ \t]+mate)\b)")
_LOWER_NAME_ROLE = re.compile(r"(?<![\w'’@#.-])(?P<n1>[a-z]{3,})[ \t]*(?:\(|,)[ \t]*(?:my|our|a)[ \t]+"
                              rf"(?:{_WORK_RELATIONS}|student)\b|"
                              r"(?<![\w'’@#.-])(?P<a>[a-z]{3,})[ \t]+and[ \t]+(?P<b>[a-z]{3,})[ \t]+are[ \t]+(?:my|our)[ \t]+"
                              r"(?:[a-z-]+[ \t]+){0,2}(?:colleagues|workers|staff|students|interns|"
                              r"supervisors|bosses|team[ \t]+leads|officers|coworkers)\b")
# A capitalized name with who they are in brackets: "Pau (my boyfriend) is a background painter",
# "Mercedes (our labmate)".
_NAME_KIN_BRACKET = re.compile(rf"(?<![\w'’@#.-])(?P<n1>[A-Z][^\W\d_'’]+)[ \t]*\([ \t]*(?:my|our|his|her)[ \t]+"
                               rf"(?:(?:older|younger|little|big|elder|best)[ \t]+)?(?:{KIN_WORDS}|{_WORK_RELATIONS}|"
                               r"friend|flatmate|roommate|housemate|neighbou?r|labmate|student|mentor|intern|tutor|advisor|manager|client)"
                               # (the bracket says who they are: not "Deloitte (my brother works there)")
                               r"[ \t]*[),]")
# A name, then a description of them: "Saoirse, very bright girl, she uses it".
# ("Haruto, one of my second-year boys, he stopped")
_NAME_DESCRIBED = re.compile(r"(?<![\w'’])(?P<n1>[A-Z][^\W\d_'’]+),[ \t]+(?:an?[ \t]+|very[ \t]+|really[ \t]+|such[ \t]+a[ \t]+|"
                             r"one[ \t]+of[ \t]+(?:my|our|the|his|her)[ \t]+)?"
                             r"(?:[a-z][\w-]*[ \t]+){0,2}(?:girl|boy|lad|lass|kid|woman|man|guy|fella|bloke|lady|gentleman|chap|"
                             r"student|fellow|soul|girls|boys|lads|kids|guys|students)[ \t]*,")
# A message signed at its end: '... Would save us Monday. OF."', '— RK"', 'Ngā mihi, M."', '- gaz."'.
_SIGN_OFF = re.compile(r"(?:[.!?,][ \t]+|[ \t]*[—–-][ \t]*)(?P<n1>(?-i:[A-Z]{1,3})|(?<=[—–-][ \t])[a-z]{2,8})\.?(?=[\"”])")
# "Omid at the studio uses Stable Diffusion": a name at a workplace, doing something.
_NAME_AT_WORK = re.compile(r"(?<![\w'’])(?P<n1>[A-Z][^\W\d_'’]+)[ \t]+(?:at|from|in)[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?"
                           r"(?:studio|office|shop|lab|desk|warehouse|depot|clinic|salon|gym|bank|school|store|bar|"
                           r"kitchen|site|yard|plant|market|library|station|front|counter|garage|workshop)[ \t]+"
                           r"(?P<verb>[a-z]+(?:n['’]t)?)\b")
# A client written by initials with what is noted of them: "K., 45, lower back", "B.J., female,
# postnatal", "like "A.M. and P.R. wedding"".
_INITIALS_NOTED = re.compile(r"(?<![\w.])(?P<n1>[A-Z]\.(?:[A-Z]\.)?),[ \t]+(?:\d{1,2}|female|male|[FM]|woman|man|girl|boy)\b|"
                             r"(?<![\w.])(?P<n2>[A-Z]\.[A-Z]\.)[ \t]+(?:and|&)[ \t]+(?P<n3>[A-Z]\.[A-Z]\.)(?=[ \t]+[a-z])")
# "Hiya! I'm Carys Pritchard, I'm 29": the participant's full name after "I'm".
_IM_FULL_NAME = re.compile(r"\bI['’]m[ \t]+(?P<n1>[A-Z][^\W\d_'’]+)[ \t]+(?P<n2>[A-Z][^\W\d_'’]+(?:-[A-Z][^\W\d_'’]+)?)"
                           r"(?=[ \t]*[,.;!]|[ \t]+(?:and|from|here|by)\b)")
# "the Al-Hamwi family", "the Okonkwos": a family named by its surname.
_FAMILY_NAME = re.compile(r"\b(?i:the)[ \t]+(?P<n1>[A-Z][^\W\d_'’]+(?:-[A-Z][^\W\d_'’]+)?)[ \t]+family\b|"
                          r"\b(?i:the)[ \t]+(?P<n2>[A-Z][^\W\d_'’]+s)[ \t]+(?:next[ \t]+door|down[ \t]+the[ \t]+(?:road|street|lane)|"
                          r"across[ \t]+the[ \t]+(?:road|street)|upstairs|downstairs)\b")
# "Marlon the drummer turned up": a name, then "the" and an occupation.
_NAME_THE_OCCUPATION = re.compile(r"(?<![\w'’])(?P<n1>[A-Z][^\W\d_'’]+)[ \t]+the[ \t]+(?P<role>[a-z-]+)\b(?![ \t]+(?:of|for)\b)")
# "There's kacper, he signs everything in lower case": a known first name, no English word,
# then a pronoun after its comma; after "a boy," any word that is no English one.
_LOWER_COMMA_PRONOUN = re.compile(r"(?:\b(?P<any>boy|girl|guy|lady|man|woman|kid|student|client|customer|member|"
                                  # "my brygadzista, grzesiek, he is good guy": a title in any language
                                  r"(?<=\b[Mm]y[ \t])[^\W\d_]+|(?<=\b[Oo]ur[ \t])[^\W\d_]+),[ \t]+|"
                                  r"(?<![\w'’@#.-]))(?P<n1>[a-z]{3,}),[ \t]+(?:he|she)(?:['’]s|[ \t]+[a-z]{2,})\b")
# A note typed in lower case, a known first name after a verb of contact: "remind rory re
# scales", "call mari re prints", "a text from ciara at the Courier", "owner is raj, likes red".
# A name typed in lower case after "name": "his mams name deirdre", "i put in his full name,
# cian murphy" (each word no English one).
_NAME_IS_LOWER = re.compile(r"(?:\b(?:my|his|her|their|your|full|first|last|middle|maiden|real)|[a-z]s|['’]s)[ \t]+name(?:[ \t]+(?:is|was))?[ \t]*[,:]?[ \t]+(?P<n1>[a-z]{3,})(?:[ \t]+(?P<n2>[a-z]{3,}))?\b")
_LOWER_NAME_NOTED = re.compile(r"\b(?:call|remind|text|ask|tell|ping|email|message|thank|from|cc|owner[ \t]+is|"
                               r"client[ \t]+is|customer[ \t]+is)[ \t]+(?:from[ \t]+)?(?P<n1>[a-z]{3,})\b(?![ \t]*[-'’])")
# The same typed in lower case: "maureen is sharper than most" (checked against English words).
_LOWER_NAME_ACTS = re.compile(r"(?<![\w'’@#.-])(?P<n1>[a-z]{3,})[ \t]+(?P<verb>[a-z]+(?:n['’]t)?)\b")
# "im gareth hughes but nobody calls me that": a lower-case introduction, first name and
# surname both known.
# (and in the speaker's language: "aku rizky pratama", "sou o gabriel furtado", "jestem ola nowak")
_IM_LOWER = re.compile(r"\b(?:im|i['’]m|i[ \t]+am|aku|saya|sou(?:[ \t]+[oa])?|soy|je[ \t]+suis|ich[ \t]+bin|"
                       r"mi[ \t]+chiamo|me[ \t]+llamo|jestem|ben)[ \t]+"
                       r"(?P<n1>[^\W\d_A-Z]+(?:-[^\W\d_A-Z]+)?)[ \t]+(?P<n2>[^\W\d_A-Z]+)(?![\w'’-])")
# A turn that opens with a lower-case name and a stop: "User: will okafor. apprentice electrician".
_TURN_NAME_LOWER = re.compile(r"(?m)^[ \t]*(?:User|Participant)[ \t]*:[ \t]*(?P<n1>[a-z]+)[ \t]+(?P<n2>[a-z]+)(?=[.,])")
# A capitalized word right before "from finance", "from the sales team": a person.
_FROM_TEAM = re.compile(
    r"\b(?P<n1>[A-Z][^\W\d_]+)\s+from\s+(?:(?:the|our|my|their)\s+)?(?:finance|marketing|sales|HR|legal|IT|ops|operations|"
    r"engineering|accounting|procurement|support|compliance|design|product|research|payroll|security|"
    r"admin|logistics|data|analytics|IT|QA|customer\s+success|(?:\w+\s+)?team|(?:\w+\s+)?department|"
    r"warehouse|shop|store|office|lab|plant|factory|kitchen|front\s+desk|clinic|site|yard|depot|branch|ward|"
    r"pharmacy|reception|workshop|bakery|farm|studio|accounts|billing|dispatch|housekeeping|maintenance|"
    r"customer\s+service|HQ|head\s+office)\b")
# "Fitriani's team", "Ísis Rios's manager": a capitalized word owning a workplace noun.
_POSSESSIVE_TEAM = re.compile(
    rf"(?<![\w'’])(?P<n1>[^\W\d_a-z][^\W\d_'’]+{NAME_APOSTROPHE}"
    rf"(?:[ \t]+[^\W\d_a-z][^\W\d_'’]+{NAME_APOSTROPHE})?)['’]s[ \t]+"
    r"(?:team|manager|boss|desk|office|project|department|group|squad|idea|prompt|draft|report|"
    r"workflow|approach|template|script|notes|slides?|deck|spreadsheet|code|"
    rf"team's|{KIN_WORDS}|homework|teacher)s?\b(?![ \t]+(?:company|companies|firm|brand|organi[sz]ation|ship))")
# The interviewer addressing the participant at the end of a sentence: "That's really helpful,
# Thu Trang." (a known first name, inside an interviewer's turn).
_SENTENCE_VOCATIVE = re.compile(
    r",[ \t]+(?P<n1>[A-Z][^\W\d_]+)(?:[ \t]+(?P<n2>[A-Z][^\W\d_]+))?[ \t]*(?=[.!?](?:\s|$))")
_INTERVIEWER_TURN = re.compile(r"(?m)^[ \t]*(?:AI|Interviewer|Assistant|Moderator|Q)[ \t]*:[^\n]*\Z")
# A name before a title of respect said after it ("faisal bhai", "Tanaka-san", "Ayşe Hanım"),
# before ", who's/who is", or before "on the clinical side".
_NAME_THEN_CUE = re.compile(
    r"(?<![\w'’])(?P<n1>[^\W\d_][^\W\d_'’]+)(?:[ \t]+|-)(?P<post>bhai|bhaiya|ji|sahab|saab|san|kun|chan|sama|"
    r"hanım|hanim|bey|efendi|abla|ağabey|abi|aiya|ayya|akka|anna|thambi|malli|nangi|didi|dada|"
    r"bhabhi|bhaiyya|sir|madam|ma['’]am|apa|ssi|nim|sensei|sunbae|oppa|unnie|hyung|noona|"
    r"mwalimu|sahib|saheb|garu|gaaru|amma|appa|baji|baaji|aapa|bhaijaan|chacha|chachi|chachu|mamu|"
    r"khala|khalu|phupho|phuppo|begum|ustad|ustaad|hoca|aka|tai|kaka|kaku|mavshi|mausi|(?-i:LJ|QC|KC|SC))\b|"
    r"(?<![\w'’])(?P<n2>[A-Z][^\W\d_'’]+),[ \t]+who(?:['’]s|\s+[a-z]+)\b|"
    r"(?<![\w'’])(?P<n3>[A-Z][^\W\d_'’]+)[ \t]+on[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?(?:side|team|desk|ward|floor|shift)\b|"
    # "Tariq, our registrar this term, caught ...": a name, then who they are to us
    r"(?<![\w'’])(?P<n4>[A-Z][^\W\d_'’]+(?:-[a-z]+)?(?:[ \t]+[A-Z][^\W\d_'’]+){0,2})(?:,|[ \t]+(?P<is4>is|was))[ \t]+(?:our|my|(?P<art4>an?|the))[ \t]+"
    r"(?P<role4>(?:(?:[a-z-]+|(?-i:[A-Z]{2,4}|[A-Z][A-Za-z]{1,3}))[ \t]+){0,2}[a-z-]+)\b|"
    # "a tough conversation with Amber Horton, one of our biggest accounts": who they are to us
    r"(?<![\w'’])(?P<n6>[A-Z][^\W\d_'’]+[ \t]+[A-Z][^\W\d_'’]+),[ \t]+one[ \t]+of[ \t]+(?:our|my)[ \t]+[a-z]|"
    # "it was Will, one of our surveyors", "Tevita, one of the RNs on nights, told me"
    r"(?<![\w'’])(?P<n7>[A-Z][^\W\d_'’]+),[ \t]+one[ \t]+of[ \t]+(?:our|my|the)[ \t]+(?:[a-z]+(?:['’]s)?[ \t]+)?(?:[a-z]+s|(?-i:[A-Z]{2,5}s))\b|"
    # "Memo — his name is Guillermo": a nickname, then the name
    r"(?<![\w'’])(?P<n8>[A-Z][^\W\d_'’]+)[ \t]*[—–,-]+[ \t]*(?:his|her)[ \t]+(?:real[ \t]+|full[ \t]+|actual[ \t]+)?name[ \t]+is\b|"
    # "The woman running the pilot in HR, Hope, was brilliant": a known first name in apposition, acting
    r"(?<=[a-zA-Z], )(?P<n9>[A-Z][a-z]{2,}),[ \t]+(?:was|is|had|has|did|said|told|asked|ran|runs|"
    r"came|went|took|started|set|showed|sent|helped|wrote|built|made|kept|gave)\b|"
    # "Sioned in translation told me": a name, their department, and what they did; "Raymundo on
    # my birth certificate": the name as the papers have it
    r"(?<![\w'’])(?P<n11>[A-Z][^\W\d_'’]+)(?:[ \t]+in[ \t]+(?:translation|accounts|finance|HR|IT|legal|marketing|"
    r"sales|procurement|payroll|admin|reception|ops|operations|comms|compliance|logistics|dispatch|research)[ \t]+"
    r"(?:told|said|asked|says|uses|used|thinks|thought|reckons|showed|sent|wrote|built|tried)|[ \t]+on[ \t]+"
    r"(?:my|his|her|the)[ \t]+(?:birth[ \t]+certificate|passport|papers|licen[cs]e|ID|payslips?))\b|"
    # A nickname said before who uses it: "Kristine Mae Santos, Tin we call her", "Lupe for short"
    r"(?<![\w'’])(?P<n5>[A-Z][^\W\d_'’]+)[ \t]+(?:(?:we|they|everyone|everybody|people|the[ \t]+kids)[ \t]+"
    r"(?:all[ \t]+)?calls?[ \t]+(?:her|him|them)|for[ \t]+short)\b")
# "another illustrator, Priyanka, who I shared a table with", "One nurse in my team, Thảo, used
# ChatGPT": an occupation, then its name. (Its own pattern: inside the alternation above, a
# match that fails its check would hide a later cue's match of the same name.)
_ROLE_THEN_NAME = re.compile(
    r"\b(?:[Aa]n?|another|the|my|our|their|his|her|[Oo]ne)[ \t]+(?:[a-z-]+[ \t]+)?(?P<role10>[a-z-]+)"
    r"(?:[ \t]+(?:in|on|at|from)[ \t]+(?:(?:my|our|the)[ \t]+[a-z]+|[A-Z][^\W\d_'’]+))?,[ \t]+"
    r"(?P<n10>[A-Z][^\W\d_'’]+),[ \t]+(?:who|whom|whose|from|at|with|in|on|and|he|she|[a-z]{2,}ed)\b")
# A capitalized word acting, then "he"/"she" in the same sentence: "Gwen is a sweetheart,
# she'd never know", "and Roz almost pasted her whole history", "Seyi is nice guy, I don't
# think he will mind". The pronoun says person; the word must be no English word.
_PRONOUN_CONFIRMED = re.compile(
    r"(?<![\w'’@#.-])(?P<n1>[A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)?)(?:['’]s)?[ \t]+(?P<verb>[a-z]+(?:n['’]t)?)\b"
    r"[^.!?\n]{0,80}?\b(?:he|she|her|him|his|hers|he['’]d|she['’]d|he['’]s|she['’]s|he['’]ll|she['’]ll)\b")
# "like Precious, she's 21", "My dishwasher, Will, he's 19": a capitalized word mid-sentence with
# "she's"/"he is" right after its comma is a person even when it is also a word.
_COMMA_PRONOUN = re.compile(r"(?:(?<=[a-z,] )|(?P<start>(?<=[.!?] )))(?P<n1>[A-Z][^\W\d_A-Z]{2,})"
                            r"(?=,[ \t]+(?:(?:she|he)(?:['’]s|[ \t]+(?:is|was))|(?P<who>who)[ \t]+[a-z]{2,})\b)")
# The same with any verb after the pronoun, or opening a turn: "User: Ola, she does payroll".
# Checked against the tagger (a proper noun outside any place or organization entity), as
# "At Google, he works" has the same shape.
_COMMA_PRONOUN_ANY = re.compile(r"(?:(?<=[a-z,] )|(?<=: )|(?P<start>(?<=[.!?] )))(?P<n1>[A-Z][^\W\d_A-Z]{2,})"
                                r"(?=,[ \t]+(?:she|he)(?:['’](?:d|ll)|[ \t]+[a-z]{3,})\b)")
# A known first name doing something: "Tunde did the training again", "Omondi tested it".
_FIRST_NAME_ACTS = re.compile(
    r"(?<![\w'’@#.-])(?P<n1>[A-Z][^\W\d_A-Z]{2,}(?:-[A-Z]?[a-z]+)?)[ \t]+(?P<verb>[a-z]+(?:n['’]t)?)\b")
_ACT_WORDS = frozenset("""is was has had been almost always never just also really once still will would can could
did does didn't doesn't wasn't isn't won't can't couldn't wouldn't hates loves likes wants thinks says said
told asked gave sent put got let made built wrote set ran runs came went took uses used keeps kept
lost left found brought bought felt heard met paid sold spent won quit drove rode flew fell broke caught
taught forgot knew saw understood began became""".split())
_RELATION_WORDS = frozenset("""younger older elder eldest youngest big little small dear late my our your his
her the brother sister cousin friend uncle aunt mother father son daughter""".split())
_WEAK_POST = frozenset("sir madam ma'am ma’am anna amma appa apa dada nim tai kaka kaku".split())
# The interviewer addressing the participant at the start of a turn: "AI: Stephany, thanks...".
# The salutation of a pasted message: "Hi Marcus! Just following up", "Dear Aigerim,".
_SALUTATION = re.compile(
    r"(?:^|(?<=[\"“'‘\n])|(?<=[.!?:][ \t]))(?:Hi|Hello|Hey|Hiya|Dear|Morning|Good[ \t]+(?:morning|afternoon|evening))"
    r"[ \t]+(?P<n1>[A-Z][^\W\d_'’]+)(?=[ \t]*[,!—–-]|[ \t]+[A-Z][^\W\d_'’]+[ \t]*[,!])")
# ("AI: So, Lupe, at Ibarra y Asociados, where...": after a word that opens the turn)
_TURN_VOCATIVE = re.compile(
    r"(?m)^[ \t]*(?:AI|Interviewer|Assistant|Moderator|Q)[ \t]*:[ \t]*"
    r"(?:(?:So|Okay|OK|Ok|Right|Well|And|Great|Alright|Now|Wow|Ah|Oh|Mm|Hmm|Perfect|Lovely)[ \t]*,?[ \t]+)?"
    r"(?P<n1>[A-Z][^\W\d_]+),[ \t]")
_RANKS = frozenset("""constable inspector superintendent executive officer justice minister secretary judge
prosecutor engineer nurse clerk commissioner steward editor""".split())
_WORD_HONORIFICS = frozenset("ate mama baba dada pan uncle chief miss sir madam mas bu dom em dona don ir bang".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS_AND_DAYS = frozenset("""january february march april may june july august september october november
december""".split()) | _WEEKDAYS
# ", who knows", ", who cares": no person before them.
_WHO_IDIOM = re.compile(r",[ \t]+who[ \t]+(?:knows|knew|cares|cared|would|could|does|did|can|will|else)\b")
_NOT_PERSON_ENTS = frozenset({"ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
_NOT_NAME_POS = frozenset({"ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "INTJ", "AUX", "PART", "NUM"})
_MODALS = frozenset("will may might can could would should must shall did does do".split())
# What a person right after a relation does next: "my boss summer didn't", "... summer and she said".
_ACTS = re.compile(r"[ \t]+(?:didn['’]t|doesn['’]t|wasn['’]t|isn['’]t|won['’]t|said|says|told|thinks|thought|"
                   r"never|always|just|also|still|really|once|"
                   r"was|is|has|had|asked|wanted|wants|and[ \t]+(?:she|he|they|I)\b)|[ \t]*[,.!?]")
_NAME_STOP = frozenset("""the a an and or but if so as at in on of to for by with from i he she they we you it
me him her them us sir madam everyone everybody all both guys folks team again too though
said says told tells asked asks thinks thought wants wanted loves loved likes liked hates uses used
knows knew got gets went goes came comes made makes took takes saw sees tried tries keeps kept sent
sends wrote writes agreed agrees just still never always also really""".split())


# Honorifics that are no English word, so one typed in lower case still cues a lower-case
# name after it ("kuya jas", "pak budi", "eng. tarek"); not "ate", "pan", "mama", "em".
_TITLE_CUE_WORD = re.compile(r"(?i:kuya|tita|tito|pak|bapak|ibu|kak|mbak|chị|ông|bhai|didi|mzee|bwana|alhaji|dr|mr|mrs|ms|prof|"
                             r"hajia|engr|eng|sensei|khun|oga|shri|smt|herr|frau|señor|señora|pani|sayın)\.?")


def _cue_matches(text: str):
    """Matches of ``_PERSON_CUE``, each search resuming at the previous one's name: in "Our
    cousin, we call him Moose" the cue "Our cousin," takes "we" for its name, and "call him"
    must still be seen."""
    pos = 0
    while (m := _PERSON_CUE.search(text, pos)) is not None:
        yield m
        pos = max(m.start("n1"), m.start() + 1)


def _token_at(nlp_artifacts: NlpArtifacts | None, start: int):
    """The spaCy token starting at `start`, if any (only asked for the few cue matches)."""
    doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
    if doc is None or not len(doc):
        return None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) and span[0].idx == start else None


def _verb_follows(nlp_artifacts: NlpArtifacts | None, start: int, word: str) -> bool:
    """The tagger reads `word` (at `start`) as a noun and the next token as a verb: "my
    supervisor rich uses it" (not "my boss will ...")."""
    token = _token_at(nlp_artifacts, start)
    if token is None:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.text == word and token.pos_ in ("PROPN", "NOUN", "ADJ", "X") \
        and following is not None and following.pos_ == "VERB"


_PLACE_OR_ARTICLE = frozenset(("the", "a", "an", "in", "at", "on", "from", "to", "of"))

# What only people do, by the tagger's lemmas: the word before these verbs ("Zé refuses",
# "Tariku reckons it's a fad"), after these ("I told Dilnoza not to"), or who one sits or
# talks with. Tools "say" and "suggest" too, but the allow-list keeps them.
_PEOPLE_VERBS = frozenset("""say tell ask think reckon feel believe laugh refuse hate love prefer want complain
insist agree disagree worry admit joke swear cry smile sigh nod shout yell scream text email message ring phone
teach learn decide mention explain argue promise panic grumble moan retire marry quit resign hire fire
freak giggle chuckle tease thank apologise apologize beg pray cook babysit paste copy type handle check
drive help""".split())
_PEOPLE_OBJECT_VERBS = frozenset("""tell ask thank email text ring phone remind warn teach train hire fire pay
trust blame convince persuade invite cc message ping call meet marry hug""".split())
_WITH_VERBS = frozenset("sit talk speak chat meet argue agree disagree catch check".split())
_TO_VERBS = frozenset("talk speak chat say explain complain".split())
# First words of place names: "New Ngaio" is a place, "Yesterday Tariku" is not.
_PLACE_OPENERS = frozenset("new north south east west san saint st santa los las el la le port fort mount".split())
# Verbs that say person with "me"/"us" after them: "Tariku called me", "Zé showed us".
_TOLD_VERBS = frozenset("call ring phone show send give invite hug visit".split())
# What is said only of people after "is"/"was": "Tariku is newer", "Mele was furious".
_PEOPLE_ADJECTIVES = frozenset("""newer younger older retired pregnant sick shy furious sceptical skeptical upset
angry annoyed worried scared nervous excited tired married lovely patient strict funny kind sweet stubborn
nicer grumpy cranky wary""".split())


def _lemma_in(token, lemmas: frozenset[str]) -> bool:
    """The tagger's lemma, or the word with a plain ending taken off: its rules turn "hated"
    into "hat"."""
    low = token.lower_
    return token.lemma_ in lemmas or low in lemmas or any(
        low.endswith(end) and low[:-len(end)] + add in lemmas
        for end, add in (("ied", "y"), ("ies", "y"), ("ed", ""), ("d", ""), ("es", ""), ("s", "")))


def _after_name_or_place(text: str, start: int) -> bool:
    """The word before ``start`` makes the capitalized word there part of a longer name ("Rosa
    Parks did") or a place ("in Florence was"), not a person alone."""
    before = text[max(0, start - 20):start].split()
    return bool(before) and (before[-1][:1].isupper() and before[-1][-1:].isalpha()
                             or before[-1].casefold() in _PLACE_OR_ARTICLE)


_ENGLISH: dict[int, frozenset[str]] = {}


def _english_words(nlp_artifacts: NlpArtifacts | None) -> frozenset[str] | None:
    """English nouns, verbs, adjectives and adverbs (WordNet's, as the spaCy model's lemmatizer
    ships them): a far larger vocabulary than ``common_words``, to tell "maureen" from "grant".
    None when the pipeline has no such table (then lower-case names are not guessed)."""
    engine = getattr(nlp_artifacts, "nlp_engine", None)
    if engine is None:
        return None
    return english_words(engine, nlp_artifacts.tokens.lang_)


def english_words(engine, lang: str = "en") -> frozenset[str] | None:
    """``_english_words`` of an NLP engine, for code that holds the analyzer, not a document."""
    key = id(engine)
    if key not in _ENGLISH:
        words: set[str] = set()
        try:
            nlp = engine.nlp[lang]
            table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
            for part in table.values():
                words.update(part)
        except (KeyError, AttributeError, ValueError):
            pass
        _ENGLISH[key] = frozenset(words)
    return _ENGLISH[key] or None


def _known_places() -> frozenset[str]:
    from anonymize.recognizers.gazetteer import place_names

    return place_names()


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
        if word and all(ord(c) > 0x24F for c in word if c.isalpha()) and not word.isascii():
            return True  # "my colleague 정성호", "ثاقب عبيد": scripts without capitals, after a cue
        if len(word) < 2 or w in _NAME_STOP:
            return False
        if word[0].isupper():
            return not word.isupper() or len(word) <= 3 and w in self._first
        if "-" in w and all(p.isalpha() and p not in self._common for p in w.split("-")):
            return True  # "my coworker jun-ho": a hyphenated given name, no English word
        return (not lower_needs_gazetteer or w in self._first) and w not in self._common

    def _free_name_word(self, word: str) -> bool:
        """A capitalized word that is no English word, month, country or known place."""
        low = word.casefold()
        return low not in self._common and low not in _NAME_STOP and low not in CALENDAR_WORDS \
            and not is_country_like(normalize(word)) and low not in _known_places() \
            and word not in _NOT_FIRST_OF_NAME and word not in _GREETING_WORDS

    def _word_name(self, word: str) -> bool:
        """A known first name, even one that is also a word ("Will", "Hope", "Summer"), when the
        context has put it in a person's slot: no month, weekday, country, place or greeting."""
        low = word.casefold()
        return name_key(word) in self._first and low not in _NAME_STOP and low not in _MONTHS_AND_DAYS \
            and word not in _NOT_FIRST_OF_NAME and word not in _GREETING_WORDS \
            and not is_country_like(normalize(word)) and low not in _known_places()

    def _names_not_words(self, value: str) -> bool:
        """Every word of a full name found by its apposition is a known name or no English
        word ("Priyanka Raman, our editor,"; not "Sales Team, our biggest worry")."""
        return not any(w.casefold() in self._common and name_key(w) not in self._names for w in value.split())

    def _unlisted_lower_name(self, m: re.Match, text: str, nlp_artifacts: NlpArtifacts | None) -> bool:
        """A lower-case name no gazetteer knows, right after a relation or a title ("my nephew
        giorgos set it up", "my brother samer, who", "my manager mr dũng said"): the tagger
        must read it as a noun and what follows as a verb or a pause, so "my son plays" and
        "my boss really" stay text."""
        n1 = m.group("n1")
        cue = text[m.start():m.start("n1")].strip(" \t,")
        titled = _TITLE_CUE_WORD.fullmatch(cue) is not None  # "kuya jas", "eng. tarek"
        if not n1.islower() or len(n1) < 3 or n1 in self._common or n1 in _NAME_STOP or n1 in _MODALS \
                or n1 in occupation_heads() \
                or not (m.group("hon") or titled or re.match(r"(?i)(?:my|our|his|her|their)\b", m.group())):
            return False
        if m.group("hon"):
            return True
        if "," in text[m.start():m.start("n1")]:
            return False  # "Zia, our AI assistant, drafts notes": after a comma only a known name
        if titled:
            token = _token_at(nlp_artifacts, m.start("n1"))
            return token is not None and token.pos_ in ("PROPN", "NOUN", "X")
        token = _token_at(nlp_artifacts, m.start("n1"))
        if token is None or token.pos_ not in ("PROPN", "NOUN", "X", "ADJ") or token.text != n1:
            return False
        after = text[m.end("n1"):m.end("n1") + 30]
        if re.match(r"[ \t]*[,.!?(]|[ \t]+(?:once|always|never|also|just|still|really|who|and[ \t]+(?:she|he|I)\b)",
                    after) or _ACTS.match(after):
            return True
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return following is not None and following.pos_ in ("VERB", "AUX")

    def _unknown_name_word(self, token, english: frozenset[str]) -> bool:
        """A capitalized word no list knows as anything else: no English word, place, country,
        month or listed company ("Tariku", "Zé"; not "Jade", "Lagos", "Safaricom")."""
        from anonymize.recognizers.gazetteer import company_first_words

        word = token.text
        return word[:1].isupper() and not word.isupper() and word.isalpha() \
            and (len(word) >= 3 or not word.isascii()) \
            and word.casefold() not in english and self._free_name_word(word) \
            and word not in company_first_words()

    def _lower_free_word(self, word: str, english: frozenset[str]) -> bool:
        """A word typed in lower case that no list knows as anything but a name: no English,
        common or stop word, month or known place."""
        return word not in english and word not in self._common and word not in _NAME_STOP \
            and word not in CALENDAR_WORDS and word not in _known_places()

    def _lower_first_name(self, word: str, english: frozenset[str]) -> bool:
        """A word typed in lower case that can be a name: a known first name that is no English
        word (nor its plural), common word, stop word, month or place ("rory", not "grant")."""
        return word in self._first and word.rstrip("s") not in english and self._lower_free_word(word, english)

    def _slot_name(self, word: str, english: frozenset[str]) -> bool:
        """A capitalized word in a person's slot that can be the name: no English word unless a
        known first name, and no place, country, month or sentence opener."""
        return (word.casefold() not in english or name_key(word) in self._first) and self._free_name_word(word) \
            and word not in _NOT_FIRST_OF_NAME

    def _tagged_people(self, nlp_artifacts: NlpArtifacts | None, english: frozenset[str] | None
                       ) -> list[RecognizerResult]:
        """Names no gazetteer knows, in a slot only a person fills as the tagger reads it: before
        "refuses", "reckons", "laughed"; after "told", "asked"; who one sat or talked with;
        "X and I". The NER model often reads such a word as a place or a firm ("Tariku" GPE,
        "Mthunzi" ORG), and a name said once is then lost. (Tags and lemmas only: the parser
        stays off for speed.)"""
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        if doc is None or english is None:
            return []
        out = []
        n = len(doc)
        for token in doc:
            if token.pos_ not in ("PROPN", "NOUN") or not self._unknown_name_word(token, english):
                continue
            i = token.i
            prev = doc[i - 1] if i else None
            # ("Yesterday Tariku showed me": an English word opening the sentence is no part of a name)
            opener = prev is not None and (i == 1 or doc[i - 2].is_punct) and prev.lower_ in english \
                and prev.lower_ not in _PLACE_OPENERS
            if prev is not None and (prev.lower_ in _DETERMINERS_OWNED or prev.pos_ == "DET"
                                     or prev.text[:1].isupper() and prev.pos_ in ("PROPN", "NOUN", "ADJ") and not opener):
                continue  # "the Ngaio", "our Tavita", "New Ngaio": a thing, a cue's, or a longer name
            nxt = doc[i + 1] if i + 1 < n else None
            if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and nxt.text != "I":
                continue  # "Ngaio Council"
            j = i + 1
            while j < n and doc[j].pos_ in ("ADV", "PART") and doc[j].lower_ not in ("not", "n't", "to"):
                j += 1  # "Tariku just refuses", "Zé never asked"
            verb_after = doc[j] if j < n else None
            after_be = doc[j + 1] if verb_after is not None and verb_after.lemma_ == "be" and j + 1 < n else None
            if after_be is not None and after_be.pos_ == "DET" and j + 2 < n:
                k = j + 2
                while k < n - 1 and doc[k].pos_ in ("ADJ", "ADV", "NOUN") and doc[k + 1].pos_ == "NOUN":
                    k += 1  # "is a night-shift nurse", "was a senior staff engineer"
                after_be = doc[k]
            told_us = verb_after is not None and j + 1 < n and doc[j + 1].lower_ in ("me", "us", "him", "her", "them") \
                and _lemma_in(verb_after, _TOLD_VERBS)  # "Tariku called me", "Zé showed us a trick"
            person = (
                told_us or verb_after is not None and _lemma_in(verb_after, _PEOPLE_VERBS) and (
                    verb_after.pos_ == "VERB" or verb_after.pos_ == "ADJ" and verb_after.lower_.endswith("ed"))
                or after_be is not None and (after_be.lower_ in _PEOPLE_ADJECTIVES
                                             or after_be.pos_ == "NOUN" and after_be.lower_ in occupation_heads())
                or prev is not None and prev.pos_ == "VERB" and _lemma_in(prev, _PEOPLE_OBJECT_VERBS)
                or prev is not None and prev.lower_ in ("with", "to") and i >= 2
                and _lemma_in(doc[i - 2], _WITH_VERBS if prev.lower_ == "with" else _TO_VERBS)
                or nxt is not None and nxt.lower_ == "and" and i + 2 < n and doc[i + 2].text == "I"
                or prev is not None and prev.lower_ == "and" and i >= 2 and doc[i - 2].lower_ == "me")
            if person:
                result = _result("PERSON", token.idx, token.idx + len(token), 0.6, self)
                result.recognition_metadata[SLOT_ONLY] = True
                out.append(result)
        return out

    def _bare_first_names(self, nlp_artifacts: NlpArtifacts | None, english: frozenset[str] | None
                          ) -> list[RecognizerResult]:
        """A known first name that is no English word, place or listed firm, capitalized, in any
        slot: "Even Kwabena uses it now", "it belongs to Thandeka". The NER model reads such a
        word as a firm, a nationality (kept) or nothing, and a name said once in a slot no cue
        covers is then lost; a word that is only ever a name needs no cue."""
        from anonymize.recognizers.gazetteer import company_first_words

        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        if doc is None or english is None:
            return []
        out = []
        for token in doc:
            word = token.text
            if len(word) < 3 or not word[0].isupper() or word.isupper() or not word.isalpha() \
                    or name_key(word) not in self._first or word.casefold() in english \
                    or not self._free_name_word(word) or word in company_first_words():
                continue
            i = token.i
            near = (doc[i - 1].text + " " + word if i else "", word + " " + doc[i + 1].text if i + 1 < len(doc) else "")
            if any(n and is_country_like(normalize(n)) for n in near):
                continue  # "Costa" of "Costa Rica", "Verde" of "Cape Verde"
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and nxt.text != "I" \
                    and name_key(nxt.text) not in self._names:
                continue  # "Sąd Najwyższy": a longer proper name that is no person's
            result = _result("PERSON", token.idx, token.idx + len(word), 0.5, self)
            result.recognition_metadata[SLOT_ONLY] = True  # a listed figure's surname stays the figure's
            out.append(result)
        return out

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        english = _english_words(nlp_artifacts)  # None without the model's lemma table
        for m in _HEADER_LINE.finditer(text):
            # A pasted email header names its correspondents: "Cc: Funmilayo Adebayo; AK".
            for item in _HEADER_ITEM.finditer(m.group("people")):
                words = item.group("name").split()
                if all(w.casefold() not in self._common or name_key(w) in self._first for w in words) \
                        and not any(w.casefold() in CALENDAR_WORDS for w in words):
                    out.append(_result("PERSON", m.start("people") + item.start("name"),
                                       m.start("people") + item.end("name"), 0.85, self))
        for m in _cue_matches(text):
            n1 = m.group("n1")
            if text[m.start():m.start("n1")].strip(" \t,.") in _WORD_HONORIFICS:
                continue  # "I ate rice", "miss the bus": an honorific only when capitalized
            if n1.casefold() in _WEEKDAYS and "," in text[m.start():m.start("n1")]:
                continue  # "I'm a nurse, Monday to Friday" (not "my colleague Sunday Okoro")
            if re.match(r"(?i)call", m.group()) and (n1.casefold() in _MONTHS_AND_DAYS or n1.casefold() in (
                    "tonight", "today", "yesterday", "tomorrow", "back", "again", "twice", "once", "late", "early")):
                continue  # "The recruiter called me Tuesday", "called me back"
            if text[m.start():m.start("n1")].strip(" \t,.").casefold() == "chief" \
                    and (n1.casefold() in _RANKS or (m.group("n2") or "").casefold() in _RANKS):
                continue  # "the Chief Constable", "Chief Building Inspector": an office, not a name
            if m.group("indef"):
                if "," in text[m.start():m.start("n1")] and not text[m.end("n1"):].lstrip(" \t").startswith(","):
                    continue  # "a girl, Luz, bought" (not "as a kid, Summer was the only time")
                after = re.match(r"[ \t]+([a-z]+)", text[m.end("n1"):m.end("n1") + 30])
                if not self._word_name(n1) or (n1.casefold() in self._common or english is not None and n1.casefold()
                                               in english) and after is not None and getattr(
                        _token_at(nlp_artifacts, m.end("n1") + after.start(1)), "pos_", "NOUN") == "NOUN":
                    continue  # "a customer Service team", "a student Council meeting": a known name, no compound
            if re.fullmatch(rf"(?i:{HONORIFICS})\.?,[ \t]*", text[m.start():m.start("n1")]):
                continue  # "Yes Sir, Thanks": an honorific said as a vocative, before a comma
            appositive = m.group("appos") and n1.isalpha() and n1.casefold() not in self._common \
                and _ACTS.match(text, m.end("n1")) \
                and getattr(_token_at(nlp_artifacts, m.start("n1")), "pos_", "PROPN") not in _NOT_NAME_POS \
                and not (n1.islower() and getattr(_token_at(nlp_artifacts, m.start("n1")), "pos_", "") == "VERB")
            # ("the site engineer, tunde, sorry, ..."; not "the nurse on duty, sadly, was late")
            n2 = m.group("n2")
            if m.group("appos") and n2 and n1.islower() and n2.islower() and name_key(n1) in self._first \
                    and name_key(n2) in self._last and n2 not in self._common \
                    and (english is None or n2 not in english) and _ACTS.match(text, m.end("n2")):
                appositive = True  # "a guy from claims, will pruitt, emails me": a known first name and surname
            if n1.isupper() and 2 <= len(n1) <= 4 and re.match(r"(?i)call", m.group()) \
                    and n1 not in _NOT_INITIALS and n1 != "ASAP":
                appositive = True  # "we call him JB"
            if len(n1) == 1 and n1.isupper() and re.match(r"(?i)call", m.group()) and n1 not in ("I", "A"):
                appositive = True  # "I'll call him J.", "let's call her Mrs K": a stand-in that is still a name
            if m.group("hon") and n1[0].isupper() and self._word_name(n1):
                appositive = True  # "My TL, Ma'am Joy, doesn't like that": a title says person
            if not self._ok(n1) and not appositive and not (
                    n1.islower() and name_key(n1) in self._first and n1 not in _MODALS and n1 not in _ACT_WORDS
                    and (_ACTS.match(text, m.end("n1")) or _verb_follows(nlp_artifacts, m.start("n1"), n1)
                         # "my husband taras works in IT": a known name that is no English word
                         or english is not None and n1 not in english
                         and n1 not in self._common and "," not in text[m.start():m.start("n1")])) \
                    and not self._unlisted_lower_name(m, text, nlp_artifacts):
                continue  # ("my boss summer didn't care": a first name that is also a word)
            start, end = m.span("n1")
            # A second word joins when it looks like a surname: capitalized after a
            # capitalized first name, or lower-case after a lower-case one and not English.
            # ("my coworker david west": a lower-case surname that is also a word joins when
            # the gazetteer knows it as a surname.)
            if n2 and self._ok(n1) and not n1.isascii() and not n2.isascii() \
                    and all(ord(c) > 0x24F for c in n1 + n2 if c.isalpha()):
                end = m.end("n2")  # "بیرات رائو": both words in a script without capitals
            elif n2 and n2[0].isupper() == n1[0].isupper() and n2.casefold() not in _NAME_STOP \
                    and not n2.isupper() \
                    and (n2[0].isupper() and n2.casefold() not in self._common
                         or n2[0].islower() and name_key(n2) in self._names
                         and (n2.casefold() not in self._common or name_key(n2) in self._last)):
                end = m.end("n2")
                # "my boss anna maria knox": a third word the gazetteer knows as a surname.
                n3 = re.match(r"[ \t]+([^\W\d_]+)\b", text[end:end + 40])
                if n3 and n3.group(1)[0].isupper() == n1[0].isupper() and name_key(n3.group(1)) in self._last \
                        and n3.group(1).casefold() not in self._common:
                    end += n3.end()
            out.append(_result("PERSON", start, end, 0.9, self, overrides_allow_list=True))
        for m in _ROLE_THEN_NAME.finditer(text):
            role, word = m.group("role10"), m.group("n10")
            if (role in _ROLE_OF_NAMED or role in occupation_heads()) \
                    and (self._free_name_word(word) or self._word_name(word)):
                out.append(_result("PERSON", *m.span("n10"), 0.9, self))
        for m in _COMMA_PRONOUN.finditer(text):
            n1 = m.group("n1")
            if (m.group("start") is not None or m.group("who") is not None) \
                    and (name_key(n1) not in self._names or n1.casefold() in self._common) \
                    and not (english is not None and n1.casefold() not in english and self._free_name_word(n1)):
                # a sentence's first word, or before "who": only a known first name ("Brittany, she's
                # been with us") or no English word ("Mirek, he is sixty")
                continue
            if getattr(_token_at(nlp_artifacts, m.start("n1")), "ent_type_", "") == "LAW":
                continue  # "an amendment of the Aliens Act, he was issued": a law's last word
            if n1.casefold() not in _NAME_STOP and n1.casefold() not in CALENDAR_WORDS \
                    and (not is_country_like(normalize(n1)) or m.group("who") is not None) \
                    and (n1.casefold() not in _known_places() or name_key(n1) in self._first):
                # ("Brittany, she's been with us": a place that is also a first name, and a pronoun)
                # Scored above the NER model's reading of the same word, which scan drops when
                # the word is also English ("Will"); the pronoun is the stronger evidence.
                out.append(_result("PERSON", *m.span("n1"), 0.9, self))
        for m in _COMMA_PRONOUN_ANY.finditer(text):
            n1 = m.group("n1")
            token = _token_at(nlp_artifacts, m.start("n1"))
            if m.group("start") is not None and (english is None or n1.casefold() in english):
                continue  # a sentence's first word: no English word ("Rashed, he has been driving")
            # (The tagger reads an unknown name as anything at a sentence start: "Rashed" VERB.)
            if token is not None and token.text == n1 and (token.pos_ == "PROPN" or m.group("start") is not None) \
                    and token.ent_type_ not in _NOT_PERSON_ENTS and self._free_name_word(n1):
                out.append(_result("PERSON", *m.span("n1"), 0.9, self))
        for m in _FIRST_NAME_ACTS.finditer(text):
            n1, verb = m.group("n1"), m.group("verb")
            if name_key(n1) not in self._first or not self._free_name_word(n1) \
                    or not (verb in _ACT_WORDS or len(verb) > 4 and verb.endswith("ed")
                            or len(verb) > 4 and verb.endswith("s") and not verb.endswith(("ss", "us", "is"))):
                continue
            if _after_name_or_place(text, m.start()):
                continue
            token = _token_at(nlp_artifacts, m.start("n1"))
            if token is not None and token.ent_type_ in _NOT_PERSON_ENTS:
                continue
            out.append(_result("PERSON", *m.span("n1"), 0.55, self))
        for m in _NAME_PAIR.finditer(text) if english else ():
            a, b = m.group("a"), m.group("b")
            if a.casefold() in english and b.casefold() in english:
                continue  # "Grace and Hope": one of them must be no English word
            before = text[max(0, m.start() - 20):m.start()].split()
            if name_key(a) in self._first and name_key(b) in self._first \
                    and (self._free_name_word(a) or self._free_name_word(b)) \
                    and not any(w.casefold() in CALENDAR_WORDS or is_country_like(normalize(w))
                                or w.casefold() in _known_places() or w in _NOT_FIRST_OF_NAME for w in (a, b)) \
                    and not (before and before[-1][:1].isupper() and before[-1][-1:].isalpha()):
                out.append(_result("PERSON", *m.span("a"), 0.6, self))
                out.append(_result("PERSON", *m.span("b"), 0.6, self))
        for m in _INITIAL_SIGNOFF.finditer(text):
            out.append(_result("PERSON", *m.span("n1"), 0.6, self))
        for m in _ADDRESSEE.finditer(text):
            group = m.lastgroup or "n1"
            word = m.group(group)
            if name_key(word) in self._first and self._free_name_word(word) \
                    or self._word_name(word) and len(word) > 2:
                out.append(_result("PERSON", *m.span(group), 0.7, self))
        for m in _THE_ROLE_LOWER.finditer(text) if english else ():
            n1 = m.group("n1")
            if n1 in self._first and n1 not in english and n1 not in self._common and n1 not in _NAME_STOP:
                out.append(_result("PERSON", *m.span("n1"), 0.86, self))
        for m in _NICKNAME_AND_NAME.finditer(text) if english else ():
            for group in ("n1", "n2"):
                if "-" in m.group(group) or self._slot_name(m.group(group), english):
                    out.append(_result("PERSON", *m.span(group), 0.75, self))
        for m in _SIGN_OFF.finditer(text):
            n1 = m.group("n1")
            if n1 not in _NOT_INITIALS and (n1.isupper() or n1 not in english and n1 not in self._common):
                # (a signature is a person's, whatever a list of tools says of "R")
                out.append(_result("PERSON", *m.span("n1"), 0.7, self, overrides_allow_list=True))
        for regex in (_NAME_THE_ROLE, _NAME_AND_KIN, _NAME_AT_WORK, _REPORTED_VOCATIVE, _NAME_IN_MY_GROUP,
                      _SORRY_VOCATIVE, _NAME_DESCRIBED, _QUOTED_VOCATIVE) if english else ():
            for m in regex.finditer(text):
                n1 = m.group("n1")
                if regex is _NAME_AT_WORK and not (m.group("verb") in _ACT_WORDS or len(m.group("verb")) > 3
                                                   and m.group("verb").endswith(("s", "ed"))):
                    continue
                if regex in (_QUOTED_VOCATIVE, _REPORTED_VOCATIVE, _SORRY_VOCATIVE) and n1.casefold() in _QUOTE_OPENERS:
                    continue  # '"Hola, can you check?"': a greeting, not a name
                # (a message that opens with a name may shorten it to an English word: "Soph —")
                if self._slot_name(n1, english) or regex is _QUOTED_VOCATIVE and n1.casefold() not in self._common \
                        and self._free_name_word(n1) and n1 not in _NOT_FIRST_OF_NAME:
                    out.append(_result("PERSON", *m.span("n1"), 0.8, self))
        for m in _NAME_WHO_IS_ROLE.finditer(text) if english else ():
            n1 = m.group("n1")
            role_ok = m.group("rel") is not None or m.group("role") in occupation_heads() \
                and m.group("role") not in ("assistant", "model", "tool", "bot", "one", "best")
            if role_ok and (self._slot_name(n1, english) or self._word_name(n1)):
                # (a colleague named like a tool is still a colleague: "Claude my colleague hates it")
                # (above the other cues' 0.9: the result that wins must carry the override)
                out.append(_result("PERSON", *m.span("n1"), 0.95, self, overrides_allow_list=True))
        for m in _LOWER_NAME_ROLE.finditer(text) if english else ():
            for group in ("n1", "a", "b"):
                word = m.group(group)
                # (in brackets or after a comma, no English word: "the grant (my supervisor wrote it)")
                if word and name_key(word) in self._first and word not in _MODALS and word not in _NAME_STOP \
                        and (group != "n1" or word not in english and word not in self._common):
                    out.append(_result("PERSON", *m.span(group), 0.8, self))
        for m in _NAME_KIN_BRACKET.finditer(text) if english else ():
            if m.group("n1").casefold() not in self._common and m.group("n1").casefold() not in english:
                out.append(_result("PERSON", *m.span("n1"), 0.8, self))
        for m in _QUOTED_VOCATIVE_ANY.finditer(text) if english else ():
            # Only what an interjection never is: a name after a title ('"Panie Tomku,"') or one
            # written with letters English has not ('"Gennà,"'); not '"Yikes,"', '"Bruh,"'.
            n1 = m.group("n1")
            if (m.start("n1") > m.start() or not n1.isascii()) and n1.casefold() not in english \
                    and n1.casefold() not in _QUOTE_OPENERS and self._free_name_word(n1):
                out.append(_result("PERSON", *m.span("n1"), 0.8, self))
        for m in _CHAT_SENDER.finditer(text) if english else ():
            n1 = m.group("n1")
            # ('"Reminder: ...', '"Re: draft"', '"Name: Liu Jianguo"': English words head notes too)
            if n1 not in _NOT_INITIALS and self._free_name_word(n1) \
                    and (n1.casefold() not in english or name_key(n1) in self._first and n1[0].isupper()):
                out.append(_result("PERSON", *m.span("n1"), 0.8, self))
        for m in _RELATIONS_LOWER.finditer(text) if english else ():
            # each a known first name or no English word, one of them known ("kartik" is in no list)
            pair = [g for g in ("n1", "n2") if self._lower_free_word(m.group(g), english)]
            if any(self._lower_first_name(m.group(g), english) for g in pair):
                out.extend(_result("PERSON", *m.span(g), 0.86, self) for g in pair)
        for m in _CALLED_LOWER.finditer(text) if english else ():
            n1 = m.group("n1")
            # ("gabs" may end in an English word's plural; "calls me names" is the one idiom)
            if n1 != "names" and self._lower_free_word(n1, english):
                out.append(_result("PERSON", *m.span("n1"), 0.86, self))
        for m in _INITIALS_NOTED.finditer(text):
            for group in ("n1", "n2", "n3"):
                if m.group(group) and not is_country_like(normalize(m.group(group).replace(".", ""))) \
                        and m.group(group) not in ("E.U.", "U.N.", "A.I.", "P.S.", "N.B."):
                    out.append(_result("PERSON", *m.span(group), 0.7, self))  # (not "the U.S. and U.K. markets")
        for m in _IM_FULL_NAME.finditer(text) if english else ():
            n1, n2 = m.group("n1"), m.group("n2")
            if (name_key(n1) in self._first or n1.casefold() not in english) \
                    and (name_key(n2) in self._last or n2.casefold() not in english) \
                    and self._free_name_word(n1) and self._free_name_word(n2) \
                    and not is_country_like(normalize(f"{n1} {n2}")) and f"{n1} {n2}".casefold() not in _known_places():
                out.append(_result("PERSON", m.start("n1"), m.end("n2"), 0.85, self))
        for m in _NAME_THE_OCCUPATION.finditer(text) if english else ():
            n1 = m.group("n1")
            if m.group("role") in occupation_heads() and m.group("role") not in _EVERY_WORKPLACE_ROLES \
                    and self._slot_name(n1, english) and not _after_name_or_place(text, m.start()):
                out.append(_result("PERSON", *m.span("n1"), 0.75, self))
        for m in _FAMILY_NAME.finditer(text):
            group = "n1" if m.group("n1") else "n2"
            n1 = m.group(group)
            if group == "n2":
                if english is not None and n1[:-1].casefold() not in english and self._free_name_word(n1[:-1]):
                    out.append(_result("PERSON", *m.span("n2"), 0.75, self))  # "the Lussiers next door"
                continue
            if (name_key(n1) in self._last or english is not None and n1.casefold() not in english) \
                    and self._free_name_word(n1) and n1 not in _NOT_FIRST_OF_NAME:
                out.append(_result("PERSON", *m.span("n1"), 0.8, self))
        for m in _LOWER_COMMA_PRONOUN.finditer(text) if english else ():
            n1 = m.group("n1")
            # (after "a boy," any word that is no English one: "There's a boy, nurik, he writes")
            if (name_key(n1) in self._first or m.group("any") is not None) and self._lower_free_word(n1, english):
                out.append(_result("PERSON", *m.span("n1"), 0.86, self))
        for m in _NAME_IS_LOWER.finditer(text) if english else ():
            if self._lower_free_word(m.group("n1"), english):
                both = m.group("n2") and self._lower_free_word(m.group("n2"), english)
                # ("his full name, cian murphy": said to be a name, whatever a tool is called)
                out.append(_result("PERSON", m.start("n1"), m.end("n2" if both else "n1"), 0.8, self,
                                   overrides_allow_list=True))
        for regex in (_LOWER_NAME_NOTED, _QUOTED_VOCATIVE_LOWER):
            for m in regex.finditer(text) if english else ():
                if self._lower_first_name(m.group("n1"), english):
                    out.append(_result("PERSON", *m.span("n1"), 0.86, self))
        for m in _LOWER_NAME_ACTS.finditer(text) if english else ():
            n1, verb = m.group("n1"), m.group("verb")
            if not self._lower_first_name(n1, english) \
                    or not (verb in _ACT_WORDS or len(verb) > 4 and verb.endswith("ed")):
                continue
            before = text[max(0, m.start() - 20):m.start()].split()
            if before and before[-1].casefold() in _PLACE_OR_ARTICLE | {"my", "our"}:
                continue  # ("in lagos was hot"; "my boss raj" is the relation cue's)
            out.append(_result("PERSON", *m.span("n1"), 0.86, self))  # above the lower-case NER reading scan drops
        for m in _PRONOUN_CONFIRMED.finditer(text):
            n1, verb = m.group("n1"), m.group("verb")
            if _after_name_or_place(text, m.start()):
                continue  # ("in Lagos ... she")
            if n1.casefold() in self._common or n1.casefold() in _NAME_STOP or n1.casefold() in CALENDAR_WORDS \
                    or is_country_like(normalize(n1)) or n1.casefold() in _known_places() \
                    or not (verb in _ACT_WORDS or len(verb) > 3 and verb.endswith(("s", "ed"))):
                continue
            out.append(_result("PERSON", *m.span("n1"), 0.55, self))
        for m in _TURN_NAME_LOWER.finditer(text):
            n1, n2 = m.group("n1"), m.group("n2")
            if name_key(n1) in self._first and name_key(n2) in self._last and n2 not in self._common:
                out.append(_result("PERSON", m.start("n1"), m.end("n2"), 0.75, self))
        for m in _IM_LOWER.finditer(text):
            n1, n2 = m.group("n1"), m.group("n2")
            # ("i'm ji-woo park": a hyphenated given name, no English word, and a known surname)
            given = name_key(n1) in self._first or "-" in n1 and all(
                len(p) >= 2 and p not in self._common for p in n1.split("-")) \
                or name_key(n2) in self._last and english is not None and len(n1) >= 3 and n1 not in english \
                and n1 not in _NAME_STOP  # "im ece yıldırım": an unlisted given name before a known surname
            # An unlisted surname in one's own introduction ("im jakub wiśniewski but"): no English or
            # common word, before a pause or a conjunction.
            surname = name_key(n2) in self._last or english is not None and len(n2) >= 4 and n2 not in english \
                and n2 not in _NAME_STOP and n2 not in _known_places() \
                and re.match(r"[ \t]*(?:[,.;!]|(?:but|and|from|here|btw)\b)", text[m.end("n2"):])
            # (scored above the model's lower-case reading, which scan drops)
            if given and surname and n1 not in self._common and n2 not in self._common:
                out.append(_result("PERSON", m.start("n1"), m.end("n2"), 0.86, self))
        for m in _INTRO_LOWER.finditer(text):
            n1, n2 = m.group("n1"), m.group("n2")
            # (a surname no list knows, "tomasz wiśniewski, everyone calls me tomek": no English word)
            surname = name_key(n2) in self._last or english is not None and len(n2) >= 4 \
                and n2 not in english and n2 not in _NAME_STOP and n2 not in _known_places()
            if n1.islower() and n2.islower() and name_key(n1) in self._first and surname \
                    and n1 not in self._common and n2 not in self._common:
                out.append(_result("PERSON", m.start("n1"), m.end("n2"), 0.8, self))
        for m in _CALLED_OR.finditer(text):
            if m.group("n1") not in _NOT_FIRST_OF_NAME and not is_country_like(normalize(m.group("n1"))) \
                    and m.group("n1").casefold() not in CALENDAR_WORDS:
                out.append(_result("PERSON", *m.span("n1"), 0.85, self))
        for m in _ROMANCE_TITLE.finditer(text):
            n1 = m.group("n1")
            if n1.casefold() not in self._common and self._free_name_word(n1):
                out.append(_result("PERSON", *m.span("n1"), 0.85, self))
        for m in _VIET_IM.finditer(text):
            words = m.group("n1").split()
            if all(w[0].isupper() and w.casefold() not in self._common for w in words):
                out.append(_result("PERSON", *m.span("n1"), 0.86, self))
        for m in _FROM_TEAM_LOWER.finditer(text):
            group = "n1" if m.group("n1") else "n2" if m.group("n2") else "n3"
            word = m.group(group)
            if not word.islower():
                continue
            # ("who is our" says person; "from my team" could follow "the rest")
            if (name_key(word) in self._first or group == "n1" and name_key(word) in self._last) \
                    and word not in self._common and word not in _NAME_STOP \
                    and (group != "n1" or english is None or word not in english) \
                    and word not in _known_places() and not is_country_like(normalize(word)):
                out.append(_result("PERSON", *m.span(group), 0.86, self))
        for m in _SENTENCE_VOCATIVE.finditer(text):
            if not _INTERVIEWER_TURN.search(text, 0, m.start()):
                continue
            words = [w for w in (m.group("n1"), m.group("n2")) if w]
            if any(w.casefold() in self._common or w.casefold() in CALENDAR_WORDS for w in words) \
                    or is_country_like(normalize(" ".join(words))):
                continue
            # Two name-shaped words ("Thu Trang") or a known first name; any other word that is
            # no English word ("..., Lipe?") at a lower score.
            known = len(words) == 2 or name_key(words[0]) in self._first
            out.append(_result("PERSON", m.start("n1"), m.end(m.lastgroup or "n1"), 0.85 if known else 0.6, self))
        for m in _NAME_THEN_CUE.finditer(text):
            group = next(g for g in ("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n11") if m.group(g))
            word = m.group(group)
            if group == "n11":
                if self._free_name_word(word) or self._word_name(word):
                    out.append(_result("PERSON", *m.span(group), 0.9, self))
                continue
            if group in ("n7", "n9") or group == "n2" and word.casefold() in self._common:
                # Words that are also names ("Will", "Hope", "Summer") in a person's slot: the
                # gazetteer must know them, and no month or weekday passes.
                if group in ("n7", "n9") and self._free_name_word(word):
                    out.append(_result("PERSON", *m.span(group), 0.9, self))  # "Tevita, one of the RNs"
                elif self._word_name(word) and not (group == "n2" and _WHO_IDIOM.match(text, m.end(group))):
                    out.append(_result("PERSON", *m.span(group), 0.9, self))
                continue
            if group == "n4" and english is not None and " " not in word and word.casefold() in english \
                    and name_key(word) not in self._first:
                continue  # "Funny, my father-in-law is called ...", "Honestly, my boss"
            if group == "n4" and not any(w in _ROLE_OF_NAMED or w in occupation_heads() for w in m.group("role4").split()):
                continue  # "Tariq, our registrar this term," but not "Sales, our biggest worry"
            if group == "n4" and m.group("art4") and not m.group("is4") \
                    and not (m.group("role4").split()[-1] in _ROLE_OF_NAMED
                             or m.group("role4").split()[-1] in occupation_heads()):
                continue  # "Thabo, a PhD student,"; not "Paris, the capital"
            if group == "n4" and m.group("is4"):
                # "Omondi is our attachment student from ...": the phrase must end in the role
                # ("Jira is our lead tool" does not).
                head = re.split(r"\b(?:from|at|in|on|for|and|who|with|since|this|that|here|there|now)\b",
                                m.group("role4"))[0].split()
                if not head or not (head[-1] in _ROLE_OF_NAMED or head[-1] in occupation_heads()):
                    continue
            if group == "n6":
                if self._names_not_words(word) and word.split()[0] not in _NOT_FIRST_OF_NAME:
                    out.append(_result("PERSON", *m.span(group), 0.9, self))
                continue
            start4 = m.start(group)
            if group == "n4" and word.split()[0] in _NOT_FIRST_OF_NAME and " " in word:
                start4 += len(word.split()[0]) + 1  # "Also Ravi, our intern,"
                word = word.split(None, 1)[1]
            if group == "n4" and " " in word:
                if not self._names_not_words(word):
                    continue
                out.append(_result("PERSON", start4, m.end(group), 0.9, self))  # "Priyanka Raman, our editor,"
                continue
            if group == "n4" and start4 != m.start(group) and word.casefold() not in self._common:
                out.append(_result("PERSON", start4, m.end(group), 0.9, self))
                continue
            if group == "n4" and name_key(word) in self._first and word.casefold() not in _NAME_STOP:
                # "Will, our newest policy officer, uses it": the apposition says person.
                out.append(_result("PERSON", *m.span(group), 0.9, self))
                continue
            if word.casefold() in self._common or word.casefold() in _NAME_STOP or word.isupper() \
                    or word.casefold() in _RELATION_WORDS \
                    or is_country_like(normalize(word)) or word.casefold() in CALENDAR_WORDS:
                continue
            # "the principal madam", "yes anna": titles that follow any noun need a known name.
            if m.group("post") and m.group("post").casefold() in _WEAK_POST and name_key(word) not in self._first \
                    and not (word[0].isupper() and m.group("post").casefold() in ("sir", "madam", "ma'am", "ma’am")
                             and word not in _GREETING_WORDS
                             or word[0].isupper() and m.group("post").casefold() in ("tai", "kaka", "kaku", "dada")
                             and english is not None and word.casefold() not in english and self._free_name_word(word)):
                continue  # ("Rajesh sir, our plant head", "Vaishali tai": a capitalized word, no English one)
            out.append(_result("PERSON", *m.span(group), 0.9, self))
        out.extend(self._tagged_people(nlp_artifacts, english))
        out.extend(self._bare_first_names(nlp_artifacts, english))
        for regex in (_FROM_TEAM, _TURN_VOCATIVE, _POSSESSIVE_TEAM, _SALUTATION):
            for m in regex.finditer(text):
                n1 = m.group("n1")
                if n1.casefold() in self._common and name_key(n1) not in self._first:
                    continue
                if regex is _SALUTATION and not (self._free_name_word(n1) or self._word_name(n1)):
                    continue  # "Hi Team,", "Dear Customer,", "Hi all!"
                if regex is _TURN_VOCATIVE and n1.casefold() in self._common:
                    continue  # "AI: Okay, ..." / "AI: Great, ..."
                out.append(_result("PERSON", *m.span("n1"), 0.88, self))
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
              r"trained|qualified|started|(?:began|started)\s+working|(?:is|was|were|had\s+been)\s+(?:employed|working|"
              r"serving)(?:\s+(?:formerly|previously|originally|latterly|later|briefly))?)\s+as)")
_IS_A = r"(?:is|was|had\s+been|has\s+been|became|is\s+now|was\s+then)"
# "a normal PhD student", "an MSc student": a degree inside a title
_DEGREE = r"(?-i:Ph\.?D|DPhil|MPhil|MSc|BSc|MBA|MA|BA)"
_OCCUPATION_CUE = re.compile(
    rf"(?i:(?:{_THIRD_PARTY}(?:[ \t]+(?P<worked>{_WORKED_AS})|[ \t]+{_IS_A}|,)"
    # "she's a beginning teacher", "My wife Joy is a primary school teacher"
    # "My mum's a retired teacher"
    r"|\b(?:my|his|her|their|our)\s+(?:wife|husband|partner|spouse|son|daughter|mother|father|mom|mum|dad|"
    r"brother|sister|uncle|aunt|cousin|boyfriend|girlfriend)['’]s(?=\s+an?\s)"
    r"|\b(?:he|she)['’]?s(?=\s)|\b(?:my|his|her|their|our)\s+(?:(?:late|eldest|youngest|older|younger|other|little)\s+)?"
    r"(?:wife|husband|partner|spouse|son|daughter|"
    r"mother|father|mom|mum|dad|brother|sister|uncle|aunt|cousin|neighbou?r|friend|boyfriend|girlfriend)"
    # ("My husband Oh Jae-won is a vice principal", "My wife Guadalupe — Lupita — is a dentist")
    r"\s+[^\W\d_]+(?:[ ](?-i:[A-Z])[^\W\d_]+|-[^\W\d_]+){0,2}(?:\s+[—–][^—–\n]{1,60}[—–])?(?:,\s+who)?\s+(?:is|was)"
    # The participant's own title when it is specific (two words or more, checked below):
    # "I'm the farm manager", "been a licensed plumber", "Stevie McLaren, self-employed electrician,"
    r"|(?P<self>\b(?:(?:I['’]?m|I\s+am|im)(?:\s+(?:also|now|currently|still|actually|officially|basically|technically|"
    # "I'm kind of the marketing coordinator for the bakery"
    r"kind\s+of|sort\s+of|more\s+or\s+less))?|"
    r"I['’]ve\s+been|been|I\s+was|used\s+to\s+be|being|(?<=means\s)to\s+be|years\s+as|(?:did|doing|done)(?=\s+an?\s+post-?docs?\b)|"
    r"(?:I\s+)?work(?:s|ed)?(?:\s+(?:part|full)[ -]time)?(?:\s+in\s+(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))?)?\s+as|"
    r"started\s+(?:(?:out|here|there|off)\s+)?(?:in\s+(?:this\s+\w+|(?:19|20)\d\d)\s+)?as|began\s+as|"
    # "with the company since 2015, first as a pharmacist and now running the branch"
    r"(?:first|initially|originally|previously|formerly)\s+as|"
    # "Qualified as a solicitor in 2012", "trained as a nurse in Manila"
    r"(?:qualified|trained|certified|registered|licensed)\s+as|"
    # "As a copywriter, AI is now the floor"
    rf"(?<!such[ \t])(?<!well[ \t])(?<!same[ \t])\bas(?=[ \t]+an?[ \t]+(?:[a-z-]+|(?-i:[A-Z]{{2,4}})|{_DEGREE})(?:[ \t]+[a-z-]+){{0,2}}"
    # ("AI: How does AI come into your work as a broker?": the interviewer says it back)
    # ("As a freelancer I have to put myself out there")
    r"(?:[ \t]*[,.;?]|[ \t]+since[ \t]+(?:19|20)\d\d|[ \t]+I[ \t])))"
    r"(?=[ \t]+(?:an?|the)\b)|\bmy\s+(?:job\s+|actual\s+|official\s+)?(?:title|role|position|designation|job)\s+is"
    # "I work as freelance UX designer from Leipzig": no article, as non-native speakers say it
    # "As treasurer I keep the records": one's own role, said before what one does in it
    r"|(?P<self2>\bI\s+(?:work|worked|am\s+working|was\s+working|started(?:\s+out)?|began)\s+as|\b(?:your|my)\s+(?:own\s+)?(?:work|job|role)\s+as|"
    # A career told step by step: "I became project director in 2006", "rose to head of
    # distribution", "ended as senior manager in audit", "then as regional quality coordinator",
    # "joined ENAP as logistics manager", "went from branch manager to regional director"
    # (not "maybe become a dispatcher", "hope to become a pharmacist": a wish is no title yet)
    r"\b(?:became|(?:rose|risen|promoted|moved\s+up)\s+to|"
    r"(?:worked|working)\s+(?:my|his|her|their|our)\s+way\s+up\s+to|(?:ended|finished)(?:\s+up)?(?:\s+there)?\s+as|"
    r"retired\s+as|(?:then|later|eventually|finally)\s+as|(?:went|moved|rose)\s+from|"
    # "first on the line, then maintenance supervisor, then head of maintenance" (no article:
    # "then the night manager came" is someone in the story)
    r"(?:(?<=[,;—–]\s)|(?<=\band\s))(?:then|later)(?=[ \t]+(?!(?:an?|the|my|our|his|her|their|we|I|it|he|she|they)\b)[a-z])|"
    # "the re-employment contract, as senior advisor, until 2022", "as IT manager for the plant"
    r"(?<!such\s)(?<!well\s)(?<!same\s)(?<!known\s)\bas(?=[ \t]+(?:(?-i:[A-Z]{2,4})[ \t]+)?[a-z-]+(?:[ \t]+[a-z-]+){0,2}"
    r"(?:[ \t]*,[ \t]+until|[ \t]+(?:for|until|till|at|with)\b))|"
    r"join(?:ed|ing|s)?\s+(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*)){0,3}(?:\s+in\s+(?:19|20)\d\d)?\s+as)|"
    r"(?-i:\bAs)(?=[ \t]+[a-z-]+(?:[ \t]+[a-z-]+)?,?[ \t]+(?:I|we)\b))"
    r"(?=[ \t]+(?-i:[a-z]|[A-Z]{2,4}[ \t]+[a-z]))"
    # "I am chartered accountant, running ...": no article, a comma or a link after the title
    # ("I was HR director for the site when I left", "I was branch manager in a small town")
    r"|\b(?:I['’]?m|I\s+am|I\s+was)(?=[ \t]+(?:(?-i:[A-Z]{2,4})[ \t]+)?[a-z-]+(?:[ \t]+[a-z-]+){0,2}"
    # ("i am process engineer since 2019", "i am instrumentation technician offshore")
    r"(?:[ \t]*[,.]|[ \t]+(?:at|for|with|in|based|and|of|until|since|offshore|onshore)\b))"
    # "Dan Kowalczyk, 52, licensed plumber,", "I'm 32, freelance podcast producer based in"
    r"|(?-i:[A-Z][^\W\d_]+),(?=[ \t]+(?:(?:an?|the)[ \t]+)?[a-z-]+[ \t]+[a-z-]+)"
    # "I'm Ana Costa, I'm 41, a veterinarian, retired now": after one's age, one word will do
    r"|\b\d{2},(?=[ \t]+(?:(?:an?|the)[ \t]+)?[a-z-]+(?:[ \t]+[a-z-]+|[ \t]*[,.;])))"
    r"|\b(?P<post>(?:to\s+practi[sc]e\s+as|the\s+post\s+of|contract\s+as|reinstated\s+as|a\s+post\s+as|"
    # "The applicant, who is white British, was employed formerly as a driver's escort"
    r"(?:was|were|is|been)\s+employed(?:\s+(?:formerly|previously|originally|briefly|full-time|part-time))?\s+as|"
    # "employed formerly as a driver's escort and latterly as a driver"
    r"(?:and|then)\s+(?:latterly|later|subsequently|afterwards)\s+as)))"
    # (said with a pause after the article: "I'm a, um, freelance illustrator", "he's the, the head scout")
    r"[ \t]+(?:(?:an?|the)(?:,?[ \t]+(?:um|uh|er|erm|eh|euh|the|an?)(?=,?[ \t]))*,?[ \t]+)?)"
    rf"(?P<value>(?:{GRADE_TOKEN}[ \t]+)?(?:(?-i:[A-Z]{{2,4}}|{_DEGREE}|[A-Z][a-z]{{3,}})[ \t]+(?-i:(?=[a-z])))?[a-z][a-zà-öø-ÿ-]*(?:['’]s(?=[ \t]+[a-z]))?"
    rf"(?:[ \t]+(?:(?-i:[A-Z]{{2,4}}|{_DEGREE})(?=[ \t]+[a-z])|[a-z][a-zà-öø-ÿ-]*)){{0,5}})")
# The step after "went from branch manager": "to regional director".
_CAREER_STEP_TO = re.compile(r"[ \t]+to[ \t]+(?P<v>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,3})")
_DETERMINERS_OWNED = frozenset("my our his her their your".split())
_WORKPLACE_RELATIONS = frozenset("manager boss supervisor director head lead colleague coworker co-worker mentor "
                                 "client customer deputy superior".split())
_GENERIC_FIRST = frozenset("team line direct big huge good bad new old first last only".split())
# ... but of oneself they make a title: "I'm a team leader", "I work as a line cook".
_OWN_GENERIC_FIRST = frozenset(["team", "line"])
_NAMED_APPOSITION = re.compile(r"(?!I\b|As\b)[A-Z][^\W\d_]*,")  # "Ana, the team lead": someone else
_GLOSS_CONNECTOR = (r"(?:so|like|i\.e\.|or|basically|meaning|officially|technically|formally|"
                    r"that[ \t]+means(?:[ \t]+something)?(?:[ \t]+like)?)")
_GLOSS_AFTER = re.compile(
    rf"[ \t]*,[ \t]*{_GLOSS_CONNECTOR}?[ \t]*(?:an?|the)[ \t]+"
    r"(?P<g>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2}?)(?=[ \t]*[,.;]|[ \t]+(?:in|at|for|and|with)\b)"
    r"|[ \t]*[—–][ \t]*(?P<dash>)(?P<g2>[^\W\d_A-Z][^\W\d_]*(?:[ \t]+[^\W\d_A-Z][^\W\d_]*)?)[ \t]*(?=[—–,])")
_GLOSSED_OWN = re.compile(
    # ("I work as a lojistik koordinatörü, logistics coordinator, at Arkas": no article in the gloss)
    r"\b(?:I['’]?m|I[ \t]+am|im|I[ \t]+(?:work|worked|am[ \t]+working)[ \t]+as)[ \t]+(?:(?:an?|the)[ \t]+)?"
    r"(?P<f>[^\W\d_A-Z][^\W\d_]*(?:[ \t]+[^\W\d_A-Z][^\W\d_]*){0,2})"
    rf"[ \t]*,[ \t]*{_GLOSS_CONNECTOR}?[ \t]*(?:(?:an?|the)[ \t]+)?"
    r"(?P<g>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2}?)(?=[ \t]*[,.;]|[ \t]+(?:in|at|for|and|with)\b)")
# A title in the speaker's language with its English in brackets: "he is our encarregado de
# dados (DPO)", "M. Delorme, the directeur d'usine (plant director)", "i work as impiegata
# amministrativa (admin + tax assistant)". The words before the bracket are cut to those that
# are no English word (and the links between them) in ``analyze``.
_BRACKET_GLOSSED = re.compile(
    r"(?<![\w'’-])(?P<f>[^\W\d_A-Z][^\W\d_]*(?:['’][^\W\d_]+)?(?:[ \t]+[^\W\d_A-Z][^\W\d_]*(?:['’][^\W\d_]+)?){0,3})"
    r"[ \t]*\([ \t]*(?P<g>(?:[a-z][a-z-]*|[A-Z]{2,5})(?:[ \t]+(?:[a-z][a-z-]*|\+|&))*)[ \t]*\)")
_GLOSS_ABBR = frozenset("CEO CTO CFO COO CIO CMO CPO CISO DPO HOD MD GM PM VP".split())
_TITLE_NAMED = re.compile(r"\b(?:an?|one)[ \t]+(?P<value>(?:(?:[A-Z][\w+#-]*|[a-z][\w-]*)[ \t]+){0,2}[a-z][\w-]*)"
                          r"[ \t]+(?:named|called)[ \t]+(?=[A-Z])|"
                          # "AI: What does a claims handler do on a normal day?": the title said back
                          r"\b[Ww]hat[ \t]+(?:does|did)[ \t]+(?:an?|the|your)[ \t]+(?P<value2>(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)"
                          r"[ \t]+(?:actually[ \t]+)?do\b")
# Words that end occupations but said alone of oneself are no job: "I'm a worker", "I'm a guide".
_NOT_OWN_JOB = frozenset("worker member guide head lead user person partner associate chief rep candidate".split())
# A specific title of one's own ends the phrase: "I'm the farm manager, I do the herd side".
_SELF_TITLE_END = re.compile(r"[ \t]*(?:[,.;:!?)]|$|[ \t]*\b(?:at|for|in|with|and|based|out|trading|here|from|to|"
                             r"there|since|now|for|of|on|by|who|but|so|myself|mostly|by|when|while|until|before|after|because|"
                             r"first|then|originally|initially|briefly|back|already|too|again|doing|working|running|living|"
                             r"down|up|near|over|that|currently|full-time|part-time|full[ \t]+time|part[ \t]+time|mostly|mainly|offshore|onshore)\b|[ \t]+\d)")
_OCCUPATION_STOP = frozenset("""at in for with from until since on by of to and or but as when while who which
that after before during under against into where whose the a an was were is are had has have been be
would could should will did does do until because so then""".split())
_EXTRA_OCCUPATIONS = frozenset("""dean provost rector bursar trucker overseer lineman linesman teamlead assessor helper salaryman defender dev devs lead leader intern rep exec admin guide chief sekreterare watchman electrician driver physician advocate student conscript guard servant minister setter operative cupper journeyman fitter longshoreman docker stevedore
captain officer soldier sergeant corporal policeman policewoman farmer fisherman miner builder carpenter
plumber mechanic cook chef waiter waitress cleaner nanny caretaker shopkeeper salesman saleswoman cashier
labourer laborer worker teacher nurse doctor dentist judge prosecutor notary pharmacist academic
headmaster headmistress principal priest imam pastor monk nun bricklayer baker butcher tailor hairdresser
journalist reporter dancer singer actor actress housewife homemaker businessman businesswoman entrepreneur
trader seller vendor accountant auditor engineer architect lawyer solicitor barrister clerk secretary
officer inspector commissioner mayor councillor deputy governor diplomat ambassador professor lecturer
researcher scientist technician programmer developer designer manager director executive advisor adviser
owner co-owner partner consultant specialist strategist planner supervisor paralegal associate
dispatcher teller handler adjuster underwriter courier foreman forewoman epidemiologist agronomist
veterinarian vet counselor videographer schoolteacher head tech barista trainee realtor carer caregiver stocker bellboy
bookkeeper sharemilker educator tester housekeeper receptionist concierge porter midwife paramedic
instructor lecturer tutor coach chairman chairwoman chairperson boss pujari rabbi deacon bishop vicar chaplain
missionary goalkeeper referee groundsman physio steward stewardess attendant ranger warden president
vice-president auxiliary volunteer matron superintendent bursar scheduler chairlady dispenser founder co-founder
cofounder proprietor proprietress organizer organiser delegate copywriter treasurer fellow postdoc recruiter
marketer apprentice seamstress welder machinist florist gardener landscaper roofer plasterer glazier joiner tiler
locksmith upholsterer cobbler jeweller jeweler audiologist sonographer phlebotomist anaesthetist anesthetist
orthodontist paediatrician pediatrician doula subtitler transcriber filmmaker broadcaster podcaster influencer
blogger vlogger columnist registrar invigilator estimator draughtsman draftsman botanist zoologist biologist
forester arborist beekeeper shepherd herdsman rancher grower vintner winemaker distiller sommelier bartender
barman barmaid mixologist busser dishwasher chauffeur trucker stevedore docker deckhand sailor seaman seafarer navigator
conductor signaller stationmaster croupier bouncer doorman janitor custodian groundskeeper maid dressmaker
milliner hairstylist stylist barber beautician esthetician manicurist masseuse masseur tattooist cosmetologist
coder sysadmin webmaster headhunter negotiator campaigner caseworker magistrate bailiff facilitator
freelancer stacker typist
novelist poet playwright screenwriter scriptwriter lyricist songwriter composer violinist cellist pianist
guitarist drummer vocalist bassist percussionist harpist flautist saxophonist trumpeter organist cartoonist
painter sculptor potter ceramicist gallerist publisher gasfitter sparky chippy aide candidate picker packer valuer broker
tracker detective skipper colourist colorist labeler labeller annotator
vigneron landlord landlady handyman handywoman sitter babysitter walker caviste fixer loader commis""".split())


# Occupations by their ending, which no list keeps up with: "anaesthesiologist",
# "radiographer", "optometrist", "paediatrician", "archaeobotanist".
_OCCUPATION_SUFFIX = re.compile(r"(?:olog|iatr|ometr|otherap|hygien|botan|physic)ists?$|(?<=[a-z]{3})(?:ician|ographer)s?$")


_PREFIXES = frozenset("co vice ex sub non self pre re anti pro former".split())
_ROMANCE_LINKS = frozenset("de da do dos das del della di du des en em na no".split())

# Faker's job lists in languages whose titles start with their head word ("abogado
# laboralista", "jefe de enfermería", "agent celny") and in languages whose titles end with it
# ("lojistik koordinatörü", "Altenpfleger"); a participant says their title in their own language.
_HEAD_FIRST_LOCALES = ("es", "fr_FR", "fr_CH", "pt_BR", "pt_PT", "pl_PL", "ro_RO", "hr_HR", "cs_CZ", "sk_SK")
_HEAD_LAST_LOCALES = ("tr_TR", "hu_HU", "az_AZ", "fi_FI", "da_DK", "de_AT", "de_DE")
# Languages Faker has no job list for (Swedish, Norwegian, Italian, Indonesian/Malay), and
# forms its lists lack.
_FOREIGN_EXTRA = frozenset("""lärare förskollärare sjuksköterska undersköterska läkare sekreterare handläggare
kurator skolkurator ingenjör snickare elektriker barnmorska sjukepleier lærer barnevernspedagog trafikledare
commercialista geometra avvocato avvocata segretaria segretario infermiere infermiera insegnante ingegnere
farmacista ragioniere ragioniera impiegato impiegata commessa commesso cameriere cameriera idraulico elettricista
muratore perawat bidan dosen dokter apoteker pegawai karyawan pengrajin desainer sopir petani nelayan
estagiário estagiária enfermeiro enfermeira enfermero enfermera ferretero ferretera kinesiólogo kinesióloga
regente avocate spedytor specjalistka luthier gestor gestora pizzaiolo pizzaiola oficial""".split())
# Relations every workplace has, not titles, in the sets' reading ("My jefa, Marcela"; "my
# promotor", a Dutch doctoral supervisor); a title only as the head of a longer one ("jefe de
# enfermería").
_FOREIGN_RELATIONS = frozenset("jefe jefa promotor promotora".split())
_FOREIGN_ENDING = re.compile(r"(?:ero|era|ista|euta|ysta|ador|adora|eiro|eira|ario|aria|ologo|ologa|eur|euse|rice|iste|aire|"
                             r"arz|arka|nik|nica|erin|orin|istin|ante|ente|ienne|tore|aio|aia|ciu|ci|cu|ıcı|leiter|meister|"
                             r"techniker|arbeiter|helfer|pfleger|berater|kaufmann|händler|ingenieur|lærer|fører|ekspert|"
                             r"asistent|referent|sekretær|tekniker|mekaniker|montør|ingeniør|arbejder|assistent|"
                             r"johtaja|opettaja|hoitaja|sihteeri|asiantuntija|teknikko|koordinatör|uzmanı|müdürü|"
                             r"memuru|görevlisi|şefi|ustası|operátor|technik|pracownik|kierownik|specjalista)$")
_GENDERED = (("es", (("o", "a"), ("or", "ora"))), ("pt", (("o", "a"), ("or", "ora"))),
             ("fr", (("teur", "trice"), ("eur", "euse"), ("ier", "ière"), ("ien", "ienne"), ("ant", "ante"),
                     ("ent", "ente"), ("é", "ée"), ("er", "ère"), ("at", "ate"))),
             ("de", (("er", "erin"), ("or", "orin"), ("ist", "istin"), ("oge", "ogin"))),
             ("da", (("er", "erin"),)), ("pl", (("ista", "istka"), ("arz", "arka"))))


@lru_cache(maxsize=1)
def foreign_occupations() -> frozenset[str]:
    """Head words of job titles in other languages, with their feminine forms. No English
    word and no known name is one, so "acar" (a surname) and "general" stay what they are."""
    import importlib

    from anonymize.names import first_names, last_names
    from anonymize.vocab import common_words

    words: set[str] = set(_FOREIGN_EXTRA)
    for locales, index in ((_HEAD_FIRST_LOCALES, 0), (_HEAD_LAST_LOCALES, -1)):
        for locale in locales:
            endings = dict(_GENDERED).get(locale[:2], ())
            for job in importlib.import_module(f"faker.providers.job.{locale}").Provider.jobs:
                title = re.sub(r"\*in\b|\(.*?\)|/.*$", "", job).split(",")[0].split()
                if not title:
                    continue
                word = title[index].casefold()
                words.add(word)
                words.update(word[:-len(a)] + b for a, b in endings if word.endswith(a))
    common = common_words()
    # An English noun in a foreign list ("contact", "brand", "monitor") is no title here: a word
    # in plain ASCII counts only with an ending English job words do not have.
    return _FOREIGN_EXTRA | frozenset(w for w in words if w.isalpha() and len(w) >= 5 and w not in common
                                      and (not w.isascii() or _FOREIGN_ENDING.search(w) and len(w) >= 6)
                                      and name_key(w) not in first_names() and name_key(w) not in last_names()
                                      and w not in _FOREIGN_RELATIONS)


class OccupationWords(frozenset):
    """The occupation words, where a word also counts by its ending ("anaesthesiologist"), as a
    plural, by its last hyphenated part ("editor-in-chief", "sous-chef") or as a compound ending
    in a longer occupation ("winegrower", "beekeeper")."""

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        has = frozenset.__contains__
        if has(self, word) or word.endswith("s") and has(self, word[:-1]) or _OCCUPATION_SUFFIX.search(word) \
                or word in foreign_occupations():
            return True
        if "-" in word and len(tail := word.rsplit("-", 1)[1]) > 2:
            # ("co-author", "vice-principal", "ex-teacher": a relation or a past, not a title)
            return word.split("-", 1)[0] not in _PREFIXES and has(self, tail)
        return any(has(self, word[i:]) for i in range(3, len(word) - 4))


@lru_cache(maxsize=1)
def occupation_heads() -> frozenset[str]:
    """Last words of Faker's job titles plus common occupations Faker lacks."""
    from faker.providers.job.en_US import Provider as Jobs

    heads = {j.split(",")[0].split("(")[0].strip().split()[-1].casefold() for j in Jobs.jobs}
    heads = {h for h in heads if h.isalpha() and h not in ("person", "boy", "make", "land", "sub", "copy",
                                                         "crew", "staff", "visitor")}
    return OccupationWords(frozenset(heads) | _EXTRA_OCCUPATIONS)


# A title that names its department after "of": "head of brand", "director of operations".
_OF_HEADS = frozenset("head director chief manager vp lead officer dean superintendent professor commissioner".split())
_OF_DEPARTMENT = re.compile(r"[ \t]+of[ \t]+(?!(?:the|a|an|my|our|his|her|their|this|that|them|it|us|all|course)\b)"
                            r"[A-Za-z&-]+(?:[ \t]+(?:and|&)[ \t]+[A-Za-z-]+|"
                            # ("head of information systems", "superintendent of mine planning")
                            r"[ \t]+(?!(?:for|at|in|with|by|from|on|and|or|the|of|to|until|since|when|who|which|that|"
                            r"is|was|has|had|says|said|told|asked|uses|wants|thinks|does|did|will|would|can|could)\b)"
                            r"[a-z][a-z-]*(?<!ed)\b)?")


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
            words = list(re.finditer(rf"{GRADE_TOKEN}|[A-Z]{{2,4}}\b|{_DEGREE}\b|[A-Z][a-z]{{3,}}\b|[a-z][a-zà-öø-ÿ-]*(?:['’]s)?", m.group("value")))
            kept = []
            for i, w in enumerate(words):
                if w.group() in _OCCUPATION_STOP and not (
                        w.group() == "and" and 0 < i and i + 1 < len(words) and any(
                            x.group() in heads for x in words[i + 1:i + 3])):
                    break  # ("a grain and sheep farmer", "monitoring and evaluation officer" go on)
                kept.append(w)
            said = list(kept)
            while kept and not m.group("worked") and not m.group("post") and kept[-1].group() not in heads:
                kept.pop()
            if len(said) > 2 and said[1].group() in _ROMANCE_LINKS and len(kept) <= 1 \
                    and (said[0].group() in foreign_occupations() or said[0].group() in _FOREIGN_RELATIONS):
                kept = said  # "jefe de enfermería", "maestra de primaria": the head comes first
            # "rose to head of distribution": one word that names its department
            head_of = len(kept) == 1 and kept[0].group().casefold() in _OF_HEADS \
                and _OF_DEPARTMENT.match(text, m.start("value") + kept[0].end()) is not None
            if m.group("self2") is not None and len(kept) < 2 and not (
                    kept and (kept[0].group() in _EXTRA_OCCUPATIONS or head_of)):
                continue  # ("I started as cashier when I was 18": one listed word will do)
            # "I'm a physiotherapist and I own ...": one's own occupation, even one word (not an
            # appositive "Royds Rdw, solicitors in London").
            one_word_self = len(kept) == 1 and (
                m.group("self") is not None and (not m.group("self").endswith(",")
                                                 or m.group("self")[0].isdigit())
                or m.group("self2") is not None) and (kept[0].group() not in _NOT_OWN_JOB or head_of)
            if not kept or (m.group("self") or m.group("self2")) is not None and (
                    len(kept) < 2 and not one_word_self or kept[0].group() in _GENERIC_FIRST
                    and not (kept[0].group() in _OWN_GENERIC_FIRST and not _NAMED_APPOSITION.match(m.group(0)))
                    or not _SELF_TITLE_END.match(m.group("value"), kept[-1].end())):
                continue  # "I'm a big fan", "Ana, the team lead"
            if len(kept) > 1 and kept[0].group() in _DETERMINERS_OWNED:
                kept.pop(0)  # "Nando, my sous-chef", "Lerato, she's our training coordinator": the title only
                if len(kept) == 1 and kept[0].group() in _WORKPLACE_RELATIONS:
                    continue  # "Andrés, my supervisor": a relation every workplace has
            start = m.start("value") + kept[0].start()
            end = m.start("value") + kept[-1].end()
            if kept[-1].group().casefold() in _OF_HEADS and (dept := _OF_DEPARTMENT.match(text, end)) is not None:
                end = dept.end()  # "she's head of brand", "the director of operations"
            out.append(_result("OCCUPATION", start, end, 0.6, self))
            pos = end
            if m.group("self2") is not None and m.group("self2")[-4:].casefold() == "from" \
                    and (step := _CAREER_STEP_TO.match(text, end)) is not None:
                words = step.group("v").split()
                while words and words[-1].casefold() not in heads:
                    words.pop()
                if words and (len(words) > 1 or words[0] in _EXTRA_OCCUPATIONS):
                    s2 = step.start("v")
                    e2 = s2 + len(" ".join(words))
                    if words[-1].casefold() in _OF_HEADS and (dept := _OF_DEPARTMENT.match(text, e2)) is not None:
                        e2 = dept.end()
                    out.append(_result("OCCUPATION", s2, e2, 0.6, self))  # "... to regional director of Eastern Cape"
                    pos = e2
            # "I'm a sparky, an electrician", "a coffee grower — caficultor — in Pitalito": the
            # same title said again, glossed in another word or language.
            if (gloss := _GLOSS_AFTER.match(text, end)) is not None:
                dashed = gloss.group("dash") is not None
                if dashed or gloss.group("g").split()[-1] in heads:
                    out.append(_result("OCCUPATION", *gloss.span("g2" if dashed else "g"), 0.6, self))
        for m in _TITLE_NAMED.finditer(text):
            # "a Java developer named Arjun Pillai", "a photographer called J.J.": someone's title
            group = "value" if m.group("value") else "value2"
            if m.group(group).split()[-1] in heads and m.group(group).split()[0] not in _OCCUPATION_STOP:
                out.append(_result("OCCUPATION", *m.span(group), 0.6, self))
        english, common = _english_words(nlp_artifacts), common_words()
        for m in _BRACKET_GLOSSED.finditer(text) if english else ():
            gloss = m.group("g").split()
            if gloss[-1] not in heads and not (len(gloss) == 1 and gloss[0] in _GLOSS_ABBR):
                continue
            words = list(re.finditer(r"\S+", m.group("f")))
            # (from the first word no English vocabulary has: "our encarregado de dados" -> "encarregado de dados")
            while words and (words[0].group().casefold() in english or words[0].group() in _ROMANCE_LINKS
                             or words[0].group().casefold() in _OCCUPATION_STOP or words[0].group().casefold() in common):
                words.pop(0)
            # (mostly words of another language: not "the rehab doctor (physiatrist)")
            content = [w.group().casefold() for w in words if w.group() not in _ROMANCE_LINKS]
            if words and words[-1].group().casefold() not in _OCCUPATION_STOP \
                    and 2 * sum(w in english or w in common for w in content) < len(content):
                out.append(_result("OCCUPATION", m.start("f") + words[0].start(), m.start("f") + words[-1].end(), 0.6, self))
                out.append(_result("OCCUPATION", *m.span("g"), 0.6, self))
        for m in _GLOSSED_OWN.finditer(text):
            # "I am conseillère, so an advisor", "I'm a contadora pública, a public accountant":
            # a title in the speaker's language, glossed in English.
            if m.group("g").split()[-1] in heads and m.group("f").split()[-1] not in _OCCUPATION_STOP:
                out.append(_result("OCCUPATION", *m.span("f"), 0.6, self))
                out.append(_result("OCCUPATION", *m.span("g"), 0.6, self))
        return out
