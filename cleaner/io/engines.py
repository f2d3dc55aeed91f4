"""Engines run :func:`~cleaner.io.work.run_piece` over pieces and yield results in order.

* ``local`` with one job runs in this process;
* ``local`` with ``jobs > 1`` uses a process pool;
* ``ray`` submits Ray tasks, to a running cluster (``address``) or to a local
  Ray instance started for the run. Workers read input files themselves, so
  on a cluster the inputs must sit on a file system every node sees (pieces
  of stdin and of compressed files travel with the task).

Every engine keeps a bounded number of pieces in flight and yields results in
input order, so memory stays flat and the output does not depend on the
engine or on the number of jobs.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from cleaner.io.plan import Piece
from cleaner.io.work import Job, PieceResult, run_piece

_JOB: Job | None = None


def _init(job: Job) -> None:
    global _JOB
    _JOB = job


def _run(piece: Piece) -> PieceResult:
    return run_piece(_JOB, piece)


def _windowed(submit, get, pieces: Iterable[Piece], window: int) -> Iterator[tuple[Piece, PieceResult]]:
    pending: deque[tuple[Piece, Any]] = deque()
    for piece in pieces:
        pending.append((piece, submit(piece)))
        if len(pending) >= window:
            done, handle = pending.popleft()
            yield done, get(handle)
    while pending:
        done, handle = pending.popleft()
        yield done, get(handle)


def run_local(job: Job, pieces: Iterable[Piece], jobs: int) -> Iterator[tuple[Piece, PieceResult]]:
    """Run pieces in this process (``jobs == 1``) or in a pool of ``jobs`` processes."""
    if jobs <= 1:
        for piece in pieces:
            yield piece, run_piece(job, piece)
        return
    ctx = multiprocessing.get_context("forkserver")
    with ctx.Pool(jobs, initializer=_init, initargs=(job,)) as pool:
        yield from _windowed(lambda p: pool.apply_async(_run, (p,)), lambda h: h.get(), pieces, jobs * 3)


def run_ray(job: Job, pieces: Iterable[Piece], address: str | None, jobs: int) -> Iterator[tuple[Piece, PieceResult]]:
    """Run pieces as Ray tasks (``pip install scrape-cleaner[ray]``)."""
    try:
        import ray
    except ImportError:
        raise RuntimeError("--engine ray needs Ray: pip install 'scrape-cleaner[ray]'") from None
    started = not ray.is_initialized()
    if started:
        options: dict[str, Any] = {"address": address} if address else {"num_cpus": max(jobs, 1)}
        ray.init(log_to_driver=False, include_dashboard=False, configure_logging=False, **options)
    try:
        task = ray.remote(run_piece)
        job_ref = ray.put(job)
        cpus = int(ray.cluster_resources().get("CPU", jobs))
        yield from _windowed(lambda p: task.remote(job_ref, p), ray.get, pieces, max(cpus, 1) * 3)
    finally:
        if started:
            ray.shutdown()
