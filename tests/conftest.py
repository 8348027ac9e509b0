"""Shared fixtures: where the source text is, and the project root."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE_NAME = "bossuyt-kaczmarek-2021.txt"


def source_path() -> Path | None:
    """The source rendition: $SRKG_SOURCE, else ../shared/source next to the checkout."""
    env = os.environ.get("SRKG_SOURCE")
    candidates = [Path(env)] if env else []
    candidates += [ROOT.parent / "shared" / "source" / SOURCE_NAME]
    for c in candidates:
        if c.is_file():
            return c
    return None


@pytest.fixture(scope="session")
def source_file() -> Path:
    path = source_path()
    if path is None:
        pytest.skip("source text not found (set SRKG_SOURCE)")
    return path
