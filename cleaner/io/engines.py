"""Engines run :func:`~cleaner.io.work.run_piece` over pieces and yield results in order.

* ``local`` with one job runs in this process;
* ``local`` with ``jobs > 1`` uses a pool of ``jobs - 1`` processes, and
  this process cleans a piece itself whenever the pool has enough queued:
  ``jobs`` processes clean, and none sits idle waiting for the others
  (one process fewer holds the rules' tables and caches);
* ``ray`` submits Ray tasks, to a running cluster (``address``) or to a local
  Ray instance started for the run. Workers read input files themselves, so
  on a cluster the inputs must sit on a file system every node sees (pieces
  of stdin and of compressed files travel with the task).

An engine's ``map(func, job, pieces)`` runs ``func(job, piece)`` for every
piece (:func:`~cleaner.io.work.run_piece` to clean, ``count_piece`` for the
corpus pass). Every engine keeps a bounded number of pieces in flight and yields results in
input order, so memory stays flat and the output does not depend on the
engine or on the number of jobs.
"""

from __future__ import annotations

import gc
import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from cleaner.io.plan import Piece
from cleaner.io.work import Job, run_piece

_JOB: Job | None = None
_FUNC: Callable[[Job, Piece], Any] = run_piece


def _init(job: Job, func: Callable[[Job, Piece], Any]) -> None:
    global _JOB, _FUNC
    _JOB, _FUNC = job, func


def _run(piece: Piece) -> Any:
    return _FUNC(_JOB, piece)


def _start_method() -> str:
    """``fork`` when it is safe (POSIX, this process runs one thread), else ``forkserver`` or ``spawn``.

    Forked workers share the parent's imported code and tables instead of
    loading their own, and need no server or resource-tracker process: the
    run takes less memory. With other threads alive (a progress bar's monitor)
    a fork could copy a lock some thread holds, so a fresh process is used.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _windowed(submit, get, pieces: Iterable[Piece], window: int) -> Iterator[tuple[Piece, Any]]:
    pending: deque[tuple[Piece, Any]] = deque()
    for piece in pieces:
        pending.append((piece, submit(piece)))
        if len(pending) >= window:
            done, handle = pending.popleft()
            yield done, get(handle)
    while pending:
        done, handle = pending.popleft()
        yield done, get(handle)


class Local:
    """Run in this process alone (``jobs == 1``), or in it and a pool of ``jobs - 1`` processes."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs

    def map(self, func: Callable[[Job, Piece], Any], job: Job, pieces: Iterable[Piece]) -> Iterator[tuple[Piece, Any]]:
        if self.jobs <= 1:
            for piece in pieces:
                yield piece, func(job, piece)
            return
        ctx = multiprocessing.get_context(_start_method())
        gc.freeze()  # forked workers share what is imported: the collector no longer writes to it
        try:
            with ctx.Pool(self.jobs - 1, initializer=_init, initargs=(job, func)) as pool:
                yield from _shared(pool, func, job, pieces, queued=2 * (self.jobs - 1), window=3 * self.jobs)
        finally:
            gc.unfreeze()

    def close(self) -> None:
        pass


class _Done:
    """A result computed in this process, looked at like a pool's pending result."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def ready(self) -> bool:
        return True

    def get(self) -> Any:
        return self.value


def _shared(pool, func, job: Job, pieces: Iterable[Piece], queued: int, window: int) -> Iterator[tuple[Piece, Any]]:
    """Pieces go to ``pool`` while it has fewer than ``queued`` unfinished, else are cleaned here.

    At most ``window`` pieces are between submission and being yielded, in input order.
    """
    pending: deque[tuple[Piece, Any]] = deque()
    for piece in pieces:
        busy = sum(1 for _, handle in pending if not handle.ready())
        pending.append((piece, pool.apply_async(_run, (piece,)) if busy < queued else _Done(func(job, piece))))
        while pending and (len(pending) >= window or pending[0][1].ready()):
            done, handle = pending.popleft()
            yield done, handle.get()
    while pending:
        done, handle = pending.popleft()
        yield done, handle.get()


class Ray:
    """Run as Ray tasks (``pip install scrape-cleaner[ray]``), on a cluster or a local instance."""

    def __init__(self, address: str | None, jobs: int) -> None:
        try:
            import ray
        except ImportError:
            raise RuntimeError("--engine ray needs Ray: pip install 'scrape-cleaner[ray]'") from None
        self.ray = ray
        self.started = not ray.is_initialized()
        if self.started:
            options: dict[str, Any] = {"address": address} if address else {"num_cpus": max(jobs, 1)}
            ray.init(log_to_driver=False, include_dashboard=False, configure_logging=False, **options)
        self.window = max(int(ray.cluster_resources().get("CPU", jobs)), 1) * 3

    def map(self, func: Callable[[Job, Piece], Any], job: Job, pieces: Iterable[Piece]) -> Iterator[tuple[Piece, Any]]:
        task = self.ray.remote(func)
        job_ref = self.ray.put(job)
        yield from _windowed(lambda p: task.remote(job_ref, p), self.ray.get, pieces, self.window)

    def close(self) -> None:
        if self.started:
            self.ray.shutdown()
