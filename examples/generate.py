"""Deterministic generator of synthetic "AI at work" interview transcripts.

Why this exists: Clearance needs a corpus it can safely ship and demo. Real
interview transcripts cannot be published, so this script fabricates
transcripts in the same shape as Anthropic's 1,250-interview "AI at work"
dataset (an AI interviewer asking a participant how they use AI in their job)
and weaves realistic-looking but fake PII into them: names from several
locales, employers, cities, addresses, emails, phone numbers, dates, ages,
universities, URLs, IP addresses and SSN-like numbers. Harmless look-alikes
(AI products, software, weekdays, countries, generic roles) are included on
purpose because an anonymizer must leave them alone.

It serves two purposes:

* the demo corpus, ``examples/transcripts.jsonl`` (30 transcripts of roughly
  300-600 words), and
* a benchmark corpus, e.g. ``--n 120 --words 2000``, where each transcript is
  padded with further turns until it reaches about the requested length.

Output is fully deterministic: every transcript draws from its own
``random.Random`` seeded from ``(seed, index)`` and re-seeds Faker instances
via ``seed_instance``; neither global random state nor the clock is used, so
the same arguments (with the same Faker version) give byte-identical output
and the demo release is reproducible. A useful side effect of per-transcript
seeding is that ``--n 30`` is a prefix of ``--n 120`` for the same seed.

Usage::

    python examples/generate.py                       # demo corpus
    python examples/generate.py --n 120 --words 2000 --out /tmp/bench.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import random
import re
import string
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from faker import Faker

DEFAULT_N = 30
DEFAULT_SEED = 20261126
DEFAULT_OUT = Path(__file__).resolve().parent / "transcripts.jsonl"

NAME_LOCALES = (
    "en_US", "en_GB", "es_MX", "pt_BR", "de_DE", "vi_VN", "tr_TR", "pl_PL", "en_IN",
)
# en_US is over-weighted so the corpus resembles a mostly-US participant pool.
LOCALE_WEIGHTS = (4, 2, 1, 1, 1, 1, 1, 1, 1)

# Real places that appear as hometowns; Faker's city providers for some
# locales produce English-style inventions ("Nueva Kiribati"), so we use lists.
HOMETOWNS: dict[str, tuple[str, ...]] = {
    "en_GB": ("Leeds, England", "Bristol, England", "Glasgow, Scotland", "Cardiff, Wales"),
    "es_MX": ("Guadalajara, Mexico", "Monterrey, Mexico", "Puebla, Mexico", "Mérida, Mexico"),
    "pt_BR": ("São Paulo, Brazil", "Recife, Brazil", "Curitiba, Brazil", "Belo Horizonte, Brazil"),
    "de_DE": ("Leipzig, Germany", "Freiburg, Germany", "Köln, Germany", "Bremen, Germany"),
    "vi_VN": ("Hanoi, Vietnam", "Đà Nẵng, Vietnam", "Huế, Vietnam", "Hải Phòng, Vietnam"),
    "tr_TR": ("İzmir, Turkey", "Ankara, Turkey", "Bursa, Turkey", "Eskişehir, Turkey"),
    "pl_PL": ("Kraków, Poland", "Łódź, Poland", "Gdańsk, Poland", "Wrocław, Poland"),
    "en_IN": ("Pune, India", "Chennai, India", "Lucknow, India", "Kochi, India"),
}

REAL_US_CITIES = (
    ("Columbus", "Ohio"), ("Portland", "Oregon"), ("Austin", "Texas"),
    ("Raleigh", "North Carolina"), ("Denver", "Colorado"), ("Madison", "Wisconsin"),
    ("Tucson", "Arizona"), ("Providence", "Rhode Island"), ("Boise", "Idaho"),
    ("Richmond", "Virginia"), ("Omaha", "Nebraska"), ("Sacramento", "California"),
    ("Pittsburgh", "Pennsylvania"), ("Albuquerque", "New Mexico"), ("Savannah", "Georgia"),
)

UNIVERSITIES = (
    "the University of Michigan", "UC Berkeley", "Georgia Tech",
    "the University of Texas at Austin", "Ohio State University", "Arizona State University",
    "the University of Washington", "NYU", "Boston University", "Purdue University",
    "Carnegie Mellon University", "the University of Toronto", "Imperial College London",
    "the Universidade de São Paulo", "the Technical University of Munich",
    "Jagiellonian University", "IIT Bombay", "Boğaziçi University",
)

TITLES = (
    "Data Analyst", "Senior Software Engineer", "Product Manager", "Marketing Coordinator",
    "HR Business Partner", "Financial Analyst", "Paralegal", "Account Executive",
    "Customer Success Manager", "UX Designer", "Operations Manager", "Technical Writer",
    "Recruiter", "Content Strategist", "Supply Chain Analyst", "Project Coordinator",
    "Graphic Designer", "Sales Director", "QA Engineer", "Research Scientist",
    "Compliance Officer", "Office Manager", "Staff Accountant", "Business Analyst",
    "IT Support Specialist", "Copywriter", "Data Scientist", "Machine Learning Engineer",
    "Claims Adjuster", "Mechanical Engineer", "Executive Assistant", "Social Media Manager",
    "Grant Writer", "Logistics Coordinator", "Insurance Underwriter", "DevOps Engineer",
    "Management Consultant", "Clinical Research Coordinator", "Procurement Specialist",
    "Customer Support Lead",
)

AI_TOOLS = ("ChatGPT", "Claude", "Copilot", "Gemini", "GitHub Copilot", "Perplexity")
SOFTWARE = (
    "Excel", "Jira", "Slack", "Python", "Salesforce", "Notion", "Google Sheets", "Tableau",
    "Figma", "Confluence", "PowerPoint", "Outlook", "Zendesk", "HubSpot", "SAP", "SQL",
)
TASKS = (
    "drafting emails", "summarizing meeting notes", "writing SQL queries",
    "cleaning up spreadsheets", "preparing slide decks", "reviewing contracts",
    "writing test cases", "answering customer tickets", "translating documentation",
    "brainstorming campaign ideas", "writing job descriptions", "debugging scripts",
    "outlining reports", "checking grammar", "building project plans",
)
DEPARTMENTS = (
    "finance", "marketing", "engineering", "operations", "customer support", "legal",
    "sales", "product", "research", "people operations",
)
FIELDS_OF_STUDY = (
    "economics", "computer science", "English", "psychology", "mechanical engineering",
    "business administration", "biology", "communications", "statistics", "history",
)
COUNTRIES = (
    "Canada", "Mexico", "Brazil", "Germany", "Poland", "India", "Vietnam", "Turkey",
    "the UK", "Ireland", "Spain", "Japan", "the Philippines", "Australia",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)
AREA_CODES = (
    "212", "312", "415", "617", "713", "206", "303", "404", "512", "602", "646", "718",
    "305", "213", "702", "503", "612", "919", "215", "216", "614", "801", "971", "347",
)
WIKIS = ("Notion", "Confluence", "a shared Google Doc", "SharePoint")
DATA_SOFTWARE = ("Excel", "Google Sheets", "Tableau", "SQL", "Salesforce", "Power BI")
GENERIC_ROLES = (
    "my manager", "the team lead", "our director", "the VP", "my skip-level",
    "someone from legal", "the client",
)

# ---------------------------------------------------------------------------
# Templates. Placeholders are filled by Persona.fields(); see that method for
# the full list. Interviewer ("AI") lines are questions; participant ("User")
# lines are sentences that get combined into answers.
# ---------------------------------------------------------------------------

INTRO_QUESTIONS = (
    "Thanks for taking the time to talk with me today. To start, could you tell me a little "
    "about yourself and the work you do?",
    "Hi, and thanks for joining. I'll be asking about how you use AI tools in your job. Could "
    "you begin by introducing yourself and describing your role?",
    "Welcome, and thank you for agreeing to this interview. Before we get into AI, what do you "
    "do for a living, and where?",
    "Let's start with some background. What's your current job, and how long have you been "
    "doing it?",
    "Thanks for being here. Could you describe your role and what a typical week looks like "
    "for you?",
)

INTRO_NAME = (
    "Sure. My name is {full}, and I'm {a_title} at {company}.",
    "Hi, I'm {full}. I work as {a_title} for {company}, based out of {city_state}.",
    "Of course. I'm {full}, I'm {age}, and I've been {a_title} at {company} for about {years} "
    "years.",
    "My name's {full}, though everyone at {company} just calls me {first}. I'm {a_title} there.",
    "Sure, so I'm {full}. Right now I'm {a_title} at {company} in {city_state}.",
    "Happy to. {full}, {title} at {company}. I've been there since {join_month_year}.",
    "I'm {full}, a {age}-year-old {title_lower} at {company}, living in {city_state}.",
    "Okay, so, I'm {full}. I'm {a_title_lower} with {company}, and I joined on {join_date}.",
)

INTRO_EXTRA = (
    "I live in {city_state}, though my team is spread across {country} and the US.",
    "I'm {age}, so I've watched a fair number of tools come and go in this line of work.",
    "Outside of work I coach a youth soccer team on {weekday}s, which is its own kind of "
    "project management.",
    "My direct line is {phone}, which tells you how old-fashioned our office still is.",
    "Before this I was at {prev_company} in {hometown}, so it's been quite a move.",
    "Before that I spent {years2} years at {prev_company}, mostly doing similar work.",
    "Our office is at {street} in {city}, but I'm remote on {weekday}s.",
    "I report to {mgr}, who runs the {dept} group.",
    "Day to day I spend a lot of time in {software} and {software2}.",
    "I studied at {uni} and graduated in {grad_year}.",
    "My team is small: it's me, {col1}, and {col2}, plus a couple of contractors.",
    "I moved to {city} from {hometown} about {years2} years ago for this job.",
    "Most of my week is split between {task} and {task2}.",
)

# Middle sections, in the order they appear when selected.
SECTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "background": (
        (
            "How did you end up in this line of work?",
            "Could you tell me a bit about your background and training?",
            "What did your career look like before AI tools came along?",
            "What path led you to your current role?",
            "Where did you grow up, and how did that shape your work?",
        ),
        (
            "I studied at {uni} and graduated in {grad_year} with a degree in {study}.",
            "After graduating I worked at {prev_company} for {years2} years before moving to "
            "{company}.",
            "I grew up in {hometown} and moved to {city} for my first real job.",
            "I was born on {dob}, so I'm {age} now, and I've been working since I was nineteen.",
            "I got my master's from {uni2} in {grad_year2}, mostly at night while working full "
            "time.",
            "My first manager, {old_mgr}, taught me to write everything down, which turns out to "
            "be great practice for prompting.",
            "I started as a temp in {city_state} and worked my way up to {title_lower}.",
            "I actually trained as a teacher in {country} before switching careers.",
            "I went back to school at {uni_city} State University when I was {age_back}, which "
            "felt late at the time.",
            "I've been in {dept} my whole career, first at {prev_company}, now at {company}.",
            "Honestly, I fell into it. A friend, {friend}, needed someone who knew {sheet} and "
            "I said yes.",
            "My parents ran a small print shop in {hometown}, so I grew up around deadlines.",
            "I was the first person in my family to go to college, at {uni}.",
            "I spent a year abroad in {country}, which is where I got interested in {study} "
            "in the first place.",
            "I interned at {prev_company} the summer of {grad_year}, and that's how I got "
            "into {dept}.",
            "I did a bootcamp in {city} in {month_year}, mostly to pick up {software}.",
            "Fun fact: {mgr} and I actually went to {uni} together, years apart.",
        ),
    ),
    "tools": (
        (
            "Which AI tools do you use at work, and what do you use them for?",
            "What AI tools have become part of your routine?",
            "How did you first start using AI in your job?",
            "Can you tell me which assistants or models you rely on, and for what kinds of "
            "tasks?",
            "When did AI first show up in your day-to-day work?",
            "Do you use different tools for different kinds of work?",
        ),
        (
            "Mostly {tool}, and sometimes {tool2} when I want a second opinion.",
            "I started using {tool} around {month_year}, after {col1} showed me how they were "
            "using it for {task}.",
            "These days I use {tool} for {task} pretty much every single day.",
            "Our company rolled out {tool} on {date}, and at first only a handful of people "
            "used it.",
            "I use {tool} alongside {software} a lot, mainly for {task}.",
            "{mgr_first} pushed the whole team to try {tool} for {task}, and honestly it stuck.",
            "I keep {tool} open in one tab and {software} in the other pretty much all day.",
            "For code I lean on {tool}, but for writing I prefer {tool2}.",
            "I was skeptical at first; I'm {age} and I've seen a lot of tools come and go.",
            "{company} pays for {tool} seats, so that's what most of us default to.",
            "When it comes to {task}, I'd say maybe {pct} percent of it now starts with a prompt.",
            "The first time I used {tool} was on a {weekday} night when I was stuck on a report "
            "due the next morning.",
            "{col1_first} on my team built a little prompt library in {wiki} that we all "
            "share.",
            "I tried {tool2} for a month in {month_year} but went back to {tool} because it "
            "fit how I work.",
            "I mostly use the chat interface, but {col2_first} set up an integration with "
            "{software} that I use daily.",
            "I don't use it on my phone; it's strictly a laptop thing for me.",
            "The enterprise version of {tool} showed up on our laptops on {date_iso} with "
            "basically no announcement.",
            "I use {tool} in English, but {col1_first} writes to it in Spanish and says it "
            "works fine.",
            "For anything {dept}-related I paste in our templates first so it matches our "
            "house style.",
        ),
    ),
    "workflow": (
        (
            "Walk me through a typical day. Where does AI fit in?",
            "How does a normal workday look now compared to before?",
            "What tasks do you hand to AI, and which ones do you keep for yourself?",
            "Can you describe how you actually work with the tool? Do you draft with it, check "
            "with it, something else?",
            "At what points in your day do you reach for AI, and when do you avoid it?",
        ),
        (
            "A typical day starts around eight with email, and I'll have {tool} summarize the "
            "long threads.",
            "Anything involving {task} I'll hand off for a first draft, then I rewrite maybe "
            "half of it.",
            "I still do the client calls myself; I don't think {tool} is ready to talk to "
            "someone like {client} on my behalf.",
            "On {weekday}s we have a standup with {mgr}, and I paste my notes into {tool} "
            "beforehand to tighten them up.",
            "For anything in {software} I'll ask it to walk me through the steps first.",
            "I keep the judgment calls for myself: pricing, hiring, anything that affects "
            "people directly.",
            "When {col2_first} sends me a messy spreadsheet, the first thing I do is ask {tool} "
            "to clean it up.",
            "I'd estimate it saves me {hours} hours a week, maybe more in busy months.",
            "My process is basically: draft with {tool}, check it against our {data_sw} records, "
            "then send it to {col1_first} for review.",
            "I work from home in {city} most days, so {tool} is sort of the colleague I bounce "
            "ideas off.",
            "I try not to use it before my first coffee, which sounds silly, but I write worse "
            "prompts when I'm tired.",
            "I have a prompt I reuse that starts with 'You are helping {a_title_lower} at a "
            "mid-size company', and it works surprisingly well.",
            "Around lunch I'll catch up on {software} and ask {tool} to draft replies to "
            "anything routine.",
            "I block off {weekday} afternoons for deep work, and that's when I use it the most.",
            "I've gotten into the habit of asking it to argue against my plan before I send "
            "it to {mgr_first}.",
            "Late in the day I have it turn my scribbled notes into a summary for {col1_first}.",
            "When I'm traveling between {city} and our other office, I'll dictate notes and "
            "clean them up with {tool} later.",
            "I still keep a paper notebook; the AI gets the typed-up version.",
        ),
    ),
    "example": (
        (
            "Can you tell me about a specific time AI made a real difference in your work?",
            "Is there a particular project that stands out where you relied on AI heavily?",
            "Could you describe a moment when the AI got something wrong, and what happened?",
            "What's the most memorable thing you've used it for?",
            "Tell me about a project where AI changed how things turned out.",
        ),
        (
            "The one that comes to mind is {date}. We had a deadline for {client_company} and "
            "{tool} helped me turn forty pages of notes into a two-page brief.",
            "On {date_iso} I had to rebuild a forecast in {sheet} from scratch, and I did it "
            "in an afternoon instead of three days.",
            "There was a time it invented a citation, and {mgr} caught it before it went to the "
            "client. That was embarrassing.",
            "Last {month_name}, {col1} and I used it to translate our onboarding guide for the "
            "team in {country}.",
            "I remember {date_dm} because it was the first time I shipped something where most "
            "of the code came from {tool}.",
            "{col2} was out sick, and I had to cover a board presentation with two hours' "
            "notice; {tool} basically saved me.",
            "It once told me, very confidently, that a regulation applied in {state} when it "
            "actually didn't, so now I double-check anything legal.",
            "The biggest win was automating our weekly report. It used to take {col1_first} "
            "every {weekday} morning, and now it takes fifteen minutes.",
            "When we were hiring last year I used it to draft interview questions, and "
            "{mgr_first} ended up using them for the whole panel.",
            "I used it to prepare for a tough conversation with {client}, one of our biggest "
            "accounts, on {date}.",
            "We had an outage on {date_iso}, and I pasted the error messages into {tool} while "
            "{col2_first} was on the phone with the vendor.",
            "In {month_year} we lost a big proposal, and I used {tool} afterwards to go "
            "through the feedback line by line.",
            "Once it drafted a reply to {client} that was way too casual, and I only noticed "
            "because {col2_first} flagged it.",
            "The week of {date}, I used it to plan an offsite for thirty people in {city}, "
            "down to the bus schedule.",
            "It helped me write a really hard email to {former} when we had to end their contract.",
            "I used it to compare three vendor quotes on {date_iso}, and it spotted a clause "
            "I had missed.",
            "When {mgr_first} was on leave, I covered the {dept} budget review and leaned on "
            "{tool} for the variance notes.",
        ),
    ),
    "team": (
        (
            "How do your colleagues feel about using AI?",
            "What does your manager think about all this?",
            "Has AI changed how your team works together?",
            "Are there any norms or rules at {company} about using these tools?",
            "How do you talk about AI with the people you work with?",
        ),
        (
            "{mgr} is pretty enthusiastic and even brings it up in our quarterly reviews.",
            "{col1_first} refuses to use it at all, which I respect, though it means we work "
            "pretty differently.",
            "{col2}, who's been at {company} longer than anyone, calls it 'the intern' and treats "
            "its output that way.",
            "We have a Slack channel called #ai-tips where people post prompts that worked.",
            "Legal sent around a policy on {date} saying no client names go into public tools.",
            "The team lead asked us to flag any document where AI wrote more than a paragraph.",
            "There's a bit of a generational split. {col3}, a {col_age}-year-old on our team, is "
            "way ahead of me.",
            "Some people worry it makes their work look less valuable, and I get that.",
            "People joke that anything polished came from '{first}'s robot', which I take as a "
            "compliment.",
            "My manager's view is that it's fine as long as we own the result.",
            "Whenever {role} asks how something was made, I just tell them which parts were AI.",
            "{col1} and I pair on prompts sometimes, which has actually made us closer as "
            "colleagues.",
            "After the rollout, {mgr_first} set up office hours every {weekday} for people who "
            "were stuck.",
            "Our counterparts in {country} adopted it faster than we did, honestly.",
            "Our new hires pick it up faster than anyone; one of them built a whole "
            "{software} workflow in a week.",
            "We talk about it at the {weekday} team meeting, usually as a five-minute "
            "show-and-tell.",
            "{col2_first} and {col1_first} had a pretty heated debate about it in a retro once.",
            "The people in our {country} office were the ones who convinced leadership to buy "
            "licenses.",
            "I think {mgr} quietly uses it more than anyone, but would never admit it.",
            "Nobody's been told to use it, but nobody's been told not to, either.",
        ),
    ),
    "change": (
        (
            "How has your job changed since you started using AI?",
            "Looking back over the last couple of years, what's different about your work?",
            "Has AI changed what your employer expects from you?",
            "What's one thing about your work that's different now that you didn't expect?",
        ),
        (
            "Since {month_year}, I'd say my job has shifted from making things to reviewing "
            "things.",
            "My title is the same, but half of what I do now didn't exist when I joined "
            "{company} on {join_date}.",
            "We didn't backfill {former}'s position when they left, partly because the team could "
            "absorb the work with AI.",
            "Expectations went up. {mgr_first} now expects a first draft the same day.",
            "I write a lot less from scratch and spend more time thinking about what to ask for.",
            "I got promoted on {date_iso}, and I think part of that was because I became the "
            "go-to person for AI on the team.",
            "The boring parts shrank, and the parts I enjoy, talking to people, grew.",
            "Honestly, some days I miss the slower version of the job.",
            "{mgr_first} still says 'Nice work, {first}' on things I know {tool} drafted, "
            "which feels a little strange.",
            "I used to spend every {weekday} on {task}; now that's maybe an hour.",
            "A year ago I would have said {task} was half my job; now it's maybe a tenth.",
            "I spend more time in meetings now, which I'm not sure is an improvement.",
            "The quality bar went up too. {mgr_first} notices sloppy AI text right away.",
            "My performance review on {date} mentioned AI by name, which was a first.",
            "I think I'm a better writer now, oddly, because I edit so much more.",
            "We used to outsource {task2}; since {month_year} we do it in-house.",
        ),
    ),
    "trust": (
        (
            "How much do you trust what the AI gives you?",
            "Do you have any concerns about using AI at work?",
            "How do you check whether an answer is right?",
            "Is there anything you would never use it for?",
            "What would make you trust these tools more, or less?",
        ),
        (
            "I trust it for structure, not for facts. Anything with a number I verify in "
            "{data_sw}.",
            "I never paste anything with a customer's personal details in it; that's a hard "
            "line for me.",
            "My worry is less about accuracy and more about what happens to the data once it's "
            "sent.",
            "I once caught it mixing up two of our clients, which could have been a real problem.",
            "I'd never let it make a hiring decision or write a performance review without me "
            "rewriting every word.",
            "If I can't explain why the answer is right, I don't use it. That's my rule.",
            "I'm {age}, and I think my generation is maybe a bit more skeptical by default.",
            "Honestly, I'm more worried about people getting lazy than about the tool itself.",
            "{col2_first} keeps a log of every mistake {tool} makes, and it's a long list.",
            "For anything going to a regulator, {mgr} reviews it line by line regardless.",
            "It's good at sounding sure of itself, which is exactly why I'm careful.",
            "I check anything it says about regulations in {country} against the official source.",
            "When it cites something I click through every single link. Half the time the "
            "link is fine, half the time it isn't.",
            "I ask it to show its work, and if the steps look off, I start over.",
            "{mgr} told us on day one: you sign it, you own it.",
            "I trust it more for {task} than for anything involving numbers.",
        ),
    ),
    "incident": (
        (
            "Have you ever had a security or privacy scare involving AI tools?",
            "Has there been any kind of incident at {company} related to AI and sensitive data?",
            "What's the closest you've come to a data mistake with these tools?",
        ),
        (
            "Yes, actually. In {month_year} someone pasted a server log into {tool}, and it "
            "included the address {ip} of one of our internal machines.",
            "A contractor once uploaded a spreadsheet that had an employee's Social Security "
            "number, {ssn}, right there in column C.",
            "We traced some suspicious logins to {ip}, and I used {tool} to help read the "
            "firewall logs, carefully redacted, of course.",
            "IT flagged it on {date}: a form had been auto-filled with an SSN, {ssn}, and it "
            "ended up in someone's prompt history.",
            "{col1} had to file the incident report, and the whole thing took about two weeks "
            "to close out.",
            "After that, security blocked uploads from anything outside the VPN range, so "
            "requests from addresses like {ip} just fail now.",
            "Nobody got in trouble, but it made everyone a lot more careful about what goes into "
            "a prompt.",
            "The file that leaked had my own details on it, including my SSN, {ssn}, so I took "
            "it pretty personally.",
            "Our security team sent a memo on {date} reminding everyone not to paste "
            "credentials into chat tools.",
            "Someone's laptop at {ip} kept hitting the API with a leaked key until IT revoked it.",
            "HR found an old onboarding form with a Social Security number, {ssn}, sitting in "
            "a shared folder the assistant could read.",
        ),
    ),
    "future": (
        (
            "Where do you see this going over the next few years?",
            "What would you like AI to do for you that it can't do yet?",
            "How do you feel about the future of your role?",
            "If you could design the ideal AI assistant for your job, what would it do?",
        ),
        (
            "I'd love for it to actually remember our projects without me re-explaining "
            "everything every time.",
            "I think in five years every {title_lower} will be expected to use these tools, the "
            "way everyone uses {sheet} now.",
            "I'm not worried about losing my job, but I do think the junior roles will look very "
            "different.",
            "If it could handle the scheduling back-and-forth with people like {client}, I'd be "
            "thrilled.",
            "I'm thinking about a certificate program at {uni} next year to get ahead of it.",
            "Ask me again when I'm {age_plus10}; I suspect the answer will be very different.",
            "{col1_first} thinks we'll all be managing agents instead of doing the work, and I'm "
            "not sure that's wrong.",
            "I want to stay at {company} and help shape how we use it, rather than have it "
            "decided for me.",
            "I'd like it to sit in on meetings and just handle the follow-ups.",
            "I hope it takes the tedious parts of {task} off my plate entirely.",
            "My kids will probably think it's strange that we ever did this stuff by hand.",
            "I'd be a bit sad if the next generation never learns to write a first draft "
            "themselves.",
            "If {company} is smart, they'll train people instead of just buying more licenses.",
            "I could see myself moving into a role that's mostly about setting these tools up "
            "for other teams.",
        ),
    ),
}
SECTION_ORDER = tuple(SECTIONS)
# Padding draws sections with these weights; security incidents stay occasional.
PAD_WEIGHTS = tuple(0.25 if name == "incident" else 1.0 for name in SECTION_ORDER)
# Optional discourse markers for sentences starting with "I ", to vary repeats.
MARKERS = (
    "Honestly, ", "I mean, ", "To be fair, ", "Actually, ", "And ", "So ", "Like I said, ",
)

CLOSING_QUESTIONS_GENERAL = (
    "That's all my questions. Is there anything else you'd like to add?",
    "Thank you, this has been really helpful. Anything we didn't cover that you think matters?",
    "Before we wrap up, is there anything you'd want the people building these tools to know?",
)
CLOSING_QUESTIONS_CONTACT = (
    "We're almost out of time. If we have follow-up questions, what's the best way to reach you?",
    "Thanks so much. Could you share how we can contact you if we want to follow up?",
)
CLOSING_GENERAL = (
    "Just that it's a tool, not a colleague. Thanks for having me.",
    "I'd just say: keep the human in the loop. That's it from me.",
    "Only that people should talk to their teams before they talk to the chatbot. Thanks!",
    "Not really. I enjoyed this, and I'm curious what other people said.",
    "I post about this stuff occasionally at {url} if anyone's curious.",
)
CLOSING_CONTACT = (
    "Sure, you can reach me at {email} or call {phone}.",
    "Email is best: {email}.",
    "My cell is {phone}; I'm usually free after four on {weekday}s.",
    "You can find me on LinkedIn at linkedin.com/in/{handle}, or just email {email}.",
    "Feel free to send the follow-up to {email}, and copy {col1_first} at {col1_email}, since "
    "they run our pilot.",
    "The office line is {phone}. Ask for {first} in {dept}.",
)

FOLLOW_UPS = (
    "Could you say a bit more about that?",
    "Can you give me another example?",
    "How did that feel at the time?",
    "What made you approach it that way?",
    "Interesting. Has that changed recently?",
    "Would you do anything differently now?",
)

FILLERS = (
    "It really depends on the week.",
    "I know that sounds like a lot, but it adds up.",
    "We're a pretty small shop, so everyone wears a lot of hats.",
    "Mondays are usually the worst for that.",
    "I think a lot of people in my field feel the same way.",
    "That might change, though.",
    "We also work with partners in Canada and Germany, so time zones are a constant juggle.",
    "I don't want to oversell it, but it's been useful.",
    "My manager would probably tell the story differently.",
)

# Interviewer acknowledgements that echo PII from the previous answer, keyed by
# a placeholder that must have appeared in that answer.
ECHOES: dict[str, tuple[str, ...]] = {
    "full": ("Thanks, {first}. ", "Great to meet you, {first}. ", "Got it, {first}. "),
    "company": ("That's useful context about {company}. ", "So at {company}, then. "),
    "col1": (
        "You mentioned {col1_first} a moment ago. ",
        "It sounds like {col1_first} matters here. ",
    ),
    "col1_first": ("You mentioned {col1_first}. ",),
    "mgr": ("It sounds like {mgr_first} plays a big role there. ",),
    "mgr_first": ("It sounds like {mgr_first} is pretty involved. ",),
    "city": ("Being in {city} probably shapes that too. ",),
    "tool": ("It's interesting how much {tool} comes up. ",),
}
NEUTRAL_ACKS = (
    "", "", "", "Okay. ", "That makes sense. ", "Interesting. ", "I see. ", "Thank you. ",
    "Thanks for explaining that. ", "That's helpful. ", "Right. ", "Got it. ",
    "That's a great example. ", "I appreciate the detail. ",
)

# People who may be referred to by first name ("{mgr_first}") once introduced.
FIRST_NAME_KEYS = ("mgr", "col1", "col2")
# Facts stated at most once per answer (avoids "I'm 41 ... I'm 41, so ...").
ONCE_PER_ANSWER = frozenset({"age", "city_state", "join_date", "join_month_year", "years2"})

_FORMATTER = string.Formatter()
_NAME_MARKER = re.compile("\x00(\\w+):(full|first)\x00")
_TRANSLIT = str.maketrans({
    "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O",
    "æ": "ae", "Æ": "AE",
})


def _ascii_slug(text: str) -> str:
    """Lower-case ASCII letters/digits only, for emails and handles."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    return "".join(ch for ch in decomposed.lower() if ch.isascii() and ch.isalnum())


@functools.lru_cache(maxsize=None)
def _fields_in(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in _FORMATTER.parse(template) if name)


def _long_date(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def _lower_title(title: str) -> str:
    """'IT Support Specialist' -> 'IT support specialist' (keeps IT, QA, UX, DevOps)."""
    return " ".join(w if any(c.isupper() for c in w[1:]) else w.lower() for w in title.split())


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


@dataclass
class Person:
    first: str
    last: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class NameSource:
    """One seeded Faker per locale; every draw re-seeds from the caller's rng."""

    def __init__(self) -> None:
        self._fakers = {loc: Faker(loc) for loc in NAME_LOCALES}

    def faker(self, rng: random.Random, locale: str) -> Faker:
        fk = self._fakers[locale]
        fk.seed_instance(rng.getrandbits(64))
        return fk

    def locale(self, rng: random.Random) -> str:
        return rng.choices(NAME_LOCALES, weights=LOCALE_WEIGHTS)[0]

    def person(self, rng: random.Random, locale: str | None = None) -> Person:
        loc = locale or self.locale(rng)
        fk = self.faker(rng, loc)
        if loc == "vi_VN":  # vi_VN.first_name() yields "John"/"Jane"
            first = fk.first_name_male() if rng.random() < 0.5 else fk.first_name_female()
        else:
            first = fk.first_name()
        return Person(first, fk.last_name())


class Persona:
    """Everything fixed for one transcript, plus per-sentence random fills."""

    def __init__(self, rng: random.Random, names: NameSource) -> None:
        self.rng = rng
        us = names.faker(rng, "en_US")

        self.recorded = dt.date(2025, 8, 1) + dt.timedelta(days=rng.randrange(0, 110))
        self.locale = names.locale(rng)
        self.me = names.person(rng, self.locale)
        self.mgr = names.person(rng)
        self.cols = [names.person(rng) for _ in range(3)]
        self.client = names.person(rng)
        self.old_mgr = names.person(rng)
        self.friend = names.person(rng)
        self.former = names.person(rng)
        self.interviewer = names.person(rng, rng.choice(("en_US", "en_GB")))

        self.company = us.company()
        self.prev_company = us.company()
        self.client_company = us.company()
        self.domain = self._domain(self.company)

        if rng.random() < 0.5:
            self.city, self.state = rng.choice(REAL_US_CITIES)
        else:
            self.city, self.state = us.city(), us.state()
        self.uni_city = us.city()
        self.street = us.street_address()
        self.hometown = (
            f"{us.city()}, {us.state()}" if self.locale == "en_US"
            else rng.choice(HOMETOWNS[self.locale])
        )

        self.age = rng.randint(23, 64)
        self.years = rng.randint(1, max(1, min(15, self.age - 22)))
        self.join_date = self.recorded - dt.timedelta(
            days=self.years * 365 + rng.randrange(0, 300))
        self.dob = self.recorded - dt.timedelta(days=int(self.age * 365.25) + rng.randrange(1, 360))
        self.grad_year = self.recorded.year - self.age + 22 + rng.randint(0, 1)
        self.grad_year2 = min(self.recorded.year - 1, self.grad_year + rng.randint(2, 8))
        self.uni, self.uni2 = rng.sample(UNIVERSITIES, 2)
        if rng.random() < 0.35:
            self.uni = f"{us.city()} State University"

        self.title = rng.choice(TITLES)
        self.dept = rng.choice(DEPARTMENTS)
        self.study = rng.choice(FIELDS_OF_STUDY)
        self.tool, self.tool2 = rng.sample(AI_TOOLS, 2)
        if {self.tool, self.tool2} == {"Copilot", "GitHub Copilot"}:
            self.tool2 = "ChatGPT"
        self.software = rng.sample(SOFTWARE, 3)
        self.sheet = rng.choice(("Excel", "Excel", "Google Sheets"))
        self.tasks = rng.sample(TASKS, 3)

        self.email = self._email(self.me)
        self.col1_email = self._email(self.cols[0])
        self.handle = self._handle()
        self.area = rng.choice(AREA_CODES)
        self.phone_digits = (
            self.area, f"{rng.randint(201, 989):03d}", f"{rng.randint(0, 9999):04d}",
        )
        self.url = self._url()
        self.ip = self._ip()
        self.ssn = self._ssn()

    # -- fixed identifiers -------------------------------------------------
    def _domain(self, company: str) -> str:
        stop = {"and", "llc", "ltd", "inc", "plc", "group", "sons", "co"}
        words = [w for w in company.replace("-", " ").replace(",", " ").split()
                 if w.lower() not in stop]
        stem = "".join(_ascii_slug(w) for w in words[:2]) or "example"
        return f"{stem}.{self.rng.choice(('com', 'com', 'com', 'io', 'co', 'net'))}"

    def _email(self, p: Person) -> str:
        first = _ascii_slug(p.first.split()[0])
        last = _ascii_slug(p.last)
        local = self.rng.choice((
            f"{first}.{last}", f"{first}.{last}", f"{first}.{last}",
            f"{first[:1]}{last}", f"{first}_{last}",
        ))
        return f"{local}@{self.domain}"

    def _handle(self) -> str:
        first = _ascii_slug(self.me.first.split()[0])
        last = _ascii_slug(self.me.last)
        return self.rng.choice((
            f"{first}-{last}", f"{first}{last}", f"{first}-{last}-{self.rng.randint(10, 99)}",
            f"{first[:1]}{last}",
        ))

    def _url(self) -> str:
        first = _ascii_slug(self.me.first.split()[0])
        last = _ascii_slug(self.me.last)
        return self.rng.choice((
            f"https://{first}{last}.com", f"www.{first}-{last}.dev",
            f"https://{self.handle}.substack.com", f"linkedin.com/in/{self.handle}",
            f"github.com/{self.handle}",
        ))

    def _ip(self) -> str:
        r = self.rng
        kind = r.random()
        if kind < 0.35:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if kind < 0.6:
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"{r.choice((23, 45, 64, 71, 98, 104, 142, 185, 203))}." \
               f"{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def _ssn(self) -> str:
        r = self.rng
        area = r.randint(1, 898)
        area += area >= 666  # skip 666, never issued
        return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

    # -- per-use formatting ------------------------------------------------
    def phone(self) -> str:
        a, b, c = self.phone_digits
        return self.rng.choice((
            f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}",
        ))

    def event_date(self) -> dt.date:
        start = dt.date(2022, 9, 1)  # AI-at-work anecdotes postdate ChatGPT's launch
        span = (self.recorded - dt.timedelta(days=30) - start).days
        return start + dt.timedelta(days=self.rng.randrange(0, span))

    def fields(self) -> dict[str, str]:
        r = self.rng
        c1, c2, c3 = self.cols
        d = self.event_date()
        sw = r.sample(self.software, 2)
        tasks = r.sample(self.tasks, 2)
        city_state = f"{self.city}, {self.state}" if r.random() < 0.6 else self.city
        title_lower = _lower_title(self.title)
        return {
            "full": self.me.full, "first": self.me.first, "last": self.me.last,
            "title": self.title, "title_lower": title_lower,
            "a_title": f"{_article(self.title)} {self.title}",
            "a_title_lower": f"{_article(title_lower)} {title_lower}",
            "company": self.company, "prev_company": self.prev_company,
            "client_company": self.client_company,
            "city": self.city, "state": self.state, "city_state": city_state,
            "uni_city": self.uni_city, "street": self.street, "hometown": self.hometown,
            "age": str(self.age), "age_plus10": str(self.age + 10),
            "age_back": str(rng_between(r, 25, max(26, self.age))),
            "years": str(self.years), "years2": str(r.randint(2, 8)),
            "join_date": _long_date(self.join_date),
            "join_month_year": f"{MONTHS[self.join_date.month - 1]} {self.join_date.year}",
            "dob": _long_date(self.dob),
            "uni": self.uni, "uni2": self.uni2, "study": self.study,
            "grad_year": str(self.grad_year), "grad_year2": str(self.grad_year2),
            "email": self.email, "col1_email": self.col1_email, "phone": self.phone(),
            "url": self.url, "handle": self.handle, "ip": self.ip, "ssn": self.ssn,
            "mgr": self.mgr.full, "mgr_first": self.mgr.first,
            "col1": c1.full, "col1_first": c1.first, "col2": c2.full, "col2_first": c2.first,
            "col3": c3.full, "col_age": str(r.randint(22, 61)),
            "former": self.former.full, "client": self.client.full,
            "old_mgr": self.old_mgr.full, "friend": self.friend.full,
            "date": _long_date(d), "date_iso": d.isoformat(),
            "date_dm": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            "month_year": f"{MONTHS[d.month - 1]} {d.year}", "month_name": MONTHS[d.month - 1],
            "tool": self.tool, "tool2": self.tool2, "software": sw[0], "software2": sw[1],
            "sheet": self.sheet, "wiki": r.choice(WIKIS), "data_sw": r.choice(DATA_SOFTWARE),
            "task": tasks[0], "task2": tasks[1], "dept": self.dept,
            "weekday": r.choice(WEEKDAYS), "country": r.choice(COUNTRIES),
            "role": r.choice(GENERIC_ROLES),
            "pct": str(r.randrange(10, 75, 5)), "hours": str(r.randint(2, 12)),
        }

    def fill(self, template: str) -> str:
        fields = self.fields()
        # Colleagues are written as markers and resolved by resolve_names() once the
        # transcript is complete, because answers grow after they are first written.
        for key in FIRST_NAME_KEYS:
            fields[key] = f"\x00{key}:full\x00"
            fields[f"{key}_first"] = f"\x00{key}:first\x00"
        return template.format_map(fields)

    def resolve_names(self, text: str) -> str:
        """Full name at a person's first mention (in reading order), first name later on
        wherever the template asked for it."""
        people = {"mgr": self.mgr, "col1": self.cols[0], "col2": self.cols[1]}
        seen: set[str] = set()

        def sub(m: re.Match[str]) -> str:
            key, form = m.group(1), m.group(2)
            person = people[key]
            if key not in seen or form == "full":
                seen.add(key)
                return person.full
            return person.first

        return _NAME_MARKER.sub(sub, text)


def rng_between(r: random.Random, lo: int, hi: int) -> int:
    return r.randint(lo, hi) if hi >= lo else lo


class _Picker:
    """Draw templates without repetition until a pool is exhausted, then reuse."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: dict[int, set[int]] = {}

    def pick(self, pool: tuple[str, ...], avoid: frozenset[str] | set[str] = frozenset()) -> str:
        used = self.used.setdefault(id(pool), set())
        if len(used) >= len(pool):
            used.clear()
        fresh = [i for i in range(len(pool)) if i not in used]
        clean = [i for i in fresh if not (_fields_in(pool[i]) & avoid)]
        idx = self.rng.choice(clean or fresh)
        used.add(idx)
        return pool[idx]


@dataclass
class Turn:
    speaker: str
    sentences: list[str]
    section: str
    fields: set[str]

    def render(self) -> str:
        return f"{self.speaker}: " + " ".join(self.sentences)

    def words(self) -> int:
        return len(self.render().split())


class _Builder:
    def __init__(self, rng: random.Random, persona: Persona) -> None:
        self.rng = rng
        self.p = persona
        self.picker = _Picker(rng)

    def _ai(self, question: str, prev: Turn | None, section: str) -> Turn:
        r = self.rng
        prefix = ""
        keys = sorted(k for k in (prev.fields if prev else set()) if k in ECHOES)
        if prev is not None and prev.section == "intro" and r.random() < 0.75:
            prefix = self.picker.pick(ECHOES["full"])  # first name right after the intro
        elif keys and r.random() < 0.55:
            prefix = self.picker.pick(ECHOES[r.choice(keys)])
        elif prev is not None:
            prefix = r.choice(NEUTRAL_ACKS)
        text = self.p.fill(prefix + question)
        return Turn("AI", [text], section, set())

    def _user_sentence(self, turn: Turn, pool: tuple[str, ...]) -> None:
        template = self.picker.pick(pool, avoid=turn.fields & ONCE_PER_ANSWER)
        turn.fields |= _fields_in(template)
        sentence = self.p.fill(template)
        if turn.sentences and sentence.startswith(("I ", "I'")) and self.rng.random() < 0.15:
            sentence = self.rng.choice(MARKERS) + sentence
        turn.sentences.append(sentence)

    def intro(self) -> list[Turn]:
        ai = self._ai(self.picker.pick(INTRO_QUESTIONS), None, "intro")
        user = Turn("User", [], "intro", set())
        self._user_sentence(user, INTRO_NAME)
        for _ in range(self.rng.randint(1, 2)):
            self._user_sentence(user, INTRO_EXTRA)
        return [ai, user]

    def section(
        self, name: str, prev: Turn, n_sentences: int, follow_up: bool = False,
    ) -> list[Turn]:
        questions, answers = SECTIONS[name]
        pool = FOLLOW_UPS if follow_up else questions
        ai = self._ai(self.picker.pick(pool), prev, name)
        user = Turn("User", [], name, set())
        for _ in range(n_sentences):
            self._user_sentence(user, answers)
        if self.rng.random() < 0.2:
            user.sentences.insert(self.rng.randrange(1, len(user.sentences) + 1),
                                  self.picker.pick(FILLERS))
        return [ai, user]

    def closing(self, prev: Turn) -> list[Turn]:
        if self.rng.random() < 0.5:
            q, pool = CLOSING_QUESTIONS_CONTACT, CLOSING_CONTACT
        else:
            q, pool = CLOSING_QUESTIONS_GENERAL, CLOSING_GENERAL
        ai = self._ai(self.picker.pick(q), prev, "closing")
        user = Turn("User", [], "closing", set())
        self._user_sentence(user, pool)
        return [ai, user]

    def grow(self, turn: Turn) -> None:
        if turn.section == "intro":
            self._user_sentence(turn, INTRO_EXTRA)
        else:
            self._user_sentence(turn, SECTIONS[turn.section][1])


def _transcript(rng: random.Random, names: NameSource, words: int | None) -> tuple[str, Persona]:
    persona = Persona(rng, names)
    b = _Builder(rng, persona)

    # 300-600 words in 8-16 turns; longer targets get more exchanges, not longer answers.
    target = rng.randint(320, 560)
    n_pairs = min(8, max(4, round(target / 70) - rng.randint(0, 1)))
    optional = [s for s in SECTION_ORDER if s != "incident" or rng.random() < 0.35]
    chosen = sorted(rng.sample(optional, min(n_pairs - 2, len(optional))),
                    key=SECTION_ORDER.index)

    turns = b.intro()
    for name in chosen:
        turns += b.section(name, turns[-1], rng.randint(1, 2))
    turns += b.closing(turns[-1])

    # Grow answers to the target length, preferring answers that are still short.
    total = sum(t.words() for t in turns)
    growable = [t for t in turns if t.speaker == "User" and t.section != "closing"]
    while total < target:
        short = [t for t in growable if len(t.sentences) < (4 if t.section == "intro" else 6)]
        t = rng.choice(short or growable)
        before = t.words()
        b.grow(t)
        total += t.words() - before

    # Benchmark padding: insert further realistic exchanges before the closing.
    if words is not None:
        while total < words:
            name = rng.choices(SECTION_ORDER, weights=PAD_WEIGHTS)[0]
            prev = turns[-3]
            pair = b.section(name, prev, rng.randint(2, 4), follow_up=rng.random() < 0.25)
            turns[-2:-2] = pair
            total += sum(t.words() for t in pair)

    return persona.resolve_names("\n\n".join(t.render() for t in turns)), persona


def generate(
    n: int = DEFAULT_N, seed: int = DEFAULT_SEED, words: int | None = None,
) -> list[dict]:
    """Return ``n`` synthetic transcripts as rows with id, text, recorded, interviewer."""
    if n < 0:
        raise ValueError("n must be >= 0")
    if words is not None and words <= 0:
        raise ValueError("words must be positive")
    names = NameSource()
    rows: list[dict] = []
    for i in range(1, n + 1):
        rng = random.Random(f"clearance-examples:{seed}:{i}")
        text, persona = _transcript(rng, names, words)
        rows.append({
            "transcript_id": f"int-{i:04d}",
            "text": text,
            "recorded": persona.recorded.isoformat(),
            "interviewer": persona.interviewer.full,
        })
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N,
                        help="number of transcripts (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help="random seed (default: %(default)s)")
    parser.add_argument("--words", type=int, default=None,
                        help="approximate target words per transcript; pads with extra turns")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="output JSONL path (default: examples/transcripts.jsonl)")
    args = parser.parse_args(argv)

    rows = generate(n=args.n, seed=args.seed, words=args.words)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(rows)} transcripts to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
