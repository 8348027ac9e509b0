"""One small error hierarchy. Every error a user can cause is one of these.

Exit codes (stable, documented in the README):

* 0 -- success, or the data conforms
* 1 -- a check failed, or the data does not conform
* 2 -- usage, input or connection error (bad file, bad parameter, no Java, endpoint down)
* 3 -- the shapes use a SHACL feature that validation does not run (``UnsupportedShape``);
  nothing was validated
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_UNSUPPORTED = 3


class SrkgError(Exception):
    """Base of all errors a user can cause; ``str(err)`` is a one-line message."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = " ".join(str(message).split())
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} ({self.hint})"


class InputError(SrkgError):
    """A file is missing, unreadable, empty, not UTF-8 or too large."""


class RDFSyntaxError(InputError):
    """An RDF file does not parse; carries file, line and column."""

    def __init__(self, path: str, line: int | None, column: int | None, detail: str) -> None:
        where = str(path)
        if line is not None:
            where += f":{line}"
            if column is not None:
                where += f":{column}"
        super().__init__(f"{where}: syntax error: {detail}")
        self.path, self.line, self.column = str(path), line, column


class UsageError(SrkgError):
    """The command line or a parameter is wrong."""


class EnvironmentProblem(SrkgError):
    """Something the machine lacks, such as a Java runtime for HermiT."""


class EndpointError(SrkgError):
    """A SPARQL endpoint refused, timed out or answered garbage."""


class SparqlSyntaxError(InputError):
    """A query does not parse."""


class NotConforming(SrkgError):
    """New data that ``srkg validate`` rejects (exit 1: the data does not conform)."""

    exit_code = EXIT_FINDINGS


class BuildRefused(SrkgError):
    """``srkg check`` reported errors, so no release was written (exit 1); ``check`` holds its result."""

    exit_code = EXIT_FINDINGS

    def __init__(self, check) -> None:
        super().__init__(f"srkg check reports {check.errors} errors; no release was written")
        self.check = check


class UnsupportedShape(SrkgError, ValueError):
    """A shape uses a SHACL feature that validation does not run (exit 3): it is refused, never skipped.

    Also raised for what validation must never do, such as a SPARQL ``SERVICE``
    or a remote ``owl:imports`` (no request leaves the machine).
    """

    exit_code = EXIT_UNSUPPORTED


class NetworkRefused(UnsupportedShape):
    """Validation would reach the network (SPARQL SERVICE, a remote owl:imports): refused by every engine (exit 3)."""


class SheetError(InputError):
    """A bad cell of a sheet given to ``srkg add``, named by file, row and column (exit 2)."""

    def __init__(self, file: str, row: int | None, column: str | None, message: str) -> None:
        parts = [str(file), f"row {row}" if row is not None else "", f"column {column!r}" if column else ""]
        super().__init__(", ".join(p for p in parts if p) + f": {message}")
        self.file, self.row, self.column = str(file), row, column


class HandEdited(SrkgError):
    """``srkg add`` would overwrite a generated file edited by hand (or not generated): refused without --force."""


class QuoteError(ValueError):
    """A quote is not in the text, or is there more than once (``count`` says how often); ``srkg add``
    turns it into a :class:`SheetError` naming the cell."""

    def __init__(self, message: str, count: int) -> None:
        super().__init__(message)
        self.count = count


class TermError(ValueError):
    """A sheet cell names no thing of the graph, or the wrong kind of thing; ``srkg add`` turns it into a
    :class:`SheetError` naming the cell."""


class NetworkRefused(UnsupportedShape):
    """Validation would reach the network (SPARQL SERVICE, a remote owl:imports): refused by every engine."""
