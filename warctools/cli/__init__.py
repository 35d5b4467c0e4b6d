"""The ``warctools`` command line: one small module per verb, wiring only.

Each verb is a module ``warctools/cli/<verb>.py`` with a module-level ``command`` (a
:class:`click.Command`), registered by name in ``_VERB_NAMES`` below and
imported only when that verb is run or listed (``warctools extract`` builds no other
verb's options). Verb modules keep their top-level imports light (click only): the library
is imported inside the command, so ``warctools --help`` and start-up stay fast.
"""

from __future__ import annotations

import gc
import importlib
import os
import signal
import sys
from collections.abc import Iterator, MutableMapping
from typing import Any

import click

from warctools._version import __version__

# numpy's BLAS (OpenBLAS in numpy's wheels, MKL in conda's) keeps a thread for every core
# and wakes them for each matrix product, however small: the language model's one
# vector-matrix product a page kept a second core busy (10% more CPU time for a 181-page
# extract run on 2 cores), and a pool of one worker per core would start a core's worth
# of threads in each. One thread, for the CLI process and its workers, set before numpy
# loads; a value the user gave is kept.
for _blas in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_blas, "1")

# Collections of the young generation every 5,000 new container objects, not 700, and
# of the middle one every 20 of those, not 10: a page's many short-lived lists and dicts
# are freed by reference counts anyway, and the collector's walks were 4% of an extract
# run's samples (3% of its time; memory unchanged). Set for the CLI process (and the
# pool's workers forked from it), not by importing the library.
_GC_THRESHOLD = (5_000, 20)

# The verbs, registered explicitly by name: each is the ``command`` of
# ``warctools/cli/<name>.py`` (its click name the same), imported when first looked up
# (:class:`_Verbs`). ``VERBS`` (module attribute) is the commands themselves.
_VERB_NAMES: tuple[str, ...] = (
    "extract", "run", "dedup", "explain", "inspect", "publish", "report", "validate",
)


class _Verbs(MutableMapping[str, click.Command]):
    """The group's commands by name: a verb's module is imported when its command is first
    looked up (running ``extract`` builds no other verb's options), the names are known
    without importing any (help, "Did you mean")."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self._names = names
        self._loaded: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        command = self._loaded.get(name)
        if command is None:
            if name not in self._names:
                raise KeyError(name)
            command = importlib.import_module(f"warctools.cli.{name}").command
            self._loaded[name] = command
        return command

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._loaded[name] = command

    def __delitem__(self, name: str) -> None:
        if name not in self:
            raise KeyError(name)
        self._loaded.pop(name, None)
        self._names = tuple(n for n in self._names if n != name)

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys([*self._names, *self._loaded]))

    def __len__(self) -> int:
        return len(dict.fromkeys([*self._names, *self._loaded]))

    def __contains__(self, name: object) -> bool:
        return name in self._loaded or name in self._names


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        collecting = gc.isenabled()  # (as found, on the way out: extract and run turn
        # collection off while they import, cli/_startup.py)
        gc.set_threshold(*_GC_THRESHOLD)
        from warctools import interrupts
        from warctools.errors import Interrupted, WarctoolsError
        from warctools.storage import machine_fault

        restore = interrupts.install()
        try:
            result = super().invoke(ctx)
            signum = interrupts.received()
            if signum is not None:  # the stop was swallowed somewhere: still a stop
                raise Interrupted(signum)
            return result
        except WarctoolsError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt as exc:
            code = getattr(exc, "exit_code", 128 + signal.SIGINT)
            name = signal.Signals(code - 128).name
            click.echo(f"interrupted ({name}): no partial file is visible; rerun the same "
                       "command with --resume to continue", err=True)
            sys.exit(code)
        except OSError as exc:
            fault = machine_fault(exc)
            if fault is None:
                raise
            click.echo(f"error: {fault}", err=True)
            sys.exit(1)
        finally:
            restore()
            lock = sys.modules.get("warctools.pipeline.lock")
            if lock is not None:
                lock.release_all()
            # The process ends next: spare the interpreter's last collection a walk over
            # every object the libraries made (numba's alone cost 0.3-0.4 s at exit).
            gc.freeze()
            (gc.enable if collecting else gc.disable)()


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]},
             commands=_Verbs(_VERB_NAMES))
@click.version_option(__version__, prog_name="warctools")
def main() -> None:
    """Turn web-archive crawls (WARC/ARC) into clean, deduplicated news-article datasets."""


def __getattr__(name: str) -> Any:
    if name == "VERBS":  # the commands themselves: every verb's module imported
        return tuple(main.commands[verb] for verb in _VERB_NAMES)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
