"""``srkg load``: load the graph into a SPARQL 1.1 store, each part in its own named graph."""

from __future__ import annotations

import argparse
import sys

HELP = "Load the ontology, instance data and shapes (or one new file) into a SPARQL 1.1 store."
EPILOG = """\
Endpoints: --endpoint is the SPARQL query URL; the update and Graph Store URLs are derived from it
for the usual layouts, or given with --update-endpoint / --gsp-endpoint:
  Oxigraph  http://HOST:7878/query          /update                      /store
  Fuseki    http://HOST:3030/ds/query       /ds/update                   /ds/data
  GraphDB   http://HOST:7200/repositories/R /repositories/R/statements   /repositories/R/rdf-graphs/service
  Virtuoso  http://HOST:8890/sparql         /sparql-auth                 /sparql-graph-crud-auth
Named graphs: https://w3id.org/srkg/graph/ontology, .../vocabularies, .../article/<article-id> (one per
folder instances/<article-id>/), .../shapes; --instances-graph IRI puts all instance data in one graph.
Each graph is replaced whole or left as it was: on Oxigraph by one transactional Graph Store PUT;
elsewhere through a staging graph (urn:srkg:staging:...), its triple count checked, then MOVEd onto
the target. A staging graph is dropped on failure, Ctrl-C, SIGTERM and SIGHUP, and leftovers of a
killed run are dropped when the next load starts; --clean lists and drops them.
The stored queries read the default graph: let the store use the union of its named graphs as default
(Oxigraph serve --union-default-graph; Fuseki tdb2:unionDefaultGraph true; GraphDB, Virtuoso: by default).
After loading, srkg load asks the default graph for a loaded triple and warns if it is not there.
Credentials: SRKG_TOKEN (bearer) or SRKG_USER + SRKG_PASSWORD (SRKG_AUTH=digest for Virtuoso),
or ~/.netrc. user:password@ in --endpoint is taken out of the URL and sent as authentication
(with a warning: the command line is visible to other users).
Exit codes: 0 loaded (or cleaned); 1 the --file does not conform to the shapes; 2 usage, input or
connection error; 130 interrupted (each graph whole: as it was, or replaced when the store already
had all of it, which srkg load says before it stops)."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("load", help=HELP, description=HELP, epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--endpoint", required=True, metavar="URL", help="SPARQL query endpoint of the store")
    p.add_argument("--clean", action="store_true",
                   help="list and drop the staging graphs that interrupted loads left behind, and load nothing")
    p.add_argument("--update-endpoint", metavar="URL", help="SPARQL update endpoint (default: derived)")
    p.add_argument("--gsp-endpoint", metavar="URL", help="Graph Store Protocol endpoint (default: derived)")
    p.add_argument("--store", choices=("oxigraph", "fuseki", "graphdb", "virtuoso", "generic"),
                   help="the kind of store, when the URL does not tell")
    p.add_argument("--protocol", choices=("auto", "gsp", "update"), default="auto",
                   help="Graph Store Protocol or SPARQL Update (default: gsp when a Graph Store endpoint is known)")
    p.add_argument("--file", metavar="PATH", help="load this file of new data (checked by srkg validate) instead")
    p.add_argument("--graph", metavar="IRI", help="named graph for --file (required with --file)")
    p.add_argument("--no-validate", action="store_true", help="load --file without validating it")
    p.add_argument("--only", metavar="PARTS", help="comma-separated subset of ontology,instances,shapes")
    p.add_argument("--ontology-graph", metavar="IRI", help="named graph of the ontology")
    p.add_argument("--instances-graph", metavar="IRI",
                   help="one named graph for all instance data (default: one per article, one for the vocabularies)")
    p.add_argument("--shapes-graph", metavar="IRI", help="named graph of the SHACL shapes")
    p.add_argument("--root", metavar="DIR", help="data folder holding ontology/, instances/ (default: the project's)")
    p.add_argument("--timeout", type=float, default=3600.0, metavar="S",
                   help="seconds to wait for each answer (3600: a MOVE of millions of triples takes minutes)")
    p.add_argument("--max-mb", type=int, default=4096, metavar="MB", help="refuse input files larger than this (4096)")
    p.add_argument("--retries", type=int, default=3, metavar="N", help="retries on connection failures (3)")
    p.add_argument("--insecure", action="store_true", help="do not verify TLS certificates")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: when stderr is a terminal)")
    p.add_argument("--verbose", "-v", action="store_true", help="also print the seconds each step took")
    p.set_defaults(func=run)


def _warn(text: str) -> None:
    print(f"srkg load: warning: {text}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    import signal

    from ..remote.load import INTERRUPTS

    # SIGTERM and SIGHUP end a load as Ctrl-C does: the staging graph is dropped on the way out;
    # while the store commits an upload it has whole, the signal waits for its answer
    previous = {}

    def interrupt(signum, _frame):
        INTERRUPTS.handle(signum)

    for sig in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if sig is not None:
            try:
                previous[sig] = signal.signal(sig, interrupt)
            except ValueError:  # not the main thread
                pass
    try:
        return _run(args)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..errors import UsageError
    from ..remote.load import clean_staging, connect, load_file, load_project, progress_wanted

    if args.max_mb <= 0:
        raise UsageError("--max-mb must be a positive number of megabytes")
    max_bytes = args.max_mb * 1024 * 1024
    if args.clean and (args.file or args.only):
        raise UsageError("--clean loads nothing: give it alone with --endpoint")
    if args.file and not args.graph:
        raise UsageError("--file needs --graph IRI: new data goes into a named graph of its own")
    if args.graph and not args.file:
        raise UsageError("--graph goes with --file")
    if args.insecure:
        print("srkg load: warning: TLS certificates are not verified (--insecure)", file=sys.stderr)
    store = connect(args.endpoint, update_endpoint=args.update_endpoint, gsp_endpoint=args.gsp_endpoint,
                    store=args.store, timeout=args.timeout, retries=args.retries, insecure=args.insecure, warn=_warn)
    if args.clean:
        dropped = clean_staging(store)
        for g, n in dropped.items():
            print(f"srkg load: dropped <{g}> ({n} triples)")
        print(f"srkg load: {len(dropped)} leftover staging graph(s) dropped from {store.e.query}")
        return 0
    progress = progress_wanted(args.progress)
    if args.file:
        report = load_file(store, Path(args.file), args.graph, validate=not args.no_validate,
                           protocol=args.protocol, progress=progress, max_bytes=max_bytes,
                           root=Path(args.root) if args.root else None)
    else:
        graphs = {k: v for k, v in (("ontology", args.ontology_graph), ("instances", args.instances_graph),
                                    ("shapes", args.shapes_graph)) if v}
        parts = [x.strip() for x in args.only.split(",") if x.strip()] if args.only else \
            ["ontology", "instances", "shapes"]
        report = load_project(store, root=Path(args.root) if args.root else None, graphs=graphs, parts=parts,
                              protocol=args.protocol, progress=progress, max_bytes=max_bytes)
    for g, n in report.cleaned.items():
        print(f"srkg load: dropped the leftover staging graph <{g}> ({n} triples) of an interrupted load")
    for g in report.graphs:
        print(f"srkg load: {g.line()}")
        if args.verbose and g.steps:
            print("srkg load:   steps: " + ", ".join(f"{k} {v:.2f} s" for k, v in g.steps.items()))
    print(f"srkg load: {report.triples} triples into {report.endpoint} in {report.seconds:.2f} s")
    for w in report.warnings:
        _warn(w)
    return 0
