"""DATASHEET.md: the seven sections of Gebru et al.'s "Datasheets for Datasets".

Facts come from the run (counts, what was removed, the policy in plain words, the gate's
results with canary recall); human answers (motivation, consent and withdrawal,
collection, licence, contact, maintenance) come from the publisher's datasheet YAML.
A missing answer is shown as missing, never invented.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml

from anonymize import __version__
from anonymize.errors import InputError
from anonymize.policy import LoadedPolicy

NOT_ANSWERED = "_Not answered._"
TOP_LEVEL = ("title", "license", "contact", "gated")
SECTIONS = {
    "motivation": ("purpose", "creators", "funding"),
    "collection": ("how_collected", "participants", "timeframe", "consent", "withdrawal", "ethics_review"),
    "uses": ("intended", "out_of_scope"),
    "distribution": ("how", "terms"),
    "maintenance": ("maintainer", "updates", "errata"),
}
_ACTION_WORDS = {
    "redact": "replaced by [REDACTED]",
    "label": "replaced by a numbered type label ([TYPE_1], [TYPE_2], ...)",
    "mask": "masked character by character",
    "hash": "replaced by a keyed hash",
    "pseudonymize": "replaced by a consistent fictitious value",
    "generalize": "coarsened (dates to years, ages to 10-year bands, places to countries)",
    "keep": "kept unchanged",
}


def template_path() -> Path:
    return Path(str(resources.files("release").joinpath("templates/datasheet.yaml")))


def load_answers(path: str | Path | None) -> dict:
    """The publisher's answers; unknown keys are an error (a typo would silently leave a
    question unanswered)."""
    if path is None:
        return {}
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        raise InputError(f"datasheet {path}: not a readable YAML file") from None
    if not isinstance(data, dict):
        raise InputError(f"datasheet {path}: expected a mapping")
    allowed = set(TOP_LEVEL) | set(SECTIONS)
    for key, value in data.items():
        if key not in allowed:
            raise InputError(f"datasheet {path}: unknown key {key!r}")
        if key in SECTIONS:
            if not isinstance(value, dict):
                raise InputError(f"datasheet {path}: {key} must be a mapping")
            for sub in value:
                if sub not in SECTIONS[key]:
                    raise InputError(f"datasheet {path}: unknown key {key}.{sub}")
    return data


def answer(answers: dict, dotted: str) -> str:
    node: object = answers
    for part in dotted.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return str(node).strip() if node not in (None, "") else ""


def missing_answers(answers: dict) -> list[str]:
    keys = [k for k in TOP_LEVEL if k != "gated"] + [f"{s}.{q}" for s, qs in SECTIONS.items() for q in qs]
    return [k for k in keys if not answer(answers, k)]


def _a(answers: dict, key: str) -> str:
    return answer(answers, key) or NOT_ANSWERED


def render(summary, gate, lp: LoadedPolicy, answers: dict, files: list[tuple[str, int]]) -> str:
    pol = lp.policy
    removed = sorted(summary.by_type.items())
    L = [f"# Datasheet: {answer(answers, 'title') or 'Sanitized interview transcripts'}", "",
         f"Produced by Clearance {__version__}. Sections follow Gebru et al., *Datasheets for "
         "Datasets*. Facts come from the release run; answers marked as such come from the "
         "publisher.", ""]
    L += ["## Motivation", "",
          f"- Purpose (publisher): {_a(answers, 'motivation.purpose')}",
          f"- Creators (publisher): {_a(answers, 'motivation.creators')}",
          f"- Funding (publisher): {_a(answers, 'motivation.funding')}", ""]
    L += ["## Composition", "",
          f"- Instances: {summary.rows_out} interview transcripts (rows), one per participant "
          f"interview, in turns labelled {', '.join(pol.detection.speaker_labels)}.",
          f"- Words before anonymization: {summary.words_in}.",
          f"- Fields: transcript_id, text" + "".join(f", {c}" for c in pol.columns.passthrough) + ".",
          f"- Files: " + ", ".join(f"`{name}` ({rows} rows)" for name, rows in files) + ".",
          f"- Rows read: {summary.rows_in}; quarantined and not released: {len(summary.quarantined)}.",
          "- Personal data: the transcripts were written by or about real participants; what "
          "identifies them was removed or replaced as listed under Preprocessing.", ""]
    L += ["## Collection Process", "",
          f"- How collected (publisher): {_a(answers, 'collection.how_collected')}",
          f"- Participants (publisher): {_a(answers, 'collection.participants')}",
          f"- Timeframe (publisher): {_a(answers, 'collection.timeframe')}",
          f"- Consent (publisher): {_a(answers, 'collection.consent')}",
          f"- Withdrawing consent (publisher): {_a(answers, 'collection.withdrawal')}",
          f"- Ethics review (publisher): {_a(answers, 'collection.ethics_review')}", ""]
    L += ["## Preprocessing / Cleaning / Labeling", "",
          f"- Tool: Clearance {__version__}; policy `{pol.name}` (version {pol.version}), sha256 "
          f"`{lp.sha256}`, shipped as `policy.yaml`"
          + (f" with its allow-list files {', '.join(pol.detection.allow_list_files)}." if pol.detection.allow_list_files
             else "."),
          f"- Detection: Presidio with spaCy model `{pol.detection.spacy_model}` and Clearance's "
          f"recognizers, score threshold {pol.detection.score_threshold}.",
          f"- Input columns dropped: {', '.join(summary.dropped_columns) or 'none'}.",
          "- Pseudonym key: " + ("supplied by the publisher (kept secret)" if summary.key_source in ("file", "env")
                                 else "random for this run (pseudonyms match no other release)") + ".",
          "", "What was found and done, by entity type:", "",
          "| entity type | action | spans |", "| --- | --- | --- |"]
    L += [f"| {t} | {a} | {n} |" for (t, a), n in removed] or ["| (none found) | | 0 |"]
    L += ["", "The policy in plain words:", ""]
    L += [f"- {t}: {_ACTION_WORDS[r.action]}" for t, r in sorted(pol.entities.items())]
    L += [f"- any other detected type: {_ACTION_WORDS[pol.default_action]}", "",
          "Leakage gate (Great Expectations suites, details in `validation.json`):", ""]
    for s in gate.suites:
        state = "skipped" if s.get("skipped") else ("passed" if s["success"] else "FAILED")
        L.append(f"- `{s['name']}`: {state}")
    if gate.canary:
        c = gate.canary
        L.append(f"- Canary recall: {c['recall']:.3f} of {c['injected']} synthetic identifiers "
                 f"injected into copies of transcripts were removed (minimum {c['min_recall']}).")
    if gate.rescan:
        r = gate.rescan
        L.append(f"- Independent re-scan: {r['residual']} unexplained entities "
                 f"(maximum {r['max_residual']}).")
    L += ["", "Residual risk: automatic detection misses some personal data (see canary recall "
          "and the re-scan above); rare combinations of remaining details (role, industry, life "
          "events, writing style) may still let someone who knows a participant recognise them.", ""]
    L += ["## Uses", "",
          f"- Intended uses (publisher): {_a(answers, 'uses.intended')}",
          f"- Out of scope (publisher): {_a(answers, 'uses.out_of_scope')}",
          "- Never: attempting to re-identify participants or linking them to other data.", ""]
    L += ["## Distribution", "",
          f"- License: {_a(answers, 'license')}",
          f"- How (publisher): {_a(answers, 'distribution.how')}",
          f"- Terms (publisher): {_a(answers, 'distribution.terms')}",
          "- Integrity: `SHA256SUMS` (and, when signed, `SHA256SUMS.minisig` and the in-toto "
          "provenance in `provenance.intoto.jsonl`); verify with `clearance audit`.", ""]
    L += ["## Maintenance", "",
          f"- Contact: {_a(answers, 'contact')}",
          f"- Maintainer (publisher): {_a(answers, 'maintenance.maintainer')}",
          f"- Updates (publisher): {_a(answers, 'maintenance.updates')}",
          f"- Errata (publisher): {_a(answers, 'maintenance.errata')}", ""]
    missing = missing_answers(answers)
    if missing:
        L += [f"Unanswered publisher questions: {', '.join(missing)}.", ""]
    return "\n".join(L)
