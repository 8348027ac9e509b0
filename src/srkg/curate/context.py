"""What one run of ``srkg add`` shares: the text, the graph's names, the persons met so far, the notes."""

from __future__ import annotations

from pathlib import Path

from ..errors import QuoteError
from ..rdf.reader import PREFIXES, SR
from . import mint
from .quotes import find_quote
from .sheet import Row, read_sheet
from .terms import Terms, expand
from .turtle import Doc, en, iri, lit

SRKG = PREFIXES["srkg"]
MAX_QUOTE = 300

class Ctx:
    """The state of one run."""

    def __init__(self, text: str, terms: Terms, article_local: str, article_label: str, text_node: str):
        self.text, self.terms = text, terms
        self.article, self.article_label, self.text_node = article_local, article_label, text_node
        self.persons: dict[str, dict] = {}
        self.person_forms: dict[str, dict] = {}   # printed form -> sheet row
        self.notes_by_iri: dict[str, str] = {}
        self.notes_by_citation: dict[tuple[str, int], str] = {}


# ---------------------------------------------------------------------------
def read_persons(ctx: Ctx, path: Path) -> None:
    if not path.is_file():
        return
    for row in read_sheet(path, ("id", "forms", "label", "given", "family", "alt", "comment")):
        pid = row.raw("id", required=True)
        forms = row.raw_items("forms") or []
        rec = dict(id=pid, label=row.raw("label"), given=row.raw("given"), family=row.raw("family"),
                   alt=row.raw_items("alt"), comment=row.raw("comment"))
        for form in forms:
            ctx.person_forms[form] = rec


def read_notes(ctx: Ctx, path: Path) -> None:
    if not path.is_file():
        return
    for row in read_sheet(path, ("citation", "occurrence", "subject", "comment")):
        comment = row.raw("comment", required=True)
        if row.raw("citation"):
            occ = row.raw("occurrence") or "1"
            if not str(occ).isdigit():
                raise row.error("occurrence", f"expected a whole number, found {occ!r}")
            ctx.notes_by_citation[(row.raw("citation"), int(occ))] = comment
        elif row.raw("subject"):
            full = expand(row.raw("subject"))
            if full is None:
                raise row.error("subject", "expected an IRI such as sr:DikarevLukin2021")
            ctx.notes_by_iri[full] = comment
        else:
            raise row.error(None, "a note names a citation (its text) or a subject (an IRI)")


def person(ctx: Ctx, given: str | None, family: str, default_local: str | None = None) -> str:
    form = f"{given} {family}" if given else family
    rec = ctx.person_forms.get(form)
    pid = rec["id"] if rec else (default_local or mint.person_local(given, family))
    p = ctx.persons.setdefault(pid, dict(forms=[], given=given, family=family, sheet=rec))
    if form not in p["forms"]:
        p["forms"].append(form)
    return pid


def persons_doc(ctx: Ctx, doc: Doc) -> None:
    for pid, p in sorted(ctx.persons.items()):
        rec = p["sheet"]
        if rec:
            label = rec["label"] or p["forms"][0]
            given, family, alt = rec["given"] or p["given"], rec["family"] or p["family"], rec["alt"] or []
            comment = rec["comment"]
        else:
            label, given, family, alt, comment = p["forms"][0], p["given"], p["family"], p["forms"][1:], None
        doc.add(iri(pid), [("a", "srkg:Person"), ("rdfs:label", en(label)), ("foaf:familyName", lit(family)),
                           ("foaf:givenName", lit(given) if given else None),
                           ("skos:altLabel", [en(x) for x in alt]),
                           ("rdfs:comment", en(comment) if comment else None)])


# ---------------------------------------------------------------------------
def find(ctx: Ctx, row: Row, q) -> object:
    if len(" ".join(q.text.split())) > MAX_QUOTE:
        raise row.error(q.column, f"quote longer than {MAX_QUOTE} characters; quote less, or split it")
    try:
        return find_quote(ctx.text, q.text, occurrence=q.occurrence, near=q.near)
    except QuoteError as err:
        raise row.error(q.column, str(err)) from None


# ---------------------------------------------------------------------------
def ref_iri(full: str) -> str:
    return iri(full[len(SR):]) if full.startswith(SR) else f"<{full}>"
