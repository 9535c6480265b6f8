"""Gate reports for people and CI: validation.json, junit.xml, leaks.sarif, Data Docs.

All of them are built from GateResult, which holds ids, counts and offsets only.
validation.json carries no timestamp, so it is byte-identical for identical runs (it is
part of the release).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from anonymize import __version__
from validation.gate import GateResult

_EXTERNAL_TAG = re.compile(
    r"<(?:link|script|img|iframe|source)\b[^>]*\b(?:href|src|srcset)\s*=\s*[\"']?(?:https?:)?//[^>]*>(?:\s*</(?:script|iframe)>)?",
    re.IGNORECASE)
_EXTERNAL_CSS = re.compile(r"(?:@import\s+)?url\(\s*[\"']?(?:https?:)?//[^)]*\)", re.IGNORECASE)


def validation_json(result: GateResult) -> str:
    return json.dumps(result.to_dict(), indent=2, sort_keys=True) + "\n"


def junit_xml(result: GateResult) -> str:
    """One testsuite per GX suite, one testcase per expectation (skipped suites skip)."""
    root = ET.Element("testsuites", name="clearance-gate")
    for s in result.suites:
        cases = s["expectations"] or [{"check": s["name"], "success": False, "error": False}]
        ts = ET.SubElement(root, "testsuite", name=s["name"], tests=str(len(cases)),
                           failures=str(sum(1 for e in cases if not e["success"] and not e.get("error") and not s["skipped"])),
                           errors=str(sum(1 for e in cases if e.get("error"))),
                           skipped=str(len(cases) if s["skipped"] else 0))
        for e in cases:
            tc = ET.SubElement(ts, "testcase", classname=f"clearance.{s['name']}", name=e["check"])
            if s["skipped"]:
                ET.SubElement(tc, "skipped", message=s.get("reason", "skipped"))
            elif e.get("error"):
                ET.SubElement(tc, "error", message="expectation could not be evaluated")
            elif not e["success"]:
                ids = ", ".join(e.get("transcript_ids", [])[:20])
                msg = f"{e.get('unexpected_count') or 0} row(s) failed"
                if e.get("observed_value") is not None:
                    msg = f"observed {e['observed_value']}"
                ET.SubElement(tc, "failure", message=msg).text = f"transcripts: {ids}" if ids else msg
    if result.errors:
        ts = ET.SubElement(root, "testsuite", name="gate", tests="1", failures="0", errors="1")
        tc = ET.SubElement(ts, "testcase", classname="clearance.gate", name="gate_can_run")
        ET.SubElement(tc, "error", message="; ".join(result.errors))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def sarif(result: GateResult, data_uri: str) -> str:
    """SARIF 2.1.0: one result per located leak (transcript id + character offsets) and
    one per failed check without offsets; messages never contain text."""
    rules, results = {}, []

    def rule(rule_id: str, text: str) -> None:
        rules.setdefault(rule_id, {"id": rule_id, "shortDescription": {"text": text}})

    for loc in result.locations:
        rid = f"clearance/{loc['check']}"
        rule(rid, {"rescan": "Entity found by the independent re-scan and not explained",
                   "forbidden_values": "A protected value is still present"}.get(loc["check"], loc["check"]))
        what = f" ({loc['entity_type']})" if loc.get("entity_type") else ""
        results.append({
            "ruleId": rid, "level": "error",
            "message": {"text": f"possible leak{what} in transcript {loc['transcript_id']}"},
            "locations": [{
                "physicalLocation": {"artifactLocation": {"uri": data_uri},
                                     "region": {"charOffset": loc["start"], "charLength": loc["end"] - loc["start"]}},
                "logicalLocations": [{"name": str(loc["transcript_id"]), "kind": "object"}],
            }],
        })
    located = {loc["check"] for loc in result.locations}
    for s in result.suites:
        for e in s["expectations"]:
            if e["success"] or e["check"] in located:
                continue
            rid = f"clearance/{s['name']}/{e['check']}"
            rule(rid, f"{s['name']}: {e['check']}")
            for tid in e.get("transcript_ids") or [None]:
                entry = {"ruleId": rid, "level": "error",
                         "message": {"text": f"{e['check']} failed" + (f" in transcript {tid}" if tid else "")}}
                if tid:
                    entry["locations"] = [{"logicalLocations": [{"name": str(tid), "kind": "object"}]}]
                results.append(entry)
    doc = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
           "runs": [{"tool": {"driver": {"name": "clearance", "version": __version__,
                                         "rules": sorted(rules.values(), key=lambda r: r["id"])}},
                     "results": results}]}
    return json.dumps(doc, indent=2, sort_keys=True) + "\n"


def make_docs_offline(docs_dir: Path) -> None:
    """GX's Data Docs pull CSS/JS from public CDNs; drop those tags so opening a report
    makes no network request (the pages stay readable, unstyled)."""
    for page in docs_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        html = _EXTERNAL_CSS.sub("none", _EXTERNAL_TAG.sub("", html))
        page.write_text(html, encoding="utf-8")


def write_reports(result: GateResult, report_dir: str | Path, data_uri: str = "data") -> Path:
    out = Path(report_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "validation.json").write_text(validation_json(result), encoding="utf-8")
    (out / "junit.xml").write_text(junit_xml(result), encoding="utf-8")
    (out / "leaks.sarif").write_text(sarif(result, data_uri), encoding="utf-8")
    if (out / "data_docs").is_dir():
        make_docs_offline(out / "data_docs")
    return out / "validation.json"
