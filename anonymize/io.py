"""Reading transcripts in bounded batches, and writing sanitized Parquet.

Every input row ends up either as a `Row` or as a `Rejected` with a reason; nothing is
dropped silently. Sources are named `file:line` (JSONL, CSV), `file:row` (Parquet) or
the file name (.txt folders) so an error points at the row without quoting it.
"""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from anonymize.errors import InputError
from anonymize.policy import Columns


@dataclass
class Row:
    transcript_id: str
    text: str
    extra: dict
    source: str


@dataclass
class Rejected:
    source: str
    transcript_id: str | None
    reason: str

    def as_record(self) -> dict:
        return {"source": self.source, "transcript_id": self.transcript_id, "reason": self.reason}


@dataclass
class InputInfo:
    """What the reader saw, for the run summary."""

    format: str = ""
    files: int = 0
    columns: set[str] = field(default_factory=set)


def _records_jsonl(path: Path) -> Iterator[tuple[str, dict | None, str | None]]:
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            src = f"{path.name}:{lineno}"
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield src, None, "line is not UTF-8"
                continue
            except json.JSONDecodeError:
                yield src, None, "line is not valid JSON"
                continue
            if not isinstance(obj, dict):
                yield src, None, "line is not a JSON object"
                continue
            yield src, obj, None


def _records_csv(path: Path) -> Iterator[tuple[str, dict | None, str | None]]:
    csv.field_size_limit(sys.maxsize)
    try:
        with path.open("r", encoding="utf-8-sig", newline="") as fh:  # Excel writes a BOM
            reader = csv.DictReader(fh)
            first_line = 2  # line 1 is the header
            for obj in reader:
                src = f"{path.name}:{first_line}"  # where the record starts
                first_line = reader.line_num + 1
                if None in obj:  # more fields than the header
                    yield src, None, "row has more fields than the header"
                    continue
                yield src, obj, None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except csv.Error as exc:
        raise InputError(f"{path}: not valid CSV ({type(exc).__name__})") from None


def _records_parquet(files: list[Path], batch_rows: int, base: Path | None = None
                     ) -> Iterator[tuple[str, dict | None, str | None]]:
    for path in files:
        name = path.relative_to(base).as_posix() if base else path.name
        try:
            pf = pq.ParquetFile(path)
        except (pa.ArrowException, OSError):
            raise InputError(f"{path}: not a readable Parquet file") from None
        index = 0
        for batch in pf.iter_batches(batch_size=batch_rows):
            for obj in batch.to_pylist():
                yield f"{name}:{index}", obj, None
                index += 1


def _records_txt(files: list[Path]) -> Iterator[tuple[str, dict | None, str | None]]:
    for path in files:
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            yield path.name, None, "file is not UTF-8"
            continue
        yield path.name, {"transcript_id": path.stem, "text": text}, None


def _open(path: Path, columns: Columns, batch_rows: int, info: InputInfo):
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        parquet = sorted(p for p in path.rglob("*.parquet") if p.is_file())
        if parquet:
            info.format, info.files = "parquet", len(parquet)
            return _records_parquet(parquet, batch_rows, base=path)
        txt = sorted(p for p in path.glob("*.txt") if p.is_file())
        if txt:
            info.format, info.files = "txt", len(txt)
            return _records_txt(txt)
        raise InputError(f"{path}: folder holds no .parquet or .txt files")
    suffix = path.suffix.lower()
    info.files = 1
    if suffix in (".jsonl", ".ndjson"):
        info.format = "jsonl"
        return _records_jsonl(path)
    if suffix == ".csv":
        info.format = "csv"
        return _records_csv(path)
    if suffix == ".parquet":
        info.format = "parquet"
        return _records_parquet([path], batch_rows)
    raise InputError(f"{path}: unknown input type (expected .jsonl, .csv, .parquet or a folder)")


def read_rows(
    path: str | Path, columns: Columns, info: InputInfo | None = None, batch_rows: int = 64
) -> Iterator[list[Row | Rejected]]:
    """Yield batches of at most `batch_rows` rows; memory stays bounded by the batch."""
    info = info if info is not None else InputInfo()
    path = Path(path)
    records = _open(path, columns, batch_rows, info)
    is_txt = info.format == "txt"
    id_col = "transcript_id" if is_txt else columns.id
    text_col = "text" if is_txt else columns.text
    seen: dict[str, str] = {}
    batch: list[Row | Rejected] = []
    for src, obj, problem in records:
        item: Row | Rejected
        if problem is not None or obj is None:
            item = Rejected(src, None, problem or "unreadable row")
        else:
            info.columns.update(obj)
            item = _to_row(src, obj, id_col, text_col, columns.passthrough, seen)
        batch.append(item)
        if len(batch) >= batch_rows:
            yield batch
            batch = []
    if batch:
        yield batch


def _to_row(src: str, obj: dict, id_col: str, text_col: str, passthrough: list[str],
            seen: dict[str, str]) -> Row | Rejected:
    raw_id = obj.get(id_col)
    if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
        return Rejected(src, None, f"missing {id_col}")
    if not isinstance(raw_id, (str, int)) or isinstance(raw_id, bool):
        return Rejected(src, None, f"{id_col} is not a string or integer")
    tid = str(raw_id).strip()
    if tid in seen:
        return Rejected(src, tid, f"duplicate {id_col} (first at {seen[tid]})")
    seen[tid] = src
    text = obj.get(text_col)
    if text is None:
        return Rejected(src, tid, f"missing {text_col}")
    if not isinstance(text, str):
        return Rejected(src, tid, f"{text_col} is not a string")
    if not text.strip():
        return Rejected(src, tid, f"empty {text_col}")
    extra = {c: (None if obj.get(c) is None else str(obj.get(c))) for c in passthrough}
    return Row(tid, text, extra, src)


def output_schema(passthrough: list[str]) -> pa.Schema:
    fields = [pa.field("transcript_id", pa.string(), nullable=False),
              pa.field("text", pa.string(), nullable=False)]
    fields += [pa.field(c, pa.string()) for c in passthrough]
    return pa.schema(fields)


class ParquetSink:
    """Incremental Parquet writer with deterministic bytes: fixed codec and level, no
    column statistics (min/max would copy transcript text into the footer), sorted
    key-value metadata supplied by the caller."""

    def __init__(self, path: Path, passthrough: list[str], metadata: dict[str, str] | None = None,
                 row_group_rows: int = 1000) -> None:
        self.metadata = dict(metadata or {})
        self.schema = output_schema(passthrough)
        self.passthrough = passthrough
        self.row_group_rows = row_group_rows
        self._pending: list[dict] = []
        self.rows = 0
        self._writer = pq.ParquetWriter(
            str(path), self.schema, compression="zstd", compression_level=3,
            write_statistics=False, use_dictionary=False, version="2.6",
            data_page_version="1.0", store_schema=False,
        )

    def write(self, transcript_id: str, text: str, extra: dict) -> None:
        self._pending.append({"transcript_id": transcript_id, "text": text,
                              **{c: extra.get(c) for c in self.passthrough}})
        if len(self._pending) >= self.row_group_rows:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._writer.write_table(pa.Table.from_pylist(self._pending, schema=self.schema),
                                     row_group_size=self.row_group_rows)
            self.rows += len(self._pending)
            self._pending = []

    def close(self) -> None:
        self._flush()
        if self.metadata:
            # pyarrow 26 writes added key-value pairs in reverse order of insertion; feed
            # them reverse-sorted so the footer lists them sorted (a test pins this).
            self._writer.add_key_value_metadata(
                {k: self.metadata[k] for k in sorted(self.metadata, reverse=True)})
        self._writer.close()
