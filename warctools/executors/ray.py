"""The Ray executor: the same stage tasks as Ray Core tasks, on one machine or a cluster.

Where the tasks run:

* ``address`` given (``--ray-address``): join that cluster (``host:port`` or ``ray://``).
* no ``address``: join a running cluster when one is discoverable (``RAY_ADDRESS`` set, or
  a ``ray start`` head on this machine, recorded in ``/tmp/ray/ray_current_cluster``);
  otherwise start a private Ray for the run with ``num_cpus=jobs`` and stop it in
  :meth:`RayExecutor.close`.
* a Ray connection already open in this process (``ray.init()`` by the caller) is reused
  and left open.

While a private Ray starts (about 4 s on a laptop), the first tasks run in one forked
worker (:mod:`warctools.executors.boot_bridge`), so the start-up costs little time.

Tasks are submitted through a window (2 x the cluster's CPUs unless given), so a
90,000-file crawl never puts 90,000 tasks in flight, and results come back in task order
exactly as from :class:`~warctools.executors.local.LocalExecutor`. A task whose worker
process dies (killed, OOM, node lost) is rerun by Ray up to ``max_retries`` times; of the
exceptions a task raises only transient ones (:data:`RETRY_EXCEPTIONS`) are retried, since
stage tasks turn deterministic data errors into ``errors/`` rows themselves. Every stage
task must therefore be idempotent (the extract task clears its shards before writing).

When the driver dies, even by SIGKILL, its workers go too: a private Ray's raylet and GCS
share the driver's fate and take their workers with them, and a cluster's raylets kill the
workers of a job whose driver is gone (both tested in ``tests/executors/test_ray.py``).

``import ray`` costs about a second, so it happens here, only when a RayExecutor is made.
"""

from __future__ import annotations

import functools
import inspect
import logging
import multiprocessing as mp
import os
import socket
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from warctools import interrupts
from warctools.errors import UsageError, WarctoolsError
from warctools.executors.boot_bridge import RERUN_ELSEWHERE, BootBridge

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["RayExecutor", "RETRY_EXCEPTIONS", "discover_cluster"]

RETRY_EXCEPTIONS: tuple[type[BaseException], ...] = (ConnectionError, TimeoutError)
"""Raised by a task and worth another attempt: network hiccups reading s3:// or https://.

Worker deaths (SIGKILL, OOM killer, a lost node) are system failures that Ray retries
under ``max_retries`` whatever this list says.
"""

MAX_RETRIES = 3
_BRIDGE_POLL_S = 0.05
_STOP_POLL_S = 0.5  # how often the driver looks for a stop signal a callback swallowed
WINDOW_PER_CPU = 2

log = logging.getLogger(__name__)


def _ray_temp_dir() -> Path:
    """Where ``ray start`` records the running cluster (Ray's own rule for its temp dir)."""
    root = os.environ.get("RAY_TMPDIR") or os.environ.get("TMPDIR") or "/tmp"
    return Path(root) / "ray"


def discover_cluster() -> str | None:
    """The address of a running cluster this machine knows of (``RAY_ADDRESS``, else the
    ``ray start`` head recorded in ``ray_current_cluster``), or None: start a private Ray."""
    if os.environ.get("RAY_ADDRESS"):
        return os.environ["RAY_ADDRESS"]
    try:
        recorded = (_ray_temp_dir() / "ray_current_cluster").read_text(encoding="utf-8")
    except OSError:
        return None
    return recorded.strip() or None


def _reachable(address: str, timeout_s: float = 5.0) -> bool:
    """Whether something listens at ``[ray://]host:port`` (``ray.init`` would hang forever)."""
    host, sep, port = address.removeprefix("ray://").rpartition(":")
    if not sep or not port.isdigit():
        return True  # not host:port: leave it to Ray
    try:
        with socket.create_connection((host.strip("[]") or "127.0.0.1", int(port)), timeout_s):
            return True
    except OSError:
        return False


def _import_ray() -> Any:
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError as exc:
        raise UsageError(
            "--executor ray needs Ray: pip install 'warctools[ray]' (or 'ray[default]')"
        ) from exc
    return ray


class RayExecutor:
    """Run ``fn(task)`` for each task as a Ray task; results in task order."""

    name = "ray"

    def __init__(self, jobs: int = 1, address: str | None = None, *,
                 max_retries: int = MAX_RETRIES, window: int | None = None,
                 boot_bridge: bool = True) -> None:
        self.jobs = max(1, jobs)
        self.boot_bridge = boot_bridge
        self.address = address
        self.max_retries = max_retries
        self._window = window
        self._ray: Any = None
        self._started = False
        self._remote: dict[Callable[..., Any], Any] = {}

    # -- connection -------------------------------------------------------------------------

    @property
    def started_ray(self) -> bool:
        """True when this executor started the Ray instance (and will stop it on close)."""
        return self._started

    def connect(self) -> Any:
        """Connect on first use (nothing is started for a run with no tasks); returns ``ray``."""
        if self._ray is not None:
            return self._ray
        ray = _import_ray()
        if not ray.is_initialized():
            self._init(ray)
        self._ray = ray
        return ray

    def _init(self, ray: Any) -> None:
        verbose = logging.getLogger().isEnabledFor(logging.INFO)  # -v
        common: dict[str, Any] = {
            "include_dashboard": False,
            "log_to_driver": verbose,  # worker output on the driver's stderr only with -v
            "logging_level": logging.WARNING if verbose else logging.ERROR,
        }
        address = self.address or discover_cluster()
        if address is None:
            self._start_private(ray, common)
            return
        if not _reachable(address):
            if self.address is None and not os.environ.get("RAY_ADDRESS"):
                log.warning("no Ray cluster answers at %s (a stale ray_current_cluster); "
                            "starting a local Ray for this run", address)
                self._start_private(ray, common)
                return
            raise WarctoolsError(
                f"no Ray cluster answers at {address!r}: is `ray start --head` running there? "
                "Check --ray-address / RAY_ADDRESS."
            )
        # "auto" lets Ray resolve RAY_ADDRESS / ray_current_cluster itself, with its rules
        # for token authentication on a discovered cluster.
        ray.init(address=self.address or "auto", **common)

    def _start_private(self, ray: Any, common: dict[str, Any]) -> None:
        ray.init(address="local", num_cpus=self.jobs, **common)  # never a discovered one
        self._started = True

    def cluster_cpus(self) -> int:
        cpus = self.connect().cluster_resources().get("CPU", self.jobs)
        return max(1, int(cpus))

    @property
    def window(self) -> int:
        """How many tasks may be in flight (submitted, unfinished) at once."""
        return self._window or WINDOW_PER_CPU * self.cluster_cpus()

    def _remote_fn(self, fn: Callable[[T], R]) -> Callable[[T], Any]:
        """``task -> ObjectRef``: ``fn`` as a Ray task with our retry policy."""
        submit = self._remote.get(fn)
        if submit is None:
            options = self.connect().remote(
                max_retries=self.max_retries, retry_exceptions=list(RETRY_EXCEPTIONS)
            )
            if inspect.isfunction(fn):
                submit = options(fn).remote
            else:  # a builtin, a functools.partial, a callable object: ship it with the task
                submit = functools.partial(options(_call).options(name=_name(fn)).remote, fn)
            self._remote[fn] = submit
        return submit

    # -- the executor interface ---------------------------------------------------------------

    def imap(self, fn: Callable[[T], R], tasks: Sequence[T], *,
             on_crash: Callable[[T, str], R] | None = None,
             while_waiting: Callable[[], None] | None = None) -> Iterator[R]:
        """Yield ``fn(task)`` for each task, in task order.

        A task that failed for good raises its exception when its turn comes (as with the
        local executor), except that a task whose worker died on every attempt gives
        ``on_crash(task, reason)`` when that is given; tasks still in flight are cancelled
        when the caller stops early. ``while_waiting`` runs once in this process after
        the first tasks were submitted.
        """
        if not tasks:
            return
        bridge = BootBridge(fn, tasks) if self._bridge_the_start(fn, tasks) else None
        try:
            ray = self.connect()
        except BaseException:
            if bridge is not None:
                bridge.close()
            raise
        head: list[Any] = bridge.stop() if bridge is not None else []
        submit = self._remote_fn(fn)
        window = self.window
        pending: dict[Any, int] = {}
        finished: dict[int, tuple[bool, Any]] = {}
        submitted = len(head)  # the tasks before it went to the bridge
        try:
            for position in range(len(tasks)):
                while position not in finished:
                    while submitted < len(tasks) and len(pending) < window:
                        pending[submit(tasks[submitted])] = submitted
                        submitted += 1
                    if while_waiting is not None:
                        while_waiting()
                        while_waiting = None
                    bridged = head[position] if position < len(head) else None
                    if bridged is not None and (bridged.done() or not pending):
                        head[position] = None  # taken
                        outcome = _bridged(bridged)
                        if outcome is None:  # the bridge could not run it: Ray does
                            pending[submit(tasks[position])] = position
                        else:
                            finished[position] = outcome
                        continue
                    ready, _ = ray.wait(list(pending), num_returns=1,
                                        timeout=_BRIDGE_POLL_S if bridged else _STOP_POLL_S)
                    interrupts.check()
                    for ref in ready:
                        finished[pending.pop(ref)] = _fetch(ray, ref)
                ok, value = finished.pop(position)
                if not ok and on_crash is not None and _worker_died(ray, value):
                    ok, value = True, on_crash(tasks[position], f"worker process died: {value}")
                if not ok:
                    raise value
                yield value
        finally:
            _cancel(ray, pending)
            if bridge is not None:
                bridge.close()

    def _bridge_the_start(self, fn: Callable[..., Any], tasks: Sequence[Any]) -> bool:
        """Whether to run the first tasks in a forked worker while a private Ray starts
        (:mod:`warctools.executors.boot_bridge`): only when this call starts Ray, the
        platform forks, no foreign thread runs, and ``fn`` is a module-level function (sent
        to the forked worker by its name)."""
        import importlib.util
        import sys

        if not self.boot_bridge or self._ray is not None or len(tasks) < 2:
            return False
        if importlib.util.find_spec("ray") is None:
            return False  # connect() says how to install it
        ray = sys.modules.get("ray")
        if ray is not None and ray.is_initialized():
            return False
        if self.address is not None or discover_cluster() is not None:
            return False
        if "fork" not in mp.get_all_start_methods() or not inspect.isfunction(fn) \
                or "<" in fn.__qualname__:
            return False
        from warctools.executors.local import threads_running

        return not threads_running()

    def map(self, fn: Callable[[T], R], tasks: Sequence[T]) -> list[R]:
        return list(self.imap(fn, tasks))

    def close(self) -> None:
        """Stop the Ray instance this executor started; a joined cluster is left running."""
        if self._ray is not None and self._started:
            _stop_autoscaler_monitor(self._ray)
            self._ray.shutdown()
        self._ray = None
        self._started = False
        self._remote.clear()

    def __enter__(self) -> RayExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _stop_autoscaler_monitor(ray: Any) -> None:
    """Kill the autoscaler monitor of the single-node Ray this run started, ahead of
    ``ray.shutdown()``: it holds no state we need, and it ignores the polite SIGTERM that
    shutdown sends it for a whole second (a tenth of a small run on two cores). Reached
    through Ray's private node object, so any surprise there leaves shutdown to Ray."""
    try:
        node = ray._private.worker._global_node
        for info in node.all_processes.get("monitor", []):
            if info.process.poll() is None:
                info.process.kill()
                info.process.wait(timeout=5)
    except Exception as exc:  # noqa: BLE001 - an optimisation only
        log.debug("left the Ray monitor to ray.shutdown(): %r", exc)


def _call(fn: Callable[[T], R], task: T) -> R:
    return fn(task)


def _name(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__name__", None) or type(fn).__name__


def _fetch(ray: Any, ref: Any) -> tuple[bool, Any]:
    """(True, result) or (False, the exception to raise in the caller)."""
    try:
        return True, ray.get(ref)
    except ray.exceptions.RayTaskError as exc:
        cause = exc.cause
        if isinstance(cause, BaseException):
            cause.__cause__ = exc  # keeps the remote traceback in the report
            return False, cause
        return False, exc
    except ray.exceptions.RayError as exc:  # worker crashes beyond max_retries, lost nodes
        return False, exc


def _bridged(future: Any) -> tuple[bool, Any] | None:
    """A bridge task's outcome as ``_fetch`` gives it, or None: run it on Ray instead (the
    bridge failed, or the task failed in a way Ray would retry)."""
    try:
        return True, future.result()
    except (*RERUN_ELSEWHERE, *RETRY_EXCEPTIONS):
        return None
    except Exception as exc:  # the task's own error: raised at its turn, as from Ray
        return False, exc


def _cancel(ray: Any, pending: dict[Any, int]) -> None:
    if not pending or not ray.is_initialized():
        return
    for ref in pending:
        try:
            ray.cancel(ref)
        except Exception:  # already finished, or the cluster went away: nothing to cancel
            pass


def _worker_died(ray: Any, exc: BaseException) -> bool:
    """Whether ``exc`` says the task's worker process died (retries exhausted)."""
    died = (ray.exceptions.WorkerCrashedError, ray.exceptions.NodeDiedError,
            getattr(ray.exceptions, "OutOfMemoryError", ray.exceptions.WorkerCrashedError))
    return isinstance(exc, died)
