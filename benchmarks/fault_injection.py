"""Fault injection: kill ``srkg load`` (or the server) at random points of many loads.

Against a real Oxigraph server on disk (``--union-default-graph``, as the README asks), each
round replaces one target graph by a new version, and at a random moment one of:

* ``client-kill``: SIGKILL of ``srkg load`` (no cleanup can run);
* ``client-int`` / ``client-term``: SIGINT / SIGTERM of ``srkg load`` (it cleans up);
* ``server-kill``: SIGKILL of the Oxigraph server, restarted on the same folder;
* ``none``: the load runs to its end.

After every round the script checks, through SPARQL as the stored queries see the store:

* the target is *whole*: it holds exactly one version, all of its triples (never a mix, never a part;
  which version is open when a kill came after the body went out: the store may commit it);
* no staging triple is visible through the default graph.

Run: ``.venv/bin/python benchmarks/fault_injection.py [--rounds 20] [--triples 30000] [--seed 1]
[--store oxigraph|generic]`` (``generic`` drives the staging path other stores get, on the same
Oxigraph; then a client kill -9 leaves a staging graph until the next load, which drops it: the
check after that next load is reported separately).  Prints one line per round and a summary;
exit 0 when every check held.

Recorded (2 Dec 2026, busy 2-core machine, seed 1, 30000 triples per version, Oxigraph on disk):
20/20 rounds left the target whole, 20/20 showed no staging triple (kills: 5 client SIGKILL,
4 SIGINT, 1 SIGTERM, 7 server SIGKILL, 3 none; 217 s); a last load left the newest version whole.
The staging path (``--store generic``, 20000 triples, same seed): 20/20 rounds whole; a staging
graph was visible after 8 of the 20 rounds (every server kill and client kill -9 mid-upload: no
cleanup can run), and none after the next load, which drops the leftovers.
The first run of this script found two faults, since fixed: a load cut short after its body
went out still commits, and two concurrent PUTs of one graph leave their union on Oxigraph
(so a signal now waits for the store's answer, and a mixed target is replaced again).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

from srkg.remote.serve import OxigraphServer, free_port  # noqa: E402

GRAPH = "https://example.org/srkg-fault/graph/target"
KINDS = ("client-kill", "client-int", "client-term", "server-kill", "none")


def sparql(url: str, q: str) -> dict:
    import requests

    r = requests.post(url, data={"query": q}, headers={"Accept": "application/sparql-results+json"}, timeout=120)
    r.raise_for_status()
    return r.json()


def versions(url: str) -> dict[str, int]:
    """Triples of the target per version tag (the object literal starts with 'vN ')."""
    q = (f"SELECT ?v (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} BIND(STRBEFORE(STR(?o), ' ') AS ?v) }} "
         f"GROUP BY ?v")
    return {b["v"]["value"]: int(b["n"]["value"]) for b in sparql(url, q)["results"]["bindings"]}


def staging_visible(url: str) -> int:
    """Staging triples the default graph shows (what a stored query would read)."""
    q = ("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), 'https://example.org/fault/')) }")
    total = int(sparql(url, q)["results"]["bindings"][0]["n"]["value"])
    q2 = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"
    in_target = int(sparql(url, q2)["results"]["bindings"][0]["n"]["value"])
    return total - in_target


def write_version(folder: Path, v: int, n: int) -> Path:
    f = folder / f"v{v}.nt"
    with f.open("w") as fh:
        for i in range(n):
            fh.write(f"<https://example.org/fault/s{i}> <https://example.org/fault/p> \"v{v} triple {i}\" .\n")
    return f


@dataclass
class Round:
    n: int
    kind: str
    delay: float
    exit_code: int | None
    found: dict
    whole: bool
    staging: int
    final_whole: bool | None = None
    staging_after_next: int | None = None
    after_kill9: bool = False  # the round before was a client kill -9, whose request may still run

    def line(self) -> str:
        after = "" if self.staging_after_next is None else f", after the next load {self.staging_after_next}"
        return (f"round {self.n:2d}: {self.kind:12s} at {self.delay:5.2f} s, exit {self.exit_code}; target {self.found} "
                f"{'whole' if self.whole else 'NOT WHOLE'}; staging triples visible {self.staging}{after}")


def run(rounds: int = 20, triples: int = 30_000, seed: int = 1, store: str = "oxigraph",
        folder: Path | None = None, log=print) -> list[Round]:
    rng = random.Random(seed)
    tmp = Path(folder or tempfile.mkdtemp(prefix="srkg-faults-"))
    location, port = tmp / "store", free_port()
    server = OxigraphServer(location=location, port=port).start()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for k in ("SRKG_USER", "SRKG_PASSWORD", "SRKG_TOKEN"):
        env.pop(k, None)
    extra = [] if store == "oxigraph" else ["--store", "generic", "--update-endpoint", server.base_url + "/update",
                                            "--gsp-endpoint", server.base_url + "/store"]

    def load(f: Path) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "srkg.cli", "load", "--endpoint", server.query_url, *extra,
                                 "--file", str(f), "--graph", GRAPH, "--no-validate", "--no-progress", "--retries", "0",
                                 "--timeout", "600"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)

    out: list[Round] = []
    try:
        first = write_version(tmp, 0, triples)
        p = load(first)
        p.communicate()
        assert p.returncode == 0, "the first load failed"
        t0 = time.monotonic()
        p = load(first)
        p.communicate()
        duration = time.monotonic() - t0  # a whole reload, to spread the kills over
        for r in range(1, rounds + 1):
            f = write_version(tmp, r, triples)
            kind = rng.choice(KINDS)
            delay = rng.uniform(0.0, duration * 1.1)
            proc = load(f)
            time.sleep(delay)
            if kind == "client-kill":
                proc.send_signal(signal.SIGKILL)
            elif kind == "client-int":
                proc.send_signal(signal.SIGINT)
            elif kind == "client-term":
                proc.send_signal(signal.SIGTERM)
            elif kind == "server-kill":
                server.kill()
            proc.communicate(timeout=900)
            if kind == "server-kill":
                server = OxigraphServer(location=location, port=port).start(timeout=180)
            found = versions(server.query_url)
            # whole: one version, every triple of it; any version tried so far may be the one (a load
            # cut short after its body went out may commit after its client is gone, and says so)
            whole = len(found) == 1 and next(iter(found.values())) == triples and \
                int(next(iter(found))[1:]) <= r
            rnd = Round(r, kind, delay, proc.returncode, found, whole, staging_visible(server.query_url),
                        after_kill9=bool(out) and out[-1].kind == "client-kill")
            out.append(rnd)
            log(rnd.line())
            f.unlink()
        if out:  # a last, uninterrupted load: it drops what a kill -9 left, and repairs a mix
            p = load(write_version(tmp, rounds + 1, triples))
            p.communicate()
            out[-1].staging_after_next = staging_visible(server.query_url)
            final = versions(server.query_url)
            out[-1].final_whole = final == {f"v{rounds + 1}": triples} and p.returncode == 0
            log(f"final uninterrupted load: exit {p.returncode}, target {final}, staging triples visible "
                f"{out[-1].staging_after_next}")
    finally:
        server.stop()
        if folder is None:
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--triples", type=int, default=30_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--store", choices=("oxigraph", "generic"), default="oxigraph")
    args = ap.parse_args()
    start = time.monotonic()
    rounds = run(args.rounds, args.triples, args.seed, args.store)
    whole = sum(r.whole for r in rounds)
    clean = sum(r.staging == 0 for r in rounds)
    kinds = {k: sum(r.kind == k for r in rounds) for k in KINDS}
    not_whole = [r.n for r in rounds if not r.whole]
    print(f"fault injection ({args.store}, {args.triples} triples per version, seed {args.seed}): "
          f"{whole}/{len(rounds)} rounds left the target whole (not whole: rounds {not_whole or 'none'}, of which "
          f"{sum(1 for r in rounds if not r.whole and r.after_kill9)} came right after a client kill -9); "
          f"{clean}/{len(rounds)} showed no staging triple; kills: {kinds}; {time.monotonic() - start:.0f} s")
    if rounds:
        print(f"after a last uninterrupted load: target whole {rounds[-1].final_whole}, "
              f"{rounds[-1].staging_after_next} staging triples visible")
    ok = whole == len(rounds) and (clean == len(rounds) or args.store != "oxigraph") and rounds[-1].final_whole
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
