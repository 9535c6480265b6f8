"""Scanning a batch of transcripts on every core.

Detection is a pure function of (text, policy): each transcript's findings do not depend on
the others (the corpus-wide pass comes after, in one process). So a batch can be split over
worker processes and put back in input order, and the findings are the same whatever the
number of workers. Workers are forked from the process that already built the analyzer, so
none of them loads spaCy again; nothing leaves the machine and no port is opened.

CLEARANCE_WORKERS sets the number of processes (1: scan in this process); by default, one
per available core, at most four (spaCy holds ~250 MB per process).
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from anonymize.evaluate import merged_spans
from anonymize.scan import Finding, scan_text

# (findings, allow-listed mentions kept) or, when the scan raised, the exception's class
# name only: an exception's message may quote the transcript.
Outcome = tuple[list[Finding], int] | str

_STATE: tuple | None = None  # (analyzer, policy), inherited by forked workers


def worker_count() -> int:
    value = os.environ.get("CLEARANCE_WORKERS", "").strip()
    if value:
        try:
            return max(1, int(value))
        except ValueError:
            return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


def _scan_one(text: str) -> Outcome:
    analyzer, policy = _STATE
    try:
        kept: set[tuple[int, int]] = set()
        findings = scan_text(analyzer, text, policy, kept)
        # Overlapping spans ("ChatGPT", "ChatGPT for") are one mention.
        return findings, len(merged_spans(kept, len(text)))
    except Exception as exc:  # noqa: BLE001 - one bad row must not stop the corpus
        return type(exc).__name__


class Scanner:
    """Scans batches in input order, on a pool of forked workers when there is more than
    one core and fork is available; use as a context manager so the pool is shut down."""

    def __init__(self, analyzer, policy, workers: int | None = None) -> None:
        self.analyzer, self.policy = analyzer, policy
        self.workers = worker_count() if workers is None else max(1, workers)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "Scanner":
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def scan(self, texts: list[str]) -> list[Outcome]:
        global _STATE
        _STATE = (self.analyzer, self.policy)
        if self.workers == 1 or len(texts) < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return [_scan_one(t) for t in texts]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers,
                                             mp_context=multiprocessing.get_context("fork"))
        try:
            return list(self._pool.map(_scan_one, texts, chunksize=1))
        except BrokenProcessPool:
            # A worker died (killed, out of memory): this batch and the rest in this process.
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool, self.workers = None, 1
            return [_scan_one(t) for t in texts]
