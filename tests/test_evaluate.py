"""The detection-quality harness: metric definitions, TAB scorer, labelled-set generator.

Fast on purpose: TAB is scored from the stored baseline spans (no spaCy over TAB here).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anonymize.evaluate import (
    load_labelled,
    load_tab,
    load_tab_spans,
    score_labelled,
    score_tab,
)
from examples.labelled import DEFAULT_N, DEFAULT_OUT, DEFAULT_SEED, generate_labelled

PROJECT_ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(PROJECT_ROOT) / ".." / "shared" / "benchmarks"
TAB = BENCH / "tab"

needs_tab = pytest.mark.skipif(
    not (TAB / "tab_labelled_144.jsonl").exists(),
    reason=f"public benchmarks not found at {BENCH} (read-only checkout of ../shared/benchmarks)",
)


# ---------------------------------------------------------------------------------------
# Labelled-set metrics
# ---------------------------------------------------------------------------------------

TEXT = "User: I'm Priya Sharma, priya@acme.com. I use ChatGPT on Mondays."
#       0123456789012345678901234567890123456789012345678901234567890123


def _span(value: str, entity_type: str, kind: str) -> dict:
    start = TEXT.index(value)
    return {"start": start, "end": start + len(value), "entity_type": entity_type, "kind": kind}


GOLD = [{"transcript_id": "t1", "text": TEXT, "spans": [
    _span("Priya Sharma", "PERSON", "direct"),
    _span("priya@acme.com", "EMAIL_ADDRESS", "obfuscated"),
    _span("ChatGPT", "AI_PRODUCT", "decoy"),
    _span("Mondays", "GENERIC_TIME", "decoy"),
]}]


def _at(value: str, etype: str = "X", start_in: int = 0, length: int | None = None):
    s = TEXT.index(value) + start_in
    return (s, s + (len(value) - start_in if length is None else length), etype)


def test_caught_needs_every_word_character_but_not_spaces_or_punctuation():
    # Two findings that leave the space between the names uncovered still catch the name;
    # the email is covered except its "@" and "." -> caught too.
    email = TEXT.index("priya@acme.com")
    findings = {"t1": [_at("Priya"), _at("Sharma"), (email, email + 5, "X"),
                       (email + 6, email + 10, "X"), (email + 11, email + 14, "X")]}
    r = score_labelled(findings, GOLD)
    assert r["by_kind"]["direct"] == {"kind": "direct", "total": 1, "caught": 1, "partial": 0,
                                      "recall": 1.0}
    assert r["by_kind"]["obfuscated"]["recall"] == 1.0
    assert r["by_kind"]["direct+obfuscated"]["caught"] == 2


def test_partially_covered_mention_is_not_caught():
    r = score_labelled({"t1": [_at("Priya Sharma", length=5)]}, GOLD)
    assert r["by_kind"]["direct"]["caught"] == 0
    assert r["by_kind"]["direct"]["partial"] == 1
    assert r["by_kind"]["direct"]["recall"] == 0.0
    assert r["by_type"]["PERSON"]["recall"] == 0.0
    assert r["by_type"]["EMAIL_ADDRESS"]["recall"] == 0.0  # no finding at all


def test_decoy_survives_only_untouched():
    # One character of "Mondays" covered destroys it; ChatGPT untouched survives.
    r = score_labelled({"t1": [_at("Mondays", length=1)]}, GOLD)
    assert r["by_type"]["AI_PRODUCT"]["survival"] == 1.0
    assert r["by_type"]["GENERIC_TIME"]["survived"] == 0
    assert r["by_kind"]["decoy"]["survival"] == 0.5
    assert r["decoy_survival"] == 0.5


def test_precision_counts_word_characters_inside_gold_non_decoy_spans():
    # "Priya Sharma" (11 word chars) is gold; "ChatGPT" (7) is a decoy, "use" (3) unlabelled.
    findings = {"t1": [_at("Priya Sharma"), _at("ChatGPT"), _at("use")]}
    r = score_labelled(findings, GOLD)
    assert r["covered_word_chars"] == 21
    assert r["covered_word_chars_in_gold"] == 11
    assert r["precision"] == round(11 / 21, 4)
    # Overlapping findings count each character once.
    r2 = score_labelled({"t1": [_at("Priya Sharma"), _at("Priya")]}, GOLD)
    assert r2["covered_word_chars"] == 11 and r2["precision"] == 1.0


def test_type_seen_as_direct_and_obfuscated_is_one_row():
    text = "mail a@b.co or a at b dot co"
    gold = [{"transcript_id": "t", "text": text, "spans": [
        {"start": 5, "end": 11, "entity_type": "EMAIL_ADDRESS", "kind": "direct"},
        {"start": 15, "end": 28, "entity_type": "EMAIL_ADDRESS", "kind": "obfuscated",
         "phenomenon": "email_spelled_out"}]}]
    r = score_labelled({"t": [(5, 11, "EMAIL_ADDRESS")]}, gold)
    assert r["by_type"]["EMAIL_ADDRESS"] == {"kind": "direct+obfuscated", "total": 2, "caught": 1,
                                             "partial": 0, "recall": 0.5}
    assert r["by_phenomenon"]["email_spelled_out"]["recall"] == 0.0


def test_no_findings_and_empty_categories():
    r = score_labelled({}, GOLD)
    assert r["by_kind"]["direct"]["recall"] == 0.0
    assert r["decoy_survival"] == 1.0
    assert r["precision"] is None  # nothing covered: no precision to speak of
    assert "quasi" not in r["by_kind"]


def test_unknown_kind_is_refused():
    bad = [{"transcript_id": "t", "text": "abc",
            "spans": [{"start": 0, "end": 1, "entity_type": "X", "kind": "secret"}]}]
    with pytest.raises(ValueError, match="unknown span kind"):
        score_labelled({}, bad)


# ---------------------------------------------------------------------------------------
# TAB scorer
# ---------------------------------------------------------------------------------------

def _tab_doc(text: str, mentions: list[tuple[str, str, str, str]]) -> dict:
    """mentions: (surface, entity_id, identifier_type, entity_type), first occurrence after
    the previous mention."""
    out, pos = [], 0
    for surface, eid, ident, etype in mentions:
        start = text.index(surface, pos)
        pos = start + len(surface)
        out.append({"start": start, "end": pos, "entity_id": eid, "identifier_type": ident,
                    "entity_type": etype})
    return {"doc_id": "d1", "text": text, "mentions": out}


def test_tab_mention_ignores_titles_function_words_and_punctuation():
    text = "Mr John Smith, of the Bank of Lisbon, came on 3 May 1999. Mr Smith left."
    doc = _tab_doc(text, [("Mr John Smith", "e1", "DIRECT", "PERSON"),
                          ("the Bank of Lisbon", "e2", "QUASI", "ORG"),
                          ("3 May 1999", "e3", "QUASI", "DATETIME"),
                          ("Mr Smith", "e1", "DIRECT", "PERSON")])

    def span(s: str, nth: int = 0) -> tuple[int, int, str]:
        i = -1
        for _ in range(nth + 1):
            i = text.index(s, i + 1)
        return (i, i + len(s), "X")

    # Names masked without "Mr"; "Bank" and "Lisbon" masked without "the"/"of"; date masked.
    masks = [span("John Smith"), span("Bank"), span("Lisbon"), span("3 May 1999"),
             span("Smith", 1)]
    r = score_tab([doc], {"d1": masks})
    assert (r["ER_di"], r["ER_qi"]) == (1.0, 1.0)
    assert r["token_recall"] == 1.0 and r["token_precision"] == 1.0
    # The second mention of the person leaks: the entity is not protected.
    r = score_tab([doc], {"d1": masks[:-1]})
    assert r["ER_di"] == 0.0 and r["entities_di"] == 1
    # Half a date is not a masked date; a missing document counts as masked nowhere.
    r = score_tab([doc], {"d1": [span("John Smith"), span("Bank"), span("Lisbon"), span("3 May"),
                                 span("Smith", 1)]})
    assert r["ER_qi"] == 0.5 and r["entities_qi"] == 2
    assert score_tab([doc], {})["ER_di"] == 0.0


def test_tab_entity_labels_are_scored_separately_and_precision_by_token():
    text = "Anna Berg sued Anna Berg Ltd in Oslo yesterday."
    doc = _tab_doc(text, [("Anna Berg", "e1", "DIRECT", "PERSON"),
                          ("Anna Berg", "e1", "QUASI", "PERSON"),
                          ("Oslo", "e2", "NO_MASK", "LOC")])
    first = (0, 9, "X")
    r = score_tab([doc], {"d1": [first, (32, 46, "X")]})  # "Oslo yesterday"
    assert r["entities_di"] == 1 and r["entities_qi"] == 1
    assert r["ER_di"] == 1.0 and r["ER_qi"] == 0.0  # the QUASI mention is unmasked
    # masked tokens: Anna, Berg (gold), Oslo (NO_MASK), yesterday -> 2/4
    assert r["token_precision"] == 0.5
    assert r["token_recall"] == 0.5  # 2 of the 4 gold tokens


@needs_tab
def test_load_tab_splits_and_ids_match_the_test_texts():
    sizes = {s: len(load_tab(TAB, s)) for s in ("train", "dev", "test")}
    assert sizes == {"train": 92, "dev": 21, "test": 31}
    texts = json.loads((TAB / "tab_test127_texts.json").read_text(encoding="utf-8"))
    for doc in load_tab(TAB / "tab_labelled_144.jsonl", "test"):
        assert texts[doc["doc_id"]] == doc["text"]
    with pytest.raises(ValueError):
        load_tab(TAB, "validation")


@needs_tab
@pytest.mark.parametrize("system, expected", [
    # Presidio: our scorer gives 0.492 / 0.744 / 0.727. That matches the numbers quoted in
    # the issue (0.49 / 0.74 / 0.73), NOT the benchmarks README's row (0.43 / 0.75 / 0.75):
    # on the 31 test docs Presidio masks all 31 applicant names and none of the 32 case
    # numbers (DIRECT), so ER_di = 31/63; 0.43 would need 4 more misses.
    ("presidio", {"ER_di": 0.49, "ER_qi": 0.74, "token_precision": 0.73}),
    # spaCy NER: 0.921 / 0.894 / 0.436, matching the benchmarks README (0.91 / 0.89 / 0.44).
    ("spacy", {"ER_di": 0.91, "ER_qi": 0.89, "token_precision": 0.44}),
])
def test_tab_scorer_reproduces_published_baselines(system: str, expected: dict):
    docs = load_tab(TAB, "test")
    spans = load_tab_spans(TAB / "baselines" / f"{system}_spans.json")
    assert {d["doc_id"] for d in docs} <= set(spans)
    r = score_tab(docs, spans)
    assert r["docs"] == 31 and r["entities_di"] == 63
    for metric, value in expected.items():
        assert r[metric] == pytest.approx(value, abs=0.02), metric


# ---------------------------------------------------------------------------------------
# Labelled-set generator
# ---------------------------------------------------------------------------------------

def _check_rows(rows: list[dict]) -> None:
    for row in rows:
        text, spans = row["text"], row["spans"]
        assert text.startswith("AI: ") and "\n\nUser: " in text
        last_end = -1
        for sp in sorted(spans, key=lambda s: s["start"]):
            assert 0 <= sp["start"] < sp["end"] <= len(text)
            assert sp["start"] >= last_end, "gold spans overlap"
            last_end = sp["end"]
            assert sp["kind"] in ("direct", "quasi", "obfuscated", "decoy")
            value = text[sp["start"]:sp["end"]]
            assert value == value.strip() and value


def test_generator_is_deterministic_and_prefix_stable():
    a = generate_labelled(8, seed=11)
    assert a == generate_labelled(8, seed=11)
    assert generate_labelled(3, seed=11) == a[:3]
    assert generate_labelled(3, seed=12) != a[:3]
    _check_rows(a)


def test_generator_covers_the_phenomena():
    rows = generate_labelled(30, seed=5)
    _check_rows(rows)
    phen = {sp["phenomenon"] for r in rows for sp in r["spans"]}
    for p in ("full_name", "first_name_after_intro", "possessive", "lowercase_after_cue",
              "word_name_in_person_context", "interviewer_echo", "email_plain", "profile_url",
              "street_address", "social_handle", "public_figure", "generic_role", "ai_product"):
        assert p in phen, p
    kinds = {sp["kind"] for r in rows for sp in r["spans"]}
    assert kinds == {"direct", "quasi", "obfuscated", "decoy"}
    assert len({r["locale"] for r in rows}) >= 15
    # Possessive spans stop before "'s"; lower-case names really are lower case.
    for r in rows:
        for sp in r["spans"]:
            if sp["phenomenon"] == "possessive":
                assert r["text"][sp["end"]:sp["end"] + 2] == "'s"
            if sp["phenomenon"] == "lowercase_after_cue":
                assert r["text"][sp["start"]:sp["end"]].islower()


def test_checked_in_dev_set_is_exact_and_current():
    rows = load_labelled(DEFAULT_OUT)
    assert DEFAULT_OUT.stat().st_size < 1_000_000
    _check_rows(rows)
    # Regenerate with `python examples/labelled.py` if this fails after a Faker upgrade.
    assert rows == generate_labelled(DEFAULT_N, DEFAULT_SEED)


def test_run_scan_on_texts_drops_types_the_policy_keeps():
    """Kept types are reported by scan but stay in the text: they must not count as masked."""
    from anonymize.evaluate import run_scan_on_texts
    from anonymize.policy import Policy
    from anonymize.scan import build_analyzer

    policy = Policy(version=1, name="t", entities={"PERSON": "keep", "EMAIL_ADDRESS": "label"})
    analyzer = build_analyzer(policy)
    text = "User: Please write to Daniel Hartley at daniel.hartley@example.com today."
    kept = run_scan_on_texts({"a": text}, policy, analyzer=analyzer, include_kept=True)["a"]
    masked = run_scan_on_texts({"a": text}, policy, analyzer=analyzer)["a"]
    email = text.index("daniel.hartley@")
    assert (email, email + len("daniel.hartley@example.com"), "EMAIL_ADDRESS") in masked
    assert any(t == "PERSON" for _, _, t in kept)
    assert all(t != "PERSON" for _, _, t in masked)


_HANDWRITTEN = Path(__file__).resolve().parents[1] / "examples" / "handwritten"


@pytest.fixture(scope="module")
def handwritten_scores() -> dict[str, dict]:
    """Every hand-written set scanned once, with one analyzer, on every core: building an
    analyzer per set and scanning on one core was most of `make test`'s time."""
    from anonymize.evaluate import run_scan_on_texts, score_labelled
    from anonymize.parallel import worker_count

    gold = {name: load_labelled(_HANDWRITTEN / name)
            for name in ["set_a.jsonl", "set_b.jsonl", *sorted(_FLOORS)]}
    texts = {g["transcript_id"]: g["text"] for rows in gold.values() for g in rows}
    assert len(texts) == sum(len(rows) for rows in gold.values()), "transcript ids collide"
    found = run_scan_on_texts(texts, None, workers=worker_count())
    return {name: score_labelled({g["transcript_id"]: found[g["transcript_id"]] for g in rows},
                                 rows)["by_kind"]
            for name, rows in gold.items()}


@pytest.mark.parametrize("name", ["set_a.jsonl", "set_b.jsonl"])
def test_default_policy_on_the_hand_written_sets(name: str, handwritten_scores):
    """A regression guard on phrasings our generator does not produce (see
    examples/handwritten/README.md): the issue's interview targets, with the quasi target
    relaxed to what set B reaches today (0.93; job titles said in free form are the gap).
    Decoys are held to the issue's 0.90: sets A and B label a specific title said before a
    colleague's name ("our quality manager, Kenji Sato") a generic role, sets E-G a job title,
    and the default policy masks it (see the README's choices)."""
    kinds = handwritten_scores[name]
    assert kinds["direct"]["recall"] >= 0.995, kinds["direct"]
    assert kinds["obfuscated"]["recall"] >= 0.98, kinds["obfuscated"]
    assert kinds["decoy"]["survival"] >= 0.90, kinds["decoy"]
    assert kinds["quasi"]["recall"] >= 0.92, kinds["quasi"]


# Sets C-I: floors a little under what they reach today (README of examples/handwritten), so
# a change that loses ground on them fails; the targets are not met on D-I.
_FLOORS = {"set_c.jsonl": (0.99, 0.98, 0.95, 0.95), "set_d.jsonl": (0.97, 0.99, 0.97, 0.93),
           "set_e.jsonl": (0.98, 0.95, 0.94, 0.95), "set_f.jsonl": (0.99, 0.99, 0.94, 0.96),
           "set_g.jsonl": (0.99, 0.98, 0.95, 0.97), "set_h.jsonl": (0.98, 0.98, 0.92, 0.91),
           "set_i.jsonl": (0.95, 0.99, 0.93, 0.83), "set_j.jsonl": (0.99, 0.99, 0.94, 0.87),
           "set_k.jsonl": (0.98, 0.99, 0.95, 0.96), "set_l.jsonl": (0.97, 0.94, 0.90, 0.98),
           "set_m.jsonl": (0.97, 0.95, 0.95, 0.96), "set_n.jsonl": (0.98, 0.99, 0.94, 0.90),
           "set_o.jsonl": (0.97, 0.99, 0.97, 0.95), "set_p.jsonl": (0.98, 0.99, 0.96, 0.94),
           "set_q.jsonl": (0.99, 0.99, 0.97, 0.89), "set_r.jsonl": (0.98, 0.99, 0.97, 0.96),
           "set_s.jsonl": (0.99, 0.99, 0.97, 0.90), "set_t.jsonl": (0.98, 0.99, 0.97, 0.89),
           "set_u.jsonl": (0.99, 0.99, 0.94, 0.92), "set_v.jsonl": (0.97, 0.89, 0.91, 0.89),
           "set_w.jsonl": (0.98, 0.94, 0.94, 0.89), "set_x.jsonl": (0.97, 0.99, 0.92, 0.91),
           "set_y.jsonl": (0.98, 0.99, 0.93, 0.93), "set_z.jsonl": (0.99, 0.99, 0.95, 0.93),
           "set_aa.jsonl": (0.99, 0.99, 0.88, 0.93), "set_ab.jsonl": (0.99, 0.93, 0.89, 0.92),
           "set_ac.jsonl": (0.99, 0.99, 0.93, 0.94), "set_ad.jsonl": (0.99, 0.99, 0.92, 0.92),
           "set_ae.jsonl": (0.98, 0.99, 0.89, 0.92), "set_af.jsonl": (0.99, 0.95, 0.94, 0.93),
           "set_ag.jsonl": (0.99, 0.99, 0.93, 0.95), "set_ah.jsonl": (0.99, 0.99, 0.94, 0.95),
           "set_ai.jsonl": (0.99, 0.99, 0.94, 0.94), "set_aj.jsonl": (0.99, 0.99, 0.92, 0.93),
           "set_ak.jsonl": (0.99, 0.99, 0.95, 0.93), "set_al.jsonl": (0.99, 0.89, 0.91, 0.95),
           "set_am.jsonl": (0.98, 0.93, 0.93, 0.93), "set_an.jsonl": (0.99, 0.99, 0.89, 0.92),
           "set_ao.jsonl": (0.99, 0.99, 0.93, 0.89), "set_ap.jsonl": (0.99, 0.99, 0.92, 0.95),
           "set_aq.jsonl": (0.98, 0.95, 0.93, 0.96), "set_ar.jsonl": (0.97, 0.99, 0.94, 0.89),
           "set_as.jsonl": (0.95, 0.97, 0.89, 0.91), "set_at.jsonl": (0.96, 0.96, 0.90, 0.89),
           "set_au.jsonl": (0.99, 0.99, 0.95, 0.95), "set_av.jsonl": (0.98, 0.95, 0.91, 0.92),
           "set_aw.jsonl": (0.98, 0.99, 0.92, 0.95), "set_ax.jsonl": (0.99, 0.95, 0.93, 0.95),
           "set_ay.jsonl": (0.99, 0.95, 0.88, 0.94), "set_az.jsonl": (0.98, 0.99, 0.92, 0.93),
           "set_ba.jsonl": (0.99, 0.95, 0.90, 0.95), "set_bb.jsonl": (0.98, 0.95, 0.93, 0.90),
           "set_bc.jsonl": (0.99, 0.94, 0.91, 0.94), "set_bd.jsonl": (0.99, 0.95, 0.92, 0.95),
           "set_be.jsonl": (0.99, 0.95, 0.93, 0.95), "set_bf.jsonl": (0.99, 0.95, 0.89, 0.91),
           "set_bg.jsonl": (0.99, 0.95, 0.91, 0.91), "set_bh.jsonl": (0.98, 0.99, 0.90, 0.90),
           "set_bi.jsonl": (0.98, 0.99, 0.93, 0.93), "set_bj.jsonl": (0.95, 0.99, 0.91, 0.92),
           # BK, BL, BM, BN: blind, first scored at be803b4 (BK 0.972 / 0.670 / 0.918 / 0.897), 55fca66
           # (BL 0.967 / 0.879 / 0.840 / 0.894), 66a0932 (BM 0.956 / 0.873 / 0.929 / 0.873) and c291406
           # (BN 0.977 / 0.912 / 1.000 / 0.902); floors at the level their fixes reached
           "set_bk.jsonl": (0.98, 0.91, 0.90, 0.85), "set_bl.jsonl": (0.96, 0.91, 0.91, 0.92),
           "set_bm.jsonl": (0.95, 0.92, 0.89, 0.90), "set_bn.jsonl": (0.98, 0.99, 0.91, 0.91),
           # BO, BP: blind, first scored at 422f2c8 (BO 0.959 / 0.929 / 1.000 / 0.930) and a2efb1e
           # (BP 0.948 / 0.853 / 1.000 / 0.955); floors at the level their fixes reached
           "set_bo.jsonl": (0.98, 0.99, 0.94, 0.95), "set_bp.jsonl": (0.99, 0.99, 0.95, 0.86),
           # BQ, BR: blind, both first scored at 6309b03 (BQ 0.964 / 0.941 / 1.000 / 0.956, BR 0.949 /
           # 0.856 / 1.000 / 0.929); floors at the level their fixes reached
           "set_bq.jsonl": (0.99, 0.99, 0.95, 0.94), "set_br.jsonl": (0.98, 0.99, 0.93, 0.90),
           # BS, BT: blind, both first scored at c96d845 (BS 0.971 / 0.853 / 1.000 / 0.863, BT 0.963 /
           # 0.939 / 1.000 / 0.885); floors at the level their fixes reached
           "set_bs.jsonl": (0.98, 0.99, 0.87, 0.95), "set_bt.jsonl": (0.99, 0.99, 0.89, 0.95),
           # BU: blind, first scored at e6b5806 (0.940 / 0.834 / 0.950 / 0.903); floors at the level
           # the sixteenth and seventeenth sessions' fixes reached (0.993 / 0.917 / 0.950 / 0.917)
           "set_bu.jsonl": (0.99, 0.95, 0.91, 0.91),
           # BV, BW: blind, both first scored at 284c520 (BV 0.943 / 0.841 / 0.840 / 0.954, BW 0.943 /
           # 0.876 / 0.900 / 0.926); floors at the level their fixes reached
           "set_bv.jsonl": (0.97, 0.96, 0.95, 0.86), "set_bw.jsonl": (0.98, 0.96, 0.93, 0.91),
           # BX, BY: blind, both first scored at aa9d613 (BX 0.950 / 0.910 / 0.885 / 0.948, BY 0.940 /
           # 0.882 / 1.000 / 0.969); floors at the level their fixes reached
           "set_bx.jsonl": (0.98, 0.96, 0.96, 0.92), "set_by.jsonl": (0.97, 0.99, 0.97, 0.90),
           # BZ, CA: blind, both first scored at da1d26d (BZ 0.905 / 0.910 / 0.944 / 0.958, CA 0.958 /
           # 0.893 / 0.964 / 0.904); floors at the level their fixes reached
           "set_bz.jsonl": (0.95, 0.99, 0.96, 0.92), "set_ca.jsonl": (0.96, 0.96, 0.91, 0.89),
           # CB, CC: blind, both first scored at a55ec30 (CB 0.938 / 0.923 / 1.000 / 0.945, CC 0.964 /
           # 0.906 / 1.000 / 0.954); floors at the level their fixes reached
           "set_cb.jsonl": (0.99, 0.99, 0.94, 0.92), "set_cc.jsonl": (0.97, 0.99, 0.95, 0.90),
           # CD, CE: blind, both first scored at 7405e13 (CD 0.946 / 0.839 / 1.000 / 0.968, CE 0.895 /
           # 0.847 / 0.962 / 0.974); floors at the level their fixes reached
           "set_cd.jsonl": (0.96, 0.99, 0.96, 0.83), "set_ce.jsonl": (0.94, 0.96, 0.97, 0.84),
           # CF, CG: blind, both first scored at 1f14d0c (CF 0.986 / 0.915 / 0.900 / 0.952, CG 0.974 /
           # 0.875 / 0.909 / 0.962); floors at the level their fixes reached
           "set_cf.jsonl": (0.99, 0.99, 0.95, 0.92), "set_cg.jsonl": (0.99, 0.99, 0.96, 0.88),
           # CH, CI: blind, both first scored at 64c7334 (CH 0.968 / 0.909 / 1.000 / 0.949, CI 0.977 /
           # 0.869 / 1.000 / 0.938); floors at the level their fixes reached
           "set_ch.jsonl": (0.99, 0.99, 0.94, 0.91), "set_ci.jsonl": (0.98, 0.99, 0.93, 0.87)}


@pytest.mark.parametrize("name", sorted(_FLOORS))
def test_default_policy_on_the_later_hand_written_sets(name: str, handwritten_scores):
    direct, obfuscated, decoys, quasi = _FLOORS[name]
    kinds = handwritten_scores[name]
    assert kinds["direct"]["recall"] >= direct, kinds["direct"]
    assert kinds["obfuscated"]["recall"] >= obfuscated, kinds["obfuscated"]
    assert kinds["decoy"]["survival"] >= decoys, kinds["decoy"]
    assert kinds["quasi"]["recall"] >= quasi, kinds["quasi"]
