"""Remote SPARQL 1.1 endpoints (``srkg query --endpoint``).

:class:`Endpoint` runs a query text with bound parameters and returns the same
engine-neutral results as the embedded store (:class:`srkg.sparql.results.Table`,
``bool``, a sorted list of triples).  Parameters are sent as one typed
``VALUES`` row placed at the start of the query's WHERE group, so a FILTER in
that group sees them as the embedded store's substitutions do; the values are
serialised as escaped RDF terms, never pasted as raw text.

The connection is the one ``srkg load`` uses (:mod:`srkg.remote.http`): the
credentials of ``SRKG_USER``/``SRKG_PASSWORD``, ``SRKG_TOKEN`` or ``~/.netrc``;
``user:password@`` in the URL taken out of it and sent as authentication, the
URL shown without it; secrets redacted from every message.  ``timeout`` is a
total deadline: the whole answer must have arrived by then, however slowly the
server sends it.

Two silent ways to get too few rows are said out loud (on stderr, ``srkg: warning:``):
a result of exactly the store's row limit (Virtuoso's ``ResultSetMaxRows``, 10000 by
default, which it announces in ``X-SPARQL-MaxRows``), and a store whose default graph
does not show its named graphs (:func:`empty_default_graph_hint`).

Every failure a user can cause (a refused connection, an HTTP error, a
timeout, a body that is not SPARQL results) is an :class:`EndpointError`
with a one-line message (exit 2).

>>> Endpoint("ftp://example.org/sparql")
Traceback (most recent call last):
...
srkg.errors.EndpointError: not an http(s) endpoint URL: 'ftp://example.org/sparql'
"""

from __future__ import annotations

import sys
from typing import Callable, Mapping
from urllib.parse import urlparse

from ..errors import EndpointError, SrkgError
from ..sparql.results import Table, Term, Triple, from_oxigraph, parse_json_results, triple_key
from ..sparql.syntax import query_form, with_values

__all__ = ["Endpoint", "with_values", "parse_json_results", "empty_default_graph_hint", "KNOWN_ROW_LIMITS"]

KNOWN_ROW_LIMITS = {"virtuoso": 10000}  # the store's default cap on result rows, where it has one
MAX_BODY = 1 << 30


def _stderr_warning(text: str) -> None:
    print(f"srkg: warning: {text}", file=sys.stderr)

_ACCEPT = {
    "select": "application/sparql-results+json",
    "ask": "application/sparql-results+json",
    "construct": "application/n-triples",
    "describe": "application/n-triples",
}


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
                 default_graphs: "tuple[str, ...] | list[str]" = (),
                 warn: Callable[[str], object] | None = _stderr_warning) -> None:
        from .http import check_timeout, client_for, split_credentials

        parsed = urlparse(split_credentials(url)[0])
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise EndpointError(f"not an http(s) endpoint URL: {split_credentials(url)[0]!r}")
        self.timeout = check_timeout(float(timeout))
        self.method = method.upper()
        if self.method not in ("GET", "POST"):
            raise EndpointError("method must be GET or POST")
        self.warn = warn or (lambda text: None)
        self.client, self.url = client_for(url, timeout=self.timeout, retries=0, warn=self.warn)
        from .http import guess_store

        self.store = guess_store(self.url)
        self.default_graphs = tuple(default_graphs)
        self.last_headers: Mapping[str, str] = {}

    def __repr__(self) -> str:
        return f"Endpoint({self.url!r})"

    # -- the three verbs -------------------------------------------------------
    def select(self, query: str, bindings: Mapping[str, Term] | None = None) -> Table:
        """Run a SELECT; its rows as a Table."""
        res = self._results(query, bindings, "select")
        if not isinstance(res, Table):
            raise EndpointError(f"{self.url} answered a SELECT with a boolean")
        self._check_row_limit(len(res))
        return res

    def _check_row_limit(self, rows: int) -> None:
        announced = self.last_headers.get("X-SPARQL-MaxRows")
        try:
            limit = int(announced) if announced else KNOWN_ROW_LIMITS.get(self.store)
        except ValueError:
            limit = KNOWN_ROW_LIMITS.get(self.store)
        if limit and rows == limit:
            self.warn(f"the result has exactly {rows} rows, the row limit of the store at {self.url}: it is probably "
                      f"cut short (Virtuoso: raise ResultSetMaxRows in the [SPARQL] section of virtuoso.ini, "
                      f"or page with LIMIT and OFFSET)")

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
        actual = query_form(query)
        if form == "construct" and actual not in ("construct", "describe") or form != "construct" and actual != form:
            raise EndpointError(f"expected a {form.upper()} query, got {actual.upper()}")
        text = with_values(query, bindings or {})
        headers = {"Accept": _ACCEPT[actual]}
        fields = [("query", text)] + [("default-graph-uri", g) for g in self.default_graphs]
        try:
            if self.method == "GET":
                resp = self.client.request("GET", self.url, what="query", params=fields, headers=headers,
                                           deadline=self.timeout, max_body=MAX_BODY)
            else:
                resp = self.client.request("POST", self.url, what="query", data=fields, headers=headers,
                                           deadline=self.timeout, max_body=MAX_BODY)
        except EndpointError as err:
            status = getattr(err, "status", None)
            if status is not None and status not in (401, 403, 404):
                err.message = err.message.replace(f"query: {self.url} answered", f"{self.url} refused the query:", 1)
            elif status is None and not getattr(err, "outcome_unknown", False) and err.message.startswith("query: "):
                err.message = f"cannot reach {self.url}: " + err.message[len("query: "):]
            raise
        self.last_headers = resp.headers
        return resp.content, resp.headers.get("Content-Type", "")


def empty_default_graph_hint(url: str, *, timeout: float = 10.0) -> str | None:
    """When a query at ``url`` came back empty: the fix, if the store's default graph is empty while
    its named graphs hold data (the stored queries read the default graph); else None."""
    from .http import UNION_HINT

    try:
        ep = Endpoint(url, timeout=timeout, warn=None)
        if ep.ask("ASK { ?s ?p ?o }"):
            return None
        return UNION_HINT if ep.ask("ASK { GRAPH ?g { ?s ?p ?o } }") else None
    except SrkgError:
        return None
