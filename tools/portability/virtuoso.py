#!/usr/bin/env python3
"""Run every stored query on Virtuoso and compare its rows with Oxigraph's.

Usage (from the repository root, with the project's venv)::

    .venv/bin/python tools/portability/virtuoso.py [--data FILE] [--keep DIR] [--verbose]

What it does:

1. writes the graph the stored queries run on (the ontology and all instance data, as
   the embedded store holds it) as N-Triples, or takes ``--data`` (an N-Triples file of
   a release, e.g. ``release/srkg-graph.nt``, which the embedded store loads as well);
2. starts a private Virtuoso (``virtuoso-t +foreground`` from Debian's
   ``virtuoso-opensource`` 7.2.5) on two free loopback ports, with its database in a
   temporary folder and ``ResultSetMaxRows`` raised so that no answer is cut;
3. loads the file into one named graph with ``DB.DBA.TTLP_MT`` through ``isql-vt`` and
   checks its triple count with a SPARQL ``COUNT``;
4. runs every case of :func:`compare.cases` (each stored query with its example values,
   bound as one ``VALUES`` row, the same text Oxigraph and Jena get) at ``/sparql`` with
   that graph as the default graph (``default-graph-uri``), and compares the rows with
   Oxigraph's (:func:`compare.differences`: same rows, duplicates counted, same order
   where the query orders by projected variables);
5. stops the server by its own PID and removes the folder (``--keep DIR`` keeps the
   database and the log there instead).

Prints one line per case that differs or fails and a summary line
``virtuoso: N cases, A agree, D differ, E failed``.  Exit code 0 when every case
agrees, 1 when some differ or fail, 2 when Virtuoso is not installed or does not start.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import compare  # noqa: E402

GRAPH = "https://w3id.org/srkg/graph/portability"
INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 4
ServerThreads = 4
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 400
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    """A private Virtuoso server, started and stopped by its own PID."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sql, self.http = free_port(), free_port()
        self.proc: subprocess.Popen | None = None

    def start(self, wait: float = 60.0) -> None:
        ini = self.folder / "virtuoso.ini"
        ini.write_text(INI.format(d=self.folder, sql=self.sql, http=self.http))
        self.proc = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(ini)], cwd=self.folder,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with {self.proc.returncode}; see {self.folder}/virtuoso.log")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.http}/sparql?query=ASK%7B%7D", timeout=2):
                    return
            except (urllib.error.URLError, OSError):
                time.sleep(0.5)
        raise RuntimeError(f"Virtuoso did not answer within {wait:.0f} s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def isql(self, sql: str) -> str:
        out = subprocess.run(["isql-vt", f"127.0.0.1:{self.sql}", "dba", "dba", f"exec={sql}"],
                             capture_output=True, text=True, timeout=300)
        if out.returncode != 0 or "*** Error" in out.stdout + out.stderr:
            raise RuntimeError(f"isql failed: {(out.stdout + out.stderr).strip()[-500:]}")
        return out.stdout

    def load(self, nt: Path, graph: str) -> None:
        target = self.folder / "data.nt"
        if nt.resolve() != target.resolve():
            shutil.copyfile(nt, target)
        self.isql(f"DB.DBA.TTLP_MT(file_to_string_output('{target}'), '', '{graph}', 0); checkpoint;")

    def request(self, query: str, accept: str) -> bytes:
        body = urllib.parse.urlencode({"query": query, "default-graph-uri": GRAPH}).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{self.http}/sparql", data=body,
                                     headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"})
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.read()


def answer(v: Virtuoso, case: compare.Case) -> compare.Answer:
    if case.query.form in ("construct", "describe"):
        return compare.answer_from_nt(v.request(case.text, "text/plain").decode("utf-8"))
    return compare.answer_from_json(case, v.request(case.text, "application/sparql-results+json").decode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, help="an N-Triples file (default: the graph of the embedded store)")
    ap.add_argument("--keep", type=Path, help="keep Virtuoso's database and log in this folder")
    ap.add_argument("--verbose", action="store_true", help="show every difference, not only the first lines")
    args = ap.parse_args(argv)
    if not shutil.which("virtuoso-t") or not shutil.which("isql-vt"):
        print("virtuoso: not installed (apt-get install virtuoso-opensource)", file=sys.stderr)
        return 2
    from srkg.rdf.store import open_store

    store = open_store()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="srkg-virtuoso-"))
    folder.mkdir(parents=True, exist_ok=True)
    folder = folder.resolve()
    v = Virtuoso(folder)
    t0 = time.monotonic()
    try:
        if args.data:
            data = args.data
            import pyoxigraph as ox
            n = sum(1 for _ in ox.parse(path=str(data), format=ox.RdfFormat.N_TRIPLES))
        else:
            data = folder / "data.nt"
            n = compare.dump_ntriples(store, data)
        try:
            v.start()
        except RuntimeError as err:
            print(f"virtuoso: {err}", file=sys.stderr)
            return 2
        v.load(data, GRAPH)
        count = json.loads(v.request("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "application/sparql-results+json"))
        loaded = int(count["results"]["bindings"][0]["n"]["value"])
        print(f"virtuoso: loaded {loaded} triples of {n} into <{GRAPH}> in {time.monotonic() - t0:.1f} s")
        if loaded != n:
            print(f"virtuoso: expected {n} triples, the graph holds {loaded}", file=sys.stderr)
            return 1
        cases = compare.cases()
        agree = differ = failed = 0
        for case in cases:
            expected = compare.oxigraph_answer(store, case)
            try:
                got = answer(v, case)
            except urllib.error.HTTPError as err:
                failed += 1
                msg = err.read().decode("utf-8", "replace").strip().splitlines()
                print(f"FAILED  {case.label}: HTTP {err.code}: {' '.join(msg[:3])[:300]}")
                continue
            except (ValueError, OSError) as err:
                failed += 1
                print(f"FAILED  {case.label}: {err}")
                continue
            diff = compare.differences(case, expected, got, ("oxigraph", "virtuoso"), limit=50 if args.verbose else 3)
            if diff:
                differ += 1
                print(f"DIFFERS {case.label}")
                for line in diff:
                    print("    " + line)
            else:
                agree += 1
        print(f"virtuoso: {len(cases)} cases, {agree} agree, {differ} differ, {failed} failed "
              f"({time.monotonic() - t0:.1f} s)")
        return 0 if agree == len(cases) else 1
    finally:
        v.stop()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
