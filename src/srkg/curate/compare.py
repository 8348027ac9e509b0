"""Compare what ``srkg add`` produced with the graph as it stands (dogfooding).

``replace(old, new)`` is the old graph with every (subject, predicate) pair that
the new data states taken out (together with the blank nodes only they held),
and the new data put in: the graph that would result if the generated files
took the place of the hand-made ones.  When that is isomorphic to the old
graph, ``srkg add`` reproduces the old data exactly.
"""

from __future__ import annotations

from collections import Counter

from rdflib import BNode, Graph


def _closure(g: Graph, node, out: set) -> None:
    if isinstance(node, BNode) and node not in out:
        out.add(node)
        for _p, o in g.predicate_objects(node):
            _closure(g, o, out)


def replace(old: Graph, new: Graph) -> Graph:
    pairs = {(s, p) for s, p, _o in new if not isinstance(s, BNode)}
    result = Graph()
    drop_bnodes: set = set()
    for s, p, o in old:
        if (s, p) in pairs:
            _closure(old, o, drop_bnodes)
    for t in old:
        if (t[0], t[1]) in pairs or t[0] in drop_bnodes:
            continue
        result.add(t)
    for t in new:
        result.add(t)
    return result


def canonical(g: Graph) -> Counter:
    """The triples of ``g`` with each blank node replaced by a description of what it holds.

    The blank nodes of SRKG data are trees (selectors, time instants and
    intervals), for which two graphs are isomorphic exactly when these
    multisets are equal; this is fast where rdflib's general algorithm is not.
    """
    memo: dict = {}

    def sig(node, depth=0):
        if not isinstance(node, BNode):
            return node.n3()
        if node in memo:
            return memo[node]
        if depth > 20:
            raise ValueError("blank nodes nested too deep (a cycle?)")
        memo[node] = "[" + " ; ".join(sorted(f"{p.n3()} {sig(o, depth + 1)}" for p, o in g.predicate_objects(node))) + "]"
        return memo[node]

    return Counter((sig(s), p.n3(), sig(o)) for s, p, o in g if not isinstance(s, BNode))


def differences(a: Graph, b: Graph) -> tuple[list, list]:
    """Statements only in ``a`` and only in ``b``, blank nodes written out as their content."""
    ca, cb = canonical(a), canonical(b)
    return sorted((ca - cb).elements()), sorted((cb - ca).elements())
