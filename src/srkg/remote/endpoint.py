"""Remote SPARQL 1.1 endpoints, queried through SPARQLWrapper.

:class:`Endpoint` runs a query text with bound parameters and returns the same
engine-neutral results as the embedded store (:class:`srkg.sparql.results.Table`,
``bool``, a sorted list of triples).  Parameters are sent as one typed
``VALUES`` row placed at the start of the query's WHERE group, so a FILTER in
that group sees them as the embedded store's substitutions do; the values are
serialised as escaped RDF terms, never pasted as raw text.

Every failure a user can cause (a refused connection, an HTTP error, a
timeout, a body that is not SPARQL results) is an :class:`EndpointError`
with a one-line message (exit 2).

>>> Endpoint("ftp://example.org/sparql")
Traceback (most recent call last):
...
srkg.errors.EndpointError: not an http(s) endpoint URL: 'ftp://example.org/sparql'
"""

from __future__ import annotations

import json
import socket
from typing import Mapping
from urllib.parse import urlparse

from ..errors import EndpointError
from ..sparql.results import XSD_STRING, Row, Table, Term, Triple, from_oxigraph, triple_key
from ..sparql.syntax import query_form, with_values

__all__ = ["Endpoint", "with_values", "parse_json_results"]

_ACCEPT = {
    "select": "application/sparql-results+json",
    "ask": "application/sparql-results+json",
    "construct": "application/n-triples",
    "describe": "application/n-triples",
}


def _term(b: Mapping) -> Term:
    kind = b.get("type")
    value = b.get("value")
    if not isinstance(value, str):
        raise ValueError("binding without a string value")
    if kind == "uri":
        return Term("iri", value)
    if kind == "bnode":
        return Term("bnode", value)
    if kind in ("literal", "typed-literal"):
        lang = b.get("xml:lang")
        if lang:
            return Term("literal", value, None, lang)
        dt = b.get("datatype")
        return Term("literal", value, None if dt in (None, XSD_STRING) else dt)
    if kind == "triple":
        raise ValueError("RDF-star triples are not supported in results")
    raise ValueError(f"unknown binding type {kind!r}")


def parse_json_results(data: bytes | str) -> Table | bool:
    """SPARQL 1.1 JSON results as a :class:`Table` (SELECT) or a bool (ASK); ValueError if garbage.

    >>> parse_json_results('{"head": {}, "boolean": true}')
    True
    >>> t = parse_json_results('{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "uri", "value": "urn:a"}}]}}')
    >>> t.rows[0].x.value
    'urn:a'
    """
    doc = json.loads(data)
    if not isinstance(doc, dict):
        raise ValueError("not a JSON object")
    if "boolean" in doc:
        if not isinstance(doc["boolean"], bool):
            raise ValueError("'boolean' is not true or false")
        return doc["boolean"]
    variables = tuple(doc["head"]["vars"])
    rows = []
    for b in doc["results"]["bindings"]:
        rows.append(Row({v: (_term(b[v]) if v in b else None) for v in variables}))
    return Table(variables, tuple(rows))


class Endpoint:
    """A SPARQL 1.1 query endpoint (e.g. ``http://127.0.0.1:7878/query``).

    Args:
        url: the query URL (http or https).
        timeout: seconds to wait for an answer.
        method: ``"POST"`` (form-encoded; the default, as queries can be long) or ``"GET"``.
        default_graphs: named graphs whose merge is the query's default graph (the protocol's
            ``default-graph-uri``); empty: the store's own default graph.
    """

    def __init__(self, url: str, *, timeout: float = 30.0, method: str = "POST",
                 default_graphs: "tuple[str, ...] | list[str]" = ()) -> None:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise EndpointError(f"not an http(s) endpoint URL: {url!r}")
        self.url = url
        self.timeout = float(timeout)
        self.method = method.upper()
        self.default_graphs = tuple(default_graphs)

    def __repr__(self) -> str:
        return f"Endpoint({self.url!r})"

    # -- the three verbs -------------------------------------------------------
    def select(self, query: str, bindings: Mapping[str, Term] | None = None) -> Table:
        """Run a SELECT; its rows as a Table."""
        res = self._results(query, bindings, "select")
        if not isinstance(res, Table):
            raise EndpointError(f"{self.url} answered a SELECT with a boolean")
        return res

    def ask(self, query: str, bindings: Mapping[str, Term] | None = None) -> bool:
        """Run an ASK; its answer."""
        res = self._results(query, bindings, "ask")
        if not isinstance(res, bool):
            raise EndpointError(f"{self.url} answered an ASK without a boolean")
        return res

    def construct(self, query: str, bindings: Mapping[str, Term] | None = None) -> list[Triple]:
        """Run a CONSTRUCT or DESCRIBE; its triples, sorted."""
        from ..errors import InputError
        from ..rdf.formats import by_media_type
        from ..rdf.reader import parse_data

        body, ctype = self._send(query, bindings, "construct")
        try:
            quads = parse_data(body, by_media_type(ctype, default="nt"), where=f"{self.url} answer")
        except InputError as err:
            raise EndpointError(f"{self.url} answered with RDF that does not parse: {err}") from None
        triples = {(from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object)) for t in quads}
        return sorted(triples, key=triple_key)

    # -- plumbing --------------------------------------------------------------
    def _results(self, query: str, bindings, form: str) -> Table | bool:
        body, ctype = self._send(query, bindings, form)
        try:
            return parse_json_results(body)
        except (ValueError, KeyError, TypeError) as err:
            snippet = body[:60].decode("utf-8", "replace").replace("\n", " ") if body else "an empty body"
            raise EndpointError(f"{self.url} did not answer SPARQL JSON results ({type(err).__name__}): {snippet!r}") from None

    def _send(self, query: str, bindings, form: str) -> tuple[bytes, str]:
        from urllib.error import HTTPError, URLError

        from SPARQLWrapper import SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        actual = query_form(query)
        if form == "construct" and actual not in ("construct", "describe") or form != "construct" and actual != form:
            raise EndpointError(f"expected a {form.upper()} query, got {actual.upper()}")
        text = with_values(query, bindings or {})
        sw = SPARQLWrapper(self.url)
        sw.setQuery(text)
        for g in self.default_graphs:
            sw.addDefaultGraph(g)
        sw.setMethod(self.method)
        sw.setTimeout(max(1, int(round(self.timeout))))
        sw.setOnlyConneg(True)
        sw.addCustomHttpHeader("Accept", _ACCEPT[actual])
        try:
            resp = sw.query().response
            body = resp.read()
            ctype = resp.headers.get("Content-Type", "") if hasattr(resp, "headers") else ""
        except HTTPError as err:
            detail = ""
            try:
                detail = err.read(200).decode("utf-8", "replace").strip().splitlines()[0]
            except Exception:  # pragma: no cover - best effort
                pass
            raise EndpointError(f"{self.url} refused the query: HTTP {err.code} {err.reason}"
                                + (f": {detail}" if detail else "")) from None
        except SPARQLWrapperException as err:
            msg = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise EndpointError(f"{self.url} refused the query: {msg}") from None
        except (socket.timeout, TimeoutError):
            raise EndpointError(f"{self.url} did not answer within {self.timeout:g} s") from None
        except URLError as err:
            reason = err.reason
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise EndpointError(f"{self.url} did not answer within {self.timeout:g} s") from None
            raise EndpointError(f"cannot reach {self.url}: {reason}") from None
        except (OSError, ValueError) as err:
            raise EndpointError(f"cannot query {self.url}: {err}") from None
        return body, ctype
