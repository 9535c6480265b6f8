"""`clearance`: a thin command-line layer over release/pipeline.py.

Prints counts, ids and paths only. Errors are one line and an exit code (see README):
0 ok, 1 the data failed a check, 2 the command could not run.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path
from typing import Optional

import click
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from anonymize.errors import EXIT_CANNOT_RUN, EXIT_FAILED, ClearanceError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Make interview transcripts safe to publish: scan, anonymize, validate, release, audit.")
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

PolicyOpt = typer.Option(None, "--policy", "-p", help="Policy YAML (default: the packaged policies/default.yaml).")
KeyOpt = typer.Option(None, "--key-file", help="Secret for pseudonyms and hashes (else $CLEARANCE_KEY, else random per run).")
IdOpt = typer.Option(None, "--id-column", help="Input column holding the transcript id (default from the policy).")
TextOpt = typer.Option(None, "--text-column", help="Input column holding the transcript text (default from the policy).")


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} rows"),
                    TimeElapsedColumn(), console=err, transient=True)


def _run_with_progress(label: str, fn, *args, **kwargs):
    with _progress() as prog:
        task = prog.add_task(label, total=None)
        return fn(*args, progress=lambda n: prog.advance(task, n), **kwargs)


def _policy(policy: Optional[Path], id_column: Optional[str], text_column: Optional[str]):
    from anonymize.policy import load_policy
    from release.pipeline import with_columns

    return with_columns(load_policy(policy), id_column, text_column)


def _print_summary(summary, title: str) -> None:
    table = Table(title=title, show_header=True)
    table.add_column("entity type")
    table.add_column("action")
    table.add_column("spans", justify="right")
    for (etype, action), n in sorted(summary.by_type.items()):
        table.add_row(etype, action, str(n))
    out.print(table)
    out.print(f"rows read {summary.rows_in}, written {summary.rows_out}, "
              f"quarantined {len(summary.quarantined)}; {summary.words_in} words; "
              f"{summary.seconds:.1f} s")
    out.print(f"kept by the allow-list: {summary.allow_list_kept} mention(s) detection had found "
              "(AI products, software, public figures, tools named in the transcript)")
    if summary.dropped_columns:
        out.print(f"input columns dropped (not in policy columns.passthrough): {', '.join(summary.dropped_columns)}")
    if summary.key_source == "random":
        err.print("[yellow]warning:[/] no --key-file or CLEARANCE_KEY: a random key was used for this run; "
                  "pseudonyms and hashes will not match any other run")


def _print_quarantine(summary, report: Optional[Path]) -> None:
    if summary.quarantined:
        err.print(f"[yellow]warning:[/] {len(summary.quarantined)} row(s) quarantined, not written"
                  + (f"; reasons in {report}" if report else ""))
        for q in summary.quarantined[:10]:
            err.print(escape(f"  {q['source']} (id {q['transcript_id']}): {q['reason']}"))


def _print_gate(result) -> None:
    for s in result.suites:
        if s.get("skipped"):
            out.print(f"suite {s['name']}: [yellow]skipped[/] ({escape(s.get('reason', ''))})")
            continue
        mark = "[green]pass[/]" if s["success"] else "[red]FAIL[/]"
        out.print(f"suite {s['name']}: {mark}")
        for e in s["expectations"]:
            if not e["success"]:
                ids = ", ".join(e["transcript_ids"][:10])
                out.print(escape(f"  {e['check']}: {e['unexpected_count']} row(s): {ids}"))
    if result.canary:
        c = result.canary
        out.print(f"canary recall: {c['recall']:.3f} of {c['injected']} injected (minimum {c['min_recall']})")
    if result.rescan:
        r = result.rescan
        out.print(f"re-scan: {r['residual']} unexplained (maximum {r['max_residual']}), "
                  f"{r['unverifiable']} unverifiable without evidence")
    for e in result.errors:
        err.print(f"[red]error:[/] {escape(e)}")
    out.print(f"validation: {result.status}")


@app.command()
def scan(
    input: Path = typer.Argument(..., help="JSONL, CSV, Parquet file or folder, or folder of .txt files."),
    out_path: Path = typer.Option(..., "--out", "-o", help="Findings JSONL to write."),
    policy: Optional[Path] = PolicyOpt,
    id_column: Optional[str] = IdOpt,
    text_column: Optional[str] = TextOpt,
) -> None:
    """Find personal data; write one JSON line per finding (offsets, type, score, recognizer)."""
    from release import pipeline

    summary = _run_with_progress("scanning", pipeline.scan, input, out_path,
                                 _policy(policy, id_column, text_column))
    report = pipeline.write_quarantine(summary, out_path.with_name(out_path.name + ".quarantine.jsonl"))
    _print_summary(summary, "findings by type")
    _print_quarantine(summary, report)
    out.print(f"findings: {out_path}")


@app.command()
def anonymize(
    input: Path = typer.Argument(..., help="JSONL, CSV, Parquet file or folder, or folder of .txt files."),
    out_path: Path = typer.Option(..., "--out", "-o", help="Sanitized Parquet file to write."),
    policy: Optional[Path] = PolicyOpt,
    key_file: Optional[Path] = KeyOpt,
    id_column: Optional[str] = IdOpt,
    text_column: Optional[str] = TextOpt,
    evidence: Optional[Path] = typer.Option(None, "--evidence", help="Also write keyed hashes of every protected value here (keep it outside the release)."),
) -> None:
    """Apply the policy; write sanitized Parquet with the same rows and ids."""
    from anonymize.keys import load_key
    from release import pipeline
    from validation.evidence import Evidence

    key = load_key(key_file)
    ev = Evidence.for_key(key[0]) if evidence else None
    summary = _run_with_progress("anonymizing", pipeline.anonymize, input, out_path,
                                 _policy(policy, id_column, text_column), key=key, evidence=ev)
    if ev is not None:
        ev.save(evidence)
        out.print(f"evidence ({len(ev.protected)} keyed hashes): {evidence}")
    report = pipeline.write_quarantine(summary, out_path.with_name(out_path.name + ".quarantine.jsonl"))
    _print_summary(summary, "protected spans by type")
    _print_quarantine(summary, report)
    out.print(f"sanitized data: {out_path}")


@app.command()
def validate(
    data: Path = typer.Argument(..., help="Sanitized Parquet file or folder."),
    report_dir: Optional[Path] = typer.Option(None, "--report-dir", help="Write validation.json, junit.xml, leaks.sarif and Data Docs here."),
    suites: Optional[Path] = typer.Option(None, "--suites", help="Folder of GX suite JSON files (default: packaged)."),
    evidence: Optional[Path] = typer.Option(None, "--evidence", help="Evidence file from `anonymize --evidence` (enables the forbidden-values suite)."),
    original: Optional[Path] = typer.Option(None, "--original", help="The input that was anonymized (enables canary recall and row accounting)."),
    policy: Optional[Path] = PolicyOpt,
    key_file: Optional[Path] = KeyOpt,
    require_all: bool = typer.Option(False, "--require-all", help="Exit 2 if any suite cannot run for lack of inputs."),
) -> None:
    """Run the leakage suites. Exit 0 pass, 1 leak or failed expectation, 2 could not run."""
    from release import pipeline

    result = pipeline.validate(data, report_dir, suites, policy, evidence, key_file, original,
                               require_all=require_all)
    _print_gate(result)
    raise typer.Exit(result.exit_code)


@app.command()
def release(
    input: Path = typer.Argument(..., help="JSONL, CSV, Parquet file or folder, or folder of .txt files."),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Release folder to create."),
    policy: Optional[Path] = PolicyOpt,
    key_file: Optional[Path] = KeyOpt,
    force: bool = typer.Option(False, "--force", help="Replace an existing release folder."),
    id_column: Optional[str] = IdOpt,
    text_column: Optional[str] = TextOpt,
    evidence: Optional[Path] = typer.Option(None, "--evidence", help="Also save the run's evidence file here (outside the release)."),
    signing_key: Optional[Path] = typer.Option(None, "--signing-key", help="Ed25519 key from `clearance keygen`: signs SHA256SUMS and the provenance."),
    datasheet: Optional[Path] = typer.Option(None, "--datasheet", help="Publisher's datasheet answers (template: release/templates/datasheet.yaml)."),
    strict: bool = typer.Option(False, "--strict", help="Refuse to release while any datasheet answer is missing."),
    tar: bool = typer.Option(False, "--tar", help="Also write a reproducible DIR.tar bundle."),
) -> None:
    """anonymize -> validate -> release folder (written atomically; refused if validation fails)."""
    from release import pipeline

    outcome = _run_with_progress("releasing", pipeline.release, input, out_dir,
                                 _policy(policy, id_column, text_column), key_file, force,
                                 evidence_path=evidence, signing_key_file=signing_key,
                                 datasheet=datasheet, strict=strict, tar=tar)
    _print_summary(outcome.summary, "protected spans by type")
    _print_quarantine(outcome.summary, outcome.quarantine_report)
    _print_gate(outcome.gate)
    if not outcome.released:
        err.print(f"[red]release refused:[/] validation {outcome.gate.status}; nothing written to {out_dir} "
                  f"(gate report: {pipeline.gate_report_dir(out_dir)})")
        raise typer.Exit(outcome.gate.exit_code)
    out.print(f"gate report (JUnit, SARIF, Data Docs): {pipeline.gate_report_dir(out_dir)}")
    if not outcome.signed:
        err.print("[bold yellow]WARNING: this release is UNSIGNED.[/] Anyone can alter it and recompute "
                  "SHA256SUMS; sign with --signing-key (create one with `clearance keygen DIR`).")
    if tar:
        out.print(f"bundle: {out_dir.parent / (out_dir.name + '.tar')}")
    out.print(f"[bold green]release written:[/] {out_dir.resolve()}")


@app.command()
def audit(
    release_dir: Path = typer.Argument(..., help="A release folder or a .tar bundle."),
    public_key: Optional[Path] = typer.Option(None, "--public-key", help="The publisher's clearance.pub, to pin the signer."),
    as_json: bool = typer.Option(False, "--json", help="Print the audit result as JSON."),
) -> None:
    """Re-verify a release: checksums, files, signatures, provenance, figures, leakage suites.
    Exit 0 only when everything holds."""
    from release.audit import audit as run_audit

    result = run_audit(release_dir, public_key=public_key)
    if as_json:
        out.print_json(json.dumps(result.to_dict()))
    else:
        table = Table(title=f"audit of {release_dir}")
        table.add_column("check")
        table.add_column("result")
        for name, ok in result.checks:
            table.add_row(name, "[green]ok[/]" if ok else "[red]FAILED[/]")
        out.print(table)
        out.print(f"checked {result.checked_files} file(s)")
        for w in result.warnings:
            err.print(f"[yellow]warning:[/] {escape(w)}")
        for p in result.problems:
            out.print(f"[red]problem:[/] {escape(p)}")
        out.print("[bold green]audit passed[/]" if result.exit_code == 0 else "[bold red]audit failed[/]")
    raise typer.Exit(result.exit_code)


@app.command()
def keygen(folder: Path = typer.Argument(..., help="Where to write clearance.key (0600) and clearance.pub.")) -> None:
    """Create an Ed25519 signing key pair for `release --signing-key`."""
    from release.signing import keygen as make_keys

    secret, public = make_keys(folder)
    out.print(f"secret key (keep private, never commit): {secret}")
    out.print(f"public key (publish it): {public}")


@app.command("eval")
def eval_(
    target: str = typer.Argument(..., help="A labelled JSONL file, or `tab` for the TAB benchmark."),
    split: str = typer.Option("dev", "--split", help="TAB split: train, dev or test (report on test; tune on train/dev)."),
    policy: Optional[Path] = PolicyOpt,
    benchmarks: Optional[Path] = typer.Option(None, "--benchmarks", help="TAB file or folder (default: ../shared/benchmarks)."),
    as_json: bool = typer.Option(False, "--json", help="Print the full scores as JSON."),
) -> None:
    """Score `scan` on labelled transcripts (per-kind and per-type recall, decoy survival,
    precision) or on TAB (ER_di, ER_qi, token recall, token precision)."""
    from anonymize import evaluate
    from anonymize.policy import load_policy

    lp = load_policy(policy)
    if target == "tab":
        docs = evaluate.load_tab(benchmarks, split)
        scores = evaluate.score_tab(docs, evaluate.run_scan_on_texts({d["doc_id"]: d["text"] for d in docs}, lp.policy))
        rows = [(k, scores.get(k)) for k in ("ER_di", "ER_qi", "token_recall", "token_precision")]
        title = f"TAB {split}: {len(docs)} documents"
    else:
        gold = evaluate.load_labelled(target)
        scores = evaluate.score_labelled(
            evaluate.run_scan_on_texts({g["transcript_id"]: g["text"] for g in gold}, lp.policy), gold)
        rows = [(f"{k} {'survival' if k == 'decoy' else 'recall'}", v.get("survival", v.get("recall")))
                for k, v in scores["by_kind"].items()]
        rows += [(f"  {t}", v["recall"] if "recall" in v else v.get("survival"))
                 for t, v in scores["by_type"].items()]
        rows.append(("precision", scores.get("precision")))
        title = f"{target}: {scores.get('transcripts')} transcripts"
    if as_json:
        out.print_json(json.dumps(scores))
        return
    table = Table(title=title)
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name, value in rows:
        table.add_row(escape(name), "n/a" if value is None else f"{value:.3f}")
    out.print(table)


def main(argv: list[str] | None = None) -> None:
    """Entry point: turns every failure into one line and an exit code, never a traceback
    (set CLEARANCE_DEBUG=1 to see one; it may quote library messages)."""
    try:
        code = app(args=argv, standalone_mode=False, prog_name="clearance")
    except ClearanceError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        code = exc.exit_code
    except click.exceptions.Abort:
        err.print("aborted")
        code = 130
    except click.exceptions.ClickException as exc:
        exc.show()
        code = EXIT_CANNOT_RUN
    except Exception as exc:  # noqa: BLE001
        if os.environ.get("CLEARANCE_DEBUG"):
            traceback.print_exc()
        err.print(f"[red]internal error:[/] {type(exc).__name__} (no details printed: they could quote "
                  "transcript text; set CLEARANCE_DEBUG=1 to see them)")
        code = EXIT_CANNOT_RUN
    sys.exit(code if isinstance(code, int) else 0)


__all__ = ["app", "main", "EXIT_FAILED"]
