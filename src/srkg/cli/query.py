"""``srkg query``: run a stored SPARQL query (or your own) on the embedded store or an endpoint."""

from __future__ import annotations

import argparse
import sys

HELP = "Run a stored SPARQL query on the graph (embedded store, or --endpoint URL)."
from ..render import TABLE_FORMATS  # the render module imports only the standard library

GRAPH_FORMATS = ("turtle", "nt", "jsonld")  # words for srkg.sparql.results.GRAPH_FORMATS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("query", help=HELP, description=HELP,
                       epilog="Examples: srkg query --list; srkg query characterizations-by-type --param type=sr:Alliance; "
                              "srkg query --file my.rq --format csv. Endpoint credentials: SRKG_USER + SRKG_PASSWORD "
                              "(SRKG_AUTH=digest), SRKG_TOKEN or ~/.netrc (user:password@ in the URL is taken out and "
                              "sent as authentication). --timeout is a total deadline for the whole answer. "
                              "SERVICE is refused on the embedded store (it would reach the network without a "
                              "deadline): run such a query with --endpoint. "
                              "Exit codes: 0 answered, 2 usage, input or endpoint error.")
    p.add_argument("name", nargs="?", help="a stored query's name (see --list)")
    p.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="a parameter value (repeatable); IRIs as sr:Russia or <https://...>")
    p.add_argument("--format", "-f", choices=TABLE_FORMATS + GRAPH_FORMATS, default=None,
                   help="output: table (default), csv, tsv, json, markdown; turtle (default) or nt or jsonld for CONSTRUCT")
    p.add_argument("--endpoint", metavar="URL", help="a SPARQL 1.1 query endpoint instead of the embedded store")
    p.add_argument("--timeout", type=float, default=30.0, metavar="S", help="total deadline in seconds for the endpoint's whole answer (default 30)")
    p.add_argument("--file", metavar="PATH", help="run this query file instead of a stored query")
    p.add_argument("--list", action="store_true", help="list the stored queries, their summaries and parameters")
    p.add_argument("--article", metavar="ID",
                   help="answer from one article's data only (its folder under instances/, e.g. "
                        "bossuyt-kaczmarek-2021), with the ontology and vocabularies; on an endpoint, its "
                        "named graphs .../graph/article/ID, .../graph/ontology, .../graph/vocabularies")
    p.add_argument("--root", metavar="DIR", help="data folder holding ontology/, instances/, queries/ (default: the project's)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .. import render
    from ..errors import UsageError
    from ..sparql import queries

    from ..remote.http import check_timeout

    check_timeout(args.timeout)
    root = Path(args.root) if args.root else None
    if args.list:
        print(render.query_listing(queries.catalogue(root)))
        return 0
    if bool(args.name) == bool(args.file):
        raise UsageError("give a stored query's name or --file PATH (or --list)")
    q = queries.from_file(args.file) if args.file else queries.get(args.name, root)
    params = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--param needs NAME=VALUE, got {item!r}")
        params[name.strip()] = value
    if not args.endpoint:
        _refuse_service(q)
    verb = {"select": queries.select, "ask": queries.ask}.get(q.form, queries.construct)
    result = verb(q, endpoint=args.endpoint, root=root, timeout=args.timeout, scope=args.article, **params)
    text = _render(q.form, result, args.format)
    if args.endpoint and not args.article and _empty(q.form, result):  # --article names its graphs
        from ..remote.endpoint import empty_default_graph_hint

        hint = empty_default_graph_hint(args.endpoint, timeout=min(args.timeout, 10.0))
        if hint:
            print(f"srkg query: warning: {hint}", file=sys.stderr)
    sys.stdout.write(text)
    return 0


def _empty(form: str, result) -> bool:
    if form == "ask":
        return result is False
    return len(result) == 0


def _refuse_service(q) -> None:
    """The embedded store would follow SERVICE to the network with no deadline: refuse it there."""
    from ..sparql.syntax import tokens
    from ..errors import UsageError

    if any(t.kind == "word" and t.text.upper() == "SERVICE" for t in tokens(q.text)):
        raise UsageError(f"{q.name}: SERVICE reaches another endpoint, which the embedded store does without a "
                         "deadline; run this query with --endpoint URL (whose store then calls the service)")


def _render(form: str, result, fmt: str | None) -> str:
    from .. import render
    from ..errors import UsageError
    from ..sparql.results import serialize

    if form == "ask":
        return render.ask_answer(result, fmt)
    if form in ("construct", "describe"):
        if fmt in TABLE_FORMATS:
            raise UsageError(f"a {form.upper()} query writes RDF: use --format turtle, nt or jsonld")
        return serialize(result, fmt or "turtle")
    if fmt in GRAPH_FORMATS:
        raise UsageError(f"a SELECT query writes a table: use --format {', '.join(TABLE_FORMATS)}")
    return render.sparql_table(result, fmt or "table")
