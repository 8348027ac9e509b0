"""The one error of curation: a bad sheet cell, named by file, row and column."""

from __future__ import annotations

from ..errors import InputError


class SheetError(InputError):
    """One-line error naming where it is: ``claims.csv, row 4, column 'type': ...``."""

    def __init__(self, file: str, row: int | None, column: str | None, message: str) -> None:
        where = str(file)
        if row is not None:
            where += f", row {row}"
        if column is not None:
            where += f", column {column!r}"
        super().__init__(f"{where}: {message}")
        self.file, self.row, self.column = str(file), row, column
