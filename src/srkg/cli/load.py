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
Each graph is loaded into a staging graph, its triple count checked, then MOVEd onto the target:
a failed load leaves the target as it was.
The stored queries read the default graph: let the store use the union of its named graphs as default
(Oxigraph serve --union-default-graph; Fuseki tdb2:unionDefaultGraph true; GraphDB, Virtuoso: by default).
Credentials: SRKG_TOKEN (bearer) or SRKG_USER + SRKG_PASSWORD (SRKG_AUTH=digest for Virtuoso),
or ~/.netrc; never on the command line.
Exit codes: 0 loaded; 1 the --file does not conform to the shapes; 2 usage, input or connection error."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("load", help=HELP, description=HELP, epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--endpoint", required=True, metavar="URL", help="SPARQL query endpoint of the store")
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
    p.add_argument("--timeout", type=float, default=300.0, metavar="S", help="seconds to wait for each answer (300)")
    p.add_argument("--retries", type=int, default=3, metavar="N", help="retries on connection failures (3)")
    p.add_argument("--insecure", action="store_true", help="do not verify TLS certificates")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: when stderr is a terminal)")
    p.add_argument("--verbose", "-v", action="store_true", help="also print the seconds each step took")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..errors import UsageError
    from ..remote.load import connect, load_file, load_project, progress_wanted

    if args.file and not args.graph:
        raise UsageError("--file needs --graph IRI: new data goes into a named graph of its own")
    if args.graph and not args.file:
        raise UsageError("--graph goes with --file")
    if args.insecure:
        print("srkg load: warning: TLS certificates are not verified (--insecure)", file=sys.stderr)
    store = connect(args.endpoint, update_endpoint=args.update_endpoint, gsp_endpoint=args.gsp_endpoint,
                       store=args.store, timeout=args.timeout, retries=args.retries, insecure=args.insecure)
    progress = progress_wanted(args.progress)
    if args.file:
        report = load_file(store, Path(args.file), args.graph, validate=not args.no_validate,
                           protocol=args.protocol, progress=progress, root=Path(args.root) if args.root else None)
    else:
        graphs = {k: v for k, v in (("ontology", args.ontology_graph), ("instances", args.instances_graph),
                                    ("shapes", args.shapes_graph)) if v}
        parts = [x.strip() for x in args.only.split(",") if x.strip()] if args.only else \
            ["ontology", "instances", "shapes"]
        report = load_project(store, root=Path(args.root) if args.root else None, graphs=graphs, parts=parts,
                              protocol=args.protocol, progress=progress)
    for g in report.graphs:
        print(f"srkg load: {g.line()}")
        if args.verbose and g.steps:
            print("srkg load:   steps: " + ", ".join(f"{k} {v:.2f} s" for k, v in g.steps.items()))
    print(f"srkg load: {report.triples} triples into {report.endpoint} in {report.seconds:.2f} s")
    return 0
