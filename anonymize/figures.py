"""Public figures a transcript itself discusses as such: "Wes Streeting keeps going on the
telly about AI", "i read Simon Willison's blog", "the mayor Phil Mauger", "a Patrick Collison
interview", and the names in the answer to "Any public figures you follow?".

No list can hold every regional politician, presenter or athlete, and the NER model reads
them as people. A full name said in a public figure's place joins this transcript's
allow-list, like the tools of ``products.py``. It never does when the transcript also ties
the name to the participant's own circle ("my colleague Sarah Chen", "I'm Sarah Chen", her
first name alone): a leaked colleague costs more than a masked minister.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A full name: two to four capitalized words ("Catherine Cortez Masto", "Trịnh Công Sơn").
_FULL = r"[A-Z][^\W\d_]+(?:-[^\W\d_]+|['’][A-Z][^\W\d_]+)?"
_NAME = rf"(?P<name>{_FULL}(?:[ \t]+(?:(?:bin|van|de|da|al|von|der|del)[ \t]+)?{_FULL}){{1,3}})"
_MEDIA = (r"(?:news|radio|telly|tv|TV|television|the[ \t]+telly|a[ \t]+podcast|podcasts?|some[ \t]+panel|"
          r"a[ \t]+panel|stage|youtube|YouTube|twitter|Twitter|X|linkedin|LinkedIn|tiktok|TikTok|instagram|"
          r"Instagram|breakfast[ \t]+tv|the[ \t]+news|the[ \t]+radio|a[ \t]+show|some[ \t]+show)")
_WORKS = (r"(?:book|books|blog|newsletter|podcast|show|shareholder[ \t]+letter|letters?|keynote|talk|talks|"
          r"interview|interviews|tweets?|posts?|videos?|channel|column|novels?|songs?|music|album|speech|"
          r"memoir|substack|Substack|courses?|TED[ \t]+talk|lectures?|press[ \t]+conference|documentary|"
          r"essays?|papers?|research|films?|movies?|poems?|poetry|speeches|masterclass|stand-?up|references|"
          r"memes|quotes|fans?|concerts?|tour)")
_OFFICE = (r"(?i:mayor|premier|prime[ \t]+minister|minister|senator|governor|president|chancellor|"
           r"(?:health|education|home|foreign)[ \t]+secretary|secretary[ \t]+of[ \t]+state|MP|MEP|"
           r"congress(?:wo)?man|congressman|taoiseach|tánaiste|first[ \t]+minister|commissioner|"
           r"chief[ \t]+minister|opposition[ \t]+leader|senadora?|presidente|ministra?)")
# Offices of government whose holder, named after a comma, is public ("the health minister, ...").
_GOV_OFFICE = r"prime[ \t]+minister|premier|senator|MP|mayor|secretary[ \t]+of[ \t]+state"
_MINISTRY = (r"health|education|school|schools|finance|digital|interior|justice|foreign|labou?r|trade|science|"
             r"culture|agriculture|transport|environment|home|defen[cs]e|economy|ict|it")
_CUES = [
    # "politicians like Catherine Cortez Masto", "people like Yann LeCun"
    # ("people like Clive Stephens", "guys like ..." name clients as often as celebrities: not a cue)
    re.compile(rf"(?i:\b(?:politicians?|figures|leaders|authors?|writers?|celebrities|influencers|"
               rf"founders|scientists|researchers|athletes|players)[ \t]+(?:like|such[ \t]+as))"
               rf"[ \t]+{_NAME}"),
    # "i follow Barbara Corcoran", "reading Ama Ata Aidoo", "I listen to Trịnh Công Sơn"
    re.compile(rf"(?i:\b(?:follow|follows|followed|following|reading|read|listen[ \t]+to|listening[ \t]+to|"
               rf"listened[ \t]+to|watch|watching|watched|admire|admires|quote|quoting|quoted))[ \t]+{_NAME}"),
    # "I saw Matt Preston on some panel", "saw Vice Ganda joking about AI on TV"
    re.compile(rf"(?i:\b(?:saw|seen|see|heard|hear))[ \t]+{_NAME}[ \t]+(?:\S+[ \t]+){{0,5}}?"
               rf"(?i:on|in)[ \t]+{_MEDIA}\b"),
    # "the mayor Phil Mauger", "Premier Doug Ford" (but not "our CEO Noel Magee")
    re.compile(rf"(?<!\bmy[ \t])(?<!\bour[ \t])(?<!\bMy[ \t])(?<!\bOur[ \t])\b{_OFFICE}[ \t]+{_NAME}"),
    # "The school minister, Lotta Edholm, talked about", "the DOH secretary Ted Herbosa", "The CS
    # Julius Ogamba": a government office (not "the president, Ana Ruiz" of a club, nor "our ...").
    re.compile(rf"(?<!\bmy[ \t])(?<!\bour[ \t])(?<!\bMy[ \t])(?<!\bOur[ \t])\b(?i:the)[ \t]+"
               rf"(?:(?i:{_MINISTRY})[ \t]+(?i:minister|ministra)|(?i:{_GOV_OFFICE})),[ \t]+{_NAME}"),
    re.compile(rf"\b(?i:the)[ \t]+(?:(?:(?:DOH|DepEd|DICT|DOLE|DSWD|DILG|DOJ|DTI|(?i:cabinet))[ \t]+(?i:secretary)),?|CS)[ \t]+{_NAME}"),
    # "the doctor on tv, Drauzio Varella": known from the media
    re.compile(rf"\b(?i:the)[ \t]+(?:[a-z]+[ \t]+)?(?:doctor|chef|presenter|host|anchor|newsreader|reporter|journalist|preacher|economist|lawyer|nutritionist|psychologist)[ \t]+on[ \t]+(?i:tv|television|the[ \t]+telly|"
               rf"the[ \t]+radio|radio|youtube|tiktok|the[ \t]+news),?[ \t]+{_NAME}"),
    # "a Patrick Collison interview", "a Clara Brugada press conference"
    re.compile(rf"\b(?i:a|an|the|that|this)[ \t]+{_NAME}[ \t]+{_WORKS}\b"),
    # "Simon Willison's blog", "Adam Kay's books", "Jamie Dimon's shareholder letter"
    re.compile(rf"{_NAME}['’]s[ \t]+(?:(?:new|latest|last|first|recent|old|famous|annual|big)[ \t]+)?{_WORKS}\b"),
    # "Kunal Shah on twitter", "Andrew Ng courses", "a podcast that had Richard Susskind on"
    re.compile(rf"{_NAME}[ \t]+(?:on[ \t]+(?i:twitter|x|linkedin|youtube|tiktok|instagram|substack)\b|"
               rf"(?:courses|videos|podcasts|books|novels)\b)"),
    re.compile(rf"(?i:\bpodcast|\bshow|\binterview)[ \t]+(?:that|which|with)?[ \t]*(?:had|with|featuring)[ \t]+{_NAME}"),
    # "Stephen Donnelly was on the radio", "Wes Streeting keeps going on the telly", "Kim
    # Reynolds talks about efficiency", "Bridget Phillipson has been quite positive about AI"
    re.compile(rf"{_NAME}[ \t]+(?:(?:was|is|has[ \t]+been|were|went|goes|came)[ \t]+on[ \t]+{_MEDIA}\b|"
               r"(?:keeps|kept|keep)[ \t]+(?:saying|going[ \t]+on|talking|banging[ \t]+on|posting|tweeting|"
               r"pushing|promising)|"
               r"(?:talks|talked|talking|speaks|spoke|speaking|tweeted|tweets|posted|posts|wrote|writes|"
               r"used[ \t]+to[ \t]+talk)"
               r"[ \t]+(?:about|that|on)\b|"
               r"(?:has|have|had)[ \t]+been[ \t]+(?:(?:quite|very|really|pretty|so)[ \t]+)?"
               r"(?:positive|vocal|critical|negative|bullish|sceptical|skeptical|loud|outspoken|clear)[ \t]+"
               r"(?:about|on)\b|"
               r"(?:and|&)[ \t]+the[ \t]+(?:province|government|state|council|ministry|party|cabinet))"),
]
_CUES += [
    # "a poem in the style of Robert Burns", "the famous artist Kim Jung Gi", "the late Frans Lanting"
    re.compile(rf"(?i:\bin[ \t]+the[ \t]+(?:style|manner|spirit|voice)[ \t]+of|\bà[ \t]+la|\bdisciple[ \t]+of|"
               # (not "my colleague, the famous designer Maria Lopez": an apposition to one's own)
               rf"(?<!,[ \t])\bthe[ \t]+(?:famous|late|legendary|renowned|celebrated|well-known|world-famous)"
               rf"(?:[ \t]+(?-i:[a-z]+)){{0,2}})[ \t]+{_NAME}"),
    # "Ian Rankin said in an interview that", "I'm not Sally Rooney, my advances aren't huge"
    re.compile(rf"{_NAME}[ \t]+(?:said|says|argued|argues|claimed|claims|wrote|admitted)[ \t]+in[ \t]+(?:an?|his|her|their|the)"
               rf"[ \t]+(?:interview|podcast|talk|keynote|speech|book|essay|article|documentary|column|op-ed)\b"),
    re.compile(rf"\b(?:I['’]m|I[ \t]+am)[ \t]+(?:not|no)[ \t]+{_NAME}\b"),
    # "a Bill Evans trio recording", "a Basquiat painting"
    re.compile(rf"\b(?i:a|an|the|that|this)[ \t]+{_NAME}[ \t]+(?:trio|quartet|quintet|band|orchestra)?[ \t]*"
               rf"(?:recordings?|records?|paintings?|photographs?|portraits?|sculptures?|compositions?|symphon(?:y|ies)|"
               rf"solos?|riffs?|chords?|style|biography|biopic)\b"),
]
# What the famous are called by: "the writer Yásnaya Aguilar", "Quang Hải, the football player".
_FIGURE_NOUN = (r"(?:writer|poet|author|novelist|composer|painter|artist|sculptor|architect|conquistador|philosopher|"
                r"scientist|physicist|footballer|football[ \t]+player|cricketer|swimmer|athlete|boxer|singer|rapper|"
                r"musician|actor|actress|comedian|historian|economist|activist|broadcaster|explorer|emperor|"
                r"national[ \t]+hero|former[ \t]+(?:president|prime[ \t]+minister|minister|chancellor))")
_CUES += [
    # "The writer Yásnaya Aguilar says", "the conquistador Pedro de Valdivia" (not "my colleague,
    # the writer Ana Ruiz", not "our poet ..."): a figure's noun, then the name.
    re.compile(rf"(?<!\bmy[ \t])(?<!\bour[ \t])(?<!,[ \t])\b(?i:the)[ \t]+(?:(?i:famous|great|late|"
               rf"legendary|well-known)[ \t]+)?(?i:{_FIGURE_NOUN})[ \t]+{_NAME}"),
    # "Quang Hải, the football player, ...", "Gus Dur, Abdurrahman Wahid, the former president"
    re.compile(rf"{_NAME},[ \t]+(?i:the|a)[ \t]+(?:(?i:famous|great|late|legendary|well-known)[ \t]+)?"
               rf"(?i:{_FIGURE_NOUN})\b"),
    # "It's named after Horatio Nelson", "named after the conquistador Pedro de Valdivia"
    re.compile(rf"\b(?i:named[ \t]+(?:after|for))[ \t]+(?:(?i:the)[ \t]+(?:[a-z]+[ \t]+){{0,2}})?{_NAME}"),
    # "I was inspired there by Sunita Narain", "People here trust Drauzio Varella on television"
    re.compile(rf"(?i:\binspired[ \t]+(?:\w+[ \t]+)?by)[ \t]+{_NAME}"),
    re.compile(rf"(?i:\btrusts?)[ \t]+{_NAME}[ \t]+(?i:on|in)[ \t]+{_MEDIA}\b"),
]
# Titles that say the speaker knows the person quoted ("Coach Mike Brennan once said"): none may
# start the name or stand right before it (a look-behind per title, each of fixed width).
_QUOTED_TITLES = ("Coach", "Dr", "Dr.", "Doctor", "Mr", "Mrs", "Ms", "Nurse", "Pastor", "Professor", "Prof", "Teacher",
                  "Sir", "Dame", "Father", "Sister", "Uncle", "Aunt", "Auntie", "Madam", "Chief")
_NOT_AFTER_TITLE = "".join(rf"(?<!{re.escape(t)}[ \t])" for t in _QUOTED_TITLES)
_CUES += [
    # A famous line: "Rahmi Koç once said you must always be a student" (not after a title, "Coach
    # Mike Brennan once said", nor said to the speaker: "Joseph Mwangi once said to me"; a quote
    # with "like"/"as"/"what" is as often a colleague's: "Like Carmen Ortiz says, document everything").
    re.compile(rf"{_NOT_AFTER_TITLE}\b(?!(?:{'|'.join(map(re.escape, _QUOTED_TITLES))})\b){_NAME}[ \t]+once[ \t]+(?:said|wrote|put[ \t]+it)\b"
               rf"(?![^.!?\n]{{0,60}}\b(?i:to[ \t]+me|to[ \t]+us|my|our|us|me|we|in[ \t]+the[ \t]+(?:meeting|huddle)|in[ \t]+my)\b)"),
    # A named work: "Joshua Oppenheimer made The Act of Killing", "Oesterheld wrote El Eternauta"
    re.compile(rf"{_NAME}[ \t]+(?:made|wrote|directed|painted|composed|drew|filmed|shot)[ \t]+"
               rf"(?-i:The|El|La|Le|Les|Il|Der|Die|Das|Los|Las|O|A)[ \t]+[A-Z]"),
]
# A head of government named by the surname alone with the government itself: "also Meloni
# government talks about digital identity", "the Sánchez cabinet". (Not "the Hargreaves regime",
# "the Okafor administration" of a school or a firm, "the president Okonkwo" of a cooperative,
# "cuts from Whitfield", "a deepfake audio of Mensah" of a company's owner: a private person's
# surname leaks if kept, so only a government or cabinet is cue enough.)
_ONE = r"(?P<one>[A-Z][^\W\d_]{2,}(?:-[A-Z][^\W\d_]+)?)"
# ("a Marxist-Leninist regime", "the Soviet government", "the Islamic regime": no surname)
_ADJECTIVE_ENDING = re.compile(r"(?:ist|ists|ian|ic|ese|ish|ern)$")
_SINGLE_CUES = [
    re.compile(rf"\b{_ONE}(?:['’]s)?[ \t]+(?:government|cabinet)\b"),
]
# Cues after which every name of a list is a figure's: what one grew up on ("I grew up looking at
# Syd Mead and Moebius"), a style copied ("a blurry mix of Quentin Blake, Beatrix Potter and ...").
_LIST_CUES = [
    re.compile(rf"(?i:\bgrew[ \t]+up[ \t]+(?:looking[ \t]+at|reading|watching|listening[ \t]+to))[ \t]+{_NAME}"),
    # (a style: not "my team is a mix of Kwame Asante, Abena Owusu", "a mix of Port Harcourt and Abuja")
    re.compile(rf"(?i:\b(?:style|styles|sound|sounds|look|looks|drawings?|paintings?|pictures?|images?|illustrations?|"
               rf"art|books?|music|voice|influences?)\b[^.!?\n]{{0,30}}?\b(?:mix|blend|mash-?up|knock-?off|imitation|"
               rf"rip-?off|pastiche)[ \t]+of)[ \t]+{_NAME}"),
]
_LISTED = re.compile(rf"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_NAME}")
# The interviewer asking about public figures: the names in the answer are theirs.
_ASKED = re.compile(r"(?im)^[ \t]*(?:AI|Interviewer)[ \t]*:[^\n]*\b(?:public[ \t]+figures?|thought[ \t]+leaders?|"
                    r"influencers?|celebrit(?:y|ies)|politicians?|anyone[ \t]+(?:you[ \t]+)?follow|"
                    r"(?:people|voices|figures)[ \t]+(?:you[ \t]+)?(?:follow|listen[ \t]+to|admire|read))\b[^\n]*\n+"
                    r"[ \t]*(?:User|Participant)[ \t]*:(?P<answer>[^\n]*)")
_IN_ANSWER = re.compile(_NAME)
# Words that start a capitalized run but are no name ("Also Sam Altman", "Yes Minister").
_NOT_FIRST = frozenset("""I The A An And But Or So Also Yes No Oh Well Ok Okay Honestly Maybe Then Now
Mostly Definitely Probably Obviously Sure Like Just Only Even Still Actually Dr Mr Mrs Ms Prof Sir""".split())


def correspondent(text: str, name: str) -> bool:
    """The name is in a pasted email header ("From: Tunde Bakare <...>") or its surname in an
    email address of this transcript ("tunde.bakare@brightpathgirls.org"): someone the
    participant writes to, whatever a list of public figures says."""
    headers, addresses = _correspondence(text)
    esc = r"[ \t]+".join(re.escape(w) for w in name.split())
    if headers and re.search(rf"\b{esc}\b", headers):
        return True
    last = name.split()[-1]
    return len(last) >= 4 and last.casefold() in addresses


@lru_cache(maxsize=4)
def _correspondence(text: str) -> tuple[str, str]:
    """The transcript's email header lines, and the letters of its email addresses."""
    headers = "\n".join(re.findall(r"(?im)^[ \t]*(?:from|to|cc|bcc|reply-to)[ \t]*:[^\n]*", text))
    addresses = re.sub(r"[^a-z]", "", " ".join(re.findall(r"\S+@\S+", text.casefold()))) if "@" in text else ""
    return headers, addresses


_SPEAKS = (r"(?:says|said|thinks|thought|reckons|believes|quotes|quoted|loves|hates|likes|follows|admires|"
           r"watches|reads|listens|mentioned|mentions|told|tells|jokes|claims)")


_NOT_BETWEEN = r"(?:to|for|from|with|at|by|of|about|and|or|like|than|as|is|was|are|were|on|in|into|against|what|how|why)"


_WORK_RELATIONS = (r"leader|lead|manager|boss|supervisor|colleague|co-?worker|director|head|teammate|mentor|"
                   r"assistant|deputy|intern|partner|client|customer|landlord|landlady|editor|producer|PD|agent")


def _names_a_person(rest: str) -> bool:
    """The words after "my"/"our" name someone: a relation or an occupation within three words."""
    from anonymize.recognizers.people import occupation_heads
    from anonymize.vocab import KIN_WORDS

    heads = occupation_heads()
    for word in re.findall(r"[\w-]+", rest.casefold())[:3]:
        if word in heads or re.fullmatch(rf"{KIN_WORDS}|{_WORK_RELATIONS.lower()}|friends?|neighbou?rs?|"
                                         r"colleagues|team(?:mates?)?|staff|people|guys?|lady|man|woman|folks", word):
            return True
    return False


def own_circle(text: str, name: str, first_alone: bool = True) -> bool:
    """The transcript ties the name to the participant: a relation or self cue before it,
    or (``first_alone``) its first name used alone."""
    esc = r"[ \t]+".join(re.escape(w) for w in name.split())
    # ("My uncle says Elon Musk will ...": the uncle speaks of the figure, no tie.)
    # ("sell his knee to Elon Musk": a preposition or verb between, no tie either.)
    if re.search(rf"(?i:\b(?:my|our|his|her|their|your)[ \t]+(?!{_OFFICE}\b)(?:(?!{_SPEAKS}\b|{_NOT_BETWEEN}\b)[\w-]+[ \t]+){{0,3}}|"
                 rf"\b(?:I['’]?m|I[ \t]+am|im|name[ \t]+is|this[ \t]+is|call[ \t]+me|named|called|"
                 rf"colleague|coworker|co-worker|manager|boss|friend|client|patient|neighbou?r)[ \t]+){esc}\b",
                 text):
        return True
    # "Carmen Ortiz is our compliance officer", "I worked under Ignacio Ferreyra", "Ruth Okafor ...,
    # she was my consultant then": a tie said after the name.
    # (Not "Shohei Ohtani is also my hero", "the government under Mark Rutte".)
    if re.search(rf"\b{esc}(?:['’]s)?,?[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been)[ \t]+(?:(?:still|also|then|now|actually|really)[ \t]+)?(?i:my|our)\b"
                 rf"(?![ \t]+(?:(?:\w+[ \t]+)?(?:hero|heroes|idol|favou?rite|inspiration|role[ \t]+model|icon|god|queen|king)))|"
                 rf"(?i:\b(?:(?:worked|working|trained|training|served|apprenticed|studied)[ \t]+under|worked[ \t]+for|working[ \t]+for|"
                 rf"work[ \t]+for|reported[ \t]+to|report[ \t]+to))[ \t]+{esc}\b|"
                 rf"\b{esc}\b[^.!?\n]{{0,80}}[.,;][ \t]+(?i:(?:he|she)(?:['’]s|[ \t]+is|[ \t]+was|[ \t]+has[ \t]+been)[ \t]+"
                 rf"(?:(?:still|also|then|now)[ \t]+)?(?:my|our))\b", text):
        return True
    # "My team leader, Kim Min-seok, says": a workplace relation set off by a comma; "My first boss
    # at Aer Lingus was Mary Robinson — not the President".
    if re.search(rf"(?i:\b(?:my|our)[ \t]+(?:[\w-]+[ \t]+){{0,2}}(?:{_WORK_RELATIONS})"
                 rf"(?:[ \t]+(?:at|from|in|on)[ \t]+(?:the[ \t]+)?[\w-]+(?:[ \t]+(?-i:[A-Z])[\w-]+)?)?"
                 rf"(?:,|[ \t]+(?:was|is))[ \t]+){esc}\b", text):
        return True
    for m in re.finditer(rf"\b{esc},?[ \t]+(?P<cue>(?i:my|our|one[ \t]+of[ \t]+(?:my|our)|who[ \t]+(?:works|is[ \t]+(?:my|our|on|in))|"
                         rf"(?:from|of)[ \t]+(?:my|our)|from[ \t]+the[ \t]+office))\b(?P<rest>[^\n.,;!?]{{0,40}})", text):
        # ("I'm not Sally Rooney, my advances aren't huge": "my" then no person)
        if m.group("cue").casefold() not in ("my", "our") or _names_a_person(m.group("rest")):
            return True
    if correspondent(text, name):
        return True
    first = name.split()[0]
    if not first_alone:
        return False
    # The first name alone elsewhere ("Dale" after "Dale Pruitt"): how people speak of
    # someone they know, not of a minister.
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(first)}(?![\w'’-])", text):
        if not text.startswith(name.split()[1], m.end() + 1) and not re.match(r"[ \t]+[A-Z]", text[m.end():]):
            return True
    return False


_STREET_OR_FARM = re.compile(r"\b(?:Street|St|Road|Rd|Lane|Avenue|Ave|Drive|Close|Way|Farm|Estate|Rua|Calle|Avenida|"
                             r"Strasse|Straße|Hill|Park)$")


def _place_or_street(name: str) -> bool:
    """A town, a street or a farm is no public figure ("grew up ... Sunnyside Road")."""
    from anonymize.products import _place

    return _place(name) or _STREET_OR_FARM.search(name) is not None


def public_figures(text: str, allow: frozenset[str] = frozenset()) -> frozenset[str]:
    """Full names this transcript discusses as public figures (see the module docstring)."""
    found: set[str] = set()
    for regex in _CUES:
        for m in regex.finditer(text):
            found.add(m.group("name"))
    for regex in _LIST_CUES:
        for m in regex.finditer(text):
            found.add(m.group("name"))
            end = m.end("name")
            while (more := _LISTED.match(text, end)) is not None:
                found.add(more.group("name"))
                end = more.end()
    for m in _ASKED.finditer(text):
        for n in _IN_ANSWER.finditer(m.group("answer")):
            found.add(n.group("name"))
    out = set()
    for name in found:
        words = name.split()
        while words and words[0] in _NOT_FIRST:
            words = words[1:]
        if len(words) < 2:
            continue
        name = " ".join(words)
        if name not in allow and not own_circle(text, name) and not _place_or_street(name):
            out.add(name)
    return frozenset(out | _single_names(text, allow))


def _single_names(text: str, allow: frozenset[str]) -> set[str]:
    """Surnames alone after a public role (``_SINGLE_CUES``): no first name, place, country or
    common word, and nothing in the transcript ties them to the participant."""
    from anonymize.names import first_names, name_key
    from anonymize.vocab import common_words, is_country_like

    out = set()
    for regex in _SINGLE_CUES:
        for m in regex.finditer(text):
            one = m.group("one")
            if one in allow or one in _NOT_FIRST or name_key(one) in first_names() or one.casefold() in common_words() \
                    or _ADJECTIVE_ENDING.search(one) \
                    or is_country_like(one.casefold()) or _place_or_street(one) or own_circle(text, one, first_alone=False):
                continue
            out.add(one)
    return out
