"""Shared fixtures: a small corpus with planted personal data, and the CLI runner.

The planted values are what every leak test greps for: they must never appear in any
artifact except as removed from the sanitized data.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from release.cli import main

ROOT = Path(__file__).resolve().parents[1]

# Values the pipeline must remove (the detector reliably finds them in these sentences).
PLANTED_IN_TEXT = [
    "Daniel Hartley", "Hartley", "daniel.hartley@brightwave-analytics.com", "(415) 555-2671",
    "536-22-8190", "10.24.101.7", "Sarah Whitfield", "+1 312 555 0198", "Sacramento",
    "https://danielhartley.dev/portfolio", "March 14, 2019", "Globodyne",
]
# Values in places that are never released: a dropped column, a quarantined row, a bad line.
PLANTED_ELSEWHERE = ["Ophelia Grantham", "Zachary Pemberton", "Wilhelmina Fairbrother"]
PLANTED = PLANTED_IN_TEXT + PLANTED_ELSEWHERE

TEXTS = [
    "AI: Could you introduce yourself?\n\nUser: Sure. My name is Daniel Hartley and I work "
    "at Globodyne in Sacramento. You can email me at daniel.hartley@brightwave-analytics.com "
    "or call (415) 555-2671.\n\nAI: Thanks, Daniel Hartley. When did you start using AI?\n\n"
    "User: On March 14, 2019 my manager Sarah Whitfield gave us ChatGPT licences.",
    "AI: Tell me about a difficult moment.\n\nUser: Our server at 10.24.101.7 was breached and "
    "my SSN 536-22-8190 leaked. Sarah Whitfield called me on +1 312 555 0198 at night.\n\n"
    "AI: That sounds stressful.\n\nUser: It was. My portfolio is at "
    "https://danielhartley.dev/portfolio if you want to see the write-up.",
    "AI: How do you use Claude at work?\n\nUser: Mostly for drafting emails in Excel macros. "
    "I'm 47, so I was sceptical at first.",
]


def write_corpus(path: Path, extra_lines: list[str] | None = None) -> Path:
    rows = [{"transcript_id": f"t-{i + 1}", "text": t, "interviewer": "Ophelia Grantham"}
            for i, t in enumerate(TEXTS)]
    lines = [json.dumps(r) for r in rows]
    # A duplicate id (quarantined unread) and a broken line, both carrying PII.
    lines.append(json.dumps({"transcript_id": "t-1", "text": "User: I am Zachary Pemberton."}))
    lines.append('{"transcript_id": "t-9", "text": "User: I am Wilhelmina Fairbrother"')
    lines += extra_lines or []
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "interviews.jsonl")


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    p = tmp_path / "test.key"
    p.write_text("a-test-key-of-sufficient-length\n")
    return p


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    """Run `clearance ARGS` in-process; return (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as exc:
        main([str(a) for a in args])
    captured = capsys.readouterr()
    return exc.value.code, captured.out, captured.err


def artifact_texts(root: Path) -> dict[str, str]:
    """Every file below root as text; Parquet files as their decoded string columns."""
    import pyarrow.parquet as pq

    out: dict[str, str] = {}
    for p in sorted(root.rglob("*")):
        if not p.is_file():
            continue
        if p.suffix == ".parquet":
            table = pq.read_table(p)
            out[str(p)] = "\n".join(str(v) for col in table.columns for v in col.to_pylist())
            out[str(p) + "#raw"] = p.read_bytes().decode("latin-1")
        else:
            out[str(p)] = p.read_bytes().decode("utf-8", errors="replace")
    return out
