"""The hand-written answers for Bossuyt & Kaczmarek, asked for that article, with a second article present.

Every test of tests/test_queries_answers.py runs again here, on the dataset of
``--article bossuyt-kaczmarek-2021`` (the ontology, the vocabularies and that
article's folder) of a project that also holds the synthetic second article
(tests/articles/tester-2024/).  The answers are the same, exactly: the second
article's claims (a de facto alliance, Central Asia, realism) stay out.
"""

from __future__ import annotations

import pytest

from conftest import FIRST, SECOND
from srkg import paths
from test_queries_answers import *  # noqa: F401,F403  (the same tests, on the store below)


@pytest.fixture(scope="module")
def store(two_articles):
    from srkg.rdf.store import open_store

    assert SECOND in paths.article_ids(two_articles.root)
    return open_store(files=paths.article_scope_files(FIRST, two_articles.root), cache=False)


def test_the_scope_leaves_the_second_article_out(store):
    from srkg.sparql import queries

    t = queries.select("characterizations-by-type", store=store, type="sr:DeFactoAlliance")
    assert {r.work.value for r in t} == {queries.PREFIXES["sr"] + "Blank2020"}
