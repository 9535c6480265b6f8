"""Tests for anonymize/io.py: bounded batch reading of JSONL/CSV/Parquet/.txt input and the
deterministic, statistics-free ParquetSink."""

from __future__ import annotations

import csv
import json
import struct
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from anonymize.errors import ClearanceError, InputError
from anonymize.io import InputInfo, ParquetSink, Rejected, Row, read_rows
from anonymize.policy import Columns

# Planted in the text of every bad row: it must never reach a Rejected's fields, since
# reasons and sources end up in the quarantine report and in CI logs.
SECRET = "ZQXSECRETPRIYA"


def read_all(path, columns=None, info=None, batch_rows=64):
    batches = list(read_rows(path, columns or Columns(), info, batch_rows))
    return batches, [item for b in batches for item in b]


def rows_of(items):
    return [i for i in items if isinstance(i, Row)]


def rejected_of(items):
    return [i for i in items if isinstance(i, Rejected)]


def assert_no_secret(items):
    for r in rejected_of(items):
        for value in (r.source, r.transcript_id, r.reason, json.dumps(r.as_record())):
            assert value is None or SECRET not in value, r


def write_jsonl_lines(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def jline(obj) -> bytes:
    return json.dumps(obj).encode()


def write_parquet(path: Path, records: list[dict], schema: pa.Schema | None = None) -> Path:
    pq.write_table(pa.Table.from_pylist(records, schema=schema), path)
    return path


# ---------------------------------------------------------------- JSONL


@pytest.fixture
def bad_jsonl(tmp_path):
    """One good row, then one of each kind of bad row, then another good row."""
    lines = [
        jline({"transcript_id": "a", "text": "first good row", "speaker": "P1"}),       # 1
        b'{"transcript_id": "b", "text": "' + SECRET.encode() + b' unterminated',       # 2 bad JSON
        jline([SECRET, "a list, not an object"]),                                        # 3 not object
        jline({"text": f"{SECRET} has no id"}),                                          # 4 missing id
        jline({"transcript_id": "a", "text": f"{SECRET} duplicate of line 1"}),          # 5 duplicate
        jline({"transcript_id": "c", "text": None}),                                     # 6 null text
        jline({"transcript_id": "d", "text": [SECRET]}),                                 # 7 non-string
        jline({"transcript_id": "e", "text": "  \n\t  "}),                               # 8 whitespace
        b'{"transcript_id": "f", "text": "' + SECRET.encode() + b' \xff\xfe"}',          # 9 not UTF-8
        jline({"transcript_id": "   ", "text": f"{SECRET} blank id"}),                   # 10 blank id
        jline({"transcript_id": {"x": SECRET}, "text": f"{SECRET} id is object"}),       # 11 bad id
        jline({"transcript_id": "g", "text": "second good row", "speaker": "P2"}),       # 12
    ]
    return write_jsonl_lines(tmp_path / "in.jsonl", lines), len(lines)


def test_jsonl_good_rows_in_order_with_ids_and_sources(bad_jsonl):
    path, _ = bad_jsonl
    _, items = read_all(path)
    good = rows_of(items)
    assert [(r.transcript_id, r.text) for r in good] == [("a", "first good row"), ("g", "second good row")]
    assert [r.source for r in good] == ["in.jsonl:1", "in.jsonl:12"]
    # Items come back in input order, good and bad interleaved as in the file.
    assert [i.source for i in items] == [f"in.jsonl:{n}" for n in range(1, 13)]


def test_jsonl_every_bad_row_rejected_with_reason(bad_jsonl):
    path, n_lines = bad_jsonl
    _, items = read_all(path)
    assert len(items) == n_lines  # count invariant: Row + Rejected == input rows
    rej = {r.source: r for r in rejected_of(items)}
    assert set(rej) == {f"in.jsonl:{n}" for n in range(2, 12)}
    assert all(r.reason for r in rej.values())

    assert "JSON" in rej["in.jsonl:2"].reason
    assert "object" in rej["in.jsonl:3"].reason
    assert "transcript_id" in rej["in.jsonl:4"].reason and rej["in.jsonl:4"].transcript_id is None
    dup = rej["in.jsonl:5"]
    assert "duplicate" in dup.reason and "in.jsonl:1" in dup.reason  # names the first occurrence
    assert dup.transcript_id == "a"
    for line, tid in (("in.jsonl:6", "c"), ("in.jsonl:7", "d"), ("in.jsonl:8", "e")):
        assert "text" in rej[line].reason
        assert rej[line].transcript_id == tid
    assert "UTF-8" in rej["in.jsonl:9"].reason
    assert "transcript_id" in rej["in.jsonl:10"].reason
    assert "transcript_id" in rej["in.jsonl:11"].reason


def test_jsonl_rejections_never_quote_text(bad_jsonl):
    path, _ = bad_jsonl
    _, items = read_all(path)
    assert len(rejected_of(items)) == 10
    assert_no_secret(items)


def test_jsonl_reasons_differ_by_problem(bad_jsonl):
    # Null, non-string and blank text are different problems and are told apart.
    path, _ = bad_jsonl
    _, items = read_all(path)
    rej = {r.source: r.reason for r in rejected_of(items)}
    assert len({rej["in.jsonl:6"], rej["in.jsonl:7"], rej["in.jsonl:8"]}) == 3
    assert rej["in.jsonl:2"] != rej["in.jsonl:3"]


def test_jsonl_blank_lines_are_not_rows_but_line_numbers_stay_physical(tmp_path):
    p = tmp_path / "gaps.jsonl"
    p.write_bytes(jline({"transcript_id": "1", "text": "one"}) + b"\n\n   \n"
                  + jline({"transcript_id": "2", "text": "two"}) + b"\n\n")
    _, items = read_all(p)
    assert [type(i) for i in items] == [Row, Row]
    assert [i.source for i in items] == ["gaps.jsonl:1", "gaps.jsonl:4"]


def test_integer_ids_are_accepted_as_strings(tmp_path):
    p = write_jsonl_lines(tmp_path / "ints.jsonl", [
        jline({"transcript_id": 7, "text": "seven"}),
        jline({"transcript_id": "7", "text": f"{SECRET} same id as a string"}),
        jline({"transcript_id": True, "text": f"{SECRET} boolean id"}),
    ])
    _, items = read_all(p)
    assert isinstance(items[0], Row) and items[0].transcript_id == "7"
    assert isinstance(items[1], Rejected) and "duplicate" in items[1].reason
    assert isinstance(items[2], Rejected) and items[2].transcript_id is None
    assert_no_secret(items)


def test_passthrough_controls_extra(tmp_path):
    p = write_jsonl_lines(tmp_path / "x.jsonl", [
        jline({"transcript_id": "1", "text": "t1", "speaker": "P1", "age": 34, "email": "a@b.c"}),
        jline({"transcript_id": "2", "text": "t2", "email": "c@d.e"}),
    ])
    _, items = read_all(p)
    assert [r.extra for r in items] == [{}, {}]

    info = InputInfo()
    _, items = read_all(p, Columns(passthrough=["speaker", "age"]), info)
    # Passthrough values become strings (the output schema is all strings); absent -> None.
    assert [r.extra for r in items] == [{"speaker": "P1", "age": "34"}, {"speaker": None, "age": None}]
    assert all("email" not in r.extra for r in items)
    assert info.format == "jsonl" and info.files == 1
    assert {"transcript_id", "text", "speaker", "age", "email"} <= info.columns


def test_renamed_columns_jsonl(tmp_path):
    p = write_jsonl_lines(tmp_path / "r.jsonl", [
        jline({"doc": "d1", "body": "hello there", "transcript_id": "ignored", "text": "ignored"}),
        jline({"transcript_id": "x", "text": f"{SECRET} uses default names"}),
        jline({"doc": "d2", "body": ""}),
    ])
    _, items = read_all(p, Columns(id="doc", text="body"))
    assert isinstance(items[0], Row)
    assert (items[0].transcript_id, items[0].text) == ("d1", "hello there")
    assert isinstance(items[1], Rejected) and "doc" in items[1].reason
    assert isinstance(items[2], Rejected) and "body" in items[2].reason
    assert_no_secret(items)


# ---------------------------------------------------------------- batching


@pytest.mark.parametrize("batch_rows", [1, 3, 4, 10, 64])
def test_batches_bounded_and_complete(tmp_path, batch_rows):
    n = 10
    lines = [jline({"transcript_id": str(i), "text": f"row {i}"}) for i in range(n)]
    lines[5] = b"not json"
    p = write_jsonl_lines(tmp_path / "b.jsonl", lines)
    batches, items = read_all(p, batch_rows=batch_rows)
    assert all(1 <= len(b) <= batch_rows for b in batches)
    assert len(items) == n
    assert [i.source for i in items] == [f"b.jsonl:{k}" for k in range(1, n + 1)]


def test_batches_bounded_for_parquet(tmp_path):
    p = write_parquet(tmp_path / "p.parquet",
                      [{"transcript_id": str(i), "text": f"row {i}"} for i in range(25)])
    batches, items = read_all(p, batch_rows=4)
    assert max(len(b) for b in batches) <= 4
    assert [r.transcript_id for r in items] == [str(i) for i in range(25)]


# ---------------------------------------------------------------- CSV


def write_csv(path: Path, header: list[str], rows: list[list]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_csv_rows_and_rejections(tmp_path):
    p = write_csv(tmp_path / "in.csv", ["transcript_id", "text", "speaker"], [
        ["a", "hello, with a comma", "P1"],            # line 2
        ["", f"{SECRET} no id", "P2"],                 # line 3
        ["b", "   ", "P3"],                            # line 4
        ["a", f"{SECRET} duplicate", "P4"],            # line 5
        ["c", f"{SECRET} extra field", "P5", "oops"],  # line 6
        ["d", "last good row", "P6"],                  # line 7
    ])
    info = InputInfo()
    _, items = read_all(p, Columns(passthrough=["speaker"]), info)
    assert len(items) == 6
    assert info.format == "csv"
    good = rows_of(items)
    assert [(r.transcript_id, r.text, r.extra) for r in good] == [
        ("a", "hello, with a comma", {"speaker": "P1"}), ("d", "last good row", {"speaker": "P6"})]
    assert [i.source for i in items] == [f"in.csv:{n}" for n in range(2, 8)]
    rej = {r.source: r for r in rejected_of(items)}
    assert "transcript_id" in rej["in.csv:3"].reason
    assert "text" in rej["in.csv:4"].reason and rej["in.csv:4"].transcript_id == "b"
    assert "duplicate" in rej["in.csv:5"].reason and "in.csv:2" in rej["in.csv:5"].reason
    assert rej["in.csv:6"].reason
    assert_no_secret(items)


def test_csv_short_row_has_missing_text(tmp_path):
    p = tmp_path / "short.csv"
    p.write_text("transcript_id,text\nonly_id\nx,ok\n", encoding="utf-8")
    _, items = read_all(p)
    assert isinstance(items[0], Rejected) and "text" in items[0].reason
    assert isinstance(items[1], Row) and items[1].transcript_id == "x"


def test_csv_renamed_columns(tmp_path):
    p = write_csv(tmp_path / "r.csv", ["doc", "body", "other"], [["d1", "some body", "zzz"]])
    _, items = read_all(p, Columns(id="doc", text="body"))
    assert [(r.transcript_id, r.text, r.extra) for r in items] == [("d1", "some body", {})]
    _, items = read_all(p)  # default column names do not exist in this file
    assert isinstance(items[0], Rejected) and "transcript_id" in items[0].reason


def test_csv_not_utf8_is_input_error(tmp_path):
    p = tmp_path / "latin1.csv"
    p.write_bytes("transcript_id,text\n1,caf\xe9\n".encode("latin-1"))
    with pytest.raises(InputError) as exc:
        read_all(p)
    assert str(p) in str(exc.value)


def test_csv_with_utf8_bom(tmp_path):
    p = tmp_path / "excel.csv"
    p.write_bytes("\ufefftranscript_id,text\n1,hello\n".encode("utf-8"))
    _, items = read_all(p)
    assert [(type(i), getattr(i, "transcript_id", None)) for i in items] == [(Row, "1")]


# ---------------------------------------------------------------- Parquet


def test_parquet_file_rows_sources_and_rejections(tmp_path):
    records = [
        {"transcript_id": "a", "text": "alpha", "speaker": "P1", "n": 1},
        {"transcript_id": None, "text": f"{SECRET} null id", "speaker": "P2", "n": 2},
        {"transcript_id": "b", "text": None, "speaker": "P3", "n": 3},
        {"transcript_id": "a", "text": f"{SECRET} dup", "speaker": "P4", "n": 4},
        {"transcript_id": "c", "text": "", "speaker": "P5", "n": 5},
        {"transcript_id": "d", "text": "delta", "speaker": None, "n": 6},
    ]
    p = write_parquet(tmp_path / "in.parquet", records)
    info = InputInfo()
    _, items = read_all(p, Columns(passthrough=["speaker", "n"]), info)
    assert info.format == "parquet" and info.files == 1
    assert len(items) == len(records)
    assert [i.source for i in items] == [f"in.parquet:{k}" for k in range(6)]
    assert [(r.transcript_id, r.text, r.extra) for r in rows_of(items)] == [
        ("a", "alpha", {"speaker": "P1", "n": "1"}), ("d", "delta", {"speaker": None, "n": "6"})]
    rej = {r.source: r for r in rejected_of(items)}
    assert "transcript_id" in rej["in.parquet:1"].reason
    assert "text" in rej["in.parquet:2"].reason
    assert "duplicate" in rej["in.parquet:3"].reason and "in.parquet:0" in rej["in.parquet:3"].reason
    assert "text" in rej["in.parquet:4"].reason
    assert_no_secret(items)


def test_parquet_non_string_text(tmp_path):
    p = write_parquet(tmp_path / "n.parquet", [{"transcript_id": "1", "text": 12345}])
    _, items = read_all(p)
    assert isinstance(items[0], Rejected) and "text" in items[0].reason
    assert items[0].transcript_id == "1"


def test_parquet_folder_reads_files_in_order(tmp_path):
    folder = tmp_path / "shards"
    (folder / "sub").mkdir(parents=True)
    write_parquet(folder / "b.parquet", [{"transcript_id": "b1", "text": "B one"},
                                         {"transcript_id": "a1", "text": f"{SECRET} dup"}])
    write_parquet(folder / "a.parquet", [{"transcript_id": "a1", "text": "A one"},
                                         {"transcript_id": "a2", "text": "A two"}])
    write_parquet(folder / "sub" / "c.parquet", [{"transcript_id": "c1", "text": "C one"}])
    (folder / "notes.txt").write_text("not read: parquet wins", encoding="utf-8")
    info = InputInfo()
    _, items = read_all(folder, info=info)
    assert info.format == "parquet" and info.files == 3
    assert [(i.source, i.transcript_id) for i in items] == [
        ("a.parquet:0", "a1"), ("a.parquet:1", "a2"),
        ("b.parquet:0", "b1"), ("b.parquet:1", "a1"),
        ("sub/c.parquet:0", "c1"),
    ]
    dup = items[3]
    assert isinstance(dup, Rejected) and "a.parquet:0" in dup.reason
    assert_no_secret(items)


def test_parquet_renamed_columns(tmp_path):
    p = write_parquet(tmp_path / "r.parquet", [{"doc": "d1", "body": "b1"}, {"doc": "d2", "body": "b2"}])
    _, items = read_all(p, Columns(id="doc", text="body"))
    assert [(r.transcript_id, r.text) for r in items] == [("d1", "b1"), ("d2", "b2")]


# ---------------------------------------------------------------- .txt folders


def test_txt_folder(tmp_path):
    folder = tmp_path / "txt"
    folder.mkdir()
    (folder / "int-02.txt").write_text("User: second\nAI: reply\n", encoding="utf-8")
    (folder / "int-01.txt").write_text("User: first", encoding="utf-8")
    (folder / "int-03.txt").write_bytes(SECRET.encode() + b" \xff\xfe not utf-8")
    (folder / "int-04.txt").write_text(" \n\n ", encoding="utf-8")
    (folder / "readme.md").write_text("ignored", encoding="utf-8")
    info = InputInfo()
    # Column names in the policy do not apply to .txt folders: id is the file stem.
    _, items = read_all(folder, Columns(id="doc", text="body"), info)
    assert info.format == "txt" and info.files == 4
    assert len(items) == 4
    good = rows_of(items)
    assert [(r.transcript_id, r.text, r.source) for r in good] == [
        ("int-01", "User: first", "int-01.txt"),
        ("int-02", "User: second\nAI: reply\n", "int-02.txt"),
    ]
    bad = rejected_of(items)
    assert [r.source for r in bad] == ["int-03.txt", "int-04.txt"]
    assert "UTF-8" in bad[0].reason
    assert "text" in bad[1].reason and bad[1].transcript_id == "int-04"
    assert_no_secret(items)


# ---------------------------------------------------------------- whole-input errors


def _raises_naming(path, **kw):
    with pytest.raises(InputError) as exc:
        read_all(path, **kw)
    assert str(path) in str(exc.value)
    assert isinstance(exc.value, ClearanceError) and exc.value.exit_code == 2
    return str(exc.value)


def test_unknown_file_type(tmp_path):
    p = tmp_path / "data.xlsx"
    p.write_bytes(b"PK\x03\x04")
    _raises_naming(p)


def test_missing_path(tmp_path):
    _raises_naming(tmp_path / "nope.jsonl")


def test_empty_folder(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    _raises_naming(folder)
    (folder / "data.json").write_text("{}", encoding="utf-8")  # neither .parquet nor .txt
    _raises_naming(folder)


def test_corrupt_parquet_file(tmp_path):
    p = tmp_path / "bad.parquet"
    p.write_bytes(b"PAR1" + SECRET.encode() * 20 + b"garbage")
    msg = _raises_naming(p)
    assert SECRET not in msg


def test_corrupt_parquet_in_folder_names_the_file(tmp_path):
    folder = tmp_path / "shards"
    folder.mkdir()
    write_parquet(folder / "a.parquet", [{"transcript_id": "1", "text": "fine"}])
    bad = folder / "b.parquet"
    bad.write_bytes(b"not parquet at all")
    _raises_naming(bad)  # the message names the broken shard, not just the folder


def test_truncated_parquet(tmp_path):
    good = write_parquet(tmp_path / "good.parquet", [{"transcript_id": "1", "text": "x" * 100}])
    p = tmp_path / "trunc.parquet"
    p.write_bytes(good.read_bytes()[:-20])
    _raises_naming(p)


# ---------------------------------------------------------------- ParquetSink


def write_sink(path: Path, rows, passthrough=(), metadata=None, row_group_rows=1000) -> Path:
    sink = ParquetSink(path, list(passthrough), metadata, row_group_rows=row_group_rows)
    for tid, text, extra in rows:
        sink.write(tid, text, extra)
    sink.close()
    assert sink.rows == len(rows)
    return path


SINK_ROWS = [
    ("t1", "[PERSON_1] works at [ORGANIZATION_1].", {"speaker": "P1", "wave": "2"}),
    ("t2", "Nothing to hide here.", {"speaker": None, "wave": "1"}),
    ("t3", "Zebra text sorts last ZZZZZZ", {"speaker": "P3"}),
]


def test_sink_round_trip_schema(tmp_path):
    p = write_sink(tmp_path / "o.parquet", SINK_ROWS, passthrough=["speaker", "wave"])
    table = pq.read_table(p)
    assert table.schema.names == ["transcript_id", "text", "speaker", "wave"]
    assert all(f.type == pa.string() for f in table.schema)
    assert table.to_pylist() == [
        {"transcript_id": "t1", "text": SINK_ROWS[0][1], "speaker": "P1", "wave": "2"},
        {"transcript_id": "t2", "text": SINK_ROWS[1][1], "speaker": None, "wave": "1"},
        {"transcript_id": "t3", "text": SINK_ROWS[2][1], "speaker": "P3", "wave": None},
    ]


def test_sink_without_passthrough_has_two_columns(tmp_path):
    p = write_sink(tmp_path / "o.parquet", SINK_ROWS)
    table = pq.read_table(p)
    assert table.schema.names == ["transcript_id", "text"]
    assert table.column("transcript_id").to_pylist() == ["t1", "t2", "t3"]


def _footer(path: Path) -> bytes:
    data = path.read_bytes()
    assert data[-4:] == b"PAR1"
    (length,) = struct.unpack("<I", data[-8:-4])
    return data[-8 - length:-8]


def test_sink_writes_no_column_statistics(tmp_path):
    p = write_sink(tmp_path / "o.parquet", SINK_ROWS, passthrough=["speaker"], row_group_rows=2)
    md = pq.ParquetFile(p).metadata
    assert md.num_row_groups == 2
    for g in range(md.num_row_groups):
        rg = md.row_group(g)
        for c in range(rg.num_columns):
            col = rg.column(c)
            assert (not col.is_stats_set) or col.statistics is None, (g, c)
    # Min/max would copy text into the uncompressed footer; nothing of it may be there.
    footer = _footer(p)
    for needle in (b"ZZZZZZ", b"Nothing to hide", b"[PERSON_1]", b"P3"):
        assert needle not in footer


def test_sink_bytes_are_deterministic(tmp_path):
    meta = {"clearance.policy_sha256": "abc", "clearance.version": "0.1.0"}
    a = write_sink(tmp_path / "a.parquet", SINK_ROWS, ["speaker"], meta)
    b = write_sink(tmp_path / "b.parquet", SINK_ROWS, ["speaker"], dict(reversed(list(meta.items()))))
    assert a.read_bytes() == b.read_bytes()
    c = write_sink(tmp_path / "c.parquet", SINK_ROWS[:2], ["speaker"], meta)
    assert c.read_bytes() != a.read_bytes()  # the comparison is not vacuous


def test_sink_metadata_sorted(tmp_path):
    meta = {"zeta": "1", "alpha": "2", "mike": "3", "bravo": "4"}
    p = write_sink(tmp_path / "o.parquet", SINK_ROWS, metadata=meta)
    kv = pq.ParquetFile(p).metadata.metadata or {}
    user = [k.decode() for k in kv if k.decode() in meta]
    assert user == sorted(meta)
    assert {k.decode(): v.decode() for k, v in kv.items() if k.decode() in meta} == meta


def test_sink_rejects_missing_id(tmp_path):
    sink = ParquetSink(tmp_path / "o.parquet", [])
    sink.write(None, "text", {})  # transcript_id is not nullable
    with pytest.raises((pa.ArrowException, ValueError, TypeError)):
        sink.close()


def test_passthrough_cannot_republish_raw_text(tmp_path):
    raw = f"{SECRET} Priya Sharma said hi"
    src = write_jsonl_lines(tmp_path / "in.jsonl", [jline({"transcript_id": "1", "text": raw})])
    out = tmp_path / "o.parquet"
    try:
        cols = Columns(passthrough=["text"])
        _, items = read_all(src, cols)
        sink = ParquetSink(out, cols.passthrough)
        for row in items:
            sink.write(row.transcript_id, "[PERSON_1] said hi", row.extra)  # sanitized text
        sink.close()
    except (ValueError, ClearanceError):
        return  # refusing the configuration would be a correct fix
    table = pq.ParquetFile(out).read()
    for i in range(table.num_columns):
        assert all(v is None or SECRET not in v for v in table.column(i).to_pylist())
