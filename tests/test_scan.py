"""Scan stage on the real analyzer: offsets, speaker labels, long transcripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anonymize.policy import load_policy
from anonymize.scan import build_analyzer, chunk_spans, scan_text, speaker_label_spans


@pytest.fixture(scope="module")
def policy():
    return load_policy().policy


@pytest.fixture(scope="module")
def analyzer(policy):
    return build_analyzer(policy)


def test_offsets_point_at_the_text_as_read(analyzer, policy):
    text = "User: Ça va — my name is Daniel Hartley, email daniel.hartley@example-corp.com 🙂 ok"
    found = {(text[f.start:f.end], f.entity_type) for f in scan_text(analyzer, text, policy)}
    assert ("Daniel Hartley", "PERSON") in found
    assert ("daniel.hartley@example-corp.com", "EMAIL_ADDRESS") in found


def test_speaker_labels_are_never_findings(analyzer, policy):
    # Labels that look like names or orgs to NER, at the start of turns.
    text = ("Interviewer: Hello.\n\nParticipant: Hi.\n\nAI: Who?\n\nUser: Jordan Ellis here.\n"
            "Assistant : fine")
    labels = speaker_label_spans(text, policy.detection.speaker_labels)
    assert len(labels) == 5
    for f in scan_text(analyzer, text, policy):
        for s, e in labels:
            assert f.end <= s or f.start >= e, f"finding overlaps label {text[s:e]!r}"


def test_label_word_mid_sentence_is_not_a_label(policy):
    assert speaker_label_spans("I asked the User: no.", policy.detection.speaker_labels) == []


def test_chunks_cover_text_exactly_and_align_to_newlines():
    text = ("line of text number x\n" * 500) + ("y" * 3000)
    spans = list(chunk_spans(text, 1000))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(e - s <= 1000 for s, e in spans)
    assert all(text[e - 1] == "\n" for s, e in spans[:-4])


def test_transcript_longer_than_spacy_max_length(analyzer, policy):
    nlp = analyzer.nlp_engine.nlp["en"]
    small = policy.model_copy(update={"detection": policy.detection.model_copy(update={"chunk_chars": 2000})})
    old = nlp.max_length
    nlp.max_length = 5000  # stand-in for the 1,000,000 limit, to keep the test fast
    try:
        filler = "User: I mostly use it for summaries and nothing else really.\n" * 300
        text = filler + "User: Email me at jordan.ellis@acme-widgets.com please.\n" + filler
        assert len(text) > 5 * nlp.max_length
        findings = scan_text(analyzer, text, small)
    finally:
        nlp.max_length = old
    emails = [text[f.start:f.end] for f in findings if f.entity_type == "EMAIL_ADDRESS"]
    assert emails == ["jordan.ellis@acme-widgets.com"]


def test_scan_cli_writes_offsets_not_text(tmp_path, corpus, capsys):
    from tests.conftest import run_cli

    code, _, _ = run_cli(capsys, "scan", corpus, "--out", tmp_path / "f.jsonl")
    assert code == 0
    rows = [json.loads(x) for x in (tmp_path / "f.jsonl").read_text().splitlines()]
    assert rows and set(rows[0]) == {"transcript_id", "start", "end", "entity_type", "score", "recognizer"}
    texts = {json.loads(x)["transcript_id"]: json.loads(x)["text"]
             for x in corpus.read_text().splitlines()[:3]}
    persons = {texts[r["transcript_id"]][r["start"]:r["end"]] for r in rows if r["entity_type"] == "PERSON"}
    assert "Daniel Hartley" in persons and "Sarah Whitfield" in persons


def test_run_summary_counts_what_the_allow_list_kept(tmp_path):
    from release.pipeline import scan

    src = tmp_path / "in.jsonl"
    src.write_text('{"transcript_id": "t1", "text": "User: I use ChatGPT and Claude daily, and Sam Altman '
                   'says a lot. My colleague Priya Raman agrees."}\n', encoding="utf-8")
    summary = scan(src, tmp_path / "f.jsonl")
    assert summary.allow_list_kept >= 2  # at least the products and the public figure the model read as names
    assert summary.to_dict()["allow_list_kept"] == summary.allow_list_kept
    assert summary.by_type  # Priya Raman is still found


_SCAN_TWO = """
import json, sys
from anonymize.policy import load_policy
from anonymize.scan import build_analyzer, scan_text
p = load_policy(None).policy
a = build_analyzer(p)
rows = [json.loads(l)["text"] for l in open("examples/handwritten/set_i.jsonl", encoding="utf-8")]
for t in rows:
    print([(f.start, f.end, f.entity_type, f.score, f.recognizer) for f in scan_text(a, t, p)])
"""


def test_findings_do_not_depend_on_the_hash_seed():
    """Same input, policy and key must give a byte-identical release in any process: where
    several readings of one value compete, the winner may not follow set order."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    outs = {subprocess.run([sys.executable, "-c", _SCAN_TWO], cwd=root, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1


def test_workers_give_the_same_findings_in_the_same_order(analyzer, policy):
    """Detection is per transcript, so the pool of forked workers changes nothing but time."""
    from anonymize.parallel import Scanner

    texts = [json.loads(line)["text"] for line in (Path(__file__).resolve().parents[1] / "examples" / "transcripts.jsonl").open(encoding="utf-8")][:6]
    with Scanner(analyzer, policy, workers=1) as one, Scanner(analyzer, policy, workers=2) as two:
        sequential, forked = one.scan(texts), two.scan(texts)
        assert two._pool is not None  # the second really ran on workers
    assert forked == sequential and all(isinstance(o, tuple) and o[0] for o in forked)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_row_whose_scan_fails_is_quarantined_not_dropped(tmp_path, monkeypatch, workers):
    """The row goes to the quarantine with the exception's class only (its message may quote
    the text); the others are scanned; on one core and on a pool of workers alike."""
    import anonymize.parallel
    from release.pipeline import scan

    real = anonymize.parallel.scan_text

    def failing(analyzer, text, policy, kept=None):
        if "Zebulon" in text:
            raise RuntimeError(f"cannot scan {text}")
        return real(analyzer, text, policy, kept)

    monkeypatch.setattr(anonymize.parallel, "scan_text", failing)
    monkeypatch.setenv("CLEARANCE_WORKERS", workers)
    rows = [{"transcript_id": f"t{i}", "text": f"User: I work with Priya Raman, number {i}."} for i in range(4)]
    rows.insert(2, {"transcript_id": "bad", "text": "User: My name is Zebulon Quartermaine."})
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    summary = scan(src, tmp_path / "findings.jsonl")
    assert summary.rows_in == 5 and summary.rows_out == 4
    assert [q["transcript_id"] for q in summary.quarantined] == ["bad"]
    assert summary.quarantined[0]["reason"] == "scan failed (RuntimeError)"
    found = [json.loads(line) for line in (tmp_path / "findings.jsonl").open()]
    assert {f["transcript_id"] for f in found} == {"t0", "t1", "t2", "t3"}
    assert "Zebulon" not in json.dumps(summary.to_dict()) + json.dumps(summary.quarantined)
