"""Tests for anonymize/operators.py (normalize, surrogate, generalize) and
anonymize/transform.py (resolve, anonymize_text) with hand-built findings: no spaCy model
is loaded here."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from faker.providers.person.en_US import Provider as PersonProvider

from anonymize.operators import generalize, keyed_digest, normalize, surrogate
from anonymize.policy import Policy
from anonymize.scan import Finding
from anonymize.transform import Span, anonymize_text, build_anonymizer, resolve

KEY = b"clearance-unit-test-key-0001"
OTHER_KEY = b"clearance-unit-test-key-0002"


@pytest.fixture(scope="module")
def engine():
    return build_anonymizer()


def policy(entities: dict, **kw) -> Policy:
    return Policy.model_validate({"version": 1, "name": "test", "entities": entities, **kw})


def find(text: str, value: str, entity_type: str, score: float = 0.8, nth: int = 0) -> Finding:
    """The finding for the nth occurrence of `value` in `text`."""
    starts = [m.start() for m in re.finditer(re.escape(value), text)]
    start = starts[nth]
    return Finding(start, start + len(value), entity_type, score, "test")


# ---------------------------------------------------------------- normalize


@pytest.mark.parametrize("variant", [
    "priya sharma", "PRIYA SHARMA", "Priya Sharma", "  Priya \t\n Sharma  ", "Priya Sharma's",
    "Priya Sharma’s", "ＰＲＩＹＡ　ＳＨＡＲＭＡ",  # fullwidth letters and ideographic space: NFKC
])
def test_normalize_folds_variants(variant):
    assert normalize(variant) == "priya sharma"


def test_normalize_nfkc_and_casefold():
    assert normalize("ﬁnley") == "finley"          # ligature decomposed by NFKC
    assert normalize("STRASSE") == normalize("Straße")  # casefold, not lower
    assert normalize("Sharma,") == "sharma"


def test_normalize_keeps_distinct_values_distinct():
    assert normalize("Priya") != normalize("Priyas")
    assert normalize("Chris") == "chris"  # a name ending in s is not a possessive
    assert normalize("Priya Sharma") != normalize("PriyaSharma")


@pytest.mark.parametrize("value", ["Priya's.", "(Priya's)", "Priya's,"])
def test_normalize_possessive_before_punctuation(value):
    assert normalize(value) == normalize("Priya")


# ---------------------------------------------------------------- surrogate


def test_person_surrogate_deterministic_and_keyed():
    a = surrogate("PERSON", "Priya Sharma", KEY)
    assert a == surrogate("PERSON", "Priya Sharma", KEY)
    assert a == surrogate("PERSON", "PRIYA SHARMA", KEY)
    assert a == surrogate("PERSON", "priya  sharma's", KEY)
    assert len(a.split()) == 2
    others = {surrogate("PERSON", "Priya Sharma", bytes([i]) * 24) for i in range(8)}
    assert len(others) > 1  # the key, not only the value, decides the surrogate


def test_person_surrogate_differs_for_different_key():
    # Over several names, a different key changes at least most surrogates.
    names = ["Priya Sharma", "John Smith", "Ana Lima", "Wei Chen", "Olu Adeyemi"]
    changed = sum(surrogate("PERSON", n, KEY) != surrogate("PERSON", n, OTHER_KEY) for n in names)
    assert changed >= 4


def test_person_surrogate_first_name_shared_with_first_name_alone():
    full = surrogate("PERSON", "Priya Sharma", KEY)
    assert full.split()[0] == surrogate("PERSON", "Priya", KEY)
    assert surrogate("PERSON", "Priya Patel", KEY).split()[0] == full.split()[0]
    assert surrogate("PERSON", "Priya Sharma", KEY) != surrogate("PERSON", "Rahul Sharma", KEY)


def test_surrogate_does_not_depend_on_call_order():
    # The Faker instance is shared and reseeded: earlier calls must not shift later ones.
    first = surrogate("EMAIL_ADDRESS", "priya@acme.com", KEY)
    for i in range(5):
        surrogate("PERSON", f"Someone {i}", KEY)
        surrogate("LOCATION", f"Town {i}", OTHER_KEY)
    assert surrogate("EMAIL_ADDRESS", "priya@acme.com", KEY) == first


@pytest.mark.parametrize("entity_type, value", [
    ("PERSON", "Priya Sharma"), ("PERSON", "Priya"), ("EMAIL_ADDRESS", "priya.sharma@acme.com"),
    ("PHONE_NUMBER", "(212) 555-0188"), ("URL", "https://acme.com/priya"), ("LOCATION", "Austin"),
    ("ORGANIZATION", "Acme Corp"), ("SCHOOL", "Lincoln High School"),
    ("DATE_TIME", "March 3, 2021"), ("CRYPTO", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"),
])
def test_surrogate_differs_from_input(entity_type, value):
    out = surrogate(entity_type, value, KEY)
    assert out and normalize(out) != normalize(value)
    assert out == surrogate(entity_type, value, KEY)


def test_unknown_type_surrogate_hides_value():
    out = surrogate("CRYPTO", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", KEY)
    assert out.startswith("CRYPTO-") and "1Boat" not in out
    assert out != surrogate("CRYPTO", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", OTHER_KEY)


@pytest.mark.parametrize("i", range(20))
def test_email_surrogate_uses_reserved_domains(i):
    out = surrogate("EMAIL_ADDRESS", f"person{i}@realcompany.com", KEY)
    assert re.fullmatch(r"[^@\s]+@example\.(com|org|net)", out)


@pytest.mark.parametrize("i", range(20))
def test_phone_surrogate_uses_fictional_numbers(i):
    out = surrogate("PHONE_NUMBER", f"+1 415 867 {5300 + i}", KEY)
    assert "555-01" in out
    assert re.fullmatch(r"\(\d{3}\) 555-01\d\d", out)


def test_keyed_digest_is_keyed_and_normalized():
    assert keyed_digest(KEY, "d", "Priya") == keyed_digest(KEY, "d", "PRIYA's")
    assert keyed_digest(KEY, "d", "Priya") != keyed_digest(OTHER_KEY, "d", "Priya")
    assert keyed_digest(KEY, "d1", "Priya") != keyed_digest(KEY, "d2", "Priya")


@pytest.mark.parametrize("entity_type, values", [
    ("PERSON", list(PersonProvider.first_names)),
    ("AGE", [str(a) for a in range(18, 90)]),
])
def test_surrogate_never_equals_input_exhaustive(entity_type, values):
    keys = [b"k" * 32, KEY, OTHER_KEY]
    same = [(k, v) for k in keys for v in values if normalize(surrogate(entity_type, v, k)) == normalize(v)]
    assert same == []


def test_person_surrogate_ignores_titles():
    assert surrogate("PERSON", "Dr. Priya Sharma", KEY) != surrogate("PERSON", "Dr. John Sharma", KEY)
    assert surrogate("PERSON", "Dr. Priya Sharma", KEY).split()[0] == surrogate("PERSON", "Priya", KEY)


# ---------------------------------------------------------------- generalize


@pytest.mark.parametrize("entity_type, value, expected", [
    ("DATE_TIME", "March 3, 2021", "2021"),
    ("DATE_TIME", "2019-07-14", "2019"),
    ("DATE_TIME", "in 1998", "1998"),
    ("DATE_TIME", "last week", "last week"),
    ("DATE_TIME", "Monday", "Monday"),
    ("DATE_TIME", "the 3rd", "[DATE]"),
    ("DATE_TIME", "3/4", "[DATE]"),
    # Years and days said in words: coarsened like written ones, never left as said.
    ("DATE_TIME", "May of twenty sixteen", "2016"),
    ("DATE_TIME", "two thousand and nine", "2009"),
    ("DATE_TIME", "nineteen oh five", "1905"),
    ("DATE_TIME", "spring twenty twenty-four", "2024"),
    ("DATE_TIME", "eighty-nine", "1989"),
    ("DATE_TIME", "February fourteen", "[DATE]"),
    ("AGE", "47", "40-49"),
    ("AGE", "9", "0-9"),
    ("AGE", " 30 ", "30-39"),
    ("AGE", "forty-seven", "[AGE]"),
    ("LOCATION", "Canada", "Canada"),
    ("LOCATION", "the UK", "the UK"),
    ("LOCATION", "Austin, Texas", "the United States"),
    ("LOCATION", "Texas", "the United States"),
    ("LOCATION", "Springfield", "[PLACE]"),
    ("LOCATION", "Lyon, France", "France"),
    ("LOCATION", "Austin, Texas, USA", "USA"),
    ("ORGANIZATION", "Acme Corp", "[ORGANIZATION]"),
    ("PERSON", "Priya", "[PERSON]"),
])
def test_generalize(entity_type, value, expected):
    assert generalize(entity_type, value) == expected


def test_generalize_never_returns_sub_country_place():
    for place in ["Springfield", "221B Baker Street", "Lyon", "Shoreditch, London"]:
        assert generalize("LOCATION", place) == "[PLACE]"


@pytest.mark.parametrize("value", ["March third", "the twenty-first of June"])
def test_generalize_spelled_out_exact_date(value):
    out = generalize("DATE_TIME", value)
    assert out != value
    assert "third" not in out and "twenty-first" not in out


# ---------------------------------------------------------------- resolve


def F(start, end, etype="PERSON", score=0.8):
    return Finding(start, end, etype, score, "test")


def test_resolve_merges_overlaps_and_keeps_adjacent_apart():
    spans = resolve([F(10, 15), F(0, 5), F(3, 8, "LOCATION", 0.5), F(15, 20, "AGE")])
    assert spans == [Span(0, 8, "PERSON"), Span(10, 15, "PERSON"), Span(15, 20, "AGE")]


def test_resolve_chain_of_overlaps_is_one_span():
    spans = resolve([F(0, 4), F(3, 9, "LOCATION"), F(8, 12, "ORGANIZATION")])
    assert [(s.start, s.end) for s in spans] == [(0, 12)]


def test_resolve_type_choice_is_deterministic():
    # Highest score wins; then the longest; then the name.
    assert resolve([F(0, 5, "PERSON", 0.6), F(2, 9, "LOCATION", 0.9)])[0].entity_type == "LOCATION"
    assert resolve([F(0, 5, "PERSON", 0.9), F(2, 9, "LOCATION", 0.9)])[0].entity_type == "LOCATION"
    assert resolve([F(0, 5, "PERSON", 0.9), F(0, 5, "LOCATION", 0.9)])[0].entity_type == "LOCATION"
    fs = [F(0, 5, "PERSON", 0.9), F(0, 5, "LOCATION", 0.9), F(1, 3, "AGE", 0.2)]
    assert resolve(fs) == resolve(list(reversed(fs)))


def test_resolve_empty():
    assert resolve([]) == []


# ---------------------------------------------------------------- anonymize_text


ORG_TEXT = ("Priya Sharma left Acme Corp for Globex. ACME CORP's loss: Priya said Globex "
            "paid more than Acme Corp or Initech.")


def org_findings():
    t = ORG_TEXT
    return [find(t, "Priya Sharma", "PERSON"), find(t, "Acme Corp", "ORGANIZATION"),
            find(t, "Globex", "ORGANIZATION"), find(t, "ACME CORP's", "ORGANIZATION"),
            find(t, "Priya", "PERSON", nth=1), find(t, "Globex", "ORGANIZATION", nth=1),
            find(t, "Acme Corp", "ORGANIZATION", nth=1), find(t, "Initech", "ORGANIZATION")]


@pytest.mark.parametrize("order", ["forward", "reversed", "shuffled"])
def test_labels_numbered_by_first_appearance(engine, order):
    fs = org_findings()
    if order == "reversed":
        fs = list(reversed(fs))
    elif order == "shuffled":
        fs = [fs[i] for i in (5, 2, 7, 0, 3, 6, 1, 4)]
    out, counts, _r = anonymize_text(engine, ORG_TEXT, fs, policy({"PERSON": "label", "ORGANIZATION": "label"}), KEY)
    assert out == ("[PERSON_1] left [ORGANIZATION_1] for [ORGANIZATION_2]. [ORGANIZATION_1] loss: "
                   "[PERSON_2] said [ORGANIZATION_2] paid more than [ORGANIZATION_1] or [ORGANIZATION_3].")
    assert counts == Counter({("ORGANIZATION", "label"): 6, ("PERSON", "label"): 2})


def test_label_numbering_restarts_per_transcript(engine):
    pol = policy({"ORGANIZATION": "label"})
    t1 = "Globex and Acme"
    out1, _, _r = anonymize_text(engine, t1, [find(t1, "Globex", "ORGANIZATION"), find(t1, "Acme", "ORGANIZATION")], pol, KEY)
    t2 = "Acme and Globex"
    out2, _, _r = anonymize_text(engine, t2, [find(t2, "Acme", "ORGANIZATION"), find(t2, "Globex", "ORGANIZATION")], pol, KEY)
    assert out1 == out2 == "[ORGANIZATION_1] and [ORGANIZATION_2]"


def test_labels_are_numbered_per_type(engine):
    t = "Ana met Bo at Acme"
    fs = [find(t, "Ana", "PERSON"), find(t, "Bo", "PERSON"), find(t, "Acme", "ORGANIZATION")]
    out, _, _r = anonymize_text(engine, t, fs, policy({"PERSON": "label", "ORGANIZATION": "label"}), KEY)
    assert out == "[PERSON_1] met [PERSON_2] at [ORGANIZATION_1]"


def test_overlapping_findings_leave_no_character(engine):
    t = "Call Priya Sharmaville tomorrow."
    fs = [find(t, "Priya Sharma", "PERSON", 0.6), find(t, "Sharmaville", "LOCATION", 0.9)]
    out, counts, _r = anonymize_text(engine, t, fs, policy({"PERSON": "label", "LOCATION": "label"}), KEY)
    assert out == "Call [LOCATION_1] tomorrow."
    for piece in ("Priya", "Sharma", "ville"):
        assert piece not in out
    assert counts == Counter({("LOCATION", "label"): 1})


@pytest.mark.parametrize("action", ["redact", "mask", "hash", "pseudonymize", "label"])
def test_overlapping_findings_protected_under_every_action(engine, action):
    t = "Call Priya Sharmaville tomorrow."
    fs = [find(t, "Priya Sharma", "PERSON", 0.9), find(t, "Sharmaville", "LOCATION", 0.6)]
    out, _, _r = anonymize_text(engine, t, fs, policy({"PERSON": action, "LOCATION": action}), KEY)
    assert out.startswith("Call ") and out.endswith(" tomorrow.")
    for piece in ("Priya", "Sharma", "ville"):
        assert piece not in out


@pytest.mark.parametrize("case", ["keep", "generalize"])
def test_overlap_with_unprotective_type_still_protects_person(engine, case):
    pol = policy({"PERSON": "label", "NRP": "keep", "DATE_TIME": "generalize"})
    if case == "keep":
        t = "I met Priya Sharma yesterday."
        fs = [find(t, "Priya", "NRP", 0.9), find(t, "Priya Sharma", "PERSON", 0.6)]
    else:
        t = "On Monday Priya came."
        fs = [find(t, "Monday Priya", "DATE_TIME", 0.9), find(t, "Priya", "PERSON", 0.6)]
    out, _, _r = anonymize_text(engine, t, fs, pol, KEY)
    assert "Priya" not in out and "Sharma" not in out


def test_keep_leaves_text_and_is_counted(engine):
    t = "She is Canadian and lives in Paris."
    fs = [find(t, "Canadian", "NRP"), find(t, "Paris", "LOCATION")]
    out, counts, _r = anonymize_text(engine, t, fs, policy({"NRP": "keep", "LOCATION": "redact"}), KEY)
    assert out == "She is Canadian and lives in [REDACTED]."
    assert counts == Counter({("NRP", "keep"): 1, ("LOCATION", "redact"): 1})


def test_mask_replaces_every_character_by_default(engine):
    t = "Mail priya.sharma@acme.com today"
    value = "priya.sharma@acme.com"
    out, counts, _r = anonymize_text(engine, t, [find(t, value, "EMAIL_ADDRESS")], policy({"EMAIL_ADDRESS": "mask"}), KEY)
    assert out == "Mail " + "*" * len(value) + " today"
    assert counts == Counter({("EMAIL_ADDRESS", "mask"): 1})


def test_mask_covers_spaces_in_value(engine):
    t = "I am Priya Sharma."
    out, _, _r = anonymize_text(engine, t, [find(t, "Priya Sharma", "PERSON")], policy({"PERSON": "mask"}), KEY)
    assert out == "I am ************."


def test_mask_options(engine):
    t = "card 4111111111111111 ok"
    rule = {"action": "mask", "masking_char": "#", "chars_to_mask": 12, "from_end": False}
    out, _, _r = anonymize_text(engine, t, [find(t, "4111111111111111", "CREDIT_CARD")], policy({"CREDIT_CARD": rule}), KEY)
    assert out == "card ############1111 ok"
    rule = {"action": "mask", "chars_to_mask": 4, "from_end": True}
    out, _, _r = anonymize_text(engine, t, [find(t, "4111111111111111", "CREDIT_CARD")], policy({"CREDIT_CARD": rule}), KEY)
    assert out == "card 411111111111**** ok"


def test_hash_is_keyed_and_hides_input(engine):
    t = "Call 212-555-0188 or PRIYA@ACME.COM or priya@acme.com"
    fs = [find(t, "212-555-0188", "PHONE_NUMBER"), find(t, "PRIYA@ACME.COM", "EMAIL_ADDRESS"),
          find(t, "priya@acme.com", "EMAIL_ADDRESS")]
    pol = policy({"PHONE_NUMBER": "hash", "EMAIL_ADDRESS": "hash"})
    out, counts, _r = anonymize_text(engine, t, fs, pol, KEY)
    out2, _, _r = anonymize_text(engine, t, fs, pol, OTHER_KEY)
    tokens = re.findall(r"\[([A-Z_]+):([0-9a-f]+)\]", out)
    assert [ty for ty, _ in tokens] == ["PHONE_NUMBER", "EMAIL_ADDRESS", "EMAIL_ADDRESS"]
    assert tokens[1][1] == tokens[2][1]  # same value (case-folded), same hash
    assert tokens[0][1] != tokens[1][1]
    for piece in ("212", "0188", "priya", "PRIYA", "acme", "ACME"):
        assert piece not in out
    assert out != out2  # keyed
    assert out == anonymize_text(engine, t, fs, pol, KEY)[0]  # deterministic
    assert counts == Counter({("PHONE_NUMBER", "hash"): 1, ("EMAIL_ADDRESS", "hash"): 2})


def test_redact(engine):
    t = "Born 12 May 1980 in Leeds"
    fs = [find(t, "12 May 1980", "DATE_TIME"), find(t, "Leeds", "LOCATION")]
    out, counts, _r = anonymize_text(engine, t, fs, policy({"DATE_TIME": "redact", "LOCATION": "redact"}), KEY)
    assert out == "Born [REDACTED] in [REDACTED]"
    assert counts == Counter({("DATE_TIME", "redact"): 1, ("LOCATION", "redact"): 1})


def test_pseudonymize_matches_surrogate_and_is_consistent(engine):
    pol = policy({"PERSON": "pseudonymize", "EMAIL_ADDRESS": "pseudonymize"})
    t = "Priya Sharma wrote to priya@acme.com; later PRIYA SHARMA and Priya replied."
    fs = [find(t, "Priya Sharma", "PERSON"), find(t, "priya@acme.com", "EMAIL_ADDRESS"),
          find(t, "PRIYA SHARMA", "PERSON"), find(t, "Priya", "PERSON", nth=1)]
    out, counts, _r = anonymize_text(engine, t, fs, pol, KEY)
    full = surrogate("PERSON", "Priya Sharma", KEY)
    email = surrogate("EMAIL_ADDRESS", "priya@acme.com", KEY)
    assert out == f"{full} wrote to {email}; later {full} and {full.split()[0]} replied."
    assert counts == Counter({("PERSON", "pseudonymize"): 3, ("EMAIL_ADDRESS", "pseudonymize"): 1})


def test_generalize_through_engine(engine):
    t = "Aged 47, in Austin, Texas since March 3, 2021."
    fs = [find(t, "47", "AGE"), find(t, "Austin, Texas", "LOCATION"), find(t, "March 3, 2021", "DATE_TIME")]
    pol = policy({"AGE": "generalize", "LOCATION": "generalize", "DATE_TIME": "generalize"})
    out, _, _r = anonymize_text(engine, t, fs, pol, KEY)
    assert out == "Aged 40-49, in the United States since 2021."


def test_unknown_type_gets_default_action(engine):
    t = "wallet 1BoatSLRHtKNngkdXEeobR76b53LETtpyT end"
    fs = [find(t, "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "CRYPTO")]
    out, counts, _r = anonymize_text(engine, t, fs, policy({"PERSON": "keep"}, default_action="redact"), KEY)
    assert out == "wallet [REDACTED] end"
    assert counts == Counter({("CRYPTO", "redact"): 1})
    out, counts, _r = anonymize_text(engine, t, fs, policy({"PERSON": "keep"}), KEY)
    assert out == "wallet [CRYPTO_1] end"
    assert counts == Counter({("CRYPTO", "label"): 1})


def test_counts_per_type_and_action(engine):
    t = "Ana, Bo and Cy met at Acme in 2020; Ana is 30."
    fs = [find(t, "Ana", "PERSON"), find(t, "Bo", "PERSON"), find(t, "Cy", "PERSON"),
          find(t, "Acme", "ORGANIZATION"), find(t, "2020", "DATE_TIME"), find(t, "Ana", "PERSON", nth=1),
          find(t, "30", "AGE")]
    pol = policy({"PERSON": "label", "ORGANIZATION": "hash", "DATE_TIME": "keep", "AGE": "generalize"})
    out, counts, _r = anonymize_text(engine, t, fs, pol, KEY)
    assert counts == Counter({("PERSON", "label"): 4, ("ORGANIZATION", "hash"): 1,
                              ("DATE_TIME", "keep"): 1, ("AGE", "generalize"): 1})
    assert out.startswith("[PERSON_1], [PERSON_2] and [PERSON_3] met at [ORGANIZATION:")
    assert out.endswith(" in 2020; [PERSON_1] is 30-39.")


def test_no_findings_returns_text_unchanged(engine):
    out, counts, _r = anonymize_text(engine, "nothing here", [], policy({"PERSON": "label"}), KEY)
    assert out == "nothing here" and counts == Counter()


def test_offsets_are_python_string_offsets(engine):
    t = "Café 🙂 naïve Zoë Ångström said hi"
    out, _, _r = anonymize_text(engine, t, [find(t, "Zoë Ångström", "PERSON")], policy({"PERSON": "label"}), KEY)
    assert out == "Café 🙂 naïve [PERSON_1] said hi"
