"""The warctools error tree. Each error knows the exit code the CLI gives it.

    WarctoolsError (exit 1)
    ├── InputError            an input could not be opened or read at all (exit 1)
    ├── OutputExistsError     the output folder already holds a dataset (exit 2)
    ├── UsageError            bad parameters (exit 2)
    ├── SchemaError           a file does not match schemas/ (exit 1)
    └── ValidationError       a release failed `warctools validate` (exit 1)
    Interrupted (a KeyboardInterrupt): SIGINT (exit 130) or SIGTERM (exit 143)

Record-level problems (a truncated gzip member, broken chunking, an extraction timeout)
are not exceptions that reach the user: they become rows in ``OUT/errors/``.
"""

from __future__ import annotations

__all__ = [
    "WarctoolsError",
    "InputError",
    "OutputExistsError",
    "UsageError",
    "SchemaError",
    "ValidationError",
    "Interrupted",
]


class WarctoolsError(Exception):
    exit_code = 1


class InputError(WarctoolsError):
    exit_code = 1


class OutputExistsError(WarctoolsError):
    exit_code = 2


class UsageError(WarctoolsError):
    exit_code = 2


class SchemaError(WarctoolsError):
    exit_code = 1


class ValidationError(WarctoolsError):
    exit_code = 1


class Interrupted(KeyboardInterrupt):
    """The run was stopped by a signal; ``exit_code`` is 128 + its number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
        self.exit_code = 128 + signum
