"""Typed findings of the quality gate."""

from __future__ import annotations

from dataclasses import dataclass

ERROR, WARN, INFO = "ERROR", "WARN", "INFO"


@dataclass(frozen=True, order=True)
class Finding:
    """One line of ``srkg check`` output: level, a stable code, the subject and a message."""

    level: str
    code: str
    subject: str
    message: str

    def line(self) -> str:
        return f"{self.level:<5} {self.code:<24} {self.subject}: {self.message}"
