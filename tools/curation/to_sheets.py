"""Turn the facts typed into Python under tools/curation/ into the sheets `srkg add` reads.

Writes instances/bossuyt-kaczmarek-2021/sheets/: article.bib, references.bib,
persons.yaml, notes.yaml, anomalies.yaml, characterizations.yaml,
arguments.yaml, findings.yaml.  Re-run it whenever the Python data changes
(until the Python is retired); the sheets are then the data.

Vocabulary terms are written by label when the label names exactly that term,
else by IRI.  Each quote is located with the curation scripts' own rules; when
the tolerant matcher of `srkg add` finds it more than once, the sheet gives
the occurrence that is the same passage.

Run: .venv/bin/python tools/curation/to_sheets.py [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
os.environ.setdefault("SRKG_SOURCE", str(ROOT.parent / "shared" / "source" / "bossuyt-kaczmarek-2021.txt"))

import yaml  # noqa: E402

import domain_claims as DC  # noqa: E402
import domain_world as DW  # noqa: E402
import domain_common as CM  # noqa: E402
import scholarship_data as D  # noqa: E402
from srkg import paths  # noqa: E402
from srkg.curate.quotes import find_all  # noqa: E402
from srkg.curate.terms import Terms  # noqa: E402
from srkg.errors import TermError  # noqa: E402
from srkg.evidence import locate  # noqa: E402
from srkg.rdf.reader import SR, SRKG  # noqa: E402

TEXT = CM.TEXT
ARTICLE_DIR = ROOT / "instances" / "bossuyt-kaczmarek-2021"
PRED_COLUMN = {
    "srkg:about": "about", "srkg:assignsType": "type", "srkg:explainedBy": "factors",
    "srkg:drawsOnTheory": "theory", "srkg:namesBehaviour": "behaviours", "srkg:involvesConcept": "concepts",
    "srkg:concernsDiscipline": "disciplines", "srkg:concernsMethod": "methods",
    "srkg:concernsTheory": "about theories", "srkg:addressesPolicyArea": "policy areas",
    "srkg:coversRegion": "regions",
}
COLUMN_KINDS = {"about": (), "type": ("RelationshipType",), "factors": ("Concept",), "theory": ("Theory",),
                "behaviours": ("Concept",), "concepts": ("VocabularyTerm",), "disciplines": ("Discipline",),
                "methods": ("Method",), "about theories": ("Theory",), "policy areas": ("PolicyArea",),
                "regions": ("Place",)}


def quote_cell(exact: str, start: int) -> dict | str:
    """The quote as typed, with the occurrence the tolerant matcher needs to land on ``start``."""
    hits = find_all(TEXT, exact)
    starts = [h.start for h in hits]
    if start not in starts:
        raise SystemExit(f"the tolerant matcher does not find {exact[:60]!r} at {start}")
    if len(hits) == 1:
        return exact
    return {"text": exact, "occurrence": starts.index(start) + 1}


def term_cell(terms: Terms, curie: str, column: str) -> str:
    full = SR + curie.split(":", 1)[1] if curie.startswith("sr:") else curie
    label = terms.label_of.get(full)
    if label:
        try:
            if terms.resolve(label, [SRKG + k for k in COLUMN_KINDS[column]]) == full:
                return label
        except TermError:
            pass
    return curie


def work_cell(curie: str) -> str:
    local = curie.split(":", 1)[1]
    keys = {r["id"] for r in D.REFS} | {"BossuytKaczmarek2021"}
    return local if local in keys else curie


# ------------------------------------------------------------------ claims
def node_rows(terms: Terms, nodes, prefix: str) -> list[dict]:
    rows = []
    for n in nodes:
        local = n.iri.split(":", 1)[1]
        assert local.startswith(prefix + "-"), n.iri
        cls = n.types[0]
        row = {"id": local[len(prefix) + 1:],
               "kind": {"srkg:Characterization": "characterization", "srkg:Argument": "argument"}[cls]}
        work = next((objs[0] for pred, objs in n.props if pred == "srkg:madeIn"), None)
        for pred, objs in n.props:
            objs = [o for o in objs if o]
            if not objs:
                continue
            if pred == "srkg:madeIn":
                continue
            elif pred == "srkg:reportedIn":
                continue
            elif pred == "srkg:supportedBy":
                auto = set(DC.citations_inside(n.evidence[0], work)) if work and work != DC.ARTICLE else set()
                extra = [o for o in objs if o not in auto]
                if extra:
                    row["supported by"] = extra
            elif pred == "srkg:stance":
                row["stance"] = objs[0].strip('"')
            else:
                col = PRED_COLUMN[pred]
                row[col] = [term_cell(terms, o, col) for o in objs]
        row = {"id": row.pop("id"), "kind": row.pop("kind"), "work": work_cell(work), "label": n.label, **row}
        if n.comment:
            row["comment"] = n.comment
        row["quotes"] = []
        for q in n.evidence:
            sel = CM.find(q)
            row["quotes"].append(quote_cell(sel.exact, sel.start))
        rows.append(row)
    return rows


def finding_rows(terms: Terms) -> list[dict]:
    rows = []
    for fid, art, label, quotes, about, extra in D.FINDINGS:
        row = {"id": fid[len("finding-"):], "kind": "finding", "work": f"sr:{art}", "label": label,
               "about": [term_cell(terms, f"sr:{a}", "about") for a in about]}
        for p, vs in extra.items():
            col = PRED_COLUMN[f"srkg:{p}"]
            row[col] = [term_cell(terms, f"sr:{v}", col) for v in vs]
        row["quotes"] = [quote_cell(q, locate(TEXT, q).start) for q in quotes]
        rows.append(row)
    return rows


# ------------------------------------------------------------------ things (actors, places, history, initiatives)
def class_cell(terms: Terms, curie: str) -> str:
    full = SRKG + curie.split(":", 1)[1]
    label = terms.label_of.get(full)
    if label:
        try:
            if terms.resolve(label, ["http://www.w3.org/2002/07/owl#Class"]) == full:
                return label
        except TermError:
            pass
    return curie


def literal_value(n3: str) -> str:
    from rdflib.util import from_n3

    return str(from_n3(n3))


def time_cell(n3: str) -> str:
    import re

    expr = re.search(r'srkg:timeExpression ("(?:[^"\\]|\\.)*")', n3)
    words = f" | {literal_value(expr.group(1))}" if expr else ""
    if "time:Interval" in n3:
        b = re.search(r'time:hasBeginning \[ a time:Instant ; time:inXSDgYear "(\d{4})"', n3)
        e = re.search(r'time:hasEnd \[ a time:Instant ; time:inXSDgYear "(\d{4})"', n3)
        return f"{b.group(1) if b else ''}/{e.group(1) if e else ''}{words}"
    m = re.search(r'time:inXSD(?:gYear|gYearMonth|Date) "([\d-]+)"', n3)
    return (m.group(1) if m else "?") + words


def thing_rows(terms: Terms, nodes) -> list[dict]:
    rows = []
    for n in nodes:
        row = {"id": n.iri.split(":", 1)[1], "kind": [class_cell(terms, t) for t in n.types], "label": n.label}
        for pred, objs in n.props:
            objs = [o for o in objs if o]
            if not objs:
                continue
            if pred == "skos:altLabel":
                row["alt"] = [literal_value(o) for o in objs]
            elif pred == "srkg:hasTime":
                row[pred] = time_cell(objs[0])
            elif objs[0].startswith("sr:"):
                row[pred] = [term_cell(terms, o, "about") for o in objs]
            else:
                row[pred] = [literal_value(o) for o in objs]
        if n.comment:
            row["comment"] = n.comment
        row["quotes"] = []
        for q in n.evidence:
            sel = CM.find(q)
            row["quotes"].append(quote_cell(sel.exact, sel.start))
        rows.append(row)
    return rows


# ------------------------------------------------------------------ things from the generated scholarship Turtle
# The article record, the colloquium, the affiliations and the special issue are typed inline in
# scholarship_build.py rather than in a data module, so they are read back from the Turtle it writes.
BIB_GIVES = {"srkg:title", "srkg:publicationYear", "srkg:hasContribution", "srkg:volume", "srkg:issue",
             "srkg:pageStart", "srkg:pageEnd", "srkg:doi", "dcterms:license", "srkg:publishedIn",
             "srkg:hasReferenceEntry"}


def _curie(g, node) -> str:
    from srkg.rdf.reader import shorten

    return shorten(str(node))


def _bnode_time(g, node) -> str:
    import rdflib

    T = rdflib.Namespace("http://www.w3.org/2006/time#")
    S = rdflib.Namespace(SRKG)
    expr = g.value(node, S.timeExpression)
    words = f" | {expr}" if expr is not None else ""
    if (node, rdflib.RDF.type, T.Interval) in g:
        b, e = g.value(node, T.hasBeginning), g.value(node, T.hasEnd)
        by = g.value(b, T.inXSDgYear) if b is not None else None
        ey = g.value(e, T.inXSDgYear) if e is not None else None
        return f"{by or ''}/{ey or ''}{words}"
    v = g.value(node, T.inXSDgYear) or g.value(node, T.inXSDgYearMonth) or g.value(node, T.inXSDDate)
    return f"{v}{words}"


def ttl_rows(terms: Terms, g, subjects, skip=frozenset()) -> list[dict]:
    import rdflib
    from rdflib import BNode, Literal

    S, OA = rdflib.Namespace(SRKG), rdflib.Namespace("http://www.w3.org/ns/oa#")
    T = rdflib.Namespace("http://www.w3.org/2006/time#")
    rows = []
    for subj in subjects:
        row = {"id": str(subj)[len(SR):],
               "kind": [class_cell(terms, _curie(g, t)) if str(t).startswith(SRKG) else _curie(g, t)
                        for t in sorted(g.objects(subj, rdflib.RDF.type))],
               "label": str(g.value(subj, rdflib.RDFS.label))}
        alt = sorted(str(o) for o in g.objects(subj, rdflib.namespace.SKOS.altLabel))
        if alt:
            row["alt"] = alt
        for p in sorted(set(g.predicates(subj, None)), key=str):
            c = _curie(g, p)
            if c in ("rdf:type", "rdfs:label", "skos:altLabel", "rdfs:comment", "srkg:hasEvidence") or c in skip:
                continue
            objs = sorted(g.objects(subj, p), key=str)
            if c in ("time:hasBeginning", "time:hasEnd"):
                row[c] = [str(g.value(o, T.inXSDgYear)) for o in objs]
            elif isinstance(objs[0], BNode):
                row[c] = _bnode_time(g, objs[0])
            elif isinstance(objs[0], Literal):
                row[c] = [str(o) for o in objs]
            elif str(objs[0]).startswith(SR):
                row[c] = [term_cell(terms, _curie(g, o), "about") for o in objs]
            else:
                row[c] = [str(o) for o in objs]
        if g.value(subj, rdflib.RDFS.comment) is not None:
            row["comment"] = str(g.value(subj, rdflib.RDFS.comment))
        quotes = []
        for ev in sorted(g.objects(subj, S.hasEvidence), key=lambda e: (len(str(e)), str(e))):
            sels = list(g.objects(ev, OA.hasSelector))
            exact = next(str(o) for x in sels for o in g.objects(x, OA.exact))
            start = next(int(o) for x in sels for o in g.objects(x, OA.start))
            quotes.append(quote_cell(exact, start))
        if quotes:
            row["quotes"] = quotes
        rows.append(row)
    return rows


def _ordered_subjects(path, g, keep):
    import re

    text = path.read_text(encoding="utf-8")
    order = {m.group(1): m.start() for m in re.finditer(r"^sr:(\S+) ", text, re.M)}
    return sorted((s for s in set(g.subjects()) if str(s).startswith(SR) and keep(s)),
                  key=lambda s: order.get(str(s)[len(SR):], 10 ** 9))


def scholarship_rows(terms: Terms) -> dict[str, list[dict]]:
    import rdflib

    S = rdflib.Namespace(SRKG)
    sch = ARTICLE_DIR / "scholarship"
    out = {}
    g = rdflib.Graph().parse(sch / "article.ttl")
    art = rdflib.URIRef(SR + "BossuytKaczmarek2021")
    generated = {rdflib.URIRef(SR + "BossuytKaczmarek2021-text"), rdflib.URIRef(SR + "EurasianGeographyAndEconomics")}
    subjects = _ordered_subjects(sch / "article.ttl", g, lambda s: s not in generated and
                                 (s, rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/oa#SpecificResource")) not in g)
    rows = ttl_rows(terms, g, [s for s in subjects if s != art])
    (arow,) = ttl_rows(terms, g, [art], skip=BIB_GIVES)
    out["article-record"] = [arow] + rows
    g = rdflib.Graph().parse(sch / "special-issue.ttl")
    subjects = _ordered_subjects(sch / "special-issue.ttl", g, lambda s: (s, rdflib.RDF.type, S.Finding) not in g and
                                 (s, rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/oa#SpecificResource")) not in g)
    out["special-issue"] = ttl_rows(terms, g, subjects)
    # persons that no reference entry names: the special issue's authors; and the by-line's e-mail address
    g = rdflib.Graph().parse(sch / "persons.ttl")
    si_people = {scholarship_person(given, family) for x in D.SI_ARTICLES for given, family in x["authors"]}
    si_people |= {"FabienneBossuyt", "MarcinKaczmarek"}
    subjects = _ordered_subjects(sch / "persons.ttl", g, lambda s: str(s)[len(SR):] in si_people)
    out["people"] = ttl_rows(terms, g, subjects)
    return out


def scholarship_person(given: str, family: str) -> str:
    from scholarship_build import ascii_name

    return D.PERSON_IRI.get((given, family)) or ascii_name(given.split()[0]) + ascii_name(family)


# ------------------------------------------------------------------ references
def bib_value(s: str) -> str:
    return "{" + s.replace("{", "").replace("}", "").replace("&", "\\&") + "}"


def bib_names(names) -> str:
    return " and ".join(f"{family}, {given}" if given else family for given, family in names)


def bib_entry(kind: str, key: str, fields: list[tuple[str, str | None]]) -> str:
    body = ",\n".join(f"  {k} = {bib_value(v)}" for k, v in fields if v)
    return f"@{kind}{{{key},\n{body}\n}}\n"


COMMENTS = {
    "LaruelleLuo2020": "The entry names the series 'PONARS Eurasia Policy Memo'; the graph takes PONARS Eurasia, "
                       "named in it, as the memo's publisher.",
    "Grant2020": "The entry gives the article number 102070 in place of pages; it is kept as the first page.",
}


def references_bib() -> str:
    out = ["% The reference list of Bossuyt and Kaczmarek 2021, in printed order.\n"
           "% Written by tools/curation/to_sheets.py from tools/curation/scholarship_data.py.\n"]
    kinds = {"JA": "article", "BK": "book", "CH": "incollection", "PM": "techreport"}
    for r in D.REFS:
        pages = r.get("pages") or (None, None)
        pp = None if pages[0] is None else (pages[0] if pages[1] is None else f"{pages[0]}--{pages[1]}")
        f = [("author", bib_names(r["authors"])), ("title", r["title"]), ("year", r["year"])]
        if r["kind"] == "JA":
            f += [("journal", D.JOURNALS[r["journal"]]), ("volume", r.get("volume")), ("number", r.get("issue")),
                  ("pages", pp), ("pubstate", r.get("status"))]
        elif r["kind"] == "BK":
            f += [("publisher", D.PUBLISHERS[r["publisher"]]), ("address", r.get("place"))]
        elif r["kind"] == "CH":
            b = D.BOOKS[r["book"]]
            f += [("booktitle", b["title"]), ("editor", bib_names(b["editors"])),
                  ("publisher", D.PUBLISHERS[b["publisher"]]), ("address", b["place"]), ("pages", pp)]
        elif r["kind"] == "PM":
            f += [("institution", D.PUBLISHERS[r["publisher"]]), ("type", r.get("series")),
                  ("number", r.get("number")), ("pages", pp)]
        f += [("doi", r.get("doi")), ("note", COMMENTS.get(r["id"]))]
        out.append(bib_entry(kinds[r["kind"]], r["id"], f))
    return "\n".join(out)


ARTICLE_BIB = bib_entry("article", "BossuytKaczmarek2021", [
    ("author", "Bossuyt, Fabienne and Kaczmarek, Marcin"),
    ("title", "Russia and China between cooperation and competition at the regional and global level. Introduction"),
    ("journal", "Eurasian Geography and Economics"), ("volume", "62"), ("number", "5-6"), ("pages", "539--556"),
    ("year", "2021"), ("doi", "10.1080/15387216.2021.2023363"),
    ("license", "http://creativecommons.org/licenses/by-nc-nd/4.0/")])


def persons_rows() -> list[dict]:
    rows = []
    for pid, f in D.PERSON_FORMS.items():
        forms = [f"{g} {fam}" for (g, fam), i in D.PERSON_IRI.items() if i == pid] or [f["label"]]
        rows.append({"id": pid, "forms": sorted(set(forms) | {f["label"]}), "label": f["label"], "given": f["given"],
                     "family": f["family"], "alt": f["alt"]})
    for (g, fam), pid in D.PERSON_IRI.items():
        if pid not in D.PERSON_FORMS:
            rows.append({"id": pid, "forms": [f"{g} {fam}"]})
    rows += [
        {"id": "Dikarev", "forms": ["Dikarev"], "family": "Dikarev",
         "comment": "Named only as the first author of the in-text citation 'Dikarev and Lukin (2021)', which has no "
                    "entry in the reference list; the text gives no given name."},
        {"id": "Lukin-DikarevLukin2021", "forms": ["Lukin"], "family": "Lukin",
         "comment": "The second author of the in-text citation 'Dikarev and Lukin (2021)', which has no entry in the "
                    "reference list. The text gives no given name, so it does not say whether this is Alexandr "
                    "Lukin, Artyom Lukin or another Lukin: kept apart."},
    ]
    return rows


def notes_rows() -> list[dict]:
    rows = [{"citation": c, "occurrence": n, "comment": t} for (c, n), t in D.CITATION_COMMENTS.items()]
    rows.append({"subject": "sr:DikarevLukin2021",
                 "comment": "A work cited in the text as 'Dikarev and Lukin (2021)' on Russia's policy toward the "
                            "South China Sea, with no entry in the reference list: only its authors' surnames and "
                            "its year are known."})
    return rows


def anomalies_rows() -> list[dict]:
    """Read from the generated anomalies.ttl: the anomaly specs live inside scholarship_build.Builder."""
    import rdflib

    g = rdflib.Graph().parse(ARTICLE_DIR / "scholarship" / "anomalies.ttl")
    S, OA, RDFS = rdflib.Namespace(SRKG), rdflib.Namespace("http://www.w3.org/ns/oa#"), rdflib.RDFS
    rows = []
    for a in sorted(g.subjects(rdflib.RDF.type, S.DocumentAnomaly), key=lambda x: order_of(g, x)):
        quotes = []
        for ev in sorted(g.objects(a, S.hasEvidence), key=str):
            sels = list(g.objects(ev, OA.hasSelector))
            exact = next(str(o) for s in sels for o in g.objects(s, OA.exact))
            start = next(int(o) for s in sels for o in g.objects(s, OA.start))
            quotes.append(quote_cell(exact, start))
        on = sorted(("sr:" + str(s)[len(SR):] for s in g.subjects(S.hasAnomaly, a)))
        row = {"id": str(a)[len(SR):], "label": str(g.value(a, RDFS.label)), "variant": sorted(str(v) for v in g.objects(a, S.variantForm))}
        if g.value(a, S.expectedForm) is not None:
            row["expected"] = str(g.value(a, S.expectedForm))
        row |= {"comment": str(g.value(a, RDFS.comment)), "on": on, "quotes": quotes}
        rows.append(row)
    return rows


def order_of(g, a) -> int:
    text = (ARTICLE_DIR / "scholarship" / "anomalies.ttl").read_text(encoding="utf-8")
    return text.find(f"sr:{str(a)[len(SR):]} a srkg:DocumentAnomaly")


def dump(rows, header: str) -> str:
    return "# " + header + "\n# Written by tools/curation/to_sheets.py; once the Python is retired, edit this file.\n" + \
        yaml.safe_dump(rows, sort_keys=False, allow_unicode=True, width=100000)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ARTICLE_DIR / "sheets"))
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    terms = Terms.from_files(list(paths.ontology_files()) + list(paths.instance_files()))
    files = {
        "article.bib": "% The article itself (srkg add reads its record from here).\n" + ARTICLE_BIB,
        "references.bib": references_bib(),
        "persons.yaml": dump(persons_rows(), "Printed name forms that belong to one person, and persons known only by a surname."),
        "notes.yaml": dump(notes_rows(), "Comments on single in-text citations (by text and occurrence) and on generated names."),
        "anomalies.yaml": dump(anomalies_rows(), "Flaws of the source document, kept as facts about it."),
        "actors.yaml": dump(thing_rows(terms, DW.ACTORS), "Actors that the article names."),
        "places.yaml": dump(thing_rows(terms, DW.PLACES), "Regions, cities, seas and border areas that the article names."),
        "history.yaml": dump(thing_rows(terms, DW.HISTORY),
                             "The relationships, their phases and the dated events the article narrates. " + DW.TIME_NOTE),
        "initiatives.yaml": dump(thing_rows(terms, DW.INITIATIVES), "Initiatives the article names."),
        "characterizations.yaml": dump(node_rows(terms, DC.CHARACTERIZATIONS, "claim"),
                                       "How the works the article cites characterize the relationship."),
        "arguments.yaml": dump(node_rows(terms, DC.ARGUMENTS, "arg"), "The article's own arguments."),
        "findings.yaml": dump(finding_rows(terms), "Findings of the special-issue articles as the introduction reports them."),
    }
    extra = scholarship_rows(terms)
    files["article-record.yaml"] = dump(extra["article-record"], "The article's record beyond its .bib entry: dates, "
                                        "keywords, affiliations, the colloquium, with evidence.")
    files["special-issue.yaml"] = dump(extra["special-issue"], "The special issue and its eight research articles.")
    files["people.yaml"] = dump(extra["people"], "Persons no reference entry names: the special issue's authors "
                                "(and the by-line's e-mail address).")
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")
        print("wrote", out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
