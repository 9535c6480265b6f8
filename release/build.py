"""The release folder's documents: Hugging Face card, datasheet, checksums.

Everything here is derived from counts and the policy, never from transcript text, and
carries no timestamp, so the same inputs give byte-identical files.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from anonymize import __version__
from anonymize.policy import LoadedPolicy
from validation.gate import GateResult

DATA_FILE = "data/train-00000-of-00001.parquet"
SUMS_FILE = "SHA256SUMS"

_ACTION_WORDS = {
    "redact": "replaced by [REDACTED]",
    "label": "replaced by a numbered type label ([TYPE_1], [TYPE_2], ...)",
    "mask": "masked character by character",
    "hash": "replaced by a keyed hash",
    "pseudonymize": "replaced by a consistent fictitious value",
    "generalize": "coarsened (dates to years, ages to 10-year bands, places to countries)",
    "keep": "kept unchanged",
}


def _size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                        (1_000_000, "100K<n<1M")):
        if n < limit:
            return name
    return "1M<n<10M"


def card(summary, lp: LoadedPolicy) -> str:
    front = {
        "license": "other",
        "language": ["en"],
        "pretty_name": "Sanitized interview transcripts",
        "size_categories": [_size_category(summary.rows_out)],
        "task_categories": ["text-generation"],
        "tags": ["interviews", "anonymized", "clearance"],
        "configs": [{"config_name": "default",
                     "data_files": [{"split": "train", "path": "data/train-*"}]}],
        "dataset_info": {
            "features": [{"name": "transcript_id", "dtype": "string"},
                         {"name": "text", "dtype": "string"}]
            + [{"name": c, "dtype": "string"} for c in lp.policy.columns.passthrough],
            "splits": [{"name": "train", "num_examples": summary.rows_out}],
        },
    }
    body = f"""# Sanitized interview transcripts

{summary.rows_out} interview transcripts, anonymized by Clearance {__version__} under the
policy `{lp.policy.name}` (sha256 `{lp.sha256}`). See `DATASHEET.md` for what was removed
and `validation.json` for the leakage checks this release passed.

Do not attempt to re-identify any participant.

Verify this folder with `clearance audit <folder>` or `sha256sum -c SHA256SUMS`.
"""
    return "---\n" + yaml.safe_dump(front, sort_keys=True) + "---\n\n" + body


def datasheet(summary, gate: GateResult, lp: LoadedPolicy) -> str:
    pol = lp.policy
    lines = [
        "# Datasheet",
        "",
        "## Preprocessing / cleaning",
        "",
        f"- Tool: Clearance {__version__}",
        f"- Policy: `{pol.name}` (version {pol.version}), sha256 `{lp.sha256}`",
        f"- Detection: Presidio with spaCy model `{pol.detection.spacy_model}`, "
        f"score threshold {pol.detection.score_threshold}",
        f"- Rows read: {summary.rows_in}; released: {summary.rows_out}; "
        f"quarantined (not released): {len(summary.quarantined)}",
        f"- Words in the released transcripts before anonymization: {summary.words_in}",
        f"- Input columns dropped: {', '.join(summary.dropped_columns) or 'none'}",
        f"- Pseudonym key: {'supplied by the publisher' if summary.key_source in ('file', 'env') else 'random for this run (pseudonyms do not match other releases)'}",
        "",
        "### What was removed, by entity type",
        "",
        "| entity type | action | spans |",
        "| --- | --- | --- |",
    ]
    for (etype, action), n in sorted(summary.by_type.items()):
        lines.append(f"| {etype} | {action} | {n} |")
    if not summary.by_type:
        lines.append("| (none found) | | 0 |")
    lines += ["", "### The policy in plain words", ""]
    for etype, rule in sorted(pol.entities.items()):
        lines.append(f"- {etype}: {_ACTION_WORDS[rule.action]}")
    lines.append(f"- any other detected type: {_ACTION_WORDS[pol.default_action]}")
    lines += ["", "### Leakage checks", ""]
    for s in gate.suites:
        passed = sum(1 for e in s["expectations"] if e["success"])
        lines.append(f"- suite `{s['name']}`: {'passed' if s['success'] else 'FAILED'} "
                     f"({passed}/{len(s['expectations'])} expectations)")
    lines += ["", "### Residual risk", "",
              "Automatic detection misses some personal data; rare combinations of "
              "remaining details (role, industry, life events) may still identify a "
              "participant to someone who knows them.", ""]
    return "\n".join(lines)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def release_files(root: Path) -> list[str]:
    """Every file of a release but the checksum list, as sorted POSIX paths."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                  if p.is_file() and p.relative_to(root).as_posix() != SUMS_FILE)


def write_sums(root: Path) -> None:
    lines = [f"{sha256_file(root / rel)}  {rel}\n" for rel in release_files(root)]
    (root / SUMS_FILE).write_text("".join(lines), encoding="utf-8")


def write_release_files(root: Path, summary, gate: GateResult, lp: LoadedPolicy) -> None:
    # The policy ships with the data: readers see exactly what was done, and `audit`
    # re-scans with the same allow-list and thresholds.
    (root / "policy.yaml").write_bytes(Path(lp.path).read_bytes())
    (root / "README.md").write_text(card(summary, lp), encoding="utf-8")
    (root / "DATASHEET.md").write_text(datasheet(summary, gate, lp), encoding="utf-8")
    write_sums(root)
