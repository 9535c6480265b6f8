"""Detection quality: how much personal data the scan misses, and how much harmless text
it would destroy.

Two yardsticks, both measured on character coverage (the scan reports offsets, and what
matters for a release is which characters get replaced):

* a labelled interview set (``examples/labelled.py``): spans tagged ``direct``, ``quasi``,
  ``obfuscated`` (a direct identifier written to dodge pattern matching) or ``decoy``
  (harmless text that must survive: AI products, public figures, weekdays, countries);
* the Text Anonymization Benchmark (TAB, Pilán et al. 2022), with its own entity-level
  metrics, so our numbers can be compared with published ones.

Library only: the CLI wires these functions up. Nothing here prints or logs text.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

Span = tuple[int, int, str]

KINDS = ("direct", "quasi", "obfuscated", "decoy")
TAB_SPLITS = ("train", "dev", "test")
TAB_FILE = "tab_labelled_144.jsonl"

_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")

# Words TAB lets a system leave unmasked inside a mention (annotators disagree on whether
# they belong to the span): determiners, prepositions, particles, conjunctions and the
# titles "mr", "mrs", "ms". TAB finds them with spaCy POS tags; a fixed list gives the same
# decisions on these closed word classes without loading a model. "s" is the possessive
# particle after an apostrophe ("Smith's" -> "Smith", "'", "s").
TAB_IGNORABLE = frozenset("""
a an the this that these those his her its their our my your some any each every no all
both another either neither such
of in on at by for from to with about against between into through during before after
above below under over since until till upon within without via per among amongst near as
than like off out up down onto across along around behind beside besides beyond inside
outside toward towards throughout
and or but nor yet so
not s
mr mrs ms
""".split())


def default_benchmarks_dir() -> Path:
    """Where the shared public benchmarks live in a checkout: ../shared/benchmarks."""
    return Path(__file__).resolve().parents[1] / ".." / "shared" / "benchmarks"


# ---------------------------------------------------------------------------------------
# Coverage helpers
# ---------------------------------------------------------------------------------------

def _coverage(length: int, spans: Iterable[Sequence[Any]]) -> bytearray:
    """One byte per character of the text, 1 where some span covers it (clipped to text)."""
    mask = bytearray(length)
    for span in spans:
        start, end = max(0, int(span[0])), min(length, int(span[1]))
        if end > start:
            mask[start:end] = b"\x01" * (end - start)
    return mask


def _word_positions(text: str, start: int, end: int) -> list[int]:
    return [m.start() for m in _WORD_CHAR.finditer(text, start, end)]


def _ratio(num: int, den: int) -> float | None:
    """None, not 0 or 1, when there is nothing to measure: an absent category is no score."""
    return round(num / den, 4) if den else None


# ---------------------------------------------------------------------------------------
# Labelled interview set
# ---------------------------------------------------------------------------------------

def score_labelled(findings_by_id: Mapping[str, Sequence[Span]], gold: Sequence[dict]) -> dict:
    """Recall per kind / entity type (phenomenon, when gold spans carry one), decoy
    survival, and precision over word characters.

    A mention is *caught* when every word character (``\\w``) in it lies inside some
    finding, of any type: a name half-covered still names the person. A decoy *survives*
    when none of its word characters is covered. Precision is the share of covered word
    characters that lie inside a gold non-decoy span (characters, not spans, so one huge
    finding cannot pass as one true positive). Whitespace and punctuation are ignored
    throughout: replacing them neither protects nor destroys anything.
    """
    # Cells: [ok, partial, total, kinds]. Types and phenomena are keyed with "is decoy" so a
    # type that is direct in one span and obfuscated in another (EMAIL_ADDRESS) is one row.
    def cell() -> list:
        return [0, 0, 0, set()]

    by_kind: dict[str, list] = defaultdict(cell)
    by_type: dict[tuple[bool, str], list] = defaultdict(cell)
    by_phen: dict[tuple[bool, str], list] = defaultdict(cell)
    covered_chars = covered_in_gold = 0
    n_findings = 0

    for row in gold:
        text: str = row["text"]
        findings = findings_by_id.get(row["transcript_id"], ())
        n_findings += len(findings)
        covered = _coverage(len(text), findings)
        pii = bytearray(len(text))
        for sp in row["spans"]:
            kind = sp["kind"]
            if kind not in KINDS:
                raise ValueError(f"transcript {row['transcript_id']}: unknown span kind {kind!r}")
            decoy = kind == "decoy"
            if not decoy:
                pii[sp["start"]:sp["end"]] = b"\x01" * (sp["end"] - sp["start"])
            chars = _word_positions(text, sp["start"], sp["end"])
            hit = sum(covered[i] for i in chars)
            ok = hit == 0 if decoy else hit == len(chars)
            partial = 0 < hit < len(chars)
            targets = [by_kind[kind], by_type[(decoy, sp["entity_type"])]]
            if kind in ("direct", "obfuscated"):
                targets.append(by_kind["direct+obfuscated"])
            if sp.get("phenomenon"):
                targets.append(by_phen[(decoy, sp["phenomenon"])])
            for c in targets:
                c[0] += ok
                c[1] += partial
                c[2] += 1
                c[3].add(kind)
        for m in _WORD_CHAR.finditer(text):
            i = m.start()
            if covered[i]:
                covered_chars += 1
                covered_in_gold += pii[i]

    def rows(table: dict) -> dict:
        names = [k if isinstance(k, str) else k[1] for k in table]
        out = {}
        for key, (ok, partial, total, kinds) in sorted(table.items(), key=lambda kv: str(kv[0])):
            decoy = "decoy" in kinds
            name = key if isinstance(key, str) else key[1]
            if names.count(name) > 1 and decoy:
                name += " (decoy)"
            out[name] = {
                "kind": "+".join(k for k in KINDS if k in kinds),
                "total": total,
                ("survived" if decoy else "caught"): ok,
                "partial": partial,
                ("survival" if decoy else "recall"): _ratio(ok, total),
            }
        return out

    decoys = by_kind.get("decoy")
    return {
        "transcripts": len(gold),
        "findings": n_findings,
        "by_kind": rows(by_kind),
        "by_type": rows(by_type),
        "by_phenomenon": rows(by_phen),
        "decoy_survival": _ratio(decoys[0], decoys[2]) if decoys else None,
        "precision": _ratio(covered_in_gold, covered_chars),
        "covered_word_chars": covered_chars,
        "covered_word_chars_in_gold": covered_in_gold,
    }


def labelled_failures(findings_by_id: Mapping[str, Sequence[Span]], gold: Sequence[dict]) -> list[dict]:
    """Every missed (or partly covered) mention and every destroyed decoy, with its text:
    for people improving recognizers on synthetic data. Do not run it on real transcripts."""
    out = []
    for row in gold:
        text = row["text"]
        covered = _coverage(len(text), findings_by_id.get(row["transcript_id"], ()))
        for sp in row["spans"]:
            chars = _word_positions(text, sp["start"], sp["end"])
            hit = sum(covered[i] for i in chars)
            if sp["kind"] == "decoy":
                status = None if hit == 0 else "destroyed"
            else:
                status = None if hit == len(chars) else ("partial" if hit else "missed")
            if status:
                out.append({"transcript_id": row["transcript_id"], "status": status,
                            "kind": sp["kind"], "entity_type": sp["entity_type"],
                            "phenomenon": sp.get("phenomenon"),
                            "value": text[sp["start"]:sp["end"]],
                            "context": text[max(0, sp["start"] - 40):sp["end"] + 40]})
    return out


def load_labelled(path: str | Path) -> list[dict]:
    """Read a labelled JSONL set (``transcript_id``, ``text``, ``spans``)."""
    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            for key in ("transcript_id", "text", "spans"):
                if key not in row:
                    raise ValueError(f"{path}:{n}: missing {key!r}")
            rows.append(row)
    return rows


# ---------------------------------------------------------------------------------------
# Text Anonymization Benchmark
# ---------------------------------------------------------------------------------------

def _tab_file(path: str | Path | None) -> Path:
    p = Path(path) if path is not None else default_benchmarks_dir() / "tab"
    if p.is_dir():
        p = p / TAB_FILE if (p / TAB_FILE).exists() else p / "tab" / TAB_FILE
    return p


def load_tab(path: str | Path | None, split: str) -> list[dict]:
    """TAB documents of one split ("train", "dev", "test" or "all") from
    ``tab_labelled_144.jsonl`` (a path to the file, its folder or the benchmarks folder).

    Returns ``{"doc_id", "text", "split", "mentions": [{"start", "end", "entity_type",
    "identifier_type", "entity_id"}]}``; doc ids are the ECHR ids ("001-61807") that the
    stored baseline spans use.
    """
    if split not in (*TAB_SPLITS, "all"):
        raise ValueError(f"unknown TAB split {split!r}; expected one of {', '.join(TAB_SPLITS)}, all")
    docs = []
    with _tab_file(path).open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            prov = row["metadata"]["provenance"]
            if split != "all" and prov["dataset_type"] != split:
                continue
            docs.append({
                "doc_id": prov["doc_id"],
                "text": row["text"],
                "split": prov["dataset_type"],
                "mentions": [{"start": e["start_offset"], "end": e["end_offset"],
                              "entity_type": e["entity_type"],
                              "identifier_type": e["identifier_type"],
                              "entity_id": e["entity_id"]} for e in row["entities"]],
            })
    return docs


def load_tab_spans(path: str | Path) -> dict[str, list[Span]]:
    """A ``{doc_id: [[start, end, type], ...]}`` file (the stored baselines' format)."""
    with Path(path).open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {doc: [(int(s[0]), int(s[1]), str(s[2]) if len(s) > 2 else "") for s in spans]
            for doc, spans in data.items()}


def _mention_masked(text: str, start: int, end: int, masked: bytearray) -> bool:
    """TAB: every character must be masked except whitespace/punctuation and ignorable words."""
    for m in _WORD.finditer(text, start, end):
        if m.group().lower() in TAB_IGNORABLE:
            continue
        if not all(masked[m.start():m.end()]):
            return False
    return True


def score_tab(docs: Sequence[dict], masked_spans_by_doc: Mapping[str, Sequence[Sequence[Any]]]) -> dict:
    """TAB's recall and precision for one set of masked spans.

    ER_di / ER_qi: an entity (all mentions sharing an ``entity_id``) counts as protected
    only if every one of its mentions labelled DIRECT (resp. QUASI) is masked: one leaked
    mention re-identifies the entity. Entities with no such mention are not counted.
    Token recall: ``\\w+`` tokens inside DIRECT/QUASI mentions that are fully masked
    (ignorable words excluded from the count). Token precision: ``\\w+`` tokens inside
    masked spans (overlapping spans merged first, tokens cut at span edges, as TAB does)
    that lie wholly inside a DIRECT/QUASI mention. A document missing from
    ``masked_spans_by_doc`` counts as masked nowhere.
    """
    ent_total = {"DIRECT": 0, "QUASI": 0}
    ent_ok = {"DIRECT": 0, "QUASI": 0}
    type_total: dict[str, int] = defaultdict(int)
    type_ok: dict[str, int] = defaultdict(int)
    tok_total = tok_masked = 0
    prec_total = prec_ok = 0

    for doc in docs:
        text = doc["text"]
        spans = masked_spans_by_doc.get(doc["doc_id"], ())
        masked = _coverage(len(text), spans)
        gold = bytearray(len(text))
        entities: dict[str, list[dict]] = defaultdict(list)
        for mention in doc["mentions"]:
            entities[mention["entity_id"]].append(mention)
            if mention["identifier_type"] in ("DIRECT", "QUASI"):
                gold[mention["start"]:mention["end"]] = b"\x01" * (mention["end"] - mention["start"])

        for mentions in entities.values():
            needed = [m for m in mentions if m["identifier_type"] in ("DIRECT", "QUASI")]
            if not needed:
                continue
            etype = needed[0]["entity_type"]
            type_total[etype] += 1
            type_ok[etype] += all(_mention_masked(text, m["start"], m["end"], masked) for m in needed)
            for label in ("DIRECT", "QUASI"):
                these = [m for m in mentions if m["identifier_type"] == label]
                if these:
                    ent_total[label] += 1
                    ent_ok[label] += all(_mention_masked(text, m["start"], m["end"], masked)
                                         for m in these)

        for m in _WORD.finditer(text):
            if all(gold[m.start():m.end()]) and m.group().lower() not in TAB_IGNORABLE:
                tok_total += 1
                tok_masked += all(masked[m.start():m.end()])

        for start, end in merged_spans(spans, len(text)):
            for m in _WORD.finditer(text, start, end):
                prec_total += 1
                prec_ok += all(gold[m.start():m.end()])

    return {
        "docs": len(docs),
        "ER_di": _ratio(ent_ok["DIRECT"], ent_total["DIRECT"]),
        "ER_qi": _ratio(ent_ok["QUASI"], ent_total["QUASI"]),
        "token_recall": _ratio(tok_masked, tok_total),
        "token_precision": _ratio(prec_ok, prec_total),
        "entities_di": ent_total["DIRECT"], "entities_di_protected": ent_ok["DIRECT"],
        "entities_qi": ent_total["QUASI"], "entities_qi_protected": ent_ok["QUASI"],
        "gold_tokens": tok_total, "gold_tokens_masked": tok_masked,
        "masked_tokens": prec_total, "masked_tokens_in_gold": prec_ok,
        "entity_recall_by_type": {t: {"entities": type_total[t], "protected": type_ok[t],
                                      "recall": _ratio(type_ok[t], type_total[t])}
                                  for t in sorted(type_total)},
    }


def merged_spans(spans: Iterable[Sequence[Any]], length: int) -> list[tuple[int, int]]:
    """Union of spans as disjoint intervals, so overlapping findings count a token once."""
    out: list[list[int]] = []
    for span in sorted((max(0, int(s[0])), min(length, int(s[1]))) for s in spans):
        if span[1] <= span[0]:
            continue
        if out and span[0] <= out[-1][1]:
            out[-1][1] = max(out[-1][1], span[1])
        else:
            out.append(list(span))
    return [(a, b) for a, b in out]


# ---------------------------------------------------------------------------------------
# Running the scan
# ---------------------------------------------------------------------------------------

def run_scan_on_texts(texts: Mapping[str, str], policy: Any = None, *, analyzer: Any = None,
                      include_kept: bool = False, workers: int = 1) -> dict[str, list[Span]]:
    """Findings ``(start, end, entity_type)`` per text id, from the same analyzer and
    chunking as ``clearance scan``.

    ``policy``: a Policy, LoadedPolicy, path, or None for the packaged default. Findings of
    types the policy ``keep``s are dropped unless ``include_kept``: they are reported but
    left in the text, so counting them would score text that is released unchanged as
    protected. ``analyzer`` reuses an already built AnalyzerEngine (loading spaCy is most
    of a short run). ``workers`` > 1 scans on that many forked processes, as ``clearance
    scan`` does; the findings are the same.
    """
    from anonymize.parallel import Scanner
    from anonymize.policy import LoadedPolicy, Policy, load_policy
    from anonymize.scan import build_analyzer

    if isinstance(policy, LoadedPolicy):
        policy = policy.policy
    elif not isinstance(policy, Policy):
        policy = load_policy(policy).policy
    analyzer = analyzer if analyzer is not None else build_analyzer(policy)
    ids = list(texts)
    with Scanner(analyzer, policy, workers=workers) as scanner:
        outcomes = scanner.scan([texts[tid] for tid in ids])
    out: dict[str, list[Span]] = {}
    for tid, outcome in zip(ids, outcomes):
        if isinstance(outcome, str):  # the scan raised; the class name is all that is kept
            raise RuntimeError(f"scan failed on {tid}: {outcome}")
        out[tid] = [(f.start, f.end, f.entity_type) for f in outcome[0]
                    if include_kept or policy.rule_for(f.entity_type).action != "keep"]
    return out


__all__ = ["score_labelled", "labelled_failures", "load_labelled", "load_tab", "load_tab_spans",
           "score_tab", "run_scan_on_texts", "merged_spans", "default_benchmarks_dir", "TAB_IGNORABLE",
           "Span"]
