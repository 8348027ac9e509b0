"""The ``srkg`` command: a thin layer over the library.

Each subcommand lives in ``srkg.cli.<name>`` and is found by name; the
CLI parses arguments, calls the library, and maps errors to exit codes
(0 success, 1 findings / does not conform, 2 usage, input or connection error,
3 shapes that validation does not run).

A command module must import only the standard library at import time, so that
``srkg --help`` and every other command stay fast; heavy imports go inside
the function that runs the command.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys

from .. import __version__
from ..errors import EXIT_USAGE, SrkgError

COMMANDS = ("check", "query", "validate", "load", "serve", "build", "add", "export")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as every other usage error
        raise SrkgError(f"{message} (see '{self.prog} --help')")


def _wanted(argv: list[str] | None) -> tuple[str, ...]:
    """The commands to register: only the one named in ``argv`` when there is one.

    Importing one command module instead of six keeps start-up short for
    ``srkg query`` (measured by benchmarks/bench_query.py); ``srkg --help`` and
    an unknown command still see them all.
    """
    first = next((a for a in (argv or []) if not a.startswith("-")), None)
    return (first,) if first in COMMANDS else COMMANDS


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    parser = _Parser(prog="srkg", description="SRKG: the Sino-Russian relations knowledge graph.",
                     epilog="Exit codes: 0 success or conforms; 1 check failed or data does not conform; "
                            "2 usage, input or connection error; 3 shapes that validation does not run.")
    parser.add_argument("--version", action="version", version=f"srkg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in _wanted(argv):
        if importlib.util.find_spec(f"srkg.cli.{name}") is not None:
            importlib.import_module(f"srkg.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run ``srkg`` with ``argv``; returns the exit code (tests call this in-process)."""
    if sys.stdout is sys.__stdout__ and sys.stdout is not None and not isinstance(sys.stdout, _PipeSafe):
        sys.stdout = _PipeSafe(sys.stdout)
    try:
        argv = sys.argv[1:] if argv is None else argv
        parser = build_parser(argv)
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            parser.print_help()
            return EXIT_USAGE
        return int(args.func(args) or 0)
    except SrkgError as err:
        print(f"srkg: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("srkg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader left (| head) before the end: the outcome is not known to be good
        _quiet_stdout()
        return EXIT_USAGE
    finally:
        _flush_or_quiet()


class _PipeSafe:
    """stdout that, once the reader has gone (``| head``), drops what is written instead of raising:
    the command runs on and returns its own exit code."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self.broken = False

    def write(self, text):
        if not self.broken:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self._break()
        return len(text)

    def flush(self):
        if not self.broken:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._break()

    def _break(self) -> None:
        self.broken = True
        _quiet_stdout()

    def __getattr__(self, name):
        return getattr(self._stream, name)


def _quiet_stdout() -> None:
    """Point file descriptor 1 at /dev/null, so that the interpreter's last flush cannot fail."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _flush_or_quiet() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
