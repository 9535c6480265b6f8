"""Names a transcript itself says are tools: "our case management system is Clio", "we
piloted Draft One", "Audit files live in CaseWare", "Midjourney and Veras".

No allow-list can know every niche product (practice software, farm apps, AI scribes), and
the NER model reads them as people or organisations. A name said in a tool's place is
added to the allow-list for that transcript only, so all its mentions survive; a strong
person cue ("my colleague Claude") still wins, as for the policy's list.
"""

from __future__ import annotations

import re

from anonymize.names import HONORIFICS

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
_CUES = [
    # "our case management system is Clio", "a bot called Fin"
    re.compile(rf"(?i:\b{TOOL_NOUN}s?[ \t]+(?:is|was|called|named|it['’]s))[ \t]+(?:(?i:a|an|the)[ \t]+)?{_NAME}"),
    # "the WMS we use is Unicommerce", "the app they gave us is Fyle"; "It's called ScribeVet"
    re.compile(rf"(?i:\b{TOOL_NOUN}s?[ \t]+(?:(?:that|which)[ \t]+)?(?:we|I|they)[ \t]+(?:use|used|have|run|got|"
               rf"gave[ \t]+us|bought)(?:[ \t]+(?:here|now|at[ \t]+work))?[ \t]+(?:is|was|are))[ \t]+{_NAME}"),
    re.compile(rf"(?i:\b(?:it['’]s|its|it[ \t]+is|it['’]s[ \t]+just)[ \t]+called)[ \t]+{_NAME}(?![\w'’])"),
    # "built into Touchstore, our dispensing system": a name, then the tool it is
    # ("Bex, our teaching assistant," is a person: "assistant" counts only as an AI one.)
    re.compile(rf"{_NAME},[ \t]+(?i:our|the|their|my)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}"
               rf"(?i:(?!assistant\b){TOOL_NOUN}|(?:AI|virtual|digital|voice|chat|smart|coding|writing)[ \t]+assistant)\b"),
    re.compile(rf"(?i:\b{_KIND_BEFORE}),?[ \t]+{_NAME}(?![\w'’])"),
    # "the agency pays for Jasper", "we pay for Canva"
    re.compile(rf"(?i:\b(?:pays?|paid|paying)[ \t]+for)[ \t]+{_NAME}(?![\w'’])"),
    # "we piloted Draft One", "I tried Julius", "trialling Devin"
    re.compile(rf"(?i:\b{_USE_VERB})[ \t]+{_NAME}(?![\w'’])"),
    # "Audit files live in CaseWare", "parent contact stays on VSware", "it goes into Tradify"
    re.compile(rf"(?i:\b{_RECORDS}[ \t]+(?:(?:still|all|out)[ \t]+)?(?:(?:are|is|get|gets|go|goes|live|lives|stay|stays|sit|sits|"
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
    # "MagicSchool licences", "Copilot add-in"
    re.compile(rf"{_NAME}[ \t]+(?i:licen[cs]es?|subscriptions?|seats|plugin|add-?in|add-?on)\b"),
]
# A name listed with a known tool: "Midjourney and Veras", "Trint, or Whisper".
# A tool and its use, then another in the same shape: "ChatGPT for lesson plans and MagicSchool
# for rubrics", "ChatGPT for guest emails in German, and Jasper for the website texts".
_FOR_TASK = re.compile(rf"(?<![\w.'’-])(?P<a>[A-Z][\w.+-]*(?:[ \t][A-Z][\w+-]*)?)[ \t]+for[ \t]+[^.;:!?\n]{{1,60}}?"
                       rf",?[ \t]+(?:and|or|plus)[ \t]+(?:also[ \t]+)?{_NAME}[ \t]+for[ \t]+")
_JOINED = re.compile(rf"(?<![\w.'’-])(?P<a>[A-Z][\w.+-]*(?:[ \t][A-Z][\w+-]*)?)[ \t]*(?:,[ \t]*)?(?:and|or|,)[ \t]+(?:also[ \t]+)?{_NAME}(?![\w'’])")
# What a person does right after being named: "Midjourney and Sarah uses ...".
_ACTS = re.compile(r"[ \t]+(?:uses|used|said|says|is|was|has|had|thinks|told|asked|does|did|wants|"
                   r"showed|sent|wrote|made|got|and[ \t]+(?:she|he|I))\b")
# A product's edition after its name ("CarePlanner Pro", "Copilot Business"); scan strips
# these (and "Chat", "Assistant") before looking a finding up in the allow-list.
EDITION_WORDS = ("Pro|Plus|Business|Enterprise|Premium|Max|Team|Teams|Studio|Bot|Cloud|Online|Desktop|Mobile|"
                 "Suite|Edition|Lite|Free|AI")
_EDITION = re.compile(rf"[ \t](?:{EDITION_WORDS})$")
_NOT_TOOLS = frozenset("I The A An It We He She They This That My Our Your His Her Their".split())


def _place(name: str) -> bool:
    """A town or a country is never taken for a tool ("files for clients in Texas")."""
    from anonymize.operators import normalize
    from anonymize.recognizers.gazetteer import place_names
    from anonymize.vocab import is_country_like

    return name.casefold() in place_names() or is_country_like(normalize(name))


def tool_names(text: str, allow: frozenset[str]) -> frozenset[str]:
    """Names this transcript uses as tools (see the module docstring)."""
    found: set[str] = set()
    for regex in _CUES:
        for m in regex.finditer(text):
            name = m.group("name")
            if name.split()[0] not in _NOT_TOOLS and (not any(c.isdigit() for c in name)
                                                       or re.fullmatch(r"[A-Z]{2,}\d{1,2}", name)):
                found.add(name)  # (digits only in a code-like name: "DHIS2", not "Room 12")
    known = allow | found
    for m in _FOR_TASK.finditer(text):
        name = m.group("name")
        if m.group("a") in known and name.split()[0] not in _NOT_TOOLS and not any(c.isdigit() for c in name):
            found.add(name)
    for m in _JOINED.finditer(text):
        name = m.group("name")
        if re.fullmatch(r"[A-Z]{1,3}", m.group("a")) or re.match(r"[ \t]*[?!]", text[m.end():]):
            continue  # "no AI, Lipe?": an abbreviation is no list's anchor, and that is a vocative
        if re.fullmatch(rf"(?i:{HONORIFICS})\.?", name.split()[0]):
            continue  # "Siigo, and Señora Gloria doesn't ...": a title says person
        if m.group("a") in known and len(m.group("a")) > 1 and name.split()[0] not in _NOT_TOOLS \
                and not any(c.isdigit() for c in name) and not _ACTS.match(text, m.end()):
            found.add(name)
    # "CarePlanner Pro", later "the trainer from CarePlanner": the name without its edition.
    found |= {name.rsplit(" ", 1)[0] for name in found if _EDITION.search(name)}
    return frozenset(name for name in found - allow if not _place(name))
