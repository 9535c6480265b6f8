"""The leakage gate: stored Great Expectations suites run on the sanitized data and on
tables the gate derives from it (an independent re-scan, canary recall, row accounting).

Fails closed: a missing or unreadable suite, unreadable data, an expectation that raised,
or (when every suite is required, as in `release`) a suite that could not get its inputs
is status "error" (exit 2), never a pass. Results are requested with
`exclude_unexpected_values`, expectation parameters are patterns and thresholds only, and
only the fields this module copies out reach an artifact: ids, counts, offsets.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from anonymize.errors import EXIT_CANNOT_RUN, EXIT_FAILED, EXIT_OK
from anonymize.io import Rejected, read_rows
from anonymize.offline import ensure_offline
from anonymize.policy import LoadedPolicy
from anonymize.scan import speaker_label_spans
from validation.evidence import Evidence

RESULT_FORMAT = {
    "result_format": "COMPLETE",
    "exclude_unexpected_values": True,
    "unexpected_index_column_names": ["transcript_id"],
    "return_unexpected_index_query": False,
}
MAX_IDS_REPORTED = 100
TABLES = ("transcripts", "rescan", "canaries", "accounting")


@dataclass
class GateInputs:
    """What the gate may use. Suites declare what they need (meta.requires)."""

    data: Path
    policy: LoadedPolicy
    evidence: Evidence | None = None
    key: bytes | None = None
    original: Path | None = None
    quarantined: list[dict] | None = None
    suites_dir: Path | None = None
    require_all: bool = False  # release: a suite that cannot get its inputs is an error


@dataclass
class GateResult:
    status: str  # "pass" | "fail" | "error"
    rows: int = 0
    suites: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    canary: dict | None = None
    rescan: dict | None = None
    locations: list[dict] = field(default_factory=list)  # for SARIF: id + offsets, no text

    @property
    def exit_code(self) -> int:
        return {"pass": EXIT_OK, "fail": EXIT_FAILED}.get(self.status, EXIT_CANNOT_RUN)

    @property
    def failed_suites(self) -> list[str]:
        return [s["name"] for s in self.suites if not s["success"] and not s.get("skipped")]

    def to_dict(self) -> dict:
        return {"status": self.status, "rows": self.rows, "suites": self.suites,
                "errors": self.errors, "canary": self.canary, "rescan": self.rescan}


def default_suites_dir() -> Path:
    return Path(str(resources.files("validation").joinpath("suites")))


def load_suite_files(suites_dir: Path) -> list[dict]:
    """Suite definitions as stored; any problem here means the gate cannot run."""
    if not suites_dir.is_dir():
        raise FileNotFoundError(f"suites folder {suites_dir} does not exist")
    files = sorted(suites_dir.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"suites folder {suites_dir} holds no suite (*.json)")
    suites = []
    for f in files:
        try:
            d = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            raise ValueError(f"suite {f.name} is not readable JSON") from None
        if not isinstance(d, dict) or not d.get("expectations") or not d.get("name"):
            raise ValueError(f"suite {f.name} has no name or no expectations")
        table = (d.get("meta") or {}).get("table", "transcripts")
        if table not in TABLES:
            raise ValueError(f"suite {f.name}: unknown table {table!r}")
        d.pop("id", None)
        for e in d["expectations"]:
            e.pop("id", None)
        suites.append(d)
    return suites


def read_table(data: Path):
    """The sanitized Parquet (file or folder) as pandas with pyarrow-backed strings, so
    GX's regex checks can run in RE2."""
    import pandas as pd
    import pyarrow.dataset as pads

    paths = sorted(data.rglob("*.parquet")) if data.is_dir() else [data]
    if not paths or not all(p.is_file() for p in paths):
        raise FileNotFoundError(f"{data}: no Parquet files")
    table = pads.dataset([str(p) for p in paths], format="parquet").to_table()
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def _raised(info) -> bool:
    """GX reports exceptions either flat or keyed by metric; either way the expectation
    was not evaluated, which must count neither as a pass nor as a plain fail."""
    if not isinstance(info, dict):
        return False
    if info.get("raised_exception"):
        return True
    return any(isinstance(v, dict) and v.get("raised_exception") for v in info.values())


def _summarise(suite_name: str, table: str, result) -> dict:
    exps = []
    for r in result.results:
        cfg = r.expectation_config
        res = r.result or {}
        ids: list[str] = []
        for entry in res.get("unexpected_index_list") or []:
            if isinstance(entry, dict):
                ids.extend(str(x) for x in entry.get("transcript_id", []))
        observed = res.get("observed_value")
        raised = _raised(r.exception_info)
        exps.append({
            "check": (cfg.meta or {}).get("check", cfg.type),
            "expectation": cfg.type,
            "column": cfg.kwargs.get("column"),
            "success": bool(r.success) and not raised,
            "error": raised,
            "unexpected_count": res.get("unexpected_count"),
            "observed_value": observed if isinstance(observed, (int, float)) else None,
            "transcript_ids": sorted(set(ids))[:MAX_IDS_REPORTED],
        })
    return {"name": suite_name, "table": table, "skipped": False,
            "success": all(e["success"] for e in exps), "expectations": exps}


def _read_original(inputs: GateInputs) -> tuple[list[tuple[str, str]], list[str]]:
    """Valid (id, text) rows of the original input and the sources the reader rejects."""
    rows, rejected = [], []
    for batch in read_rows(inputs.original, inputs.policy.policy.columns):
        for item in batch:
            if isinstance(item, Rejected):
                rejected.append(item.transcript_id or item.source)
            else:
                rows.append((item.transcript_id, item.text))
    return rows, rejected


def _accounting(df, original_rows, rejected, quarantined, labels) -> list[dict]:
    """One row per input row (and per released id the input lacks): was it released or
    quarantined, and did its speaker labels survive."""
    released = dict(zip(df["transcript_id"].astype(str), df["text"].astype(str)))
    quarantined_ids = {str(q.get("transcript_id") or q.get("source")) for q in quarantined or []}
    out = [{"transcript_id": r, "status": "quarantined", "labels_lost": 0} for r in rejected]
    seen = set()
    for tid, text in original_rows:
        seen.add(tid)
        if tid in released:
            lost = len(speaker_label_spans(text, labels)) - len(speaker_label_spans(released[tid], labels))
            out.append({"transcript_id": tid, "status": "released", "labels_lost": max(lost, 0)})
        else:
            out.append({"transcript_id": tid, "labels_lost": 0,
                        "status": "quarantined" if tid in quarantined_ids else "missing"})
    out += [{"transcript_id": tid, "status": "unexpected", "labels_lost": 0}
            for tid in released if tid not in seen]
    return out


def run_gate(inputs: GateInputs, report_dir: Path | None = None) -> GateResult:
    ensure_offline()
    try:
        suites = load_suite_files(inputs.suites_dir or default_suites_dir())
    except (FileNotFoundError, ValueError) as exc:
        return GateResult("error", errors=[str(exc)])
    try:
        df = read_table(Path(inputs.data))
    except Exception as exc:  # noqa: BLE001 - any failure to read means "cannot run"
        return GateResult("error", errors=[f"{inputs.data}: data not readable ({type(exc).__name__})"])

    import pandas as pd

    result = GateResult("pass", rows=len(df))
    policy = inputs.policy.policy
    available = {"evidence"} if inputs.evidence is not None and inputs.key is not None else set()
    if inputs.original is not None:
        available.add("original")
    tables: dict[str, object] = {"transcripts": df}
    try:
        needed = {(s.get("meta") or {}).get("table", "transcripts") for s in suites
                  if set((s.get("meta") or {}).get("requires", [])) <= available}
        original_rows: list[tuple[str, str]] = []
        if "original" in available and needed & {"canaries", "accounting"}:
            original_rows, rejected = _read_original(inputs)
            tables["accounting"] = pd.DataFrame(_accounting(
                df, original_rows, rejected, inputs.quarantined, policy.detection.speaker_labels),
                columns=["transcript_id", "status", "labels_lost"])
        if "rescan" in needed:
            from validation.rescan import rescan

            rows = list(zip(df["transcript_id"].astype(str), df["text"].astype(str)))
            rs = rescan(rows, policy, inputs.evidence, inputs.key)
            tables["rescan"] = pd.DataFrame(rs.rows, columns=["transcript_id", "residual", "unverifiable"])
            result.rescan = {"residual": rs.residual, "unverifiable": rs.unverifiable,
                             "max_residual": policy.gate.max_residual}
            result.locations += [{"check": "rescan", **loc} for loc in rs.locations]
        if "canaries" in needed and original_rows:
            import secrets

            from anonymize.scan import build_analyzer
            from anonymize.transform import build_anonymizer
            from validation.canary import run_canaries

            key = inputs.key or secrets.token_bytes(32)
            cr = run_canaries(original_rows, policy, key, build_analyzer(policy), build_anonymizer())
            tables["canaries"] = pd.DataFrame(
                [{"transcript_id": r["canary_id"].split("#")[0], **r} for r in cr.rows],
                columns=["transcript_id", "canary_id", "entity_type", "removed"])
            result.canary = {"recall": round(cr.recall, 4), "injected": len(cr.rows),
                             "min_recall": policy.gate.canary_recall, "by_type": cr.by_type()}
        if "evidence" in available:
            from validation.evidence import hits

            for tid, text in zip(df["transcript_id"].astype(str), df["text"].astype(str)):
                result.locations += [{"check": "forbidden_values", "transcript_id": tid, "start": s,
                                      "end": e, "entity_type": None} for s, e in hits(text, inputs.evidence, inputs.key)]
    except Exception as exc:  # noqa: BLE001 - a derived table that cannot be built refuses
        return GateResult("error", rows=len(df), errors=[f"gate inputs could not be prepared ({type(exc).__name__})"])

    params = {"canary_recall": policy.gate.canary_recall, "max_residual": policy.gate.max_residual}
    try:
        _run_suites(suites, tables, available, inputs, params, result, report_dir)
    except Exception as exc:  # noqa: BLE001 - a crash in GX must refuse, not pass
        return GateResult("error", rows=len(df), suites=result.suites,
                          errors=[f"great expectations failed ({type(exc).__name__})"])
    if any(e["error"] for s in result.suites for e in s["expectations"]):
        result.status = "error"
        result.errors.append("an expectation could not be evaluated")
    elif inputs.require_all and any(s["skipped"] for s in result.suites):
        result.status = "error"
        result.errors.append("a required suite could not run: " +
                             ", ".join(s["name"] for s in result.suites if s["skipped"]))
    elif result.failed_suites:
        result.status = "fail"
    return result


def _run_suites(suites, tables, available, inputs, params, result, report_dir) -> None:
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    import validation.expectations as custom  # registers the custom expectations

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    if report_dir is not None:
        ctx.add_data_docs_site(site_name="clearance", site_config={
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                              "base_directory": str((Path(report_dir) / "data_docs").resolve())},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"}})
    source = ctx.data_sources.add_pandas("clearance")
    batch_defs = {t: source.add_dataframe_asset(t).add_batch_definition_whole_dataframe(t) for t in TABLES}
    custom.GATE_CONTEXT.update(evidence=inputs.evidence, key=inputs.key)
    try:
        for d in suites:
            meta = d.get("meta") or {}
            table = meta.get("table", "transcripts")
            missing = sorted(set(meta.get("requires", [])) - available)
            if missing or table not in tables:
                why = f"needs --{' and --'.join(missing)}" if missing else "no input for its table"
                result.suites.append({"name": d["name"], "table": table, "skipped": True,
                                      "success": False, "reason": why, "expectations": []})
                continue
            suite = ctx.suites.add(gx.ExpectationSuite(**d))
            vd = ctx.validation_definitions.add(gx.ValidationDefinition(
                name=f"v-{suite.name}", data=batch_defs[table], suite=suite))
            res = vd.run(batch_parameters={"dataframe": tables[table]},
                         expectation_parameters=params, result_format=RESULT_FORMAT)
            result.suites.append(_summarise(suite.name, table, res))
        if report_dir is not None:
            ctx.build_data_docs()
    finally:
        custom.GATE_CONTEXT.clear()

