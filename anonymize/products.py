"""Names a transcript itself says are tools: "our case management system is Clio", "we
piloted Draft One", "Audit files live in CaseWare", "Midjourney and Veras".

No allow-list can know every niche product (practice software, farm apps, AI scribes), and
the NER model reads them as people or organisations. A name said in a tool's place is
added to the allow-list for that transcript only, so all its mentions survive; a strong
person cue ("my colleague Claude") still wins, as for the policy's list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anonymize.names import HONORIFICS
from anonymize.vocab import BUSINESS_NOUNS, CALENDAR_WORDS

# One or two capitalized words, CamelCase and dotted forms included ("Evidence.com", "MYOB",
# "eScribe", "iFood").
_NAME = r"(?P<name>(?:[A-Z]|[a-z](?=[A-Z]))[\w+]*(?:\.[a-z]{2,4})?(?:[ \t][A-Z][\w+]*){0,2})"
# Systems named by their kind's abbreviation: "Our RMS is Duetto", "the PMS is Mews", "a POS
# called Qashier".
_SYSTEM_ABBR = r"CRM|ERP|LMS|PMS|RMS|POS|EMR|EHR|HRIS|HRMS|HCM|ATS|CMS|DMS|TMS|WMS|MIS|EPOS|MRP|SIS|VLE"
TOOL_NOUN = (rf"(?:system|software|tool|platform|app|application|program|programme|package|{_SYSTEM_ABBR}|"
              r"bot|chatbot|assistant|scribe|plugin|plug-in|extension|add-on|model|engine|service|suite|thing|feature|"
              r"channel\s+manager|something)")
# Kinds said right before the name, without "is": "the modelling software, Leapfrog", "freight
# exchanges Trans.eu and Timocom". (Not "assistant", which may be a person.)
_KIND_BEFORE = (rf"(?:software|app|platform|tool|scribe|chatbot|exchanges?|portals?|marketplaces?|(?:planning|booking|management|"
                r"scheduling|practice|payroll|accounting|ticketing|records?)[ \t]+system|{_SYSTEM_ABBR})")
# Words that follow a product's name and make it a tool: "a Genesys system", "our Square till",
# "the iTax portal".
_KIND_AFTER = r"(?:system|platform|portal|till|software|app|dashboard|integration)"
_USE_VERB = (r"(?:use|uses|using|used|tried|try|trying|trial(?:l)?ing|trial(?:l)?ed|pilot(?:ed|ing|s)?|"
             r"tested|testing|adopted|adopting|bought|licensed|switched\s+to|moved\s+over\s+to|rolled\s+out|"
             r"run\s+(?:it|them|this|that|everything)\s+through|paste\s+(?:it|them)\s+into|"
             r"script\s+in|draft\s+in|(?:trial|pilot|demo|rollout)\s+of|licen[cs]es?\s+for)")
_RECORDS = (r"(?:records?|files?|data|notes?|time\s+entries|reservations|bookings|everything|documents|docs|invoices|"
            r"timesheets|tickets|cases|reports|contact|rosters?|schedules?|drawings|models|accounts|"
            r"payroll|orders|entry|entries|summary|summaries|output|drafts|updates|messages|posts|"
            r"notifications|alerts|logs|filings|prescriptions|agendas|referrals|claims|payments|requests|"
            r"approvals|applications|submissions|returns|stuff|drawings|plots|sims|renders|ledgers|statements)")
# A business said just before "it's called": the name is the business's, not a tool's.
_BUSINESS_BEFORE = re.compile(
    rf"(?i:\b{BUSINESS_NOUNS}\b(?:(?!\b{TOOL_NOUN}\b)[^.!?\n]){{0,60}}$)")
_CUES = [
    # "our case management system is Clio", "a bot called Fin", "The bot is called Sofi, like a
    # person" (not "the new assistant is called Chidi", "my assistant is Chuy": one's
    # own assistant is a person)
    re.compile(rf"(?i:\b(?:(?<!\bmy[ \t])(?<!\bour[ \t])(?<!\bhis[ \t])(?<!\bher[ \t])(?=assistant)|(?!assistant))"
               rf"{TOOL_NOUN}s?[ \t]+(?:(?<!assistant[ \t])(?<!assistants[ \t])(?:is|was)[ \t]+(?:called|named)|is|was|called|named|"
               rf"it['’]s))[ \t]+(?:(?i:a|an|the)[ \t]+)?{_NAME}"),
    # "the WMS we use is Unicommerce", "the app they gave us is Fyle"; "It's called ScribeVet"
    re.compile(rf"(?i:\b{TOOL_NOUN}s?[ \t]+(?:(?:that|which)[ \t]+)?(?:we|I|they)[ \t]+(?:use|used|have|run|got|"
               rf"gave[ \t]+us|bought)(?:[ \t]+(?:here|now|at[ \t]+work))?[ \t]+(?:is|was|are))[ \t]+{_NAME}"),
    _ITS_CALLED := re.compile(rf"(?i:\b(?:it['’]s|its|it[ \t]+is|it['’]s[ \t]+just)[ \t]+called)[ \t]+{_NAME}(?![\w'’])"),
    # "built into Touchstore, our dispensing system": a name, then the tool it is
    # ("Bex, our teaching assistant," is a person: "assistant" counts only as an AI one.)
    # ("Everything's on Fourth, that's the scheduling system", "Pair, the government's own AI assistant")
    re.compile(rf"{_NAME},[ \t]+(?i:(?:that['’]s|which[ \t]+is|it['’]s)[ \t]+)?(?i:our|the|their|my)[ \t]+"
               rf"(?:[a-z-]+(?:['’]s)?[ \t]+){{0,3}}"
               rf"(?i:(?!assistant\b){TOOL_NOUN}|(?:AI|virtual|digital|voice|chat|smart|coding|writing)[ \t]+assistant)\b"),
    re.compile(rf"(?i:\b{_KIND_BEFORE}),?[ \t]+{_NAME}(?![\w'’])"),
    # "the agency pays for Jasper", "we pay for Canva"
    re.compile(rf"(?i:\b(?:pays?|paid|paying)[ \t]+for)[ \t]+{_NAME}(?![\w'’])"),
    # "we piloted Draft One", "I tried Julius", "trialling Devin"
    re.compile(rf"(?i:\b{_USE_VERB})[ \t]+{_NAME}(?![\w'’])"),
    # "Audit files live in CaseWare", "parent contact stays on VSware", "it goes into Tradify"
    # ("the trust thing is everything in Rosengård": "everything" after "is" is no record; "we keep
    # everything in Atamis" is)
    re.compile(rf"(?i:\b(?:(?<!is[ \t])(?<!was[ \t])(?<!['’]s[ \t])|(?!(?:everything|stuff)[ \t]+(?:in|on|into|through)\b))"
               rf"{_RECORDS}[ \t]+(?:(?:still|all|out)[ \t]+)?(?:(?:are|is|get|gets|go|goes|live|lives|stay|stays|sit|sits|"
               rf"kept|stored|logged|done|entered|run|runs|come|comes|came|booked|tracked|managed|written)[ \t]+)?"
               rf"(?:(?:stored|kept|logged|entered|all|booked|tracked|up|out|back)[ \t]+)?"
               rf"(?:in|on|into|through|from(?<=(?:come|came)[ \t]from)|from(?<=comes[ \t]from)))[ \t]+{_NAME}(?![\w'’])"),
    # "Matters are in Clio", "Jobs are booked in Jobber": work items kept in a system.
    re.compile(rf"(?i:\b(?:matters|jobs|clients|cases|patients|customers|leads|deals)[ \t]+(?:are|is)[ \t]+"
               rf"(?:(?:booked|kept|logged|tracked|managed|stored|all)[ \t]+)?(?:in|on|through))[ \t]+{_NAME}(?![\w'’])"),
    # "record every visit in KoBoToolbox", "log all expenses in Xero"
    re.compile(rf"(?i:\b(?:record|log|track|trace|enter|store|manage|file|book|schedule|plan)s?[ \t]+"
               rf"(?:(?:every|each|all|the|our|my|their)[ \t]+)?(?:{_RECORDS}|visits?|claims?|shipments?|it|them|"
               rf"loads?|leads?|deals?|tasks?|expenses?|receipts?|stock|inventory|shifts?)[ \t]+(?:in|on|with))"
               rf"[ \t]+{_NAME}(?![\w'’])"),
    # "Accounting is in Siigo", "Irrigation runs on Wiseconn", "The cash is Square"
    re.compile(rf"(?i:\b(?:accounting|bookkeeping|invoicing|billing|scheduling|rostering|irrigation|"
               rf"inventory|the\s+cash|ticketing|dispatch|telematics|payroll|booking|bookings|planning)[ \t]+(?:is|runs|run|are)"
               rf"(?:[ \t]+(?:all|done|mostly|still))?[ \t]+"
               rf"(?:(?:in|on|through)[ \t]+)?)(?:(?i:a|an|the)[ \t]+)?{_NAME}(?![\w'’])"),
    # "then it goes into Tradify", "I pasted them into Claude"
    re.compile(rf"(?i:\b(?:goes|go|went|put|puts|paste|pastes|pasted|upload|uploads|uploaded|type|typed|"
               rf"enter|entered|feed|fed|dump|dumped)[ \t]+(?:it[ \t]+|them[ \t]+|everything[ \t]+)?into)[ \t]+{_NAME}(?![\w'’])"),
    re.compile(rf"(?i:\b(?:a|an|the|our|my|their|we\s+have\s+a)[ \t]+){_NAME}[ \t]+(?i:{_KIND_AFTER})\b"),
    # Creative work done in a program: "I produce at home in Logic", "I draw in CLIP STUDIO PAINT",
    # "I compose in Sibelius" (not "with": "I edit with Ana" names a person; not the nouns "a
    # master in ESIC", "a model in Milan"). Only a program's shape or name counts (see _CREATIVE_APPS).
    _CREATIVE_IN := re.compile(rf"(?i:\b(?:draw|draws|drew|drawing|sketch(?:es|ed|ing)?|paint(?:s|ed|ing)?|produce[sd]?|producing|"
               rf"edit(?:s|ed|ing)?|compose[sd]?|composing|modell?(?:ed|ing)|render(?:s|ed|ing)?|"
               rf"(?:(?<=\bI[ \t])|(?<=\bwe[ \t])|(?<=\bthey[ \t])|(?<=\byou[ \t]))(?:model|master)|"
               rf"animate[sd]?|animating|mix(?:es|ed|ing)?|master(?:ed|ing)|typeset(?:s|ting)?|notate[sd]?|"
               rf"colou?r(?:s|ed|ing)?|retouch(?:es|ed|ing)?|block(?:s|ed|ing)?[ \t]+(?:it[ \t]+|things[ \t]+)?out)"
               rf"(?:[ \t]+(?:everything|it|them|things|stuff|mostly|myself|all|at[ \t]+home|the[ \t]+\w+|my[ \t]+\w+)){{0,2}}"
               rf"[ \t]+(?:in|inside|using))[ \t]+{_NAME}(?![\w'’])"),
    # "MagicSchool licences", "Copilot add-in"
    re.compile(rf"{_NAME}[ \t]+(?i:licen[cs]es?|subscriptions?|seats|plugin|add-?in|add-?on)\b"),
]
# A name listed with a known tool: "Midjourney and Veras", "Trint, or Whisper".
# A tool and its use, then another in the same shape: "ChatGPT for lesson plans and MagicSchool
# for rubrics", "ChatGPT for guest emails in German, and Jasper for the website texts".
_FOR_TASK = re.compile(rf"(?<![\w.'’-])(?P<a>[A-Z][\w.+-]*(?:[ \t][A-Z][\w+-]*)?)[ \t]+for[ \t]+[^.;:!?\n]{{1,60}}?"
                       rf",?[ \t]+(?:and|or|plus)[ \t]+(?:also[ \t]+)?{_NAME}[ \t]+for[ \t]+")
_JOINED = re.compile(rf"(?<![\w.'’-])(?P<a>[A-Z][\w.+-]*(?:[ \t][A-Z][\w+-]*)?)[ \t]*(?:,[ \t]*)?(?:and|or|,)[ \t]+(?:also[ \t]+)?{_NAME}(?![\w'’])")
_TITLE_AFTER = re.compile(r"[ \t]+(?:ma['’]am|madam|sir|ji|bhai|akka|apa|didi|sahab|saab|san|sama|bey|hanım)\b")
# What a person does right after being named: "Midjourney and Sarah uses ...".
# ("In our Discord, Kenta once wrote": an adverb may come first)
_ACTS = re.compile(r"[ \t]+(?:(?:once|always|never|just|also|still|really|then|even)[ \t]+)?"
                   r"(?:uses|used|said|says|is|was|has|had|thinks|told|asked|does|did|wants|"
                   r"showed|sent|wrote|posted|made|got|and[ \t]+(?:she|he|I))\b")
# A product's edition after its name ("CarePlanner Pro", "Copilot Business"); scan strips
# these (and "Chat", "Assistant") before looking a finding up in the allow-list.
EDITION_WORDS = ("Pro|Plus|Business|Enterprise|Premium|Max|Team|Teams|Studio|Bot|Cloud|Online|Desktop|Mobile|"
                 "Suite|Edition|Lite|Free|AI")
_EDITION = re.compile(rf"[ \t](?:{EDITION_WORDS})$")
# ("Thanks Hemi, that's the clearest thing": a greeting or thanks opens a person's name)
# (and the words a turn or sentence opens with: "So, the main software is ...", "Ay, Lupita")
_NOT_TOOLS = frozenset("I The A An It We He She They This That My Our Your His Her Their Thanks Thank Hi Hello Hey "
                       "Dear Sorry Cheers Congrats So Okay OK Ok Well Right And But Or Now Then Yes Yeah No Ah Oh "
                       "Ay Um Uh Hmm Mm Also Plus Anyway Honestly Actually Basically".split())


# Programs for creative work whose names are also words, places or given names: said after
# "I produce in", "we model in", they are the program ("I paint in Ballydehob" is a town).
_CREATIVE_APPS = frozenset("""Logic|Logic Pro|Maya|Blender|Procreate|Sibelius|Ableton|Ableton Live|Resolve|DaVinci Resolve|
Houdini|Nuke|Cubase|Reaper|Krita|Finale|Dorico|MuseScore|Unreal|Unity|Rhino|Revit|SketchUp|Substance|Clip Studio|
Clip Studio Paint|Premiere|Lightroom|Capture One|Pro Tools|FL Studio|GarageBand|Avid|Final Cut|InDesign|Illustrator|
Photoshop|After Effects|Audition|Figma|Affinity|Aseprite|Cinema|Max|Ardour|Bitwig|Scrivener|Vellum|Harmony|
Toon Boom|Storyboard Pro|Moho|Painter|Corel Painter|Inkscape|GIMP|Darktable|Audacity""".replace("\n", "").split("|"))
# ... or a program's shape: a capital inside a word ("ZBrush"), all capitals ("CLIP STUDIO PAINT"), a digit.
_PRODUCT_SHAPE = re.compile(r"[a-z][A-Z]|^[A-Z0-9+]{2,}(?:[ \t][A-Z0-9+]{2,})*$|\d")


def _place(name: str) -> bool:
    """A town or a country is never taken for a tool ("files for clients in Texas")."""
    from anonymize.operators import normalize
    from anonymize.recognizers.gazetteer import place_names, region_names
    from anonymize.vocab import is_country_like

    return name.casefold() in place_names() or name.casefold() in region_names() or is_country_like(normalize(name))


def _person_shaped(name: str) -> bool:
    """A known first name and a known surname ("Will Smith", "Grace Baker")."""
    from anonymize.names import first_names, last_names, name_key

    words = name.split()
    return len(words) == 2 and name_key(words[0]) in first_names() and name_key(words[1]) in last_names()


def tool_names(text: str, allow: frozenset[str]) -> frozenset[str]:
    """Names this transcript uses as tools (see the module docstring)."""
    found: set[str] = set()
    for regex in _CUES:
        for m in regex.finditer(text):
            name = m.group("name")
            if regex is _ITS_CALLED and _BUSINESS_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                continue  # "a bakery in the Bolognina neighbourhood, it's called Forno Manfredi"
            if regex is _CREATIVE_IN and name not in _CREATIVE_APPS and not _PRODUCT_SHAPE.search(name):
                continue  # "I paint at home in Ballydehob", "I compose in Studio Kinoko": a place, a studio
            if name.split()[0] not in _NOT_TOOLS and (not any(c.isdigit() for c in name)
                                                       or re.fullmatch(r"[A-Z]{2,}\d{1,2}", name)):
                found.add(name)  # (digits only in a code-like name: "DHIS2", not "Room 12")
    found = {name for name in found if not _place(name)}  # "customers are in Blacktown": a place, no anchor
    known = allow | found
    for m in _FOR_TASK.finditer(text):
        name = m.group("name")
        if m.group("a") in known and name.split()[0] not in _NOT_TOOLS and not any(c.isdigit() for c in name):
            found.add(name)
    for m in _JOINED.finditer(text):
        name = m.group("name")
        if re.fullmatch(r"[A-Z]{1,3}", m.group("a")) or re.match(r"[ \t]*[?!]", text[m.end():]):
            continue  # "no AI, Lipe?": an abbreviation is no list's anchor, and that is a vocative
        if re.fullmatch(rf"(?i:{HONORIFICS})\.?", name.split()[0]) or _TITLE_AFTER.match(text, m.end()):
            continue  # "Siigo, and Señora Gloria doesn't ...", "ChatGPT, Priya ma'am will": a title says person
        if _person_shaped(m.group("a")) or _person_shaped(name) or re.match(r",?[ \t]+(?:who|she|he)\b", text[m.end():]):
            continue  # "Will Smith and Grace Baker", "Notion and Grace Baker", "Sheets, and Zainab, who runs",
            # "We have a CISO, Björn, he says": people
        if m.group("a") in known and len(m.group("a")) > 1 and name.split()[0] not in _NOT_TOOLS \
                and not any(c.isdigit() for c in name) and not _ACTS.match(text, m.end()):
            found.add(name)
    # "CarePlanner Pro", later "the trainer from CarePlanner": the name without its edition.
    found |= {name.rsplit(" ", 1)[0] for name in found if _EDITION.search(name)}
    return frozenset(name for name in found - allow if not _place(name))


# --- people named like a tool ------------------------------------------------------------
# "my colleague is called Claude", "the agency's editor is also called Claude", "there's a
# Claude in our office too", "Claude, the human, is 61", "Claude Arsenault", "she calls her
# Clio": this transcript has a person with a tool's name, so a bare mention is read one by one.
_PERSON_NOUNS = (r"colleague|coworker|co-worker|editor|friend|boss|supervisor|neighbou?r|son|daughter|"
                 r"husband|wife|partner|brother|sister|cousin|guy|woman|man|lady|intern|teammate|someone|"
                 r"somebody|person|nurse|doctor|teacher|receptionist|father|mother|mum|mom|dad|uncle|aunt|"
                 r"grandma|grandpa|grandmother|grandfather|nephew|niece|boyfriend|girlfriend|"
                 r"(?:father|mother|brother|sister|son|daughter)-in-law")
# Words that make "someone told me about an AI called Claude" a tool's name, not a person's.
_TOOL_WORD = r"(?:AI|app|tool|model|bot|chatbot|software|assistant|agent|thing|product|platform|system|program)"
_HUMAN = r",?[ \t]+the[ \t]+(?:human|person|man|woman|guy|real[ \t]+one)\b"
_NAMESAKE_CUES = (
    r"\b(?i:{nouns})\b(?:[ \t]+(?:is|was))?(?:[ \t]+also)?[ \t]*,?[ \t]+{w}\b",
    r"\b(?i:{nouns})\b(?:(?!\b{tool}\b)[^.!?\n]){{0,40}}?\b(?:called|named)[ \t]+{w}\b",
    r"\b(?:calls?|called|call)[ \t]+(?:her|him|them)[ \t]+{w}\b",
    r"\b(?:a|another)[ \t]+{w}[ \t]+(?:in|at|on|from)[ \t]+(?:our|the|my|his|her)\b",
    r"\b{w}(?={human})",
    r"\bthe[ \t]+human[ \t]+{w}\b",
    r"\bname[ \t]+(?:is|was)[ \t]+{w}\b",
    # "Claude, he's French": a pronoun for a person right after the name
    r"(?<![Tt]he[ \t])\b{w},[ \t]+(?:he|she)(?:['’]s|[ \t]+(?:is|was|has|had))\b",
    # "not Jasper on our design team": a person in a team
    # (not "I used Copilot on the shop floor": one's own team only)
    r"\b{w}[ \t]+(?:on|in|from)[ \t]+(?:our|my|their)[ \t]+(?:[a-z-]+[ \t]+)?(?:team|department|crew|squad)\b",
    # "Jenkins, who runs the strength floor", "Pendo, the one who plaits hair": "who", not "which"
    # ("Excel, who needs it?": a question, not a person)
    r"(?<![Tt]he[ \t])\b{w},[ \t]+(?:the[ \t]+(?:one|lady|guy|man|woman|girl|boy)[ \t]+)?who\b"
    r"(?![ \t]+(?:needs|cares|knows|wants|uses|would|could|can|even|still|else|does|doesn['’]t)\b)",
)
# A mention in a tool's place: used, tried, paid for, pasted into, listed with other tools.
_TOOL_BEFORE = re.compile(
    r"(?i:\b(?:use|uses|using|used(?![ \t]+to\b)|tried|try|trying|prefer|prefers|preferred|paid[ \t]+for|upload\w*|"
    r"pay(?:ing)?[ \t]+for|subscri\w+|opened|open|paste\w*|into|via|through|versus|vs\.?|"
    r"(?:pilot|trial|rollout)[ \t]+(?:with|of)|"
    # ("my assistant is Chuy": one's own assistant is a person; "my AI assistant is Lexi" a tool)
    r"(?:AI|app|bot|chatbot|model|software|tool|(?<!\bmy[ \t])(?<!\bour[ \t])(?<!\bhis[ \t])(?<!\bher[ \t])assistant|"
    r"system|platform|program)[ \t]+(?:is[ \t]+|was[ \t]+)?(?:called|named|is|was))\b)[^.!?;:\n—]{0,40}$")
_TOOL_AFTER = re.compile(
    r"(?:,?[ \t]+(?:the[ \t]+)?(?:software|AI|app|model|bot|chatbot|tool)\b|[ \t]+for\b|"
    r"['’]s[ \t]+(?:answers?|output|responses?|suggestions?|drafts?|reply|replies|version|summary|code|"
    r"context|memory|model|window)\b|[ \t]+(?:Sonnet|Opus|Haiku|Code|Pro|Max|Team|Enterprise)\b|"
    # "the Devin trial", "sometimes Claude to rewrite procedures"
    r"[ \t]+(?:trial|pilot|rollout|roll-out|licen[cs]es?|subscription|account|integration|plug-?in|outputs?|"
    r"prompts?|chats?|tab|api|API)\b|"
    r"[ \t]+to[ \t]+(?:rewrite|write|draft|summari[sz]e|translate|check|generate|fix|explain|brainstorm|format|"
    r"polish|edit|create|turn|convert|analy[sz]e|review|proofread|tidy|clean)\b)")
# "Claude the person", "Claude, the human one": the mention says which it is.
_PERSON_AFTER = re.compile(_HUMAN)
_ASKED_ABOUT = re.compile(r"\bask(?:ed|s|ing)?[ \t]+$")
_TASK_AFTER = re.compile(r"[ \t]+(?:about|to|for|how|what|whether|if|whats)\b")


@lru_cache(maxsize=1)
def _namesake_cues() -> tuple[re.Pattern, ...]:
    """The cues compiled once, any capitalized word in the name's place: one pass over the
    transcript per cue rather than a freshly compiled pattern per name and cue."""
    w = r"(?P<w>[A-Z][a-z]{2,})"
    return tuple(re.compile(c.format(nouns=_PERSON_NOUNS, w=w, tool=_TOOL_WORD, human=_HUMAN))
                 for c in _NAMESAKE_CUES)


@lru_cache(maxsize=8)
def _one_word_names(allow: frozenset[str]) -> frozenset[str]:
    return frozenset(name for name in allow if re.fullmatch(r"[A-Z][a-z]{2,}", name))


def namesakes(text: str, allow: frozenset[str], listed: frozenset[str] | None = None
              ) -> dict[str, tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """Allow-listed one-word names this transcript also gives a person, each with the
    mentions that read as the person and those that read as the tool. A mention in a tool's place ("she used Claude to rewrite it",
    "ChatGPT and Claude", "Claude for long documents") stays the tool; every other one is the
    person, since a leaked colleague costs more than a masked product name. A name the policy
    does not list (``listed``), which only this transcript's wording made a tool, is not a tool
    for being said next to one ("Instagram, Quique also makes")."""
    from anonymize.names import last_names, name_key

    out: dict[str, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
    candidates = _one_word_names(allow) & set(re.findall(r"\b[A-Z][a-z]{2,}\b", text))
    cued = {m.group("w") for rx in _namesake_cues() for m in rx.finditer(text)} if candidates else set()
    for name in candidates:
        w = re.escape(name)
        person = name in cued
        if not person:
            surname = re.search(rf"\b{w}[ \t]+([A-Z][a-z]+)\b", text)
            person = bool(surname) and name_key(surname.group(1)) in last_names() \
                and surname.group(1) not in allow
        if not person:
            continue
        spans: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
        for m in re.finditer(rf"(?<![\w@./-]){w}(?![\w@/-])", text):
            before = text[max(0, m.start() - 60):m.start()]
            prev = re.search(r"([\w.+-]+)[ \t]*(?:,|and|or|&)[ \t]+$", before)
            after = re.match(r"[ \t]*(?:,|and|or|&)[ \t]+([\w.+-]+)", text[m.end():m.end() + 40])
            tool = not _PERSON_AFTER.match(text, m.end()) and bool(
                _TOOL_BEFORE.search(before) or _TOOL_AFTER.match(text, m.end())
                # "I asked Claude about the structure of chapter four"
                or _ASKED_ABOUT.search(before) and _TASK_AFTER.match(text, m.end())
                # "ChatGPT and Claude", "ask Claude or ChatGPT for ten options"
                or (listed is None or name in listed)
                and (prev and prev.group(1) in allow and prev.group(1) != name
                     or after and after.group(1) in allow and after.group(1) != name))
            end = m.end()
            if not tool and (surname := re.match(r"[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b", text[end:])) \
                    and surname.group(1) not in allow and surname.group(1).casefold() not in CALENDAR_WORDS:
                end += surname.end()  # "Claude Vernier": his surname, even one that is also a word
            spans[tool].append((m.start(), end))
        out[name] = spans
    return out
