"""Benchmark ``srkg query``, cold, against the pyoxigraph floor and the plain rdflib way.

For every stored query (with its example parameters) and each graph size, it times:

* **srkg**: ``srkg query NAME --param ... --format csv`` in a new process each time;
* **floor**: a minimal script that starts Python, loads the same files into an in-memory
  pyoxigraph store and runs the same query text (with the same VALUES row), nothing else;
* **rdflib**: parse the same Turtle into an rdflib ``Graph`` and run the same query.
  On the shipped graph this is a new process per run like the others; on a grown graph
  (where one parse takes minutes) the graph is parsed once in one process and each
  query is charged start-up + import + parse + its own query time, which is what a cold
  run would cost.

Sizes: ``shipped`` (ontology + instances as they are) and numbers of extra triples made
by ``gen_graph.py`` (e.g. 1000000), placed in a data folder under benchmarks/out/ that
links the real ontology, queries and instances and adds the generated file.  For a grown
graph the first ``srkg query`` builds the on-disk cache (for any size: opening it
read-only is faster than re-parsing even the shipped graph); that build is timed and
reported apart, and the runs after it are the cold runs measured.  Every timed process
runs with bytecode caching on (PYTHONDONTWRITEBYTECODE removed), as after a normal
install, after one untimed warm-up run per query and engine.

    .venv/bin/python benchmarks/bench_query.py                       # shipped and 1M
    .venv/bin/python benchmarks/bench_query.py --sizes shipped --repeat 5
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PY = sys.executable
RDFLIB_LIMIT = 300  # seconds per rdflib query on a grown graph; beyond it the figure is a lower bound
SRKG = str(Path(PY).parent / "srkg")

FLOOR = r'''
import sys
import pyoxigraph as ox
query = open(sys.argv[1], encoding="utf-8").read()
store = ox.Store()
for f in sys.argv[2:]:
    store.load(path=f, format=ox.RdfFormat.TURTLE)
result = store.query(query)
print(1 if isinstance(result, ox.QueryBoolean) else sum(1 for _ in result))
'''

RDFLIB_COLD = r'''
import sys
import rdflib
query = open(sys.argv[1], encoding="utf-8").read()
g = rdflib.Graph()
for f in sys.argv[2:]:
    g.parse(f, format="turtle")
result = g.query(query)
print(1 if result.type == "ASK" else len(result))
'''

RDFLIB_ONCE = r'''
import json, signal, sys, time
LIMIT = int(sys.argv[2]) if len(sys.argv) > 2 else 300
class Slow(Exception):
    pass
def alarm(*_):
    raise Slow()
signal.signal(signal.SIGALRM, alarm)
t0 = time.perf_counter()
import rdflib
t1 = time.perf_counter()
spec = json.load(open(sys.argv[1], encoding="utf-8"))
g = rdflib.Graph()
for f in spec["files"]:
    g.parse(f, format="turtle")
t2 = time.perf_counter()
times = {}
for name, path in spec["queries"].items():
    q = open(path, encoding="utf-8").read()
    s = time.perf_counter()
    signal.alarm(LIMIT)
    try:
        r = g.query(q)
        n = 1 if r.type == "ASK" else len(r)
        times[name] = time.perf_counter() - s
    except Slow:
        times[name] = None  # gave up after LIMIT seconds
    finally:
        signal.alarm(0)
print(json.dumps({"import": t1 - t0, "parse": t2 - t1, "queries": times}))
'''


def clean_env(**extra: str) -> dict:
    """The environment of every timed process: bytecode caching on, as in a normal install."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


LAST_CPU = 0.0


def _cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run(cmd: list[str], env: dict | None = None, timeout: float = 3600) -> tuple[float, str]:
    """Wall seconds and stdout of one cold process; its CPU seconds go to LAST_CPU."""
    global LAST_CPU
    env = env if env is not None else clean_env()
    c0 = _cpu()
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
    dt = time.perf_counter() - t
    LAST_CPU = _cpu() - c0
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])}... failed ({r.returncode}): {r.stderr.strip()[:300]}")
    return dt, r.stdout


def data_root(size: str) -> Path:
    """The data folder for a size: the project itself, or a grown copy under out/."""
    if size == "shipped":
        return ROOT
    n = int(size)
    root = OUT / f"root-{n}"
    gen = OUT / f"gen-{n}.ttl"
    if not gen.is_file():
        sys.path.insert(0, str(HERE))
        from gen_graph import generate

        t = time.perf_counter()
        units = generate(n, gen)
        print(f"# generated {units} works (~{n} triples) in {time.perf_counter() - t:.1f} s -> {gen}", flush=True)
    if root.exists():
        shutil.rmtree(root)
    (root / "instances").mkdir(parents=True)
    os.symlink(ROOT / "ontology", root / "ontology")
    os.symlink(ROOT / "queries", root / "queries")
    for f in sorted((ROOT / "instances").rglob("*")):  # link files, not folders: rglob does not follow links
        if f.is_file():
            target = root / "instances" / f.relative_to(ROOT / "instances")
            target.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(f, target)
    os.symlink(gen, root / "instances" / gen.name)
    return root


def prepare(names: list[str] | None):
    sys.path.insert(0, str(ROOT / "src"))
    from srkg.sparql import queries

    cat = [q for q in queries.catalogue() if names is None or q.name in names]
    qdir = OUT / "q"
    qdir.mkdir(parents=True, exist_ok=True)
    plan = []
    for q in cat:
        params = {p.name: p.example for p in q.params if p.example is not None}
        text = queries.with_values(q.text, queries.bind(q, params))
        f = qdir / f"{q.name}.rq"
        f.write_text(text, encoding="utf-8")
        args = []
        for k, v in params.items():
            args += ["--param", f"{k}={v}"]
        fmt = {"select": "tsv", "ask": "tsv"}.get(q.form, "nt")
        plan.append((q.name, q.form, f, args + (["--format", fmt] if q.form != "ask" else [])))
    return plan


def bench_size(size: str, plan, repeat: int, rdflib_mode: str) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    from srkg.rdf.store import data_files

    root = data_root(size)
    files = [str(p) for p in data_files(root)]
    triples = None
    import pyoxigraph as ox

    s = ox.Store()
    t = time.perf_counter()
    for f in files:
        s.load(path=f, format=ox.RdfFormat.TURTLE)
    load_s = time.perf_counter() - t
    triples = len(s)
    del s
    floor_py, cold_py, once_py = OUT / "floor.py", OUT / "rdflib_cold.py", OUT / "rdflib_once.py"
    floor_py.write_text(FLOOR)
    cold_py.write_text(RDFLIB_COLD)
    once_py.write_text(RDFLIB_ONCE)
    env = clean_env(SRKG_CACHE_DIR=str(OUT / "cache"), SRKG_HOME=str(root))
    print(f"\n## {size}: {triples} triples in {len(files)} files ({sum(os.path.getsize(f) for f in files) / 2**20:.1f} MiB); "
          f"pyoxigraph in-memory load {load_s:.2f} s", flush=True)
    build = None
    first = plan[0]
    shutil.rmtree(OUT / "cache", ignore_errors=True)
    dt, _ = run([SRKG, "query", first[0], *first[3], "--root", str(root)], env)
    build = dt
    print(f"# first srkg run (builds the on-disk cache; not counted below): {dt:.2f} s", flush=True)
    for name, form, qfile, args in plan:  # warm the OS page cache and the .pyc files for every engine alike
        run([SRKG, "query", name, *args, "--root", str(root)], env)
        run([PY, str(floor_py), str(qfile), *files])

    res = {}
    for name, form, qfile, args in plan:
        sr, fl, rl, src, flc = [], [], [], [], []
        for _ in range(repeat):
            dt, out = run([SRKG, "query", name, *args, "--root", str(root)], env)
            sr.append(dt)
            src.append(LAST_CPU)
            dt, fout = run([PY, str(floor_py), str(qfile), *files])
            fl.append(dt)
            flc.append(LAST_CPU)
            if form == "select":
                n_srkg = max(0, len(out.splitlines()) - 1)
                if n_srkg != int(fout.strip()):
                    raise RuntimeError(f"{name}: srkg gave {n_srkg} rows, the floor {fout.strip()}")
            if rdflib_mode == "cold":
                dt, _ = run([PY, str(cold_py), str(qfile), *files])
                rl.append(dt)
        res[name] = {"srkg": statistics.median(sr), "floor": statistics.median(fl),
                     "srkg_cpu": statistics.median(src), "floor_cpu": statistics.median(flc),
                     "rdflib": statistics.median(rl) if rl else None}
        print(f"  {name:30s} srkg {res[name]['srkg'] * 1000:8.0f} ms   floor {res[name]['floor'] * 1000:8.0f} ms"
              + (f"   rdflib {res[name]['rdflib'] * 1000:8.0f} ms" if rl else ""), flush=True)
    if rdflib_mode == "once":
        spec = OUT / "rdflib_spec.json"
        spec.write_text(json.dumps({"files": files, "queries": {n: str(f) for n, _, f, _ in plan}}))
        startup, _ = run([PY, "-c", "pass"])
        dt, out = run([PY, str(once_py), str(spec), str(RDFLIB_LIMIT)], timeout=7200)
        info = json.loads(out)
        base = startup + info["import"] + info["parse"]
        print(f"# rdflib: start {startup:.2f} s + import {info['import']:.2f} s + parse {info['parse']:.1f} s, then per query",
              flush=True)
        for n in res:
            qt = info["queries"][n]
            res[n]["rdflib"] = base + (qt if qt is not None else RDFLIB_LIMIT)
            res[n]["rdflib_gave_up"] = qt is None
            print(f"  {n:30s} rdflib {res[n]['rdflib']:8.1f} s" + ("  (stopped at the limit: a lower bound)" if qt is None else ""),
                  flush=True)
    return {"size": size, "triples": triples, "first_run": build, "per_query": res}


def summarize(r: dict) -> None:
    pq = r["per_query"]
    sr = [v["srkg"] for v in pq.values()]
    fl = [v["floor"] for v in pq.values()]
    ratios = [v["srkg"] / v["floor"] for v in pq.values()]
    print(f"\n### {r['size']} ({r['triples']} triples), {len(pq)} queries")
    print(f"median srkg query   {statistics.median(sr) * 1000:8.0f} ms")
    print(f"median floor        {statistics.median(fl) * 1000:8.0f} ms")
    print(f"srkg / floor        median of medians {statistics.median(sr) / statistics.median(fl):.2f}x, "
          f"median per-query ratio {statistics.median(ratios):.2f}x, worst {max(ratios):.2f}x  (goal <= 1.5x)")
    sc = [v["srkg_cpu"] for v in pq.values()]
    fc = [v["floor_cpu"] for v in pq.values()]
    print(f"CPU seconds         srkg {statistics.median(sc) * 1000:.0f} ms, floor {statistics.median(fc) * 1000:.0f} ms, "
          f"ratio {statistics.median(sc) / statistics.median(fc):.2f}x (less sensitive to other load on the machine)")
    print(f"load average        {os.getloadavg()[0]:.2f} (1 min) at the end")
    rl = [v["rdflib"] for v in pq.values() if v["rdflib"] is not None]
    if rl:
        speed = [v["rdflib"] / v["srkg"] for v in pq.values() if v["rdflib"] is not None]
        print(f"median rdflib way   {statistics.median(rl) * 1000:8.0f} ms")
        print(f"rdflib / srkg       median of medians {statistics.median(rl) / statistics.median(sr):.1f}x, "
              f"median per-query {statistics.median(speed):.1f}x, least {min(speed):.1f}x  (goal >= 4x)")
    print(f"first srkg run      {r['first_run']:.2f} s (builds the on-disk cache once per change of the data)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="shipped,1000000", help="comma-separated: shipped and/or numbers of extra triples")
    ap.add_argument("--repeat", type=int, default=3, help="runs per query on the shipped graph (median)")
    ap.add_argument("--big-repeat", type=int, default=1, help="runs per query on a grown graph (median)")
    ap.add_argument("--queries", help="comma-separated query names (default: all stored queries)")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    ap.add_argument("--no-rdflib", action="store_true", help="skip the rdflib way (it takes minutes at 1M triples)")
    args = ap.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    plan = prepare(args.queries.split(",") if args.queries else None)
    results = []
    for size in args.sizes.split(","):
        size = size.strip()
        big = size != "shipped"
        mode = "skip" if args.no_rdflib else ("once" if big else "cold")
        results.append(bench_size(size, plan, args.big_repeat if big else args.repeat, mode))
    for r in results:
        summarize(r)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
