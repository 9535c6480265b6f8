"""The whole pipeline through the CLI: planted personal data never reaches an artifact,
the release is deterministic, audit catches every tampering, and bad input fails cleanly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.conftest import PLANTED, PLANTED_IN_TEXT, artifact_texts, run_cli, write_corpus


def _assert_no_planted(texts: dict[str, str]) -> None:
    for name, text in texts.items():
        low = text.lower()
        for value in PLANTED:
            assert value.lower() not in low, f"planted value found in {name}"


def test_every_command_leaks_nothing(tmp_path, corpus, key_file, capsys):
    outputs = []
    code, o, e = run_cli(capsys, "scan", corpus, "--out", tmp_path / "w" / "findings.jsonl")
    assert code == 0
    outputs += [o, e]
    code, o, e = run_cli(capsys, "anonymize", corpus, "--out", tmp_path / "w" / "clean.parquet",
                         "--key-file", key_file, "--evidence", tmp_path / "w" / "evidence.json")
    assert code == 0
    outputs += [o, e]
    code, o, e = run_cli(capsys, "validate", tmp_path / "w" / "clean.parquet",
                         "--report-dir", tmp_path / "w" / "report", "--evidence", tmp_path / "w" / "evidence.json",
                         "--original", corpus, "--key-file", key_file, "--require-all")
    assert code == 0, o + e
    assert "canary recall" in o
    outputs += [o, e]
    code, o, e = run_cli(capsys, "release", corpus, "--out", tmp_path / "rel", "--key-file", key_file)
    assert code == 0, o + e
    outputs += [o, e]
    code, o, e = run_cli(capsys, "audit", tmp_path / "rel")
    assert code == 0, o + e
    outputs += [o, e]

    # Something was really written everywhere we grep.
    texts = artifact_texts(tmp_path / "w") | artifact_texts(tmp_path / "rel")
    texts |= {str(p): p.read_text() for p in tmp_path.glob("*.quarantine.jsonl")}
    assert any("findings.jsonl" in k for k in texts)
    assert any("quarantine" in k for k in texts)
    for report in ("validation.json", "junit.xml", "leaks.sarif", "evidence.json", "data_docs/index.html"):
        assert any(k.endswith(report) for k in texts), report
    assert any("/data_docs/validations/" in k for k in texts)
    assert sum(len(v) for v in texts.values()) > 2000
    _assert_no_planted(texts)
    _assert_no_planted({f"output {i}": s for i, s in enumerate(outputs)})

    # The run said what it quarantined and why, by source, without the text.
    quarantine = [json.loads(x) for x in (tmp_path / "w" / "clean.parquet.quarantine.jsonl").read_text().splitlines()]
    assert {q["source"] for q in quarantine} == {"interviews.jsonl:4", "interviews.jsonl:5"}
    assert any("duplicate" in q["reason"] for q in quarantine)
    assert "quarantined" in outputs[3]


def test_release_rows_ids_and_speaker_labels(tmp_path, corpus, key_file, capsys):
    code, _, _ = run_cli(capsys, "release", corpus, "--out", tmp_path / "rel", "--key-file", key_file)
    assert code == 0
    table = pq.read_table(tmp_path / "rel" / "data" / "train-00000-of-00001.parquet").to_pylist()
    assert [r["transcript_id"] for r in table] == ["t-1", "t-2", "t-3"]
    assert set(table[0]) == {"transcript_id", "text"}  # the interviewer column was dropped
    for row in table:
        turns = row["text"].split("\n\n")
        assert all(t.startswith(("AI: ", "User: ")) for t in turns)
    # Harmless content survives; the age is generalized, not removed.
    assert "ChatGPT" in table[0]["text"] and "Claude" in table[2]["text"]
    assert "40-49" in table[2]["text"]
    files = sorted(p.relative_to(tmp_path / "rel").as_posix() for p in (tmp_path / "rel").rglob("*") if p.is_file())
    assert files == ["DATASHEET.md", "README.md", "SHA256SUMS", "allow/public_figures.txt", "allow/software.txt",
                     "croissant.json",
                     "data/train-00000-of-00001.parquet", "policy.yaml", "provenance.intoto.jsonl",
                     "validation.json"]
    card = (tmp_path / "rel" / "README.md").read_text()
    assert "config_name: default" in card and "num_examples: 3" in card


def test_pseudonyms_are_consistent_across_transcripts_and_runs(tmp_path, corpus, key_file, capsys):
    for name in ("a", "b"):
        assert run_cli(capsys, "anonymize", corpus, "--out", tmp_path / f"{name}.parquet",
                       "--key-file", key_file)[0] == 0
    a = pq.read_table(tmp_path / "a.parquet").column("text").to_pylist()
    b = pq.read_table(tmp_path / "b.parquet").column("text").to_pylist()
    assert a == b
    from anonymize.operators import surrogate

    fake = surrogate("PERSON", "Sarah Whitfield", key_file.read_bytes().strip())
    assert fake in a[0] and fake in a[1]  # the same manager in two transcripts


def test_release_is_byte_identical_for_same_inputs(tmp_path, corpus, key_file, capsys):
    for name in ("r1", "r2"):
        assert run_cli(capsys, "release", corpus, "--out", tmp_path / name, "--key-file", key_file)[0] == 0
    files1 = {p.relative_to(tmp_path / "r1"): p.read_bytes() for p in (tmp_path / "r1").rglob("*") if p.is_file()}
    files2 = {p.relative_to(tmp_path / "r2"): p.read_bytes() for p in (tmp_path / "r2").rglob("*") if p.is_file()}
    assert files1 == files2


@pytest.fixture(scope="module")
def released(tmp_path_factory) -> Path:
    from release.pipeline import release

    tmp = tmp_path_factory.mktemp("audit")
    corpus = write_corpus(tmp / "in.jsonl")
    (tmp / "k").write_text("a-test-key-of-sufficient-length")
    outcome = release(corpus, tmp / "rel", key_file=tmp / "k")
    assert outcome.released
    return tmp / "rel"


def _audit_code(path: Path) -> int:
    from release.audit import audit

    return audit(path).exit_code


def test_audit_fails_on_any_changed_byte_added_or_removed_file(released, tmp_path, monkeypatch):
    """The checksums and figures alone must catch each change: the leakage gate (a re-scan,
    most of an audit's time) is replaced by a pass once the untouched release has passed it."""
    import shutil

    from validation.gate import GateResult

    assert _audit_code(released) == 0
    monkeypatch.setattr("release.audit.run_gate", lambda inputs: GateResult("pass"))
    files = [p.relative_to(released) for p in released.rglob("*") if p.is_file()]
    assert len(files) == 10  # the eight release files and the policy's two allow-list files
    for rel in files:
        size = (released / rel).stat().st_size
        for pos in sorted({0, size // 2, size - 1}):
            copy = tmp_path / f"c-{rel.name}-{pos}"
            shutil.copytree(released, copy)
            data = bytearray((copy / rel).read_bytes())
            data[pos] ^= 0x01
            (copy / rel).write_bytes(bytes(data))
            assert _audit_code(copy) == 1, f"byte {pos} of {rel} changed, audit passed"
        removed = tmp_path / f"rm-{rel.name}"
        shutil.copytree(released, removed)
        (removed / rel).unlink()
        assert _audit_code(removed) != 0, f"{rel} removed, audit passed"
    added = tmp_path / "added"
    shutil.copytree(released, added)
    (added / "data" / "extra.txt").write_text("x")
    assert _audit_code(added) == 1


def test_release_refused_when_validation_fails(tmp_path, corpus, capsys):
    policy = tmp_path / "leaky.yaml"
    policy.write_text("version: 1\nname: leaky\nentities:\n  EMAIL_ADDRESS: keep\n  PERSON: label\n")
    code, out, err = run_cli(capsys, "release", corpus, "--out", tmp_path / "rel", "--policy", policy)
    assert code == 1
    assert not (tmp_path / "rel").exists()
    assert "suite patterns: FAIL" in out
    assert "t-1" in out  # names the transcript, not the value
    assert "brightwave" not in (out + err).lower()
    report = (tmp_path / "rel.gate" / "validation.json").read_text()
    assert "brightwave" not in report.lower() and '"status": "fail"' in report
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".rel")]  # no staging left


def test_release_refuses_existing_folder_without_force(tmp_path, corpus, key_file, capsys):
    (tmp_path / "rel").mkdir()
    (tmp_path / "rel" / "keep.txt").write_text("mine")
    code, _, err = run_cli(capsys, "release", corpus, "--out", tmp_path / "rel")
    assert code == 2 and "--force" in err
    assert (tmp_path / "rel" / "keep.txt").read_text() == "mine"
    code, _, _ = run_cli(capsys, "release", corpus, "--out", tmp_path / "rel", "--force", "--key-file", key_file)
    assert code == 0 and not (tmp_path / "rel" / "keep.txt").exists()


@pytest.mark.parametrize("make_input, expected", [
    (lambda d: d / "missing.jsonl", "missing.jsonl"),
    (lambda d: (d / "x.docx").write_text("hi") and d / "x.docx", "x.docx"),
    (lambda d: (d / "bad.parquet").write_bytes(b"not parquet at all") and d / "bad.parquet", "bad.parquet"),
    (lambda d: (d / "empty").mkdir() or d / "empty", "empty"),
])
def test_bad_input_is_a_clear_error_not_a_traceback(tmp_path, capsys, make_input, expected):
    path = make_input(tmp_path)
    code, out, err = run_cli(capsys, "anonymize", path, "--out", tmp_path / "o.parquet")
    assert code == 2
    assert expected in err and "Traceback" not in out + err
    assert len(err.strip().splitlines()) <= 3


def test_bad_policy_names_the_key(tmp_path, corpus, capsys):
    policy = tmp_path / "p.yaml"
    policy.write_text("version: 1\nname: x\nentities:\n  PERSON: obliterate\nsurprise: 1\n")
    code, _, err = run_cli(capsys, "scan", corpus, "--out", tmp_path / "f.jsonl", "--policy", policy)
    assert code == 2
    assert "entities.PERSON" in err and "surprise" in err and "Traceback" not in err


def test_all_input_formats_and_column_options(tmp_path, key_file, capsys):
    import csv

    import pyarrow as pa

    from tests.conftest import TEXTS

    (tmp_path / "txt").mkdir()
    for i, t in enumerate(TEXTS):
        (tmp_path / "txt" / f"doc{i}.txt").write_text(t)
    with (tmp_path / "in.csv").open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["doc", "body"])
        for i, t in enumerate(TEXTS):
            w.writerow([f"d{i}", t])
    (tmp_path / "pq").mkdir()
    pq.write_table(pa.table({"doc": ["d0", "d1"], "body": TEXTS[:2]}), tmp_path / "pq" / "a.parquet")
    pq.write_table(pa.table({"doc": ["d2"], "body": TEXTS[2:]}), tmp_path / "pq" / "b.parquet")
    cases = [(tmp_path / "txt", [], ["doc0", "doc1", "doc2"]),
             (tmp_path / "in.csv", ["--id-column", "doc", "--text-column", "body"], ["d0", "d1", "d2"]),
             (tmp_path / "pq", ["--id-column", "doc", "--text-column", "body"], ["d0", "d1", "d2"])]
    for src, opts, ids in cases:
        out = tmp_path / f"{src.name}.parquet"
        code, o, e = run_cli(capsys, "anonymize", src, "--out", out, "--key-file", key_file, *opts)
        assert code == 0, e
        table = pq.read_table(out)
        assert table.column("transcript_id").to_pylist() == ids
        assert not any("Daniel Hartley" in t for t in table.column("text").to_pylist())


def test_passthrough_columns_follow_the_policy(tmp_path, corpus, key_file, capsys):
    policy = tmp_path / "p.yaml"
    policy.write_text((Path(__file__).parents[1] / "policies" / "default.yaml").read_text()
                      .replace("passthrough: []", "passthrough: [interviewer]"))
    shutil.copytree(Path(__file__).parents[1] / "policies" / "allow", tmp_path / "allow")  # its lists
    code, out, _ = run_cli(capsys, "anonymize", corpus, "--out", tmp_path / "o.parquet",
                           "--policy", policy, "--key-file", key_file)
    assert code == 0
    assert pq.read_table(tmp_path / "o.parquet").column_names == ["transcript_id", "text", "interviewer"]
    code, out, _ = run_cli(capsys, "anonymize", corpus, "--out", tmp_path / "o2.parquet", "--key-file", key_file)
    assert "interviewer" in out and "dropped" in out


def test_random_key_warns(tmp_path, corpus, capsys, monkeypatch):
    monkeypatch.delenv("CLEARANCE_KEY", raising=False)
    code, _, err = run_cli(capsys, "anonymize", corpus, "--out", tmp_path / "o.parquet")
    assert code == 0 and "random key" in err


def test_short_key_is_refused(tmp_path, corpus, capsys, monkeypatch):
    monkeypatch.setenv("CLEARANCE_KEY", "short")
    code, _, err = run_cli(capsys, "anonymize", corpus, "--out", tmp_path / "o.parquet")
    assert code == 2 and "CLEARANCE_KEY" in err and "short" not in err.replace("CLEARANCE_KEY", "")
