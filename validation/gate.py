"""Run the stored Great Expectations suites on sanitized data and summarise the result.

Fails closed: a missing or unreadable suite, unreadable data, or an expectation that
raised is status "error" (exit 2), never a pass. Reports name transcript ids and counts
only: results are requested with `exclude_unexpected_values`, and only the fields this
module copies out (never GX's raw result) reach an artifact.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from anonymize.errors import EXIT_CANNOT_RUN, EXIT_FAILED, EXIT_OK
from anonymize.offline import ensure_offline

RESULT_FORMAT = {
    "result_format": "COMPLETE",
    "exclude_unexpected_values": True,
    "unexpected_index_column_names": ["transcript_id"],
    "return_unexpected_index_query": False,
}
MAX_IDS_REPORTED = 100


@dataclass
class GateResult:
    status: str  # "pass" | "fail" | "error"
    rows: int = 0
    suites: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return {"pass": EXIT_OK, "fail": EXIT_FAILED}.get(self.status, EXIT_CANNOT_RUN)

    @property
    def failed_suites(self) -> list[str]:
        return [s["name"] for s in self.suites if not s["success"]]

    def to_dict(self) -> dict:
        return {"status": self.status, "rows": self.rows, "suites": self.suites,
                "errors": self.errors}


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
        if not isinstance(d, dict) or not d.get("expectations"):
            raise ValueError(f"suite {f.name} has no expectations")
        d.pop("id", None)
        for e in d["expectations"]:
            e.pop("id", None)
        suites.append(d)
    return suites


def read_table(data: Path):
    """The released Parquet (file or folder) as pandas with pyarrow-backed strings, so
    GX's regex checks run in RE2 instead of Python's re (~100x faster)."""
    import pandas as pd
    import pyarrow.dataset as pads

    paths = sorted(data.rglob("*.parquet")) if data.is_dir() else [data]
    if not paths:
        raise FileNotFoundError(f"{data}: no Parquet files")
    table = pads.dataset([str(p) for p in paths], format="parquet").to_table()
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def _raised(info) -> bool:
    """GX reports exceptions either flat or keyed by metric; either way it means the
    expectation was not evaluated, which must not count as a pass or a plain fail."""
    if not isinstance(info, dict):
        return False
    if info.get("raised_exception"):
        return True
    return any(isinstance(v, dict) and v.get("raised_exception") for v in info.values())


def _summarise(suite_name: str, result) -> dict:
    exps = []
    for r in result.results:
        cfg = r.expectation_config
        res = r.result or {}
        ids: list[str] = []
        for entry in res.get("unexpected_index_list") or []:
            if isinstance(entry, dict):
                ids.extend(str(x) for x in entry.get("transcript_id", []))
        ids = sorted(set(ids))
        raised = _raised(r.exception_info)
        exps.append({
            "check": (cfg.meta or {}).get("check", cfg.type),
            "expectation": cfg.type,
            "column": cfg.kwargs.get("column"),
            "success": bool(r.success) and not raised,
            "error": raised,
            "unexpected_count": res.get("unexpected_count"),
            "transcript_ids": ids[:MAX_IDS_REPORTED],
        })
    return {"name": suite_name, "success": all(e["success"] for e in exps), "expectations": exps}


def run_gate(data: str | Path, suites_dir: str | Path | None = None) -> GateResult:
    ensure_offline()
    try:
        suites = load_suite_files(Path(suites_dir) if suites_dir else default_suites_dir())
    except (FileNotFoundError, ValueError) as exc:
        return GateResult("error", errors=[str(exc)])
    try:
        df = read_table(Path(data))
    except Exception as exc:  # noqa: BLE001 - any failure to read means "cannot run"
        return GateResult("error", errors=[f"{data}: data not readable ({type(exc).__name__})"])

    import logging

    import great_expectations as gx

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    result = GateResult("pass", rows=len(df))
    try:
        from great_expectations.data_context.types.base import ProgressBarsConfig

        ctx = gx.get_context(mode="ephemeral")
        ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
        asset = ctx.data_sources.add_pandas("clearance").add_dataframe_asset("transcripts")
        batch_def = asset.add_batch_definition_whole_dataframe("all")
        for d in suites:
            suite = ctx.suites.add(gx.ExpectationSuite(**d))
            vd = ctx.validation_definitions.add(
                gx.ValidationDefinition(name=f"v-{suite.name}", data=batch_def, suite=suite))
            res = vd.run(batch_parameters={"dataframe": df}, result_format=RESULT_FORMAT)
            result.suites.append(_summarise(suite.name, res))
    except Exception as exc:  # noqa: BLE001 - a crash in GX must refuse, not pass
        return GateResult("error", rows=len(df), suites=result.suites,
                          errors=[f"great expectations failed ({type(exc).__name__})"])
    if any(e["error"] for s in result.suites for e in s["expectations"]):
        result.status = "error"
        result.errors.append("an expectation could not be evaluated")
    elif result.failed_suites:
        result.status = "fail"
    return result


def write_report(result: GateResult, report_dir: str | Path) -> Path:
    out = Path(report_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "validation.json"
    path.write_text(json.dumps(result.to_dict(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path
