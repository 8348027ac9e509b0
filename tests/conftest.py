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


# ---------------------------------------------------------------------------
# Two articles: the project's data plus the synthetic second article
# ---------------------------------------------------------------------------
ARTICLES = Path(__file__).resolve().parent / "articles"
FIRST, SECOND = "bossuyt-kaczmarek-2021", "tester-2024"


class TwoArticles:
    """A temporary project root holding the project's data and tests/articles/tester-2024/ as a second article.

    ``texts`` is a folder with both articles' texts; ``first_text`` and ``second_text`` the files.
    """

    def __init__(self, base: Path, source: Path) -> None:
        import shutil

        self.root = base / "project"
        for part in ("ontology", "instances", "queries"):
            shutil.copytree(ROOT / part, self.root / part)
        self.article_dir = self.root / "instances" / SECOND
        shutil.copytree(ARTICLES / SECOND, self.article_dir, ignore=shutil.ignore_patterns("*.txt"))
        self.texts = base / "texts"
        self.texts.mkdir()
        self.first_text = Path(shutil.copy(source, self.texts / source.name))
        self.second_text = Path(shutil.copy(ARTICLES / SECOND / f"{SECOND}.txt", self.texts / f"{SECOND}.txt"))

    def without_second(self, base: Path) -> Path:
        """A copy of the root with the second article's folder removed again."""
        import shutil

        root = base / "removed"
        shutil.copytree(self.root, root)
        shutil.rmtree(root / "instances" / SECOND)
        return root


@pytest.fixture(scope="session")
def two_articles(tmp_path_factory, source_file) -> TwoArticles:
    return TwoArticles(tmp_path_factory.mktemp("two-articles"), source_file)
