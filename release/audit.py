"""Audit: re-verify a release someone hands you (a folder or a `--tar` bundle), offline.

Checks every checksum and that no file is missing or extra; the minisign signature of
SHA256SUMS and the DSSE signature of the provenance (against a pinned --public-key, or
the key shipped in the release, which only proves self-consistency); that provenance
subjects match the files; that the figures in the card, datasheet and Croissant match
the data; and re-runs the leakage suites that need no original (patterns, re-scan,
structure). Exit 0 only when everything holds; 2 when the thing is not a release at all.
"""

from __future__ import annotations

import base64
import json
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from anonymize.errors import EXIT_CANNOT_RUN, EXIT_FAILED, EXIT_OK
from anonymize.policy import load_policy
from release import signing
from release.build import (CROISSANT_FILE, PROVENANCE_FILE, SIG_FILE, SUMS_FILE, UNSUMMED,
                           data_files, release_files, sha256_file)
from validation.gate import GateInputs, GateResult, run_gate

_SUM_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")


@dataclass
class AuditResult:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    checks: list[tuple[str, bool]] = field(default_factory=list)
    checked_files: int = 0
    gate: GateResult | None = None
    cannot_run: bool = False

    @property
    def exit_code(self) -> int:
        if self.cannot_run:
            return EXIT_CANNOT_RUN
        return EXIT_FAILED if self.problems else EXIT_OK

    def check(self, name: str, ok: bool, problem: str = "") -> bool:
        self.checks.append((name, ok))
        if not ok:
            self.problems.append(problem or f"{name} failed")
        return ok

    def to_dict(self) -> dict:
        return {"ok": self.exit_code == EXIT_OK, "problems": self.problems, "warnings": self.warnings,
                "checks": [{"check": n, "ok": ok} for n, ok in self.checks],
                "checked_files": self.checked_files,
                "gate": self.gate.to_dict() if self.gate else None}


def check_sums(root: Path, result: AuditResult) -> None:
    sums = root / SUMS_FILE
    if not result.check("SHA256SUMS present", sums.is_file(), f"{SUMS_FILE} is missing"):
        return
    try:
        content = sums.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        result.check("SHA256SUMS readable", False, f"{SUMS_FILE} is not UTF-8 text")
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
    result.check("SHA256SUMS canonical", content == canonical, f"{SUMS_FILE} is not in canonical form")
    present = set(release_files(root))
    for rel in sorted(set(listed) - present):
        result.problems.append(f"missing file: {rel}")
    for rel in sorted(present - set(listed)):
        result.problems.append(f"file not in {SUMS_FILE}: {rel}")
    extras = sorted(p.name for p in root.iterdir() if p.name in UNSUMMED - {SUMS_FILE} and p.name != SIG_FILE)
    for name in extras:
        result.problems.append(f"unexpected file: {name}")
    for rel in sorted(set(listed) & present):
        result.checked_files += 1
        if sha256_file(root / rel) != listed[rel]:
            result.problems.append(f"checksum mismatch: {rel}")
    result.checks.append(("checksums", not any(p.startswith(("missing", "file not", "checksum")) for p in result.problems)))


def check_signatures(root: Path, result: AuditResult, public_key: Path | None) -> None:
    shipped = root / signing.PUBLIC_KEY_FILE
    sig = root / SIG_FILE
    if not sig.exists() and not shipped.exists():
        if public_key is not None:
            result.check("signature", False, "release is unsigned but --public-key was given")
        else:
            result.warnings.append("release is unsigned: integrity only, no proof of who made it")
        return
    try:
        pk = signing.parse_public_key((public_key or shipped).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        result.check("public key", False, "public key is missing or unreadable")
        return
    if public_key is None:
        result.warnings.append("signature checked against the key shipped in the release; "
                               "pass --public-key to pin the publisher's key")
    elif shipped.exists() and shipped.read_text(encoding="utf-8", errors="replace") != public_key.read_text(encoding="utf-8"):
        result.check("shipped key", False, "the release ships a different public key than --public-key")
    ok = sig.is_file() and (root / SUMS_FILE).is_file() and signing.minisign_verify(
        pk, (root / SUMS_FILE).read_bytes(), sig.read_text(encoding="utf-8", errors="replace"))
    result.check("SHA256SUMS signature", ok, "SHA256SUMS signature does not verify")
    envelope = _envelope(root)
    result.check("provenance signature", envelope is not None and signing.dsse_verify(envelope, pk),
                 "provenance signature does not verify")


def _envelope(root: Path) -> dict | None:
    try:
        return json.loads((root / PROVENANCE_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None


def check_provenance(root: Path, result: AuditResult) -> None:
    envelope = _envelope(root)
    try:
        statement = json.loads(base64.b64decode(envelope["payload"], validate=True))
        subjects = {s["name"]: s["digest"]["sha256"] for s in statement["subject"]}
        ok = statement["_type"] == "https://in-toto.io/Statement/v1"
    except (TypeError, KeyError, ValueError):
        result.check("provenance", False, "provenance.intoto.jsonl is not an in-toto statement")
        return
    expected = release_files(root, exclude=UNSUMMED | {PROVENANCE_FILE})
    ok = ok and sorted(subjects) == expected and all(sha256_file(root / n) == subjects[n] for n in expected)
    result.check("provenance subjects", ok, "provenance subjects do not match the release files")


def check_figures(root: Path, result: AuditResult) -> None:
    """The numbers people read (card, datasheet, Croissant) must describe this data."""
    try:
        files = data_files(root)
    except Exception:  # noqa: BLE001
        result.check("data readable", False, "data files are not readable Parquet")
        return
    rows = sum(n for _, n in files)
    try:
        card = (root / "README.md").read_text(encoding="utf-8")
        front = yaml.safe_load(card.split("---\n")[1])
        splits = front["dataset_info"]["splits"]
        result.check("card row count", sum(s["num_examples"] for s in splits) == rows,
                     "README.md card row count does not match the data")
    except Exception:  # noqa: BLE001
        result.check("card", False, "README.md has no readable dataset card front matter")
    try:
        sheet = (root / "DATASHEET.md").read_text(encoding="utf-8")
        m = re.search(r"Instances: (\d+) interview transcripts", sheet)
        result.check("datasheet row count", bool(m) and int(m.group(1)) == rows,
                     "DATASHEET.md row count does not match the data")
    except (OSError, UnicodeDecodeError):
        result.check("datasheet", False, "DATASHEET.md is missing or unreadable")
    try:
        cr = json.loads((root / CROISSANT_FILE).read_text(encoding="utf-8"))
        objs = {d["contentUrl"]: d["sha256"] for d in cr["distribution"] if d.get("@type") == "cr:FileObject"}
        ok = sorted(objs) == sorted(n for n, _ in files) and all(sha256_file(root / n) == h for n, h in objs.items())
        result.check("croissant files", ok, "croissant.json does not describe the data files")
    except Exception:  # noqa: BLE001
        result.check("croissant", False, "croissant.json is missing or unreadable")


def audit(target: str | Path, suites_dir: str | Path | None = None,
          public_key: str | Path | None = None) -> AuditResult:
    target = Path(target)
    if target.is_file() and target.suffix == ".tar":
        from release.bundle import extract_release

        with tempfile.TemporaryDirectory(prefix="clearance-audit-") as tmp:
            try:
                root = extract_release(target, Path(tmp))
            except Exception:  # noqa: BLE001
                result = AuditResult(cannot_run=True)
                result.problems.append(f"{target} is not a readable release bundle")
                return result
            return audit(root, suites_dir, public_key)
    result = AuditResult()
    if not target.is_dir():
        result.problems.append(f"{target} is not a release folder or bundle")
        result.cannot_run = True
        return result
    root = target
    check_sums(root, result)
    check_signatures(root, result, Path(public_key) if public_key else None)
    check_provenance(root, result)
    check_figures(root, result)
    # The release ships the policy it was made with; its gate settings and allow-list are
    # what the re-scan must judge by.
    try:
        lp = load_policy(root / "policy.yaml")
    except Exception:  # noqa: BLE001 - a broken shipped policy is a finding, not a crash
        result.check("policy", False, "policy.yaml is missing or not a valid policy")
        return result
    result.gate = run_gate(GateInputs(root / "data", lp, suites_dir=Path(suites_dir) if suites_dir else None))
    if result.gate.status == "fail":
        result.problems.append("leakage suites failed: " + ", ".join(result.gate.failed_suites))
    elif result.gate.status == "error":
        result.problems.append("leakage suites could not run: " + "; ".join(result.gate.errors))
    result.checks.append(("leakage suites", result.gate.status == "pass"))
    return result
