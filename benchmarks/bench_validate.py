"""Benchmark ``srkg validate`` against the plain pySHACL way and Apache Jena SHACL.

For each size it generates realistic new data (benchmarks/gen_claims.py, about
1% of the nodes broken), then runs, each in its own process, timed with
/usr/bin/time (wall time and peak resident memory):

* ``srkg validate --format json`` (the fast engine);
* the plain way: pySHACL with RDFS inference over data, graph and ontology
  (data, graph and ontology parsed by rdflib into one graph,
  ``pyshacl.validate(g, shacl_graph=shapes, inference="rdfs")``; passing the
  ontology and graph as ``ont_graph`` instead gave hundreds of false sh:class
  results on links into the graph); by default only up to --pyshacl-max triples;
* pySHACL without inference over the same merged graph (the reference that
  our engine must match exactly); also up to --pyshacl-max;
* Apache Jena's ``shacl validate`` (Debian libapache-jena-java, via
  benchmarks/jena_shacl.sh) over one file holding ontology, graph and data;
* pyshacl-turbo (Rust, pySHACL's API) over the same file, no inference: the
  engine the default one hands uncompiled shapes to, measured as a peer.

The goals of issue 13 are checked at the end, from the figures of this run:
the default engine at most 1.0x Jena's time at 1M triples, under 1 GB there,
and at least 20x faster than pySHACL (no inference, the reference) at 100k.

Results are compared as multisets of (focus, path, value, component, shape),
blank nodes as "_:", restricted to the nodes the new data describes.  RDFS
inference makes pySHACL miss sh:class violations whose wrong value RDFS types
into the expected class through rdfs:range (and see extra nodes typed through
rdfs:domain/range); those differences are counted and checked to be exactly
of that kind.

    .venv/bin/python benchmarks/bench_validate.py [--sizes 10000 100000 1000000] [--pyshacl-max 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PY = sys.executable
SRKG = str(Path(PY).with_name("srkg"))
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

from gen_claims import generate  # noqa: E402

SH = "http://www.w3.org/ns/shacl#"
OURS_ONLY = {"https://w3id.org/srkg/shapes#UndefinedName", "https://w3id.org/srkg/shapes#OntologyChange",
             "https://w3id.org/srkg/shapes#EvidenceMismatch"}

TURBO_SCRIPT = r"""
import sys, pyshacl_turbo
data, shapes, out = sys.argv[1], sys.argv[2], sys.argv[3]
conforms, rg, _ = pyshacl_turbo.validate(data, shacl_graph=shapes, data_graph_format="turtle",
                                         shacl_graph_format="turtle", inference="none", advanced=True,
                                         allow_infos=True, allow_warnings=True)
rg.serialize(out, format="nt")
"""

PYSHACL_SCRIPT = r"""
import sys, rdflib, pyshacl
sys.path.insert(0, sys.argv[4])
from srkg import paths
from srkg.rdf.reader import load_graph
data_file, inference, out = sys.argv[1], sys.argv[2], sys.argv[3]
shapes = load_graph(paths.shapes_files())
if inference == "rdfs":   # the plain way: data, graph and ontology parsed by rdflib into one graph, RDFS
    data = rdflib.Graph()
    for f in paths.ontology_files() + paths.instance_files() + [data_file]:
        data.parse(f)
    conforms, rg, _ = pyshacl.validate(data, shacl_graph=shapes, inference="rdfs", advanced=True)
else:                     # the reference: one merged graph, no inference
    data = load_graph(paths.ontology_files() + paths.instance_files() + [data_file])
    conforms, rg, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True)
rg.serialize(out, format="nt")
"""


LAST_CPU = [float("nan")]


def timed(cmd: list[str], *, stdout=None, env=None) -> tuple[float, float, int]:
    """Run cmd; (wall seconds, peak RSS MB, exit code), peak memory from /usr/bin/time.

    The CPU seconds (user + system) of the run are left in LAST_CPU[0]: on a
    shared machine they vary less than wall time.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        full = ["/usr/bin/time", "-f", "%U %S %e %M", "-o", tf.name] + cmd if Path("/usr/bin/time").exists() else cmd
        t0 = time.perf_counter()
        proc = subprocess.run(full, stdout=stdout, stderr=subprocess.PIPE, env=env)
        wall = time.perf_counter() - t0
        peak = float("nan")
        text = Path(tf.name).read_text().split()
        if len(text) >= 4:
            peak = int(text[-1]) / 1024
            LAST_CPU[0] = float(text[-4]) + float(text[-3])
        if proc.returncode not in (0, 1):
            sys.stderr.write(proc.stderr.decode(errors="replace")[-2000:])
        return wall, peak, proc.returncode


def new_subjects(path: Path) -> set[str]:
    import pyoxigraph as ox

    return {q.subject.value for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
            if isinstance(q.subject, ox.NamedNode)}


def key(focus, path, value, component, shape) -> tuple:
    b = lambda t: "_:" if t is not None and (t.startswith("_:") or t.startswith("n") and len(t) > 30 and ":" not in t) else t  # noqa: E731
    return (b(focus), path, b(value), component, shape)


def results_of_report(path: Path, subjects: set[str]) -> Counter:
    import rdflib

    g = rdflib.Graph().parse(path)
    sh = rdflib.Namespace(SH)
    c: Counter = Counter()
    for r in g.subjects(rdflib.RDF.type, sh.ValidationResult):
        focus = g.value(r, sh.focusNode)
        if isinstance(focus, rdflib.URIRef) and str(focus) not in subjects:
            continue
        val = g.value(r, sh.value)
        shape = g.value(r, sh.sourceShape)
        c[key("_:" if isinstance(focus, rdflib.BNode) else str(focus),
              str(g.value(r, sh.resultPath)) if g.value(r, sh.resultPath) is not None else None,
              None if val is None else ("_:" if isinstance(val, rdflib.BNode) else val.n3()),
              str(g.value(r, sh.sourceConstraintComponent)),
              str(shape) if isinstance(shape, rdflib.URIRef) else None)] += 1
    return c


def results_of_json(doc: dict) -> Counter:
    c: Counter = Counter()
    for r in doc["results"]:
        if r["constraint"] in OURS_ONLY:
            continue
        v = r["value"]
        if v is not None and not v.startswith('"') and not v.startswith("_:"):
            v = f"<{v}>"
        if v is not None and v.startswith('"'):
            from rdflib.util import from_n3
            v = from_n3(v).n3()
        c[key(r["focus"], r["path"], v, r["constraint"], r["source_shape"])] += 1
    return c


def explained_by_rdfs(missing: Counter) -> bool:
    """True when every result pySHACL+RDFS misses is a class/or constraint on a property with an rdfs:range."""
    import rdflib

    from srkg import paths
    from srkg.rdf.reader import load_graph

    onto = load_graph(paths.ontology_files())
    has_range = {str(s) for s in onto.subjects(rdflib.RDFS.range, None)}
    return all(k[3] in (SH + "ClassConstraintComponent", SH + "OrConstraintComponent",
                        SH + "MinCountConstraintComponent")  # minCount: only via a wrongly inferred node
               and (k[1] in has_range or k[1] is None) for k in missing)


def run_size(n: int, args) -> dict:
    OUT.mkdir(exist_ok=True)
    data = OUT / f"claims-{n}.ttl"
    made = generate(n, data)
    import pyoxigraph as ox
    triples = sum(1 for _ in ox.parse(path=str(data), format=ox.RdfFormat.TURTLE))
    subjects = new_subjects(data)
    row: dict = {"size": n, "triples": triples, "mistakes": sum(made.values())}
    print(f"\n== {triples} triples of new data ({row['mistakes']} mistakes made) ==", flush=True)

    # srkg validate
    times = []
    for _ in range(args.repeat):
        with open(OUT / f"srkg-{n}.json", "wb") as fh:
            wall, peak, rc = timed([SRKG, "validate", "--format", "json", str(data)], stdout=fh)
        times.append((wall, peak))
    wall, peak = sorted(times)[len(times) // 2]
    doc = json.loads((OUT / f"srkg-{n}.json").read_text())
    ours = results_of_json(doc)
    row["srkg"] = (wall, peak)
    row["srkg_cpu"] = LAST_CPU[0]
    print(f"srkg validate        {wall:8.2f} s {peak:8.0f} MB {LAST_CPU[0]:7.1f} s CPU  {sum(ours.values())} SHACL results "
          f"(+{doc['violations'] + doc['warnings'] + doc['infos'] - sum(ours.values())} undefined names)", flush=True)

    merged = OUT / f"jena-data-{n}.ttl"
    from srkg import paths
    with merged.open("wb") as out:
        for f in paths.ontology_files() + paths.instance_files() + [data]:
            out.write(f.read_bytes())
            out.write(b"\n")
    shapes = OUT / "shapes.ttl"
    shapes.write_bytes(b"\n".join(f.read_bytes() for f in paths.shapes_files()))

    # pyshacl-turbo, over the same merged file
    script = OUT / "run_turbo.py"
    script.write_text(TURBO_SCRIPT)
    rep = OUT / f"turbo-{n}.nt"
    wall, peak, rc = timed([PY, str(script), str(merged), str(shapes), str(rep)])
    if rc == 0 and rep.exists():
        turbo = results_of_report(rep, subjects)
        row["turbo"] = (wall, peak)
        same = turbo == ours
        row["turbo_same"] = same
        print(f"pyshacl-turbo        {wall:8.2f} s {peak:8.0f} MB {LAST_CPU[0]:7.1f} s CPU  {sum(turbo.values())} results; "
              f"same as srkg: {same}", flush=True)
        if not same:
            print("   only srkg:", list((ours - turbo).items())[:5])
            print("   only turbo:", list((turbo - ours).items())[:5])
    else:
        print("pyshacl-turbo: did not run (pip install pyshacl-turbo)")

    # Jena
    if shutil.which("java") and Path("/usr/share/java/jena-shacl.jar").exists():
        rep = OUT / f"jena-{n}.ttl"
        with rep.open("wb") as fh:
            wall, peak, rc = timed([str(HERE / "jena_shacl.sh"), "--shapes", str(shapes), "--data", str(merged)],
                                   stdout=fh)
        jena = results_of_report(rep, subjects)
        row["jena"] = (wall, peak)
        row["jena_cpu"] = LAST_CPU[0]
        same = jena == ours
        row["jena_same"] = same
        print(f"Jena shacl validate  {wall:8.2f} s {peak:8.0f} MB {LAST_CPU[0]:7.1f} s CPU  {sum(jena.values())} results; "
              f"same as srkg: {same}", flush=True)
        if not same:
            print("   only srkg:", list((ours - jena).items())[:5])
            print("   only Jena:", list((jena - ours).items())[:5])
    else:
        print("Jena: not installed (apt-get install -y libapache-jena-java)")

    # pySHACL
    if triples <= args.pyshacl_max:
        script = OUT / "run_pyshacl.py"
        script.write_text(PYSHACL_SCRIPT)
        for inference in ("none",) if args.skip_rdfs else ("none", "rdfs"):
            rep = OUT / f"pyshacl-{inference}-{n}.nt"
            wall, peak, rc = timed([PY, str(script), str(data), inference, str(rep), str(ROOT / "src")])
            res = results_of_report(rep, subjects)
            row[f"pyshacl_{inference}"] = (wall, peak)
            if inference == "none":
                same = res == ours
                row["pyshacl_same"] = same
                print(f"pyshacl, no inference{wall:8.2f} s {peak:8.0f} MB {LAST_CPU[0]:7.1f} s CPU  {sum(res.values())} results; "
                      f"same as srkg: {same}", flush=True)
                if not same:
                    print("   only srkg:", list((ours - res).items())[:5])
                    print("   only pyshacl:", list((res - ours).items())[:5])
            else:
                missing, extra = ours - res, res - ours
                ok = explained_by_rdfs(missing)
                row["rdfs_diff"] = (sum(missing.values()), sum(extra.values()), ok)
                print(f"pyshacl, RDFS (plain){wall:8.2f} s {peak:8.0f} MB {LAST_CPU[0]:7.1f} s CPU  {sum(res.values())} results; "
                      f"misses {sum(missing.values())} that RDFS range inference hides (explained: {ok}), "
                      f"{sum(extra.values())} extra on nodes RDFS types anew", flush=True)
                if not ok:
                    print("   unexplained:", list(missing.items())[:5])
    return row


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--pyshacl-max", type=int, default=110_000, help="skip pySHACL above this many triples")
    ap.add_argument("--repeat", type=int, default=1, help="runs of srkg validate per size (median reported)")
    ap.add_argument("--skip-rdfs", action="store_true", help="leave out pySHACL with RDFS inference (the slowest run)")
    args = ap.parse_args(argv)
    rows = [run_size(n, args) for n in args.sizes]
    print("\n== summary (wall time; see the CPU seconds above when the machine is shared) ==")
    print(f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    nan = (float("nan"), float("nan"))
    print(f"{'triples':>9} {'srkg s':>8} {'MB':>6} {'Jena s':>8} {'MB':>6} {'turbo s':>8} {'MB':>6} "
          f"{'pyshacl s':>10} {'pyshacl-RDFS s':>15} {'x pyshacl':>10} {'srkg/Jena':>10} {'srkg/turbo':>11}")
    for r in rows:
        s, sm = r["srkg"]
        j, jm = r.get("jena", nan)
        t, tm = r.get("turbo", nan)
        p0, _ = r.get("pyshacl_none", nan)
        p, _pm = r.get("pyshacl_rdfs", nan)
        print(f"{r['triples']:>9} {s:>8.2f} {sm:>6.0f} {j:>8.2f} {jm:>6.0f} {t:>8.2f} {tm:>6.0f} {p0:>10.2f} "
              f"{p:>15.2f} {p0 / s:>10.1f} {s / j:>10.2f} {s / t:>11.2f}")
    ok = all(r.get("jena_same", True) and r.get("pyshacl_same", True) and r.get("turbo_same", True)
             and r.get("rdfs_diff", (0, 0, True))[2] for r in rows)
    print("all engines agree (pySHACL+RDFS up to what RDFS inference hides):", ok)
    goals = []
    for r in rows:
        s, sm = r["srkg"]
        if r["triples"] >= 900_000 and "jena" in r:
            goals.append((f"default engine <= 1.0x Jena at {r['triples']} triples", s / r["jena"][0] <= 1.0,
                          f"{s / r['jena'][0]:.2f}x"))
            goals.append((f"memory < 1 GB at {r['triples']} triples", sm < 1024, f"{sm:.0f} MB"))
        if 90_000 <= r["triples"] <= 110_000 and "pyshacl_none" in r:
            goals.append((f">= 20x pySHACL at {r['triples']} triples", r["pyshacl_none"][0] / s >= 20,
                          f"{r['pyshacl_none'][0] / s:.1f}x"))
    for name, met, figure in goals:
        print(f"goal: {name}: {figure}: {'met' if met else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
