"""Load the graph into a SPARQL 1.1 store, one named graph at a time, atomically.

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

**Either a graph is replaced as a whole or it is left as it was.**  Each load
goes to a staging graph (``urn:srkg:staging:<target>``), streamed as
N-Triples through the SPARQL 1.1 Graph Store HTTP Protocol (``PUT``) or, for
stores without one, as ``INSERT DATA`` batches through SPARQL Update.  The
store's own ``COUNT`` of the staging graph must then equal the number of
distinct triples we sent; only then does one ``MOVE <staging> TO <target>``
replace the target.  When a step fails the error says which, the staging
graph is dropped when the store still answers, and the target is untouched
(if the store took the ``MOVE`` but did not answer in time, the error says
the target may yet be replaced).  Oxigraph, Fuseki and GraphDB get the
N-Triples as a chunked stream; Virtuoso 7 (which stores nothing from a
chunked ``PUT``) and stores of unknown kind get them spooled to a temporary
file and sent with a ``Content-Length``.
Loading the same files twice leaves the same store (blank nodes aside, which
are fresh on every load, as RDF requires).

Speed: the upload streams N-Triples at about the rate of Oxigraph's own bulk
loader (on Oxigraph the staging graph is written with ``no_transaction``: it
is verified before it counts).  The atomic ``MOVE`` is one transaction in the
store: cheap in memory, but on Oxigraph's on-disk store it costs about ten
times the upload (it copies every triple and deletes the staging graph);
``benchmarks/bench_load.py`` measures both.

Files are parsed by pyoxigraph while they are sent, in batches: memory stays
flat whatever the size of the file, but for the parser's map of blank-node
labels (they are renamed so that two loads never share a blank node; about
250 bytes per blank node).  The store must treat its default graph as
the union of the named graphs for the stored queries to see the data
(Oxigraph ``serve --union-default-graph``; GraphDB and Virtuoso do this by
default; Fuseki/TDB2 ``tdb2:unionDefaultGraph true``).

>>> e = derive_endpoints("http://127.0.0.1:7878/query")
>>> (e.store, e.update, e.gsp)
('oxigraph', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
>>> staging_graph("https://w3id.org/srkg/graph/instances")
'urn:srkg:staging:https://w3id.org/srkg/graph/instances'
"""

from __future__ import annotations

import itertools
import os
import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Sequence
from urllib.parse import urlsplit, urlunsplit

from .. import paths
from ..errors import EndpointError, EnvironmentProblem, InputError, NotConforming, SrkgError, UsageError
from .http import DEFAULT_RETRIES, DEFAULT_TIMEOUT, HttpClient, check_url, credentials_for

__all__ = ["GRAPHS", "STORES", "Endpoints", "GraphLoad", "LoadReport", "NotConforming", "SparqlStore",
           "connect", "derive_endpoints", "load_graph_files", "load_project", "load_file", "staging_graph"]

GRAPH_BASE = paths.GRAPH_BASE
#: the graph of each part; the instances go one graph per article and one for the vocabularies
#: (:func:`srkg.paths.instance_graphs`) unless an ``instances`` graph is given
GRAPHS = {"ontology": paths.ONTOLOGY_GRAPH, "instances": paths.INSTANCES_GRAPH, "shapes": paths.SHAPES_GRAPH}
STAGING_PREFIX = "urn:srkg:staging:"
STORES = ("oxigraph", "fuseki", "graphdb", "virtuoso", "generic")
BATCH_TRIPLES = 20_000          # triples per parsed batch (GSP body chunks)
UPDATE_BATCH_BYTES = 512 * 1024  # bytes per INSERT DATA request
VIRTUOSO_UPDATE_BYTES = 24 * 1024  # Virtuoso compiles each request to SQL and stops at 10000 lines
IN_MEMORY_DISTINCT_BYTES = 64 * 1024 * 1024

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


def _guess_store(path: str) -> str:
    if path.rstrip("/") in ("/query", ""):
        return "oxigraph"
    if path.rstrip("/") == "/sparql":
        return "virtuoso"
    if re.fullmatch(r"/repositories/[^/]+/?", path):
        return "graphdb"
    if re.fullmatch(r"/.+/(query|sparql)", path):
        return "fuseki"
    return "generic"


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

    >>> derive_endpoints("http://h:3030/ds/query").gsp
    'http://h:3030/ds/data'
    >>> derive_endpoints("http://h:7200/repositories/srkg").update
    'http://h:7200/repositories/srkg/statements'
    >>> derive_endpoints("http://h:8890/sparql").gsp
    'http://h:8890/sparql-graph-crud-auth'
    >>> derive_endpoints("http://h/x/y/z", update="http://h/u").gsp is None
    True
    """
    check_url(query, "query endpoint")
    for u, what in ((update, "update endpoint"), (gsp, "graph store endpoint")):
        if u:
            check_url(u, what)
    path = urlsplit(query).path or "/"
    kind = store or _guess_store(path)
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


def staging_graph(target: str) -> str:
    """The IRI of the staging graph of ``target`` (one per target, so leftovers get replaced)."""
    return STAGING_PREFIX + target


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
    def _update_url(self) -> str:
        if not self.e.update:
            raise UsageError(f"cannot tell the update endpoint of {self.e.query}; give --update-endpoint")
        return self.e.update

    def update(self, text: str, *, what: str) -> None:
        """Run one SPARQL Update request."""
        self.client.request("POST", self._update_url, what=what, data=text.encode("utf-8"),
                            headers={"Content-Type": "application/sparql-update; charset=utf-8"})

    def count(self, graph: str, *, what: str = "counting") -> int:
        """The store's number of triples in ``graph`` (SPARQL ``COUNT``, never a dump)."""
        q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        resp = self.client.request("POST", self.e.query, what=what, data={"query": q},
                                   headers={"Accept": "application/sparql-results+json"})
        try:
            rows = resp.json()["results"]["bindings"]
            return int(rows[0]["n"]["value"]) if rows and "n" in rows[0] else 0
        except (ValueError, KeyError, IndexError, TypeError):
            raise EndpointError(f"{what}: {self.e.query} did not answer SPARQL JSON results "
                                f"(is it the query endpoint?)") from None

    def put(self, graph: str, body: "Iterable[bytes] | BinaryIO", *, what: str) -> None:
        """Replace ``graph`` through the Graph Store Protocol with an N-Triples body."""
        if not self.e.gsp:
            raise UsageError(f"no Graph Store endpoint for {self.e.query}; give --gsp-endpoint or use --protocol update")
        params = {self.e.graph_param: graph}
        if self.e.store == "oxigraph":
            params["no_transaction"] = ""  # a staging graph needs no transaction: it is verified, then MOVEd
        ctype = "text/turtle" if self.e.store == "virtuoso" else "application/n-triples"
        self.client.request("PUT", self.e.gsp, what=what, params=params, data=body,
                            headers={"Content-Type": ctype})

    def drop(self, graph: str, *, what: str) -> None:
        self.update(f"DROP SILENT GRAPH <{graph}>", what=what)

    def move(self, source: str, target: str, *, what: str) -> None:
        self.update(f"MOVE <{source}> TO <{target}>", what=what)


def connect(endpoint: str, *, update_endpoint: str | None = None, gsp_endpoint: str | None = None,
               store: str | None = None, timeout: float = DEFAULT_TIMEOUT, retries: int = DEFAULT_RETRIES,
               insecure: bool = False) -> SparqlStore:
    """A :class:`SparqlStore` for the endpoints, with credentials from the environment or ~/.netrc."""
    e = derive_endpoints(endpoint, update=update_endpoint, gsp=gsp_endpoint, store=store)
    creds = credentials_for(e.update or e.query)
    return SparqlStore(e, HttpClient(credentials=creds, timeout=timeout, retries=retries, verify=not insecure))


# ---------------------------------------------------------------------------
# Reading files as N-Triples, counting as we go
# ---------------------------------------------------------------------------
def _parse(path: Path) -> Iterator:
    """Triples of one file, streamed by pyoxigraph; blank nodes renamed apart from every other load's."""
    from ..rdf.reader import iter_quads

    yield from iter_quads(path, max_bytes=1 << 62, rename_blank_nodes=True, without_named_graphs=True)


def _batches(files: Sequence[Path], progress: Progress | None, size: int = BATCH_TRIPLES) -> Iterator[list]:
    for f in files:
        it = _parse(Path(f))
        while True:
            batch = list(itertools.islice(it, size))
            if not batch:
                break
            yield batch
            if progress:
                progress(len(batch))


class _Sent:
    triples = 0


def _ntriples_body(files: Sequence[Path], sent: _Sent, progress: Progress | None) -> Iterator[bytes]:
    import pyoxigraph as ox

    for batch in _batches(files, progress):
        sent.triples += len(batch)
        yield ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)


def _blank_nodes(t) -> list[str]:
    import pyoxigraph as ox

    return [x.value for x in (t.subject, t.object) if isinstance(x, ox.BlankNode)]


def _update_batches(files: Sequence[Path], graph: str, sent: _Sent, progress: Progress | None,
                    max_bytes: int = UPDATE_BATCH_BYTES) -> Iterator[str]:
    """``INSERT DATA`` requests.  A blank node is one node only within one request, so a request
    is cut only between triples that share no blank node; a blank node met again in a later
    request is an error (use the Graph Store Protocol for such data)."""
    closed: set[str] = set()
    current: set[str] = set()
    lines: list[str] = []
    size = 0

    def request() -> str:
        # Virtuoso refuses blank nodes in INSERT DATA; INSERT {...} WHERE {} means the same (one solution)
        if current:
            return f"INSERT {{ GRAPH <{graph}> {{\n" + "".join(lines) + "} } WHERE {}"
        return f"INSERT DATA {{ GRAPH <{graph}> {{\n" + "".join(lines) + "} }"

    for batch in _batches(files, progress):
        for t in batch:
            bnodes = _blank_nodes(t)
            if size >= max_bytes and not any(b in current for b in bnodes):
                yield request()
                closed |= current
                current, lines, size = set(), [], 0
            for b in bnodes:
                if b in closed:
                    raise InputError("a blank node is used far apart in the data, which SPARQL Update "
                                     "cannot keep as one node across requests; use --protocol gsp")
                current.add(b)
            line = f"{t.subject} {t.predicate} {t.object} .\n"
            lines.append(line)
            size += len(line)
            sent.triples += 1
    if lines:
        yield request()


def distinct_count(files: Sequence[Path]) -> int:
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
            for batch in _batches(files, None, 200_000):
                store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in batch)
        else:
            store = ox.Store()
            for batch in _batches(files, None):
                store.extend([ox.Quad(t.subject, t.predicate, t.object) for t in batch])
        n = len(store)
        del store
        return n
    finally:
        if tmp:
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# One graph, atomically
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
    steps: dict[str, float] = field(default_factory=dict)  # seconds per step: prepare, upload, verify, move, check

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

    @property
    def triples(self) -> int:
        return sum(g.triples for g in self.graphs)

    @property
    def seconds(self) -> float:
        return sum(g.seconds for g in self.graphs)


def load_graph_files(store: SparqlStore, files: Sequence[Path | str], target: str, *, protocol: str = "auto",
                     progress: Progress | None = None, on_step: Callable[[str], object] | None = None) -> GraphLoad:
    """Replace graph ``target`` by the triples of ``files``: all of them, or nothing.

    Steps: drop any leftover staging graph; stream the files into the staging
    graph; compare the store's COUNT of it with ours; ``MOVE`` it onto the target;
    count the target.  On failure the staging graph is dropped (when the store
    still answers) and EndpointError says which step failed; the target is as
    it was.
    """
    target = _check_graph_iri(target)
    files = [Path(f) for f in files]
    protocol = _protocol(store, protocol)
    staging = staging_graph(target)
    start = time.monotonic()
    sent = _Sent()
    steps: dict[str, float] = {}
    mark = [start]

    def done(name: str) -> None:
        now = time.monotonic()
        steps[name] = now - mark[0]
        mark[0] = now
        if on_step:
            on_step({"upload": "verifying", "verify": "replacing the target", "move": "checking"}.get(name, ""))

    step = "preparing the staging graph"
    try:
        store.drop(staging, what=f"loading <{target}>: {step}")
        done("prepare")
        step = f"uploading to the staging graph <{staging}>"
        if protocol == "gsp" and store.chunked:
            store.put(staging, _ntriples_body(files, sent, progress), what=f"loading <{target}>: {step}")
        elif protocol == "gsp":  # spooled to a temporary file, sent with its Content-Length
            with tempfile.TemporaryFile(prefix="srkg-load-") as fh:
                for chunk in _ntriples_body(files, sent, progress):
                    fh.write(chunk)
                fh.seek(0)
                store.put(staging, fh, what=f"loading <{target}>: {step}")
        else:
            limit = VIRTUOSO_UPDATE_BYTES if store.e.store == "virtuoso" else UPDATE_BATCH_BYTES
            for req in _update_batches(files, staging, sent, progress, limit):
                store.update(req, what=f"loading <{target}>: {step}")
        done("upload")
        step = "verifying the staging graph"
        have = store.count(staging, what=f"loading <{target}>: {step}")
        expected = sent.triples
        if have != expected:
            expected = distinct_count(files) if have < sent.triples else expected
            if have != expected:
                raise EndpointError(f"loading <{target}>: the store holds {have} triples in the staging graph, "
                                    f"{expected} were sent")
        done("verify")
        if expected == 0:
            step = "replacing the target graph by an empty one"
            store.drop(staging, what=f"loading <{target}>: {step}")
            store.drop(target, what=f"loading <{target}>: {step}")
        else:
            step = "moving the staging graph onto the target"
            store.move(staging, target, what=f"loading <{target}>: {step}")
        done("move")
        step = "verifying the target graph"
        after = store.count(target, what=f"loading <{target}>: {step}")
        if after != expected:
            raise EndpointError(f"loading <{target}>: after MOVE the store holds {after} triples in the target, "
                                f"expected {expected}")
        done("check")
    except SrkgError as err:
        replacing = step in ("moving the staging graph onto the target", "replacing the target graph by an empty one")
        if replacing and getattr(err, "outcome_unknown", False):
            # the store got the MOVE and may still carry it out: neither claim the target is unchanged,
            # nor drop the staging graph under the store's feet
            err.message = (err.message.rstrip(".") + f"; the store may still replace <{target}>: "
                           "check its triple count, or load again")
        elif step == "preparing the staging graph":
            err.message = err.message.rstrip(".") + "; target graph unchanged"
        elif step == "verifying the target graph":
            err.message = err.message.rstrip(".") + "; the target graph was replaced, but its count not confirmed"
        else:
            err.message = err.message.rstrip(".") + "; target graph unchanged" + _cleanup(store, staging)
        raise
    except BaseException:  # Ctrl-C: drop the staging graph, unless the store may be moving it
        if step not in ("moving the staging graph onto the target", "verifying the target graph"):
            _cleanup(store, staging)
        raise
    return GraphLoad(graph=target, files=files, triples=expected, sent=sent.triples,
                     seconds=time.monotonic() - start, protocol=protocol, steps=steps)


def _protocol(store: SparqlStore, protocol: str) -> str:
    if protocol not in ("auto", "gsp", "update"):
        raise UsageError("--protocol must be gsp, update or auto")
    if protocol == "auto":
        return "gsp" if store.e.gsp else "update"
    if protocol == "gsp" and not store.e.gsp:
        raise UsageError(f"no Graph Store endpoint known for {store.e.query}; give --gsp-endpoint or use --protocol update")
    return protocol


def _cleanup(store: SparqlStore, staging: str) -> str:
    """Drop the staging graph, briefly; the text to append to the error message."""
    client = store.client
    saved = client.timeout, client.session.adapters["http://"].max_retries
    try:
        client.timeout = (min(5.0, saved[0][0]), min(30.0, saved[0][1]))
        _no_retries(client)
        store.drop(staging, what="dropping the staging graph")
        return "; staging graph dropped"
    except SrkgError:
        return f"; the staging graph <{staging}> could not be dropped (it is replaced by the next load)"
    finally:
        client.timeout = saved[0]
        for prefix in ("http://", "https://"):
            client.session.adapters[prefix].max_retries = saved[1]


def _no_retries(client: HttpClient) -> None:
    from urllib3.util.retry import Retry

    for prefix in ("http://", "https://"):
        client.session.adapters[prefix].max_retries = Retry(0, read=False)


# ---------------------------------------------------------------------------
# What the command loads
# ---------------------------------------------------------------------------
def _progress_bar(enabled: bool, desc: str):
    """A tqdm counter of triples sent, on stderr, shown only if the load lasts more than half a second."""
    if not enabled:
        return None
    import sys

    from tqdm import tqdm

    return tqdm(unit=" triples", unit_scale=True, desc=desc, leave=False, delay=0.5, file=sys.stderr,
                dynamic_ncols=True)


def _load_parts(store: SparqlStore, parts: list[tuple[str, list[Path]]], *, protocol: str,
                progress: bool) -> LoadReport:
    report = LoadReport(endpoint=store.e.query)
    for target, files in parts:
        if not files:
            report.graphs.append(GraphLoad(target, [], 0, 0, 0.0, protocol, skipped="no files; graph left as it was"))
            continue
        bar = _progress_bar(progress, f"loading <{target}>")
        try:
            report.graphs.append(load_graph_files(
                store, files, target, protocol=protocol, progress=bar.update if bar is not None else None,
                on_step=(lambda text: bar.set_postfix_str(text, refresh=True)) if bar is not None else None))
        finally:
            if bar is not None:
                bar.close()
    return report


def load_project(store: SparqlStore, *, root: Path | None = None, graphs: dict[str, str] | None = None,
                 parts: Sequence[str] = ("ontology", "instances", "shapes"), protocol: str = "auto",
                 progress: bool = False) -> LoadReport:
    """Load the ontology, the instance data and the shapes, each into its own named graph.

    The instance data goes one named graph per article folder and one for the
    vocabularies (see :mod:`srkg.paths`), unless ``graphs`` names one
    ``instances`` graph for all of it.

    Each graph is replaced atomically (see :func:`load_graph_files`); a part
    without files is skipped and its graph left as it was.
    """
    names = {**GRAPHS, **(graphs or {})}
    finders = {"ontology": paths.ontology_files, "instances": paths.instance_files, "shapes": paths.shapes_files}
    todo = []
    for part in parts:
        if part not in finders:
            raise UsageError(f"unknown part {part!r}; use ontology, instances or shapes")
        if part == "instances" and "instances" not in (graphs or {}):
            todo += [(g, [Path(p) for p in fs]) for g, fs in paths.instance_graphs(root).items()]
            continue
        todo.append((_check_graph_iri(names[part], f"{part} graph"), [Path(p) for p in finders[part](root)]))
    return _load_parts(store, todo, protocol=protocol, progress=progress)


def validate_new_data(path: Path, *, root: Path | None = None) -> None:
    """Raise NotConforming unless ``srkg validate`` accepts ``path``; EnvironmentProblem if it is absent."""
    from ..shacl.validate import validate_files

    report = validate_files([path], root=root)
    if not report.conforms:
        n = len(getattr(report, "results", []) or [])
        raise NotConforming(f"{path} does not conform to the SRKG shapes ({n} result(s)); nothing loaded. "
                            f"See 'srkg validate {path}', or pass --no-validate to load it anyway")


def load_file(store: SparqlStore, path: Path | str, graph: str, *, validate: bool = True, protocol: str = "auto",
              progress: bool = False, root: Path | None = None) -> LoadReport:
    """Load one file of new data into its own named graph ``graph``, after ``srkg validate`` accepts it
    (against the graph under ``root``)."""
    p = Path(path)
    from ..rdf.reader import check_readable, guess_format

    check_readable(p, max_bytes=1 << 62)
    guess_format(p)
    _check_graph_iri(graph, "--graph")
    if graph in GRAPHS.values():
        raise UsageError(f"--graph {graph} is where 'srkg load' keeps the project's own data; "
                         "give new data a graph of its own")
    if validate:
        validate_new_data(p, root=root)
    return _load_parts(store, [(graph, [p])], protocol=protocol, progress=progress)


def progress_wanted(flag: bool | None) -> bool:
    """Show a progress bar if asked, else only when stderr is a terminal."""
    if flag is not None:
        return flag
    import sys

    return bool(getattr(sys.stderr, "isatty", lambda: False)()) and os.environ.get("TERM") != "dumb"
