"""``srkg serve``: the graph as a local SPARQL endpoint (the Oxigraph server)."""

from __future__ import annotations

import argparse
import sys

HELP = "Serve the graph as a local SPARQL endpoint (Oxigraph server) until Ctrl-C."
EPILOG = """\
The ontology, instance data and shapes are loaded into the named graphs that 'srkg load' uses;
the default graph is their union, so the stored queries run as they are:
  srkg query actors --endpoint http://127.0.0.1:7878/query
The query UI is at the root URL. Read-only unless --writable. Ctrl-C stops the server and removes
the temporary store (a --location store is kept and, once loaded, served as it is next time).
--api serves the stored queries instead, as a read-only HTTP API: GET /queries/NAME?param=value
(parameters bound as in 'srkg query', never pasted into the query), its OpenAPI description at
/openapi.json; a bad parameter answers 400.
Exit codes: 0 stopped by Ctrl-C/SIGTERM/SIGHUP; 2 usage error (bad --host, --port, --location) or
the server could not start."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help=HELP, description=HELP, epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--port", type=int, default=7878, metavar="N", help="TCP port (default 7878; 0 picks a free one)")
    p.add_argument("--host", default="127.0.0.1", metavar="ADDR",
                   help="address to bind (default 127.0.0.1, loopback only; 0.0.0.0 exposes it to the network)")
    p.add_argument("--location", metavar="DIR", help="keep the store in DIR instead of a temporary folder")
    p.add_argument("--writable", action="store_true", help="accept SPARQL Update and Graph Store writes")
    p.add_argument("--api", action="store_true",
                   help="serve the stored queries as a read-only HTTP API with an OpenAPI description instead")
    p.add_argument("--no-shapes", action="store_true", help="do not load the SHACL shapes graph")
    p.add_argument("--root", metavar="DIR", help="data folder holding ontology/, instances/ (default: the project's)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..errors import UsageError
    from ..remote.serve import serve

    if not 0 <= args.port <= 65535:
        raise UsageError("--port must be between 0 and 65535")
    if args.api:
        from ..remote.api import serve_api
        from ..remote.serve import check_host

        if args.writable or args.location:
            raise UsageError("--api is read-only and runs on the embedded store: no --writable, no --location")
        check_host(args.host)

        def api_ready(url):
            print(f"srkg serve: API {url}/queries/NAME, OpenAPI description {url}/openapi.json; read-only; "
                  "Ctrl-C to stop", file=sys.stderr)
            print(url + "/openapi.json", flush=True)

        return serve_api(host=args.host, port=args.port, root=Path(args.root) if args.root else None,
                         on_ready=api_ready)

    def ready(server, note):
        print(f"srkg serve: {note}", file=sys.stderr)
        exposed = "" if args.host in ("127.0.0.1", "::1", "localhost") else \
            f"; listening on {args.host}, reachable from other machines"
        print(f"srkg serve: SPARQL endpoint {server.query_url} (query UI {server.base_url}/); "
              f"{'writable' if args.writable else 'read-only'}{exposed}; Ctrl-C to stop", file=sys.stderr)
        print(server.query_url, flush=True)

    return serve(port=args.port, host=args.host, location=Path(args.location) if args.location else None,
                 writable=args.writable, root=Path(args.root) if args.root else None,
                 shapes=not args.no_shapes, on_ready=ready)
