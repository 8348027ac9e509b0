"""srkg export: the reference list back out, as BibTeX or CSL-JSON, read back by the importers."""

from __future__ import annotations

import json

from srkg.cli import main
from srkg.curate.refs import read_refs


def test_export_bibtex_round_trips_the_articles_reference_list(tmp_path, capsys):
    out = tmp_path / "refs.bib"
    assert main(["export", "--article", "sr:BossuytKaczmarek2021", "-o", str(out)]) == 0
    refs = {r.key: r for r in read_refs(out)}
    assert len(refs) == 55 and sum(1 for r in refs.values() if r.doi) == 40
    k = refs["Korolev2020"]   # from the article's list: Korolev, Alexandr. 2020. "How Closely Aligned ..."
    assert (k.authors, k.year, k.journal, k.volume, k.issue, k.page_start, k.page_end, k.doi) == (
        [("Alexandr", "Korolev")], "2020", "International Politics", "57", "5", "760", "789",
        "10.1057/s41311-019-00178-8")
    e = refs["Elgin2021"]     # a chapter: its book and editors come back
    assert e.kind == "CH" and e.editors == [("Fabienne", "Bossuyt"), ("Bart", "Dessein")] and e.publisher == "Routledge"
    assert refs["Blank2020"].journal == "Defense & Security Analysis"


def test_export_csl_json(tmp_path, capsys):
    assert main(["export", "--format", "csl-json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) >= 55
    p = tmp_path / "refs.json"
    p.write_text(json.dumps(items), encoding="utf-8")
    refs = {r.key: r for r in read_refs(p)}
    assert refs["Bobo2008"].kind == "BK" and refs["Bobo2008"].publisher == "Brookings Institution Press"


def test_export_unknown_article_is_a_one_line_error(capsys):
    assert main(["export", "--article", "sr:NoSuchArticle"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "no reference entries" in err


def test_ris_import(tmp_path):
    p = tmp_path / "refs.ris"
    p.write_text("TY  - JOUR\nID  - Roe2019\nAU  - Roe, Kim\nTI  - A Made-up Study\nJO  - Journal of Examples\n"
                 "PY  - 2019\nVL  - 3\nIS  - 2\nSP  - 5\nEP  - 9\nDO  - 10.9999/x\nER  - \n", encoding="utf-8")
    (r,) = read_refs(p)
    assert (r.key, r.kind, r.authors, r.year, r.journal, r.page_start, r.page_end, r.doi) == (
        "Roe2019", "JA", [("Kim", "Roe")], "2019", "Journal of Examples", "5", "9", "10.9999/x")
