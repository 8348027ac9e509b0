"""The ontology report and the OOPS!-style pitfalls that a program can find.

Both look only at terms of our own namespace (``srkg:``), except the check
for external terms used but never declared, which looks at all of them.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from .findings import ERROR, WARN, Finding
from ..rdf.reader import SRKG, shorten

BUILTIN_NS = (str(RDF), str(RDFS), str(OWL), "http://www.w3.org/2001/XMLSchema#")
DECLARATION_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                     RDFS.Class, RDF.Property, OWL.NamedIndividual)
PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)
REQUIRED_METADATA = (DCTERMS.title, DCTERMS.description, DCTERMS.license, DCTERMS.creator)
RECOMMENDED_METADATA = (DCTERMS.created, DCTERMS.modified, OWL.versionIRI, OWL.versionInfo,
                        URIRef("http://purl.org/vocab/vann/preferredNamespacePrefix"),
                        URIRef("http://purl.org/vocab/vann/preferredNamespaceUri"),
                        DCTERMS.bibliographicCitation, DCTERMS.source)


def ours(term) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(SRKG)


def declared_terms(g: Graph) -> dict[URIRef, set]:
    """IRIs declared as a class or property, with their declaration types."""
    out: dict[URIRef, set] = defaultdict(set)
    for t in DECLARATION_TYPES:
        for s in g.subjects(RDF.type, t):
            if isinstance(s, URIRef):
                out[s].add(t)
    return out


def ontology_report(g: Graph) -> list[Finding]:
    """ERROR and WARN findings of the ontology report (see quality.md)."""
    found: list[Finding] = []
    decl = declared_terms(g)
    terms = sorted(t for t in decl if ours(t) and OWL.NamedIndividual not in decl[t])

    onts = [o for o in g.subjects(RDF.type, OWL.Ontology) if isinstance(o, URIRef)]
    if not onts:
        found.append(Finding(ERROR, "ontology-missing", "(graph)", "no owl:Ontology is declared"))
    for ont in onts:
        for p in REQUIRED_METADATA:
            if g.value(ont, p) is None:
                found.append(Finding(ERROR, "metadata-missing", shorten(str(ont)), f"the ontology has no {shorten(str(p))}"))
        for p in RECOMMENDED_METADATA:
            if g.value(ont, p) is None:
                found.append(Finding(WARN, "metadata-missing", shorten(str(ont)), f"the ontology has no {shorten(str(p))}"))
        version = g.value(ont, OWL.versionIRI)
        if version is not None and version == ont:
            found.append(Finding(ERROR, "version-iri", shorten(str(ont)), "owl:versionIRI equals the ontology IRI"))

    by_label: dict[tuple[str, str], list] = defaultdict(list)
    by_definition: dict[str, list] = defaultdict(list)
    for t in terms:
        name = shorten(str(t))
        labels = [lab for lab in g.objects(t, RDFS.label) if isinstance(lab, Literal)]
        if not labels:
            found.append(Finding(ERROR, "label-missing", name, "has no rdfs:label"))
        per_lang: dict[str, int] = defaultdict(int)
        for lab in labels:
            per_lang[lab.language or ""] += 1
            text = str(lab)
            if text != text.strip() or any(c in text for c in "\n\t\r"):
                found.append(Finding(ERROR, "label-whitespace", name, f"label {text!r} has leading/trailing whitespace, a newline or a tab"))
            by_label[(text.strip().lower(), lab.language or "")].append(t)
        for lang, n in per_lang.items():
            if n > 1:
                found.append(Finding(ERROR, "label-multiple", name, f"has {n} labels in language {lang or '(none)'!r}"))
        defs = list(g.objects(t, SKOS.definition))
        if len(defs) > 1:
            found.append(Finding(ERROR, "definition-multiple", name, f"has {len(defs)} definitions"))
        if not defs:
            found.append(Finding(WARN, "definition-missing", name, "has no skos:definition"))
        for d in defs:
            text = str(d).strip()
            by_definition[text.lower()].append(t)
            if text and not text[0].isupper():
                found.append(Finding(WARN, "definition-lowercase", name, "definition does not begin with a capital letter"))
        types = decl[t]
        if types & {OWL.ObjectProperty, OWL.DatatypeProperty}:
            if g.value(t, RDFS.domain) is None:
                found.append(Finding(WARN, "domain-missing", name, "property has no rdfs:domain"))
            if g.value(t, RDFS.range) is None:
                found.append(Finding(WARN, "range-missing", name, "property has no rdfs:range"))
        if OWL.Class in types and g.value(t, RDFS.subClassOf) is None:
            found.append(Finding(WARN, "superclass-missing", name, "class has no superclass"))

    for (text, lang), ts in sorted(by_label.items()):
        if len(set(ts)) > 1:
            names = ", ".join(sorted(shorten(str(t)) for t in set(ts)))
            found.append(Finding(ERROR, "label-duplicate", names, f"share the label {text!r}"))
    for text, ts in sorted(by_definition.items()):
        if len(set(ts)) > 1:
            names = ", ".join(sorted(shorten(str(t)) for t in set(ts)))
            found.append(Finding(ERROR, "definition-duplicate", names, "share one definition"))
    return found


def _used_as_class(g: Graph) -> Iterable[URIRef]:
    for o in g.objects(None, RDF.type):
        yield o
    for p in (RDFS.subClassOf, RDFS.domain, RDFS.range, OWL.disjointWith, OWL.equivalentClass):
        for s, o in g.subject_objects(p):
            yield o
            if p in (RDFS.subClassOf, OWL.disjointWith, OWL.equivalentClass):
                yield s
    for lst in g.objects(None, OWL.members):
        yield from g.items(lst)
    for lst in g.objects(None, OWL.unionOf):
        yield from g.items(lst)


def _used_as_property(g: Graph) -> Iterable[URIRef]:
    yield from g.predicates()
    for p in (RDFS.subPropertyOf, OWL.inverseOf, OWL.equivalentProperty):
        for s, o in g.subject_objects(p):
            yield s
            yield o


def pitfalls(g: Graph) -> list[Finding]:
    """The pitfalls of the OOPS! catalogue that a program can find (quality.md)."""
    found: list[Finding] = []
    decl = declared_terms(g)

    # P06 cycles in the class hierarchy
    parents: dict = defaultdict(set)
    for s, o in g.subject_objects(RDFS.subClassOf):
        if isinstance(s, URIRef) and isinstance(o, URIRef):
            parents[s].add(o)
    reported = set()
    for start in list(parents):
        stack, seen = [(start, (start,))], set()
        while stack:
            node, path = stack.pop()
            for parent in parents.get(node, ()):
                if parent == start:
                    cycle = frozenset(path)
                    if cycle not in reported:
                        reported.add(cycle)
                        found.append(Finding(ERROR, "hierarchy-cycle", shorten(str(start)),
                                             "subclass cycle: " + " -> ".join(shorten(str(x)) for x in path + (start,))))
                elif parent not in seen:
                    seen.add(parent)
                    stack.append((parent, path + (parent,)))

    # P25 inverse of itself; P26 inverse for a symmetric property
    for s, o in g.subject_objects(OWL.inverseOf):
        if s == o:
            found.append(Finding(ERROR, "inverse-self", shorten(str(s)), "is declared inverse of itself"))
        for p in (s, o):
            if (p, RDF.type, OWL.SymmetricProperty) in g:
                found.append(Finding(ERROR, "inverse-symmetric", shorten(str(p)), "is symmetric and has an inverse declared"))

    # P19 several domain or range axioms
    for axis in (RDFS.domain, RDFS.range):
        counts: dict = defaultdict(int)
        for s in g.subjects(axis, None):
            counts[s] += 1
        for s, n in counts.items():
            if n > 1 and isinstance(s, URIRef):
                found.append(Finding(ERROR, "multiple-" + shorten(str(axis)).split(":")[1], shorten(str(s)),
                                     f"has {n} {shorten(str(axis))} axioms (they intersect)"))

    # used but not declared (ours: ERROR; external: ERROR as well, OWL 2 DL needs declarations)
    classes = {c for c in _used_as_class(g) if isinstance(c, URIRef)}
    props = {p for p in _used_as_property(g) if isinstance(p, URIRef)}
    for term in sorted(classes | props):
        if str(term).startswith(BUILTIN_NS) or term in decl:
            continue
        if ours(term):
            found.append(Finding(ERROR, "undeclared-term", shorten(str(term)), "is used but not declared"))
        else:
            found.append(Finding(ERROR, "undeclared-external", shorten(str(term)), "external term is used but never declared"))

    # unconnected classes of ours
    connected = set()
    for s, o in g.subject_objects(RDFS.subClassOf):
        connected.update((s, o))
    for p in (RDFS.domain, RDFS.range, OWL.disjointWith):
        for s, o in g.subject_objects(p):
            connected.add(o)
            if p == OWL.disjointWith:
                connected.add(s)
    for lst in list(g.objects(None, OWL.members)) + list(g.objects(None, OWL.unionOf)):
        connected.update(g.items(lst))
    for t, types in sorted(decl.items()):
        if ours(t) and OWL.Class in types and t not in connected:
            found.append(Finding(WARN, "unconnected-class", shorten(str(t)), "class is connected to no other class or property"))

    # no disjointness at all
    if not any(True for _ in g.triples((None, OWL.disjointWith, None))) and \
            not any(True for _ in g.subjects(RDF.type, OWL.AllDisjointClasses)):
        found.append(Finding(ERROR, "no-disjointness", "(ontology)", "declares no disjointness axioms at all"))

    # ontology IRI with a file extension
    for ont in g.subjects(RDF.type, OWL.Ontology):
        tail = str(ont).rstrip("/#").rsplit("/", 1)[-1]
        if isinstance(ont, URIRef) and "." in tail and tail.rsplit(".", 1)[1].lower() in {"owl", "ttl", "rdf", "xml", "nt", "jsonld", "n3"}:
            found.append(Finding(ERROR, "ontology-iri-extension", str(ont), "ontology IRI ends in a file extension"))
    return found


