"""The gate: fails on raw data, passes on sanitized data, fails closed, never quotes."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from tests.conftest import PLANTED, TEXTS, run_cli


def _parquet(path, ids, texts):
    pq.write_table(pa.table({"transcript_id": ids, "text": texts}), path)
    return path


def test_raw_transcripts_fail_and_report_names_ids_only(tmp_path, capsys):
    data = _parquet(tmp_path / "raw.parquet", ["t-1", "t-2", "t-3"], TEXTS)
    code, out, err = run_cli(capsys, "validate", data, "--report-dir", tmp_path / "rep")
    assert code == 1
    assert "suite patterns: FAIL" in out and "validation: fail" in out
    report = json.loads((tmp_path / "rep" / "validation.json").read_text())
    assert report["status"] == "fail"
    checks = {e["check"]: e for s in report["suites"] for e in s["expectations"]}
    assert checks["email"]["transcript_ids"] == ["t-1"]
    assert checks["us_ssn"]["transcript_ids"] == ["t-2"]
    assert checks["email"]["success"] is False and checks["id_unique"]["success"] is True
    blob = json.dumps(report) + out + err
    for value in PLANTED:
        assert value not in blob


def test_structure_suite_catches_duplicates_and_empty_text(tmp_path, capsys):
    data = _parquet(tmp_path / "d.parquet", ["a", "a", "b"], ["fine", "also fine", ""])
    code, out, _ = run_cli(capsys, "validate", data)
    assert code == 1 and "structure" in out
    assert "id_unique" in out and "text_not_empty" in out


def test_clean_data_passes(tmp_path, capsys):
    data = _parquet(tmp_path / "d.parquet", ["a", "b"], ["User: I use [ORGANIZATION_1] tools.", "AI: Since 2021?"])
    code, out, _ = run_cli(capsys, "validate", data)
    assert code == 0 and "validation: pass" in out


def test_gate_fails_closed(tmp_path, capsys):
    data = _parquet(tmp_path / "d.parquet", ["a"], ["clean text"])
    (tmp_path / "empty").mkdir()
    assert run_cli(capsys, "validate", data, "--suites", tmp_path / "empty")[0] == 2
    assert run_cli(capsys, "validate", data, "--suites", tmp_path / "nope")[0] == 2
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "s.json").write_text("{not json")
    assert run_cli(capsys, "validate", data, "--suites", tmp_path / "broken")[0] == 2
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "s.json").write_text(json.dumps({"name": "s", "expectations": [
        {"type": "expect_column_values_to_not_match_regex", "kwargs": {"column": "no_such_column", "regex": "x"}}]}))
    code, out, err = run_cli(capsys, "validate", data, "--suites", tmp_path / "bad")
    assert code == 2, out + err
    (tmp_path / "junk.parquet").write_bytes(b"PAR1 not really")
    assert run_cli(capsys, "validate", tmp_path / "junk.parquet")[0] == 2
    assert run_cli(capsys, "validate", tmp_path / "missing.parquet")[0] == 2


def test_gate_on_demo_corpus_raw_fails_sanitized_passes(tmp_path, capsys):
    """The issue's acceptance: raw interviews fail naming the suites; the same corpus
    after `anonymize --evidence` passes with --evidence and --original; canary recall is
    printed and recorded; SARIF and JUnit are well-formed and carry no text."""
    import xml.etree.ElementTree as ET

    from tests.conftest import ROOT

    demo = ROOT / "examples" / "transcripts.jsonl"
    key = ROOT / "examples" / "demo.key"
    rows = [json.loads(x) for x in demo.read_text().splitlines()]
    raw = _parquet(tmp_path / "raw.parquet", [r["transcript_id"] for r in rows], [r["text"] for r in rows])
    code, out, _ = run_cli(capsys, "validate", raw, "--report-dir", tmp_path / "raw-report")
    assert code == 1
    assert "suite patterns: FAIL" in out and "suite rescan: FAIL" in out

    clean, evidence = tmp_path / "clean.parquet", tmp_path / "evidence.json"
    assert run_cli(capsys, "anonymize", demo, "--out", clean, "--key-file", key, "--evidence", evidence)[0] == 0
    code, out, err = run_cli(capsys, "validate", clean, "--evidence", evidence, "--original", demo,
                             "--key-file", key, "--report-dir", tmp_path / "rep", "--require-all")
    assert code == 0, out + err
    assert "canary recall: " in out
    report = json.loads((tmp_path / "rep" / "validation.json").read_text())
    assert report["status"] == "pass" and report["canary"]["injected"] >= 100
    assert report["canary"]["recall"] >= 0.99
    assert {s["name"] for s in report["suites"] if not s["skipped"]} == {
        "patterns", "forbidden_values", "rescan", "canary_recall", "structure", "structure_vs_original"}
    ET.parse(tmp_path / "rep" / "junit.xml")
    sarif = json.loads((tmp_path / "rep" / "leaks.sarif").read_text())
    assert sarif["version"] == "2.1.0"
    raw_sarif = json.loads((tmp_path / "raw-report" / "leaks.sarif").read_text())
    located = [r for r in raw_sarif["runs"][0]["results"] if "locations" in r]
    assert located and all("physicalLocation" in r["locations"][0] or "logicalLocations" in r["locations"][0]
                           for r in located)
    first_texts = " ".join(r["text"] for r in rows[:3])
    for name in ("Kelly Vaughn", "Lawson-Ellis"):
        assert name in first_texts
        for f in list((tmp_path / "rep").rglob("*")) + list((tmp_path / "raw-report").rglob("*")):
            if f.is_file() and f.suffix in (".json", ".xml", ".sarif", ".html"):
                assert name not in f.read_text(errors="replace"), f

    # A different key cannot be used with this evidence: exit 2, not a pass.
    other = tmp_path / "other.key"
    other.write_text("another-key-of-sufficient-length")
    code, _, err = run_cli(capsys, "validate", clean, "--evidence", evidence, "--key-file", other)
    assert code == 2 and "different key" in err


def test_forbidden_values_catch_a_value_left_elsewhere(tmp_path, capsys, key_file):
    from validation.evidence import Evidence

    key = key_file.read_bytes().strip()
    ev = Evidence.for_key(key)
    ev.add(key, "Zanele Mokoena", "Jane Doe")
    ev.save(tmp_path / "e.json")
    data = _parquet(tmp_path / "d.parquet", ["a", "b"], ["User: Jane Doe said hi.", "User: ZANELE MOKOENA's team."])
    code, out, _ = run_cli(capsys, "validate", data, "--evidence", tmp_path / "e.json", "--key-file", key_file)
    assert code == 1 and "suite forbidden_values: FAIL" in out and "b" in out
    assert "Zanele" not in (tmp_path / "e.json").read_text()


def test_pre_commit_hook_blocks_leaky_data(tmp_path):
    """The shipped hook refuses a commit that stages leaky released data."""
    import os
    import shutil
    import subprocess
    import sys

    from tests.conftest import ROOT

    repo = tmp_path / "repo"
    (repo / "release" / "data").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    _parquet(repo / "release" / "data" / "d.parquet", ["a"], ["User: mail me at leaky.person@corp-mail.com"])
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    hook = shutil.copy(ROOT / "examples" / "ci" / "pre-commit-hook.sh", repo / "hook.sh")
    proc = subprocess.run(["bash", hook], cwd=repo, env=env, capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    assert "refused" in proc.stderr and "leaky.person" not in proc.stdout + proc.stderr
