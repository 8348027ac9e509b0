"""Load the graph into a SPARQL 1.1 store, one named graph at a time: all of it, or nothing.

What goes where (the defaults; each is overridable):

==================  ============================================  ============================
part                named graph                                   files
==================  ============================================  ============================
ontology            ``https://w3id.org/srkg/graph/ontology``      ``ontology/*.ttl``
vocabularies        ``https://w3id.org/srkg/graph/vocabularies``  ``instances/vocabularies/**``
each article        ``https://w3id.org/srkg/graph/article/<id>``  ``instances/<id>/**``
shapes              ``https://w3id.org/srkg/graph/shapes``        ``ontology/shapes/*.shacl.ttl``
new data (--file)   the IRI given with ``--graph``                the file
==================  ============================================  ============================

The loader takes a list of ``(graph IRI, files)`` (:func:`load_graphs`); which
files go to which graph is decided by :func:`project_parts`.

**Either a graph is replaced as a whole or it is left as it was**, by the
means each store offers:

* **Oxigraph: one transactional Graph Store ``PUT`` of the target.**  The
  store parses the streamed N-Triples in one transaction and swaps the graph
  when the body is complete; an interrupted upload (Ctrl-C, a killed client,
  a killed server) is rolled back.  No staging graph exists, so nothing
  half-loaded is ever visible, not even through the union default graph.
* **Other stores: a staging graph, verified, then moved.**  The files go to
  ``urn:srkg:staging:<run>:<target>`` (a fresh name per run, so a store still
  busy with an interrupted upload never mixes it with a new one) by Graph Store
  ``PUT`` (for Virtuoso in chunks of :data:`VIRTUOSO_CHUNK_TRIPLES` triples, first
  ``PUT`` then ``POST``, which keeps each transaction under Virtuoso's log limit,
  error SR325) or by ``INSERT DATA`` batches.  The store's ``COUNT`` of it must
  equal the number of distinct triples sent; then ``MOVE`` replaces the target.
  For Virtuoso the target is first moved aside (and put back if the second
  ``MOVE`` fails): a ``MOVE`` onto an existing graph is not replayed whole from
  Virtuoso's transaction log after a crash, one onto an absent graph is
  (``benchmarks/virtuoso_check.py`` shows both).  While a staging graph
  exists, a union default graph shows it: it is dropped on every failure path
  (an HTTP error, a count that does not match, Ctrl-C, SIGTERM, SIGHUP), every
  leftover of an earlier run (a kill -9, a power cut) is dropped when the next
  load starts, and ``srkg load --clean`` lists and drops them on demand.

After the load, :func:`default_graph_sees` asks the store's *default* graph
for a triple just loaded: the stored queries read the default graph, so a
store that does not show its named graphs there answers every stored query
with no rows; the command then warns and says how to fix it
(Oxigraph ``serve --union-default-graph``; Fuseki/TDB2 ``tdb2:unionDefaultGraph
true``; GraphDB and Virtuoso do it by default).

Files are parsed by pyoxigraph while they are sent, in batches: memory stays
flat whatever the size of the file, but for the parser's map of blank-node
labels (renamed so that two loads never share a blank node).  Loading the
same files twice leaves the same store (blank nodes aside, which are fresh on
every load, as RDF requires).  ``benchmarks/bench_load.py`` measures the
speed against ``oxigraph load``.

>>> e = derive_endpoints("http://127.0.0.1:7878/query")
>>> (e.store, e.update, e.gsp)
('oxigraph', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
>>> staging_graph("https://w3id.org/srkg/graph/instances", "r1")
'urn:srkg:staging:r1:https://w3id.org/srkg/graph/instances'
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import secrets
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Sequence
from urllib.parse import urlsplit, urlunsplit

from .. import paths
from ..errors import EndpointError, InputError, NotConforming, SrkgError, UsageError
from .http import DEFAULT_RETRIES, DEFAULT_TIMEOUT, UNION_HINT, HttpClient, client_for, guess_store

__all__ = ["GRAPHS", "STORES", "Endpoints", "GraphLoad", "LoadReport", "NotConforming", "SparqlStore",
           "connect", "derive_endpoints", "load_graph_files", "load_graphs", "load_project", "load_file",
           "staging_graph", "clean_staging", "default_graph_sees", "project_parts", "UNION_HINT"]

GRAPH_BASE = paths.GRAPH_BASE
#: the graph of each part; the instances go one graph per article and one for the vocabularies
#: (:func:`srkg.paths.instance_graphs`) unless an ``instances`` graph is given
GRAPHS = {"ontology": paths.ONTOLOGY_GRAPH, "instances": paths.INSTANCES_GRAPH, "shapes": paths.SHAPES_GRAPH}
STAGING_PREFIX = "urn:srkg:staging:"
STORES = ("oxigraph", "fuseki", "graphdb", "virtuoso", "generic")
BATCH_TRIPLES = 20_000          # triples per parsed batch (GSP body chunks)
UPDATE_BATCH_BYTES = 512 * 1024  # bytes per INSERT DATA request
VIRTUOSO_UPDATE_BYTES = 24 * 1024  # Virtuoso compiles each request to SQL and stops at 10000 lines
VIRTUOSO_CHUNK_TRIPLES = 100_000  # triples per Virtuoso GSP request: one transaction each, under its log limit
IN_MEMORY_DISTINCT_BYTES = 64 * 1024 * 1024
DEFAULT_MAX_MB = 4096
Progress = Callable[[int], object]  # called with the number of triples just sent


# ---------------------------------------------------------------------------
# Endpoints
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Endpoints:
    """The URLs of one store: SPARQL query, SPARQL update, Graph Store (or None), and its kind."""

    query: str
    update: str | None
    gsp: str | None
    store: str = "generic"

    @property
    def graph_param(self) -> str:
        """The Graph Store query parameter naming the graph (Virtuoso says ``graph-uri``)."""
        return "graph-uri" if self.store == "virtuoso" else "graph"


def _with_path(url: str, path: str) -> str:
    p = urlsplit(url)
    return urlunsplit((p.scheme, p.netloc, path, "", ""))


_guess_store = guess_store


def derive_endpoints(query: str, *, update: str | None = None, gsp: str | None = None,
                     store: str | None = None) -> Endpoints:
    """The update and Graph Store URLs that go with a query URL, by the store's usual layout.

    ===========  ======================  ==============================  ===================================
    store        query (``--endpoint``)  update                          graph store
    ===========  ======================  ==============================  ===================================
    oxigraph     ``/query``              ``/update``                     ``/store``
    fuseki       ``/ds/query``           ``/ds/update``                  ``/ds/data``
    graphdb      ``/repositories/R``     ``/repositories/R/statements``  ``/repositories/R/rdf-graphs/service``
    virtuoso     ``/sparql``             ``/sparql-auth``                ``/sparql-graph-crud-auth``
    ===========  ======================  ==============================  ===================================

    Explicit ``update``/``gsp`` URLs win; a ``generic`` store derives nothing.
    The URLs must hold no credentials (:func:`srkg.remote.http.split_credentials` takes them out first).

    >>> derive_endpoints("http://h:3030/ds/query").gsp
    'http://h:3030/ds/data'
    >>> derive_endpoints("http://h:7200/repositories/srkg").update
    'http://h:7200/repositories/srkg/statements'
    >>> derive_endpoints("http://h:8890/sparql").gsp
    'http://h:8890/sparql-graph-crud-auth'
    >>> derive_endpoints("http://h/x/y/z", update="http://h/u").gsp is None
    True
    """
    from .http import check_url

    check_url(query, "query endpoint")
    for u, what in ((update, "update endpoint"), (gsp, "graph store endpoint")):
        if u:
            check_url(u, what)
    path = urlsplit(query).path or "/"
    kind = store or guess_store(path)
    if kind not in STORES:
        raise UsageError(f"unknown store kind {kind!r}; use one of {', '.join(STORES)}")
    d_update = d_gsp = None
    if kind == "oxigraph":
        base = path.rstrip("/")
        base = base[: -len("/query")] if base.endswith("/query") else base
        d_update, d_gsp = _with_path(query, base + "/update"), _with_path(query, base + "/store")
    elif kind == "fuseki":
        ds = path.rstrip("/").rsplit("/", 1)[0]
        d_update, d_gsp = _with_path(query, ds + "/update"), _with_path(query, ds + "/data")
    elif kind == "graphdb":
        repo = path.rstrip("/")
        d_update, d_gsp = _with_path(query, repo + "/statements"), _with_path(query, repo + "/rdf-graphs/service")
    elif kind == "virtuoso":
        d_update, d_gsp = _with_path(query, "/sparql-auth"), _with_path(query, "/sparql-graph-crud-auth")
    return Endpoints(query=query, update=update or d_update, gsp=gsp or d_gsp, store=kind)


def new_run_id() -> str:
    """A short random name for one ``srkg load`` run (it names the run's staging graphs)."""
    return time.strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)


def staging_graph(target: str, run: str | None = None) -> str:
    """The IRI of the staging graph of ``target`` in ``run`` (without a run: the name of srkg before 0.3)."""
    return STAGING_PREFIX + (f"{run}:" if run else "") + target


def _check_graph_iri(iri: str, what: str = "graph") -> str:
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]+", iri or ""):
        raise UsageError(f"{what} must be an absolute IRI such as https://example.org/graph/new: {iri!r}")
    if iri.startswith(STAGING_PREFIX):
        raise UsageError(f"{what} {iri} is a staging graph name; choose another IRI")
    return iri


# ---------------------------------------------------------------------------
# The store
# ---------------------------------------------------------------------------
class SparqlStore:
    """The few operations a load needs, over SPARQL 1.1 Protocol, Update and Graph Store Protocol."""

    def __init__(self, endpoints: Endpoints, client: HttpClient) -> None:
        self.e = endpoints
        self.client = client

    @property
    def chunked(self) -> bool:
        """Whether Graph Store uploads may stream with chunked transfer encoding.  Virtuoso 7 answers
        201 to a chunked PUT and stores nothing, so for it, and for stores we do not know, the
        N-Triples are spooled to a temporary file and sent with a Content-Length."""
        return self.e.store in ("oxigraph", "fuseki", "graphdb")

    @property
    def transactional_put(self) -> bool:
        """Whether a Graph Store PUT replaces the graph in one transaction, rolled back when the body
        does not arrive whole (Oxigraph: measured, 12 of 12 kills of client or server)."""
        return self.e.store == "oxigraph"

    @property
    def _update_url(self) -> str:
        if not self.e.update:
            raise UsageError(f"cannot tell the update endpoint of {self.e.query}; give --update-endpoint")
        return self.e.update

    def update(self, text: str, *, what: str) -> None:
        """Run one SPARQL Update request."""
        self.client.request("POST", self._update_url, what=what, data=text.encode("utf-8"),
                            headers={"Content-Type": "application/sparql-update; charset=utf-8"})

    def select(self, query: str, *, what: str):
        """Run a SELECT or ASK; its parsed JSON results (a Table or a bool)."""
        from ..sparql.results import parse_json_results

        resp = self.client.request("POST", self.e.query, what=what, data={"query": query},
                                   headers={"Accept": "application/sparql-results+json"})
        try:
            return parse_json_results(resp.content)
        except (ValueError, KeyError, TypeError):
            raise EndpointError(f"{what}: {self.e.query} did not answer SPARQL JSON results "
                                f"(is it the query endpoint?)") from None

    def count(self, graph: str, *, what: str = "counting") -> int:
        """The store's number of triples in ``graph`` (SPARQL ``COUNT``, never a dump)."""
        table = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", what=what)
        try:
            return int(table.rows[0]["n"].value) if table.rows and table.rows[0]["n"] is not None else 0
        except (AttributeError, ValueError, IndexError, KeyError):
            raise EndpointError(f"{what}: {self.e.query} did not answer a count") from None

    def staging_graphs(self, *, what: str = "loading: listing the staging graphs of interrupted loads") -> dict[str, int]:
        """Every staging graph in the store (of any run, and of srkg before 0.3) with its triple count."""
        body = "GRAPH ?g {}" if self.e.store == "oxigraph" else "GRAPH ?g { ?s ?p ?o }"
        q = f"SELECT DISTINCT ?g WHERE {{ {body} FILTER(STRSTARTS(STR(?g), \"{STAGING_PREFIX}\")) }}"
        table = self.select(q, what=what)
        names = sorted({r.get("g").value for r in getattr(table, "rows", ()) if r.get("g") is not None})
        return {g: self.count(g, what=what) for g in names}

    def _gsp(self, method: str, graph: str, body, *, what: str, transaction: bool = True) -> None:
        if not self.e.gsp:
            raise UsageError(f"no Graph Store endpoint for {self.e.query}; give --gsp-endpoint or use --protocol update")
        params = {self.e.graph_param: graph}
        if self.e.store == "oxigraph" and not transaction:
            params["no_transaction"] = ""
        ctype = "text/turtle" if self.e.store == "virtuoso" else "application/n-triples"
        self.client.request(method, self.e.gsp, what=what, params=params, data=body,
                            headers={"Content-Type": ctype})

    def put(self, graph: str, body: "Iterable[bytes] | BinaryIO | bytes", *, what: str, transaction: bool = True) -> None:
        """Replace ``graph`` through the Graph Store Protocol with an N-Triples body."""
        self._gsp("PUT", graph, body, what=what, transaction=transaction)

    def post(self, graph: str, body: "Iterable[bytes] | BinaryIO | bytes", *, what: str) -> None:
        """Add an N-Triples body to ``graph`` through the Graph Store Protocol."""
        self._gsp("POST", graph, body, what=what)

    def drop(self, graph: str, *, what: str) -> None:
        self.update(f"DROP SILENT GRAPH <{graph}>", what=what)

    def move(self, source: str, target: str, *, what: str) -> None:
        if self.e.store == "virtuoso":
            return self._virtuoso_move(source, target, what=what)
        self.update(f"MOVE <{source}> TO <{target}>", what=what)

    def _virtuoso_move(self, source: str, target: str, *, what: str) -> None:
        """Virtuoso 7.2 does not replay a ``MOVE`` onto an *existing* graph whole from its transaction
        log after a crash (thousands of triples lost, ``benchmarks/virtuoso_check.py``); a MOVE onto an
        absent graph it does.  So: the target goes aside to a backup graph, the staging graph onto
        the (now absent) target, and the backup is dropped; if the second MOVE fails, the backup goes
        back.  Between the two MOVEs the target is briefly absent."""
        backup = source.replace(STAGING_PREFIX, STAGING_PREFIX + "previous:", 1)
        had = self.count(target, what=what) > 0
        if had:
            self.drop(backup, what=what)
            try:
                self._virtuoso_update(f"MOVE <{target}> TO <{backup}>", what=what)
            except SrkgError:
                # a MOVE that times out (SR171) is not rolled back whole: put back what moved
                self._restore(backup, target, what, add=True)
                raise
        try:
            self._virtuoso_update(f"MOVE <{source}> TO <{target}>", what=what)
        except SrkgError as err:
            if not getattr(err, "outcome_unknown", False):
                if not self._restore(backup if had else None, target, what):
                    err.message += (f"; the previous <{target}> waits in <{backup}> "
                                    "(the next 'srkg load' or 'srkg load --clean' puts it back)")
            raise
        if had:
            self.drop(backup, what=what)

    def _restore(self, backup: str | None, target: str, what: str, *, add: bool = False) -> bool:
        """After a failed MOVE: ``target`` as it was (from ``backup``; without one, absent)."""
        try:
            with self.client.brief(read=600.0):
                if add:  # part of the target went to the backup: add it back
                    self._virtuoso_update(f"ADD <{backup}> TO <{target}>", what=what + " (putting the target back)")
                else:  # the target holds part of the staging graph
                    self.drop(target, what=what + " (putting the target back)")
                    if backup:
                        self._virtuoso_update(f"MOVE <{backup}> TO <{target}>", what=what + " (putting the target back)")
                if backup:
                    self.drop(backup, what=what)
            return True
        except SrkgError:
            return False

    def _virtuoso_update(self, text: str, *, what: str) -> None:
        try:
            self.update(text, what=what)
        except EndpointError as err:
            if "SR325" in err.message:
                err.message += ("; Virtuoso's transaction log limit is too small for a graph this size: raise "
                                "TransactionAfterImageLimit in the [Parameters] section of virtuoso.ini "
                                "(about 500 bytes per triple) and restart it")
            elif "SR171" in err.message:
                err.message += ("; Virtuoso ran out of time for one transaction: a MOVE of this size needs a "
                                "less busy server, or split the data into several graphs")
            raise


def connect(endpoint: str, *, update_endpoint: str | None = None, gsp_endpoint: str | None = None,
            store: str | None = None, timeout: float = DEFAULT_TIMEOUT, retries: int = DEFAULT_RETRIES,
            insecure: bool = False, warn: Callable[[str], object] | None = None) -> SparqlStore:
    """A :class:`SparqlStore` for the endpoints, with credentials from the environment, ~/.netrc or the URL
    (taken out of it, see :func:`srkg.remote.http.client_for`)."""
    client, endpoint = client_for(endpoint, timeout=timeout, retries=retries, insecure=insecure, warn=warn,
                                  other_urls=(update_endpoint, gsp_endpoint))
    e = derive_endpoints(endpoint, update=update_endpoint, gsp=gsp_endpoint, store=store)
    return SparqlStore(e, client)


# ---------------------------------------------------------------------------
# Reading files as N-Triples, counting as we go
# ---------------------------------------------------------------------------
def _parse(path: Path, max_bytes: int) -> Iterator:
    """Triples of one file, streamed by pyoxigraph; blank nodes renamed apart from every other load's."""
    from ..rdf.reader import iter_quads

    yield from iter_quads(path, max_bytes=max_bytes, rename_blank_nodes=True, without_named_graphs=True)


def _batches(files: Sequence[Path], progress: Progress | None, size: int = BATCH_TRIPLES,
             max_bytes: int = DEFAULT_MAX_MB << 20) -> Iterator[list]:
    for f in files:
        it = _parse(Path(f), max_bytes)
        while True:
            batch = list(itertools.islice(it, size))
            if not batch:
                break
            yield batch
            if progress:
                progress(len(batch))


class _Sent:
    triples = 0
    complete = False  # the whole body was handed to the connection


def _ntriples_body(files: Sequence[Path], sent: _Sent, progress: Progress | None, max_bytes: int) -> Iterator[bytes]:
    import pyoxigraph as ox

    for batch in _batches(files, progress, max_bytes=max_bytes):
        sent.triples += len(batch)
        yield ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)
    sent.complete = True


def _blank_nodes(t) -> list[str]:
    import pyoxigraph as ox

    return [x.value for x in (t.subject, t.object) if isinstance(x, ox.BlankNode)]


def _cut_batches(files: Sequence[Path], sent: _Sent, progress: Progress | None, max_bytes: int, *,
                 max_request_bytes: int | None = None, max_request_triples: int | None = None,
                 hint: str) -> Iterator[tuple[list[str], bool]]:
    """N-Triples lines in requests of bounded size, each with whether it holds blank nodes.  A blank
    node is one node only within one request, so a request is cut only between triples that share no
    blank node; a blank node met again in a later request is an error (``hint`` says what to do)."""
    closed: set[str] = set()
    current: set[str] = set()
    lines: list[str] = []
    size = 0
    for batch in _batches(files, progress, max_bytes=max_bytes):
        for t in batch:
            bnodes = _blank_nodes(t)
            full = (max_request_bytes is not None and size >= max_request_bytes) or \
                   (max_request_triples is not None and len(lines) >= max_request_triples)
            if full and not any(b in current for b in bnodes):
                yield lines, bool(current)
                closed |= current
                current, lines, size = set(), [], 0
            for b in bnodes:
                if b in closed:
                    raise InputError(f"a blank node is used far apart in the data, which cannot be kept as one "
                                     f"node across requests; {hint}")
                current.add(b)
            line = f"{t.subject} {t.predicate} {t.object} .\n"
            lines.append(line)
            size += len(line)
            sent.triples += 1
    if lines:
        yield lines, bool(current)


def _update_batches(files: Sequence[Path], graph: str, sent: _Sent, progress: Progress | None,
                    max_bytes: int = UPDATE_BATCH_BYTES, max_file_bytes: int = DEFAULT_MAX_MB << 20) -> Iterator[str]:
    """``INSERT DATA`` requests (see :func:`_cut_batches`)."""
    for lines, bnodes in _cut_batches(files, sent, progress, max_file_bytes, max_request_bytes=max_bytes,
                                      hint="use --protocol gsp"):
        # Virtuoso refuses blank nodes in INSERT DATA; INSERT {...} WHERE {} means the same (one solution)
        if bnodes:
            yield f"INSERT {{ GRAPH <{graph}> {{\n" + "".join(lines) + "} } WHERE {}"
        else:
            yield f"INSERT DATA {{ GRAPH <{graph}> {{\n" + "".join(lines) + "} }"


def distinct_count(files: Sequence[Path], max_bytes: int = DEFAULT_MAX_MB << 20) -> int:
    """The number of distinct triples in ``files`` taken together (blank nodes apart per file).

    Small inputs are counted in memory; large ones in a temporary on-disk store,
    so memory does not grow with the input.
    """
    import pyoxigraph as ox

    total = sum(Path(f).stat().st_size for f in files)
    tmp = None
    try:
        if total > IN_MEMORY_DISTINCT_BYTES:
            tmp = tempfile.mkdtemp(prefix="srkg-count-")
            store = ox.Store(tmp)
            for batch in _batches(files, None, 200_000, max_bytes):
                store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in batch)
        else:
            store = ox.Store()
            for batch in _batches(files, None, max_bytes=max_bytes):
                store.extend([ox.Quad(t.subject, t.predicate, t.object) for t in batch])
        n = len(store)
        del store
        return n
    finally:
        if tmp:
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# One graph, all or nothing
# ---------------------------------------------------------------------------
@dataclass
class GraphLoad:
    """What one graph load did."""

    graph: str
    files: list[Path]
    triples: int
    sent: int
    seconds: float
    protocol: str
    skipped: str | None = None
    steps: dict[str, float] = field(default_factory=dict)  # seconds per step: upload, verify, move, check

    def line(self) -> str:
        if self.skipped:
            return f"<{self.graph}>: skipped ({self.skipped})"
        dup = f" ({self.sent - self.triples} duplicates)" if self.sent != self.triples else ""
        rate = f", {self.triples / self.seconds:,.0f} triples/s" if self.seconds > 0.5 and self.triples else ""
        return (f"<{self.graph}>: {self.triples} triples from {len(self.files)} file(s){dup} "
                f"in {self.seconds:.2f} s{rate} ({self.protocol})")


@dataclass
class LoadReport:
    """All graphs of one ``srkg load``."""

    endpoint: str
    graphs: list[GraphLoad] = field(default_factory=list)
    cleaned: dict[str, int] = field(default_factory=dict)  # leftover staging graphs dropped first
    warnings: list[str] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(g.triples for g in self.graphs)

    @property
    def seconds(self) -> float:
        return sum(g.seconds for g in self.graphs)


class _Steps:
    """Seconds per step, and the step being done (for the error message and the progress bar)."""

    def __init__(self, on_step: Callable[[str], object] | None) -> None:
        self.times: dict[str, float] = {}
        self.name = "preparing"
        self.text = ""
        self._mark = time.monotonic()
        self._on_step = on_step

    def start(self, name: str, text: str, shown: str = "") -> None:
        now = time.monotonic()
        if self.name != "preparing":
            self.times[self.name] = self.times.get(self.name, 0.0) + now - self._mark
        self._mark, self.name, self.text = now, name, text
        if self._on_step and shown:
            self._on_step(shown)

    def end(self) -> None:
        self.start("done", "")
        self.times.pop("done", None)


def load_graph_files(store: SparqlStore, files: Sequence[Path | str], target: str, *, protocol: str = "auto",
                     progress: Progress | None = None, on_step: Callable[[str], object] | None = None,
                     strategy: str | None = None, run: str | None = None,
                     max_bytes: int = DEFAULT_MAX_MB << 20) -> GraphLoad:
    """Replace graph ``target`` by the triples of ``files``: all of them, or nothing.

    ``strategy`` is ``"direct"`` (one transactional Graph Store PUT; the default for
    Oxigraph) or ``"staging"`` (staging graph, COUNT, MOVE; the default elsewhere).
    ``on_step`` is called with a short text when the store starts work of its own
    (committing, verifying, moving); EndpointError says which step failed, and
    whether the target may have changed.
    """
    target = _check_graph_iri(target)
    files = [Path(f) for f in files]
    protocol = _protocol(store, protocol)
    if strategy is None:
        strategy = "direct" if protocol == "gsp" and store.transactional_put else "staging"
    if strategy not in ("direct", "staging"):
        raise UsageError("strategy must be direct or staging")
    if strategy == "direct" and not (protocol == "gsp" and store.transactional_put):
        raise UsageError(f"a direct load needs a store whose Graph Store PUT is transactional (Oxigraph)")
    start = time.monotonic()
    if strategy == "direct":
        sent, steps = _load_direct(store, files, target, progress, on_step, max_bytes)
    else:
        sent, steps = _load_staged(store, files, target, protocol, progress, on_step, run or new_run_id(),
                                   max_bytes)
    expected, times = steps
    return GraphLoad(graph=target, files=files, triples=expected, sent=sent.triples,
                     seconds=time.monotonic() - start, protocol=protocol if strategy == "staging" else "gsp, direct",
                     steps=times)


def _verify_count(have: int, sent: _Sent, files: Sequence[Path], max_bytes: int) -> int | None:
    """The number of distinct triples sent if the store's ``have`` matches it, else None."""
    if have == sent.triples:
        return have
    if have < sent.triples:  # duplicates in the input: count them apart
        expected = distinct_count(files, max_bytes)
        return have if have == expected else None
    return None


class _Interrupts:
    """Signals that must wait: once the store has a whole upload, abandoning the request does not
    stop the store from committing it (a \"zombie\" that a next load would race: two concurrent
    replacements of one graph leave the union of both on Oxigraph).  So a signal that comes while
    the store commits is held until it answers; a second one is not."""

    def __init__(self) -> None:
        self.critical = False
        self.pending: int | None = None
        self.note: str | None = None
        self.outcome: str | None = None  # what the held work did, said before stopping

    def handle(self, signum: int) -> None:
        """What a signal handler calls: raise KeyboardInterrupt now, or when the critical part ends."""
        if self.critical and self.pending is None:
            self.pending = signum
            import sys

            if self.note:
                print(f"srkg load: {self.note} (signal again to stop waiting)", file=sys.stderr, flush=True)
            return
        raise KeyboardInterrupt(f"signal {signum}")

    @contextlib.contextmanager
    def hold(self, note: str | None = None):
        self.critical, self.pending, self.note, self.outcome = True, None, note, None
        try:
            yield
        finally:
            self.critical = False
        if self.pending is not None:
            if self.outcome:
                import sys

                print(f"srkg load: {self.outcome}; stopping", file=sys.stderr, flush=True)
            raise KeyboardInterrupt(f"signal {self.pending}")


INTERRUPTS = _Interrupts()


def _load_direct(store: SparqlStore, files, target, progress, on_step, max_bytes):
    steps = _Steps(on_step)
    what = f"loading <{target}>"
    holding = contextlib.ExitStack()
    with holding:  # from the moment the store has a whole upload until its result is verified
        for attempt in (1, 2):
            sent = _Sent()
            try:
                steps.start("upload", "uploading (one transaction)")
                body = _ntriples_body(files, sent, progress if attempt == 1 else None, max_bytes)

                def marked(body=body):  # say when the store, not we, is working; hold signals from then on
                    yield from body
                    if not INTERRUPTS.critical:
                        holding.enter_context(INTERRUPTS.hold("the store has the whole upload; waiting for it "
                                                              "to commit"))
                    if on_step:
                        on_step("the store is writing")
                store.put(target, marked(), what=f"{what}: uploading (one transaction)")
                steps.start("check", "verifying the target graph", "checking")
                have = store.count(target, what=f"{what}: verifying the target graph")
                expected = _verify_count(have, sent, files, max_bytes)
                if expected is None and attempt == 1:
                    # another replacement of the graph ran at the same time (the request of a killed
                    # client, still committing) and left a mix: replace it once more
                    continue
                if expected is None:
                    raise EndpointError(f"{what}: the store holds {have} triples in the target after the PUT, "
                                        f"{sent.triples} were sent; another load of the same graph is running")
                steps.end()
                INTERRUPTS.outcome = f"<{target}> was replaced: {expected} triples, verified"
                return sent, (expected, steps.times)
            except SrkgError as err:
                if steps.name == "upload":
                    if sent.complete and getattr(err, "outcome_unknown", False):
                        err.message = err.message.rstrip(".") + (f"; the store had the whole upload and may have "
                                                                 f"replaced <{target}>: check its triple count, or "
                                                                 "load again")
                    elif not isinstance(err, EndpointError) or err.status is not None or not sent.complete:
                        err.message = err.message.rstrip(".") + "; target graph unchanged"
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _load_staged(store: SparqlStore, files, target, protocol, progress, on_step, run, max_bytes):
    steps = _Steps(on_step)
    sent = _Sent()
    staging = staging_graph(target, run)
    what = f"loading <{target}>"
    try:
        steps.start("upload", f"uploading to the staging graph <{staging}>")
        up = f"{what}: uploading to the staging graph <{staging}>"
        if protocol == "gsp" and store.e.store == "virtuoso":  # chunks: one transaction each, under SR325
            first = True
            for lines, _ in _cut_batches(files, sent, progress, max_bytes, max_request_triples=VIRTUOSO_CHUNK_TRIPLES,
                                         hint="use --protocol update, or give the blank nodes IRIs"):
                (store.put if first else store.post)(staging, "".join(lines).encode("utf-8"), what=up)
                first = False
            if first:
                store.put(staging, b"", what=up)
        elif protocol == "gsp" and store.chunked:
            store.put(staging, _ntriples_body(files, sent, progress, max_bytes), what=up)
        elif protocol == "gsp":  # spooled to a temporary file, sent with its Content-Length
            with tempfile.TemporaryFile(prefix="srkg-load-") as fh:
                for chunk in _ntriples_body(files, sent, progress, max_bytes):
                    fh.write(chunk)
                fh.seek(0)
                store.put(staging, fh, what=up)
        else:
            limit = VIRTUOSO_UPDATE_BYTES if store.e.store == "virtuoso" else UPDATE_BATCH_BYTES
            for req in _update_batches(files, staging, sent, progress, limit, max_bytes):
                with INTERRUPTS.hold():  # a signal waits for this one small request: it would land anyway
                    store.update(req, what=up)
        steps.start("verify", "verifying the staging graph", "verifying")
        have = store.count(staging, what=f"{what}: verifying the staging graph")
        expected = _verify_count(have, sent, files, max_bytes)
        if expected is None:
            raise EndpointError(f"{what}: the store holds {have} triples in the staging graph, "
                                f"{sent.triples} were sent")
        if expected == 0:
            steps.start("move", "replacing the target graph by an empty one", "emptying the target")
            store.drop(staging, what=f"{what}: {steps.text}")
            store.drop(target, what=f"{what}: {steps.text}")
        else:
            steps.start("move", "moving the staging graph onto the target", "replacing the target")
            store.move(staging, target, what=f"{what}: {steps.text}")
        steps.start("check", "verifying the target graph", "checking")
        after = store.count(target, what=f"{what}: verifying the target graph")
        if after != expected:
            raise EndpointError(f"{what}: after MOVE the store holds {after} triples in the target, "
                                f"expected {expected}")
        steps.end()
    except SrkgError as err:
        if steps.name == "move" and getattr(err, "outcome_unknown", False):
            # the store got the MOVE and may still carry it out: neither claim the target is unchanged,
            # nor drop the staging graph under the store's feet
            err.message = (err.message.rstrip(".") + f"; the store may still replace <{target}>: "
                           "check its triple count, or load again (the next load drops the staging graph)")
        elif steps.name == "check":
            err.message = err.message.rstrip(".") + "; the target graph was replaced, but its count not confirmed"
        else:
            err.message = err.message.rstrip(".") + "; target graph unchanged" + _cleanup(store, staging)
        raise
    except BaseException:  # Ctrl-C, SIGTERM, SIGHUP: drop the staging graph, unless the store may be moving it
        if steps.name not in ("move", "check"):
            _cleanup(store, staging)
        raise
    return sent, (expected, steps.times)


def _protocol(store: SparqlStore, protocol: str) -> str:
    if protocol not in ("auto", "gsp", "update"):
        raise UsageError("--protocol must be gsp, update or auto")
    if protocol == "auto":
        return "gsp" if store.e.gsp else "update"
    if protocol == "gsp" and not store.e.gsp:
        raise UsageError(f"no Graph Store endpoint known for {store.e.query}; give --gsp-endpoint or use --protocol update")
    return protocol


def _cleanup(store: SparqlStore, staging: str, *, settle: float = 0.3, rounds: int = 5) -> str:
    """Drop the staging graph, briefly; the text to append to the error message.

    A request cut short by Ctrl-C may still be running in the store and land after the
    DROP, so the graph is counted again after a moment, and dropped again, until it stays empty.
    """
    try:
        with store.client.brief():
            for _ in range(rounds):
                store.drop(staging, what="dropping the staging graph")
                time.sleep(settle)
                if store.count(staging, what="dropping the staging graph") == 0:
                    return "; staging graph dropped"
    except SrkgError:
        pass
    return (f"; the staging graph <{staging}> could not be dropped (the next load drops it, "
            "or 'srkg load --clean')")


def clean_staging(store: SparqlStore, *, only: Callable[[str], bool] | None = None,
                  failed: list[str] | None = None) -> dict[str, int]:
    """Drop every staging graph left in the store by an earlier run; returns them with their sizes.

    A Virtuoso backup (``urn:srkg:staging:previous:<run>:<target>``) whose target is absent
    (a crash between the two MOVEs) is moved back onto its target instead.
    """
    left = store.staging_graphs()
    out = {}
    for g, n in sorted(left.items()):
        if only is not None and not only(g):
            continue
        m = re.match(re.escape(STAGING_PREFIX) + r"previous:[^:]+:(.+)$", g)
        try:
            if m and n and store.count(m.group(1), what="checking a backup graph") == 0:
                store.update(f"MOVE <{g}> TO <{m.group(1)}>", what=f"putting the backup <{g}> back")
            else:
                store.drop(g, what=f"dropping the leftover staging graph <{g}>")
        except SrkgError as err:
            if failed is None:
                raise
            failed.append(str(err))  # a load goes on: its own staging graph has a name of its own
            continue
        out[g] = n
    return out


def default_graph_sees(store: SparqlStore, graph: str) -> bool | None:
    """Whether the store's default graph (what the stored queries read) shows a triple of ``graph``;
    None when ``graph`` has no triple without blank nodes to ask about."""
    what = f"checking that the default graph shows <{graph}>"
    t = store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o "
                     f"FILTER(!isBlank(?s) && !isBlank(?o)) }} }} LIMIT 1", what=what)
    if not getattr(t, "rows", None):
        return None
    r = t.rows[0]
    try:
        pattern = f"{r['s'].n3()} {r['p'].n3()} {r['o'].n3()}"
    except (SrkgError, AttributeError):
        return None
    return bool(store.select(f"ASK {{ {pattern} }}", what=what))


# ---------------------------------------------------------------------------
# What the command loads
# ---------------------------------------------------------------------------
class _Bar:
    """A tqdm counter of triples sent, on stderr, that keeps ticking (elapsed time, what the store
    is doing) while the store works on its own."""

    def __init__(self, desc: str) -> None:
        import sys

        from tqdm import tqdm

        self.bar = tqdm(unit=" triples", unit_scale=False, desc=desc, leave=False, delay=0.5, file=sys.stderr,
                        dynamic_ncols=True, bar_format="{desc}: {n} triples [{elapsed}, {rate_fmt}]{postfix}")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._tick, daemon=True)
        self._thread.start()

    def _tick(self) -> None:
        while not self._stop.wait(1.0):
            try:
                self.bar.refresh()
            except Exception:  # pragma: no cover - a closed stream
                return

    def update(self, n: int) -> None:
        self.bar.update(n)

    def step(self, text: str) -> None:
        self.bar.set_postfix_str(text, refresh=True)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.bar.close()


def load_graphs(store: SparqlStore, parts: Sequence[tuple[str, Sequence[Path]]], *, protocol: str = "auto",
                progress: bool = False, strategy: str | None = None, max_bytes: int = DEFAULT_MAX_MB << 20,
                check_default_graph: bool = True) -> LoadReport:
    """Replace each ``(graph IRI, files)`` of ``parts`` (see :func:`load_graph_files`).

    Leftover staging graphs of earlier runs are dropped first; a part without files
    is skipped and its graph left as it was.  Afterwards, the default graph is asked
    for a triple just loaded: if it does not show it, ``report.warnings`` says how to fix the store.
    """
    report = LoadReport(endpoint=store.e.query)
    parts = [(_check_graph_iri(g), [Path(f) for f in files]) for g, files in parts]
    if not (_protocol(store, protocol) == "gsp" and store.transactional_put and strategy != "staging"):
        store._update_url  # noqa: B018 -- a usage error before anything is sent
    failed: list[str] = []
    report.cleaned = clean_staging(store, failed=failed)
    report.warnings += [f"{f}; try 'srkg load --clean' later" for f in failed]
    run = new_run_id()
    for target, files in parts:
        if not files:
            report.graphs.append(GraphLoad(target, [], 0, 0, 0.0, protocol, skipped="no files; graph left as it was"))
            continue
        bar = _Bar(f"loading <{target}>") if progress else None
        try:
            report.graphs.append(load_graph_files(
                store, files, target, protocol=protocol, progress=bar.update if bar is not None else None,
                on_step=bar.step if bar is not None else None, strategy=strategy, run=run, max_bytes=max_bytes))
        finally:
            if bar is not None:
                bar.close()
    if check_default_graph:
        for g in report.graphs:
            if not g.skipped and g.triples:
                if default_graph_sees(store, g.graph) is False:
                    report.warnings.append(UNION_HINT)
                break
    return report


_load_parts = load_graphs


def project_parts(root: Path | None = None, parts: Sequence[str] = ("ontology", "instances", "shapes"),
                  graphs: dict[str, str] | None = None) -> list[tuple[str, list[Path]]]:
    """The project's ``(graph IRI, files)``, part by part.

    The instance data goes one named graph per article folder and one for the vocabularies
    (:func:`srkg.paths.instance_graphs`, the one place that maps files to graphs), unless
    ``graphs`` names one ``instances`` graph for all of it.
    """
    names = {**GRAPHS, **(graphs or {})}
    finders = {"ontology": paths.ontology_files, "instances": paths.instance_files, "shapes": paths.shapes_files}
    todo = []
    for part in parts:
        if part not in finders:
            raise UsageError(f"unknown part {part!r}; use ontology, instances or shapes")
        if part == "instances" and "instances" not in (graphs or {}):
            todo += [(_check_graph_iri(g, "instances graph"), [Path(p) for p in fs])
                     for g, fs in paths.instance_graphs(root).items()]
            continue
        todo.append((_check_graph_iri(names[part], f"{part} graph"), [Path(p) for p in finders[part](root)]))
    return todo


def load_project(store: SparqlStore, *, root: Path | None = None, graphs: dict[str, str] | None = None,
                 parts: Sequence[str] = ("ontology", "instances", "shapes"), protocol: str = "auto",
                 progress: bool = False, max_bytes: int = DEFAULT_MAX_MB << 20) -> LoadReport:
    """Load the ontology, the instance data and the shapes, each into its own named graph."""
    return load_graphs(store, project_parts(root, parts, graphs), protocol=protocol, progress=progress,
                       max_bytes=max_bytes)


def validate_new_data(path: Path, *, root: Path | None = None) -> None:
    """Raise NotConforming unless ``srkg validate`` accepts ``path`` (against the graph under ``root``)."""
    from ..shacl.validate import validate_files

    report = validate_files([path], root=root)
    if not report.conforms:
        n = len(getattr(report, "results", []) or [])
        raise NotConforming(f"{path} does not conform to the SRKG shapes ({n} result(s)); nothing loaded. "
                            f"See 'srkg validate {path}', or pass --no-validate to load it anyway")


def load_file(store: SparqlStore, path: Path | str, graph: str, *, validate: bool = True, protocol: str = "auto",
              progress: bool = False, max_bytes: int = DEFAULT_MAX_MB << 20, root: Path | None = None) -> LoadReport:
    """Load one file of new data into its own named graph ``graph``, after ``srkg validate`` accepts it
    (against the graph under ``root``)."""
    p = Path(path)
    from ..rdf.reader import check_readable, check_utf8_head, guess_format

    check_readable(p, max_bytes=max_bytes)
    guess_format(p)
    check_utf8_head(p)  # before anything is sent: not UTF-8, or XML entity declarations
    _check_graph_iri(graph, "--graph")
    if graph in GRAPHS.values() or graph == paths.VOCABULARIES_GRAPH or paths.article_of_graph(graph):
        raise UsageError(f"--graph {graph} is where 'srkg load' keeps the project's own data; "
                         "give new data a graph of its own")
    if validate:
        validate_new_data(p, root=root)
    return load_graphs(store, [(graph, [p])], protocol=protocol, progress=progress, max_bytes=max_bytes)


def progress_wanted(flag: bool | None) -> bool:
    """Show a progress bar if asked, else only when stderr is a terminal."""
    if flag is not None:
        return flag
    import sys

    return bool(getattr(sys.stderr, "isatty", lambda: False)()) and os.environ.get("TERM") != "dumb"
