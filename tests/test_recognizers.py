"""Behaviour of Clearance's own recognizers and of scan-level propagation and filters:
each capability with something it must catch and something it must leave alone."""

from __future__ import annotations

import pytest

from anonymize.policy import load_policy
from anonymize.recognizers import (
    ContextNameRecognizer,
    CuedAddressRecognizer,
    NationalIdRecognizer,
    NATIONAL_ID_ENTITIES,
    ObfuscatedContactRecognizer,
)
from anonymize.recognizers.ids import _cf_ok, _cpf_ok, _de_tax_ok, _pesel_ok
from anonymize.recognizers.patterns import case_number_recognizer, social_handle_recognizer
from anonymize.scan import PROPAGATION, build_analyzer, scan_text


@pytest.fixture(scope="module")
def policy():
    return load_policy(None).policy


@pytest.fixture(scope="module")
def analyzer(policy):
    return build_analyzer(policy)


def covered(analyzer, policy, text: str) -> list[tuple[str, str, str]]:
    return [(text[f.start:f.end], f.entity_type, f.recognizer) for f in scan_text(analyzer, text, policy)]


def spans(analyzer, policy, text):
    return [(f.start, f.end) for f in scan_text(analyzer, text, policy)]


def _inside(fs, text: str, start: int, value: str) -> bool:
    """Every word character of `value`, said at `start`, is inside some finding."""
    return all(any(s <= i < e for s, e in fs) for i in range(start, start + len(value)) if text[i].isalnum())


def caught(analyzer, policy, text: str, value: str, nth: int = 0) -> bool:
    """Every word character of the nth occurrence of `value` is inside some finding."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return _inside(spans(analyzer, policy, text), text, start, value)


def uncaught(analyzer, policy, text: str, values) -> list[str]:
    """The values whose first occurrence `caught` would fail, with one scan for all of them."""
    fs = spans(analyzer, policy, text)
    return [value for value in values if not _inside(fs, text, text.index(value), value)]


def untouched(analyzer, policy, text: str, value: str) -> bool:
    start = text.index(value)
    fs = spans(analyzer, policy, text)
    return not any(s < start + len(value) and start < e for s, e in fs)


def _rec(cls, entities, name):
    r = cls(supported_entities=entities, name=name)
    r.load()
    return r


def _values(recognizer, text, entities=None):
    return [(text[r.start:r.end], r.entity_type)
            for r in recognizer.analyze(text, entities or recognizer.supported_entities)]


# --- context-cue names ------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Honestly my boss dave didn't care at first.", "dave"),
    ("so i asked my coworker nokulunga keith and she said fine.", "nokulunga keith"),
    ("My colleague Will was the first to try it.", "Will"),
    ("Oh, and Ruby from finance still refuses to touch it.", "Ruby"),
    ("AI: Thanks, Stephany. Which tools do you use?", "Stephany"),
    ("AI: Great, thank you Carole. Can you walk me through it?", "Carole"),
    ("AI: Hương, thanks for your time.", "Hương"),
    ("We hired a guy named Tobias last spring.", "Tobias"),
])
def test_context_names_caught(text, name):
    rec = _rec(ContextNameRecognizer, ["PERSON"], "ctx")
    assert (name, "PERSON") in _values(rec, text)


@pytest.mark.parametrize("text", [
    "My manager will decide next week.",
    "my boss said the numbers were late.",
    "Thanks, everyone. That was useful.",
    "AI: Okay, so tell me about your team.",
    "I called the help desk twice.",
])
def test_context_names_not_words(text):
    rec = _rec(ContextNameRecognizer, ["PERSON"], "ctx")
    assert _values(rec, text) == []


def test_lowercase_cue_name_survives_scan(analyzer, policy):
    text = "User: so i asked my coworker richard and she said just paste it in."
    assert caught(analyzer, policy, text, "richard")
    assert untouched(analyzer, policy, text, "paste")


# --- propagation --------------------------------------------------------------------------

def test_propagation_first_name_possessive_and_case(analyzer, policy):
    text = ("User: After Tiberiu Nistor showed the team a demo, everyone tried it. "
            "We all trust tiberiu. I borrowed tiberiu's car. TIBERIU NISTOR agreed.")
    fs = scan_text(analyzer, text, policy)
    assert caught(analyzer, policy, text, "tiberiu", 0)
    assert caught(analyzer, policy, text, "tiberiu", 1)
    assert caught(analyzer, policy, text, "TIBERIU NISTOR")
    assert any(f.recognizer == PROPAGATION for f in fs)


def test_propagation_word_names_only_capitalized(analyzer, policy):
    text = ("User: My colleague Hope was the first to try it; Hope basically trained us. "
            "I hope it works, and we will see.")
    assert caught(analyzer, policy, text, "Hope", 1)
    assert untouched(analyzer, policy, text, "hope it")
    assert untouched(analyzer, policy, text, "will see")


def test_propagation_leaves_the_negation_a_name_is_the_stem_of(analyzer, policy):
    """'Don' or 'Won' found once is not protected inside "don't" or "won't"."""
    text = ("User: My foreman Don checks the site. I don't know why. Won Jae-hyun said he won't come. "
            "Don't ask. Won thinks so, and Don's crew waits.")
    assert untouched(analyzer, policy, text, "don't")
    assert untouched(analyzer, policy, text, "won't")
    assert untouched(analyzer, policy, text, "Don't")
    assert caught(analyzer, policy, text, "Won", 1)
    assert caught(analyzer, policy, text, "Don", 2)  # "Don's crew"


def test_a_persons_possessive_is_no_part_of_the_name(analyzer, policy):
    text = "A widower's pension under Mrs Willis's occupational pension. I borrowed Tunde Bakare's car."
    persons = [text[s:e] for s, e, t in ((f.start, f.end, f.entity_type) for f in scan_text(analyzer, text, policy))
               if t == "PERSON"]
    assert persons and not any(p.endswith(("'s", "’s")) for p in persons), persons
    assert caught(analyzer, policy, text, "Mrs Willis") and caught(analyzer, policy, text, "Tunde Bakare")


def test_propagation_skips_allow_list_and_generic(analyzer, policy):
    text = "User: Sam Altman said it again. Sam Altman always says that. Excel is fine."
    assert untouched(analyzer, policy, text, "Sam Altman")
    assert untouched(analyzer, policy, text, "Excel")


# --- handles, phones, ids, addresses, case numbers -----------------------------------

def test_social_handles():
    rec = social_handle_recognizer()
    text = "I post as @khadija_tukur and @the_kim. Mail me at kim.b@gmail.com."
    found = [v for v, _ in _values(rec, text, ["SOCIAL_HANDLE"])]
    assert found == ["@khadija_tukur", "@the_kim"]


@pytest.mark.parametrize("phone", ["+63 92 385 5395", "+90(494)7112155", "001-433-458-5953",
                                   "+1-265-497-0504", "+６２ (０１９５) ６１９-５５９３", "５０３ １６２ ４３３",
                                   "0383 423 4567"])
def test_phone_shapes(phone):
    rec = _rec(ObfuscatedContactRecognizer, ["EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN"], "obf")
    text = f"Call me on {phone} if you need anything."
    assert (phone, "PHONE_NUMBER") in _values(rec, text)


@pytest.mark.parametrize("text", ["We met on 2019-07-28 at 10:30.", "It cost 1,250,000 euros.",
                                  "Server 192.168.100.200 was down.", "Room 12, floor 3."])
def test_phone_shapes_not_dates_or_amounts(text):
    rec = _rec(ObfuscatedContactRecognizer, ["EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN"], "obf")
    assert [v for v, t in _values(rec, text) if t == "PHONE_NUMBER"] == []


def test_checksums():
    assert _cf_ok("RGNDMC92C41I103A") is not None
    assert _cf_ok("BCCFRC15M25E852P") and not _cf_ok("BCCFRC15M25E852Q")
    assert _cpf_ok("187.244.670-14") and not _cpf_ok("187.244.670-15")
    assert _pesel_ok("77082414171") and not _pesel_ok("77082414172")
    assert _de_tax_ok("86095742719") and not _de_tax_ok("86095742718")


@pytest.mark.parametrize("text,value,entity", [
    ("I typed NP 28 06 02 D before I thought.", "NP 28 06 02 D", "UK_NINO"),
    ("My codice fiscale is BCCFRC15M25E852P.", "BCCFRC15M25E852P", "IT_FISCAL_CODE"),
    ("My tax ID is 45 004 991 453, sadly.", "45 004 991 453", "DE_TAX_ID"),
    ("The CPF 187.244.670-14 was on it.", "187.244.670-14", "BR_CPF"),
    ("Her CURP is ZAID260627MTLTZM02.", "ZAID260627MTLTZM02", "MX_CURP"),
    ("I'm MEI, the CNPJ is 41.582.739/0001-26.", "41.582.739/0001-26", "NATIONAL_ID"),
])
def test_national_ids(text, value, entity):
    rec = _rec(NationalIdRecognizer, NATIONAL_ID_ENTITIES, "nid")
    assert (value, entity) in _values(rec, text)


def test_national_ids_need_check_or_context():
    rec = _rec(NationalIdRecognizer, NATIONAL_ID_ENTITIES, "nid")
    assert _values(rec, "We shipped 45 004 991 453 units") == []  # fails the check, no id word
    assert _values(rec, "The prefix GB 12 34 56 A is never issued.") == []
    assert _values(rec, "a fake code BCCFRC15M25E852Q here") == []


def test_case_numbers():
    rec = case_number_recognizer()
    text = "(application no. 28045/02) and nos. 316/07; open 24/7 on 12/4/2023."
    assert {v for v, _ in _values(rec, text, ["CASE_NUMBER"])} == {"28045/02", "316/07"}


@pytest.mark.parametrize("text,value", [
    ("I live at Jl. Moch. Toha No. 951 in Bandung, near work.", "Jl. Moch. Toha No. 951"),
    ("Our office is at pl. Wróblewskiego 11/72, but I'm remote.", "pl. Wróblewskiego 11/72"),
    ("The invoice went to 9, boulevard de Collet, which is my home.", "9, boulevard de Collet"),
])
def test_cued_addresses(text, value):
    rec = _rec(CuedAddressRecognizer, ["STREET_ADDRESS"], "addr")
    assert (value, "STREET_ADDRESS") in _values(rec, text)


@pytest.mark.parametrize("text", ["I went to 3 hearings last year.", "We moved to Berlin in 2019.",
                                  "I went to the University of Leeds."])
def test_cued_addresses_need_number_and_name(text):
    rec = _rec(CuedAddressRecognizer, ["STREET_ADDRESS"], "addr")
    assert _values(rec, text) == []


# --- precision filters -----------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("User: On Tuesdays I batch my reports.", "Tuesdays"),
    ("User: Every August we do planning.", "August"),
    ("User: I spent a year in Canada.", "Canada"),
    ("User: Our teams in North America adopted it faster.", "North America"),
    ("User: When Elon Musk says these models will replace jobs, I roll my eyes.", "Elon Musk"),
    ("User: I use Figma and Excel every day.", "Figma"),
])
def test_harmless_text_survives(analyzer, policy, text, value):
    assert untouched(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: We started on Tuesday, 3 March 2024.", "3 March 2024"),
    ("User: I grew up in Leeds and moved to Bristol.", "Leeds"),
    ("User: I post as @khadija_tukur online.", "@khadija_tukur"),
])
def test_identifying_text_still_caught(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_generic_institutions_not_organizations(analyzer, policy):
    text = ("The Court notes that the Supreme Administrative Court dismissed the appeal. "
            "The Polish Government disagreed with the Warsaw Regional Court.")
    found = covered(analyzer, policy, text)
    assert not any(v in ("Court", "the Supreme Administrative Court", "The Polish Government")
                   for v, _, _ in found)
    assert caught(analyzer, policy, text, "Warsaw Regional Court")


# --- places, employers, schools and job titles after a cue -----------------------------

@pytest.mark.parametrize("text,value,entity", [
    ("I grew up in Awka and moved to Lagos for work.", "Awka", "LOCATION"),
    ("We're based in Hải Phòng these days.", "Hải Phòng", "LOCATION"),
    ("Before this I was a Claims Adjuster at TP Petrol Dağıtım for six years.", "TP Petrol Dağıtım", "ORGANIZATION"),
    ("Before this I was a Claims Adjuster at TP Petrol Dağıtım for six years.", "Claims Adjuster", "JOB_TITLE"),
    ("Before Leblanc e figli, I was a designer.", "Leblanc e figli", "ORGANIZATION"),
    ("everyone at PPUH Tworzydło-Sycz Sp. z o.o. Sp.k just calls me Natan.", "PPUH Tworzydło-Sycz Sp. z o.o. Sp.k", "ORGANIZATION"),
    ("Mechanical Engineer at PT Gunawan (Persero) Tbk. I've been there four years.", "PT Gunawan (Persero) Tbk", "ORGANIZATION"),
    ("I work as a grant writer for Okafor Holdings.", "grant writer", "JOB_TITLE"),
    ("I studied nursing at RMIT Vietnam and graduated in 2025.", "RMIT Vietnam", "SCHOOL"),
    ("straight out of METU. I started at a bank.", "METU", "SCHOOL"),
    ("I went to the Università di Bologna, then moved.", "the Università di Bologna", "SCHOOL"),
    ("I studied at Orta Doğu Teknik Üniversitesi.", "Orta Doğu Teknik Üniversitesi", "SCHOOL"),
])
def test_cued_entities(text, value, entity):
    from anonymize.recognizers import CuedEntityRecognizer

    rec = CuedEntityRecognizer(supported_entities=["LOCATION", "ORGANIZATION", "JOB_TITLE", "SCHOOL"])
    rec.load()
    assert (value, entity) in {(text[r.start:r.end], r.entity_type) for r in rec.analyze(text, [])}


@pytest.mark.parametrize("text", [
    "I moved to Marketing last year.",           # a department, all common words
    "I went to Mexico for a conference.",        # a country is not a school
    "I'm a big fan of ChatGPT.",                  # not a job title
    "I'm a heavy user at work.",                  # no employer after it
    "I grew up in the nineties.",                 # nothing capitalized
    "I'm here Monday and I'm in Q3 planning.",    # no place preposition after the cue
])
def test_cued_entities_leave_plain_text(text):
    from anonymize.recognizers import CuedEntityRecognizer

    rec = CuedEntityRecognizer(supported_entities=["LOCATION", "ORGANIZATION", "JOB_TITLE", "SCHOOL"])
    rec.load()
    found = [(text[r.start:r.end], r.entity_type) for r in rec.analyze(text, [])]
    assert found == [], found


def test_any_country_id_number_after_an_id_word(analyzer, policy):
    text = "I even pasted my Aadhaar number, 3506 8101 2612, into a form."
    assert ("3506 8101 2612", "NATIONAL_ID") in {(v, t) for v, t, _ in covered(analyzer, policy, text)}
    plain = "We processed 3506 8101 2612 rows last quarter."
    assert not any(t == "NATIONAL_ID" for _, t, _ in covered(analyzer, policy, plain))


def test_names_with_particles_and_possessives(analyzer, policy):
    text = "I'm Yara van den Hoek. Brent le Matelot is the skeptic. Fitriani's team went all in."
    got = {v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"}
    assert {"Yara van den Hoek", "Brent le Matelot", "Fitriani"} <= got, got


def test_propagation_leaves_allow_listed_public_figure(analyzer, policy):
    text = "My colleague Mark Brandt laughed. Mark Zuckerberg posted again, and Mark shared it."
    found = {(text[f.start:f.end], f.start) for f in scan_text(analyzer, text, policy)}
    z = text.index("Mark Zuckerberg")
    assert not any(start == z for _, start in found)
    assert ("Mark", text.rindex("Mark")) in found


@pytest.mark.parametrize("text,value", [
    ("I make about $85,000 a year.", "about $85,000"),
    ("He paid PLN 552.21 [approx. EUR 138] in costs.", "PLN 552.21 [approx. EUR 138]"),
    ("an award of 100,000 Polish zlotys (PLN) was made", "100,000 Polish zlotys (PLN)"),
    ("they offered five hundred euros", "five hundred euros"),
])
def test_money_amounts(analyzer, policy, text, value):
    assert (value, "MONEY") in {(v, t) for v, t, _ in covered(analyzer, policy, text)}


def test_money_needs_a_currency(analyzer, policy):
    text = "I have 3 kids, two dogs and 40 open tickets."
    assert not any(t == "MONEY" for _, t, _ in covered(analyzer, policy, text))


def test_spelled_out_ages(analyzer, policy):
    text = "I'm forty-two and my son is ten years old. I am one of the few."
    ages = [v for v, t, _ in covered(analyzer, policy, text) if t == "AGE"]
    assert ages == ["forty-two", "ten"]


def test_ages_in_apposition_and_of_a_role(analyzer, policy):
    text = ("One old man, hajj Sayed Mahmoud, seventy-eight, came in. A client, Ramón Benítez, fifty-four "
            "years, was fired. My boss is 60 and still prints emails. The head nurse in my unit is 58, "
            "retiring. Pages 4, 12, and 19 were wrong. My manager said the budget is 60 and fine.")
    ages = [v for v, t, _ in covered(analyzer, policy, text) if t == "AGE"]
    assert ages == ["seventy-eight", "fifty-four", "60", "58"], ages


def test_an_age_a_rule_sets_is_nobodys(analyzer, policy):
    """TAB dev: "his State pension until age 65 whereas a woman could claim at age 60" masked
    two statutory ages (as AGE and as the model's dates); a person's age said with the same
    words stays caught."""
    text = ("He could not receive his State pension until age 65, whereas a woman could claim her State "
            "pension at age 60. The law set a retirement age of 68 and a minimum age of eighteen. "
            "I'm age 61 and my boss, aged 58, retires next year.")
    found = covered(analyzer, policy, text)
    assert not [v for v, t, _ in found if any(n in v for n in ("65", "60", "68", "eighteen"))], found
    assert caught(analyzer, policy, text, "61") and caught(analyzer, policy, text, "58")


def test_a_texts_year_is_no_ones_date(analyzer, policy):
    """TAB dev: "the 1985 Act did not apply", "the 1994 edition of the pamphlet" masked the
    year of a law or a document; a year said of a person stays caught."""
    text = "The 1985 Act did not apply and the 1994 edition was used. I joined the firm in 1994."
    dates = [(s, e) for s, e, t in ((f.start, f.end, f.entity_type) for f in scan_text(analyzer, text, policy))
             if t == "DATE_TIME"]
    assert dates == [(text.rindex("1994"), text.rindex("1994") + 4)], dates


def test_laws_are_not_organisations_and_articles_stay_outside(analyzer, policy):
    text = "The EU AI Act worries the legal team. I used to work for the Lagos State Ministry of Health."
    found = covered(analyzer, policy, text)
    assert not any("Act" in v for v, _, _ in found)
    orgs = [v for v, t, _ in found if t == "ORGANIZATION"]
    assert orgs and all(not v.lower().startswith("the ") for v in orgs), orgs


def test_offices_and_what_a_law_is_about_are_no_ones(analyzer, policy):
    """TAB train: "the Chief Building Inspector allowed the appeal" was a name after the
    honorific "Chief", "the Minister of Agriculture and Food Economics dismissed" the model's
    organization, and "the 1998 Act on the Legal Status of Registered Religious Communities"
    an organization too. A chief by name, a minister who is the speaker and an employer stay."""
    text = ("On 22 February 1995 the Chief Building Inspector allowed the appeal. The Chief Public "
            "Prosecutor filed an indictment. On 29 August 1997 the Minister of Agriculture and Food "
            "Economics dismissed the request under the 1998 Act on the Legal Status of Registered "
            "Religious Communities and the Hague Convention on the Civil Aspects of Child Abduction. "
            "I met Chief Adebayo Ogun at the market. I worked at the Ministry of Health.")
    found = covered(analyzer, policy, text)
    values = " | ".join(v for v, _, _ in found)
    for office in ("Building Inspector", "Public", "Agriculture", "Legal Status", "Civil Aspects"):
        assert office not in values, found
    assert caught(analyzer, policy, text, "Adebayo Ogun") and caught(analyzer, policy, text, "Ministry of Health")
    holder = "She is the Minister of Agriculture and Food Economics now."
    assert caught(analyzer, policy, holder, "Minister of Agriculture and Food Economics")


def test_a_currency_is_no_ones_name(analyzer, policy):
    """TAB train: the model read "paid in German Marks (DEM)" as a place or a person, and the
    propagated "German" then masked "the German Unification Treaty" as a person throughout the
    judgment. A surname that is a currency word stays a name."""
    text = ("The allowance and the retirement pensions were moreover converted and paid in German Marks "
            "(DEM).\n\nIt pointed out that the wording of the German Unification Treaty was ambiguous. "
            "My colleague Brian Marks checks the invoices.")
    values = [v for v, _, _ in covered(analyzer, policy, text)]
    assert not any("German" in v for v in values), values
    assert caught(analyzer, policy, text, "Brian Marks")


def test_a_career_told_step_by_step_keeps_each_title(analyzer, policy):
    """Blind set BS (mid- and late-career workers) first scored 0.538 on job titles: careers
    told as steps ("became", "rose to", "ended as", "went from ... to ...", "as X until") and
    a relative's job after an aside lost their titles. A wish is no title yet."""
    text = ("I went from branch manager to regional director of Eastern Cape in 2007. At Nigerian "
            "Breweries I rose to head of distribution for the whole region. I became project director in "
            "2006. I left in 2009 to join KPMG as associate director. I ended as senior manager in audit. "
            "I signed the contract, as senior advisor, until 2022. Then I went to Luxottica as IT manager "
            "for the plant. I was HR director for the site when I left. Worked my way up to assistant "
            "controller. My wife Montse — Montserrat, like the mountain — is a pharmacy technician. My "
            "husband Oh Jae-won is a vice principal at a high school. My late husband Clarence was a "
            "longshoreman for thirty years.")
    assert not uncaught(analyzer, policy, text, [
        "branch manager", "regional director", "head of distribution", "project director", "associate director",
        "senior manager", "senior advisor", "IT manager", "HR director", "assistant controller",
        "pharmacy technician", "vice principal", "longshoreman"])
    wishes = ("I hope to finish my degree and become a pharmacist myself. Maybe become a dispatcher before "
              "my back gives up. It became common practice and we became friends with the team.")
    assert not [v for v, t, _ in covered(analyzer, policy, wishes) if t in ("JOB_TITLE", "OCCUPATION")]


def test_a_careers_years_ages_and_nicknames(analyzer, policy):
    """Blind set BS: the end of a span of years ("PwC from 1991 to 2010": the model takes the
    first year only), "everyone called me Bill", children listed with their ages, an age said
    after "at" in a sentence about working, one counted another way ("57 in Korean age"), and a
    name's other form after a dash ("Montse — Montserrat"). A time of day or a rate stays."""
    text = ("So I say PwC from 1991 to 2010. Kia ora, I'm Wiremu, but at work everyone called me Bill — "
            "Wiremu is William. Her kids are Nikau, nine, and Manaia, six. I can learn a new tool at "
            "sixty-two. My husband is still working at sixty-three, his knees are shot. I am 56 — or 57 "
            "in Korean age. My wife Montse — Montserrat, like the mountain — is a pharmacist. His family — "
            "Mia is eight and Ben is five — visit. My grandbaby Josephine is eighteen months. My birthday "
            "is 25/05.")
    assert not uncaught(analyzer, policy, text, ["2010", "Bill", "nine", "six", "sixty-two", "sixty-three", "57",
                                                 "Montserrat", "five", "eighteen months", "25/05"])
    plain = ("He called me yesterday. I started work at twenty past nine and we work at sixty percent. The "
             "project is eighteen months and the team is five.")
    assert not [v for v, t, _ in covered(analyzer, policy, plain) if t in ("PERSON", "AGE")]


def test_grant_numbers_and_orcids(analyzer, policy):
    """Blind set BT (creatives and scientists): a grant's or project's number names its
    holder; an ORCID is a researcher's number for life, with hyphens or spaces."""
    text = ("I have an ORCID, 0000 0002 5510 8836, and another 0000-0002-1825-0097. Our funding is a "
            "National Geographic Society grant, number NGS-84213C-22. The fellowship has grant number "
            "IA/E/20/1/505921. Funded by the ANR, grant ANR-22-CE07-0031. The OPUS programme, number "
            "2021/43/B/ST3/01872. An NIH fellowship, grant F31NS129874. A FONDECYT project, number 3230417.")
    ids = [v for v, t, _ in covered(analyzer, policy, text) if t == "NATIONAL_ID"]
    for value in ("0000 0002 5510 8836", "0000-0002-1825-0097", "NGS-84213C-22", "IA/E/20/1/505921",
                  "ANR-22-CE07-0031", "2021/43/B/ST3/01872", "F31NS129874", "3230417"):
        assert value in ids, (value, ids)
    years = "The project 2024 budget ran out. A grant 2021-2024 paid for it. Our contract 12 months long."
    assert not [v for v, t, _ in covered(analyzer, policy, years) if t == "NATIONAL_ID"]


def test_figures_quoted_copied_or_grown_up_on(analyzer, policy):
    """Blind sets BS and BT: famous people quoted ("once said", "what Warren Buffett says"),
    whose style is copied ("a mix of Quentin Blake, Beatrix Potter and ..."), grown up on, or
    named with their work ("made The Act of Killing") are figures, not participants' circle."""
    text = ("I tell my clients what Warren Buffett says, risk comes from not knowing. Rahmi Koç once "
            "said you must always be a student. The books look like a blurry mix of Quentin Blake, "
            "Beatrix Potter and fifty living illustrators. I grew up looking at Syd Mead and Ralph "
            "McQuarrie. Joshua Oppenheimer made The Act of Killing with people re-enacting it.")
    people = [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"]
    assert not people, people
    colleagues = ("My colleague Ana Ruiz once said we should use it. I follow Yann LeCun and Ana Ruiz "
                  "from accounting. Marta Nowak said we should try it. My first boss at Aer Lingus was Mary "
                  "Robinson — not the President, a different one.")
    assert not uncaught(analyzer, policy, colleagues, ["Ana Ruiz", "Marta Nowak", "Mary Robinson"])


def test_named_events_and_a_bodys_nickname(analyzer, policy):
    """Blind set BT: the festival or conference where someone showed work is caught (and
    "in May 2023" after it is no place); a body's short form after "which everybody calls" is
    the same body; "I'm affiliated with" is no job title."""
    text = ("It premiered at the Jogja-NETPAC Asian Film Festival in December 2022. At Design Festa in May "
            "2023 I sold prints. At the SCAR Open Science Conference in Pucón I gave a talk. I work at the "
            "Institut de Chimie et Biochimie Moléculaires et Supramoléculaires, which everybody calls ICBMS "
            "because nobody can say it. I'm affiliated with the Sydney Policy Lab. I'm based mostly at the "
            "Millennium Library. Before Spring Festival factories close.")
    assert not uncaught(analyzer, policy, text, [
        "Jogja-NETPAC Asian Film Festival", "Design Festa", "SCAR Open Science Conference", "ICBMS",
        "Millennium Library"])
    assert untouched(analyzer, policy, text, "Spring Festival")  # a holiday
    found = covered(analyzer, policy, text)
    assert not [v for v, t, _ in found if t == "LOCATION" and "May" in v], found
    assert not [v for v, t, _ in found if t == "JOB_TITLE" and "affiliated" in v], found


def test_a_public_event_is_no_ones(analyzer, policy):
    """Blind set BS: the events a career lived through ("the Lehman Shock", "the Tequila
    crisis", "Cyclone Gabrielle") are everyone's history; a colleague, the place where one lived
    through one and the year one saw it stay caught."""
    text = ("The Lehman Shock cut our budget. The Tequila crisis halved the peso. And Cyclone Gabrielle "
            "flooded our clients. I joined Fonterra in 2009 with my colleague Ana Crisis. After the Noto "
            "earthquake we moved. During the 2024 elections here we saw fakes. The Centre for the Fourth "
            "Industrial Revolution hired me.")
    values = " | ".join(v for v, _, _ in covered(analyzer, policy, text))
    for event in ("Lehman", "Tequila", "Gabrielle"):
        assert event not in values, values
    # (where one lived through it, the year one saw it, a body named after an era)
    assert not uncaught(analyzer, policy, text, ["2009", "Ana Crisis", "Fonterra", "Noto", "2024", "Centre for"])


def test_a_program_creative_work_is_done_in_is_a_tool(analyzer, policy):
    """Blind set BT: "I produce at home in Logic", "I draw in CLIP STUDIO PAINT" name the
    program, not a body; "a master in ESIC" (a school) and a colleague's studio stay caught."""
    text = ("I produce at home in Logic, and I draw in CLIP STUDIO PAINT on a tablet. I studied Labour "
            "Relations and a master in ESIC. I edit in Ana Ruiz's studio.")
    assert untouched(analyzer, policy, text, "Logic") and untouched(analyzer, policy, text, "CLIP STUDIO PAINT")
    assert not uncaught(analyzer, policy, text, ["ESIC", "Ana Ruiz"])


def test_employers_by_acronym_or_common_words(analyzer, policy):
    """Blind sets BS and BT: a short form said before the body's full name when its letters
    are the name's initials ("at FICM, the Festival Internacional de Cine de Morelia"), an
    acronym where someone is or was ("at RMIT in Melbourne", "I was at SEAT from 1984"), and
    an employer of common words after "joined", everywhere it recurs ("Standard Bank")."""
    text = ("My short was selected at FICM, the Festival Internacional de Cine de Morelia. It premiered "
            "at JAFF in December 2022, the Jogja-NETPAC Asian Film Festival. My collaborator at RMIT in "
            "Melbourne agrees. I was at SEAT from 1984 to 2008, so the family never left SEAT. I joined "
            "Standard Bank in 1986 as a teller. At Standard Bank we had analysts.")
    assert not uncaught(analyzer, policy, text, ["FICM", "JAFF", "RMIT", "SEAT", "Standard Bank"])
    assert caught(analyzer, policy, text, "SEAT", nth=1) and caught(analyzer, policy, text, "Standard Bank", nth=1)
    plain = ("I use SAP, the Siemens Academy thing. We met at HQ in Leeds. A standard bank loan, please. The "
             "Tax Authority’s decision was appealed. The Tax Authority replied.")
    assert untouched(analyzer, policy, plain, "SAP") and untouched(analyzer, policy, plain, "HQ")
    assert untouched(analyzer, policy, plain, "standard bank")
    # (a body in common words read once by the model is not an employer to find everywhere)
    assert not caught(analyzer, policy, plain, "Tax Authority", nth=1)


def test_this_sessions_cues_leave_colleagues_places_and_employers_masked(analyzer, policy):
    """A review helper's probes of the new cues: a quoted colleague is no public figure, a
    street one grew up on and a team "mix of" names are not figures' names, a town one paints
    in is no program, an employer named like an event stays, a grant code keeps its letters;
    and "called me Tuesday", "started at thirty ... ninety members", "the Christmas Fair" and
    "Howard — However" are no findings."""
    leaks = ("Like Carmen Ortiz says, document everything. Carmen Ortiz is our compliance officer. As "
             "Ignacio Ferreyra always said, measure twice; I worked under Ignacio Ferreyra for years. "
             "Joseph Mwangi once said to me that the books never lie. Coach Mike Brennan once said you play "
             "like you practise. I grew up on Sunnyside Road and Cherry Lane. My team is a mix of Kwame "
             "Asante, Abena Owusu and two interns. I paint at home in Ballydehob. I work at Fashion "
             "Revolution. Our grant NOR-20456 pays for it.")
    assert not uncaught(analyzer, policy, leaks, [
        "Carmen Ortiz", "Ignacio Ferreyra", "Joseph Mwangi", "Mike Brennan", "Sunnyside Road", "Cherry Lane",
        "Kwame Asante", "Abena Owusu", "Ballydehob", "Fashion Revolution", "NOR-20456"])
    plain = ("The recruiter called me Tuesday. We started at thirty, and now we're at ninety members. We met "
             "at the Christmas Fair. I asked Howard — However, he never replied. The program 20000 "
             "participants target.")
    found = covered(analyzer, policy, plain)
    assert not [v for v, t, _ in found if v in ("Tuesday", "thirty", "Christmas Fair", "However", "20000")], found


def test_register_numbers_after_reg_no_and_a_nickname_for_everybody(analyzer, policy):
    """Blind set BU (scored once at e6b5806; these were two of its misses): "PMDC reg no.
    54821-P", "teaching council reg no. 348271", and "Sra. Inmaculada Ros, Inma for everybody"."""
    text = ("Clinic 042-35741186. PMDC reg no. 54821-P. Teaching council reg no. 348271. The data protection "
            "officer, Sra. Inmaculada Ros, Inma for everybody, is the opposite.")
    assert not uncaught(analyzer, policy, text, ["54821-P", "348271", "Inma "])
    assert untouched(analyzer, policy, "We take it for everybody, Excel for everyone.", "Excel")


def test_a_state_benefit_is_no_body_unless_it_says_a_status(analyzer, policy):
    """TAB dev: "Family Credit" was the model's person; a benefit by name is no body. But
    "Widow's Bereavement Allowance" says its claimant is widowed (TAB test annotates it), so it
    stays masked, like "I'm a widow"; the agency where someone works stays too."""
    text = ("She claimed an amount equal to Widow’s Bereavement Allowance (“WBA”) for previous tax years, "
            "and Family Credit for low paid workers. I work at the Benefits Agency in Leeds.")
    values = [v for v, _, _ in covered(analyzer, policy, text)]
    assert not any("Credit" in v for v in values), values
    assert not uncaught(analyzer, policy, text, ["Widow’s Bereavement Allowance", "Benefits Agency"])


def test_a_section_headings_letter_is_no_initial(analyzer, policy):
    """TAB train: "A. Criminal proceedings against the applicant", a heading on its own line,
    was read as the initial and surname of a person; a signature line stays a name."""
    text = ("The applicant lives in Gdańsk.\n\nA. Criminal proceedings against the applicant\n\n"
            "On 9 August 2006 he was arrested.\n\nC. Birth certificate\n\nThanks,\nJ. Smith\n"
            "J. Kowalski wrote it\n")
    people = [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"]
    assert not any("Criminal" in v or "Birth" in v for v in people), people
    assert caught(analyzer, policy, text, "J. Smith") and caught(analyzer, policy, text, "J. Kowalski")


def test_names_with_inner_apostrophes(analyzer, policy):
    text = ("S'fiso Mabizela is the skeptic. S'fiso checks everything. I asked my coworker asma’u. "
            "Siobhan O'Brien's team laughed. I don't know what's next.")
    got = {v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"}
    assert {"S'fiso Mabizela", "S'fiso", "asma’u", "Siobhan O'Brien"} <= got, got
    assert not any("don't" in v or "what's" in v for v in got)


def test_a_country_after_a_place_stays_and_a_name_keeps_its_gloss(analyzer, policy):
    text = ("I grew up in Lublin, Poland, then moved to Diyarbakır (Turkey). The council appealed to "
            "the Employment Appeal Tribunal (“EAT”); the EAT dismissed it. The Moers District Court "
            "(Amtsgericht) agreed. I was at Jumia (ChatGPT helped) for a year. I love Canada.")
    found = {(v, t) for v, t, _ in covered(analyzer, policy, text)}
    values = {v for v, _ in found}
    assert {"Lublin", "Diyarbakır", "Moers District Court (Amtsgericht)"} <= values, found
    assert not any("Poland" in v or "Turkey" in v for v in values), found  # countries stay
    # The abbreviation given in brackets is protected where it is used alone, too.
    eat = text.index("the EAT") + 4
    assert any(s <= eat and eat + 3 <= e for s, e in spans(analyzer, policy, text))
    # A remark in brackets is not part of the name; a country alone stays.
    assert not any("ChatGPT" in v or v == "Canada" for v in values), found


def test_half_a_bracket_is_cut_and_laws_are_not_people(analyzer, policy):
    text = ("The application was allocated to the Fourth Section (Rule 52 § 1 of the Rules). "
            "He relied on the German Unification Treaty and the German Basic Law.")
    values = [v for v, _, _ in covered(analyzer, policy, text)]
    assert not any("(" in v or "Treaty" in v or "Basic" in v for v in values), values


@pytest.mark.parametrize("text,value", [
    ("The court sentenced him to three years and nine months' imprisonment.", "three years and nine months'"),
    ("He was sentenced to life imprisonment in 2003.", "life imprisonment"),
    ("I was sentenced to 18 months.", "18 months"),
    ("She served a five-year prison sentence.", "five-year"),
    ("It was appropriate to reduce the sentence of fourteen years.", "fourteen years"),  # TAB dev
])
def test_criminal_sentences(analyzer, policy, text, value):
    assert (value, "CRIMINAL_SENTENCE") in {(v, t) for v, t, _ in covered(analyzer, policy, text)}


def test_a_plain_duration_is_not_a_sentence(analyzer, policy):
    text = "We have used Copilot for three years and the pilot ran for six months."
    assert not any(t == "CRIMINAL_SENTENCE" for _, t, _ in covered(analyzer, policy, text))


def test_other_peoples_occupations_but_not_the_participants(analyzer, policy):
    text = ("My wife is a pharmacist in Leeds. The applicant, a lorry driver, was arrested. "
            "From 1960 she worked as a ballet dancer. Her brother was a keen cyclist. "
            "His authorisation to practise as a physician was withdrawn. I work as a nurse "
            "and I'm a union rep.")
    occupations = [v for v, t, _ in covered(analyzer, policy, text) if t == "OCCUPATION"]
    # The participant's own occupation is labelled too, one word or more; a hobby is no job.
    assert occupations == ["pharmacist", "lorry driver", "ballet dancer", "physician", "nurse", "union rep"], occupations


def test_medical_conditions(analyzer, policy):
    text = ("My son was diagnosed with Kawasaki disease in 2019. I suffer from migraines when tired. "
            "We suffered from the outage last week.")
    conditions = [v for v, t, _ in covered(analyzer, policy, text) if t == "MEDICAL_CONDITION"]
    assert conditions == ["Kawasaki disease", "migraines"], conditions


def test_a_sentence_after_an_address_cue_is_not_an_address(analyzer, policy):
    text = ("The first applicant lived in Nigeria as from the age of 6 months. The letters were sent to "
            "him by the Court on 15 January 2004. I live at 14 Rue des Lilas, which is near the park.")
    addresses = [v for v, t, _ in covered(analyzer, policy, text) if t == "STREET_ADDRESS"]
    assert "14 Rue des Lilas" in addresses, addresses
    assert not any("Nigeria" in v or "Court" in v for v in addresses), addresses


def test_a_part_of_a_named_body_and_no_dangling_of(analyzer, policy):
    text = ("On 28 May 2007 the Ninth Chamber of the Istanbul Assize Court refused. "
            "The Department of Lands and Surveys of the Republic of Cyprus replied.")
    orgs = [v for v, t, _ in covered(analyzer, policy, text) if t == "ORGANIZATION"]
    assert "Ninth Chamber of the Istanbul Assize Court" in orgs, orgs
    assert not any(v.endswith(" of") for v in orgs), orgs


def test_trimming_a_span_never_uncovers_an_allow_listed_product(analyzer, policy):
    text = "Day to day I spend a lot of time in Notion and Slack."
    assert not any("Notion" in v for v, _, _ in covered(analyzer, policy, text))


def test_areas_and_places_of_practice(analyzer, policy):
    text = ("He was represented by Mr S. Cengiz, a lawyer practising in Tepebaşı. The villages lie in "
            "the municipality of Härjedalen in the county of Jämtland.")
    places = [v for v, t, _ in covered(analyzer, policy, text) if t == "LOCATION"]
    assert {"Tepebaşı", "municipality of Härjedalen", "county of Jämtland"} <= set(places), places


def test_citations_centuries_and_lone_institution_words_are_not_findings(analyzer, policy):
    text = ("Articles 3 and 8 apply. In the late 19th century the Regional Governor and the "
            "Municipality agreed. The Administrative court ruled.")
    assert covered(analyzer, policy, text) == []


def test_register_numbers_after_their_cue(analyzer, policy):
    text = ("The land was registered under plots nos. 260, 119/5 and 425, and the car under "
            "registration no. D-4840. We have 3 plots in 2019.")
    found = [v for v, t, _ in covered(analyzer, policy, text) if t == "REGISTRY_NUMBER"]
    assert found == ["260", "119/5", "425", "D-4840"], found


def test_states_and_generic_public_bodies_are_not_employers(analyzer, policy):
    text = ("The United Kingdom Government replied and the Government of Cyprus disagreed. The "
            "Foreign and Commonwealth Office wrote. The Supreme Administrative Court quashed the "
            "Aydın Administrative Court's decision. I worked for the Government of Ontario.")
    found = [(v, t) for v, t, _ in covered(analyzer, policy, text)]
    values = [v for v, _ in found]
    assert not any(t == "PERSON" for _, t in found), found  # "Aydın Administrative" is no name
    assert not any("Kingdom" in v or "Cyprus" in v or "Commonwealth" in v or "Supreme" in v
                   for v in values), found
    assert any(v.startswith("Aydın Administrative Court") for v in values), found
    assert "Government of Ontario" in values, found


def test_both_parts_of_a_date_pair(analyzer, policy):
    text = "We were born in 1983 and 1987. On 29 and 30 June 1992 we moved. In February and March 2001 I quit."
    dates = {v for v, t, _ in covered(analyzer, policy, text) if t == "DATE_TIME"}
    assert {"1983", "1987", "29"} <= dates, dates
    assert any(v.startswith("February") for v in dates), dates


def test_spelled_email_with_at_in_the_sentence(analyzer, policy):
    text = "You can reach me at oluwa dot seun at gmail dot com or on Slack."
    emails = [v for v, t, _ in covered(analyzer, policy, text) if t == "EMAIL_ADDRESS"]
    assert emails == ["oluwa dot seun at gmail dot com"], emails


def test_at_and_point_in_prose_are_not_an_email(analyzer, policy):
    """"point" is French for dot; a spelled address must still end in a real suffix."""
    text = ("The letter was not at any point actually opened; it was intercepted at the point of "
            "entry. Write to ayesha (at) pixelwala (punto) pk or kim at uni dot ac dot kr.")
    emails = [v for v, t, _ in covered(analyzer, policy, text) if t == "EMAIL_ADDRESS"]
    assert emails == ["ayesha (at) pixelwala (punto) pk", "kim at uni dot ac dot kr"], emails


def test_name_read_as_a_place_protects_the_first_name_alone(analyzer, policy):
    text = ("AI: You mentioned Kemi earlier, is she your manager?\n"
            "User: Yeah, Kemi Adeyemi runs the team. We flew to Kuala Lumpur and Santa Monica.")
    kemi = text.index("Kemi")
    assert any(s <= kemi and kemi + 4 <= e for s, e in spans(analyzer, policy, text))
    persons = [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"]
    assert "Kuala Lumpur" not in persons


def test_town_after_a_street_address_and_minutes_are_not_dates(analyzer, policy):
    text = ("We live at 98/103 Khóm 20 phố Nguyễn Văn Linh in Cần Thơ, about twenty minutes away. "
            "Okay, so I'm Stijn die Bont, Claims Adjuster at Martinez, Ramos and Gonzales.")
    found = {(v, t) for v, t, _ in covered(analyzer, policy, text)}
    assert ("Cần Thơ", "LOCATION") in found and ("Claims Adjuster", "JOB_TITLE") in found, found
    assert ("Stijn die Bont", "PERSON") in found, found
    assert not any("minutes" in v for v, _ in found), found


def test_interviewer_vocative_at_a_sentence_end(analyzer, policy):
    text = ("AI: That's really helpful, Thu Trang. Do you use Notion, Jira? Was that in Berlin, Germany?\n"
            "User: We use Excel, Word.")
    persons = [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"]
    assert persons == ["Thu Trang"], persons


def test_names_around_a_found_name(analyzer, policy):
    text = ("User: Mixed. Nguyễn Thị Hoa in procurement loved it. My manager, Mrs. Adebayo-Okonkwo, "
            "asked. Me and my coworker jun-ho started using Claude; jun-ho is better at prompts.")
    persons = [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"]
    assert {"Nguyễn Thị Hoa", "jun-ho"} <= set(persons), persons
    assert any(v.endswith("Adebayo-Okonkwo") for v in persons), persons  # with or without "Mrs."
    assert not any("started" in v for v in persons), persons
    assert sum(v == "jun-ho" for v in persons) == 2, persons


def test_handles_pan_and_local_numbers_after_their_cue(analyzer, policy):
    text = ("Find me on GitHub as bwisniewski; my username is quiet.fox. My PAN is ABCPM1234K. "
            "Call the client at 555-0199. We sold 555 units in 2024.")
    found = {(v, t) for v, t, _ in covered(analyzer, policy, text)}
    assert {("bwisniewski", "SOCIAL_HANDLE"), ("quiet.fox", "SOCIAL_HANDLE"), ("ABCPM1234K", "IN_PAN"),
            ("555-0199", "PHONE_NUMBER")} <= found, found
    assert not any(v.startswith("555 ") for v, _ in found), found


def test_employer_before_i_was_without_a_comma(analyzer, policy):
    text = "Before Accenture I was at a small consultancy. Before Monday I was fine."
    orgs = [v for v, t, _ in covered(analyzer, policy, text) if t == "ORGANIZATION"]
    assert orgs == ["Accenture"], orgs


def test_word_name_as_a_sentence_subject_and_lowercase_street_words(analyzer, policy):
    text = ("User: My old boss, Job Schrant, showed us a demo. Job still runs our prompt library. "
            "Job security matters. I'm a Logistics Coordinator at Cundari-Ruberto e figli. "
            "Our office is at 152 phố 77, but I'm remote on Thursdays.")
    found = covered(analyzer, policy, text)
    job = text.index("Job still")
    assert any(s <= job < e for s, e in spans(analyzer, policy, text))
    sec = text.index("Job security")
    assert not any(s <= sec < e for s, e in spans(analyzer, policy, text))
    values = {v for v, _, _ in found}
    assert {"Cundari-Ruberto e figli", "152 phố 77"} <= values, found


def test_more_interview_phrasings(analyzer, policy):
    text = ("User: Our office is at boulevard Simone Lebrun, but I'm remote. so i asked my coworker "
            "david west and she said paste it. Honestly my boss summer didn't care. My manager will "
            "approve. I borrowed Costache's prompts. I studied English at METU. I'm Rik Verboom, "
            "Recruiter at de Leeuw BV. I was a Marketing Coordinator at Đặng và Dương Doanh nghiệp tư nhân. Hi, I'm Łukasz "
            "Kapera. People text me at １-３４０-９１３-１７２５ often. I'm an Executive Assistant at Globex.")
    found = {(v, t) for v, t, _ in covered(analyzer, policy, text)}
    want = {("boulevard Simone Lebrun", "STREET_ADDRESS"), ("david west", "PERSON"), ("summer", "PERSON"),
            ("Costache", "PERSON"), ("METU", "SCHOOL"), ("de Leeuw BV", "ORGANIZATION"),
            ("Đặng và Dương Doanh nghiệp tư nhân", "ORGANIZATION"), ("Łukasz Kapera", "PERSON"),
            ("１-３４０-９１３-１７２５", "PHONE_NUMBER"), ("Executive Assistant", "JOB_TITLE")}
    assert want <= found, want - found
    assert not any(v in ("will", "n Executive Assistant") for v, _ in found), found


def test_a_school_keeps_its_article_whoever_found_it(analyzer, policy):
    text = "I studied at the Warsaw University of Technology. I joined the Lagos State Ministry of Health."
    values = {v for v, _, _ in covered(analyzer, policy, text)}
    assert "the Warsaw University of Technology" in values, values
    assert not any(v.startswith("the Lagos") for v in values), values


def test_laws_with_their_year_or_number_are_not_dates_or_employers(analyzer, policy):
    text = ("Under the Human Rights Act 1998, Law no. 3713 and the European Convention for the "
            "Protection of Human Rights. I moved in 2018 and worked at the Javits Convention Center.")
    found = {(v, t) for v, t, _ in covered(analyzer, policy, text)}
    assert found == {("2018", "DATE_TIME"), ("Javits Convention Center", "ORGANIZATION")}, found


def test_an_allow_listed_word_is_a_person_only_where_context_says_so(analyzer, policy):
    text = ("User: We use Claude daily and Harvey for contracts. My colleague Claude Martin hates it. "
            "Claude says it is cheating. Everyone else likes Claude. My colleague Ruby tried it; Ruby "
            "basically trained us. I'm off during Diwali and Ramadan, and in Türkiye things are slow.")
    spans_ = spans(analyzer, policy, text)
    def masked(word, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = text.index(word, i + 1)
        return any(s <= i and i + len(word) <= e for s, e in spans_)
    assert not masked("Claude") and not masked("Harvey")
    assert masked("Claude Martin") and masked("Claude", 2)  # "Claude says"
    # Once a colleague is named Claude, a mention in no tool's place is read as him (a leaked
    # colleague costs more than a masked product name): "Everyone else likes Claude".
    assert masked("Claude", 3)
    assert masked("Ruby") and masked("Ruby", 1)
    assert not masked("Diwali") and not masked("Ramadan") and not masked("Türkiye")


def test_addresses_in_european_formats_with_postcode_and_town(analyzer, policy):
    text = ("User: address ul. Długa 14/3, 31-146 Kraków, phone 601 442 918. Post please to "
            "Leopoldstraße 112, 80802 München. Send to: 22 Beech Road, Chorlton, M21 9EG. "
            "I was born 22 de septiembre de 1987 and started on 3. März 2021. I have 3 mei tasks.")
    found = {(v, t) for v, t, _ in covered(analyzer, policy, text)}
    for value in ("ul. Długa 14/3", "31-146", "Kraków", "Leopoldstraße 112", "80802", "München",
                  "22 Beech Road", "Chorlton", "M21 9EG", "22 de septiembre de 1987", "3. März 2021"):
        assert any(value in v for v, _ in found), (value, found)
    assert not any("mei" in v for v, _ in found), found


def test_spelled_emails_in_other_languages_and_ages_after_a_name(analyzer, policy):
    text = ("User: I'm Priyanka Venkataraman, 29, Senior Data Engineer at Infosys. Email: "
            "marieclaire point delaroche arobase orange point fr, or minh.tv (a) gmail . com. "
            "The point is that we met at noon. I'm based in Lagos, 29 people work here.")
    found = {(v, t) for v, t, _ in covered(analyzer, policy, text)}
    assert ("29", "AGE") in found and sum(t == "AGE" for _, t in found) == 1, found
    assert ("marieclaire point delaroche arobase orange point fr", "EMAIL_ADDRESS") in found, found
    assert ("minh.tv (a) gmail . com", "EMAIL_ADDRESS") in found, found


def test_answers_to_the_interviewers_question_and_more_cues(analyzer, policy):
    text = ("AI: Where did you study?\n\nUser: Faculdade de Direito da USP.\n\n"
            "AI: Which university?\n\nUser: Đại học Kinh tế Đà Nẵng, tourism management.\n\n"
            "AI: Where do you work?\n\nUser: Honestly, it changes.\n\n"
            "User: I'm Pedro Santos, thirty two, associate lawyer at Andrade & Ribeiro. Before that I "
            "was at Teleperformance. I stay around Wuse 2. My portfolio is seunadebayo.design. "
            "June Shaw showed us a demo. June still runs our prompt library. We met in June.")
    found = {(v, t) for v, t, _ in covered(analyzer, policy, text)}
    want = {("Faculdade de Direito da USP", "SCHOOL"), ("Đại học Kinh tế Đà Nẵng", "SCHOOL"),
            ("associate lawyer", "JOB_TITLE"), ("Teleperformance", "ORGANIZATION"), ("Wuse 2", "LOCATION"),
            ("seunadebayo.design", "URL")}
    assert want <= found, want - found
    assert not any(v.startswith("Honestly") for v, _ in found), found
    june = [s for s, e in spans(analyzer, policy, text) if text[s:e] == "June"]
    assert text.index("June still") in june and text.rindex("June") not in june


def test_lowercase_titles_names_with_honorifics_and_ages_of_others(analyzer, policy):
    text = ("User: hey! so im usman, backend dev at Ravi Bytes. i'm a process engineer at Penang "
            "Microsystems Sdn. Bhd. in Bayan Lepas. my buddy hamza pushed it. faisal bhai (our lead) was "
            "not amused. Bethan, who's been on the front desk, agrees. Aoife on the clinical side asked. "
            "My nonna Giuseppina is ninety-one and asked. Many people use ChatGPT on the side. "
            "The team, who is new, agrees.")
    found = {(v, t) for v, t, _ in covered(analyzer, policy, text)}
    want = {("usman", "PERSON"), ("backend dev", "JOB_TITLE"), ("process engineer", "JOB_TITLE"),
            ("Penang Microsystems Sdn. Bhd", "ORGANIZATION"), ("hamza", "PERSON"), ("faisal", "PERSON"),
            ("Bethan", "PERSON"), ("Aoife", "PERSON"), ("ninety-one", "AGE")}
    assert want <= found, want - found
    assert not any(v in ("ChatGPT", "The team", "team") for v, _ in found), found


def test_addresses_with_units_postcodes_and_post_cues(analyzer, policy):
    text = ("User: you can come to my home, House 27, Road 11, Sector 4, Uttara, Dhaka. Or call me. "
            "By mail at home: 4520, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L3. Or by email. "
            "Post is grand: 14 Bóthar na Trá, Salthill, Galway H91 X2K7. Or email. I live at Jl. Moch. "
            "Toha No. 951 in Bandung. We sent it to the team yesterday.")
    found = covered(analyzer, policy, text)
    addresses = [v for v, t, _ in found if t == "STREET_ADDRESS"]
    for value in ("House 27, Road 11, Sector 4", "4520, rue Saint-Denis, app. 3", "H2J 2L3",
                  "14 Bóthar na Trá", "H91 X2K7", "Jl. Moch. Toha No. 951"):
        assert any(value in v for v in addresses), (value, addresses)
    assert not any("team" in v for v, _, _ in found), found


def test_phone_numbers_in_words_lookalike_letters_and_other_scripts(analyzer, policy):
    text = ("User: get me on oh seven nine one one, four eight two, oh three five, or text O7834 5l2 O96 "
            "or ০১৭১১-৪৮২৯১৫. Email ioana.muresan arond yahoo punct ro. I have one, two or three ideas. "
            "Whatsapp 3oo 4S6 78l2, flight BA 2490 SOS.")
    phones = [v for v, t, _ in covered(analyzer, policy, text) if t == "PHONE_NUMBER"]
    assert any(v.startswith("oh seven nine") for v in phones), phones
    assert "O7834 5l2 O96" in phones and "০১৭১১-৪৮২৯১৫" in phones, phones
    assert "3oo 4S6 78l2" in phones and not any("SOS" in v for v in phones), phones
    assert not any("ideas" in v or v.startswith("one") for v in phones), phones


def test_titles_lead_to_employers_and_tools_with_joiners_stay(analyzer, policy):
    text = ("User: hey! so im usman, backend dev at Ravi Bytes (Pvt.) Ltd.. I'm a predoctoral researcher "
            "at the Institut de Recerca. kakaotalk id is jiwon_draws. My dad, Seamus, is seventy-four and "
            "asks. The DNI, 20461395-P, leaked. or on linkedin at linkedin.com/in/priya-s. The AI thing in "
            "Overleaf for LaTeX errors, and Copilot in Outlook. Paddy's Day was fun.")
    found = {(v, t) for v, t, _ in covered(analyzer, policy, text)}
    want = {("Ravi Bytes (Pvt.) Ltd", "ORGANIZATION"), ("predoctoral researcher", "JOB_TITLE"),
            ("jiwon_draws", "SOCIAL_HANDLE"), ("seventy-four", "AGE"), ("20461395-P", "NATIONAL_ID")}
    assert want <= found, want - found
    values = {v for v, _ in found}
    assert not any("Overleaf" in v or "Outlook" in v or "Paddy" in v or v.startswith("linkedin at")
                   for v in values), found


def test_free_form_titles_tied_to_an_employer(analyzer, policy):
    text = ("User: i work as team leader in customer care at Nilecom Telecom S.A.E., our building. I work "
            "at Bernal & Asociados SRL as a semi-senior tax analyst. i am logistics coordinator there. "
            "I'm really happy with my job at Google. I work at Google as a result of luck.")
    titles = [v for v, t, _ in covered(analyzer, policy, text) if t == "JOB_TITLE"]
    assert titles == ["team leader in customer care", "semi-senior tax analyst", "logistics coordinator"], titles


def test_titles_with_an_employer_described_not_named(analyzer, policy):
    text = ("User: so I'm Ayesha Siddiqui, 27, senior content strategist at a digital agency called "
            "Pixelwala. I'm a freight dispatcher at a small trucking company in Ohio. I work as a claims "
            "handler for a big insurer. I'm currently lead product designer at Monzo. I'm happy at a "
            "company that pays well. I'm a mum of three at a school gate. I'm still working at a bank.")
    titles = [v for v, t, _ in covered(analyzer, policy, text) if t == "JOB_TITLE"]
    assert titles == ["senior content strategist", "freight dispatcher", "claims handler",
                      "lead product designer"], titles


def test_a_role_in_the_story_is_not_a_job_title_and_nicknames_after_call(analyzer, policy):
    text = ("User: Our General Manager also asked me. I'm the Operations Manager at Globex. "
            "Jean-Baptiste Moreau, we call him JB, he is old school.")
    found = {(v, t) for v, t, _ in covered(analyzer, policy, text)}
    assert ("Operations Manager", "JOB_TITLE") in found and ("JB", "PERSON") in found, found
    assert not any("General" in v for v, _ in found), found


def test_an_office_in_the_story_is_not_a_job_title_but_its_holder_is(analyzer, policy):
    """'the Acting President of the Chamber decided', 'his Commanding Officer' (found once, said
    eight times): an office nobody here is said to hold. Holders keep theirs."""
    story = ("On 1 December 2009 the Acting President of the Chamber decided to give notice. The "
             "applicant was tried before the Commanding Officer. He was then informed by his Commanding "
             "Officer that he was to be retained.")
    found = {(v, t) for v, t, _ in covered(analyzer, policy, story)}
    assert not any(t == "JOB_TITLE" for _, t in found), found
    held = ("User: My reporting manager is Vikram Joshi, the Head of HR Operations. He was also the Chief "
            "Executive Officer of Strix Television AB. I'm the Practice Manager. The University Librarian, "
            "Dr. Mutua, was skeptical.")
    titles = {v for v, t, _ in covered(analyzer, policy, held) if t == "JOB_TITLE"}
    assert {"Head of HR Operations", "Practice Manager", "The University Librarian"} <= titles, titles
    assert any(v.startswith("Chief Executive Officer") for v in titles), titles


# --- phrasings found by the blind hand-written sets ---------------------------------------

@pytest.mark.parametrize("text,value", [
    ("User: I am working as monitoring and evaluation officer for Hiwot Health Initiative.",
     "monitoring and evaluation officer"),
    ("User: I work like dispatch coordinator in Transportes Andinos Ltda.", "dispatch coordinator"),
    ("User: I'm the pharmacist-owner of Pharmacy Asklipios in Kalamaria.", "pharmacist-owner"),
    ("User: I'm an associate at Shiloni Katz & Co., a mid-size firm.", "associate"),
    ("User: i do hr at MAS Holdings, HR executive, at the plant.", "HR executive"),
    ("User: my boss ruwan aiya says dont trust it.", "ruwan"),
    ("User: Ravi sir told us to stop.", "Ravi"),
    ("User: That my daughter Lina who is nine uses Gemini better than me.", "nine"),
    ("User: the worker was Chamari, shes twenty two, she was fine.", "twenty two"),
    ("User: my son is 7 and loves it.", "7"),
    ("User: It had ids like 140708A482R in it.", "140708A482R"),
    ("User: my NI number QQ 48 21 93 C and my address.", "QQ 48 21 93 C"),
    ("User: My DNI is 12345678Z.", "12345678Z"),
    ("User: WhatsApp zero 7 nine - 5 5 1 - 28 34, sorry.", "zero 7 nine - 5 5 1 - 28 34"),
    ("User: I work out of Pointe-à-Pierre and live in San Fernando.", "Pointe-à-Pierre"),
])
def test_blind_set_phrasings_caught(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: the principal madam is supportive.", "principal"),
    ("User: She's nine minutes late every day.", "nine"),
    ("User: I have two kids, 3 dogs and one cat, 4 fish.", "one cat"),
    ("User: I'm a big fan of Apple products.", "big fan"),
    ("User: The order 123456-7890 no, the other one.", "order"),
])
def test_blind_set_phrasings_left(analyzer, policy, text, value):
    assert untouched(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: maths teacher at Hervannan lukio in Tampere.", "Hervannan lukio"),
    ("User: We are at Ethnikis Antistaseos 88, 551 33 Kalamaria, closed on Sundays.", "551 33"),
    ("User: Before this I was in Ethio Telecom for three year.", "Ethio Telecom"),
])
def test_schools_postcodes_employers_of_other_countries(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_school_word_after_a_determiner_is_no_school(analyzer, policy):
    assert untouched(analyzer, policy, "User: The gymnasium was closed all week.", "gymnasium")


@pytest.mark.parametrize("text,value", [
    ("User: Our case management system is Clio. I open Clio every morning.", "Clio"),
    ("User: We piloted Draft One last spring and Draft One was fine.", "Draft One"),
    ("User: Audit files live in CaseWare, always.", "CaseWare"),
    ("User: We use Midjourney and Veras for quick renders.", "Veras"),
    ("User: I use an AI scribe called Heidi in the jeep, I talk after a call and it writes.", "Heidi"),
    ("User: It writes the notes into ezyVet. It's called ScribeVet. I use ChatGPT.", "ScribeVet"),
    ("User: Officially, our HRMS is Darwinbox and it has an AI assistant.", "Darwinbox"),
    ("User: See, the WMS we use is Unicommerce, it has some forecasting.", "Unicommerce"),
])
def test_names_said_as_tools_are_kept(analyzer, policy, text, value):
    assert untouched(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: I work in Lagos and we use ChatGPT and Tunde uses Claude.", "Tunde"),
    ("User: I work in Lagos and we use ChatGPT and Tunde uses Claude.", "Lagos"),
    ("User: My NIE, Y4829173L, went into ChatGPT.", "Y4829173L"),
    ("User: We did it in Ibadan last year.", "Ibadan"),
])
def test_tool_cues_do_not_keep_people_places_or_ids(policy, text, value):
    from anonymize.products import tool_names

    assert value not in tool_names(text, frozenset(policy.detection.allow_list))


def test_tool_cues_find_tools(policy):
    from anonymize.products import tool_names

    text = "User: Our claims system is Guidewire, and we tested a bot called Fin."
    assert {"Guidewire", "Fin"} <= tool_names(text, frozenset())


@pytest.mark.parametrize("text,value", [
    ("User: Across Africa there's such a skills gap.", "Africa"),
    ("User: a group that meets every second Tuesday at the pub.", "Tuesday"),
    ("User: I'm no working at Hogmanay, Scotland shuts doon.", "Hogmanay"),
    ("User: In Semana Santa everybody is on holiday.", "Semana Santa"),
    ("User: my daughter June uses it. We go back every June for my mom.", "every June"),
])
def test_holidays_weekdays_continents_left(analyzer, policy, text, value):
    assert untouched(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: I'm the farm manager, I do the herd side.", "farm manager"),
    ("User: Stevie McLaren, self-employed electrician, trading as McLaren Electrical.", "self-employed electrician"),
    ("User: My wife Joy is a primary school teacher and uses AI heaps.", "primary school teacher"),
    ("User: Hope Tanielu, she's a beginning teacher, used AI.", "beginning teacher"),
])
def test_specific_titles_without_employer(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_own_one_word_occupation_labelled_but_not_a_fan(analyzer, policy):
    # Every blind-written set labels "I'm a nurse" a job title; "a big fan" is none.
    text = "User: I'm a nurse and I'm a big fan of it. I'm a member of the union."
    assert caught(analyzer, policy, text, "nurse")
    assert untouched(analyzer, policy, text, "fan")
    assert untouched(analyzer, policy, text, "member")
    assert untouched(analyzer, policy, "User: We were represented by Royds Rdw, solicitors in London.", "solicitors")


@pytest.mark.parametrize("text,value,kept", [
    ("User: our receptionist Thandeka Mokoena uses Otter.", "receptionist", None),
    ("User: My broker, Dwayne Pritchett, drilled into us that ...", "broker", None),
    ("User: My manager Dave laughed and our client Tomás too.", None, "manager"),
    ("User: Mzee Kariuki Gathogo, the chairman, he is old school.", "chairman", None),
    ("User: Koos Botha, a shift boss with 35 years underground, checks it.", "shift boss", None),
    ("User: J.P. is our lab manager and he made a rule.", "lab manager", None),
    ("User: There is a pilot with Copilot for some departments.", None, "pilot"),
])
def test_one_word_titles_of_named_people_but_not_relations(analyzer, policy, text, value, kept):
    if value:
        assert caught(analyzer, policy, text, value)
    if kept:
        assert untouched(analyzer, policy, text, kept)


@pytest.mark.parametrize("text,value", [
    ("User: mail: m i k k e l @ h o l m s t u d i o . d k - yes spaced.", "m i k k e l @ h o l m s t u d i o . d k"),
    ("User: reach me at bkowalski_fop @ gmail . com or on my cell.", "bkowalski_fop @ gmail . com"),
    ("User: my WhatsApp is seis uno cero, cuatro dos, uno siete, nueve cero. haha", "seis uno cero, cuatro dos, uno siete, nueve cero"),
    ("User: Signal, noll sju noll – fyra fem tre 12 88, that's it.", "noll sju noll – fyra fem tre 12 88"),
    ("User: call 4 zero 4 - 5 5 5 - 0 1 6 8 after six.", "4 zero 4 - 5 5 5 - 0 1 6 8"),
    ("User: I'm on facebook as McLarenElectricalGlasgow or text me.", "McLarenElectricalGlasgow"),
    ("User: my little sister Hope is 19, doing BCom.", "Hope"),
    ("User: I'm an HR business partner at Stripe in Dublin.", "Stripe"),
])
def test_obfuscated_contacts_and_cues_of_set_e(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_mixed_number_words_that_are_no_phone_stay(analyzer, policy):
    text = "User: I have 3 kids, one dog and 2 cats, and in 2019 one two three of us left."
    assert untouched(analyzer, policy, text, "one dog")
    assert untouched(analyzer, policy, text, "one two three")


@pytest.mark.parametrize("company", ["Kovář Bártová s.r.o.", "Pečur d.o.o.", "Karlsen, Andreassen og Myklebust",
                                     "Chiaramonte, Luzi e Pucci e figli", "Contreras y asociados S.L.",
                                     "Trzpil-Dyczko i syn s.c.", "Batista-Madera S. R.L. de C.V."])
def test_company_forms_of_other_languages(analyzer, policy, company):
    assert caught(analyzer, policy, f"User: I'm a Business Analyst at {company}. We use ChatGPT.", company)


@pytest.mark.parametrize("text,value", [
    ("User: I listed a house at 4120 West 11th Avenue in Point Grey last year.", "4120 West 11th Avenue"),
    ("User: an old boy in Partick, flat 2/1, 48 Dumbarton Road, had a bad board.", "flat 2/1, 48 Dumbarton Road"),
])
def test_numbered_streets_and_flats_before_the_street(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: Sam Altman says agents will do everything, ok Sam, come answer the tickets.", "ok Sam"),
    ("User: We also tested a bot called Fin for the first answer.", "Fin"),
    ("User: a house in Point Grey and ChatGPT wrote the listing.", "ChatGPT"),
])
def test_parts_of_allowed_names_and_named_tools_left(analyzer, policy, text, value):
    assert untouched(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: Honestly my boss anna maria knox didn't care at first.", "anna maria knox"),
    ("User: yeah no worries. shane pickering, i run a plumbing business.", "shane pickering"),
    # Blind set BQ: an unlisted surname with diacritics before "everyone calls me", and first
    # names in lower case before "from my team" or ", who is our".
    ("User: hey, sure. tomasz wiśniewski, everyone calls me tomek. 29, backend dev.", "tomasz wiśniewski"),
    ("User: tests green, bug still there. kuba from my team caught it in code review.", "kuba"),
    ("User: The young ones love it. Me and otieno from data engineering have a group.", "otieno"),
    ("User: no exceptions. ola, who is our QA, now has a checklist.", "ola"),
])
def test_lower_case_full_names(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_lower_case_words_before_team_cues_are_no_name(analyzer, policy):
    text = "User: the rest from my team are fine. mark from finance agreed. this, who is our problem, left."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"]


def test_lower_case_words_opening_a_sentence_are_no_name(analyzer, policy):
    assert untouched(analyzer, policy, "User: ok. good morning, i run the shop.", "good morning")


@pytest.mark.parametrize("value", ["Via Ossola, 40 Piano 6", "Rua de Correia, 978", "Jl. Jamika No. 12",
                                   "Bulevardul Toma Nr. 19", "682, avenue de Toussaint", "Kossuth utca 60",
                                   "Số 19 Đường Hoàng Diệu", "Paulo-Schleich-Straße 19", "6/2 Cynthia Quays",
                                   "Corredor Samoa 919 Interior 074", "825 Şener Prairie", "Storstigen 378"])
def test_street_addresses_as_faker_writes_them_in_many_locales(analyzer, policy, value):
    assert caught(analyzer, policy, f"User: You can send it to {value}, that's my home.", value)


@pytest.mark.parametrize("value", ["Dr. Benício Pereira", "pan Emil Sus", "Prof. Jörgen Ehlert B.Eng.",
                                   "Quý cô Vân Mai", "Chief Folashade Olubode"])
def test_names_with_their_titles_and_degrees(analyzer, policy, value):
    assert caught(analyzer, policy, f"User: Hi, my name is {value} and I work in sales.", value)


def test_name_in_a_script_without_capitals_after_a_cue(analyzer, policy):
    assert caught(analyzer, policy, "User: My colleague 정성호 showed me ChatGPT.", "정성호")


@pytest.mark.parametrize("value", ["+1-294-641-1771x5162", "304-011-9803x6494", "(351) 919825979",
                                   "(351) 290 748 337", "901 29 040", "08-89 91 39"])
def test_phone_numbers_with_extensions_and_short_national_forms(analyzer, policy, value):
    assert caught(analyzer, policy, f"User: Call me on {value} if you need anything.", value)


def test_public_figures_kept_but_a_person_cue_wins(analyzer, policy):
    text = "User: Bukayo Saka always talks about stories. My colleague Gandhi Kumar laughed."
    assert untouched(analyzer, policy, text, "Bukayo Saka")
    assert caught(analyzer, policy, text, "Gandhi Kumar")


@pytest.mark.parametrize("text", ["User: My colleague Rohan Kulkarni helps. Rohan one day uploaded it.",
                                  "User: My colleague Rohan Kulkarni helps. I see Rohan every day."])
def test_a_name_before_a_count_of_days_is_no_holiday(analyzer, policy, text):
    # "Rohan one day" was read as a holiday like "Harvest Day" and dropped.
    assert caught(analyzer, policy, text, "Rohan", nth=1)


def test_a_place_inside_a_holiday_is_not_propagated(analyzer, policy):
    text = "User: I work in Melbourne. Just not on Melbourne Cup day, it's the one day."
    assert caught(analyzer, policy, text, "Melbourne")
    assert untouched(analyzer, policy, text, "Melbourne Cup day")


@pytest.mark.parametrize("value", [
    "ayesha.writes at the rate gmail dot com", "hang.nguyen.tt a còng gmail chấm com",
    "kasia.wisniewska małpa wp kropka pl", "faizal titik rahman di gmail titik com", "emre.yildiz(at)outlook(nokta)com",
    "o точка kovalenko собака ukr точка net", "t.krueger (ät) vogt-praezision (punkt) de",
    "minji.kim 골뱅이 naver 점 com", "b i l a l q u r e s h i 9 9 at gmail dot com",
    "không chín một hai, ba bốn năm, sáu bảy tám", "six zero one / two three four / five six seven",
    "nove sete três quatro dois, um zero oito meia"])
def test_contacts_spelled_in_many_languages(analyzer, policy, value):
    assert caught(analyzer, policy, f"User: for follow-up it is {value}. Thanks.", value)


@pytest.mark.parametrize("text,value", [
    ("User: I'm Thiago, 45 anos, I work in IT.", "45"),
    ("User: Hola! Soy Mariela, tengo 33 años.", "33"),
    ("User: My son Rizky, umur tujuh tahun, already asks.", "tujuh"),
    ("User: the engineer was Mr. Ishikawa, he is now around 80, retired.", "80"),
    ("User: I started there in novembro de 2015, before Itaú.", "novembro de 2015"),
    ("User: in listopad 2023 we did 24 interviews.", "listopad 2023"),
])
def test_ages_and_dates_said_in_other_languages(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: home is B-204, Shree Ganesh Apartments, Karve Road, Kothrud, Pune.", "B-204, Shree Ganesh Apartments"),
    ("User: office is Av. Chapultepec Sur 284, int. 3, Col. Americana, Guadalajara.", "Av. Chapultepec Sur 284, int. 3, Col. Americana"),
    ("User: My house digital address too, GA-183-8164, it's in Dansoman.", "GA-183-8164"),
    ("User: the form had Tenjinbashi 3-chome 8-14, Room 502, Kita-ku.", "Tenjinbashi 3-chome 8-14, Room 502"),
    ("User: it had вул. Городоцька, 85, кв. 14, I asked.", "вул. Городоцька, 85, кв. 14"),
    ("User: a document number that looked real, 1.036.789.452, was mine.", "1.036.789.452"),
    ("User: the mutuelle form, 2 87 06 75 112 345 91, my husband saw it.", "2 87 06 75 112 345 91"),
    ("User: I'm IT coordinator at Hospital Santa Lúcia.", "IT coordinator"),
    ("User: then my daughter-in-law Priyanka said no.", "Priyanka"),
    ("User: My last born Hope is nine, we don't let her.", "nine"),
])
def test_addresses_ids_and_people_of_set_d(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: I use one tool called Elicit for literature review.", "Elicit"),
    ("User: Instagram @haruka_codes_osaka is where I post.", "Instagram"),
    ("User: Everybody in América Latina is still figuring this out.", "América Latina"),
    ("User: my younger bhai hamza is 17.", "younger"),
])
def test_tools_platforms_continents_left_set_d(analyzer, policy, text, value):
    assert untouched(analyzer, policy, text, value)


def test_a_dotted_amount_is_no_id(analyzer, policy):
    types = {t for _, t, _ in covered(analyzer, policy, "User: It cost 1.250.000 pesos in total.")}
    assert "NATIONAL_ID" not in types


@pytest.mark.parametrize("text,value", [
    ("User: Phone plus three eight oh, six seven, 412 80 57, but Telegram is better.", "plus three eight oh, six seven, 412 80 57"),
    ("User: phone 공일공 사팔이칠 삼구일오. KakaoTalk is better.", "공일공 사팔이칠 삼구일오"),
    ("User: I am Tobias, 47, Fertigungsleiter — production manager — at Vogt Präzision.", "Fertigungsleiter — production manager"),
    ("User: I'm 44, Senior Lecturer in Microbiology at the University of Nigeria.", "Senior Lecturer in Microbiology"),
])
def test_more_phone_readings_and_glossed_titles(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: last year we did a port for a client from Brno, a studio.", "Brno"),
    ("User: an accident near Sidoarjo and the family wanted money.", "Sidoarjo"),
    ("User: I did reports for the Rio Tinto side of the business.", "Rio Tinto"),
])
def test_listed_places_and_employers(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_a_listed_name_that_is_a_word_needs_its_cue(analyzer, policy):
    text = "User: Reading is fun, and Florence said so."
    assert untouched(analyzer, policy, text, "Reading is fun")
    assert caught(analyzer, policy, "User: I moved to Reading last year.", "Reading")


@pytest.mark.parametrize("value", ["zéro six, quarante-sept, quatre-vingt-deux, dix-neuf, trente-cinq",
                                   "once quince cuarenta y ocho veintitrés setenta y siete diecinueve",
                                   "oh seven seven, forty two, eighty one, fifty, ten"])
def test_phone_numbers_read_in_pairs(analyzer, policy, value):
    assert caught(analyzer, policy, f"User: my phone is {value}. Thanks.", value)


def test_a_company_name_does_not_take_the_sentence_opener(analyzer, policy):
    text = "User: Before Mroczko Sp. z o.o. Sp.k., I was a Compliance Officer elsewhere."
    assert caught(analyzer, policy, text, "Mroczko Sp. z o.o. Sp.k.")
    assert untouched(analyzer, policy, text, "Before")


def test_sentence_opener_before_a_street_type_word_is_no_address(analyzer, policy):
    text = "User: Or ring 912 45 678 after six. Our office is at Kossuth utca 60, near Storstigen 378."
    found = [(v, t) for v, t, _ in covered(analyzer, policy, text) if t in ("STREET_ADDRESS", "ADDRESS")]
    assert [v for v, _ in found] == ["Kossuth utca 60", "Storstigen 378"], found


@pytest.mark.parametrize("value", [
    "dalawa sero anim, lima lima lima, sero isa apat walo",           # Tagalog
    "nau aath do do, shunya chaar saat, teen ek paanch",              # romanized Hindi
    "kore rua rua, whitu whā toru, rima waru tahi iwa",               # Māori
    "nul agt twee, drie ses een, vyf nege sewe vier",                 # Afrikaans
    "zero șapte patru unu, doi trei opt, nouă cinci zero",            # Romanian
    "έξι εννέα επτά, τέσσερα ένα δύο, οκτώ τρία πέντε μηδέν",          # Greek
    "صفر خمسة صفر، ٦٣٢، ١٩٠٨",                                        # Arabic words and digits
    "lapan satu dua dua, empat tujuh sembilan tiga",                  # eight digits, Malay
    "八二四七 一三九六", "９１２３ ４８７２", "ศูนย์เก้าสองหนึ่งสี่สามเจ็ดแปดหกศูนย์",
    "3️⃣1️⃣0️⃣ 5️⃣5️⃣8️⃣ 2️⃣1️⃣4️⃣7️⃣", "five one two · five five five · oh two two one",
    "3 0 0 - 6 4 1 - 8 8 2 9", "6/1/9/3/3/0/7/5/2", "9.84.17.62.93",
    "frutasdonjavier ARROBA hotmail PUNTO com", "deniz.ozturk et işareti karsiyaka nokta bel nokta tr",
    "kanokwan.s แอท gmail ดอท com", "eleni παπάκι villakydonia τελεία gr", "yanis•benali＠gmail•com",
    "anri by vdmvertalings punt co punt za", "valentina.rojas.f en gmail punto com",
    "rohit underscore b at paywavelabs dot in", "a n d r e e a . p o p @ g m a i l . c o m",
    "b i s i c o u t u r e . l a g o s @ gmail . com",
    "pięćset dwa, trzysta osiemnaście, sześćset czterdzieści",         # Polish hundreds
    "sıfır beş yüz otuz iki, dört yüz on, yirmi yedi, altmış bir",     # Turkish hundreds
    "nol8one3 29empat4 7105", "0six 47 douze 88 30", "o1two-748 92 eleven",  # words glued to digits
    "+48 6O1 – 2O3 – 447", "+1 (614) five five five, zero one nine two",
])
def test_more_obfuscated_contacts(analyzer, policy, value):
    assert caught(analyzer, policy, f"User: write to me at {value}. Thanks.", value)


def test_two_spelled_numbers_in_two_sentences_and_plain_eight_digits(analyzer, policy):
    text = ("User: mine is nul zes, vier één, acht twee, negen drie, nul zeven. null eins sieben eins – "
            "drei acht vier – zwo zwo neun null is his. In 2019 we had 1234 5678 units. I'm going by bus "
            "en route to the punt.")
    assert caught(analyzer, policy, text, "nul zes, vier één, acht twee, negen drie, nul zeven")
    assert caught(analyzer, policy, text, "null eins sieben eins – drei acht vier – zwo zwo neun null")
    phones = [v for v, t, _ in covered(analyzer, policy, text) if t == "PHONE_NUMBER"]
    assert not any("1234" in v for v in phones), phones  # eight plain digits need a calling word
    assert untouched(analyzer, policy, text, "punt")
    text = "User: We use O2, mp3 and B2B deals; two hundred on Monday and a hundred people on site."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "PHONE_NUMBER"]


def test_lower_case_names_no_gazetteer_knows_after_a_relation_or_title(analyzer, policy):
    text = ("User: My younger colleague consuelo thinks we are dinosaurs. my nephew giorgos set it up. "
            "My QA lead rose says we trust it too much. My brother samer, who is an engineer. My cousin "
            "yonas works in IT. My manager mr dũng said dont worry.")
    for name in ("consuelo", "giorgos", "rose", "samer", "yonas", "dũng"):
        assert caught(analyzer, policy, text, name), name
    text = ("User: my son plays, and my boss really likes it. my brother works in IT. my colleague from "
            "Lagos came. my manager said no. my coworker literally cried. my husband cooks, I clean. "
            "my mentor once said so. I use it at the IDE, Claude for design docs.")
    persons = [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"]
    assert persons == [], persons


def test_a_name_confirmed_by_he_or_she_and_possessives_of_found_names(analyzer, policy):
    text = ("User: Gwen is a sweetheart, she'd never know. Seyi is nice guy, I don't think he will mind. "
            "and Roz almost pasted her whole history. My husband Will was annoyed.\n"
            "AI: How does Will use AI?\nUser: Will's trick is asking for replies. My daughter May is four. "
            "May's birthday is in May. Lagos is hot, she said. Excel crashed, she cried.")
    for name in ("Gwen", "Seyi", "Roz"):
        assert caught(analyzer, policy, text, name), name
    assert caught(analyzer, policy, text, "Will", 2) and caught(analyzer, policy, text, "May", 1)
    assert untouched(analyzer, policy, text, "Excel") and not caught(analyzer, policy, text, "May", 2)
    persons = [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"]
    assert "Lagos" not in persons, persons


@pytest.mark.parametrize("value", [
    "Blk 512 Tampines Central 1, #08-214", "Blk 7 Lot 12, Phase 2, Pacific Grand Villas",
    "Flat 3C, Skyline Riverside", "Villa 42, Street 19b", "Cemal Gürsel Caddesi No: 418 D: 9",
    "K52/14 Lê Đình Dương", "Via dei Serragli 61", "Calle de Cuba 47, 3º B", "Oudegracht 214-bis",
    "Jl. Kaliurang Km 14,5 No. 27", "Cra. 76 #33A-41, local 102",
])
def test_street_addresses_of_more_countries(analyzer, policy, value):
    assert caught(analyzer, policy, f"User: my address is {value}, near the market.", value)


def test_postcodes_after_the_town_and_a_flat_where_one_lives(analyzer, policy):
    text = ("User: my address Flat 3C, Skyline Riverside, Edappally North, Kochi 682024. Someone used "
            "Oudegracht 214-bis, 3511 NR Utrecht. I live upstairs actually, apartamento 301, so. "
            "Unit 4 of the course was hard.")
    assert not uncaught(analyzer, policy, text, ("682024", "3511 NR", "apartamento 301"))
    assert untouched(analyzer, policy, text, "Unit 4")


def test_handles_said_with_their_site_and_hyphenated_east_asian_names(analyzer, policy):
    text = ("User: I'm Ji-hoon Park, go by Jay. I am ca_vikram_thane on Reddit. I'm jhpark_dev on Hacker "
            "News. my son, paolo_dc07 on Roblox lol. On Telegram I am tomek_dispo. my CTO Park Jae-hyun "
            "agrees. I was on Reddit all day. We sell Coca-Cola.")
    assert not uncaught(analyzer, policy, text, ("Ji-hoon Park", "ca_vikram_thane", "jhpark_dev", "paolo_dc07", "tomek_dispo", "Park Jae-hyun"))
    persons = [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"]
    assert not any("Coca" in v for v in persons), persons


def test_titles_after_name_and_age_and_of_named_colleagues(analyzer, policy):
    text = ("User: I'm Inês Carvalho, 29, viticulture technician at the Adega Cooperativa. I am Lukas "
            "Hoffmann, 47, head of warehouse planning at Rhein-Ruhr GmbH. I'm Eleni, 42, owner and general "
            "manager of Villa Kydonia. im Mariana, 34 years old, charge nurse in the oncology ward at Hospital "
            "Santa Clara. I'm Sanne Visser, senior KYC analyst at Rabobank.\n"
            "User: their project manager is Oluwaseyi Adeleke. Our medical director, Dr. Hamdan, is careful. "
            "My head of section Amparo Soler agrees. Mark Becker is the shift supervisor for night. my "
            "partner Zhang Yufei is a privacy lawyer so yeah.\n"
            "User: my line manager Sam said no. our team lead Ana agreed. My manager Dave is great. my older "
            "brother Sam works there. Bob is a big fan of it. Sara is the best person for it.")
    titles = [v for v, t, _ in covered(analyzer, policy, text) if t == "JOB_TITLE"]
    assert titles == ["viticulture technician", "head of warehouse planning", "owner and general manager",
                      "charge nurse", "senior KYC analyst", "project manager", "medical director",
                      "head of section", "shift supervisor", "privacy lawyer"], titles


def test_own_titles_said_more_ways_schools_after_a_course_and_named_employers(analyzer, policy):
    text = ("User: I'm Dan Kowalczyk, 52, licensed plumber, been running my own show. I am chartered "
            "accountant, running my practice. he's an IT auditor at Delta. I switched from being a lab "
            "technician. twenty years as a pastry chef in hotels. I'm 32, freelance podcast producer "
            "based in Leeds. bachelor of communication at RMIT, then a UX certificate at General Assembly, "
            "residency at Emory. I trained at SENA. coding team leader at a healthcare BPO, MedAxis "
            "Solutions in Cebu City. I came here when I was 19. a senior dev who's like fifty.\n"
            "User: I was 25 minutes late. I am happy today. I'm really tired, honestly. I'm a big fan.")
    found = {v: t for v, t, _ in covered(analyzer, policy, text)}
    assert not uncaught(analyzer, policy, text, ("licensed plumber", "chartered accountant", "IT auditor", "lab technician", "pastry chef",
                  "freelance podcast producer", "RMIT", "General Assembly", "Emory", "SENA",
                  "MedAxis Solutions", "19", "fifty"))
    assert "25" not in [v for v, t in found.items() if t == "AGE"]
    for value in ("happy today", "really tired", "big fan"):
        assert untouched(analyzer, policy, text, value), value


def test_tools_the_transcript_names_in_more_ways_and_allowed_names_with_article_or_possessive(analyzer, policy):
    text = ("User: we did a Taylor Swift themed party. The cash is Square, the inventory is in Excel. Orders "
            "come through GrabFood, and we use a POS called Qashier. modelling software, Leapfrog and more. "
            "freight exchanges Trans.eu and Timocom. We record every visit in KoBoToolbox. mostly ChatGPT "
            "for lesson plans and MagicSchool for rubrics. Our RMS is Duetto, and the PMS is Mews. "
            "Accounting is in Siigo. Our data is in DHIS2. Irrigation runs on Wiseconn sensors.\n"
            "User: I manage people in Lagos. Our assistant, Maria, is great. My colleague Sarah for admin "
            "and Tom for sales.")
    for value in ("Taylor Swift", "Square", "GrabFood", "Qashier", "Leapfrog", "Trans.eu", "Timocom",
                  "KoBoToolbox", "MagicSchool", "Duetto", "Mews", "Siigo", "DHIS2", "Wiseconn"):
        assert untouched(analyzer, policy, text, value), value
    assert not uncaught(analyzer, policy, text, ("Lagos", "Maria", "Sarah", "Tom"))


def test_a_month_of_last_year_an_irregular_verb_after_a_found_name_and_this_agent(analyzer, policy):
    text = ("User: in octubre del año pasado I asked copilot. My colleague Will Ashworth ran it. Will caught "
            "it himself. there was this agent, jomar, he got flagged. Every October we plan. Will it work?")
    assert not uncaught(analyzer, policy, text, ("octubre del año pasado", "jomar"))
    assert caught(analyzer, policy, text, "Will", 1) and not caught(analyzer, policy, text, "Will", 2)
    assert untouched(analyzer, policy, text, "Every October")


@pytest.mark.parametrize("value", [
    "oleksandr . kovalenko @ comarch . com", "arnel.b (at) gmail com",
    "dim saith wyth wyth pedwar, dau naw un, chwech dim tri",            # Welsh
    "oh eight seven, two two one, four 6 9 3", "trinta e um, nove nove um dois, sete quatro oito três",
    "нуль шістдесят сім, чотириста дванадцять, п'ятдесят п'ять, вісімдесят три",  # Ukrainian
    "ноль девятьсот шестнадцать, сто двадцать три, сорок пять, шестьдесят семь",  # Russian
    "vivianlin94 艾特 163 点 com", "o.hrytsenko собака proton крапка me",
    "sifar teen teen do, saat chaar aath, ek paanch nau do", "o12 - 4 7 8 - 33 o1",
])
def test_obfuscated_contacts_read_across_words_and_digits(analyzer, policy, value):
    assert caught(analyzer, policy, f"User: write him at {value}. Thanks.", value)


def test_vocatives_comma_pronouns_and_lower_case_names_in_messy_turns(analyzer, policy):
    text = ("AI: Nice to meet you, Ada. What happens when a client says no AI, Lipe?\n\n"
            "User: The young ones like Precious, she's 21. My dishwasher, Will, he's 19. my supervisor rich "
            "uses it loads. office is 0113 496 0742 ask for sharon on reception.\n\n"
            "User: will okafor. apprentice electrician in leeds\n\n"
            "User: I love London, she said. My boss will call. my manager said no. Do you use Excel, Word?")
    assert not uncaught(analyzer, policy, text, ("Ada", "Lipe", "Precious", "Will", "rich", "sharon", "will okafor"))
    persons = [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"]
    assert not any(v in ("London", "Excel", "Word", "will") for v in persons), persons


def test_more_ages_dates_and_titles_from_messy_turns(analyzer, policy):
    text = ("User: my son Chase who's 16 helps on Saturdays, and Brooke who's our counter assistant. been "
            "doing it since i was 19\n\nUser: I'm in my late forties, nursing since I was twenty. I say "
            "\"62 y/o male\" like that.\n\nAI: And how old are you?\n\nUser: 23. a rewire in harrogate on 14/02, "
            "sent it. I'm e-commerce operations specialist at a small electronics brand. i work part time as "
            "a barista in Bean There Café. I worked one year in Arkas as intern. then I started at Tequimex as "
            "trainee. yes, a history teacher named Lincoln.\n\nUser: she's 30 minutes away. The meeting is on "
            "3/4 of the days.")
    found = covered(analyzer, policy, text)
    assert not uncaught(analyzer, policy, text, ("16", "counter assistant", "19", "late forties", "twenty", "62", "23", "14/02",
                  "e-commerce operations specialist", "barista", "intern", "trainee", "history teacher"))
    assert not [v for v, t, _ in found if t == "AGE" and v == "30"]
    assert untouched(analyzer, policy, text, "3/4")


def test_products_with_editions_kinds_after_names_and_holidays_with_a_possessive(analyzer, policy):
    text = ("User: only Copilot Business is approved. Our care planning system, CarePlanner Pro, has an "
            "assistant. the trainer from CarePlanner helped. We have a Genesys system. our Square till has "
            "a forecast. Matters are in Clio. Jobs are booked in Jobber. Like every Friday and Valentine's "
            "obviously.\nUser: We quote for clients in Texas. The Smith account is big.")
    for value in ("Copilot Business", "CarePlanner Pro", "CarePlanner", "Genesys", "Square", "Clio", "Jobber"):
        assert untouched(analyzer, policy, text, value), value
    assert untouched(analyzer, policy, text, "Valentine")
    assert not uncaught(analyzer, policy, text, ("Texas", "Smith"))
    assert caught(analyzer, policy, "User: Valentine's team went all in.", "Valentine")


def test_a_found_name_spelled_out_letter_by_letter(analyzer, policy):
    text = "User: Ha, it is Aoife, A-O-I-F-E, said ee-fa. Sorry, it is Nhung, N-H-U-N-G. The A-B-C of it."
    assert not uncaught(analyzer, policy, text, ("A-O-I-F-E", "N-H-U-N-G"))
    assert untouched(analyzer, policy, text, "A-B-C")


def test_names_after_any_modified_relation_appositives_and_name_then_role(analyzer, policy):
    text = ("User: My dishwasher, Will, he's 19. our security lead dana had a chat. Our test manager tomasz "
            "just wants coverage. we had a candidate, Adebola Oyewole, whose resume. Tariq, our registrar "
            "this term, caught a note. my own boss said no. our new manager really likes it.")
    assert not uncaught(analyzer, policy, text, ("Will", "dana", "tomasz", "Adebola Oyewole", "Tariq"))
    persons = [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"]
    assert not any(v in ("said", "really", "own", "new") for v in persons), persons


def test_a_lower_case_name_that_is_a_word_comes_back_capitalized(analyzer, policy):
    text = "User: my supervisor rich uses it loads. We get rich quick.\n\nAI: So Rich leaned on it. Rich people too."
    assert caught(analyzer, policy, text, "rich") and caught(analyzer, policy, text, "Rich")
    assert untouched(analyzer, policy, text, "rich quick") and untouched(analyzer, policy, text, "Rich people")


def test_titles_with_a_pay_grade_band_or_school_year(analyzer, policy):
    text = ("User: I'm a Band 6 nurse at Ninewells. Before that I was a Year 4 teacher at Hillside "
            "Primary. Our Band 7 ward manager Siobhan Kelly runs it. Aoife Brennan is a Grade 7 policy "
            "officer. I'm Dara, 41, Band 5 staff nurse at the Mater. I'm a Tier 2 support specialist at "
            "Zendesk.\nUser: The grade 5 results came in. We got level 3 access at work.")
    titles = [v for v, t, _ in covered(analyzer, policy, text) if t == "JOB_TITLE"]
    for value in ("Band 6 nurse", "Year 4 teacher", "Band 7 ward manager", "Grade 7 policy officer",
                  "Band 5 staff nurse", "Tier 2 support specialist"):
        assert value in titles, (value, titles)
    for value in ("grade 5 results", "level 3 access"):
        assert untouched(analyzer, policy, text, value), value


def test_a_listed_town_in_lower_case_after_a_plain_statement_of_where_someone_lives(analyzer, policy):
    text = ("User: we moved to leeds in 2019. im from cebu originally. My sister lives in milton keynes. "
            "she's from lagos.\nUser: I learnt it from nice people. we moved to nice offices. "
            "I was in split minds about it.")
    places = [v for v, t, _ in covered(analyzer, policy, text) if t == "LOCATION"]
    assert places == ["leeds", "cebu", "milton keynes", "lagos"], places


def test_a_title_in_apposition_to_the_participants_own_name(analyzer, policy):
    text = ("User: hi, i'm Rafael Nogueira, accountant (contador) at Nogueira & Pimentel.\n"
            "User: no worries. Callum Reid, charge nurse on an acute medical ward at Wythenshawe.\n"
            "User: hey! Aditya Kulkarni, 26, co-founder and CTO of Dhanvi Labs in Pune.\n"
            "User: Hi! I'm Linh Tran, executive assistant to the CEO at Northvale Capital.\n"
            "User: I'm Shauna Whitfield, Band 6 staff nurse on a ward.\n"
            "User: It's Ana Lopez, big fan of it. I'm Sam Lee, happy to help. I'm Ana Silva, and my team is great.")
    titles = [v for v, t, _ in covered(analyzer, policy, text) if t == "JOB_TITLE"]
    assert titles == ["accountant", "charge nurse", "co-founder and CTO", "executive assistant",
                      "Band 6 staff nurse"], titles


def test_public_figures_the_transcript_discusses_as_such_survive_but_not_the_participants_circle():
    from anonymize.figures import public_figures

    text = ("User: Wes Streeting keeps going on the telly about AI. i read Simon Willison's blog daily. "
            "the mayor Phil Mauger got asked about it. I read a Patrick Collison interview once. "
            "Politicians like Catherine Cortez Masto talk about jobs. I saw Vice Ganda joking about AI on TV.\n"
            "User: my colleague Dale Pruitt talks about it a lot. Priya Shah's blog is internal; Priya wrote it. "
            "our CEO Noel Magee keeps saying it.")
    assert public_figures(text) == {"Wes Streeting", "Simon Willison", "Phil Mauger", "Patrick Collison",
                                    "Catherine Cortez Masto", "Vice Ganda"}


def test_an_answer_about_public_figures_keeps_the_names_and_the_scan_leaves_them(analyzer, policy):
    text = ("AI: Are there any public figures in AI you follow?\n\nUser: Fernando Haddad because of tax "
            "reform, and Raffi Ahmad of course. My friend Nadia Rahman sends me his posts.")
    for value in ("Fernando Haddad", "Raffi Ahmad"):
        assert untouched(analyzer, policy, text, value), value
    assert caught(analyzer, policy, text, "Nadia Rahman")


def test_addresses_with_their_units_before_and_after_and_a_number_before_the_lane(analyzer, policy):
    text = ("User: New address: Rua Padre Chagas, 342, sala 501, Moinhos de Vento, Porto Alegre/RS, CEP "
            "90570-080. the bakery is Rua dos Guajajaras, 1470, loja 2, Lourdes. Office is Str. Memorandumului "
            "nr. 21, ap. 4, Cluj-Napoca 400114. my address, Appt 6, Imm. 14, Rue Oued Ziz, Agdal. home address, "
            "No. 12, Golestan Alley, Chaharbagh-e Bala Street, Isfahan. Room 1804, Building 3, 1088 Keyuan "
            "Road, Nanshan District. home address, 22-5-3, Jalan Sultan Ahmad Shah, 10050 George Town.\n"
            "User: I will apply, Sala said. I read it, ap style.")
    assert not uncaught(analyzer, policy, text, ("Rua Padre Chagas, 342, sala 501", "90570-080", "Rua dos Guajajaras, 1470, loja 2",
                  "Str. Memorandumului nr. 21, ap. 4", "400114", "Appt 6, Imm. 14, Rue Oued Ziz",
                  "No. 12, Golestan Alley, Chaharbagh-e Bala Street", "Room 1804, Building 3, 1088 Keyuan Road",
                  "22-5-3, Jalan Sultan Ahmad Shah, 10050"))
    assert untouched(analyzer, policy, text, "ap style")


def test_lower_case_names_in_apposition_after_any_role_and_after_lower_case_honorifics(analyzer, policy):
    text = ("User: Another young guy in the office, baraka, is teaching the others. the HCA on nights, "
            "bev, just laughed. Also our bellboy jun-jun uses it. One driver, otieno, told me. My PhD "
            "student itzel retrained the model. Our technical director, eng. tarek, is strict. we say kuya "
            "jas for the human. My senior saima baji, she is a pharmacist. My senior associate May Cheah "
            "is the AI person.\nUser: the nurse on duty, sadly, was late. I ate rice with them. Ate Joy "
            "said hi, and I ate later.")
    assert not uncaught(analyzer, policy, text, ("baraka", "bev", "jun-jun", "otieno", "itzel", "tarek", "jas", "saima", "May Cheah", "Joy"))
    for value in ("sadly", "ate rice", "ate later"):
        assert untouched(analyzer, policy, text, value), value


def test_uneven_digit_groups_are_a_number_only_when_some_digits_stand_alone():
    from anonymize.textview import normalized_view

    assert normalized_view("call 0 7 12 345 678 now").text == "call 0712345678 now"
    for text in ("scores 12 - 3 - 2019 - 5 ok", "in 2019 2020 2021 we", "rooms 12 14 16 18 20"):
        assert normalized_view(text).text == text


def test_ages_of_a_name_of_two_children_and_as_a_fragment_and_a_holiday_or_season_with_its_year(analyzer, policy):
    text = ("User: Ángel was sixteen and he said mama. I'm at the sea with my children, they are nine and "
            "twelve. Mostly creature work. thirty-one, went to Emily Carr for animation. around Easter 2023 "
            "she set it up. over Black Friday 2023 we were short. meant to come in spring of 2022.\n"
            "User: They were 10 and 20 minutes late. Revenue was 40, and rising. at Easter we rest, and every "
            "spring we plan.")
    found = {v: t for v, t, _ in covered(analyzer, policy, text)}
    for value in ("sixteen", "nine", "twelve", "thirty-one"):
        assert found.get(value) == "AGE", (value, found)
    assert not uncaught(analyzer, policy, text, ("Easter 2023", "Black Friday 2023", "spring of 2022"))
    assert "10" not in found and found.get("40") != "AGE"
    for value in ("at Easter we", "every spring"):
        assert untouched(analyzer, policy, text, value), value


def test_own_titles_after_work_as_without_an_article_and_after_a_name_with_years_old(analyzer, policy):
    text = ("User: I am Lena Hartmann, 34, and I work as freelance UX designer from Leipzig. I am research "
            "assistant and PhD candidate. I am Av. Selin Aydın, 38 years old, lawyer, I have my own office.\n"
            "User: I work as usual on Mondays. I worked as hard as anyone.")
    assert not uncaught(analyzer, policy, text, ("freelance UX designer", "research assistant", "lawyer"))
    for value in ("as usual", "as hard"):
        assert untouched(analyzer, policy, text, value), value


def test_a_list_of_tools_is_no_law_firm(analyzer, policy):
    text = ("User: For data I use Google Sheets, Datawrapper, and ChatGPT to write Python. I worked at "
            "Baker, McKenzie and Hall for years.")
    assert untouched(analyzer, policy, text, "Sheets, Datawrapper, and ChatGPT")
    assert caught(analyzer, policy, text, "Baker, McKenzie and Hall")


def test_systems_that_filings_prescriptions_and_agendas_go_through_are_tools(analyzer, policy):
    text = ("User: Prescriptions go through Medula, the SGK system. all the court filings go through UYAP. "
            "Agendas go out through eScribe. we trace everything in Arize Phoenix. plots still in Origin "
            "because. we use iFood.\nUser: I live in Kisumu.")
    for value in ("Medula", "UYAP", "eScribe", "Arize Phoenix", "Origin", "iFood"):
        assert untouched(analyzer, policy, text, value), value
    assert caught(analyzer, policy, text, "Kisumu")


def test_places_without_diacritics_in_the_list_districts_counties_and_a_state_after_a_town(analyzer, policy):
    text = ("User: living in Bình Thạnh, Hồ Chí Minh City. I studied in Đà Nẵng. I live near campus in "
            "Gwanak-gu. 2-6-38 Daimyo, Chuo-ku, Fukuoka. in Co. Tipperary and I do. I manage the store in "
            "Baxley, Georgia. small town.\nUser: We moved to Georgia from Tbilisi. Acme Co. Ltd is fine.")
    assert not uncaught(analyzer, policy, text, ("Hồ Chí Minh City", "Đà Nẵng", "Gwanak-gu", "Chuo-ku", "Co. Tipperary", "Georgia"))
    assert not caught(analyzer, policy, text, "Georgia", 1)
    assert not any(t == "LOCATION" and "Ltd" in v for v, t, _ in covered(analyzer, policy, text))


def test_a_handle_said_as_after_a_community_and_a_word_name_before_a_modal(analyzer, policy):
    text = ("User: I rant on the nursing subreddit as shaz_on_nights, honestly. I saved it as user_id in "
            "the script. my G7, Will Thackeray, is keen. Will will try anything once. Will it work? I will.")
    assert caught(analyzer, policy, text, "shaz_on_nights")
    assert untouched(analyzer, policy, text, "user_id")
    assert caught(analyzer, policy, text, "Will", 1) and not caught(analyzer, policy, text, "Will", 2)


def test_a_listed_figure_in_the_participants_circle_is_protected_and_an_employer_outweighs_the_list(
        analyzer, policy):
    assert "Piotr Zieliński" in policy.detection.allow_list and "Shopify" in policy.detection.allow_list
    text = ("User: my shift supervisor Piotr Zieliński was surprised. I was at Shopify for years, and my "
            "brother is software engineer in Shopify.\nUser: we sell on Shopify too. Sam Altman says agents "
            "will do everything, ok Sam.")
    assert caught(analyzer, policy, text, "Piotr Zieliński")
    assert caught(analyzer, policy, text, "Shopify") and caught(analyzer, policy, text, "Shopify", 1)
    for value in ("on Shopify too", "Sam Altman"):
        assert untouched(analyzer, policy, text, value), value


def test_a_found_lower_case_first_name_later_with_its_lower_case_surname(analyzer, policy):
    text = ("User: my supervisor rich uses it loads. rich hughes. he got it. my friend dimas, dimas "
            "prasetyo, he works there. my boss dave said no, dave will try.")
    assert not uncaught(analyzer, policy, text, ("rich hughes", "dimas prasetyo"))
    assert untouched(analyzer, policy, text, "said no")


def test_spelled_names_handles_in_other_scripts_or_said_as_who_one_is_and_a_possessive_age(analyzer, policy):
    text = ("User: so I'm Olumide Adeyemi, that's O-L-U-M-I-D-E, and I'm 38. email is a dot wisniewska at "
            "nhs dot net, that's W-I-S-N-I-E-W-S-K-A. there I am @薇薇安做产品 on Xiaohongshu. I'm "
            "ximecastaneda on insta. Abena's sixteen, she uses it.\nUser: I'm there on Reddit. I'm "
            "basically on TikTok. John's 40 minutes late.")
    assert not uncaught(analyzer, policy, text, ("O-L-U-M-I-D-E", "W-I-S-N-I-E-W-S-K-A", "@薇薇安做产品", "ximecastaneda", "sixteen"))
    for value in ("there on Reddit", "basically on", "40 minutes"):
        assert not any(t in ("SOCIAL_HANDLE", "AGE") for v, t, _ in covered(analyzer, policy, text) if v in value)


def test_spoken_hyphens_and_webmail_addresses_said_without_their_ending(analyzer, policy):
    from anonymize.textview import normalized_view

    text = ("User: it's kwabena dot asante dash mensah at gmail dot com. sorry, thiago dot ramos at gmail. "
            "Phone is.\nUser: I'm at gmail most days. I add a dash of salt at home.")
    assert not uncaught(analyzer, policy, text, ("kwabena dot asante dash mensah at gmail dot com", "thiago dot ramos at gmail"))
    assert untouched(analyzer, policy, text, "at gmail most days")
    assert normalized_view("I add a dash of salt at home.").text == "I add a dash of salt at home."


def test_instructors_a_word_name_before_and_i_and_a_city_states_postcode(analyzer, policy):
    text = ("User: I'm an adjunct instructor in English composition at Columbus State. Will Baptiste runs "
            "the writing center. Will and I did a workshop. Will it work? send it to 22 Jalan Besar, "
            "#08-215, Singapore 520412, thanks.")
    assert not uncaught(analyzer, policy, text, ("adjunct instructor", "520412"))
    assert caught(analyzer, policy, text, "Will", 1) and not caught(analyzer, policy, text, "Will", 2)


def test_names_listed_with_a_found_name_are_names(analyzer, policy):
    text = ("User: Tshepo and Nomsa in the safety department. Tshepo Molefe uses it for translating. "
            "Tshepo once pasted a file.")
    for nth in range(3):
        assert caught(analyzer, policy, text, "Tshepo", nth=nth)
    assert caught(analyzer, policy, text, "Tshepo Molefe")


@pytest.mark.parametrize("text,value", [
    ("User: Many of my clients are from United Kingdom, Sweden and Germany, buying flats.", "Sweden"),
    ("User: We work with refugees from Somalia, South Sudan and the DRC.", "South Sudan"),
    ("User: Mixed. My colleague Ravi Menon said donations on Paytm and PhonePe are normal now.", "PhonePe"),
])
def test_countries_and_products_listed_together_stay(analyzer, policy, text, value):
    assert untouched(analyzer, policy, text, value)


@pytest.mark.parametrize("value", ["P43 X2K7", "M21 9EG", "H2J 2L3"])
def test_postcodes_of_distinct_shape_on_their_own(analyzer, policy, value):
    assert caught(analyzer, policy, f"User: post it to the club grounds, {value}. I hope that helps.", value)


def test_nicknames_and_double_first_names(analyzer, policy):
    text = ("User: My teammate Kristine Mae Santos, Tin we call her, uses Copilot. Tin and our supervisor "
            "May Ann Bautista made a rule. May Ann is very strict. In May we rest. Lupe for short.")
    assert caught(analyzer, policy, text, "Tin")
    assert caught(analyzer, policy, text, "Tin", nth=1)
    assert caught(analyzer, policy, text, "May Ann", nth=1)
    assert caught(analyzer, policy, text, "Lupe")
    assert untouched(analyzer, policy, text[text.index("In May"):], "May")


def test_names_in_a_pasted_email_header_even_a_listed_figure(analyzer, policy):
    # Tunde Bakare is also a public figure on the policy's list; here he writes to the participant.
    text = ("User: Two weeks ago Tunde Bakare forwarded me a thread:\n"
            "From: Tunde Bakare <tunde.bakare@brightpathgirls.org>\nTo: Chidinma Okeke-Balogun\n"
            "Cc: Funmilayo Adebayo; AK\nSubject: FW: Q2 report template\n\nUser: Tunde still forgets.")
    for value in ("Tunde Bakare", "Chidinma Okeke-Balogun", "Funmilayo Adebayo", "AK", "Tunde still"):
        assert caught(analyzer, policy, text, value.replace(" still", ""), nth=0 if value != "Tunde still" else 2)
    assert untouched(analyzer, policy, text, "Subject")


def test_lettered_id_numbers_after_an_id_word(analyzer, policy):
    text = "User: It had names, the refugee ID RAS-254-0087731, the estate. We run Windows 11 since 2024."
    assert caught(analyzer, policy, text, "RAS-254-0087731")
    assert untouched(analyzer, policy, text, "Windows 11")


@pytest.mark.parametrize("text,value", [
    ("User: Our president is Rana Muhammad Iqbal sahib, he is old school.", "president"),
    ("User: chairlady is Chance Wafula and treasurer is Mama Atieno, those two organise.", "treasurer"),
    ("User: Our matron is Sister Lissy Joseph, she is strict.", "matron"),
    ("User: my OM is Sir Dennis Yap and he is late.", "OM"),
    ("User: Inès Haddad is community manager, Mamadou Diallo does video.", "community manager"),
    ("User: Paris Thompson is our scheduler, she knows everything.", "scheduler"),
    ("User: I'm the founder and creative director, Ravi bhai does the client servicing.", "founder and creative director"),
    ("User: We took on a dispenser called Imran last year.", "dispenser"),
    ("User: In the union the president is Sr. Joaquim Pires, very old style.", "president"),
])
def test_titles_said_with_is_before_or_after_a_name(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: Sarah is tired, honestly. Excel is king here.", "tired"),
    ("User: My deputy is Aylin Yıldız, she runs the rota.", "deputy"),
])
def test_is_before_or_after_a_name_needs_an_occupation(analyzer, policy, text, value):
    assert untouched(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: Phone is better for me, sifar teen sifar sifar chay chay chaar aik nau saat teen. Evening.",
     "sifar teen sifar sifar chay chay chaar aik nau saat teen"),
    ("User: My own also, 33100-4827361-5, I would not put there.", "33100-4827361-5"),
    ("User: the office on Rua de Costa Cabral 1146, 4200-227 Porto, every Thursday.", "4200-227"),
    ("User: instagram marisolorganizes, or email me at the office.", "marisolorganizes"),
    ("User: I'm an English teacher and head of the department.", "English teacher"),
    ("User: I am general secretary of our workers union, since 2004.", "general secretary"),
    ("User: my title is operations manager but honestly i do everything.", "operations manager"),
    ("User: two interns, Phạm Ngọc Ánh and Võ Thanh Tùng, both 22. Ánh is fine.", "Võ Thanh Tùng"),
    ("User: two interns, Phạm Ngọc Ánh and Võ Thanh Tùng, both 22. Ánh is fine.", "22"),
    ("User: everyone calls me Jerjer lol. 27, team leader at VistaReach Solutions, a BPO.", "27"),
    ("User: Our two boys are nine and six, and the older one loves it.", "six"),
    ("User: been in grocery since i was 16 honestly, started as a cashier.", "16"),
])
def test_blind_set_q_phrasings_caught(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: we do facebook and instagram marketing, mostly.", "marketing"),
    ("User: We had a trial of Devin for a month, honestly it was like an intern.", "Devin"),
    ("AI: What did the pilot with Grace involve?\n\nUser: so Grace's idea was to tidy notes.", "pilot"),
    ("User: We hired 10, maybe 12 people at Acme last year.", "10"),
])
def test_blind_set_q_phrasings_left(analyzer, policy, text, value):
    assert untouched(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: I'm a postdoctoral fellow in computational epidemiology at McGill.", "postdoctoral fellow"),
    ("User: been in grocery since i was 16, started as a cashier. did a degree.", "cashier"),
    ("User: I am real estate agent, asesor inmobiliario, with Casas Tapatías.", "real estate agent"),
    ("User: I work as AML compliance analyst at mBank in Warsaw.", "AML compliance analyst"),
    ("User: my girlfriend siobhán is a staff nurse in the Mercy.", "staff nurse"),
    ("AI: And in your own work as practice manager?\n\nUser: Mostly writing.", "practice manager"),
])
def test_blind_set_p_titles_caught(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: whats built into Touchstore, our dispensing system. my boss said.", "Touchstore"),
    ("User: whats built into Touchstore, our dispensing system. my boss said.", "said"),
    ("User: the estimating tool, CCC ONE, says like $2,800.", "CCC ONE"),
    ("User: scheduling is all in UKG and it has a thing that predicts.", "UKG"),
    ("User: Also bookings come from TheFork and Matteo answers them.", "TheFork"),
])
def test_blind_set_p_tools_left(analyzer, policy, text, value):
    assert untouched(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value,nth", [
    ("User: my shift manager kev, well kevin, he hates the rota. but kevin is like 40.", "kevin", 1),
    ("User: hey :) im thandi, well Thandiwe Mokoena on my payslip lol.", "thandi", 0),
    ("User: For accounting we use Siigo, and Señora Gloria doesn't let AI touch it.", "Gloria", 0),
    ("User: The club lawyer, Dra. Fernanda Costa e Silva, she told us.", "Fernanda Costa e Silva", 0),
    ("User: Hi! Im Rommel dela Peña, 37, flight dispatcher at Cebu Pacific.", "Rommel dela Peña", 0),
    ("User: u can find me on discord im jas.gill_. i check discord more.", "jas.gill_", 0),
])
def test_corrected_names_particles_and_handles(analyzer, policy, text, value, nth):
    assert caught(analyzer, policy, text, value, nth=nth)


def test_words_after_a_platform_are_no_handle(analyzer, policy):
    text = "User: on reddit im there a lot. On Instagram I'm mostly lurking. Well I mean it works."
    for word in ("there", "mostly", "works"):
        assert untouched(analyzer, policy, text, word)


@pytest.mark.parametrize("text,value", [
    ("User: you can contact me at rui.carvalho[at]metvouga[dot]pt. I write it like this.",
     "rui.carvalho[at]metvouga[dot]pt"),
    ("User: the RUT 17.294.608-K and my card GHA-718204639-3 were in it.", "17.294.608-K"),
    ("User: the RUT 17.294.608-K and my card GHA-718204639-3 were in it.", "GHA-718204639-3"),
    ("User: the union was involved. Rajesh sir, our plant head, wanted one version.", "Rajesh"),
    ("User: Sure. I'm Burak Şahin, freelance translator, English to Turkish mostly.", "freelance translator"),
])
def test_blind_set_r_phrasings_caught(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: our x-ray software has this thing called Pearl built in now.", "Pearl"),
    ("User: The planning is in Hastus, that is the schedule.", "Hastus"),
    ("User: The biggest one is an AI scribe, ScribbleVet. It listens.", "ScribbleVet"),
    ("User: first line is a chatbot, its called Ada, the customer talks to it.", "Ada"),
    ("User: Many guests come from Russia, Germany, Poland.", "Russia"),
    ("User: Yes Sir, Thanks Sir, Good morning.", "Thanks"),
])
def test_blind_set_r_phrasings_left(analyzer, policy, text, value):
    assert untouched(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: Since Sommer 2024 we have a guideline, no names.", "Sommer 2024"),
    ("User: On the ward the head nurse is enfermeira Conceição Marques, for years.", "head nurse"),
])
def test_seasons_of_other_languages_and_titles_before_an_honorific(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


@pytest.mark.parametrize("text,value", [
    ("User: we had NI numbers on the starter forms, like QH 42 71 93 C. That never goes in.", "QH 42 71 93 C"),
    ("User: one homeowner, mrs. patterson out in Broken Arrow, the AI said her roof.", "patterson"),
    ("User: mixed!! one mom, Summer, is super pro ai and wants it.", "Summer"),
    ("User: Email me at weiling [dot] tan [at] kestrelbay [dot] sg, I write it like that.",
     "weiling [dot] tan [at] kestrelbay [dot] sg"),
    ("User: mine is mona_abdelrahman87 at yahoo dot com. Dr. Ada's is ada.okafor[at]alsafamedic[dot]com.",
     "mona_abdelrahman87 at yahoo dot com"),
])
def test_blind_set_s_phrasings_caught(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_a_name_then_one_of_our(analyzer, policy):
    # From the bench corpus, where the leakage gate's re-scan caught it after anonymization.
    text = ("User: a tough conversation with Amber Horton, one of our biggest accounts, on May 27. "
            "We also use Microsoft Teams, one of our tools.")
    assert caught(analyzer, policy, text, "Amber Horton")
    assert untouched(analyzer, policy, text, "Microsoft Teams")


def test_people_like_is_no_public_figure_cue(analyzer, policy):
    # Both from the bench corpus, where the leakage gate's re-scan caught them after anonymization.
    text = ("User: a tough conversation with Amber Horton, one of our biggest accounts. I'd automate the "
            "back-and-forth with people like Amber Horton or people like Clive Stephens, honestly.")
    assert caught(analyzer, policy, text, "Amber Horton", nth=1)
    assert caught(analyzer, policy, text, "Clive Stephens")


def test_common_south_asian_and_unaccented_names_faker_lacks(analyzer, policy):
    # Faker has no "Rajesh" and writes Vietnamese names with diacritics ("Hương"); the
    # gazetteer adds a supplementary list and unaccented forms.
    from anonymize.names import first_names

    for name in ("rajesh", "raj", "sunita", "huong", "tendai", "karthik"):
        assert name in first_names(), name
    text = "User: my colleague rajesh never reads the output, and my boss raj never had to write in English."
    for name in ("rajesh", "raj"):
        assert caught(analyzer, policy, text, name), name
    for word in ("ping", "min", "sri"):  # romanized names that are mostly words: "Ping Jira", "Sri Lanka"
        assert word not in first_names(), word
    text = "User: my son plays, sunny days and precious time. my team lead uses Ping Identity in Sri Lanka."
    assert [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"] == []


def test_names_told_by_what_follows_them(analyzer, policy):
    # Each of these was missed in a blind-written set: a turn opening with a name and a
    # pronoun, ", who does", a known first name doing something, "X is our <role>", and an
    # Urdu/Hindi kinship title after the name.
    text = ("User: Ola, she does payroll, she is a bit scared of it. Tilly, who does our events, loves it.\n\n"
            "AI: And a time it went wrong?\n\nUser: Ah. Tunde. I love him, but. Tunde did the training again. "
            "So Wambui is my colleague in ICT, Omondi is our attachment student from JKUAT, and Omondi tested it. "
            "Our oldest salesman, Rasheed chacha, he has been with us since before.")
    for name in ("Ola", "Tilly", "Rasheed", "Omondi"):
        assert caught(analyzer, policy, text, name), name
    assert caught(analyzer, policy, text, "Tunde", 1)
    text = ("User: At Google, he works a lot. Honestly, she said no. Claude said hi, and Florence was nice. "
            "Jira is our lead tool, Slack is our main channel. Excel, who needs it? This is my manager.")
    assert [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"] == []


def test_word_names_in_a_persons_slot_and_lower_case_introductions(analyzer, policy):
    # Blind set T: names that are words ("Will", "Summer", "Hope") or unknown ("Tevita"),
    # told by an apposition, ", who teaches", or what they do; and a lower-case "im gareth hughes".
    text = ("User: Honestly it was Will, one of our surveyors. Will still takes the credit. Tevita, one of "
            "the RNs on nights, told me. Summer, who teaches ELA across the hall, uses it. The woman running "
            "the pilot in HR, Hope, was brilliant. Memo — his name is Guillermo, but nobody calls him that. "
            "Rocky reckons I'm a dinosaur.\n\nAI: Thanks.\n\nUser: alright. im gareth hughes but nobody calls me that.")
    for name in ("Will", "Tevita", "Summer", "Hope", "Memo", "Guillermo", "Rocky", "gareth hughes"):
        assert caught(analyzer, policy, text, name), name
    assert caught(analyzer, policy, text, "Will", 1)
    text = ("User: Summer, who knows. Monday, who cares? In March, June, was hot. So I went to our assistant "
            "principal. im going home, im not sure.")
    assert [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"] == []


def test_times_of_day_are_kept_and_ages_said_in_passing_are_found(analyzer, policy):
    text = "User: Please call after 4pm, I'm in class. HR wants it by 2:30 🙏\nOmondi: ok. Shifts are 9am to 5pm."
    assert [v for v, t, _ in covered(analyzer, policy, text) if t == "DATE_TIME"] == []
    text = ("User: I clocked 45 in April. I hit the big five-oh in June. I became forty-two this year. I'm "
            "forty-one, no, wait, forty-three. I'm thirty-one, thirty-two in March. im 26, this is my 4th year.")
    for age in ("45", "five-oh", "forty-two", "forty-three", "thirty-two", "26"):
        assert caught(analyzer, policy, text, age), age
    text = "User: I hit 40 calls a day. I'm 40, and 30 people work here."
    assert not caught(analyzer, policy, text, "30")


def test_own_occupations_with_and_or_without_article(analyzer, policy):
    text = ("User: I work as growth marketer in Tramontana Labs. I'm a grain and sheep farmer out past Tarcutta. "
            "Dona Cida, our seamstress, she is sixty-eight. Our apprentice Lukas is clever.")
    for title in ("growth marketer", "grain and sheep farmer", "seamstress", "apprentice"):
        assert caught(analyzer, policy, text, title), title


def test_ids_handles_and_lower_case_addresses(analyzer, policy):
    text = ("User: I once pasted my RFC, ORRJ780312KT5, into ChatGPT. KakaoTalk is easiest, my ID is jiwon_pk93. "
            "drop a note at the yard, unit 3, 18 filton road, bs7 0pa. it took 20 minutes down the road.")
    assert not uncaught(analyzer, policy, text, ("ORRJ780312KT5", "jiwon_pk93", "18 filton road", "bs7 0pa"))
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "STREET_ADDRESS" and "minutes" in v]
    assert not caught(analyzer, policy, "User: Our SKU ABCD991399XYZ is out.", "ABCD991399XYZ")


def test_lower_case_names_that_are_no_english_word(analyzer, policy):
    # "maureen is sharper than most": a known first name typed in lower case, acting; words
    # that are also names ("grant", "jack") stay text (the model's WordNet lemma table).
    text = "User: one customer, lovely woman, maureen, is great. maureen is sharper than most. kevin said no."
    for name in ("maureen", "kevin"):
        assert caught(analyzer, policy, text, name), name
    text = "User: grant was approved. jack is broken. max is 10. the printer is broken."
    assert [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"] == []


def test_brazilian_registration_and_unit(analyzer, policy):
    text = "User: Our office is on Avenida Paulista, 1842, conjunto 113, in Bela Vista. I'm OAB/SP 412.877."
    assert not uncaught(analyzer, policy, text, ("Avenida Paulista, 1842, conjunto 113", "OAB/SP 412.877"))


def test_blind_set_v_and_w_people_cues(analyzer, policy):
    # A human assistant is no AI tool; who the speaker emailed or told; "Mai and I"; workplace
    # mates; "Budi from the warehouse"; lower-case names after relations and "dr"; initials
    # signing a pasted message.
    text = ("User: Bex, our teaching assistant, is great. Rose, our HR assistant, prepares files. "
            "I emailed Priyanka in clinical informatics. Mai and I joke about it. me and Rowan opened it. "
            "my studio-mate Bo found prompts. Budi from the warehouse showed me. my director iryna said no. "
            "my daughter sofiyka (shes 6) learns english. dr patel loves it. "
            'It said "Please read the diff next time. - O."')
    for name in ("Bex", "Rose", "Priyanka", "Mai", "Rowan", "Bo", "Budi", "iryna", "sofiyka", "patel", "O"):
        assert caught(analyzer, policy, text, name), name
    text = ("User: Zia, our AI assistant, drafts notes. I asked Claude and ChatGPT. I asked Google. "
            "my director said no. my flatmate plays guitar. the principal rose early. We chose plan B.")
    persons = [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"]
    assert persons == [], persons


def test_handles_after_my_platform_and_spoken_contacts(analyzer, policy):
    text = ("User: my LINE is ploy.lanna, or email me. On GitHub, my user is ioana-tests, and that's it. "
            "Mobile's best, oh-four-double-one, two-three-four, nine-oh-six. It stops the robots: "
            "montse.puig arrova traduccions punt cat. VAT No. IE 6388047V.")
    assert not uncaught(analyzer, policy, text, ("ploy.lanna", "ioana-tests", "oh-four-double-one, two-three-four, nine-oh-six",
                  "montse.puig arrova traduccions punt cat", "IE 6388047V"))


def test_transliterated_names_and_lower_case_towns_in_lower_case_typing(analyzer, policy):
    from anonymize.names import first_names

    for name in ("taras", "maksym", "oksana", "dmytro"):  # Faker's Ukrainian names, typed in Latin
        assert name in first_names(), name
    assert "german" not in first_names()  # "German Chancellor"
    text = ("User: my husband taras works in it security. the office manager brenda was against it. "
            "i think every boiler in bristol packed up. originally from kharkiv, we moved to lviv. i like it. "
            "im tired of reading docs in bath time.")
    assert not uncaught(analyzer, policy, text, ("taras", "brenda", "bristol", "kharkiv", "lviv"))
    assert not caught(analyzer, policy, text, "bath")
    text = "User: I run a shop. Every boiler in bristol packed up, I know."
    assert not caught(analyzer, policy, text, "bristol")  # capitals elsewhere: a lower-case word stays


def test_blind_sets_x_and_y(analyzer, policy):
    text = ("User: My GitHub is arjunr-dev if you want to see. My employee ID is ZS-44817 if you need it. "
            "Everyone has a badge, mine is RTM-44817, and more. Tunde and Blessing from the Lekki axis use it. "
            "Email w.kamau -at- outlook -dot- com, or camille point rousseau chez protonmail point com.")
    assert not uncaught(analyzer, policy, text, ("arjunr-dev", "ZS-44817", "RTM-44817", "Tunde", "Blessing", "w.kamau -at- outlook -dot- com",
                  "camille point rousseau chez protonmail point com"))
    text = "User: Grace and Hope are virtues, Paris and Sydney are offices. My licence is 2019 vintage."
    assert not [v for v, t, _ in covered(analyzer, policy, text)
                if t in ("PERSON", "NATIONAL_ID") and v in ("Hope", "Sydney", "2019")]


def test_named_facilities_shires_and_occupations_said_of_others(analyzer, policy):
    text = ("He was held in HMP Stocken, then HM Prison Ranby, Nottinghamshire, and arrested at the "
            "Narlıdere police station. She is employed at Atasam hospital. The applicant is over 60 and works "
            "as an administrator; he was employed formerly as a driver's escort and latterly as a driver. "
            "My sister is a radiographer. The applicant, who is white British, was employed formerly as a "
            "cook. She asked for a post as a teacher. No such benefit was payable to her as a widow.")
    assert not uncaught(analyzer, policy, text, ("white British", "cook", "teacher", "widow", "HMP Stocken", "HM Prison Ranby", "Nottinghamshire",
                  "Narlıdere police station", "Atasam hospital", "administrator", "driver's escort", "driver",
                  "radiographer"))
    text = ("Private hospital fees are high and the General hospital is fine. It works as a charm. Her "
            "brother was a keen cyclist. The Secretary of State refused, as the Prime Minister had. She "
            "received Widow’s Bereavement Allowance.")
    assert not [v for v, t, _ in covered(analyzer, policy, text)
                if t in ("OCCUPATION", "JOB_TITLE", "MARITAL_STATUS") or t == "ORGANIZATION" and "Widow" not in v]


def test_a_colleague_named_like_an_ai_product(analyzer, policy):
    """Blind sets Z, AA and AB each wrote one: the person's mentions are protected, the
    product's stay (issue item 6 and item 3 at once)."""
    text = ("User: I tried Claude, the software, and I use ChatGPT and Claude for drafts. But my editor "
            "is also called Claude, Claude Vernier, a gentleman of seventy.\n\n"
            "AI: How did Claude react?\n\nUser: He laughed. Some people use the AI called Claude at home, "
            "but Claude, the human, is 61 and I do not answer anybody, not even Claude.")
    for nth in (2, 3, 4, 6, 7):
        assert caught(analyzer, policy, text, "Claude", nth), nth
    assert caught(analyzer, policy, text, "Vernier")
    found = {(f.start, f.end) for f in scan_text(analyzer, text, policy)}
    for nth in (0, 1, 5):  # "tried Claude, the software", "ChatGPT and Claude for drafts", "the AI called Claude"
        start = -1
        for _ in range(nth + 1):
            start = text.index("Claude", start + 1)
        assert not any(s < start + 6 and start < e for s, e in found), nth
    text = ("User: My colleague Claude Martin hates it. I'll sometimes ask Claude or ChatGPT for ten options. "
            "The firm started a pilot with Claude last year.")
    for nth in (1, 2):
        start = -1
        for _ in range(nth + 1):
            start = text.index("Claude", start + 1)
        assert not any(s < start + 6 and start < e for s, e in spans(analyzer, policy, text)), nth
    text = "User: Someone told me about an AI called Claude. Claude wrote me a poem."
    assert untouched(analyzer, policy, text, "Claude")  # no person here: both are the tool
    # A public figure or a tool does not make the next name in a list a tool.
    text = "User: My colleague Will Smith and Grace Baker joined. We use Notion and Tom Reid likes it."
    assert caught(analyzer, policy, text, "Grace Baker") and caught(analyzer, policy, text, "Tom Reid")


def test_blind_sets_z_aa_ab_contacts_ids_and_salutations(analyzer, policy):
    text = ("User: Email me at siobhan_AT_cutabovesalthill_DOT_ie, or jiwoo.park 골뱅이 naver 쩜 com, or "
            "martin guion bajo goldberg arroba yahoo punto com punto ar. Email is best: naledi dot dlamini, "
            "at sign, ukzn dot ac dot za. My member number at the cooperative is KDFC-2291. We all have "
            "staff IDs, they said don't paste. Like mine is SFT-04417. My ABN is 51 824 753 556. I heard from "
            "another illustrator, Priyanka, who I shared a table with. I sent:\n\"Hi Marcus! Just following up.\"")
    assert not uncaught(analyzer, policy, text, ("siobhan_AT_cutabovesalthill_DOT_ie", "jiwoo.park 골뱅이 naver 쩜 com",
                  "martin guion bajo goldberg arroba yahoo punto com punto ar",
                  "naledi dot dlamini, at sign, ukzn dot ac dot za", "KDFC-2291", "SFT-04417", "51 824 753 556",
                  "Priyanka", "Marcus"))
    text = ("User: Our office is in the Stadskantoor, Stadsplateau 1, 3521 AZ Utrecht. The shop is on "
            "Córdoba 1452, in the centre. Coverage is patchy, but try 021, then 447, then 8092.")
    assert not uncaught(analyzer, policy, text, ("Stadsplateau 1, 3521 AZ", "Córdoba 1452", "021, then 447, then 8092"))
    text = ("User: I own my own salon, Cut Above, in Salthill. I sell to a small shop in Kyoto, Hanabi Textiles. "
            "We are a small practice in Headingley, Leeds — Brannigan & Holt.")
    text += " Baba Sule, he's close to sixty, won't touch it. I left school at 16. The politicians in The Hague talk."
    assert not uncaught(analyzer, policy, text, ("Cut Above", "Hanabi Textiles", "Brannigan & Holt", "sixty", "16", "The Hague"))
    text = ('User: It wrote "Hi Team, quick update" and "Dear Customer, thanks". Yes, the dentist, he said no. '
            "I run Windows 11, 2024 Edition now. The meeting is on Level 3, near the lift. We met at 5, then 6 came.")
    assert not [v for v, t, _ in covered(analyzer, policy, text)
                if t in ("PERSON", "JOB_TITLE", "OCCUPATION", "STREET_ADDRESS", "PHONE_NUMBER")]


def test_titles_in_apposition_glossed_or_said_without_an_article(analyzer, policy):
    text = ("User: Our producer there, Henrik, said no. Jun-jun, our bellboy, he jokes. Our radiologist, "
            "Dr. Pieter Joubert, reads films. Bazza's our shearing contractor, been coming for years. "
            "Precious, one of our healthcare assistants, she's from Zimbabwe. Sneha ma'am, our company "
            "secretary, she checks it. I'm a sparky, an electrician, I run my own business. I am conseillère, "
            "so an advisor, I receive people. I am a coffee grower — caficultor — in Pitalito. As a copywriter, "
            "AI is the floor. I started as cashier when I was 18. My job is logistics coordinator for import "
            "cargo. I'm an archaeobotanist. I'm a novelist.")
    assert not uncaught(analyzer, policy, text, ("producer", "bellboy", "radiologist", "shearing contractor", "healthcare assistants",
                  "company secretary", "sparky", "electrician", "conseillère", "advisor", "caficultor",
                  "copywriter", "cashier", "logistics coordinator", "archaeobotanist", "novelist"))
    text = "User: I'm a bit tired, a mother of two. As a result, a manager said no. I see it as a tool, really."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t in ("JOB_TITLE", "OCCUPATION")]


def test_families_short_names_departments_and_papers(analyzer, policy):
    """Direct misses left from sets T, V and X."""
    text = ("User: I had a couple, the Hendersons, moving from Minnesota, and Mrs. Henderson wanted a yard. "
            "My studio-mate Bo helps. It was Bo's idea. Sioned in translation told me the tools are bad. "
            "Name's Ray Delgado — Raymundo on my birth certificate. The form made us enter our employee number, "
            "and then half the team pasted theirs into the group chat asking if it was right. Mine's E4471902.")
    assert not uncaught(analyzer, policy, text, ("Hendersons", "Sioned", "Raymundo", "E4471902"))
    assert caught(analyzer, policy, text, "Bo", 1)  # "Bo's idea"
    text = "User: Everyone in sales told me so. Keeping up with the Joneses is tiring. I read it on my passport."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON" and v != "Joneses"]


def test_blind_sets_ac_and_ad(analyzer, policy):
    text = ("User: One bridge engineer, she is Japanese speaker, Thảo, she check everything. The adjusters love "
            "it. Brittany, she's been with us three years. One nurse in my team, Dương, used ChatGPT. They asked "
            "for my employee number to confirm I'm real, it's BMS-440817. My NMC PIN is 96I2817E. Write "
            "takeda.h atmark asanoya-kanazawa dot jp, or mcallisterelectrical at bigpond, all one word, then dot "
            "com. I'm on Reddit as u/patchtuesday_marcus.")
    assert not uncaught(analyzer, policy, text, ("Thảo", "Brittany", "Dương", "BMS-440817", "96I2817E", "takeda.h atmark asanoya-kanazawa dot jp",
                  "mcallisterelectrical at bigpond, all one word, then dot com", "u/patchtuesday_marcus"))
    text = "User: It works. Honestly, she's great. Anyway, he was late. The number of users is big, it's 20000."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t in ("PERSON", "NATIONAL_ID")]


def test_titles_from_set_ad(analyzer, policy):
    text = ("User: I started on the tools as a chippy. Our site supervisor on the Coomera job, Tui, she's gone. "
            "I started here as a receptionist in 2017. Our editor-in-chief, Mr Ogunleye, is old school. I'm a "
            "lecturer, officially a research associate, at the Institute. I am the okami, that means something "
            "like the proprietress, of Asanoya. Nando, my sous-chef, laughs. I'm also the homeroom teacher of "
            "that class. I am a winegrower, a vigneron, near Castillon. Our vet, Dr Anjali Rao at Piako Vets, "
            "agrees.")
    assert not uncaught(analyzer, policy, text, ("chippy", "site supervisor", "receptionist", "editor-in-chief", "research associate", "okami",
                  "proprietress", "sous-chef", "homeroom teacher", "winegrower", "vigneron", "Piako Vets"))
    assert untouched(analyzer, policy, text, "my sous-chef".split()[0] + " ")  # the possessive stays


def test_blind_sets_ae_and_af(analyzer, policy):
    text = ("User: He's a good kid though. Bazza, my other qualified guy, is old school. Mick from our legal "
            "team was firm. I'm a CPA, my license, number CPA.0471823, is on the line. Email is marcus period "
            "bell at outlook period com. The shop is at 214 Võ Văn Tần, District 3. We are in Carrer de Sueca 58, "
            "closed on Mondays. I asked Mrs Hope.")
    assert not uncaught(analyzer, policy, text, ("Bazza", "Mick", "CPA.0471823", "marcus period bell at outlook period com", "214 Võ Văn Tần",
                  "Carrer de Sueca 58", "Hope"))
    text = ("User: That's it, full stop. The period of time was long at that point. Sales, our other guy, went up. "
            "On 19 August 2008, the applicant was examined by doctors at Van State Hospital.")
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t in ("PERSON", "EMAIL_ADDRESS", "JOB_TITLE")]


def test_left_from_earlier_sets(analyzer, policy):
    """Direct misses noted in the fifth session: a Filipino honorific, an id shown as an example that is one's own."""
    text = ("User: My TL, Ma'am Joy, checks every ticket. Our agent IDs look like ZA-40391, that one's mine "
            "actually.")
    assert not uncaught(analyzer, policy, text, ("Joy", "ZA-40391"))
    text = "User: Ticket numbers look like ZA-40391, that one was a nightmare. Yes ma'am, it works."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t in ("PERSON", "NATIONAL_ID")]


def test_spoken_address_of_several_words(analyzer, policy):
    """'nuria f-e-r-r-e-r seventy-nine at gmail dot com': every word of the local part said aloud."""
    text = "User: Email me, nuria f-e-r-r-e-r seventy-nine at gmail dot com, or john smith 77 at yahoo dot com."
    assert not uncaught(analyzer, policy, text, ("nuria f-e-r-r-e-r seventy-nine at gmail dot com",
                                                 "john smith 77 at yahoo dot com"))
    text = "User: Write to me at anna at gmail dot com, thanks."
    assert untouched(analyzer, policy, text, "Write to me at ")


def test_postcodes_road_addresses_and_ids_from_dev_sets(analyzer, policy):
    """Direct misses left in the development sets: US ZIP and Singapore postcodes, Korean and
    Japanese addresses, ids with a state prefix or letters after, a spaced French NIR, and a
    possessive typed without its apostrophe."""
    text = ("User: It's 2148 260th Street, Story City, Iowa 50248. Our office is Blk 412 Tampines Street 41, "
            "Singapore 520412. The studio is at 256 Pangyo-ro, Bundang-gu, and a customer lives at 3-14-7 "
            "Nanko-kita, Suminoe-ku. I typed my NIN, CM84071102KQRA, and my RG MG-14.382.907 in the chat. "
            "Something like 2 72 03 69 123 456 78 on a form. kyle uses it too, kyles proper lazy.")
    assert not uncaught(analyzer, policy, text, ("50248", "520412", "256 Pangyo-ro", "3-14-7 Nanko-kita", "CM84071102KQRA",
                                                 "MG-14.382.907", "2 72 03 69 123 456 78", "kyles"))
    text = "User: We shipped 50248 units to Iowa. The Iowa 50 list. My colleague Jean Dupont wears jeans."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t in ("STREET_ADDRESS", "NATIONAL_ID")]
    assert untouched(analyzer, policy, text, "jeans")


def test_blind_set_ah(analyzer, policy):
    """Misses of set AH at its first score: 'No.' before a house number, an address joined by
    hyphens, seven digits partly spelled after a cue to call, a past job, a postdoc, where a
    degree was taken."""
    text = ("User: my house is No. 12 Mensah Wood Street, East Legon. Email me, it's "
            "abena-dot-oa-at-outlook-dot-com, just replace the words. You can reach me on 920 "
            "four-five-one-eight, that's my number. I was a recruiter first for two years. Then did a "
            "postdoc in Germany. I did my LLB at Wits, and my master's at EAFIT.")
    assert not uncaught(analyzer, policy, text, ("No. 12 Mensah Wood Street", "abena-dot-oa-at-outlook-dot-com",
                                                 "920 four-five-one-eight", "recruiter", "postdoc", "Wits", "EAFIT"))
    text = ("User: Call me about the 2019 one two three thing. I have nine two zero four five one eight "
            "reasons. The state-of-the-art at-home dot-com thing. I was a bit tired first.")
    assert not [v for v, t, _ in covered(analyzer, policy, text)
                if t in ("PHONE_NUMBER", "EMAIL_ADDRESS", "OCCUPATION", "JOB_TITLE")]


def test_blind_set_ag(analyzer, policy):
    """Misses of set AG at its first score."""
    text = ("User: login on everything is my badge number, PX-40219, and I am careful. Only me or Danny's "
            "wife Crystal reads it. Signal is easiest, my username there is sander.dv.07. Send me a "
            "message, mobile is 9 4 8 1  2 0 7 3, I always write it like that. My mum's a retired teacher "
            "over in Sligo. I'm a healthcare assistant doing home care. I joined after graduating from NUS.")
    assert not uncaught(analyzer, policy, text, ("PX-40219", "Crystal", "sander.dv.07", "9 4 8 1  2 0 7 3", "teacher",
                                                 "healthcare assistant", "NUS"))
    text = "User: Danny's wife was there. My mum's a bit tired. We had 9 4 8 1 2 0 7 3 boxes."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t in ("PHONE_NUMBER", "OCCUPATION")
                or t == "PERSON" and v != "Danny"]


def test_blind_set_aj(analyzer, policy):
    """Misses of set AJ at its first score."""
    text = ("User: my TA jordan told us that. my coworker Hope is great. Hope and i talk about it. my "
            "daughter Caitlin whos 16 set me up, my little brother Yusuf who is 16 uses it, wee Mrs "
            "Docherty, shes about eighty, asked me. I started there in 2016 as a forklift operator. i work "
            "part time as a math tutor.")
    assert not uncaught(analyzer, policy, text, ("jordan", "16", "eighty", "forklift operator", "math tutor"))
    assert caught(analyzer, policy, text, "Hope", 1) and caught(analyzer, policy, text, "16", 1)
    text = ("User: My uncle says Elon Musk will replace us all, he reminds me Musk grew up in Pretoria. My "
            "colleague Georgia moved to Georgia last year.")
    assert untouched(analyzer, policy, text, "Elon Musk") and untouched(analyzer, policy, text, "Georgia last")


def test_blind_set_ai(analyzer, policy):
    """Misses of set AI at its first score: at and dot words of Bulgarian, Romanian, Kreyòl and
    Ukrainian, a phone in slashed pairs, a user name with a dot, 'LINE, ID', a first name before
    ', who runs', 'I'll be forty', 'as a broker since 2014'."""
    text = ("User: KakaoTalk is easiest. My ID is jihoon.qe. You can add me on LINE, ID tina_dds_tw. Or "
            "desi точка petrova маймунка abv точка bg, or ion.ciobanu a rond mail punct md, or jrdesir "
            "arobaz gmail pwen com, or oksana.kov равлик ukr крапка net. Phone: 09/11/47/28/36. It's in "
            "Google Sheets, and Zainab, who runs the pantry, is strict. I'll be forty in November. I worked "
            "at a bank, and as a broker since 2014.")
    assert not uncaught(analyzer, policy, text, ("jihoon.qe", "tina_dds_tw", "desi точка petrova маймунка abv точка bg",
                                                 "ion.ciobanu a rond mail punct md", "jrdesir arobaz gmail pwen com",
                                                 "oksana.kov равлик ukr крапка net", "09/11/47/28/36", "Zainab", "forty",
                                                 "broker"))
    text = "User: My ID is john. We met on 12/05/2023. I see it as a tool since 2020. Word, who cares."
    assert not [v for v, t, _ in covered(analyzer, policy, text)
                if t in ("SOCIAL_HANDLE", "PHONE_NUMBER", "PERSON", "OCCUPATION")]


def test_titles_of_people_named_after_them(analyzer, policy):
    """'My old professor, Prof. Ivanova', 'Our agronomist at Heartland Co-op, Brenda', 'Our
    minister, Rev. Dexter Ali': the title (without 'old'), with an employer or a reverend between."""
    text = ("User: My old professor, Prof. Ivanova, she is sixty-eight. Our agronomist at Heartland Co-op, "
            "Brenda, caught that. Our minister, Rev. Dexter Ali, was very skeptical.")
    assert not uncaught(analyzer, policy, text, ("professor", "agronomist", "minister", "Dexter Ali"))
    assert untouched(analyzer, policy, text, "old ")
    text = "User: my old manager Dave said so. The minister said no."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t in ("JOB_TITLE", "OCCUPATION")]


def test_blind_sets_ak_and_al(analyzer, policy):
    """Misses of sets AK and AL at their first score."""
    text = ("User: The young ones worry me. Jordan, who started in January, he's new. I put my own employee "
            "code KIT-2291 in a prompt. My number is zero seven seven two, four hundred and eleven, nine "
            "hundred and eight. My house is Section 5, Lot 22, Eriku. A clinic at No. 12, Gandhi Nagar 3rd "
            "Street, Pollachi. Email: sokhachan88, at sign, gmail, full stop, com.")
    assert not uncaught(analyzer, policy, text, ("Jordan", "KIT-2291",
                                                 "zero seven seven two, four hundred and eleven, nine hundred and eight",
                                                 "Section 5, Lot 22", "No. 12, Gandhi Nagar 3rd Street",
                                                 "sokhachan88, at sign, gmail, full stop, com"))
    text = "User: We export to Jordan, which is close. I had four hundred and eleven students, full stop."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t in ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS")]


def test_bodies_named_x_of_y(analyzer, policy):
    """'the Law Society of Kenya', 'the Community Foundation for Southeast Michigan' whole; a
    ministry named by function only where someone works there."""
    text = ("User: I'm a senior policy analyst at the Ministry for the Environment in Wellington. He softened "
            "after the Law Society of Kenya started sessions. We applied to the Community Foundation for "
            "Southeast Michigan last year.")
    assert not uncaught(analyzer, policy, text, ("Ministry for the Environment", "Law Society of Kenya",
                                                 "Community Foundation for Southeast Michigan"))
    text = "User: I heard the Ministry of Health is trying things. The Agent, of the Ministry of Foreign Affairs."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "ORGANIZATION"]


def test_a_business_and_its_name(analyzer, policy):
    """'a bakery ..., it's called Forno Manfredi', 'The Bridge Café, it's called': the business,
    not a tool (but 'our app, it's called Fin' is one)."""
    text = ("User: I work in a bakery in the Bolognina neighbourhood, it's called Forno Manfredi. I run a café "
            "in Douglas. The Bridge Café, it's called, though there's no bridge.")
    assert not uncaught(analyzer, policy, text, ("Forno Manfredi", "Bridge Café"))
    text = "User: Our app, it's called Fin, helps. The shop uses a new tool, it's called Clio."
    assert untouched(analyzer, policy, text, "Fin") and untouched(analyzer, policy, text, "Clio")


def test_own_jobs_years_and_schools_from_sets_ak_and_al(analyzer, policy):
    text = ("User: I'm a machine setter in injection moulding. So now I'm a café owner and I stand at a till. I "
            "work as a warehouse operative in a big warehouse. I work as quality manager and cupper at Yirga. "
            "I've been with the council since 1997. Back in 2009 it was different. I started as a trainee "
            "after finishing from BUFT.")
    assert not uncaught(analyzer, policy, text, ("machine setter", "café owner", "warehouse operative", "cupper", "1997",
                                                 "2009", "BUFT"))
    from anonymize.recognizers.patterns import date_recognizer

    text = "User: Until 2019% of users left, since 2019-style prompts failed."
    assert not date_recognizer().analyze(text, ["DATE_TIME"])  # a share and a compound: no year of a life


def test_lower_case_hyphenated_given_name(analyzer, policy):
    text = "User: i type in lowercase, it's a habit. i'm ji-woo park, mortgage specialist at Maple Harbour."
    assert not uncaught(analyzer, policy, text, ("ji-woo park",))
    text = "User: i'm re-using my notes. i'm well-known here."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"]


def test_blind_set_an(analyzer, policy):
    """Misses of set AN at its first score: names with diacritics the gazetteer knows without
    them, a nickname, a role 'on nights is', someone 'from accounts', a short name before the full
    name between commas, an address whose domain words 'all one word' join and a spelled TLD."""
    text = ("User: Our charge nurse on nights is Roz, Rosalind officially, she's been there for years. There was "
            "a time Emeka from accounts wanted to paste it all. She can calm any guest. Zé, José Pinto, is our "
            "night auditor. Ciarán handles our biggest accounts. Siobhán is newer. Email me, it's harry at "
            "eastside food hub, all one word, dot c a. And ana at gmail dot c o m.")
    assert not uncaught(analyzer, policy, text, ("Roz", "Emeka", "Zé", "Ciarán", "Siobhán",
                                                 "harry at eastside food hub, all one word, dot c a",
                                                 "ana at gmail dot c o m"))
    text = "User: Anyway, Maria Lopez, she said no. Luckily, Tom Baker, our vet, came. I got an a. b c at school."
    assert not [v for v, t, _ in covered(analyzer, policy, text)
                if t in ("PERSON", "EMAIL_ADDRESS") and v in ("Anyway", "Luckily", "b c")]


def test_tools_named_then_described_and_no_verb_as_name(analyzer, policy):
    """'on Fourth, that's the scheduling system', 'Pair, the government's own AI assistant' are
    tools; in 'the new guy, helps' the verb is no name."""
    text = ("User: Everything's on Fourth, that's the scheduling system. Teachers in MOE have Pair, the "
            "government's own AI assistant. Bex, our teaching assistant, helps. Tom, that's the new guy, helps.")
    assert untouched(analyzer, policy, text, "Fourth") and untouched(analyzer, policy, text, "Pair")
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON" and v == "helps"]
    assert not uncaught(analyzer, policy, text, ("Bex", "Tom"))


def test_blind_set_am(analyzer, policy):
    """Misses of set AM at its first score: an employee number set off by commas after its id
    word; a grandmother named like a tool ('my grandma's name was Pearl')."""
    text = ("User: My employee number is on every chart I write, E-20931, and some nights that's all I am. We "
            "use Pearl for notes. Funny thing, my grandma's name was Pearl.")
    assert not uncaught(analyzer, policy, text, ("E-20931",))
    assert caught(analyzer, policy, text, "Pearl", 1) and untouched(analyzer, policy, text, "use Pearl for")


def test_unlisted_names_in_a_persons_slot(analyzer, policy):
    """Names in no gazetteer, said once, which the NER model reads as a place or a firm
    ('Tariku' GPE, 'Mthunzi' ORG): the tagger's slot says person (before 'refuses', 'reckons',
    'hated'; after 'told', 'asked'; 'sat with'; 'X and I'; 'is a nurse')."""
    text = ("User: We use ChatGPT a lot. Tariku refuses to touch it. Honestly Mthunzi reckons it's a fad. "
            "We tried it, and Dilnoza hated it. I told Bolormaa not to paste it in. I sat with Ngaio and we "
            "went through it. Temuulen and I split the work. Sopheap is a nurse on nights. Khamla was "
            "furious about it. Then Thiri laughed at the output.")
    assert not uncaught(analyzer, policy, text, ("Tariku", "Mthunzi", "Dilnoza", "Bolormaa", "Ngaio",
                                                 "Temuulen", "Sopheap", "Khamla", "Thiri"))
    # Tools, firms and places in the same slots stay or are what they are; English words stay.
    text = ("User: Honestly Copilot reckons everything is fine. Grammarly hated my draft. I asked Perplexity "
            "about it. I sat with Excel all night. The Ngaio refuses to start. Nobody "
            "refuses. Mostly Reliance thinks big.")
    for word in ("Copilot", "Grammarly", "Perplexity", "Excel", "Nobody"):
        assert untouched(analyzer, policy, text, word), word
    assert not [v for v, t, r in covered(analyzer, policy, text)
                if t == "PERSON" and v in ("Ngaio", "Reliance")]
    # A listed figure's surname alone, found only by its slot, is the figure.
    assert untouched(analyzer, policy, "User: Milei says the state should not pay for it.", "Milei")


def test_blind_sets_ao_ap(analyzer, policy):
    """Misses of sets AO and AP at their first score: marketplaces and gig platforms people
    earn on are organizations; Hong Kong is a city; an occupation before a name ('two
    machinists, Auma'), a name before 'a PhD student'; a possessive relation ('Saoirse's
    mum'); a lower-case name before ', he'; a child's age after the name; at/dot words and
    digits of more languages; a number between a spelled local part and its 'at'."""
    text = ("User: I run an Etsy shop. Etsy doesn't like it. I drive for Uber and DiDi, and pack at the Amazon "
            "warehouse. I'm a designer in Hong Kong. I have two machinists, Auma and Brian, and a handyman, "
            "Réjean Lapointe, who helps. Thabo, a PhD student, uses it. Precious, one of our master's students, "
            "told me. Saoirse's mum, Aoife Lynch, is a solicitor. There's kacper, he signs in lower case. "
            "Owen is seven and he asked me. I'm a landlord in Montréal.")
    assert not uncaught(analyzer, policy, text, ("Etsy", "Uber", "DiDi", "Amazon", "Hong Kong", "machinists",
                                                 "handyman", "Thabo", "PhD student", "Precious", "Saoirse",
                                                 "kacper", "seven", "landlord"))
    assert caught(analyzer, policy, text, "Etsy", 1)
    for value in ("chayuan.tea 小老鼠 gmail.com", "baraka kwa kileletrails nukta co nukta tz",
                  "eirik krøllalfa johansen-elektro punktum no", "yao san ba, liu qi er ling, jiu si wu yao",
                  "sandeep underscore kulkarni seventy-eight at the rate gmail dot com",
                  "tanvir dot hc nineteen ninety nine at yahoo dot com"):
        assert not uncaught(analyzer, policy, f"User: write to me: {value}. Thanks.", (value,)), value
    text = ("User: I wrote his number in Hindi so the old aunties can read it easily and the young fellas "
            "think it's a song: \"nau saat do, teen paanch, ek chhe\". They like it.")
    assert caught(analyzer, policy, text, "nau saat do, teen paanch, ek chhe")
    # Counting is no number; a weekday after an occupation is no name; a firm's parent is no person.
    text = ("User: Call the kids and count one, two, three, four, five, six, seven, go. I'm a nurse, Monday "
            "to Friday. Tom is 5 minutes late. Amazon's parent company.")
    assert untouched(analyzer, policy, text, "one, two, three, four, five, six, seven")
    assert untouched(analyzer, policy, text, "Monday")
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t in ("PERSON", "AGE") and v != "Tom"]


def test_blind_sets_aq_ar(analyzer, policy):
    """Misses of sets AQ and AR at their first score: vehicle plates after their cue or before
    whose vehicle they are; a name set off by commas before a relation ('Amber, my girlfriend,')
    or opening a sentence before ', he has'; an unknown name acting, then 'his'; a person named
    like a tool with a family noun and a pronoun ('my father-in-law is called Claude, he's
    French'); 'the Al-Hamwi family'; an address written backwards or with '&#64;'; 'a lady of
    91'; 'I work in Doha as a housekeeping supervisor'."""
    text = ("User: the tractor plate 72-AK-9G, and the plate number, KJA 482 XY. For example, RSB 4821, that "
            "is Osman's truck. The car plate, BKR-274. The registration numbers, like УБ87031214, to sort. "
            "Amber, my girlfriend, she edits the videos. I trust him. Rashed, he has been driving for years. "
            "The customer gave the wrong gate. Chinedu lost his bonus in May. Funny, my father-in-law is called "
            "Claude, he's French. A Syrian family, the Al-Hamwi family, got a letter. I write it backwards, "
            "moc.oohay@78akuyo, and selasi.agbeko&#64;yahoo.com. Doña Remedios, a lady of 91 in Triana. "
            "I work in Doha as a housekeeping supervisor at the Pearl Marina Hotel.")
    assert not uncaught(analyzer, policy, text, (
        "72-AK-9G", "KJA 482 XY", "RSB 4821", "BKR-274", "УБ87031214", "Amber", "Rashed", "Chinedu", "Claude",
        "Al-Hamwi", "moc.oohay@78akuyo", "selasi.agbeko&#64;yahoo.com", "91", "housekeeping supervisor"))
    # Not plates, not people: a year, an acronym, a weekday; English words opening a sentence.
    text = ("User: The plate is 2024 new. The number plate was NHS. My plate is Friday. Funny, my manager "
            "agrees. I went there. Tuesday, he said no. Anyway, he left. A man of his word.")
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t in ("NATIONAL_ID", "PERSON", "AGE")]


def test_business_ids_after_their_word_and_hong_kong_id_cards(analyzer, policy):
    text = ("User: My ABN's 61 472 918 305, I know it by heart. With the owner's HKID copy on it, Y482917(3), "
            "and more. Our SIRET, 812 447 903 00021, on the quote. Badge numbers are also our login, mine is "
            "NSS-7781-CJ, and the client.")
    assert not uncaught(analyzer, policy, text, ("61 472 918 305", "Y482917(3)", "812 447 903 00021", "NSS-7781-CJ"))


def test_blind_sets_as_at(analyzer, policy):
    """Misses of sets AS and AT at their first score: at/dot words and number words of more
    languages (Russian 'собачка', Finnish, Welsh, Lithuanian, Persian typed in Latin), look-alike
    letters in a number, a spaced-out domain after a dotted local part, '[at sign]'; 'we call
    him Moose' after another cue; 'I'm Carys Pritchard,'; a name beside a relative, at a
    workplace doing something, or before 'the ..., he'; 'A friend from Liepāja, Rasa,';
    initials noted with an age or sex; 'Big Davie'; handles with any letters; ids."""
    for value in ("dilnoza.rash собачка mail.ru", "noora.lehtinen (miukumauku) gmail.com",
                  "carys.pt malwen outlook dot com", "studio.silas (eta) gmail (taškas) com",
                  "nolla neljä nolla, seitsemän yksi kahdeksan, kaksi kaksi viisi kuusi",
                  "sefr noh yek haft, chahar do se, shesh panj hasht yek", "+996 7ОО 418 3О9",
                  "8 (7O1) 4O8-I9-63", "yokasta.almonte @ h o t m a i l . c o m",
                  "brendasuec [at sign] frontier [period] com", "eight-seven-six, tree-two-one, four-nine-oh-five"):
        assert not uncaught(analyzer, policy, f"User: you can write to me, {value}, any time.", (value,)), value
    text = ("User: Our cousin, we call him Moose, helps. Hiya! I'm Carys Pritchard, I'm 29. From two houses "
            "away. Sela and her sister Vika paint. She draws. Omid at the studio uses Stable Diffusion. Born, "
            "she says. Baptiste, the wire-bender, he likes it. I tried pilates. A friend from Liepāja, Rasa, "
            "opened a studio. Only \"K., 45, lower back\" and \"A.M. and P.R. wedding\". But Big Davie, who "
            "runs the office, went white. Instagram, @lalegüzellik.izmir. My driving licence number, "
            "MCCAN961191OM9JK, and more. Each member has a number, my own is BHFC-0412. Mine is CM78041102PKLE.")
    assert not uncaught(analyzer, policy, text, (
        "Moose", "Carys Pritchard", "Sela", "Omid", "Baptiste", "Rasa", "K.", "A.M.", "P.R.", "Big Davie",
        "@lalegüzellik.izmir", "MCCAN961191OM9JK", "BHFC-0412", "CM78041102PKLE"))
    text = ("User: In the U.S. and U.K. markets, we sell. Paris, the capital, he said. Honestly, "
            "the boss, he agreed. Call the kids and count one, two, three, four, five, six, seven.")
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t in ("PERSON", "PHONE_NUMBER")]


def test_a_name_then_the_occupation_a_family_next_door_a_lower_case_name_after_a_boy(analyzer, policy):
    text = ("User: it was a Friday, and Marlon the drummer turned up late. And the Lussiers next door let us tap "
            "their maples. There's a boy, nurik, he writes to us every week.")
    assert not uncaught(analyzer, policy, text, ("Marlon", "Lussiers", "nurik"))
    text = "User: Excel the spreadsheet is fine. Monday the manager said no. Sam the manager agreed."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON" and v != "Sam"]


def test_blind_set_au(analyzer, policy):
    """Misses of set AU at its first score: 'golbaengi' for the at sign, a webmail name said in two
    words ('at g mail'), a spoken local part starting with a lone letter after 'It's', an '@' said
    between spaces."""
    for text, value in (("User: My email is jihoon.park golbaengi naver dot com. In Korean", "jihoon.park golbaengi naver dot com"),
                        ("User: Email works. It's b kowalski ninety at g mail dot com, and more.", "b kowalski ninety at g mail dot com"),
                        ("User: My personal email is c murphy 74 @ eircom . net, just take out the spaces.", "c murphy 74 @ eircom . net")):
        assert not uncaught(analyzer, policy, text, (value,)), value


def test_more_slots_a_person_fills(analyzer, policy):
    """An unlisted name before 'called me'/'showed us', in one's group ('Aaliyah in my Year 11
    group has'), addressed in reported speech ('I said, Emeka, do you'), after an English word
    opening the sentence ('Yesterday Tariku showed me')."""
    text = ("User: Tariku called me yesterday. Aaliyah in my Year 11 group has an EHCP. I said, Emeka, do you "
            "want that? Yesterday Temuulen showed me a trick.")
    assert not uncaught(analyzer, policy, text, ("Tariku", "Aaliyah", "Emeka", "Temuulen"))
    text = ("User: Excel showed me the error. Sales in my team has grown. Monday in my class was hard. New "
            "Zealand told us no. She said, Look, you can't.")
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"]


@pytest.mark.parametrize("text, title", [
    ("User: I'm a freelance journalist living in Salthill.", "freelance journalist"),
    ("User: And now I'm kind of the marketing coordinator for the bakery.", "marketing coordinator"),
    ("User: I'm a normal PhD student who uses ChatGPT.", "PhD student"),
    ("User: I'm Ana Costa, I'm 41, a veterinarian, retired now.", "veterinarian"),
    ("User: I'm 30 and I'm a team leader.", "team leader"),
    ("User: As a line cook, I use it daily.", "line cook"),
    ("User: I was with the company since 2015, first as a pharmacist and now running the branch.", "pharmacist"),
    ("User: Before that I was a herd manager down near Te Awamutu.", "herd manager"),
    ("User: I work as a senior valuer.", "senior valuer"),
    ("User: We had two finalists, a Java developer named Arjun Pillai and a woman from Pune.", "Java developer"),
    ("User: I'm a freelance illustrator and graphic designer based in Guadalajara.", "graphic designer"),
    ("AI: How does AI come into your work as a broker?", "broker"),
    ("AI: What does a claims handler do on a normal day?", "claims handler"),
])
def test_own_job_titles_of_sets_aw_and_ax(analyzer, policy, text, title):
    """The participant's own title in phrasings a battery of 30 titles x 20 sentences missed:
    a participle or 'down' after it, a hedge ('kind of the'), a degree inside it ('PhD'), one
    word after one's age, 'team'/'line' leading it, 'first as', a second title after 'and', the
    interviewer saying it back ('as a broker?', 'What does a claims handler do'); and 'a X
    named Y' of anyone."""
    assert caught(analyzer, policy, text, title), covered(analyzer, policy, text)


def test_not_job_titles(analyzer, policy):
    text = "User: I'm a big fan of it. I'm kind of the odd one out. Ana, the team lead, said no. We bought a tool called Einstein."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t in ("OCCUPATION", "JOB_TITLE")]


def test_blind_sets_aw_and_ax_contacts_and_ids(analyzer, policy):
    """Misses of sets AW and AX at their first scores: Dutch and Irish digit words, keycap
    digits, the Arabic at and dot words, letters spaced out before 'dot' or hyphenated before a
    number and a webmail provider, an age after 'maybe',
    a passport number with letters inside, register numbers of one's own, a listed figure's
    name that is the participant's team leader."""
    text = ("User: Written out in words: nul tien, vier acht negen, twee twee één zeven. On the Irish side: a náid, "
            "a hocht, a seacht, a dó, a haon, a naoi, a ceathair, a sé, a cúig, a haon. Or the little square "
            "digits: 8️⃣1️⃣7️⃣7️⃣ 2️⃣2️⃣2️⃣4️⃣. Email nourhan_s آت hotmail دوت com, or J O M A R dot R E Y E S at "
            "yahoo dot com. Madame Hanane, she's maybe seventy, sends photos. Herr Schreiber's passport number, "
            "C4R28816X, was in there. My Gas Safe number's 558213. My OAB registration is 214.873, São Paulo "
            "section. My practice licence from the Board, number PPB/P/4471, is on the wall. My team leader, "
            "Kim Min-seok, says no. A fella spelled his out, \"d-a-z-z-a seventy-one at bigpond\", twice.")
    assert not uncaught(analyzer, policy, text, ("d-a-z-z-a seventy-one at bigpond", 
        "nul tien, vier acht negen, twee twee één zeven", "a náid, a hocht, a seacht, a dó, a haon, a naoi, a ceathair, a sé, a cúig, a haon",
        "8️⃣1️⃣7️⃣7️⃣ 2️⃣2️⃣2️⃣4️⃣", "nourhan_s آت hotmail دوت com", "J O M A R dot R E Y E S at yahoo dot com",
        "seventy", "C4R28816X", "558213", "214.873", "PPB/P/4471", "Kim Min-seok"))
    text = ("User: Revenue is maybe fifty, I think. I have a one, two, three plan. My Windows 11 number is 2024. I read "
            "that Kim Min-seok sings. We had 12 at gmail, 3 at yahoo.")
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t not in ("DATE_TIME",)], covered(analyzer, policy, text)


def test_lower_case_notes_listed_names_and_firms_said_again(analyzer, policy):
    """A known first name in a lower-case note after a verb of contact ('remind rory re
    scales', 'a text from ciara'); a first name that is also a word, joined by 'and' to a
    name found ('Grant and Linda'); a listed tool's name in a person's slot ('Jenkins, who
    runs'); a firm said again without its kind ('Trilha Software ... at Trilha'); a farm or
    winery named after its description; a place's particle ('Te Awamutu'); an age in a note
    ('female, sixty-two')."""
    text = ('User: just stuff like "remind rory re scales!!". I had a text from ciara at the Courier. Then Grant '
            "and Linda came. Jenkins, who runs the strength floor, loves it. Pendo, the one who plaits hair, "
            "too. I'm an account executive at Trilha Software.\n\nAI: Are there rules at Trilha?\n\nUser: "
            "Family place, it's called Glenroy Downs. A family winery in Mendoza, Bodega Los Alerces. I was a "
            'herd manager near Te Awamutu. Now I only write "female, sixty-two".')
    assert not uncaught(analyzer, policy, text, (
        "rory", "ciara", "Grant", "Jenkins", "Pendo", "Trilha", "Glenroy Downs", "Bodega Los Alerces",
        "Te Awamutu", "sixty-two"))
    text = ("User: remind me to call mum, ask dad, text from work, email from sales. It was Sunday and Linda came. "
            "We moved to Jenkins, which runs our builds. We had 30 male, 20 female, 12 other. We use Excel and "
            "Linda checks it.")
    assert not [v for v, t, _ in covered(analyzer, policy, text) if v != "Linda"], covered(analyzer, policy, text)


def test_more_spelled_numbers_and_addresses(analyzer, policy):
    """Danish numbers in pairs ('otteogtyve enoghalvfjerds'), Tongan digit words, eight digits
    mixing numerals and words ('9-one-7-three 8-two-0-four'), a domain spelled a letter at a
    time ('at p c c dot e d u'), leetspeak ('y4h00 d0t c0m')."""
    text = ("User: I wrote it in Danish number words, otteogtyve enoghalvfjerds fyrre seksoghalvfems, which even "
            "Danes struggle with. In Tongan, so, fitu fitu, fā tolu, hiva taha nima. To avoid the bots: "
            "9-one-7-three 8-two-0-four. Email leah dot goldstein at p c c dot e d u, or the hacker way: "
            "1br4h1m.d4njum4 at y4h00 d0t c0m.")
    assert not uncaught(analyzer, policy, text, (
        "otteogtyve enoghalvfjerds fyrre seksoghalvfems", "fitu fitu, fā tolu, hiva taha nima",
        "9-one-7-three 8-two-0-four", "leah dot goldstein at p c c dot e d u", "1br4h1m.d4njum4 at y4h00 d0t c0m"))
    for text in ("User: Between 2019 and 2020, one 20 two.", "User: Uno, dos, tres, cuatro, cinco, seis, siete y ocho.",
                 "User: We sold one, two, three, four, five, six, seven, eight units."):
        assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "PHONE_NUMBER"], covered(analyzer, policy, text)


def test_blind_sets_ay_and_az_names_and_titles(analyzer, policy):
    """Misses of sets AY and AZ at their first scores: a nickname and the name side by side
    ('Tincho — Martín, from maintenance', 'Pelle — Per-Erik, but nobody calls him that'), a
    name in reported speech ('asks me, "Domi, is'), an apology by name ('Sorry, Maarten,'), a
    listed figure's name that is one's producer ('my PD at the platform, Kim Min-seok,'), a
    title in lower case that is also a product ('I'm an illustrator'), 'full time' after a
    title, 'what it means to be a data scientist'."""
    text = ("User: Some, yes. Tincho — Martín, from maintenance — he uses it. Yes, Pelle — Per-Erik, but nobody "
            'calls him that — is against it. My mother in Opole asks me, "Domi, is this AI safe?" Sorry, Maarten, '
            "if you ever read this. After that, my PD at the platform, Kim Min-seok, called me. I'm an "
            "illustrator, mostly picture books. I'm a novelist full time now.\n\nAI: Do you think AI is changing "
            "what it means to be a data scientist?")
    assert not uncaught(analyzer, policy, text, (
        "Tincho", "Martín", "Per-Erik", "Domi", "Maarten", "Kim Min-seok", "illustrator", "novelist", "data scientist"))
    text = "User: Sorry, Excel, you lost. Thanks, Monday. We use Illustrator and notion. Excel, who needs it?"
    assert not [v for v, t, _ in covered(analyzer, policy, text)], covered(analyzer, policy, text)


def test_public_figures_by_more_cues_and_by_surname(analyzer, policy):
    """Figures set AY discussed as such: 'in the style of Robert Burns' (and 'tin Burns' after
    it), 'the famous artist Kim Jung Gi', 'Ian Rankin said in an interview', 'I'm not Sally
    Rooney', 'a Bill Evans trio recording'. One's own people stay protected: 'my colleague,
    the famous designer Maria Lopez', 'Tom Burns' of one's team said by surname."""
    text = ("User: I asked for a poem in the style of Robert Burns, and it was like shortbread tin Burns. When the "
            "famous artist Kim Jung Gi passed away, a model appeared. I'm not Sally Rooney, my advances aren't "
            "huge. Ian Rankin said in an interview that he'd rather not. I take a Bill Evans trio recording.")
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"], covered(analyzer, policy, text)
    text = "User: My colleague, the famous designer Maria Lopez, said no. My manager Tom Burns agreed. Burns is strict."
    assert not uncaught(analyzer, policy, text, ("Maria Lopez", "Tom Burns"))
    assert caught(analyzer, policy, text, "Burns", 1)


def test_schools_after_a_degree_and_places_of_a_city(analyzer, policy):
    """Schools after a degree or a course ('my B.Tech from COEP', 'my M.Tech at IISc', 'the
    technical course at SENAI', 'studying business at Insper'), and the degree itself is no web
    address ('.tech' is a top-level domain); a business park and districts no list had."""
    text = ("User: I joined straight after my B.Tech from COEP. Then my M.Tech at IISc. I did my technical course at "
            "SENAI. After studying business at Insper I moved. It's a BPO in Cebu City, in IT Park. The studio is "
            "in Half Way Tree.")
    assert not uncaught(analyzer, policy, text, ("COEP", "IISc", "SENAI", "Insper", "IT Park", "Half Way Tree"))
    found = [v for v, t, _ in covered(analyzer, policy, text)]
    assert "B.Tech" not in found and "M.Tech" not in found, found
    text = "User: We get reviews on TripAdvisor, and my manager, Paco, wants them answered. I was studying at night."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t in ("OCCUPATION", "JOB_TITLE", "SCHOOL")]


def test_harmless_times_countries_and_weekdays_in_a_list(analyzer, policy):
    """Decoys sets AW and AX lost: a clock time the model ran on past ('at 9 p.m. Candidates'),
    a country with its article ('In the United Arab Emirates', where 'Emirates' is also an
    airline), a weekday in the plural listed before a name ('on Saturdays, Chuy has')."""
    text = ("User: I get calls from agents at 9 p.m. Candidates are smart. In the United Arab Emirates everything "
            "moves fast. Brenda studies on Saturdays, Chuy has a second job.")
    found = [v for v, t, _ in covered(analyzer, policy, text)]
    assert all(untouched(analyzer, policy, text, v) for v in ("9 p.m.", "United Arab Emirates", "Saturdays")), found


def test_blind_sets_ba_and_bb_names(analyzer, policy):
    """Misses of sets BA and BB at their first scores: a pupil by year group ('Callum in Year 6',
    'Darragh in fifth year'), a name then a description ('Saoirse, very bright girl,'), a
    quoted message opening or signed with a name ('"Soph — can we', '... Monday. OF."', '—RK"',
    'Ngā mihi, M."', '- gaz."'), thanks that a tool cue took ('"Thanks Hemi, that's the clearest
    thing"'), a title after the name ("Priya ma'am will"), a person named like a tool ('Jasper on
    our design team'), an initial and 'a/p' inside a name, a handle, a staff number between dashes,
    keycap digits in two blocks of five, an Indian driving licence."""
    text = ("User: Callum in Year 6 uses it. Darragh in fifth year, lovely lad. Saoirse, very bright girl, she uses "
            'it. He wrote, "Soph — can we get the deck? Would save us Monday. OF." Then "See you. —RK" and "Ngā '
            'mihi, M." and "legend. beers on me. - gaz." She replied, "Thanks Hemi, that\'s the clearest thing." '
            "Don't paste client data in ChatGPT, Priya ma'am will kill us. That's Jasper the tool, not Jasper on "
            "our design team. Everybody calls me R. Selvi madam. I'm Kavitha a/p Subramaniam. His GitHub is "
            "treyes-sre and he left a team member number in — TM-77120 — by mistake. Box numbers: "
            "9️⃣8️⃣2️⃣2️⃣0️⃣ 4️⃣1️⃣7️⃣6️⃣3️⃣. My licence number is MH12 20110034567.")
    assert not uncaught(analyzer, policy, text, (
        "Callum", "Darragh", "Saoirse", "Soph", "OF.", "RK", "M.\"", "gaz", "Hemi", "Priya", "R. Selvi",
        "Kavitha a/p Subramaniam", "treyes-sre", "TM-77120", "9️⃣8️⃣2️⃣2️⃣0️⃣ 4️⃣1️⃣7️⃣6️⃣3", "MH12 20110034567"))
    assert caught(analyzer, policy, text, "Jasper", 1) and untouched(analyzer, policy, text, "Jasper the tool")
    # A title after the name in Uzbek and Turkish ("Rustam aka", "Ahmet hoca").
    assert not uncaught(analyzer, policy, "User: My director at Chorsu, Rustam aka, made a rule. Ahmet hoca agreed.",
                        ("Rustam", "Ahmet"))
    text = ('User: He said "I am done. OK." and "Call me ASAP." and "Excel, can you believe it" and "It was in the '
            'U.S. Anna said" and "Me too, I." and "we saw it on TV."')
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON" and v != "Anna"], covered(analyzer, policy, text)


def test_names_in_messages_and_corrections(analyzer, policy):
    """A signature that is also a listed tool's name ('please!! R"'), a lower-case name
    opening a quoted message ('"dima, you talk'), a name in Indonesian speech ('"Wi, coba'), a
    lower-case name after 'my <title>,' in any language ('my brygadzista, grzesiek, he is'),
    'binte' inside a name, a correction after a dash ('Lupita — well, Guadalupe,')."""
    text = ('User: The note said "into charts please!! R"\nRachel laughed. My brygadzista, grzesiek, he is good guy, '
            'he laugh at me "dima, you talk more with robot". Pak Budi now asks me "Wi, coba tanya AI". I\'m Nurul '
            "Huda binte Ismail. My colleague Lupita — well, Guadalupe, but nobody calls her that — uses it.")
    assert not uncaught(analyzer, policy, text, ('R"', "grzesiek", "dima", "Wi,", "Nurul Huda binte Ismail", "Guadalupe"))
    text = 'User: she said "okay, you are right" and "well, we can" and we use R for statistics.'
    assert not covered(analyzer, policy, text), covered(analyzer, policy, text)


def test_blind_sets_bc_and_bd(analyzer, policy):
    """Misses of sets BC and BD at their first scores: a name opening a sentence before ', he
    is' when it is no English word ('Mirek, he is sixty'), 'Haruto, one of my second-year boys,',
    a hyphenated name before its role ('Seo-yeon, our data labeler,'), a user name 'in Jira',
    a professional register's number ('colegiada number 11482')."""
    text = ("User: The drivers use it more than me! Mirek, he is sixty. Haruto, one of my second-year boys, he "
            "stopped. And Seo-yeon, our data labeler, who is 23, knows slang. Her username in Jira is ife_tests. "
            "I'm in the architects' college since 2008, colegiada number 11482.")
    assert not uncaught(analyzer, policy, text, ("Mirek", "Haruto", "Seo-yeon", "ife_tests", "11482"))
    assert not [v for v, t, _ in covered(analyzer, policy, "User: Sadly, he is gone.")]


def test_known_first_names_in_any_slot(analyzer, policy):
    """A known first name that is no English word is a person wherever it stands, even where
    the NER model reads a firm or a nationality ('Thandeka' NRP, which the policy keeps) or
    nothing; it is never half of a country ('Costa Rica', 'Cape Verde') or an allow-listed
    figure's name said earlier."""
    text = ("User: Even Kwabena uses it now. That spreadsheet belongs to Thandeka. "
            "We sent the draft over and Oluwaseun fixed it.")
    assert not uncaught(analyzer, policy, text, ("Kwabena", "Thandeka", "Oluwaseun"))
    text = "User: I'd like a postdoc in Costa Rica, or somewhere like Cape Verde."
    assert untouched(analyzer, policy, text, "Costa Rica") and untouched(analyzer, policy, text, "Cape Verde")


def test_blind_set_bf(analyzer, policy):
    """Misses of set BF at its first score: circled dingbat digits ('➑➐➌➊'), which NFKC leaves
    alone; a kin title after a name ('Vaishali tai'); a stand-in the participant gives ('I'll
    call him J.', 'Uncle T'); an address said aloud before a webmail name, with no '@' or
    'dot com' ('it's akinyi otieno r n, all together with dots, at gmail')."""
    text = ("User: My phone: +56 9 ➑➐➌➊ ➍➋➒➎, I wrote it with those round numbers. Some. Vaishali tai, she "
            "teaches standard one, uses it. There's one little guy, I'll call him J., he is a genius. One fella, "
            "I'll call him Uncle T because that's how he introduced himself. Email mariam underscore fawzy nine "
            "two, on gmail. If your system eats it, it's akinyi otieno r n, all together with dots, at gmail.")
    assert not uncaught(analyzer, policy, text, ("+56 9 ➑➐➌➊ ➍➋➒➎", "Vaishali", "J.", "Uncle T",
                                                 "mariam underscore fawzy nine two, on gmail",
                                                 "akinyi otieno r n, all together with dots, at gmail"))
    text = "User: A birthday for a lady we call only Doña Tita, we don't even write her surname."
    assert caught(analyzer, policy, text, "Tita")  # (set AS: "Doña" is a title, as "Dona" was)
    for harmless in ("User: It's free on Gmail.", "User: I want to learn tai chi, then call him later."):
        assert not covered(analyzer, policy, harmless), covered(analyzer, policy, harmless)


def test_month_and_weekday_names_come_back_as_subjects(analyzer, policy):
    """A person named like a month or a weekday, found once, is found again as a subject: after
    the NER model read the full name as a place ('May Okafor'), and as half of a plural subject
    ('Sunday and Patience are'); the month and the weekday stay ('in May', 'Sunday and Monday are')."""
    text = ("User: My co-host is May Okafor, she's the voice of the show. May was on maternity leave in May. "
            "My nephew Sunday is 17. AI: It sounds like Sunday and Patience are your tech team. "
            "User: Yes. Sunday and Monday are my days off.")
    assert caught(analyzer, policy, text, "May", 1) and caught(analyzer, policy, text, "Sunday", 1)
    fs = spans(analyzer, policy, text)
    for start in (text.index("in May") + 3, text.index("Sunday and Monday")):
        assert not any(s < start + 3 and start < e for s, e in fs), text[start:start + 10]


def test_english_words_inside_a_misread_name_are_not_propagated():
    """A name part that is an English word and no known name ('Prison' of 'Wronki Prison', the
    lower-case 'villages' of 'Sami villages', both read as people in TAB train) does not come
    back alone; a real name part does, and so does a first name that is also a word, but only
    capitalized ('Memory Chikwanha ... Memory is in between'), and a particle said alone ('dela')."""
    from anonymize.scan import Finding, _propagate

    english = frozenset({"prison", "village", "memory", "tribunal", "employment"})
    text = ("Wronki Prison held him. The prison was cold. The Sami villages appealed; the villages lost. "
            "Employment Tribunal's notes. The Tribunal sat. Memory Chikwanha joined. Memory is in between; "
            "memory fades. Tina dela Cruz: that's dela, then Cruz.")

    def person(value: str) -> Finding:
        start = text.index(value)
        return Finding(start, start + len(value), "PERSON", 0.85, "test")

    found = {person(v) for v in ("Wronki Prison", "Sami villages", "Employment Tribunal", "Memory Chikwanha",
                                 "Tina dela Cruz")}
    hits = {text[f.start:f.end] for f in _propagate(text, found, [], frozenset(), english=english)}
    assert not hits & {"prison", "Prison", "villages", "Tribunal"}, hits
    assert {"Memory", "dela"} <= hits, hits
    assert not any(text[f.start:f.end] == "memory" for f in _propagate(text, found, [], frozenset(), english=english))


@pytest.mark.parametrize("value, law", [("Constitutional Law", True), ("the Basic Law", True),
                                        ("Rules of Court", True), ("Kowalski Law", False),
                                        ("Law Society", False)])
def test_laws_are_not_organizations(value, law):
    from anonymize.scan import _drop

    assert _drop("ORGANIZATION", value, "SpacyRecognizer") is law


def test_a_laws_last_word_before_a_pronoun_is_no_name(analyzer, policy):
    """'the Aliens Act, he was issued' (TAB train): the model tags the words a law, so the
    name-then-pronoun cue ('Mirek, he is sixty') does not read 'Act' as a person."""
    text = "User: In January 1991, following an amendment of the Aliens Act, he was issued with a permit. Mirek, he is sixty."
    assert untouched(analyzer, policy, text, "Act")
    assert caught(analyzer, policy, text, "Mirek")


def test_job_titles_in_the_speakers_language(analyzer, policy):
    """Titles said in another language (Faker's job lists of other locales, with feminine
    forms, and a short list for languages Faker lacks): one word after a cue ('she's a
    kinesióloga', 'Our geometra, Franco'), a head-first title with its complement ('jefe de
    enfermería'), and a title glossed in English without an article ('lojistik koordinatörü,
    logistics coordinator,'). Relations stay relations ('My jefa, Marcela')."""
    text = ("User: I'm a jefe de enfermería, head nurse, in the emergency department. My wife Carolina, "
            "she's a kinesióloga, says so. I work as a lojistik koordinatörü, logistics coordinator, at Arkas. "
            "Our geometra, Franco, is sixty-eight. I'm a ferretero, I own a hardware store. Charlotte, she's "
            "another förskollärare, she's been working for thirty years.")
    assert not uncaught(analyzer, policy, text, ("jefe de enfermería", "kinesióloga", "lojistik koordinatörü",
                                                 "geometra", "ferretero", "förskollärare"))
    assert untouched(analyzer, policy, "User: My jefa, Marcela, is okay with it.", "jefa")
    assert untouched(analyzer, policy, "User: My promotor is Prof. Ingrid Smit.", "promotor")


def test_tools_in_lists_and_nicknames_stay(analyzer, policy):
    """Set BG's decoy losses: tools listed with commas and read as one firm ('Midjourney,
    Firefly'; 'Shopee, TikTok Shop', marketplaces people sell through), a word before a
    tool at a sentence start ('Better WhatsApp'), and a tool nicknamed a doctor ('Dr.
    ChatGPT', 'Dr. Google'), which had made ChatGPT a person everywhere. A real doctor named
    like a tool stays a person, and a region is no tool ('East Java')."""
    text = ('User: The image generators, Midjourney, Firefly, I have mixed feelings. Sales are on Shopee, '
            'TikTok Shop, everything. Better WhatsApp, the email I never open. Before it was "Dr. Google", now '
            'it\'s "Dr. ChatGPT". She said, "ChatGPT says my mom needs a scan." My colleague Dr. Claude Martin '
            'agreed. We sell in Surabaya, East Java.')
    fs = spans(analyzer, policy, text)
    for tool in ("Midjourney", "Firefly", "Shopee", "TikTok Shop", "WhatsApp", "Google", "ChatGPT"):
        for start in (i for i in range(len(text)) if text.startswith(tool, i)):  # every mention
            assert not any(s < start + len(tool) and start < e for s, e in fs), (tool, start)
    assert not uncaught(analyzer, policy, text, ("Claude Martin", "East Java"))


def test_blind_set_bh(analyzer, policy):
    """Set BH's misses at its first score: a message opened with a name that no cue word follows
    ('"Gennà, tell your computer"', '"Panie Tomku, your emails"'), a teknonym ('Mama Nneka'), a
    nickname glossed by the full name ('Sbu, that's Sibusiso Zulu,'), and a number read aloud
    that opens with 'double'. Greetings opening a quote stay ('"Hola, can you check?"')."""
    text = ('User: Salvatore said, "Gennà, tell your computer to help." Pani Bożena said, "Panie Tomku, your '
            'emails are polite now." Everybody calls me Mama Nneka, after my daughter. Sbu, that\'s Sibusiso '
            'Zulu, my senior plumber, does the big jobs. Call me: double nine, double two, three, zero, four, '
            'seven, one, eight.')
    assert not uncaught(analyzer, policy, text, ("Gennà", "Tomku", "Mama Nneka", "Sbu",
                                                 "double nine, double two, three, zero, four, seven, one, eight"))
    assert untouched(analyzer, policy, 'User: He said, "Hola, can you check?" and left.', "Hola")


def test_the_day_a_case_reached_the_court_is_no_ones_date(analyzer, policy):
    """ECHR boilerplate (TAB train/dev): 'The application was transmitted to the Court on 1
    November 1998', the day Protocol No. 11 came into force for every pending case. A date of
    the applicant's own stays protected."""
    text = ("User: The application was transmitted to the Court on 1 November 1998. "
            "The applicant was arrested on 3 March 1997. On 1 November 2004 the Court changed the "
            "composition of its Sections (Rule 25 § 1). On 2 November 2004 the applicant moved. It relied "
            "on Article 9 of the German Unification Treaty prescribed so.")
    for value in ("1 November 1998", "1 November 2004", "German Unification Treaty"):
        assert untouched(analyzer, policy, text, value), value
    assert not uncaught(analyzer, policy, text, ("3 March 1997", "2 November 2004"))


def test_ages_in_apposition_and_of_groups(analyzer, policy):
    """Ages said after words about a person ('he is older than me, sixty-two, very traditional',
    'a very strong woman, maybe fifty-five.') and of a group ('My kids are twelve and fifteen',
    "they're fifteen, sixteen, all of them"): 20 misses over the hand-written sets. A number
    in digits after a clause is no age ('He sold it, 45, to a buyer'), nor a count."""
    text = ("User: Tanaka-san is the head chef, he is older than me, sixty-two, very traditional. Mama Upendo, "
            "a very strong woman, maybe fifty-five. A man, around sixty, came in. My kids are twelve and "
            "fifteen, and the school has rules. My students, they're fifteen, sixteen, all of them use AI.")
    assert not uncaught(analyzer, policy, text, ("sixty-two", "fifty-five", "sixty", "twelve", "fifteen",
                                                 "sixteen"))
    for harmless in ("User: He sold it, 45, to a buyer.", "User: We have three shops, forty-two staff."):
        assert not [f for f in covered(analyzer, policy, harmless) if f[1] == "AGE"], harmless


def test_states_and_lower_case_towns_are_places(analyzer, policy):
    """'clients are in Texas and Arizona' had made the states tools (the work-items cue), and the
    model's lower-case 'calgary' was dropped as noise though the gazetteer lists it."""
    text = "User: Most of our clients are in Texas and Arizona. my cousin is an engineer in calgary and she likes it."
    assert not uncaught(analyzer, policy, text, ("Texas", "Arizona", "calgary"))
    assert untouched(analyzer, policy, "User: we moved to nice offices in june.", "nice")


@pytest.mark.parametrize("entity, value, employer, dropped", [
    ("ORGANIZATION", "the EU", False, True), ("ORGANIZATION", "United Nations (UN)", False, True),
    ("ORGANIZATION", "UN", True, False),  # "I work for the UN": an employer
    ("PERSON", "Chief Building Inspector", False, True), ("PERSON", "Kofi Inspector", False, False),
    ("PERSON", "Verwaltungsgerichtshof", False, True), ("PERSON", "Hornung", False, False),
    ("NRP", "Stationsleitung", False, False),
    # An office the model reads as a body; one with a place in it is the place's office.
    ("ORGANIZATION", "the State Counsel", False, True), ("ORGANIZATION", "Chief Building Inspector", False, True),
    ("ORGANIZATION", "İzmir Public Prosecutor", False, False), ("ORGANIZATION", "Chief Inspector", True, False),
])
def test_offices_unions_and_german_terms_are_no_names(entity, value, employer, dropped):
    """TAB train: a union of countries outside an employer slot, an office read as a person by
    the model, a German legal term read as a name. A surname ending like one stays, and so
    does a German title (a quasi-identifier)."""
    from anonymize.scan import _drop

    assert _drop(entity, value, "SpacyRecognizer", employer) is dropped


def test_review_false_positives_stay_unmasked(analyzer, policy):
    """A review of this session's rules found ordinary text they masked: a number said after a
    verb ('he said, forty.'), a headcount, an idiom, interjections opening a quote, an English
    noun in a foreign job list ('I'm a contact'), and a law firm named '... Family Law'."""
    text = ('User: he said, forty. He bought the chairs, fifty, at the market. The man at the counter told me, '
            'twenty, so I paid. They\'re one and the same, honestly. The students were thirty, maybe forty. '
            'She said "Ugh, again." and "Yikes, that\'s bad." and "Bruh, seriously." I\'m a contact for the vendor.')
    found = covered(analyzer, policy, text)
    assert not [f for f in found if f[1] in ("AGE", "PERSON", "OCCUPATION", "JOB_TITLE")], found
    from anonymize.scan import _drop

    assert not _drop("ORGANIZATION", "Morrison Family Law", "ClearanceCompanyRecognizer")
    assert _drop("ORGANIZATION", "the German Basic Law", "SpacyRecognizer")


def test_other_scripts_chat_senders_and_lower_case_nicknames(analyzer, policy):
    """Blind sets BI and BJ: a name, title or employer said again in its own script ("in Korean
    박지훈", "(林郁婷)", "the Mapo-gu Office, 마포구청"), a title said only in its script ("I'm a
    주무관"), the sender of a pasted chat message ('"jaz: can anyone'), and a nickname typed in
    lower case after "calls me"."""
    text = ('User: My name is Park Ji-hoon, in Korean 박지훈. I\'m a 주무관, it\'s like an officer, at the '
            'Mapo-gu Office, 마포구청, in Seoul. My friend is Lin Yu-ting (林郁婷), everyone calls me tingting tho. '
            'My rank is ครูชำนาญการพิเศษ. Last week someone posted "jaz: can anyone take my 6am sat". '
            'In our Discord, Kenta once wrote "Kenta: AIで声作ったらチャンネル終わり".')
    assert not uncaught(analyzer, policy, text, ("박지훈", "주무관", "마포구청", "林郁婷", "tingting",
                                                 "ครูชำนาญการพิเศษ", "jaz", "Kenta"))
    harmless = ('User: Subject line: "Re: draft MSJ". She pinned "Reminder: your refill is due". '
                'Call me back later, she calls me lazy. It translated "少冰" as "few ice".')
    fs = covered(analyzer, policy, harmless)
    assert not [f for f in fs if f[0] in ("Re", "Reminder", "back", "lazy", "少冰")], fs


def test_chat_style_introductions_handles_and_birthdays(analyzer, policy):
    """Blind set BJ: lower-case introductions in the speaker's language with an unlisted surname
    ("aku rizky pratama", "im jakub wiśniewski but"), a user name right after its site in a list of
    contacts, an engineer's title before a name ("Ir. Rosli Hamzah"), a birthday in another
    language's month, an age said as a sentence of its own, the age one will be, and a title
    after "internship as"."""
    text = ('User: halo kak! aku rizky pratama, panggil aja kiki. hej, im jakub wiśniewski but nobody calls me '
            'that. or discord, im kaybrews_ there. discord kubaw_cs, steam is my other one. My boss, Ir. Rosli '
            'Hamzah, he always says no. my birthday is 14 agustus by the way. everyone calls me Jord. 23. I ride '
            'for Deliveroo. For your age thing, I\'ll be 20 then. I did a 6 month internship as a product analyst '
            'intern at a fintech startup, PaisaPal, in Koramangala. Private: tomas.dvorak82 (zavináč) seznam.cz.')
    assert not uncaught(analyzer, policy, "User: my guy T-Money — that's Tobi — said no. my friend bang ojan — his "
                        "real name Fauzan — he is my cameraman.", ("T-Money", "ojan"))
    assert not uncaught(analyzer, policy, text, ("rizky pratama", "kiki", "jakub wiśniewski", "kaybrews_",
                                                 "kubaw_cs", "Rosli Hamzah", "14 agustus", "23", "20",
                                                 "product analyst intern", "tomas.dvorak82 (zavináč) seznam.cz"))
    harmless = 'User: we were on line 12, then left. im tired and sad. I\'ll be 5 minutes late. para ir a casa.'
    fs = covered(analyzer, policy, harmless)
    assert not [f for f in fs if f[1] in ("SOCIAL_HANDLE", "PERSON", "AGE")], fs


def test_an_apps_name_beside_its_contact_detail_is_kept(analyzer, policy):
    """Blind sets BI and BJ: the model read an app and the contact after it as one name ("Or
    WhatsApp 55·4129·8836", "LinkedIn linkedin.com/in/..."), apps joined by a slash as a firm,
    and "LINE ID" as a person. The contact stays protected; a PO box is no contact after an app."""
    text = ('User: Or WhatsApp 55·4129·8836. LinkedIn linkedin.com/in/giuliaferraresi-mkt. or Viber/WhatsApp '
            '0917.823.4451. My LINE ID is kru.nok.yupparaj. And KakaoTalk ID is jh_park92.')
    for tool in ("WhatsApp", "LinkedIn", "Viber", "LINE", "KakaoTalk"):
        assert untouched(analyzer, policy, text, tool), tool
    assert not uncaught(analyzer, policy, text, ("55·4129·8836", "linkedin.com/in/giuliaferraresi-mkt",
                                                 "0917.823.4451", "kru.nok.yupparaj", "jh_park92"))
    assert not uncaught(analyzer, policy, "User: the co-op still mails the cheques to Box 318, Rosthern, S0K 3R0.",
                        ("Box 318",))


def test_a_body_named_in_its_own_language_is_masked_whole(analyzer, policy):
    """Blind set BI: the model read a part of an employer named in its own language ("Río" of
    "the Hospital Sótero del Río", "Aduaneira" of "the Autoridade Tributária e Aduaneira"); after
    "at the", "member of the" the whole capitalized run is the name. A court one files with is
    not a workplace (TAB train)."""
    text = ("User: I work at the Hospital Sótero del Río in Puente Alto. Before, I was a técnica superior at the "
            "Autoridade Tributária e Aduaneira. I'm a member of the Ordre des ingénieurs du Québec, the OIQ. "
            "My cousin is a social worker at the Association Al Amal pour l'Enfance in Hay Mohammadi.")
    assert not uncaught(analyzer, policy, "User: I studied at Masarykova univerzita in Brno; my son is at Malmö "
                        "universitet.", ("Masarykova univerzita", "Malmö universitet"))
    assert not uncaught(analyzer, policy, text, ("Hospital Sótero del Río", "Autoridade Tributária e Aduaneira",
                                                 "Ordre des ingénieurs du Québec",
                                                 "Association Al Amal pour l'Enfance"))
    from anonymize.scan import Finding, _whole_institutions

    filed = "On 15 May 1992 the applicant lodged an appeal with the Warsaw Regional Court."
    warsaw = Finding(filed.index("Warsaw"), filed.index("Warsaw") + 6, "LOCATION", 0.85, "SpacyRecognizer")
    assert not _whole_institutions(filed, {warsaw}, frozenset())
    worked = "She worked with the Warsaw Regional Court."
    warsaw = Finding(worked.index("Warsaw"), worked.index("Warsaw") + 6, "LOCATION", 0.85, "SpacyRecognizer")
    assert [worked[f.start:f.end] for f in _whole_institutions(worked, {warsaw}, frozenset())] \
        == ["Warsaw Regional Court"]


def test_an_employer_read_short_runs_to_its_names_end(analyzer, policy):
    """An employer or school the model read short of its name's end ("Fisheries and Oceans" of
    "Fisheries and Oceans Canada") takes the rest of the capitalized run, but not a number, a
    month, or a tool or person after "and"; a national agency stays unmasked ("the Inland
    Revenue": TAB dev)."""
    from anonymize.scan import _name_tail

    text = ("User: Right now I drive for Transportes Halcón del Norte out of Apodaca. My brother runs Merri Creek "
            "Home Loans with Nick. We get reviews on Booking and TripAdvisor, mostly.")
    assert not uncaught(analyzer, policy, text, ("Transportes Halcón del Norte", "Merri Creek Home Loans"))
    assert untouched(analyzer, policy, text, "TripAdvisor")
    for said, short, whole in (("the Kayseri Administrative Court of 5 July 1999", "Kayseri", "Kayseri Administrative Court"),
                               ("by Melahat Filiz and Nadir Kalkan", "Melahat", "Melahat Filiz"),
                               ("for Fisheries and Oceans Canada.", "Fisheries", "Fisheries and Oceans Canada")):
        start = said.index(short)
        assert said[start:_name_tail(said, start + len(short), len(said), frozenset())] == whole
    assert untouched(analyzer, policy, "The applicant made a claim to the Inland Revenue in 2001.", "Inland Revenue")


def test_a_place_no_list_knows_after_in_or_near(analyzer, policy):
    """A capitalized place after "in", "near", "outside" that no English, name or calendar list
    knows ("a hot press in Carrigaline", "near Sabo"): the model misses many small towns and
    neighbourhoods. Countries, months, tools, departments, names and acronyms stay text."""
    text = ("User: I'm in a hot press in Carrigaline on a Saturday. Our shop is near Sabo, here in Lagos. "
            "He has a printing shop in Rungkut.")
    assert not uncaught(analyzer, policy, text, ("Carrigaline", "Sabo", "Rungkut"))
    harmless = "User: I work in Marketing, mostly in Excel, and in March we were in Canada."
    for word in ("Marketing", "Excel", "March", "Canada"):
        assert untouched(analyzer, policy, harmless, word), word


def test_childhood_and_childrens_ages_and_more_year_forms(analyzer, policy):
    """Ages the older sets missed: a childhood age ("when I was six"), children named before
    their age ("Our twins Kene and Obinna are four"), "she's turning seven", "(shes 6)"; and
    "since about 2022", "in September of 2022". Units still say no age."""
    text = ("User: I came over when I was six. Our twins Kene and Obinna are four, so mostly. My daughter Ava, "
            "she's turning seven, and my niece sofiyka (shes 6) learns English. It has been coming since about "
            "2022. After the hurricane in September of 2022 it was insane.")
    assert not uncaught(analyzer, policy, text, ("six", "four", "seven", "6", "2022", "September of 2022"))
    harmless = "User: When I was two hours late, the kids, Tom and Ann, were 10 minutes away."
    assert not [f for f in covered(analyzer, policy, harmless) if f[1] == "AGE"]


def test_years_and_days_said_in_words_as_speech_to_text_writes_them(analyzer, policy):
    text = ("User: I've been on the truck since, um, twenty fourteen, no, wait, twenty thirteen. I finished "
            "in, like, May of twenty sixteen. I was trained in, ah, two thousand and nine. I'm thirty-five, "
            "born eighty-nine. Finished in, eh, two thousand fifteen, no, sixteen, sorry. Herbst twenty "
            "sixteen, autumn. I just turned thirty last, uh, February fourteen, yes.\n"
            "User: We saw two thousand and nine patients. Take twenty fifteen-minute breaks. Ten twenty "
            "thirty, count with me. In February one of our guys left.")
    assert not uncaught(analyzer, policy, text, (
        "twenty fourteen", "twenty thirteen", "May of twenty sixteen", "two thousand and nine", "eighty-nine",
        "two thousand fifteen", "sixteen", "Herbst twenty sixteen", "February fourteen"))
    for value in ("two thousand and nine patients", "twenty fifteen-minute", "Ten twenty thirty",
                  "February one of"):
        assert untouched(analyzer, policy, text, value), value


def test_ages_after_a_spoken_pause_and_after_age_is(analyzer, policy):
    text = ("User: And I'm, um, thirty-nine, if that's relevant. My age is forty-nine.\n"
            "User: I'm, uh, twenty minutes away.")
    found = {v: t for v, t, _ in covered(analyzer, policy, text)}
    assert found.get("thirty-nine") == "AGE" and found.get("forty-nine") == "AGE", found
    assert untouched(analyzer, policy, text, "twenty minutes")


def test_dates_in_cjk_hungarian_hijri_and_abbreviated_foreign_months(analyzer, policy):
    text = ("User: Since 令和5年4月 the company pays for it. On 2024년 3월 2일 we launched the bot. I moved "
            "here in 2021年7月. I signed on 12/ene/2025. Since 2023. szeptember 4. we log it. The rules "
            "changed in Rajab 1445.\n"
            "User: In Ramadan we work shorter days. Ask me in 2 years.")
    assert not uncaught(analyzer, policy, text, ("令和5年4月", "2024년 3월 2일", "2021年7月", "12/ene/2025",
                                                 "2023. szeptember 4.", "Rajab 1445"))
    assert not uncaught(analyzer, policy, "User: On 19 de març de 2024 the band played.", ("19 de març de 2024",))
    assert untouched(analyzer, policy, text, "In Ramadan we")


def test_phone_numbers_said_in_dutch_south_slavic_and_swiss_german_words(analyzer, policy):
    text = ("User: Mobile: nul vier zeven vijf, twaalf, vierendertig, zesenvijftig. Or call nula šezdeset "
            "četiri, sto dvadeset tri, četrdeset pet, šezdeset sedam. In Züritüütsch: nüll sibe nüün, vier "
            "eis zwei, drüü drüü, nüll acht.\n"
            "User: My pet is called Osam and we had dva or tri beers.")
    assert not uncaught(analyzer, policy, text, (
        "nul vier zeven vijf, twaalf, vierendertig, zesenvijftig",
        "nula šezdeset četiri, sto dvadeset tri, četrdeset pet, šezdeset sedam",
        "nüll sibe nüün, vier eis zwei, drüü drüü, nüll acht"))
    assert untouched(analyzer, policy, text, "dva or tri beers")


def test_ages_in_other_languages_words_titles_after_an_age_and_other_honorifics(analyzer, policy):
    text = ("User: I'm treinta y siete, thirty-seven. My abuela Conchita is ochenta y nueve and sharp. I am "
            "42, negyvenkét éves as we say. I'm thirty-two, data engineer in Bank Wiślany S.A. I'm 41 and HR "
            "business partner at Hoogendijk Logistiek B.V. After that our CTO, gospodin Horvat, made a rule.\n"
            "User: I'm 49, and I am a sworn translator of German and English. Is it Belgian French or France "
            "French? In France they say portable. KakaoTalk ID jenny_pm88, or Telegram kuba_w99 if easier.")
    found = {v: t for v, t, _ in covered(analyzer, policy, text)}
    for value in ("treinta y siete", "ochenta y nueve", "negyvenkét"):
        assert found.get(value) == "AGE", (value, found)
    assert found.get("data engineer") == "JOB_TITLE" and found.get("HR business partner") == "JOB_TITLE", found
    assert not [v for v, _, _ in covered(analyzer, policy, text) if v.startswith(("and I am", "I am a"))]
    assert not uncaught(analyzer, policy, text, ("Horvat", "jenny_pm88", "kuba_w99"))
    for value in ("or France", "In France they", "KakaoTalk ID"):
        assert untouched(analyzer, policy, text, value), value


def test_professional_register_numbers_with_their_letters_and_a_place_after_is_everything_in(analyzer, policy):
    text = ("User: My nursing council registration is TNMC RN 41827. My SLNC registration number is SLNC "
            "28411. The Education Workforce Council, is EWC 1092273. I live in Rosengård, and the trust "
            "thing is everything in Rosengård.\n"
            "User: We keep everything in Atamis. He asked if it was going to sell his knee to Elon Musk. The "
            "council meeting is at 10.")
    assert not uncaught(analyzer, policy, text, ("TNMC RN 41827", "SLNC 28411", "EWC 1092273", "Rosengård"))
    assert not uncaught(analyzer, policy, "User: I sent my matricule, 604 218/B, and my registration "
                        "PT-0417/2019 to them.", ("604 218/B", "PT-0417/2019"))
    assert caught(analyzer, policy, text, "Rosengård", nth=1)
    for value in ("Atamis", "Elon Musk", "at 10"):
        assert untouched(analyzer, policy, text, value), value


def test_figures_by_what_they_are_famous_for_or_named_after(analyzer, policy):
    text = ("User: The writer Yásnaya Aguilar says our languages are not dying. The city is named after the "
            "conquistador Pedro de Valdivia. I saw Quang Hải, the football player, on a poster. I was "
            "inspired there by Sunita Narain. People here trust Drauzio Varella on television.\n"
            "User: My colleague, the writer Ana Ruiz, hates it. Our poet Maria Lopez wrote the lyrics. I work "
            "at Princess Alexandra Hospital.")
    for value in ("Yásnaya Aguilar", "Pedro de Valdivia", "Quang Hải", "Sunita Narain", "Drauzio Varella"):
        assert untouched(analyzer, policy, text, value), value
    assert not uncaught(analyzer, policy, text, ("Ana Ruiz", "Maria Lopez", "Princess Alexandra Hospital"))


def test_titles_glossed_in_english_between_commas_or_after_an_age_and_ages_in_chat(analyzer, policy):
    text = ("User: tutti mi chiamano Carmè 36 anni, parrucchiera, hairdresser, at Parrucchieri Da Titina. "
            "tenho 24 anos, sou entregador, delivery rider, de moto. pls call me Cel 31 y/o, room attendant sa "
            "Bluewater Tides Resort. niko na miaka 27, delivery rider hapa Nairobi. em 27 tuoi ta. I've been "
            "driving since two thousand, eh, two thousand three.\n"
            "User: Our clients: bakeries, mechanics, a few clinics. One girl, she was nineteen, a student, "
            "came in. We saw two thousand and nine patients.")
    found = {v: t for v, t, _ in covered(analyzer, policy, text)}
    for value in ("parrucchiera, hairdresser", "entregador", "room attendant"):
        assert found.get(value) == "JOB_TITLE", (value, found)
    assert not uncaught(analyzer, policy, text, ("36", "27", "two thousand three"))
    assert caught(analyzer, policy, text, "27", nth=1)  # "27 tuoi"
    for value in ("bakeries, mechanics", "a student", "two thousand and nine patients"):
        assert untouched(analyzer, policy, text, value), value


def test_an_acronym_glossed_after_its_body_and_a_place_with_its_river(analyzer, policy):
    text = ("User: I work at the Universidad de Antioquia, the UdeA, and later the UdeA hired me again. I "
            "studied at the University of Lagos (UNILAG). One client drives from Mülheim an der Ruhr, "
            "another lives in Esslingen am Neckar.\n"
            "User: I was at Google, the AI team. We met in Leeds on Monday.")
    assert not uncaught(analyzer, policy, text, ("UdeA", "UNILAG", "Mülheim an der Ruhr", "Esslingen am Neckar"))
    assert caught(analyzer, policy, text, "UdeA", nth=1)
    for value in ("the AI team", "on Monday"):
        assert untouched(analyzer, policy, text, value), value


def test_called_in_swahili_and_vietnamese_and_a_cpf_whatever_its_check_digits(analyzer, policy):
    text = ("User: Dennis Kiprono ila mtaani wananiita Deno, niko na miaka 27. ban be goi em la Nhung. My CPF "
            "in the form was wrong, 382.541.907-12, so I fixed it.\n"
            "User: The version is 3.541.907 now.")
    assert not uncaught(analyzer, policy, text, ("Deno", "Nhung", "382.541.907-12"))
    assert untouched(analyzer, policy, text, "3.541.907")


def test_a_tool_run_into_a_clause_and_months_and_weekdays_of_other_languages_survive(analyzer, policy):
    text = ("User: pô, o ChatGPT salva muito. my boy Mark alinionyesha Gemini pia. bulan Desember sampai "
            "Februari ombak tinggi, pulang hari Kamis. less no-shows on Cumartesi.\n"
            "User: I work in the Office of Student Services and Development, with Maria da Silva.")
    for value in ("ChatGPT", "Gemini", "Februari", "Kamis", "Cumartesi"):
        assert untouched(analyzer, policy, text, value), value
    assert not uncaught(analyzer, policy, text, ("Mark", "Office of Student Services and Development",
                                                 "Maria da Silva"))


def test_phrasings_from_blind_set_bo(analyzer, policy):
    """BO's first-score misses: a doctor as 'Dra.', a CUIT, the age worked out from a birth year,
    a short form of a first name, a high school by its short name and alone, 'As treasurer I'."""
    text = ("User: I'm Richard Kowalski, but nobody calls me Richard, it's just Rich. I was born in "
            "ninety-two, so I'm... thirty-two, thirty-three in December. Doctors here are sharp, Dra. Pérez "
            "for example. My CUIT, 20-31884527-6, is on the invoice. I teach at Citadel High in Halifax. "
            "As treasurer I keep the records. My husband Bong is a seaman.\n\n"
            "AI: So, Rich, at Citadel, what changed?")
    assert uncaught(analyzer, policy, text, ["Rich.", "thirty-two", "thirty-three", "Pérez", "20-31884527-6",
                                             "Citadel High", "treasurer", "seaman"]) == []
    assert caught(analyzer, policy, text, "Rich", 3) and caught(analyzer, policy, text, "Citadel", 1)
    other = ("User: the plant was built in 1990, so 35 people work there. Now Power BI plus AI does the "
             "dashboard. As usual I keep it. We are in Kenya, and Kenyatta Mwangi runs the shop.")
    for value in ("35 people", "Power BI", "As usual", "Kenya,"):
        assert untouched(analyzer, policy, other, value), value


def test_more_phrasings_from_blind_set_bo(analyzer, policy):
    """The interviewer's vocative after an opening word ('So, Lupe,'), which no opening word makes
    a tool; a site read aloud; a name speech-to-text split in two; 'the number is F 28417'."""
    text = ("User: I'm María Guadalupe Ríos Castañeda, but everyone calls me Lupita. I'm a bookkeeper at "
            "Ibarra y Asociados.\n\nAI: So, Lupe, at Ibarra y Asociados, where does AI come in?\n\n"
            "User: Ay, Lupita, please. So, the main software is CONTPAQi. Me and Oluwa seun, the other dev, "
            "share it. I have my CRECI since 2012, the number is F 28417. The website's siobhan writes dot ie, "
            "all one word.")
    assert uncaught(analyzer, policy, text, ["Lupe", "Oluwa seun", "F 28417", "siobhan writes dot ie"]) == []
    assert untouched(analyzer, policy, text, "CONTPAQi")
    other = "User: the number is 5 people. The site is down, dot com bubble style. I asked Maria and she said yes."
    for value in ("5 people", "dot com", "and she"):
        assert untouched(analyzer, policy, other, value), value


def test_a_figures_distinctive_surname_alone_is_the_figure_unless_said_as_someones(analyzer, policy):
    """'since Habeck and all that': the model's one-word person is the listed figure; 'the
    Brownlee family' or 'just out of Bundy' are not."""
    text = ("User: There is a lot of uncertainty since the heating law, since Habeck and all that. "
            "Even Ramaphosa talks about it.")
    assert untouched(analyzer, policy, text, "Habeck") and untouched(analyzer, policy, text, "Ramaphosa")
    own = "User: I do contract milking. The farm's owned by the Brownlee family, they're getting on a bit."
    assert caught(analyzer, policy, own, "Brownlee")


def test_years_around_titles_with_their_department_and_places_said_together(analyzer, policy):
    """'around 2014' (not 'around 2014 people'); 'she's head of brand'; a place joined by 'or'
    or 'and' to a found one ('Ruzafa, or Russafa', 'Batel and Água Verde'), never a first name."""
    text = ("User: I started at Covenant University, in Ota, around 2014. My boss, Montse, she's head of "
            "brand. We live in Ruzafa, or Russafa, depending on who you ask. We sell apartments in Batel "
            "and Água Verde.")
    assert uncaught(analyzer, policy, text, ["2014", "head of brand", "Russafa", "Água Verde"]) == []
    other = "User: around 2014 people came. I live in Leeds and Sarah said so, and she is the head of the team."
    assert untouched(analyzer, policy, other, "2014 people")
    assert untouched(analyzer, policy, other, "of the team")


def test_phrasings_from_blind_set_bp(analyzer, policy):
    """BP's first-score misses: a person's file numbers pasted with their cue, ID shapes
    (German social insurance, US Medicare, Venezuelan cédula, AHPRA, 'tarjeta profesional'), the
    flat and floor with a street address, 'my colega X'; a marketplace named as the employer."""
    text = ("User: case number was E4512 of 2023. Our loan file number was LN/LK/2024/00917. my entry number "
            "is PL/AC/3378. The case is RG 4471/2023 at the court. I'm a lawyer, tarjeta profesional 287.441. "
            "her cédula V-24.817.365, his SV-Nummer 65 170889 N 003, Medicare number 4TR7-HW2-KP58, AHPRA reg "
            "MED0002345678. I gave the address of the flat, 27 cours Émile-Zola, bât. C, 4e étage, 69100 "
            "Villeurbanne. my colega Fernandinha uses it. Before this I worked at Shopee for two years.")
    assert uncaught(analyzer, policy, text, [
        "E4512 of 2023", "LN/LK/2024/00917", "PL/AC/3378", "RG 4471/2023", "287.441", "V-24.817.365",
        "65 170889 N 003", "4TR7-HW2-KP58", "MED0002345678", "27 cours Émile-Zola, bât. C, 4e étage, 69100",
        "Fernandinha", "Shopee"]) == []
    other = "User: the case is closed. the patient is 78. I live at 12 Main Street, Greenwich Village is nice."
    assert untouched(analyzer, policy, other, "closed")
    streets = [other[f.start:f.end] for f in scan_text(analyzer, other, policy) if f.entity_type == "STREET_ADDRESS"]
    assert streets == ["12 Main Street"], streets  # a place after it is no unit of it


def test_employers_one_has_been_with_and_titles_one_qualified_as(analyzer, policy):
    """BP's quasi misses: 'been with the Judiciary since 2018', 'Grace Mathew, Registrar at ...',
    'Qualified as a solicitor in 2012'; not 'been with my husband' or 'registered as a user'."""
    text = ("User: been with the Judiciary since 2018. Hello! I'm Grace Mathew, Registrar at Al Noor "
            "International Private School. Qualified as a solicitor in 2012 after University of Leeds.")
    assert uncaught(analyzer, policy, text, ["Judiciary", "Registrar", "solicitor"]) == []
    other = "User: I've been with my husband since 2010. I registered as a user on the site."
    assert untouched(analyzer, policy, other, "husband") and untouched(analyzer, policy, other, "user")


def test_quebec_and_philippine_street_addresses(analyzer, policy):
    text = ("User: his uncle Ibrahima Diallo, 1875, boul. des Laurentides, app. 402, Laval (Québec) H7M 2P9, and "
            "her address Purok 3, Brgy. Valladolid, Carcar.")
    assert uncaught(analyzer, policy, text, ["1875, boul. des Laurentides, app. 402", "Purok 3, Brgy. Valladolid"]) == []


@pytest.mark.parametrize("text,value", [
    # Blind set BR's misses: names, handles without an @, and ages said in the speaker's language
    ("User: Bit, yeah. Me mate Mo rides for Deliveroo and he's in the union.", "Mo"),
    ("User: I'm Ethan Nguyen, the boys call me Eth or Nugget, long story.", "Nugget"),
    ("User: El ingeniero Paredes, from Sistemas Operativos, he lets us use it.", "Paredes"),
    ("User: Chào anh! Em là Nguyễn Thị Thu Trang, but my friends call me Mít.", "Nguyễn Thị Thu Trang"),
    ("User: I sell sneakers on TikTok. The page is kicks_za_otis. I use Canva.", "kicks_za_otis"),
    ("User: My channel is pipe_rueda on Kick, I stream the rides.", "pipe_rueda"),
    ("User: I sell prints on Etsy, my shop is LosaPrintsNZ. Canva does the layout.", "LosaPrintsNZ"),
    ("User: I have a TikTok page, kaybgadgets_gh, and I post there.", "kaybgadgets_gh"),
    ("User: I stream on Twitch sometimes, channel haru_nightshift, I play Street Fighter.", "haru_nightshift"),
    ("User: Tengo veinticuatro años, twenty-four. I drive for DiDi.", "veinticuatro"),
    ("User: Tengo veinticuatro años, twenty-four. I drive for DiDi.", "twenty-four"),
    ("User: J'ai vingt ans, so twenty. I'm in alternance.", "vingt"),
    ("User: Umur gue dua puluh tiga, twenty-three. I'm a GoRide driver.", "dua puluh tiga"),
    ("User: Tenho vinte e dois. I'm entregador.", "vinte e dois"),
    ("User: Hola, tengo 23 años, soy QA trainee at Globant.", "23"),
    ("User: I'm hai mươi mốt, twenty-one. I work as a barista.", "hai mươi mốt"),
    ("User: Niaje. Mimi ni twenty-two. I do deliveries.", "twenty-two"),
    ("User: For me it's jobs. My little cousin's fifteen, and she wants a job.", "fifteen"),
    # Blind set BR: a title after any "as a" before its employer, a platform one drives or
    # delivers for, a degree's school, the school one transfers to.
    ("User: I'm doing my national service as a teaching assistant at Asokwa M/A JHS in Kumasi.", "teaching assistant"),
    ("User: Right now I'm on a co-op term as a lab technician at Northvale Bioanalytical.", "lab technician"),
    ("User: My boy Kevo does rides for Picap, the ride app.", "Picap"),
    ("User: I'm a truck driver, I drive for Transportes Giménez e Hijos, from Rosario.", "Transportes Giménez e Hijos"),
    ("User: I'm doing my Bachelor of Nursing at Whitireia part-time.", "Whitireia"),
    ("User: I'm doing my basics at HCC, trying to transfer to UH for nursing.", "UH"),
    # Blind set BR: a profile address read aloud with its path; a shop's name after "the shop is"
    ("User: if you want to check, it's kick punto com slash pipe underscore rueda. People love it.",
     "kick punto com slash pipe underscore rueda"),
    ("User: The shop is Tin's Ukay Corner, handle @tinsukaycorner.", "Tin's Ukay Corner"),
    ("User: a new market building. My shop is called God Is Able Provisions, you will see the signboard.",
     "God Is Able Provisions"),
    # Blind set BR: dates in French, German, Japanese and Vietnamese
    ("User: my final exam is Mai 2026.", "Mai 2026"),
    ("User: The deadline is le 15 mai, and I'm so late.", "15 mai"),
    ("User: The seminar presentation is 7月12日, July twelfth, I'm nervous.", "7月12日"),
    ("User: I joined on 2024年3月5日 as a baito.", "2024年3月5日"),
    ("User: Our portfolio review is on ngày 20 tháng 6, the twentieth of June.", "ngày 20 tháng 6"),
    # Blind sets BQ and BP: an office held by the person named right after it is a job title
    ("User: Leadership is supportive. Our HR Director, Mrs. Boateng, wants the team to be AI-literate.", "HR Director"),
    ("User: Our DPO, Marc-Antoine Lefèvre, sent a note in January.", "DPO"),
    # Blind set BQ: an age as a fragment before what the speaker is; a school one was at for a degree
    ("User: hey, sure. tomasz wiśniewski, everyone calls me tomek. 29, backend dev, officially SWE.", "29"),
    ("User: Yes, a lot. When I was at Strathmore doing my BSc, we learned everything.", "Strathmore"),
    # Blind set BR: a place joined to a found one, before it or after it ("Hill" ends place names)
    ("User: Most of our customers are in Blacktown and Rooty Hill. I've got an ABN.", "Rooty Hill"),
    ("User: I do deliveries on a motorbike, mostly around Roysambu and Kasarani, and I study.", "Roysambu"),
])
def test_what_blind_sets_bq_and_br_missed(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_what_only_looks_like_a_handle_an_age_or_an_employer(analyzer, policy):
    text = ("User: My channel is small, my page is private. I'm tired, twenty hours a day. ho 3 figli. "
            "When I'm not working I just take an Uber, because I don't want to see my bike.")
    found = covered(analyzer, policy, text)
    assert not [v for v, t, _ in found if t in ("SOCIAL_HANDLE", "AGE") or "Uber" in v], found


def test_as_a_without_an_occupation_is_no_title(analyzer, policy):
    text = "User: I went there as a customer at Tesco and did it as a favour for Marta."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "JOB_TITLE"]


def test_mai_alone_is_no_date(analyzer, policy):
    text = "User: My colleague Mai said so. Mai is great, 15 people agree."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "DATE_TIME"]


def test_an_office_nobody_holds_stays(analyzer, policy):
    assert untouched(analyzer, policy, "User: Our General Manager also asked for a policy.", "General Manager")


def test_counts_before_a_comma_are_no_age(analyzer, policy):
    text = "User: We had 15, maybe 20 people. 25, more or less. I was at Google doing my job."
    found = covered(analyzer, policy, text)
    assert not [v for v, t, _ in found if t in ("AGE", "SCHOOL")], found


def test_a_street_word_before_a_found_place(analyzer, policy):
    """Blind set BR: 'in via San Vitale' is a street (the street word goes with it); 'I came via
    London' is a route."""
    text = "User: I'm a barista at Bar Otto in via San Vitale, and I came via London."
    found = {(v, t) for v, t, _ in covered(analyzer, policy, text)}
    assert ("via San Vitale", "STREET_ADDRESS") in found, found
    assert not any(v.startswith("via London") for v, _ in found), found


def test_what_the_blind_set_cues_must_leave_alone(analyzer, policy):
    """A review of this session's cues: each sentence once matched one of them wrongly."""
    text = ("User: I'm married, thirty-two, two kids. There were em ten, twelve. How many drivers? Tengo 12. "
            "How many per shift? 20, per driver. My manager's 12, mine's 4. My son dressed up as a doctor for "
            "Halloween. I think of it as a manager at Google would. I drive for Mum on Sundays. Then I had to "
            "transfer to Accounts for reasons. I look at the page, Covid19 stats and so on. You can call me "
            "Friday or Tuesday. Cumplo con la Ley Orgánica. We flew in via Dubai.")
    found = covered(analyzer, policy, text)
    assert not [(v, t) for v, t, _ in found if t in ("JOB_TITLE", "SCHOOL", "SOCIAL_HANDLE", "STREET_ADDRESS")
                or t == "AGE" and v != "thirty-two" or t == "ORGANIZATION" and v == "Mum"
                or v in ("Tuesday", "married") or t == "PERSON" and "Ley" in v], found


def test_a_persons_age_near_a_rule_word_stays_caught(analyzer, policy):
    text = ("User: I retired early, at age 55, because of my back. I was on minimum wage until age 25. "
            "I claimed asylum aged 16. I called a Kevin because he fixes bikes.")
    assert not uncaught(analyzer, policy, text, ("55", "25", "16", "Kevin"))


@pytest.mark.parametrize("text,value", [
    # Blind set BU: the title of someone named right after it, in another language, glossed, or
    # said with the name's honorific; the name typed in lower case after "mr".
    ("User: But our kepala puskesmas, dr. Hendra Wibisono, gave a sosialisasi.", "kepala puskesmas"),
    ("User: I read the GDPR guidance that the rektor, Anders Nilsson, sent out.", "rektor"),
    ("User: And the Pflegedienstleitung, Herr Osman Yilmaz, wants an official policy.", "Pflegedienstleitung"),
    ("User: then our tumuaki (principal) Matua Rawiri Te Kani did a talk.", "tumuaki"),
    ("User: Our department chair, Professor Yamaguchi, made a short document.", "department chair"),
    ("User: our matrona supervisora, Pamela Urrutia, told us in a meeting.", "matrona supervisora"),
    ("User: our deputy principal mr twomey did a talk at croke park hours.", "deputy principal"),
    ("User: our deputy principal mr twomey did a talk at croke park hours.", "twomey"),
    ("User: and the DSGA, Roberto, looked at me like he knew.", "DSGA"),
    # a long number in groups, read in part as a phone number or a date
    ("User: i was copying from the ficha, 703 4082 1934 5517. and her birthday.", "703 4082 1934 5517"),
    ("User: because I copied from the kohort book, 3471 0254 1200 0187. And her address.", "3471 0254 1200 0187"),
    # the regulator that issued a registration number
    ("User: My TSC number is 487291 if you need to confirm.", "TSC"),
    ("User: Oh, and my AHPRA number, if you need it, P-A-R zero zero zero one.", "AHPRA"),
    # what speech-to-text made of a name or a place the speaker corrects
    ("User: My name is Abena Owusu. Hmm, I see it has written a banner, no, it's Abena, A-B-E-N-A.", "a banner"),
    ("User: my colleague Folasade Ogunleye, eh, the transcript wrote Ogun lay, like Ogun State, no, "
     "Ogunleye, she helped.", "Ogun lay"),
    ("User: I teach in Kothrud, in Pune. I see it has typed cot rude, it is Kothrud.", "cot rude"),
    # a name typed in lower case after "name", even one a product shares ("CIAN")
    ("User: i did something stupid. i put in his full name, cian murphy, and where he lives.", "cian murphy"),
    ("User: i even put his mams name deirdre because i wanted it personal.", "deirdre"),
])
def test_what_blind_set_bu_missed(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_what_the_bu_cues_must_leave_alone(analyzer, policy):
    """A patient, a friend or a lady before a name is no title; years in a row are no id; the
    word "name" is no cue by itself; a club's president stays a person."""
    text = ("User: the patient, Mr Lehmann, was angry. my friend, Dr Ana Ruiz, helped. The lady, Mrs Jones, "
            "called. We ran it in 2019 2020 2021 2022. Her name is on the list. The president, Ana Ruiz, "
            "runs our club.")
    found = covered(analyzer, policy, text)
    assert not [(v, t) for v, t, _ in found if t in ("JOB_TITLE", "NATIONAL_ID") and v != "president"
                or v in ("on", "the list")], found
    assert caught(analyzer, policy, text, "Ana Ruiz", 1)


def test_a_government_office_names_a_public_figure(analyzer, policy):
    """Blind set BU: a minister or a department's secretary named after the office is public; a
    club's president and our minister are not (above, and "our" here)."""
    text = ("User: The school minister, Lotta Edholm, talked about going back to books. And the DOH "
            "secretary Ted Herbosa said AI will help. The CS Julius Ogamba says every school will go "
            "digital. And the doctor on tv, Drauzio Varella, talks simply. Our minister, Paul Smith, "
            "led the service.")
    for name in ("Lotta Edholm", "Ted Herbosa", "Julius Ogamba", "Drauzio Varella"):
        assert untouched(analyzer, policy, text, name), name
    assert caught(analyzer, policy, text, "Paul Smith")


def test_what_a_review_of_the_bu_cues_found_leaking_or_masked(analyzer, policy):
    """A review helper's probes of the cues above: private people named after an office or a
    medium stay masked; counts, readings and sums are no ids; "it wrote ..." without a
    correction, a dish or a bus before a name, and a product's name after "name" stay text."""
    text = ("User: The minister, John Okoye, buried my father. The mayor, Tomás Ruiz, is my uncle. The guy on "
            "youtube, Ade Bello, is actually my cousin. I reported it to the CS, Ruth Mwangi, she is the company "
            "secretary at our firm.")
    assert not uncaught(analyzer, policy, text, ("John Okoye", "Tomás Ruiz", "Ade Bello", "Ruth Mwangi"))
    text = ("User: We processed 3506 8101 2612 rows. Her blood pressure was 120 80 135 90 140 95. It cost "
            "250 000 000 000 dong. It wrote something nice, Maria loved it. We took the matatu, Mr Kamau drove. "
            "I typed the app name, chatgpt, into the search.")
    found = covered(analyzer, policy, text)
    assert not [(v, t) for v, t, _ in found if t in ("NATIONAL_ID", "JOB_TITLE") or v in ("something nice", "chatgpt")
                or "matatu" in v], found


@pytest.mark.parametrize("text,value", [
    # Blind sets BU, BV and BW: ids read out in words after their name, with letters and slashes
    ("User: my NMC PIN is one five I four eight two nine E, it's on the register.", "one five I four eight two nine E"),
    ("User: and my AHPRA number, if you need it, P-A-R zero zero zero one eight four seven two six three. And",
     "P-A-R zero zero zero one eight four seven two six three"),
    ("User: I think you need my DNI, it's thirty-two million, one hundred eighty-four thousand, nine hundred and "
     "seven. And", "thirty-two million, one hundred eighty-four thousand, nine hundred and seven"),
    ("User: I gave my GST number, twenty-seven A A F P D four eight two one K one Z five, and it was wrong.",
     "twenty-seven A A F P D four eight two one K one Z five"),
    ("User: with my Steuernummer, two three two slash one four five slash six seven eight nine zero. Not smart.",
     "two three two slash one four five slash six seven eight nine zero"),
    # codes of capitals and digits, or digits with slashes and dashes
    ("User: it copied the GSTIN wrong, 27AAKPD4419M1Z2, it changed two characters.", "27AAKPD4419M1Z2"),
    ("User: she pasted her UNHCR case number by mistake, 555-23C04412, it looks like a phone number.", "555-23C04412"),
    ("User: one master student, Dimas, student ID 21/478123/PA/20891, he submit thesis.", "21/478123/PA/20891"),
    # a title of the speaker's language glossed in English, in brackets or after "so" / "it means"
    ("User: im Ioana, 35, i work as brutar (baker) at a bakery in Cluj.", "brutar"),
    ("User: im Sanne de Vries, 42, beleidsmedewerker (policy advisor) at Gemeente Utrecht.", "beleidsmedewerker"),
    ("User: I am greffière, so, uh, court clerk, at the tribunal judiciaire.", "greffière"),
    ("User: My position is, uh, kakaricho, it means, um, subsection chief. I am a local officer.", "kakaricho"),
    ("User: I am an Elektromeister, so master electrician, with my own small company.", "Elektromeister"),
    # the name's honorific after a title is no part of it
    ("User: our front office manager sir Harold Sy checked it before sending.", "front office manager"),
    # an address said aloud after "email", with words in its domain or local part
    ("User: Or email, bookings at vuvus clean team dot co dot za. Not on month end.",
     "bookings at vuvus clean team dot co dot za"),
    ("User: Email's dazza at whitfield plastering dot com dot au. Best in the arvo.",
     "dazza at whitfield plastering dot com dot au"),
    ("User: If you need, my email is jose luis punto navarro arroba bbva punto com. Thank you.",
     "jose luis punto navarro arroba bbva punto com"),
    # a short form of the name in brackets, typed in lower case
    ("User: hello. my name is Katarzyna Wójcik (kasia for friends). i am a court secretary.", "kasia"),
    # a title after "work as" / "started as" without an article or an employer
    ("User: since 2016 im there, started as room attendant after i finish HRM.", "room attendant"),
    ("User: my sister, she work as nanny there since 2019.", "nanny"),
    ("User: i start as helper in 2011 when i was 18, then operator.", "helper"),
    # the benchmark corpus's own leaks (the gate refused it): a title after an age, or capitalized
    ("User: I'm Estela Gaona, a 29-year-old staff accountant at Anderson, Barrett and Martinez.", "staff accountant"),
    ("User: Happy to. Conor Lowe, Copywriter at Frazier, Reese and Ruiz. I've been there since 2023.", "Copywriter"),
])
def test_what_blind_sets_bv_and_bw_missed(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_what_the_spoken_id_and_gloss_cues_must_leave_alone(analyzer, policy):
    text = ("User: My phone number is oh seven seven one two three four five six. The number is two hundred "
            "and fifty thousand people. We use Teams (the app) and I bought bread (from the baker). I like "
            "Python, that is a language. Version 2.10.4 of the tool. A review's probes: ISBN 978-0-306-40615-7, "
            "FY2022-FY2023, SKU ABC-12345-678. The number was one, two, three, four, five, six, seven. No. I I I "
            "one, two, three. my jefe (boss) and my compañero (partner) at work. I was exausted, so a nurse "
            "at the clinic helped.")
    found = covered(analyzer, policy, text)
    assert not [(v, t) for v, t, _ in found if t in ("NATIONAL_ID", "JOB_TITLE")], found
    text = "User: We worked as a team. We started as friends in 2010. It works as expected."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "JOB_TITLE"]
    text = "User: I'd email the teacher at school at some point too. You can email us at the front desk at any point."
    assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "EMAIL_ADDRESS"]


@pytest.mark.parametrize("text,value", [
    # Blind sets BU, BV, BW: ages as non-native speakers and chat say them
    ("User: I have forty-one years, and I am in the bank since 2009.", "forty-one"),
    ("User: there was a boy, Kylian, uh, fifteen years, placed in a foster home.", "fifteen"),
    ("User: cian has Down syndrome, hes nine, gorgeous kid.", "nine"),
    # a title opening the sentence after the speaker's introduction, before its employer
    ("User: im Kristine Joy Dela Cruz, KJ for short. staff nurse at Vicente Sotto Memorial Medical Center.",
     "staff nurse"),
    ("User: everyone calls me shiru. investigative reporter at The Standard in Nairobi, mostly land.",
     "investigative reporter"),
    # a hospital ward by its number
    ("User: I'm a band six staff nurse on Ward 22 at St James's in Leeds.", "Ward 22"),
    # a webmail address typed without its ending
    ("User: better personal, lu_ferraz81 arroba hotmail, or insta.", "lu_ferraz81 arroba hotmail"),
    ("User: write to kasia.nowak at gmail, ok?", "kasia.nowak at gmail"),
    # capitals read out before a number's digits, and a Romanian honorific
    ("User: for the tachograph, the number is, uh, PL one seven four four zero nine three eight, everything",
     "PL one seven four four zero nine three eight"),
    ("User: they took my national ID number, G H A, seven one four, eight two nine, three zero five, three, my photo",
     "G H A, seven one four, eight two nine, three zero five, three"),
    ("User: the owner doamna Pop uses an app for orders from Glovo.", "Pop"),
    # a grade after a capitalized title, a range of school years, an ordinal class
    ("User: I'm a Nursing Officer One at LUTH, that is Lagos University Teaching Hospital.", "Nursing Officer One"),
    ("User: I'm a Social Welfare Officer Two with the DSWD, uh, field office.", "Social Welfare Officer Two"),
    ("User: kia ora! im Aroha Ngata, year 3-4 teacher at Ōwhata School in Rotorua.", "year 3-4 teacher"),
    ("User: ms ahern, shes the 3rd class teacher, uses chatgpt to make social stories.", "3rd class teacher"),
])
def test_what_blind_sets_bu_bv_and_bw_still_missed(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_what_the_seventeenth_session_cues_leave_alone(analyzer, policy):
    text = ("User: I'm a nurse. Nurses at St James's are tired. I have 12 years of experience in sales. "
            "hes one of the best. Write to me at gmail, or at yahoo. OK 0917 522 4810 is my number. "
            "I'm a Senior Officer I think. In 3rd class we learn maths. WA 0812-9047-3361, or email.")
    found = covered(analyzer, policy, text)
    assert not [(v, t) for v, t, _ in found if t in ("AGE", "EMAIL_ADDRESS") or v[:2] in ("OK", "WA") or "3rd" in v
                or t == "JOB_TITLE" and v != "Senior Officer"], found
    for text, value in [
        ("User: I was a sales rep then, but during Covid the salary was not moving.", "Covid"),
        # a head of government by the surname alone, with the government itself
        ("User: also Meloni government talks about digital identity.", "Meloni"),
    ]:
        assert untouched(analyzer, policy, text, value), text
    # ... but no other public role makes a lone surname public: a private person's would leak
    # (a review of these cues found each of these kept)
    text = ("User: President Kowalski of our club asked me. The minister Janet came to our parish. At the "
            "cooperative the president Okonkwo decided it. At church, the minister Adeyemi uses ChatGPT. The "
            "school got stricter under the Kowalczyk administration, the Hargreaves regime. After the cuts from "
            "Whitfield, only seniors have Copilot. Someone sent a deepfake audio of Mensah asking for a transfer, "
            "and a deepfake video of Thomas Becker, the CFO.")
    assert not uncaught(analyzer, policy, text, ("Kowalski", "Janet", "Okonkwo", "Adeyemi", "Kowalczyk", "Hargreaves",
                                                 "Whitfield", "Mensah", "Thomas Becker"))


@pytest.mark.parametrize("text,value", [
    # Blind sets BX and BY (after their first score): handles and addresses said aloud
    ("User: Or just find me on Instagram, at seun underscore cuts.  AI: Thank you", "at seun underscore cuts"),
    ("User: Yes, um, Instagram at kobby beatz gh, and email", "at kobby beatz gh"),
    ("User: Yeah, um, the studio is at knotwilg games on Bluesky, and", "at knotwilg games"),
    ("User: study its on my behance page or msg me at tata desenha at gmail. ok thats all", "tata desenha at gmail"),
    ("User: and my email is daan at knotwilg games dot n l. And for the", "daan at knotwilg games dot n l"),
    ("User: Sure, um, my music is on facusosa dot bandcamp dot com, and for work", "facusosa dot bandcamp dot com"),
    # names: one's own assistant, a nickname in quotes or after "knows me as", a name split by the
    # transcription and corrected at once
    ("User: my assistant is Chuy, he carries everything", "Chuy"),
    ("User: everyone in the neighborhood knows me as \"lore with the leica\"", "lore"),
    ("User: Mixed, um. Our lead programmer, Sasa key, sorry, Sasaki, he uses AI every day", "Sasa key"),
    # ids read out with letters and slashes, after more id words; Indonesia's NPWP
    ("User: they took my staff number, K G slash O L K slash zero three three one eight, and my ID",
     "K G slash O L K slash zero three three one eight"),
    ("User: they asked me before the CURP, it is T R G M nine one zero three zero two M C L R R R zero seven, and",
     "T R G M nine one zero three zero two M C L R R R zero seven"),
    ("User: and the matrícula, the registration at work, is four four seven nine one two.  AI: Thank",
     "four four seven nine one two"),
    ("User: for freelance invoice my NPWP 84.221.907.3-423.000. makasih!", "84.221.907.3-423.000"),
    # streets as their countries say them, numbered plots, a Ghana Post address
    ("User: my house is in the, uh, Praia neighbourhood, Rua Tiradentes, one hundred eighteen. Sorry",
     "Rua Tiradentes, one hundred eighteen"),
    ("User: my tiny office is literally my flat, C/ de Sueca 38, 3º 2ª. Before going freelance", "C/ de Sueca 38, 3º 2ª"),
    ("User: and address, strada Brăilei, bloc B4, apartament 22, Galați. Not on Sundays",
     "strada Brăilei, bloc B4, apartament 22"),
    ("User: The house, uh, street number nine, Faisal Park, Shahdara. After Eid", "street number nine, Faisal Park"),
    ("User: house is Stand 2215, Seraleng Ext 3 if you post something.", "Stand 2215, Seraleng Ext 3"),
    ("User: ghanapost gps for the house is AK-485-9921, near the roundabout.", "AK-485-9921"),
    # titles: ranks by ordinal, no article, beside a name, after "joined as"; schools by acronym
    ("User: me and the 3rd engineer, Ronnel, we asked chatgpt", "3rd engineer"),
    ("User: im Jericho Dimaculangan, Echo for short haha. 2nd engineer on a bulk carrier, right now", "2nd engineer"),
    ("User: i am instrumentation technician offshore, contract staff of Deltaline.", "instrumentation technician"),
    ("User: hi, my name is Muhammad Imran Butt. I am lineman, grade two, in LESCO.", "lineman"),
    ("User: the mine overseer, Mr Venter, looks at a dashboard in Power BI", "mine overseer"),
    ("User: my trainer is Lin-san, senior etch engineer, from Tainan.", "senior etch engineer"),
    ("User: my boss Hamish Urquhart (principal ecologist) is pretty old school", "principal ecologist"),
    ("User: I joined as assistant loco pilot in, uh, nineteen ninety-six.", "assistant loco pilot"),
    ("User: Im Itzel Ramírez Ochoa, 33, fotógrafa of products and weddings in Guadalajara", "fotógrafa"),
    ("User: im KJ, friends call me KJ. 26 yrs old, social media manager and VA, freelancer.", "social media manager"),
    ("User: I studied communication in ITESO and photography I learned alone", "ITESO"),
    ("User: since i finished my honours at JCU in 2020", "JCU"),
    ("User: maybe teach at my old school JBLFMU, the maritime one", "JBLFMU"),
    ("User: i worry about Maksym, my son, hes 7, learns english", "7"),
    ("User: my husband anh Tuấn drive grab in Hà Nội, the app decide everything", "Hà Nội"),
    ("User: they hacked everything except the work account, at gaeul underscore toon.  AI: That",
     "at gaeul underscore toon"),
    ("User: my assistant is Chuy, jesus, my cousin, hes 20 and carries everything", "jesus"),
])
def test_what_blind_sets_bx_and_by_missed(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_what_the_bx_and_by_cues_leave_alone(analyzer, policy):
    text = ("User: we are at home on Instagram. I'm at work on Twitter all day. We talk via Zoom 3 times a week, "
            "via Teams 2 hours. I studied law in Spain. I'm Tom. Nurses on the ward are tired. I am happy since "
            "then. We went to Paris Office, sorry, Maria told me. Thanks, Maria, good question, really.")
    found = covered(analyzer, policy, text)
    assert not [(v, t) for v, t, _ in found if t in ("SOCIAL_HANDLE", "STREET_ADDRESS", "JOB_TITLE", "OCCUPATION")
                or v == "Spain" or v == "Paris Office" and t == "PERSON"], found
    assert untouched(analyzer, policy, "User: our AI assistant is Lexi, it drafts the letters.", "Lexi")
    # the same review's over-masking probes
    text = ("User: access it via Office 365, via Windows 11. I have two Google Drive accounts. We had three High "
            "Court hearings. In quarter number two, Finance told us. I bought an R T X four zero nine zero. The Pro "
            "plan is U S D twenty nine ninety nine per month. I watch lectures on YouTube at 2x speed, and I scroll "
            "TikTok at bedtime, and I made my Instagram account at eighteen, and. The project is at version two on "
            "GitHub. I would say he's 8, maybe 9 out of 10. Now, prompt engineer, is that even a real job? Gemini "
            "(junior developer) and Claude (senior architect). I am not a fan. Customer support agent for Amazon is "
            "the first job AI will kill. My MSc project for Shell was fun.")
    found = covered(analyzer, policy, text)
    assert not [(v, t) for v, t, _ in found if t in ("STREET_ADDRESS", "NATIONAL_ID", "SOCIAL_HANDLE", "AGE", "JOB_TITLE",
                                                        "SCHOOL")], found
    assert not uncaught(analyzer, policy, "User: The new assistant is called Chidi, he started in March. Our team "
                        "assistant is called Alexa, funny, and she hates it.", ("Chidi", "Alexa"))
    # a tool at the end of a turn, which the model ran on into the next speaker's label
    assert untouched(analyzer, policy, "User: After Effects, Cinema 4D, sometimes Blender\n\nAI: Where does AI come in?",
                     "Blender")
    assert not uncaught(analyzer, policy, "User: i love coffee, my friend, really. The best is pedro, my cousin.",
                        ("pedro",))
    assert untouched(analyzer, policy, "User: i love coffee, my friend, really.", "coffee")


@pytest.mark.parametrize("text,value", [
    # Blind sets BZ and CA (after their first score): capitals and digits read out with no id word
    ("User: And the case reference came out as, um, E R twenty-three oh four one seven, which it then put",
     "E R twenty-three oh four one seven"),
    ("User: his national insurance number read out in a meeting, J T four eight two nine seven one C, because",
     "J T four eight two nine seven one C"),
    ("User: I saw the files, and one was mine, zero four two, eight eight one, three nine six, dash one seven. I",
     "zero four two, eight eight one, three nine six, dash one seven"),
    # names: split and corrected, rendered by dictation, a nickname "to everyone", "Md."
    ("User: Even my technician, um, Chuck we make a, sorry, Chukwuemeka, he loves it.", "Chuck we make a"),
    ("User: when i use voice typing it writes my name as \"chin a do\" lol. my name is Chinedu Okafor", "chin a do"),
    ("User: I'm Cristina Rivera, Tin-Tin to everyone, I'm twenty-eight.", "Tin-Tin"),
    ("User: hello. i am Md. Rafiqul Islam, people call me Rafiq bhai.", "Md. Rafiqul Islam"),
    ("User: we had a training where marcus from infosec showed how", "marcus"),
    ("User: noor and bilal from our freelancer whatsapp group moved", "bilal"),
    # contacts said aloud: a Gmail, a handle with "arroba" and "underline"
    ("User: And if you need me, my Gmail is tin tin underscore rivera at gmail dot com, and my number",
     "tin tin underscore rivera at gmail dot com"),
    ("User: If you need, my Instagram is, um, arroba lari underline fagundes, and WhatsApp is",
     "arroba lari underline fagundes"),
    # house numbers in words or unit-number pairs before a street; a Singapore flat
    ("User: I put in our address, twenty-two Attfield Street, and asked it", "twenty-two Attfield Street"),
    ("User: my address and everything, 3-88 Lipton St, Winnipeg. and my sin", "3-88 Lipton St"),
    ("User: we all still live together at Blk 512 Bishan St 13 #08-221, typical HDB life",
     "Blk 512 Bishan St 13 #08-221"),
    # a child's age in one digit; titles after an age, beside a name, of a dean
    ("User: she is raising her grandson Lwazi, he's 6, and there is no birth certificate", "6"),
    ("User: I had to write to the dean, Prof. Ramesh Subramaniam, to defend her", "dean"),
    ("User: we reported it to Sipho, our information officer under POPIA, and he logged it", "information officer"),
    ("User: mr Graham Whitlock, 72 years, retired airline pilot from British Airways, he got", "retired airline pilot"),
    ("User: plaintiff is a 52 yr old long haul trucker from Brandon, Mr. Delorme.", "long haul trucker"),
])
def test_what_blind_sets_bz_and_ca_missed(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_what_the_bz_and_ca_cues_leave_alone(analyzer, policy):
    text = ("User: Maria, coffee for everyone! I I I one, two, three. We sell one Oxford Street store's stock. "
            "A 45 year old man from Leeds called.")
    found = covered(analyzer, policy, text)
    assert not [(v, t) for v, t, _ in found if t in ("NATIONAL_ID", "STREET_ADDRESS", "JOB_TITLE") or v == "coffee"], found
    # tools named like people, and a tool listed after another with "and"
    for text, value in [("User: my cousin made it. The bot is called Sofi, like a person, and patients love it.", "Sofi"),
                        ("User: our case management system is called Penelope, yes like a person", "Penelope"),
                        ("User: Excel all day lol, plus Hyperion and Power BI. we got Copilot", "Power BI")]:
        assert untouched(analyzer, policy, text, value), text
    assert not uncaught(analyzer, policy, "User: my colleague is called Penelope and she", ("Penelope",))


@pytest.mark.parametrize("text, value", [
    # streets with "number" and the number in words, the unit after it; numbered Colombian streets
    ("User: It's on Avenida Reforma number thirteen fourteen, colonia El Carmen.", "Avenida Reforma number thirteen fourteen"),
    ("User: We are on Via Giulio Petroni number forty-one. Facials, waxing", "Via Giulio Petroni number forty-one"),
    ("User: the address is Anafartalar Caddesi number two hundred eight. Screens", "Anafartalar Caddesi number two hundred eight"),
    ("User: The address is Derb Sidi Bouloukat, number twenty-three, near the square", "Derb Sidi Bouloukat, number twenty-three"),
    ("User: Studio Lu, on Rua Barão de Souza Leão, four twelve, loja three, next to the pharmacy",
     "Rua Barão de Souza Leão, four twelve, loja three"),
    ("User: we're on Carrera forty-three A, number eight, twelve. We roast", "Carrera forty-three A, number eight, twelve"),
    # a house or shop and its number before the street; a block and lot in words; a long name
    ("User: Address is house seventeen, Kapasgola Road. I am forty-six years.", "house seventeen, Kapasgola Road"),
    ("User: my shop is Saini Ladies Tailors, Shop No. 7, Johari Bazaar, Jaipur.", "Shop No. 7, Johari Bazaar"),
    ("User: from our house, um, Block five Lot twelve, Villa Rosario Subdivision, Barangay Tipolo.",
     "Block five Lot twelve, Villa Rosario Subdivision"),
    ("User: in Alexandria, fourteen Khaled Ibn El Walid Street. Eight apartments", "fourteen Khaled Ibn El Walid Street"),
    ("User: It's at forty-five Trần Phú street, in Hải Châu district.", "forty-five Trần Phú street"),
    ("User: a message with my address, Belgrano 742, depto 3B, to strangers every week.", "Belgrano 742, depto 3B"),
    # ids read out after more id words and a "which is"; a code with a capital inside its digits
    ("User: then typed the CNPJ for it, which is, um, forty-three, two one eight, seven six five, slash zero zero zero "
     "one, dash zero nine, and my CPF", "forty-three, two one eight, seven six five, slash zero zero zero one, dash zero nine"),
    ("User: those numbers in the AI, the CIF, B nine eight seven six five four three two, all that", "B nine eight seven six five four three two"),
    ("User: and my codice fiscale, L R S F N C eighty A forty-one A six six two Y. Mimmo said",
     "L R S F N C eighty A forty-one A six six two Y"),
    ("User: the NMC PIN to make the form, and I typed it in, one seven C zero nine two five O, which", "one seven C zero nine two five O"),
    ("User: the grant forms need my RGII number R-07419, VAT number", "R-07419"),
    # handles said aloud with spoken dots or letters English lacks
    ("User: Mehdi made also an Instagram, at riad dot dar dot zitoun. in Ramadan", "at riad dot dar dot zitoun"),
    ("User: Instagram is at tostadores la montaña, with the ñ, people never find it.", "at tostadores la montaña"),
    # someone picked out of a group by a known name; a lower-case full name in apposition
    ("User: yes o. one customer Blessing from Ikeja was buying aso ebi", "Blessing"),
    ("User: ok so last month a girl, Luz, bought a leather jacket", "Luz"),
    ("User: they calculate a score. one girl Precious, very good worker, from Nigeria", "Precious"),
    ("User: ok so last week a guy from claims, will pruitt, emails me bc", "will pruitt"),
    # an age in brackets after a relative's or helper's name
    ("User: normal day i open 8am, my boy Emeka (19) come by 7:30", "19"),
    ("User: my young lad Oisín (19, my apprentice, doing his block release) uses Gemini", "19"),
])
def test_what_blind_sets_cb_and_cc_missed(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_what_the_cb_and_cc_cues_leave_alone(analyzer, policy):
    text = ("User: a customer Service team called, then a student Council meeting, one client Excel sheet. "
            "I posted it on Instagram at home. I got two Google street view photos. "
            "The answer was option one two three four five six seven. A guy from sales, will probably, said no. "
            "There are 3 tools (12) in the list. We closed the client's account at Christmas, so the numbers dipped. "
            "All the ids are the same format, mine is v20241 on the build server. My KPI number 15000 calls a month "
            "is insane. The answer key was one B, two C, three A, four D, five B, six C, so marking was quick. "
            "Via Microsoft Teams, number two on my list was the chat history. The High Street number one shop is ours. "
            "On Calle 8 no one speaks English. We spent twelve Black Friday street, market and mall shifts. "
            "As a kid, Summer was the only time I helped.")
    found = covered(analyzer, policy, text)
    assert not [(v, t) for v, t, _ in found if t in ("NATIONAL_ID", "STREET_ADDRESS", "SOCIAL_HANDLE", "AGE", "PERSON")], found
    # a phone number said with an "O" for zero stays a phone number
    for text in ("User: call me on zero eight O five five five one two three four",
                 "User: My work line is zero two zero seven nine four six one two three four X two one."):
        assert not [(v, t) for v, t, _ in covered(analyzer, policy, text) if t == "NATIONAL_ID"], text


@pytest.mark.parametrize("text, value", [
    # addresses typed or transcribed in lower case after where one lives, the number in words
    ("User: my address is carrera forty three a number eight dash twelve in medellin.",
     "carrera forty three a number eight dash twelve"),
    ("User: I live on calle 72 number ten thirty-four, near the park.", "calle 72 number ten thirty-four"),
    ("User: I live at house seventeen kapasgola road, near the mosque.", "house seventeen kapasgola road"),
    ("User: I live at forty-five trần phú street, near the market.", "forty-five trần phú street"),
    ("User: I live at via Giulio Petroni number forty-one in Bologna.", "via Giulio Petroni number forty-one"),
    ("User: I live at twenty two baker street in london", "twenty two baker street"),
    # a code said with its capital first
    ("User: I typed it in, C one seven zero nine two five four, and it worked.", "C one seven zero nine two five four"),
])
def test_lower_case_spoken_addresses_and_codes(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_where_one_lives_without_a_street_is_no_address(analyzer, policy):
    for text in ("User: we sent it to three road crews last week",
                 "User: I live on the second floor with two flatmates",
                 "User: I live at home with my two kids and a dog on a quiet street",
                 "User: the address is on the form, I think",
                 "User: We use Plan B for everything, and then one two three"):
        assert not [(v, t) for v, t, _ in covered(analyzer, policy, text)
                    if t in ("STREET_ADDRESS", "NATIONAL_ID")], text


@pytest.mark.parametrize("text, value", [
    # user names: after "my username", joined by an underscore as who someone is, in a server
    ("User: level 2 seller, my username there is hamzadesignstudio. i am from Lahore", "hamzadesignstudio"),
    ("User: another mod is el_parcero99, i dont even know his real name", "el_parcero99"),
    ("User: the team lead there is Dani_QA, I don't know her real name", "Dani_QA"),
    ("User: internet at home is slow. in the discord i am yas.darija", "yas.darija"),
    # ids: a long case number, a worker's hex id, a grant number with "&", a licence read out
    ("User: they gave me a case number NUNC 050016000206202318734 and nothing happened", "050016000206202318734"),
    ("User: my worker id is OTL-9f3a27c1 and the reviewer", "OTL-9f3a27c1"),
    ("User: the project is funded by TETFund, grant no TETF/DR&D/UI/IBR/2022/114, and the", "TETF/DR&D/UI/IBR/2022/114"),
    ("User: And my own PRC license, zero six one two three four five, I put it in", "zero six one two three four five"),
    # people by who they are at work, a tool's name included; lower-case names so described
    ("User: 3 permanent staff, me, Claude who is the old mechanical engineer, he's great", "Claude"),
    ("User: from the survey photos, umut (my labmate, his name means hope haha) did it", "umut"),
    ("User: i am the one on ground. grace and mercy are my senior field workers, very good", "mercy"),
    ("User: hola! soy cami, Camila Belén Ferreyra. im a doctoral fellow", "cami"),
    # ids: the first group after the id word, an institute's mixed case, an ethics protocol
    ("User: LPDP asks many data, my NIK, six one seven one, zero four five two, zero eight nine one, zero zero zero "
     "three, my NIDN", "six one seven one, zero four five two, zero eight nine one, zero zero zero three"),
    ("User: my emp id is IISc/TA/16/0473. native place is Mandya", "IISc/TA/16/0473"),
    ("User: the ethics committee at KEMRI, protocol KEMRI/SERU/CGHR/4471. i was so stressed", "KEMRI/SERU/CGHR/4471"),
    # pages read aloud host by host with a path; a handle after "at sign"
    ("User: My staff page is bj dot uj dot edu dot pl slash wroblewska. I'm from Tarnów",
     "bj dot uj dot edu dot pl slash wroblewska"),
    ("User: and my Lattes is lattes dot cnpq dot br slash four four one two zero nine eight eight seven, and",
     "lattes dot cnpq dot br slash four four one two zero nine eight eight seven"),
    ("User: or on Telegram, at sign maryam underscore h underscore membrane. Or the phone",
     "at sign maryam underscore h underscore membrane"),
    # what the review of these cues found leaking: an aside with "one" after an id word, a user name
    # before a full stop, spoken addresses with words after them or "and" inside the number, a
    # shop's address, a capitalized path, a tilde, a colleague set off by commas
    ("User: my DNI, the one from Spain, is thirty-two million, one hundred four thousand, two hundred six.",
     "thirty-two million, one hundred four thousand, two hundred six"),
    ("User: another mod is el_parcero99.", "el_parcero99"),
    ("User: We live at sixty six church road, next to the school.", "sixty six church road"),
    ("User: I live at one hundred and twelve kimathi street.", "one hundred and twelve kimathi street"),
    ("User: my shop is at forty two bazaar road.", "forty two bazaar road"),
    ("User: My staff page is bj dot uj dot edu dot pl slash Wroblewska.", "bj dot uj dot edu dot pl slash Wroblewska"),
    ("User: my page is cs dot ox dot ac dot uk slash tilde jsmith.", "cs dot ox dot ac dot uk slash tilde jsmith"),
    ("User: Claude, my colleague, hates it.", "Claude"),
    ("User: umut, my labmate, showed me.", "umut"),
])
def test_what_blind_sets_cd_and_ce_missed(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_what_the_cd_and_ce_cues_leave_alone(analyzer, policy):
    text = ("User: the column is user_id and the table is orders_2023. I use Claude, who is the best assistant "
            "for writing. We and they are my colleagues.")
    assert not [(v, t) for v, t, _ in covered(analyzer, policy, text) if t in ("SOCIAL_HANDLE", "PERSON")]
    text = "User: the court found a violation of Article 1 of Protocol No. 1 to the Convention"
    assert not [(v, t) for v, t, _ in covered(analyzer, policy, text) if t == "NATIONAL_ID"]
    # what the review of these cues found masked
    for text in ("User: the grant (my supervisor wrote it) paid for everything.",
                 "User: patience and hope are my best helpers in this job.",
                 "User: soy Latina y orgullosa. I add soy sauce and soy Milk to everything.",
                 "User: My house is one place where I can relax.", "User: I live in zone two, close to the station.",
                 "User: My home is two hours by road.", "User: My house is twenty minutes from calle ocho.",
                 "User: The address is row nine in the spreadsheet.",
                 "User: the first one is run_1 and the second one is run_2, the important one is MAX_RETRIES.",
                 "User: my username there is always the same.",
                 "User: we followed the protocol PRISMA-2020 for the review.",
                 "User: the licence is CC/BY/4 so we can share it. the EMP is 50000 volts in that test.",
                 "User: I use Claude, my favourite tool, every day"):
        assert not [(v, t) for v, t, _ in covered(analyzer, policy, text)
                    if t in ("PERSON", "STREET_ADDRESS", "SOCIAL_HANDLE", "NATIONAL_ID")], text
    # the "I" that starts the next clause is not part of a number read out
    text = "User: And my own PRC license, zero six one two three four five, I put it in"
    assert ("zero six one two three four five", "NATIONAL_ID") in [(v, t) for v, t, _ in covered(analyzer, policy, text)]


@pytest.mark.parametrize("text,value", [
    ("User: i gave it in the consent form: CNRS-081573 haha", "CNRS-081573"),
    ("User: our project is KAKENHI 23K18945 so I must write the report", "23K18945"),
    ("User: logged to your EID, mine is ma48523, and i still havent", "ma48523"),
    ("User: if you need it for the consent form, is 00417723. And then", "00417723"),
    ("User: my COREN is on my stamp, R.48217, and I'm not", "R.48217"),
    ("User: clients like Yorgelis, PPT 6481223, they have no lawyer", "6481223"),
])
def test_codes_with_a_long_run_of_digits_need_no_id_word(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_long_numbers_that_are_amounts_measures_standards_or_links_stay(analyzer, policy):
    text = ("User: my cousin lost 200000 taka, it costs Rs250000 or Rs.300000 or KES 1500000 or $ 1200000, "
            "a 20000mAh battery for 150000 users. We follow ISO27001 and IEC 62304. See example.com/u/1234567 "
            "or www.abc12345.com, the ratio was 3.141592.")
    assert not [(v, t) for v, t, _ in covered(analyzer, policy, text) if t == "NATIONAL_ID"]


@pytest.mark.parametrize("text,value", [
    # what dictation made of a name: unquoted after "as" or a hedge, quoted after what wrote it,
    # or taken back right after the name
    ("User: it doesn't understand our accents, it wrote my name as Wanjiro Come out, (laughs).", "Wanjiro Come out"),
    ("User: The transcript will write my name maybe Eleaf, ha, it's Elif.", "Eleaf"),
    ('User: my name is Akosua Owusu-Ansah, the machine may write it as "a coser", ha, it\'s Akosua.', "a coser"),
    ('User: My name is Park Ji-woo, um, the transcription may write "Park G woo". I am a reviewer.', "Park G woo"),
    ("User: My name is Muhammad Usman Tariq, um, Who's Man, no, sorry, the system is writing it wrong, Usman.",
     "Who's Man"),
    # digits read out in groups with "dash" said between them
    ("User: the AI had put in his personnummer, six two zero four one one, dash, three three nine eight, because",
     "six two zero four one one, dash, three three nine eight"),
    ("User: or phone zero one zero, dash, seven seven one two, dash, four zero eight three. Thank you.",
     "zero one zero, dash, seven seven one two, dash, four zero eight three"),
    ("User: in Turkish, sıfır beş yüz otuz iki, dört yüz on sekiz, yirmi iki, on yedi. Thanks",
     "sıfır beş yüz otuz iki, dört yüz on sekiz, yirmi iki, on yedi"),
    # a spoken address's country ending spelled out
    ("User: My email is, um, seun dot cole at kudiwise dot com dot N G, and my number is",
     "seun dot cole at kudiwise dot com dot N G"),
    ("User: And email is s campbell at st james cu dot com dot j m. Thank you.", "s campbell at st james cu dot com dot j m"),
    ("User: there was one, um, a Probox, registration KDG 412M, claim number", "KDG 412M"),
    ("User: We're in Russafa, in Valencia, on calle de Cuba 23. We do income tax", "calle de Cuba 23"),
    ("User: his IBAN IT48 J030 6902 4771 0000 0004 217 all in one picture", "IT48 J030 6902 4771 0000 0004 217"),
    ("User: the case is Title Suit No. 214 of 2021 at the Joint District Judge Court", "214 of 2021"),
    # a name after a role's abbreviation that the allow-list keeps: no list of tools
    ("User: We have a CISO, Björn, he says nothing leaves Sweden.", "Björn"),
    ("User: haii, im putri (Putri Ayu Lestari), 26, social media manager at Kopi Senja", "26"),
    ("User: So, I am Sandrine Morel, I am, euh, fifty-three, and I am a clerc de notaire", "fifty-three"),
    # a title in the speaker's language glossed in brackets
    ("User: Dr. Fábio Ayres, he is our encarregado de dados (DPO). nothing leaked", "encarregado de dados"),
    ("User: i work as impiegata amministrativa (admin + tax assistant) at Studio Marchetti", "impiegata amministrativa"),
    # what a review of these cues found leaking
    ("User: for the consent form the build is 00417723.", "00417723"),
    ("User: the car's registration is KCA 123X, a white one.", "KCA 123X"),
    ("User: it's 0712 dash 345 dash 678 if you want.", "0712 dash 345 dash 678"),
    ("User: My name is Muhammad Usman Tariq, Who's Man, no, sorry, the system writes it wrong.", "Who's Man"),
    ('User: you might see my name written as "In goes he" in the notes.', "In goes he"),
    ("User: i grew up on calle de la Paz 14 in Valencia.", "calle de la Paz 14"),
    ("User: I'm, euhh, thirty four and I work nights.", "thirty four"),
    ("User: my code is P 448213 for the study.", "448213"),
    ("User: the iban was it48 j030 6902 4771 0000 0004 217.", "it48 j030 6902 4771 0000 0004 217"),
])
def test_what_blind_sets_cf_and_cg_missed(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_what_the_cf_and_cg_cues_leave_alone(analyzer, policy):
    for text in ("User: we don't even write her surname in WhatsApp.",
                 'User: I write it as a summary, and the app wrote "thank you" at the end.',
                 "User: I type my name into the form and it wrote my name as the title."):
        assert not [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"], text
    for text in ("User: we had one, two, dash, three, four and five dash six steps.",
                 "User: my registration is on Monday and the registration ABC form is long.",
                 "User: the results (see Table 4), 26, are new.",
                 # what a review of these cues found masked: round amounts and counts, software,
                 # security and classification codes, conferences, council petitions, teams in brackets
                 "User: we grew to about 120000 customers and we paid 450000 for the CRM, we raised 2000000.",
                 "User: the KB5034441 update broke bitlocker, CVE-2021-44228 again, ORA-00942, my i7-12700H "
                 "laptop, 0x80070005, HS code 847130, NAICS code is 541511, GL account 400100.",
                 "User: the conference registration COP 28 was a mess, registration ACL 2024 and EU 2016.",
                 "User: we had petition no. 125 on the council agenda.",
                 "User: our team (Sales), 14, and growing fast.",
                 "User: the money went to FY24 2025 2026 2027 2028 lines"):
        assert not [(v, t) for v, t, _ in covered(analyzer, policy, text)
                    if t in ("PHONE_NUMBER", "NATIONAL_ID", "AGE", "CASE_NUMBER")], text
    for text in ("User: the app writes my name as usual, no problems there. it puts my name into Salesforce "
                 "automatically. it types my name probably wrong, and wrote my name as well, ok.",
                 'User: My name is Ana. The transcript might write "inaudible" there.',
                 'User: my name is Anna and the app will write "thank you" sometimes.'):
        assert [v for v, t, _ in covered(analyzer, policy, text) if t == "PERSON"] in ([], ["Ana"], ["Anna"]), text
    for text in ("User: I did my carrera de Ingeniería Industrial, five years at the UNI.",
                 "User: I use excel (spreadsheet tool) and tally (accounting software) daily.",
                 "User: the rehab doctor (physiatrist) is more worried about it."):
        assert not [v for v, t, _ in covered(analyzer, policy, text) if t in ("STREET_ADDRESS", "JOB_TITLE", "OCCUPATION")], text


@pytest.mark.parametrize("text,value", [
    ("User: to verify I'm a teacher, my TRN is one eight four two two nine one, I think they asked",
     "one eight four two two nine one"),
    ("User: My, uh, registration with the College of Registered Nurses of Manitoba is one five zero, eight eight "
     "two, and I've worked hard", "one five zero, eight eight two"),
    ("User: they asked for the last four of my Social, six one one eight, over the phone", "six one one eight"),
    ("User: and my employee ID, N as in Nancy, four four zero two nine one, over the phone",
     "N as in Nancy, four four zero two nine one"),
    ("User: I'm Tanya Bowlieu, uh, that's B-E-A-U-L-I-E-U. We're in St. Vital", "B-E-A-U-L-I-E-U"),
    ('User: one time it turned "Siobhan" into "Shiv on" and that went in the file.', "Shiv on"),
    ("User: the union did a meeting. Pau (my boyfriend) is a background painter at another studio", "Pau"),
    ("User: I'm inventor on EP 4 112 356 and I don't want a model reproducing it", "EP 4 112 356"),
    ("User: the address Carrer de Sant Antoni 42, bajo, the photos", "Carrer de Sant Antoni 42, bajo"),
    # quasi: an age with "years" after a child's name, or in words in brackets; a title after a pause
    ("User: My daughter Nabila, seven years, she wants to be a marine scientist.", "seven"),
    ("User: watching my daughter Lotte (six) use a toothbrush teaches me", "six"),
    ("User: Daeng Sila, he's the, um, boat captain, he has been diving there", "boat captain"),
    ("User: So I'm a, um, freelance illustrator and graphic designer, based in Bristol",
     "freelance illustrator and graphic designer"),
    # what a review of these cues found leaking
    ("User: my employee ID is N as in Nancy, four four zero two nine one, ok.", "N as in Nancy, four four zero two nine one"),
    ('User: the app turned "Siobhan" into "Shiv on" and that went in the file.', "Shiv on"),
    ("User: my son Bram (twenty) works with me now.", "twenty"),
    ("User: it's US patent 11,234,567 and the other is WO 2021/123456.", "11,234,567"),
    ("User: Marta (my manager) is nice.", "Marta"),
])
def test_what_blind_sets_ch_and_ci_missed(analyzer, policy, text, value):
    assert caught(analyzer, policy, text, value)


def test_what_the_ch_and_ci_cues_leave_alone(analyzer, policy):
    text = ('User: I changed "Dear Sir" into "Hi team". We use Python, three years, and Excel, two years now. '
            "We got US 2,500,000 dollars. I'm a, um, big fan of it.")
    assert not [(v, t) for v, t, _ in covered(analyzer, policy, text)
                if t in ("PERSON", "AGE", "NATIONAL_ID", "JOB_TITLE", "OCCUPATION")]
    # what a review of these cues found masked: scores after "my <letters>", a race bib, a renamed
    # tool, initials spelled after a name, an amount after "US", counts after "the last four of the",
    # a duration after a brother's name, a firm before a bracket
    for text in ("User: my GRE was one six eight, one six five and my NPS was nine, nine, eight, seven, nine.",
                 "User: My registration for the London Marathon is two one four five seven.",
                 'User: we changed "Jira" to "Linear" last year.',
                 "User: my manager is Dimitri Papas, that's R-N-D, the research side.",
                 "User: revenue was US 4,350,250 last year.",
                 "User: the last four of the shipments were 12000 units each.",
                 "User: my brother Tariq, five years, in the army, then he quit.",
                 "User: Deloitte (my brother works there) uses it."):
        assert not [(v, t) for v, t, _ in covered(analyzer, policy, text)
                    if t in ("AGE", "NATIONAL_ID") or t == "PERSON" and v in ("Linear", "R-N-D", "Deloitte")], text
