"""The gate: fails on raw data, passes on sanitized data, fails closed, never quotes."""

from __future__ import annotations

import json

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
