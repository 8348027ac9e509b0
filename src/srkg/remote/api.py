"""``srkg serve --api``: the stored queries as a small read-only HTTP API, with an OpenAPI description.

Routes (all GET):

* ``/openapi.json`` -- an OpenAPI 3.0 description generated from the queries' ``#+`` headers
  (summary, description, tags, parameters with their types, examples and allowed values);
* ``/queries`` -- the list of stored queries;
* ``/queries/{name}?param=value...`` -- run one: SELECT and ASK answer SPARQL 1.1 JSON results,
  CONSTRUCT answers Turtle (``Accept: application/n-triples`` for N-Triples).

Parameters are bound exactly as ``srkg query --param`` binds them (checked against their type,
sent as one typed ``VALUES`` row, never pasted into the query text), so a value such as
``zzz"))) || true || ((STR("`` is a string to look for, not SPARQL.  A bad parameter (unknown,
missing, of the wrong type, repeated) answers 400 with a one-line JSON error; an unknown query
404; a method other than GET/HEAD 405; nothing a client sends gives a 500 page or a traceback.
The queries run on the embedded store (read-only), each with a deadline.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qsl, urlsplit

from ..errors import SrkgError, UsageError

__all__ = ["openapi", "make_server", "serve_api"]

_TYPES = {"integer": {"type": "integer"}, "decimal": {"type": "number"}, "boolean": {"type": "boolean"},
          "iri": {"type": "string", "format": "iri"}}


def _schema(p) -> dict:
    schema = dict(_TYPES.get(p.type, {"type": "string"}))
    if p.enum:
        schema["enum"] = list(p.enum)
    return schema


def openapi(root: Path | None = None, *, server_url: str | None = None) -> dict:
    """The OpenAPI 3.0 description of the stored queries under ``root``."""
    from .. import __version__
    from ..sparql import queries

    paths = {}
    for q in queries.catalogue(root):
        params = []
        for p in q.params:
            desc = p.description or ""
            if p.type == "iri":
                desc = (desc + " " if desc else "") + "A prefixed name (sr:Russia) or a full IRI in <...>."
            entry = {"name": p.name, "in": "query", "required": bool(p.required), "schema": _schema(p)}
            if desc:
                entry["description"] = desc
            if p.example is not None:
                entry["example"] = p.example
            params.append(entry)
        content = ({"text/turtle": {}, "application/n-triples": {}} if q.form in ("construct", "describe")
                   else {"application/sparql-results+json": {}})
        paths[f"/queries/{q.name}"] = {"get": {
            "operationId": q.name.replace("-", "_"),
            "summary": q.summary or q.name,
            "description": q.description or q.summary or "",
            "tags": list(q.tags) or ["queries"],
            "parameters": params,
            "responses": {"200": {"description": f"the {q.form.upper()} answer", "content": content},
                          "400": {"description": "a bad parameter", "content": {"application/json": {}}},
                          "404": {"description": "no such query"}},
        }}
    doc = {"openapi": "3.0.3",
           "info": {"title": "SRKG stored queries", "version": __version__,
                    "description": "Read-only queries over the Sino-Russian relations knowledge graph."},
           "paths": paths}
    if server_url:
        doc["servers"] = [{"url": server_url}]
    return doc


def _answer(q, result, accept: str) -> tuple[str, bytes]:
    from .. import render
    from ..sparql.results import serialize

    if q.form == "ask":
        return "application/sparql-results+json", render.ask_answer(result, "json").encode()
    if q.form in ("construct", "describe"):
        if "application/n-triples" in accept:
            return "application/n-triples", serialize(result, "nt").encode()
        return "text/turtle", serialize(result, "turtle").encode()
    return "application/sparql-results+json", render.sparql_table(result, "json").encode()


def make_server(host: str = "127.0.0.1", port: int = 0, *, root: Path | None = None) -> ThreadingHTTPServer:
    """An API server bound to ``host:port`` (not yet serving: call ``serve_forever``)."""
    from ..rdf.store import open_store
    from ..sparql import queries

    store = open_store(root)  # once: every request reads the same store
    lock = threading.Lock()  # one query at a time: the embedded store is small and fast
    names = {q.name for q in queries.catalogue(root)}

    class Handler(BaseHTTPRequestHandler):
        server_version = "srkg-api"

        def _send(self, code: int, ctype: str, body: bytes) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype + ("; charset=utf-8" if ctype.startswith(("text/", "application/j"))
                                                      else ""))
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _error(self, code: int, message: str) -> None:
            self._send(code, "application/json", json.dumps({"error": message, "status": code}).encode())

        def do_GET(self) -> None:  # noqa: N802
            try:
                self._route()
            except UsageError as err:
                self._error(400, str(err))
            except SrkgError as err:
                self._error(400 if err.exit_code == 2 else 422, str(err))
            except Exception:  # never a traceback or a 500 page for what a client sent
                self._error(500, "internal error while answering this request")

        do_HEAD = do_GET

        def _not_allowed(self) -> None:
            self.send_response(405)
            self.send_header("Allow", "GET, HEAD")
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_POST = do_PUT = do_DELETE = do_PATCH = _not_allowed

        def _route(self) -> None:
            url = urlsplit(self.path)
            if url.path in ("/", "/openapi.json"):
                base = f"http://{self.headers.get('Host') or f'{host}:{port}'}"
                return self._send(200, "application/json", json.dumps(openapi(root, server_url=base), indent=1).encode())
            if url.path in ("/queries", "/queries/"):
                listing = [{"name": q.name, "form": q.form, "summary": q.summary,
                            "parameters": [p.name for p in q.params]} for q in queries.catalogue(root)]
                return self._send(200, "application/json", json.dumps(listing, indent=1).encode())
            if not url.path.startswith("/queries/"):
                return self._error(404, f"no such path {url.path!r}; see /openapi.json")
            name = url.path[len("/queries/"):]
            if name not in names:
                return self._error(404, f"no stored query {name!r}; see /queries")
            try:
                pairs = parse_qsl(url.query, keep_blank_values=True, strict_parsing=bool(url.query),
                                  encoding="utf-8", errors="strict")
            except (ValueError, UnicodeDecodeError):
                raise UsageError("the query string is not valid (URL-encoded UTF-8 name=value pairs)") from None
            params: dict[str, str] = {}
            for k, v in pairs:
                if k in params:
                    raise UsageError(f"parameter {k!r} is given twice")
                params[k] = v
            q = queries.get(name, root)
            verb = {"select": queries.select, "ask": queries.ask}.get(q.form, queries.construct)
            reserved = [k for k in params if k in queries.RESERVED]
            if reserved:
                raise UsageError(f"query {name} has no parameter {reserved[0]!r}")
            with lock:
                result = verb(q, store=store, root=root, **params)
            ctype, body = _answer(q, result, self.headers.get("Accept", ""))
            self._send(200, ctype, body)

        def log_message(self, *args) -> None:
            pass

    try:
        srv = ThreadingHTTPServer((host, port), Handler)
    except OSError as err:
        raise UsageError(f"cannot listen on {host}:{port} ({err.strerror or err})") from None
    srv.daemon_threads = True
    return srv


def serve_api(*, host: str = "127.0.0.1", port: int = 7878, root: Path | None = None,
              on_ready: Callable[[str], None] | None = None) -> int:
    """Serve the API until SIGINT/SIGTERM; returns 0."""
    import signal

    srv = make_server(host, port, root=root)
    h, p = srv.server_address[:2]
    url = f"http://{'[' + h + ']' if ':' in h else h}:{p}"

    def stop(signum, _frame):
        threading.Thread(target=srv.shutdown, daemon=True).start()

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        if on_ready:
            on_ready(url)
        srv.serve_forever(poll_interval=0.2)
    finally:
        srv.server_close()
        for s, handler in previous.items():
            signal.signal(s, handler)
    return 0
