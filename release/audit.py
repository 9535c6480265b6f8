"""Audit: re-verify a release someone hands you, with nothing but the folder.

Checks every checksum, that no file is missing or extra, and re-runs the leakage suites
on the released data. Any problem means exit 1; a folder that is not a release at all
(or suites that cannot run) means exit 2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from anonymize.errors import EXIT_CANNOT_RUN, EXIT_FAILED, EXIT_OK
from release.build import DATA_FILE, SUMS_FILE, release_files, sha256_file
from anonymize.policy import load_policy
from validation.gate import GateInputs, GateResult, run_gate

_SUM_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")


@dataclass
class AuditResult:
    problems: list[str] = field(default_factory=list)
    checked_files: int = 0
    gate: GateResult | None = None
    cannot_run: bool = False

    @property
    def exit_code(self) -> int:
        if self.cannot_run:
            return EXIT_CANNOT_RUN
        return EXIT_FAILED if self.problems else EXIT_OK

    def to_dict(self) -> dict:
        return {"ok": self.exit_code == EXIT_OK, "problems": self.problems,
                "checked_files": self.checked_files,
                "gate": self.gate.to_dict() if self.gate else None}


def check_sums(root: Path, result: AuditResult) -> None:
    sums = root / SUMS_FILE
    if not sums.is_file():
        result.problems.append(f"{SUMS_FILE} is missing")
        return
    try:
        content = sums.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        result.problems.append(f"{SUMS_FILE} is not UTF-8 text")
        return
    listed: dict[str, str] = {}
    for n, line in enumerate(content.split("\n")[:-1], 1):
        m = _SUM_LINE.fullmatch(line)
        if not m:
            result.problems.append(f"{SUMS_FILE} line {n} is malformed")
            continue
        listed[m.group(2)] = m.group(1)
    # The file must be exactly what the release tool writes: any other byte is tampering.
    canonical = "".join(f"{h}  {rel}\n" for rel, h in sorted(listed.items()))
    if content != canonical:
        result.problems.append(f"{SUMS_FILE} is not in canonical form")
    present = set(release_files(root))
    for rel in sorted(set(listed) - present):
        result.problems.append(f"missing file: {rel}")
    for rel in sorted(present - set(listed)):
        result.problems.append(f"file not in {SUMS_FILE}: {rel}")
    for rel in sorted(set(listed) & present):
        result.checked_files += 1
        if sha256_file(root / rel) != listed[rel]:
            result.problems.append(f"checksum mismatch: {rel}")


def audit(release_dir: str | Path, suites_dir: str | Path | None = None) -> AuditResult:
    root = Path(release_dir)
    result = AuditResult()
    if not root.is_dir():
        result.problems.append(f"{root} is not a folder")
        result.cannot_run = True
        return result
    check_sums(root, result)
    data = root / DATA_FILE
    if not data.parent.is_dir():
        result.problems.append("data/ folder is missing")
        return result
    # The release ships the policy it was made with; its gate settings and allow-list
    # are what the re-scan must judge by.
    shipped = root / "policy.yaml"
    try:
        lp = load_policy(shipped if shipped.is_file() else None)
    except Exception:  # noqa: BLE001 - a broken shipped policy is a finding, not a crash
        result.problems.append("policy.yaml is not a valid policy")
        return result
    result.gate = run_gate(GateInputs(data.parent, lp, suites_dir=Path(suites_dir) if suites_dir else None))
    if result.gate.status == "fail":
        result.problems.append("leakage suites failed: " + ", ".join(result.gate.failed_suites))
    elif result.gate.status == "error":
        result.problems.append("leakage suites could not run: " + "; ".join(result.gate.errors))
    return result
