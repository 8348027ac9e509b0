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


def test_add_reads_a_csl_json_reference_list_from_outside_instances(tmp_path, capsys):
    """A Zotero CSL-JSON export works as well as the .bib: the same works come out."""
    import shutil
    from pathlib import Path

    example = Path(__file__).resolve().parents[1] / "docs" / "examples" / "new-article"
    art = tmp_path / "my-article"
    shutil.copytree(example, art)
    bib = art / "sheets" / "references.bib"
    csl = tmp_path / "references.json"
    csl.write_text(json.dumps([
        {"id": "moe_partnership_2020", "type": "article-journal", "title": "A Made-up Study of Partnership",
         "author": [{"family": "Moe", "given": "Alex"}, {"family": "Poe", "given": "Sam"}],
         "container-title": "Journal of Examples", "volume": "1", "issue": "1", "page": "1-10",
         "issued": {"date-parts": [[2020]]}, "DOI": "10.9999/example.2020.1"},
        {"id": "roe_convenience_2019", "type": "book", "title": "An Invented Book on Convenience",
         "author": [{"family": "Roe", "given": "Kim"}], "publisher": "Example Press", "publisher-place": "Nowhere",
         "issued": {"date-parts": [[2019]]}}]), encoding="utf-8")
    assert main(["add", str(art), "--source", str(art / "text.txt"), "--out", str(tmp_path / "a")]) == 0
    bib.unlink()
    assert main(["add", str(art), "--source", str(art / "text.txt"), "--references", str(csl),
                 "--out", str(tmp_path / "b")]) == 0
    capsys.readouterr()
    for name in ("references.ttl", "citations.ttl", "claims.ttl", "venues.ttl", "persons.ttl"):
        assert (tmp_path / "a" / name).read_text(encoding="utf-8") == (tmp_path / "b" / name).read_text(encoding="utf-8"), name
