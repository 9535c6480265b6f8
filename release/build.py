"""The release folder's documents and integrity files.

Everything here is derived from counts, the policy and the publisher's answers, never
from transcript text. Timestamps come only from SOURCE_DATE_EPOCH (omitted when it is
unset), so the same inputs and keys give a byte-identical folder.

Order matters: content files -> provenance (its subjects are the content files) ->
SHA256SUMS (covers everything above) -> SHA256SUMS.minisig (signs SHA256SUMS).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import yaml

from anonymize import __version__
from anonymize.policy import LoadedPolicy
from release import datasheet as ds
from release import signing
from validation.gate import GateResult

DATA_DIR = "data"
SPLIT = "train"
SUMS_FILE = "SHA256SUMS"
SIG_FILE = "SHA256SUMS.minisig"
PROVENANCE_FILE = "provenance.intoto.jsonl"
CROISSANT_FILE = "croissant.json"
UNSUMMED = {SUMS_FILE, SIG_FILE}  # everything else is listed in SHA256SUMS
BUILD_TYPE = "https://clearance.invalid/release/v1"


def shard_name(i: int, n: int, split: str = SPLIT) -> str:
    return f"{DATA_DIR}/{split}-{i:05d}-of-{n:05d}.parquet"


def source_date() -> dt.datetime | None:
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if not raw:
        return None
    return dt.datetime.fromtimestamp(int(raw), tz=dt.timezone.utc)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def release_files(root: Path, exclude: set[str] = UNSUMMED) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                  if p.is_file() and p.relative_to(root).as_posix() not in exclude)


def data_files(root: Path) -> list[tuple[str, int]]:
    return [(rel, pq.ParquetFile(root / rel).metadata.num_rows)
            for rel in release_files(root) if rel.startswith(f"{DATA_DIR}/") and rel.endswith(".parquet")]


def _size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                        (1_000_000, "100K<n<1M")):
        if n < limit:
            return name
    return "1M<n<10M"


def card(rows: int, lp: LoadedPolicy, answers: dict) -> str:
    title = ds.answer(answers, "title") or "Sanitized interview transcripts"
    front = {
        "license": (ds.answer(answers, "license") or "other").lower(),
        "language": ["en"],
        "pretty_name": title,
        "size_categories": [_size_category(rows)],
        "task_categories": ["text-generation", "text-classification"],
        "tags": ["interviews", "qualitative-research", "anonymized", "clearance"],
        "configs": [{"config_name": "default",
                     "data_files": [{"split": SPLIT, "path": f"{DATA_DIR}/{SPLIT}-*"}]}],
        "dataset_info": {
            "features": [{"name": "transcript_id", "dtype": "string"},
                         {"name": "text", "dtype": "string"}]
            + [{"name": c, "dtype": "string"} for c in lp.policy.columns.passthrough],
            "splits": [{"name": SPLIT, "num_examples": rows}],
        },
    }
    if answers.get("gated", True):
        front["extra_gated_prompt"] = (
            "These transcripts come from real interviews. By requesting access you agree not to "
            "attempt to identify any participant, not to link the data with other sources to do "
            "so, and to report any personal data you find to the contact below.")
        front["extra_gated_fields"] = {"I agree not to attempt to re-identify participants": "checkbox"}
    contact = ds.answer(answers, "contact") or "not given"
    body = f"""# {title}

{rows} interview transcripts, anonymized by Clearance {__version__} under the policy
`{lp.policy.name}` (sha256 `{lp.sha256}`, shipped as `policy.yaml`{_with_lists(lp)}). `DATASHEET.md`
documents the data and what was removed; `validation.json` holds the leakage checks this
release passed; `croissant.json` is its Croissant 1.1 description.

**Do not attempt to re-identify any participant.** Report personal data you find to:
{contact}.

Verify this folder offline with `clearance audit <folder>` or `sha256sum -c SHA256SUMS`
(and `minisign -Vm SHA256SUMS -p clearance.pub` when it is signed).
"""
    return "---\n" + yaml.safe_dump(front, sort_keys=True, allow_unicode=True) + "---\n\n" + body


def croissant(root: Path, lp: LoadedPolicy, answers: dict, summary, gate: GateResult) -> dict:
    files = data_files(root)
    license_ = ds.answer(answers, "license") or "other"
    doc = {
        "@context": CROISSANT_CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.1",
        "name": ds.answer(answers, "title") or "Sanitized interview transcripts",
        "description": f"{summary.rows_out} interview transcripts anonymized by Clearance {__version__}.",
        "license": license_,
        "url": "https://clearance.invalid/datasets/unpublished",
        "version": "1.0.0",
        "citeAs": ds.answer(answers, "title") or "Sanitized interview transcripts",
        "creator": {"@type": "sc:Organization",
                    "name": ds.answer(answers, "motivation.creators") or "not given",
                    "email": ds.answer(answers, "contact") or "not given"},
        "distribution": [
            {"@type": "cr:FileObject", "@id": rel, "name": rel, "contentUrl": rel,
             "encodingFormat": "application/x-parquet", "sha256": sha256_file(root / rel)}
            for rel, _ in files
        ] + [{"@type": "cr:FileSet", "@id": "parquet-files", "name": "parquet-files",
              "encodingFormat": "application/x-parquet", "includes": f"{DATA_DIR}/*.parquet"}],
        "recordSet": [{
            "@type": "cr:RecordSet", "@id": "default", "name": "default",
            "field": [{"@type": "cr:Field", "@id": f"default/{c}", "name": c, "dataType": "sc:Text",
                       "source": {"fileSet": {"@id": "parquet-files"}, "extract": {"column": c}}}
                      for c in ["transcript_id", "text", *lp.policy.columns.passthrough]],
        }],
        "rai:dataCollection": ds.answer(answers, "collection.how_collected") or "not given",
        "rai:dataCollectionType": "Interviews",
        "rai:dataCollectionTimeframe": ds.answer(answers, "collection.timeframe") or "not given",
        "rai:personalSensitiveInformation": (
            "Transcripts of interviews with real people. Direct identifiers and quasi-identifiers "
            f"were removed or replaced under policy '{lp.policy.name}' (see DATASHEET.md); "
            "residual risk remains."),
        "rai:dataPreprocessingProtocol": (
            f"Clearance {__version__}: Presidio/spaCy detection, policy-driven anonymization, "
            "Great Expectations leakage gate."),
        "rai:dataManipulationProtocol": "Personal data replaced by labels, surrogates or coarser values.",
        "rai:dataUseCases": ds.answer(answers, "uses.intended") or "not given",
        "rai:dataLimitations": "Automatic anonymization misses some personal data; canary recall "
                               + (f"{gate.canary['recall']:.3f}" if gate.canary else "not measured") + ".",
        "rai:dataSocialImpact": "Participants could be harmed if re-identified; re-identification is forbidden.",
    }
    when = source_date()
    if when is not None:
        doc["datePublished"] = when.date().isoformat()
    return doc


CROISSANT_CONTEXT = {
    "@language": "en", "@vocab": "https://schema.org/", "citeAs": "cr:citeAs", "column": "cr:column",
    "conformsTo": "dct:conformsTo", "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/", "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"}, "dct": "http://purl.org/dc/terms/",
    "examples": {"@id": "cr:examples", "@type": "@json"}, "extract": "cr:extract", "field": "cr:field",
    "fileProperty": "cr:fileProperty", "fileObject": "cr:fileObject", "fileSet": "cr:fileSet",
    "format": "cr:format", "includes": "cr:includes", "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath", "key": "cr:key", "md5": "cr:md5", "parentField": "cr:parentField",
    "path": "cr:path", "recordSet": "cr:recordSet", "references": "cr:references", "regex": "cr:regex",
    "repeated": "cr:repeated", "replace": "cr:replace", "sc": "https://schema.org/",
    "separator": "cr:separator", "source": "cr:source", "subField": "cr:subField",
    "transform": "cr:transform", "equivalentProperty": "cr:equivalentProperty",
    "samplingRate": "cr:samplingRate",
}


def _with_lists(lp: LoadedPolicy) -> str:
    """The policy's allow-list files, which its digest covers and the release ships."""
    names = lp.policy.detection.allow_list_files
    return f" with its allow-list files {', '.join(f'`{n}`' for n in names)}" if names else ""


def provenance_statement(root: Path, lp: LoadedPolicy, input_digest: str) -> dict:
    """in-toto Statement v1 with a SLSA v1 provenance predicate; subjects are every file
    of the release but the integrity files themselves."""
    subjects = [{"name": rel, "digest": {"sha256": sha256_file(root / rel)}}
                for rel in release_files(root, exclude=UNSUMMED | {PROVENANCE_FILE})]
    metadata: dict = {}
    when = source_date()
    if when is not None:
        metadata = {"startedOn": when.isoformat().replace("+00:00", "Z"),
                    "finishedOn": when.isoformat().replace("+00:00", "Z")}
    return {
        "_type": "https://in-toto.io/Statement/v1",
        "subject": subjects,
        "predicateType": "https://slsa.dev/provenance/v1",
        "predicate": {
            "buildDefinition": {
                "buildType": BUILD_TYPE,
                "externalParameters": {"policy": {"name": lp.policy.name, "sha256": lp.sha256}},
                "internalParameters": {"tool": "clearance", "version": __version__},
                "resolvedDependencies": [
                    {"name": "input", "digest": {"sha256": input_digest}},
                    {"name": "policy.yaml", "digest": {"sha256": sha256_file(root / "policy.yaml")}},
                    *({"name": name, "digest": {"sha256": sha256_file(root / name)}}
                      for name in lp.policy.detection.allow_list_files),
                ],
            },
            "runDetails": {"builder": {"id": f"https://clearance.invalid/tool@{__version__}"},
                           "metadata": metadata},
        },
    }


def write_sums(root: Path) -> None:
    lines = [f"{sha256_file(root / rel)}  {rel}\n" for rel in release_files(root)]
    (root / SUMS_FILE).write_text("".join(lines), encoding="utf-8")


def write_release_files(root: Path, summary, gate: GateResult, lp: LoadedPolicy, answers: dict,
                        input_digest: str, signing_key=None) -> None:
    # The policy ships with the data: readers see exactly what was done, and `audit`
    # re-scans with the same allow-list and thresholds.
    (root / "policy.yaml").write_bytes(Path(lp.path).read_bytes())
    for name in lp.policy.detection.allow_list_files:  # its allow-list files, at the same place
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes((Path(lp.path).parent / name).read_bytes())
    files = data_files(root)
    rows = sum(n for _, n in files)
    (root / "README.md").write_text(card(rows, lp, answers), encoding="utf-8")
    (root / "DATASHEET.md").write_text(ds.render(summary, gate, lp, answers, files), encoding="utf-8")
    (root / CROISSANT_FILE).write_text(
        json.dumps(croissant(root, lp, answers, summary, gate), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if signing_key is not None:
        (root / signing.PUBLIC_KEY_FILE).write_text(signing.public_key_text(signing_key.public_key()),
                                                   encoding="utf-8")
    statement = json.dumps(provenance_statement(root, lp, input_digest), sort_keys=True,
                           separators=(",", ":")).encode()
    envelope = signing.dsse_envelope(statement, signing_key)
    (root / PROVENANCE_FILE).write_text(json.dumps(envelope, sort_keys=True) + "\n", encoding="utf-8")
    write_sums(root)
    if signing_key is not None:
        sums = (root / SUMS_FILE).read_bytes()
        comment = f"clearance {__version__} release; SHA256SUMS sha256 {hashlib.sha256(sums).hexdigest()}"
        (root / SIG_FILE).write_text(signing.minisign(signing_key, sums, comment), encoding="utf-8")


def input_digest(path: str | Path) -> str:
    """sha256 of the input file, or of the sorted (path, sha256) list of a folder's files."""
    p = Path(path)
    if p.is_file():
        return sha256_file(p)
    h = hashlib.sha256()
    for f in sorted(x for x in p.rglob("*") if x.is_file()):
        h.update(f"{f.relative_to(p).as_posix()}\0{sha256_file(f)}\n".encode())
    return h.hexdigest()
