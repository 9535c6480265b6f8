"""The whole pipeline, top to bottom: read -> scan -> anonymize -> validate -> release.

The CLI is a thin layer over these functions; tests call them directly. Each stage's
work lives in its own package (anonymize/, validation/, release/); this module only
sequences them and keeps the run's accounting: every input row is either written or
quarantined with a reason.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from anonymize import __version__
from anonymize.errors import InputError, OutputError, SecretKeyError
from anonymize.io import InputInfo, ParquetSink, Rejected, Row, read_rows
from anonymize.keys import load_key
from anonymize.policy import LoadedPolicy, load_policy
from anonymize.parallel import Scanner
from anonymize.scan import Finding, apply_seeds, build_analyzer, corpus_seeds
from anonymize.transform import anonymize_text, build_anonymizer
from validation.evidence import Evidence, key_id
from validation.gate import GateInputs, GateResult, run_gate
from validation.reports import write_reports

Progress = Callable[[int], None]
# Rows per Parquet row group in a release: ~1-2 MB of transcripts, small enough for the
# Hugging Face viewer to page through.
HUB_ROW_GROUP_ROWS = 100


@dataclass
class RunSummary:
    """What a run did, in counts only: safe to print, log and publish."""

    rows_in: int = 0
    rows_out: int = 0
    quarantined: list[dict] = field(default_factory=list)
    findings: int = 0
    words_in: int = 0
    by_type: Counter = field(default_factory=Counter)  # (entity_type, action) -> count
    allow_list_kept: int = 0  # mentions detection found that the allow-list kept
    dropped_columns: list[str] = field(default_factory=list)
    key_source: str = ""
    input_format: str = ""
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {
            "rows_in": self.rows_in, "rows_out": self.rows_out,
            "rows_quarantined": len(self.quarantined), "findings": self.findings,
            "words_in": self.words_in,
            "protected_by_type": {f"{t}:{a}": n for (t, a), n in sorted(self.by_type.items())},
            "allow_list_kept": self.allow_list_kept,
            "dropped_columns": self.dropped_columns, "key_source": self.key_source,
            "input_format": self.input_format,
        }


PolicyArg = str | Path | LoadedPolicy | None


def _policy(policy: str | Path | LoadedPolicy | None) -> LoadedPolicy:
    return policy if isinstance(policy, LoadedPolicy) else load_policy(policy)


def with_columns(lp: LoadedPolicy, id_column: str | None = None,
                 text_column: str | None = None) -> LoadedPolicy:
    """The policy with its id/text column names overridden (CLI --id-column/--text-column)."""
    cols = lp.policy.columns.model_copy(update={
        k: v for k, v in (("id", id_column), ("text", text_column)) if v})
    return LoadedPolicy(lp.policy.model_copy(update={"columns": cols}), lp.path, lp.sha256)


def _quarantine(summary: RunSummary, item: Rejected) -> None:
    summary.quarantined.append(item.as_record())


def _finish_columns(summary: RunSummary, info: InputInfo, lp: LoadedPolicy) -> None:
    cols = lp.policy.columns
    kept = {cols.id, cols.text, *cols.passthrough} if info.format != "txt" else {"transcript_id", "text"}
    summary.dropped_columns = sorted(info.columns - kept)
    summary.input_format = info.format


def _row_batches(input_path: Path, lp: LoadedPolicy, summary: RunSummary, info: InputInfo,
                 progress: Progress | None) -> Iterator[list[Row]]:
    """Read in bounded batches; rejected rows go straight to the quarantine."""
    for batch in read_rows(input_path, lp.policy.columns, info):
        rows = []
        for item in batch:
            summary.rows_in += 1
            if isinstance(item, Rejected):
                _quarantine(summary, item)
            else:
                rows.append(item)
        yield rows
        if progress:
            progress(len(batch))


def _detect(input_path: Path, lp: LoadedPolicy, analyzer, summary: RunSummary, info: InputInfo,
            progress: Progress | None) -> Iterator[tuple[Row, list[Finding]]]:
    """Two passes over the input. First: detect in every transcript (offsets kept, texts
    not; a batch at a time, on every core: see anonymize.parallel) and collect the protected
    values into a corpus-wide table in memory (never written). Second: re-read, and protect
    those values wherever else they occur, so a name found in one interview is not left in
    another."""
    detected: list[list[Finding] | None] = []
    seeds: dict[str, tuple[str, float]] = {}
    with Scanner(analyzer, lp.policy) as scanner:
        for rows in _row_batches(input_path, lp, summary, info, progress):
            for row, outcome in zip(rows, scanner.scan([row.text for row in rows])):
                if isinstance(outcome, str):  # one bad row must not stop the corpus
                    _quarantine(summary, Rejected(row.source, row.transcript_id, f"scan failed ({outcome})"))
                    detected.append(None)
                    continue
                findings, kept = outcome
                summary.allow_list_kept += kept
                corpus_seeds(row.text, findings, lp.policy, seeds)
                detected.append(findings)
    index = 0
    for batch in read_rows(input_path, lp.policy.columns):
        for item in batch:
            if isinstance(item, Rejected):
                continue
            findings = detected[index]
            index += 1
            if findings is None:
                continue
            yield item, apply_seeds(item.text, findings, lp.policy, seeds)


def scan(input_path: str | Path, out: str | Path, policy: PolicyArg = None,
         progress: Progress | None = None) -> RunSummary:
    """Write one JSON object per finding; the findings file holds offsets, never text."""
    started = time.monotonic()
    lp = _policy(policy)
    analyzer = build_analyzer(lp.policy)
    summary, info = RunSummary(), InputInfo()
    out = Path(out)
    with _atomic_file(out) as tmp, tmp.open("w", encoding="utf-8") as fh:
        for row, findings in _detect(Path(input_path), lp, analyzer, summary, info, progress):
            summary.rows_out += 1
            summary.words_in += len(row.text.split())
            summary.findings += len(findings)
            for f in findings:
                fh.write(json.dumps(f.as_record(row.transcript_id), sort_keys=True) + "\n")
                summary.by_type[(f.entity_type, "found")] += 1
    _finish_columns(summary, info, lp)
    summary.seconds = time.monotonic() - started
    return summary


def anonymize(input_path: str | Path, out: str | Path, policy: PolicyArg = None,
              key_file: str | Path | None = None, progress: Progress | None = None,
              metadata: dict[str, str] | None = None,
              key: tuple[bytes, str] | None = None,
              evidence: Evidence | None = None) -> RunSummary:
    """Scan and anonymize every row, writing sanitized Parquet with the same ids in the
    same order; rows that cannot be processed are quarantined, never dropped."""
    started = time.monotonic()
    lp = _policy(policy)
    secret, key_source = key or load_key(key_file)
    analyzer, engine = build_analyzer(lp.policy), build_anonymizer()
    summary, info = RunSummary(key_source=key_source), InputInfo()
    out = Path(out)
    with _atomic_file(out) as tmp:
        sink = ParquetSink(tmp, lp.policy.columns.passthrough, metadata)
        try:
            for row, findings in _detect(Path(input_path), lp, analyzer, summary, info, progress):
                try:
                    text, counts, replaced = anonymize_text(engine, row.text, findings, lp.policy, secret)
                except Exception as exc:  # noqa: BLE001
                    _quarantine(summary, Rejected(row.source, row.transcript_id,
                                                  f"anonymization failed ({type(exc).__name__})"))
                    continue
                sink.write(row.transcript_id, text, row.extra)
                if evidence is not None:
                    for r in replaced:
                        evidence.add(secret, r.original, r.replacement)
                summary.rows_out += 1
                summary.words_in += len(row.text.split())
                summary.findings += len(findings)
                summary.by_type.update(counts)
        finally:
            sink.close()
    _finish_columns(summary, info, lp)
    summary.seconds = time.monotonic() - started
    return summary


def write_quarantine(summary: RunSummary, path: Path) -> Path | None:
    """The quarantine report names rows and reasons, never their text."""
    if not summary.quarantined:
        return None
    with _atomic_file(path) as tmp:
        tmp.write_text("".join(json.dumps(q, sort_keys=True) + "\n" for q in summary.quarantined),
                       encoding="utf-8")
    return path


def validate(data: str | Path, report_dir: str | Path | None = None,
             suites_dir: str | Path | None = None, policy: PolicyArg = None,
             evidence: str | Path | Evidence | None = None, key_file: str | Path | None = None,
             original: str | Path | None = None, quarantined: list[dict] | None = None,
             key: bytes | None = None, require_all: bool = False) -> GateResult:
    """Run the gate. The evidence needs the key it was made with; the original input
    enables canary recall and row accounting (the quarantine report that `anonymize`
    wrote beside DATA is picked up)."""
    lp = _policy(policy)
    if evidence is not None and not isinstance(evidence, Evidence):
        try:
            evidence = Evidence.load(evidence)
        except (OSError, ValueError, KeyError, TypeError):
            raise InputError(f"evidence {evidence}: not a readable clearance evidence file") from None
    if key is None and (evidence is not None or key_file is not None):
        secret, source = load_key(key_file)
        if evidence is not None and source == "random":
            raise SecretKeyError("--evidence needs the key it was made with (--key-file or CLEARANCE_KEY)")
        key = secret
    if evidence is not None and key is not None and evidence.key_id != key_id(key):
        raise SecretKeyError("the evidence was made with a different key")
    if original is not None and quarantined is None:
        report = Path(data).with_name(Path(data).name + ".quarantine.jsonl")
        if report.is_file():
            quarantined = [json.loads(x) for x in report.read_text(encoding="utf-8").splitlines() if x.strip()]
    result = run_gate(GateInputs(Path(data), lp, evidence, key, Path(original) if original else None,
                                 quarantined, Path(suites_dir) if suites_dir else None, require_all),
                      Path(report_dir) if report_dir is not None else None)
    if report_dir is not None:
        write_reports(result, report_dir)
    return result


@dataclass
class ReleaseOutcome:
    summary: RunSummary
    gate: GateResult
    released: bool
    out_dir: Path
    quarantine_report: Path | None = None
    signed: bool = False


def _shard(all_rows: Path, root: Path, passthrough: list[str], metadata: dict, shard_rows: int,
           shard_name) -> None:
    """Split the validated table into Hugging Face shards (data/train-00000-of-0000N),
    rewriting with the same writer settings; memory stays bounded by a batch."""
    import pyarrow.parquet as pq

    total = pq.ParquetFile(all_rows).metadata.num_rows
    n = max(1, -(-total // shard_rows))
    pf = pq.ParquetFile(all_rows)
    batches = pf.iter_batches(batch_size=min(shard_rows, 1000))
    pending = None
    for i in range(n):
        sink = ParquetSink(root / shard_name(i, n), passthrough, metadata, row_group_rows=HUB_ROW_GROUP_ROWS)
        written = 0
        while written < shard_rows:
            if pending is None:
                pending = next(batches, None)
                if pending is None:
                    break
            take = pending.slice(0, shard_rows - written)
            for row in take.to_pylist():
                sink.write(row["transcript_id"], row["text"], row)
            written += take.num_rows
            pending = pending.slice(take.num_rows) if take.num_rows < pending.num_rows else None
        sink.close()
    all_rows.unlink()


def release(input_path: str | Path, out_dir: str | Path, policy: PolicyArg = None,
            key_file: str | Path | None = None, force: bool = False,
            progress: Progress | None = None,
            evidence_path: str | Path | None = None,
            signing_key_file: str | Path | None = None,
            datasheet: str | Path | None = None, strict: bool = False,
            tar: bool = False, shard_rows: int = 100_000) -> ReleaseOutcome:
    """anonymize -> validate -> release folder, built beside DIR and renamed into place,
    so DIR is either the complete release or absent (or untouched)."""
    from release import datasheet as ds
    from release.build import input_digest, shard_name, write_release_files
    from release.bundle import write_tar
    from release.signing import load_signing_key

    out_dir = Path(out_dir)
    if out_dir.exists() and not force:
        raise OutputError(f"{out_dir} exists; pass --force to replace it")
    lp = _policy(policy)
    key = load_key(key_file)
    answers = ds.load_answers(datasheet)
    if strict and ds.missing_answers(answers):
        raise InputError("--strict: datasheet answers missing: " + ", ".join(ds.missing_answers(answers)))
    signing_key = load_signing_key(signing_key_file) if signing_key_file else None
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; a release is meant to be read
    try:
        data_path = staging / "data" / ".all.parquet"
        data_path.parent.mkdir(parents=True)
        metadata = {"clearance.version": __version__, "clearance.policy_sha256": lp.sha256,
                    "clearance.policy_name": lp.policy.name}
        evidence = Evidence.for_key(key[0])
        summary = anonymize(input_path, data_path, lp, progress=progress, metadata=metadata,
                            key=key, evidence=evidence)
        if evidence_path is not None:
            evidence.save(evidence_path)
        quarantine_report = write_quarantine(summary, out_dir.parent / f"{out_dir.name}.quarantine.jsonl")
        # Every suite must run: evidence, original and quarantine are all at hand.
        gate_dir = gate_report_dir(out_dir)
        if gate_dir.exists():
            shutil.rmtree(gate_dir)
        gate = validate(data_path, gate_dir, policy=lp, evidence=evidence, key=key[0],
                        original=input_path, quarantined=summary.quarantined, require_all=True)
        shutil.copyfile(gate_dir / "validation.json", staging / "validation.json")
        if gate.status != "pass":
            return ReleaseOutcome(summary, gate, False, out_dir, quarantine_report)
        _shard(data_path, staging, lp.policy.columns.passthrough, metadata, shard_rows, shard_name)
        write_release_files(staging, summary, gate, lp, answers, input_digest(input_path), signing_key)
        _replace_dir(staging, out_dir)
        if tar:
            write_tar(out_dir, out_dir.parent / f"{out_dir.name}.tar")
        return ReleaseOutcome(summary, gate, True, out_dir, quarantine_report, signed=signing_key is not None)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def gate_report_dir(out_dir: Path) -> Path:
    """The full gate report (JUnit, SARIF, Data Docs) lives beside the release, not in it."""
    return out_dir.parent / f"{out_dir.name}.gate"


def _replace_dir(staging: Path, out_dir: Path) -> None:
    """Rename into place; an existing DIR (only with --force) is moved aside first and
    removed after, so a crash leaves either the old or the new release."""
    old = None
    if out_dir.exists():
        old = out_dir.parent / f".{out_dir.name}.old-{time.monotonic_ns()}"
        out_dir.rename(old)
    staging.rename(out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


class _atomic_file:
    """Write to a hidden temporary beside `path`, rename on success, delete on failure."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.tmp = self.path.parent / f".{self.path.name}.tmp"

    def __enter__(self) -> Path:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return self.tmp

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None and self.tmp.exists():
            self.tmp.replace(self.path)
        elif self.tmp.exists():
            self.tmp.unlink()


__all__ = ["scan", "anonymize", "validate", "release", "write_quarantine", "RunSummary",
           "ReleaseOutcome"]
