"""The ``warctools`` command line: one small module per verb, wiring only.

Each verb is a module ``warctools/cli/<verb>.py`` with a module-level ``command`` (a
:class:`click.Command`), registered by name in ``VERBS`` at the end of this file. Verb
modules keep their top-level imports light (click only): the library is imported inside
the command, so ``warctools --help`` and start-up stay fast.
"""

from __future__ import annotations

import gc
import signal
import sys

import click

from warctools._version import __version__
from warctools.cli import dedup, explain, extract, inspect, publish, report, run, validate

# Collections of the young generation every 5,000 new container objects, not 700, and
# of the middle one every 20 of those, not 10: a page's many short-lived lists and dicts
# are freed by reference counts anyway, and the collector's walks were 4% of an extract
# run's samples (3% of its time; memory unchanged). Set for the CLI process (and the
# pool's workers forked from it), not by importing the library.
_GC_THRESHOLD = (5_000, 20)


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> object:
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


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="warctools")
def main() -> None:
    """Turn web-archive crawls (WARC/ARC) into clean, deduplicated news-article datasets."""


# The verbs, registered explicitly: a new verb's module goes in the import above and here.
VERBS: tuple[click.Command, ...] = (
    extract.command, run.command, dedup.command, explain.command, inspect.command,
    publish.command, report.command, validate.command,
)
for _verb in VERBS:
    main.add_command(_verb)
