"""Benchmark: `srkg load` over HTTP into a running Oxigraph server vs Oxigraph's own bulk loader.

For each size (default 10 thousand, 100 thousand and 1 million triples) the script

1. generates realistic data of our vocabulary into ``benchmarks/out/bench-load-N.ttl``
   (journal articles with title, DOI, year and journal; ordered author contributions;
   persons; characterizations with their evidence nodes and Web Annotation selectors,
   the way ``instances/`` models them; synthetic IRIs under ``sr:bench/``);
2. loads it with ``srkg load --file F --graph G --no-validate`` (a subprocess, timed,
   its peak memory read with ``wait4``) into a freshly started Oxigraph server, in
   memory (``oxigraph serve``) and/or on disk (``oxigraph serve --location``), twice:
   into an empty graph, then replacing it;
3. loads the same file with ``oxigraph load --location DIR --file F --graph G`` into
   an empty store of its own;

and prints triples per second, peak memory and the ratio srkg / native (goal: at
least 0.5 at one million triples).  ``--paths direct staging`` measures both ways of
replacing a graph: ``direct`` is what srkg does on Oxigraph (one transactional Graph Store
PUT), ``staging`` what it does on other stores (staging graph, COUNT, MOVE; driven here
through ``--store generic`` on the same Oxigraph).  Validation is not timed here (``--no-validate``):
it has its own benchmark.

Run: ``.venv/bin/python benchmarks/bench_load.py [--sizes 10000 100000 1000000] [--server memory disk]
[--repeat 3]`` (the machine should be otherwise idle; rounds interleave native and srkg runs).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(ROOT / "src"))

from srkg.remote.serve import OxigraphServer, find_oxigraph  # noqa: E402

GRAPH = "https://w3id.org/srkg/graph/bench"
PREFIXES = """@prefix srkg: <https://w3id.org/srkg/ontology#> .
@prefix sr:   <https://w3id.org/srkg/id/bench/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix oa:   <http://www.w3.org/ns/oa#> .
"""
TYPES = ["Alliance", "DeFactoAlliance", "Alignment", "StrategicAlignment", "StrategicPartnership", "AxisOfConvenience"]
PER_UNIT = 40  # triples written per unit below


def unit(i: int) -> str:
    y = 1950 + i % 75
    a1, a2 = f"person{i}", f"person{i}b"
    s = (i * 7919) % 50000
    t = TYPES[i % len(TYPES)]
    return f"""sr:work{i} a srkg:JournalArticle ;
    rdfs:label "Author {i} ({y})"@en ;
    srkg:title "Between partnership and rivalry: a study of regional cooperation, part {i}" ;
    srkg:doi "10.9999/srkg-bench.{i}" ;
    srkg:publicationYear "{y}"^^xsd:gYear ;
    srkg:publishedIn sr:journal{i % 40} ;
    srkg:hasContribution sr:work{i}-c1 , sr:work{i}-c2 .
sr:work{i}-c1 a srkg:Contribution ; srkg:contributor sr:{a1} ; srkg:position 1 ; srkg:contributionTo sr:work{i} .
sr:work{i}-c2 a srkg:Contribution ; srkg:contributor sr:{a2} ; srkg:position 2 ; srkg:contributionTo sr:work{i} .
sr:{a1} a srkg:Person ; rdfs:label "Given{i} Surname{i}"@en .
sr:{a2} a srkg:Person ; rdfs:label "Other{i} Name{i}"@en .
sr:claim{i} a srkg:Characterization ;
    rdfs:label "Author {i} ({y}): the relationship as {t}"@en ;
    srkg:about sr:relationship{i % 10} ;
    srkg:assignsType sr:{t} ;
    srkg:explainedBy sr:factor{i % 12} , sr:factor{(i + 5) % 12} ;
    srkg:madeIn sr:work{i} ;
    srkg:reportedIn sr:review ;
    srkg:hasEvidence sr:ev-claim{i} .
sr:ev-claim{i} a oa:SpecificResource ;
    oa:hasSource sr:review-text ;
    oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "a relationship of convenience, number {i}" ;
                     oa:prefix "scholars have described it as " ; oa:suffix " in the years since the end" ] ,
                   [ a oa:TextPositionSelector ; oa:start {s} ; oa:end {s + 41} ] .
"""


def generate(n: int) -> tuple[Path, int]:
    """Write about ``n`` triples (whole units) to benchmarks/out; return (path, exact triple count)."""
    import pyoxigraph as ox

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"bench-load-{n}.ttl"
    units = max(1, round(n / PER_UNIT))
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            fh.write(PREFIXES)
            for i in range(units):
                fh.write(unit(i))
        tmp.replace(path)
    count = sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    assert count == units * PER_UNIT, (count, units * PER_UNIT)
    return path, count


def run_timed(cmd: list[str], env: dict | None = None) -> tuple[float, int, int, str, str]:
    """(seconds, peak RSS in MiB, exit code, stdout, stderr) of one child process."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        seconds = time.perf_counter() - start
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return seconds, usage.ru_maxrss // 1024, p.returncode, out.read(), err.read()


def native(path: Path) -> tuple[float, int]:
    folder = Path(tempfile.mkdtemp(prefix="bench-native-", dir=OUT))
    try:
        sec, rss, code, out, err = run_timed([str(find_oxigraph()), "load", "--location", str(folder),
                                              "--file", str(path), "--graph", GRAPH])
        if code != 0:
            raise SystemExit(f"oxigraph load failed: {err[-300:]}")
        return sec, rss
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def srkg_load(url: str, path: Path, timeout: float, how: str = "direct") -> tuple[float, int, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    base = url.rsplit("/", 1)[0]
    extra = [] if how == "direct" else ["--store", "generic", "--update-endpoint", base + "/update",
                                        "--gsp-endpoint", base + "/store"]
    sec, rss, code, out, err = run_timed([sys.executable, "-m", "srkg.cli", "load", "--endpoint", url, *extra,
                                          "--file", str(path), "--graph", GRAPH, "--no-validate", "--no-progress",
                                          "--timeout", str(timeout), "-v"], env=env)
    if code != 0:
        raise SystemExit(f"srkg load failed: {err.strip()}")
    steps = re.search(r"steps: (.*)", out)
    return sec, rss, steps.group(1) if steps else ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--server", nargs="+", choices=("memory", "disk"), default=["memory", "disk"],
                    help="Oxigraph server storage to load into (default: both)")
    ap.add_argument("--timeout", type=float, default=1800.0)
    ap.add_argument("--repeat", type=int, default=1, help="rounds per size; medians are reported (default 1)")
    ap.add_argument("--paths", nargs="+", choices=("direct", "staging"), default=["direct"],
                    help="how srkg replaces the graph: direct (Oxigraph's default) and/or staging (other stores')")
    args = ap.parse_args(argv)

    rows = []
    for n in args.sizes:
        path, triples = generate(n)
        mb = path.stat().st_size / 2**20
        print(f"\n{triples:,} triples ({mb:.1f} MiB Turtle), {args.repeat} round(s), native and srkg interleaved",
              flush=True)
        nat: list[tuple[float, int]] = []
        runs: dict[tuple[str, str], list[tuple[float, int, str]]] = {}
        for _ in range(args.repeat):
            nat.append(native(path))
            print(f"  oxigraph load (native bulk loader, on disk): {nat[-1][0]:7.2f} s, "
                  f"{triples / nat[-1][0]:9,.0f} triples/s, peak {nat[-1][1]} MiB", flush=True)
            for mode in args.server:
                for how in args.paths:
                    folder = Path(tempfile.mkdtemp(prefix="bench-server-", dir=OUT)) if mode == "disk" else None
                    server = OxigraphServer(location=folder, port=0, union_default_graph=True).start()
                    try:
                        for run in ("empty graph", "replacing"):
                            sec, rss, steps = srkg_load(server.query_url, path, args.timeout, how)
                            runs.setdefault((f"{mode}, {how}", run), []).append((sec, rss, steps))
                            print(f"  srkg load -> server {mode:6} {how:7} {run:11}: {sec:7.2f} s, "
                                  f"{triples / sec:9,.0f} triples/s, peak {rss:4} MiB  [{steps}]", flush=True)
                    finally:
                        server.stop()
                        if folder:
                            shutil.rmtree(folder, ignore_errors=True)
        nat_s = statistics.median(x[0] for x in nat)
        nat_rate = triples / nat_s
        for (mode, run), xs in runs.items():
            sec = statistics.median(x[0] for x in xs)
            rss = max(x[1] for x in xs)
            rate = triples / sec
            rows.append((triples, mode, run, sec, rate, rss, nat_s, nat_rate, rate / nat_rate))

    print("\nMedians (peak memory: the largest seen):")
    print("| triples | server | srkg load into | srkg s | srkg triples/s | srkg peak MiB | native s "
          "| native triples/s | ratio |")
    print("|---|---|---|---|---|---|---|---|---|")
    for t, mode, run, sec, rate, rss, ns, nr, ratio in rows:
        print(f"| {t:,} | {mode} | {run} | {sec:.2f} | {rate:,.0f} | {rss} | {ns:.2f} | {nr:,.0f} | {ratio:.2f} |")
    big = [r for r in rows if r[0] == max(r[0] for r in rows)]
    for r in big:
        verdict = "meets" if r[8] >= 0.5 else "misses"
        print(f"goal (ratio >= 0.5 at the largest size, {r[0]:,} triples), server {r[1]}, {r[2]}: "
              f"{r[8]:.2f} -> {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
