"""Sheet rows: claims (characterization, finding, argument) and things of any class of the ontology."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import TermError
from ..rdf.reader import SR, shorten
from . import mint
from .context import SRKG, Ctx, find, ref_iri
from .quotes import fold_quote
from .sheet import Row
from .terms import expand, norm_label
from .turtle import Doc, en, iri, lit

CLAIM_KINDS = {  # kind -> (class, IRI prefix, reported in the article?)
    "characterization": ("srkg:Characterization", "claim", True),
    "finding": ("srkg:Finding", "finding", True),
    "argument": ("srkg:Argument", "arg", False),
}
CLAIM_KIND_ALIASES = {"characterisation": "characterization", "char": "characterization", "arg": "argument"}
# sheet column -> (predicate, classes a value must have)
CLAIM_COLUMNS = [
    ("about", "srkg:about", ("Relationship", "Actor", "Place", "Initiative", "ScholarlyWork", "Event")),
    ("types", "srkg:assignsType", ("RelationshipType",)),
    ("factors", "srkg:explainedBy", ("Concept",)),
    ("theories", "srkg:drawsOnTheory", ("Theory",)),
    ("behaviours", "srkg:namesBehaviour", ("Concept",)),
    ("concepts", "srkg:involvesConcept", ("VocabularyTerm",)),
    ("disciplines", "srkg:concernsDiscipline", ("Discipline",)),
    ("methods", "srkg:concernsMethod", ("Method",)),
    ("about_theories", "srkg:concernsTheory", ("Theory",)),
    ("policy", "srkg:addressesPolicyArea", ("PolicyArea",)),
    ("regions", "srkg:coversRegion", ("Place",)),
]

def claim_kind(row: Row):
    kinds = row.items("kind")
    if not kinds:
        raise row.error("kind", "this cell is required and empty")
    kind_raw = kinds[0].lower() if len(kinds) == 1 else ""
    return CLAIM_KINDS.get(CLAIM_KIND_ALIASES.get(kind_raw, kind_raw))


OWL_CLASS = "http://www.w3.org/2002/07/owl#Class"
TIME = "http://www.w3.org/2006/time#"


def register_thing(ctx: Ctx, row: Row) -> list[str]:
    """A row whose kind is a class of the ontology ("state", "treaty", srkg:Region): a thing, not a claim."""
    classes = []
    for item in row.items("kind"):
        full = expand(item)
        if full is not None and not full.startswith(SRKG) and not full.startswith(SR):
            classes.append(full)  # a class of another vocabulary (time:Interval), taken as given
            continue
        try:
            classes.append(ctx.terms.resolve(item, [OWL_CLASS], what="kind"))
        except TermError as err:
            raise row.error("kind", f"{err}; a row is a claim ({', '.join(CLAIM_KINDS)}) or a thing whose kind "
                                    "is a class of the ontology (state, region, treaty, ...)") from None
    eid = row.text("id", required=True)
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", eid):
        raise row.error("id", f"an id is a name of letters, digits, - and _ (it becomes sr:<id>), not {eid!r}")
    label = row.text("label", required=True)
    closure = set().union(*(ctx.terms.closure(c) for c in classes))
    ctx.terms.add(SR + eid, label, closure)
    for alt in row.items("alt"):
        ctx.terms.by_label.setdefault(norm_label(alt), set()).add(SR + eid)
    return classes


def thing(ctx: Ctx, row: Row, doc: Doc, classes: list[str], made: dict) -> None:
    eid = row.text("id")
    if eid in made:
        raise row.error("id", f"sr:{eid} is already defined by row {made[eid]}")
    made[eid] = row.number
    label = row.text("label")
    hits = [find(ctx, row, q) for q in row.quotes]
    pairs = [("a", [ref_iri(c) if not c.startswith(SRKG) else "srkg:" + c[len(SRKG):] for c in classes]),
             ("rdfs:label", en(label)), ("rdfs:comment", en(row.text("comment")) if row.text("comment") else None),
             ("skos:altLabel", [en(a) for a in row.items("alt")])]
    for key in row.properties():
        curie = key[len("prop:"):]
        full = expand(curie)
        kind = ctx.terms.props.get(full) if full else None
        if (kind is None and full and not full.startswith(SRKG)) or curie in ("time:hasBeginning", "time:hasEnd"):
            pairs.append((curie, [_external(row, key, curie, v) for v in row.items(key)]))
            continue
        if kind is None:
            raise row.error(key, f"{curie} is not a property of the ontology")
        rng = ctx.terms.ranges.get(full, "")
        if rng.startswith(TIME) and isinstance(row.cells[key], str) and re.match(r"^\s*(\d{4}|/|\?)", row.cells[key]):
            pairs.append((curie, [_time(row, key, row.text(key))]))   # a time written out: 1950/1963 | words
            continue
        vals = []
        for item in row.items(key):
            if kind == "object" and re.match(r"^(https?|mailto):\S+$", item) and not item.startswith(SR):
                vals.append(f"<{item}>")  # an IRI outside the graph (a licence, an e-mail address, a web page)
            elif kind == "object":
                kinds = [rng] if rng in ctx.terms.sup or rng.startswith(SRKG) else []
                try:
                    vals.append(ref_iri(ctx.terms.resolve(item, kinds, what="thing")))
                except TermError as err:
                    raise row.error(key, str(err)) from None
            else:
                vals.append(_literal(row, key, item, rng))
        pairs.append((curie, vals))
    evs = [iri(mint.evidence_local(eid, i)) for i in range(1, len(hits) + 1)]
    pairs.append(("srkg:hasEvidence", evs))
    doc.add(iri(eid), pairs)
    for i, (ev, hit) in enumerate(zip(evs, hits), 1):
        doc.evidence(ev, f"evidence {i} for: {label}", ctx.text_node, hit)


XSD = "http://www.w3.org/2001/XMLSchema#"


def _external(row: Row, col: str, curie: str, v: str) -> str:
    """A value of a property from another vocabulary (dcterms:title, foaf:mbox, rdfs:seeAlso, time:hasEnd)."""
    if curie in ("time:hasBeginning", "time:hasEnd"):
        if not re.fullmatch(r"\d{4}", v):
            raise row.error(col, f"expected a year, found {v!r}")
        return f'[ a time:Instant ; time:inXSDgYear "{v}"^^xsd:gYear ]'
    if re.match(r"^(https?|mailto):\S+$", v):
        return f"<{v}>"
    full = expand(v)
    if full is not None and full.startswith(SR):
        return ref_iri(full)
    return lit(v)


def _literal(row: Row, col: str, v: str, rng: str) -> str:
    if rng in (XSD + "integer", XSD + "nonNegativeInteger", XSD + "positiveInteger"):
        if not re.fullmatch(r"-?\d+", v):
            raise row.error(col, f"expected a whole number, found {v!r}")
        return v
    if rng in (XSD + "gYear", XSD + "date", XSD + "gYearMonth"):
        pattern = {"gYear": r"\d{4}", "date": r"\d{4}-\d{2}-\d{2}", "gYearMonth": r"\d{4}-\d{2}"}[rng[len(XSD):]]
        if not re.fullmatch(pattern, v):
            raise row.error(col, f"expected a {rng[len(XSD):]} ({pattern.replace(chr(92) + 'd', 'N')}), found {v!r}")
        return f'"{v}"^^xsd:{rng[len(XSD):]}'
    return lit(v)


def _time(row: Row, col: str, value: str) -> str:
    """``1689``, ``2001-06``, ``2019-11-04``, ``1950/1963``, ``2014/``, ``?`` (no date given); after `` | `` the
    text's own words."""
    v, _, expr = value.partition("|")
    v, expr = v.strip(), expr.strip()
    e = f" ; srkg:timeExpression {lit(expr)}" if expr else ""
    if v == "?" and expr:   # the text names the time but gives no date: "the end of the Second World War"
        return f"[ a time:Instant{e} ]"
    if re.fullmatch(r"\d{4}", v):
        return f'[ a time:Instant ; time:inXSDgYear "{v}"^^xsd:gYear{e} ]'
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return f'[ a time:Instant ; time:inXSDgYearMonth "{v}"^^xsd:gYearMonth{e} ]'
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return f'[ a time:Instant ; time:inXSDDate "{v}"^^xsd:date{e} ]'
    m = re.fullmatch(r"(\d{4})?\s*/\s*(\d{4})?", v)
    if m and (m.group(1) or m.group(2)):
        parts = ["a time:Interval"] + ([f"srkg:timeExpression {lit(expr)}"] if expr else [])
        if m.group(1):
            parts.append(f'time:hasBeginning [ a time:Instant ; time:inXSDgYear "{m.group(1)}"^^xsd:gYear ]')
        if m.group(2):
            parts.append(f'time:hasEnd [ a time:Instant ; time:inXSDgYear "{m.group(2)}"^^xsd:gYear ]')
        return "[ " + " ;\n        ".join(parts) + " ]"
    raise row.error(col, f"expected a time: 1689, 2001-06, 2019-11-04, 1950/1963, 2014/ or ? (then | the text's words), "
                         f"found {value!r}")


def sheet_doc(ctx: Ctx, path: Path, rows: list[Row], keys: dict[str, str], dois: dict[str, str],
            entity_classes: dict, made: dict[str, str]) -> Doc:
    doc = Doc(f"Claims and things from sheets/{path.name}")
    made_entities: dict[str, int] = {}
    for row in rows:
        kind = claim_kind(row)
        if kind is None:
            thing(ctx, row, doc, entity_classes[(path, row.number)], made_entities)
            continue
        cls, prefix, reported = kind
        work = _work(ctx, row, keys, dois)
        if not row.quotes:
            raise row.error("quote", "every claim carries at least one quote from the text as its evidence")
        hits = [find(ctx, row, q) for q in row.quotes]
        local = mint.claim_local(prefix, row.text("id"), work[len(SR):], fold_quote(row.quotes[0].text))
        if local in made:
            raise row.error("id", f"sr:{local} is already minted by {made[local]}; give the rows different ids")
        made[local] = f"{path.name}, row {row.number}"
        label = row.text("label") or _label_for(ctx, work, row.quotes[0].text)
        pairs = [("a", cls), ("rdfs:label", en(label)),
                 ("rdfs:comment", en(row.text("comment")) if row.text("comment") else None)]
        for col, pred, classes in CLAIM_COLUMNS:
            vals = []
            for item in row.items(col):
                try:
                    vals.append(ref_iri(ctx.terms.resolve(item, [SRKG + c for c in classes],
                                                       what=col.replace("_", " ").rstrip("s") if col != "about" else "thing")))
                except TermError as err:
                    raise row.error(col, str(err)) from None
            pairs.append((pred, vals))
        pairs.append(("srkg:madeIn", ref_iri(work)))
        pairs.append(("srkg:supportedBy", _support(ctx, row, cls, work, hits[0])))
        if reported:
            pairs.append(("srkg:reportedIn", iri(ctx.article)))
        if row.text("stance"):
            pairs.append(("srkg:stance", lit(row.text("stance"))))
        if row.text("period"):
            pairs.append(("srkg:coversPeriod", _period(row)))
        evs = [iri(mint.evidence_local(local, i)) for i in range(1, len(hits) + 1)]
        pairs.append(("srkg:hasEvidence", evs))
        pairs.append(("srkg:primaryEvidence", evs[0]))   # the first quote carries the claim
        doc.add(iri(local), pairs)
        for i, (ev, hit) in enumerate(zip(evs, hits), 1):
            doc.evidence(ev, f"evidence {i} for: {label}", ctx.text_node, hit)
    return doc


def _support(ctx: Ctx, row: Row, cls: str, work: str, first) -> list[str]:
    """The in-text citations behind a claim: those of its work inside its first quote, and any the sheet names.

    A characterization by a cited work is supported by that work's citations
    standing inside its first quote ("... (Korolev 2020)").  The ``supported by``
    cell adds others, by IRI or by their text (``Larson 2020``, ``Larson 2020 #2``
    for the second citation with that text).
    """
    out = []
    if cls == "srkg:Characterization" and work != SR + ctx.article:
        out += [c for p, c in ctx.citation_iris
                if SR + ctx.cited_local[c] == work and first.start <= p.start and p.end <= first.end]
    for item in row.items("supported_by"):
        full = expand(item)
        if full is not None:
            if not any(c == ref_iri(full) for _p, c in ctx.citation_iris):
                raise row.error("supported_by", f"{item} is not an in-text citation of this article")
            c = ref_iri(full)
        else:
            text, _, n = item.partition(" #")
            same = [c for p, c in ctx.citation_iris if p.content == text.strip()]
            k = int(n) if n.strip().isdigit() else None
            if not same:
                raise row.error("supported_by", f"no in-text citation reads {text.strip()!r}")
            if k is None and len(same) > 1:
                raise row.error("supported_by", f"{len(same)} in-text citations read {text.strip()!r}; "
                                                f"add ' #N' for the Nth")
            if k is not None and not 1 <= k <= len(same):
                raise row.error("supported_by", f"there are {len(same)} citations reading {text.strip()!r}, not {k}")
            c = same[(k or 1) - 1]
        if c not in out:
            out.append(c)
    return out


def _label_for(ctx: Ctx, work: str, quote: str) -> str:
    words = " ".join(quote.split())
    if len(words) > 80:
        words = words[:80].rsplit(" ", 1)[0] + " …"
    return f"{ctx.terms.label_of.get(work, shorten(work))}: {words}"


def _work(ctx: Ctx, row: Row, keys: dict[str, str], dois: dict[str, str]) -> str:
    value = row.text("work", required=True)
    if value in keys:
        return SR + keys[value]
    doi = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:)", "", value, flags=re.I)
    if re.match(r"^10\.\d{4,}/", doi):
        if doi.lower() in dois:
            return SR + dois[doi.lower()]
        raise row.error("work", f"no work with DOI {doi} in the references or the article")
    full = expand(value)
    if full is not None:
        if full in ctx.terms.subjects and ctx.terms.is_a(full, [SRKG + "ScholarlyWork"]):
            return full
        raise row.error("work", f"unknown work {value!r}: not a scholarly work of the graph or the references"
                                + _did_you_mean(value, list(keys) + [shorten(s) for s in ctx.terms.subjects
                                                                      if ctx.terms.is_a(s, [SRKG + "ScholarlyWork"])]))
    works = [s for s in ctx.terms.by_label.get(norm_label(value), ()) if ctx.terms.is_a(s, [SRKG + "ScholarlyWork"])]
    if len(works) == 1:
        return works[0]
    raise row.error("work", f"unknown work {value!r}: give a citation key of the references, a DOI or an IRI"
                            + _did_you_mean(value, list(keys)))


def _did_you_mean(value: str, options: list[str]) -> str:
    import difflib

    lower = {o.lower(): o for o in options}
    hits = difflib.get_close_matches(value.lower(), list(lower), n=2, cutoff=0.6)
    return (": did you mean " + " or ".join(repr(lower[h]) for h in hits) + "?") if hits else ""


def _period(row: Row) -> str:
    v = row.text("period")
    m = re.fullmatch(r"(\d{4})(?:\s*[-–]\s*(\d{4})?)?", v)
    if not m:
        raise row.error("period", f"expected a year (2014) or years (2013-2019, 2014-), found {v!r}")
    expr = row.text("period_text") or v
    begin, dash, end = m.group(1), "-" in v or "–" in v, m.group(2)
    if not dash:
        return f'[ a time:Instant ; time:inXSDgYear "{begin}"^^xsd:gYear ; srkg:timeExpression {lit(expr)} ]'
    parts = ["a time:Interval", f"srkg:timeExpression {lit(expr)}",
             f'time:hasBeginning [ a time:Instant ; time:inXSDgYear "{begin}"^^xsd:gYear ]']
    if end:
        parts.append(f'time:hasEnd [ a time:Instant ; time:inXSDgYear "{end}"^^xsd:gYear ]')
    return "[ " + " ; ".join(parts) + " ]"
