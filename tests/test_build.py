"""``srkg build``: the release parses, holds what the sources hold, and is written atomically.

The release is built once per session (without HermiT, which has its own slower test at the end).
Counts are compared with counts computed here from the source files with rdflib, a parser the build
does not use for its own re-parse check (pyoxigraph), and with minimums written by hand.
"""

from __future__ import annotations

import hashlib
import html
import importlib.util
import re
import shutil
from pathlib import Path

import pytest
import rdflib
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from srkg import paths
from srkg.release.build import GRAPH_IRIS, BuildRefused, build_release
from srkg.cli import main
from srkg.errors import SrkgError

ROOT = Path(__file__).resolve().parents[1]
SRKG = "https://w3id.org/srkg/ontology#"
SR = "https://w3id.org/srkg/id/"
DATE = "2022-01-06"
HAS_PYLODE = importlib.util.find_spec("pylode") is not None
needs_pylode = pytest.mark.skipif(not HAS_PYLODE, reason="pyLODE is not installed (pip install 'srkg[build]')")
FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".rdf": "xml"}
# written by hand: the files a release must hold
RDF_FILES = [f"srkg-{part}{suffix}" for part in ("ontology", "graph") for suffix in FORMATS]
FIGURE_FILES = [f"figures/{name}.{fmt}" for name in ("literature-map", "timeline", "actor-network")
                for fmt in ("png", "svg")]
DOC_FILES = ["docs/index.html", "docs/ontology.html", "docs/vocabularies.html"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def release(tmp_path_factory):
    """Build once: (release folder, the BuildResult, SHA-256 of the source ontology files before the build)."""
    before = {p: _sha(p) for p in paths.ontology_files()}
    out = tmp_path_factory.mktemp("release") / "dist"
    result = build_release(out, reasoner=False, date=DATE, docs=HAS_PYLODE)
    return out, result, before


@pytest.fixture(scope="session")
def sources():
    """The source graphs, parsed here with rdflib."""
    def parse(files):
        g = Graph()
        for f in files:
            g.parse(f, format=paths.rdf_format(f))
        return g
    onto, inst, shapes = parse(paths.ontology_files()), parse(paths.instance_files()), parse(paths.shapes_files())
    # the release is one ontology: the headers of the extension modules are left out (like robot merge)
    main = URIRef("https://w3id.org/srkg/ontology")
    for module in set(onto.subjects(RDF.type, OWL.Ontology)) - {main}:
        onto.remove((module, None, None))
        onto.remove((None, OWL.imports, module))
    full = Graph()
    for g in (onto, inst):
        for t in g:
            full.add(t)
    assert len(onto) and len(inst) and len(shapes)
    return {"ontology": onto, "instances": inst, "shapes": shapes, "graph": full}


def ours(g: Graph, kinds) -> set[URIRef]:
    return {s for k in kinds for s in g.subjects(RDF.type, k) if str(s).startswith(SRKG)}


# ---------------------------------------------------------------------------
# The files and their counts
# ---------------------------------------------------------------------------
def test_release_holds_the_expected_files(release):
    out, result, _ = release
    expected = RDF_FILES + ["srkg-dataset.trig", "VERSION", "SHA256SUMS"] + FIGURE_FILES
    expected += DOC_FILES if HAS_PYLODE else []
    for name in expected:
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name
    assert {f.path for f in result.files} == set(expected)
    leftovers = [p.name for p in out.parent.iterdir() if p.name.startswith(".dist.")]
    assert leftovers == [], "a temporary folder was left behind"


@pytest.mark.parametrize("name", RDF_FILES)
def test_each_rdf_file_parses_with_rdflib_and_holds_the_source_count(release, sources, name):
    out, _, _ = release
    g = Graph().parse(out / name, format=FORMATS[Path(name).suffix])
    part = "ontology" if name.startswith("srkg-ontology") else "graph"
    assert len(g) == len(sources[part])


def test_counts_are_above_hand_written_minimums(release):
    out, result, _ = release
    onto = Graph().parse(out / "srkg-ontology.ttl")
    full = Graph().parse(out / "srkg-graph.nt", format="nt")
    classes = ours(onto, [OWL.Class])
    props = ours(onto, [OWL.ObjectProperty, OWL.DatatypeProperty])
    # counted by hand in ontology/srkg.ttl when this test was written: 54 classes, 88 properties
    assert len(classes) >= 50 and len(props) >= 80
    for local in ("Actor", "State", "Region", "Relationship", "RelationshipPhase", "Treaty", "Characterization",
                  "ScholarlyWork", "RelationshipType", "Theory"):
        assert URIRef(SRKG + local) in classes, local
    for local in ("Russia", "China", "SovietUnion", "RussiaChinaRelationship", "SinoSovietRelationship",
                  "Korolev2020", "Bobo2008", "BossuytKaczmarek2021", "StrategicAlignment", "Realism"):
        assert (URIRef(SR + local), None, None) in full, local
    assert len(full) > len(onto) + 1000
    assert result.counts["graph"] == len(full)


def test_trig_has_the_named_graphs_of_srkg_load_with_the_source_counts(release, sources):
    """Ontology, vocabularies, one graph per article, shapes: the graphs srkg load makes."""
    out, _, _ = release
    ds = Dataset()
    ds.parse(out / "srkg-dataset.trig", format="trig")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert names == {"https://w3id.org/srkg/graph/ontology", "https://w3id.org/srkg/graph/vocabularies",
                     "https://w3id.org/srkg/graph/article/bossuyt-kaczmarek-2021",
                     "https://w3id.org/srkg/graph/shapes"}
    for part in ("ontology", "shapes"):
        assert len(ds.graph(URIRef(GRAPH_IRIS[part]))) == len(sources[part]), part
    articles = [g for g in names if "/graph/article/" in g or g.endswith("/vocabularies")]
    assert sum(len(ds.graph(URIRef(g))) for g in articles) == len(sources["instances"])


def test_jsonld_loads_with_rdflib(release, sources):
    out, _, _ = release
    g = Graph().parse(out / "srkg-graph.jsonld", format="json-ld")
    assert len(g) == len(sources["graph"])
    assert (URIRef(SR + "Korolev2020"), None, None) in g


@pytest.mark.parametrize("name", ["srkg-ontology.rdf", "srkg-graph.rdf"])
def test_rdfxml_loads_with_owlready2(release, name):
    import owlready2

    out, _, _ = release
    world = owlready2.World()
    try:
        onto = world.get_ontology((out / name).as_uri()).load()
        assert onto is not None
        state = world[SRKG + "State"]
        assert state is not None and world[SRKG + "Actor"] in state.is_a
        assert len(list(world.classes())) >= 50
        if name == "srkg-graph.rdf":
            assert state in world[SR + "Russia"].is_a
    finally:
        world.close()


def test_cli_builds_a_release(tmp_path, capsys):
    code = main(["build", "--out", str(tmp_path / "dist"), "--no-reasoner", "--date", DATE, "-q"])
    captured = capsys.readouterr()
    if HAS_PYLODE:
        assert code == 0 and "release 2022-01-06 written" in captured.out
        assert (tmp_path / "dist" / "docs" / "ontology.html").is_file()
    else:  # the documentation needs pyLODE: a one-line error, exit 2, nothing written
        assert code == 2 and "pyLODE" in captured.err and not (tmp_path / "dist").exists()


# ---------------------------------------------------------------------------
# Version, checksums, the source left alone
# ---------------------------------------------------------------------------
def test_released_ontology_carries_the_release_date_and_the_source_is_unchanged(release):
    out, result, before = release
    g = Graph().parse(out / "srkg-ontology.ttl")
    ont = URIRef("https://w3id.org/srkg/ontology")
    assert set(g.subjects(RDF.type, OWL.Ontology)) == {ont}  # one ontology, the modules merged into it
    assert len(before) == 1 + len(result.modules)
    assert set(g.objects(ont, OWL.versionIRI)) == {URIRef("https://w3id.org/srkg/ontology/2022-01-06")}
    assert set(g.objects(ont, OWL.versionInfo)) == {Literal("2022-01-06")}
    assert (out / "VERSION").read_text(encoding="utf-8").strip() == "2022-01-06"
    assert result.date == DATE
    for path, sha in before.items():
        assert _sha(path) == sha, f"{path} was modified by the build"
    src = Graph().parse(paths.ontology_dir() / "srkg.ttl")
    assert URIRef("https://w3id.org/srkg/ontology/2022-01-06") not in set(src.objects(ont, OWL.versionIRI))


def test_sha256sums_cover_every_file_and_verify(release):
    out, _, _ = release
    lines = (out / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    listed = {}
    for line in lines:
        m = re.fullmatch(r"([0-9a-f]{64})  (\S+)", line)
        assert m, line
        listed[m.group(2)] = m.group(1)
    files = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} - {"SHA256SUMS"}
    assert set(listed) == files and "VERSION" in listed and "srkg-graph.ttl" in listed
    for rel, sha in listed.items():
        assert _sha(out / rel) == sha, rel


# ---------------------------------------------------------------------------
# Documentation
# ---------------------------------------------------------------------------
@needs_pylode
def test_ontology_html_names_every_class_and_property(release, sources):
    out, _, _ = release
    page = html.unescape((out / "docs" / "ontology.html").read_text(encoding="utf-8"))
    onto = sources["ontology"]
    terms = ours(onto, [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty])
    assert len(terms) >= 130
    missing = [t for t in terms if f"<code>{t}</code>" not in page]
    assert missing == []
    for t in terms:
        for label in onto.objects(t, rdflib.RDFS.label):
            assert str(label) in page, f"label of {t}"
        for definition in onto.objects(t, SKOS.definition):
            assert str(definition) in page, f"definition of {t}"


@needs_pylode
def test_ontology_html_gives_domain_and_range(release):
    out, _, _ = release
    page = html.unescape((out / "docs" / "ontology.html").read_text(encoding="utf-8"))
    start = page.index(f"<code>{SRKG}assignsType</code>")
    section = page[start:page.index('class="property entity"', start)]
    # written by hand from the ontology: assigns type relates a characterization to a relationship type
    assert re.search(r"Domain.*characterization", section, flags=re.S)
    assert re.search(r"Range.*relationship type", section, flags=re.S)


@needs_pylode
def test_vocabulary_page_lists_schemes_concepts_and_broader_links(release):
    out, _, _ = release
    page = html.unescape((out / "docs" / "vocabularies.html").read_text(encoding="utf-8"))
    for scheme in ("RelationshipTypeScheme", "TheoryScheme", "ConceptScheme", "DisciplineScheme", "MethodScheme",
                   "PolicyAreaScheme"):
        assert f'id="{scheme}"' in page, scheme
    row = page[page.index('<tr id="DeFactoAlliance">'):]
    row = row[:row.index("</tr>")]
    assert "de facto alliance" in row and '<a href="#Alliance">alliance</a>' in row
    assert '<tr id="Constructivism">' in page and '<tr id="StrategicPartnership">' in page


# ---------------------------------------------------------------------------
# Pictures (their data is tested in test_build_figures.py)
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", FIGURE_FILES)
def test_pictures_are_written_and_not_empty(release, name):
    out, _, _ = release
    data = (out / name).read_bytes()
    if name.endswith(".png"):
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert width > 800 and height > 400
    else:
        assert b"<svg" in data[:2000] and data.count(b"<path") > 20


# ---------------------------------------------------------------------------
# Atomicity and refusal
# ---------------------------------------------------------------------------
def _bad_root(tmp_path: Path) -> Path:
    """A data folder whose check fails: an individual typed with a class the ontology does not define."""
    root = tmp_path / "data"
    shutil.copytree(paths.ontology_dir(), root / "ontology")
    (root / "instances").mkdir()
    (root / "instances" / "bad.ttl").write_text(
        '@prefix srkg: <https://w3id.org/srkg/ontology#> .\n@prefix sr: <https://w3id.org/srkg/id/> .\n'
        '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
        'sr:Nowhere a srkg:NoSuchClass ; rdfs:label "nowhere"@en .\n', encoding="utf-8")
    return root


def _previous_release(tmp_path: Path) -> Path:
    out = tmp_path / "dist"
    out.mkdir()
    (out / "VERSION").write_text("previous\n", encoding="utf-8")
    return out


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_refuses_to_build_when_the_check_reports_errors(tmp_path):
    out = _previous_release(tmp_path)
    with pytest.raises(BuildRefused) as err:
        build_release(out, root=_bad_root(tmp_path), reasoner=False, date=DATE)
    assert err.value.exit_code == 1 and err.value.check.errors >= 1
    assert (out / "VERSION").read_text(encoding="utf-8") == "previous\n"
    assert _leftovers(tmp_path) == []


def test_cli_exits_1_when_refused_and_2_on_a_bad_date(tmp_path, capsys):
    out = _previous_release(tmp_path)
    root = _bad_root(tmp_path)
    assert main(["build", "--root", str(root), "--out", str(out), "--no-reasoner", "-q"]) == 1
    assert "NoSuchClass" in capsys.readouterr().out
    assert main(["build", "--out", str(out), "--no-reasoner", "--date", "2022-13-01"]) == 2
    assert main(["build", "--out", str(out), "--no-reasoner", "--date", "06/01/2022"]) == 2
    assert (out / "VERSION").read_text(encoding="utf-8") == "previous\n"


def test_a_failure_midway_leaves_the_previous_release_and_no_temporary_folder(tmp_path, monkeypatch):
    import srkg.release.build as build

    out = _previous_release(tmp_path)

    def broken(*args, **kwargs):
        raise SrkgError("simulated failure while writing the TriG file")

    monkeypatch.setattr(build, "_write_dataset", broken)
    with pytest.raises(SrkgError, match="simulated"):
        build_release(out, reasoner=False, date=DATE, docs=False, figures=False)
    assert (out / "VERSION").read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in out.iterdir()) == ["VERSION"]
    assert _leftovers(tmp_path) == []


def test_a_successful_build_replaces_the_previous_release_whole(tmp_path):
    out = _previous_release(tmp_path)
    (out / "stale.txt").write_text("from an older release\n", encoding="utf-8")
    build_release(out, reasoner=False, date=DATE, docs=False, figures=False)
    assert (out / "VERSION").read_text(encoding="utf-8") == DATE + "\n"
    assert not (out / "stale.txt").exists()
    assert _leftovers(tmp_path) == []


def test_refuses_to_replace_a_folder_that_is_not_a_release(tmp_path, monkeypatch):
    precious = tmp_path / "src"
    precious.mkdir()
    (precious / "code.py").write_text("print('keep me')\n", encoding="utf-8")
    assert main(["build", "--out", str(precious), "--no-reasoner"]) == 2
    assert (precious / "code.py").is_file()
    monkeypatch.chdir(precious)
    assert main(["build", "--out", ".", "--no-reasoner"]) == 2
    assert (precious / "code.py").is_file()


def test_figures_only_writes_the_pictures(tmp_path):
    out = tmp_path / "figures"
    assert main(["build", "--figures-only", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(Path(f).name for f in FIGURE_FILES)


# ---------------------------------------------------------------------------
# With the reasoner (slower; needs Java)
# ---------------------------------------------------------------------------
@pytest.mark.skipif(shutil.which("java") is None, reason="no Java runtime: HermiT cannot run")
def test_build_with_hermit(tmp_path):
    result = build_release(tmp_path / "dist", date=DATE, docs=False, figures=False)
    assert result.check.reasoner.startswith("HermiT: consistent")
    assert (tmp_path / "dist" / "srkg-graph.rdf").is_file()


def test_without_pylode_the_build_stops_with_a_one_line_error(tmp_path, monkeypatch):
    import sys

    from srkg.errors import EnvironmentProblem

    monkeypatch.setitem(sys.modules, "pylode", None)  # import pylode now raises ImportError
    out = _previous_release(tmp_path)
    with pytest.raises(EnvironmentProblem, match="pyLODE is not installed"):
        build_release(out, reasoner=False, date=DATE, figures=False)
    assert (out / "VERSION").read_text(encoding="utf-8") == "previous\n"
    assert _leftovers(tmp_path) == []


# ---------------------------------------------------------------------------
# The re-parse guard: a file that lost a triple on the way to disk is refused
# ---------------------------------------------------------------------------
def _small_graph() -> Graph:
    g = Graph()
    for i in range(5):
        g.add((URIRef(f"{SR}t{i}"), RDF.type, URIRef(SRKG + "Thing")))
        g.add((URIRef(f"{SR}t{i}"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal(f"thing {i}", lang="en")))
    return g


@pytest.mark.parametrize("fmt", sorted(set(FORMATS.values())))
def test_the_re_parse_count_guard_refuses_a_file_that_lost_a_triple(fmt, tmp_path, monkeypatch):
    import srkg.release.build as build

    g = _small_graph()
    assert build._write_checked(g, tmp_path / f"whole{FORMATS_SUFFIX[fmt]}", fmt) == len(g) == 10
    real = build._serialize

    def lossy(graph, path, f):  # a serialiser that silently drops one triple
        less = Graph()
        for t in sorted(graph)[1:]:
            less.add(t)
        real(less, path, f)

    monkeypatch.setattr(build, "_serialize", lossy)
    with pytest.raises(SrkgError, match="re-parsed 9 triples, but 10 were written"):
        build._write_checked(g, tmp_path / f"lossy{FORMATS_SUFFIX[fmt]}", fmt)


FORMATS_SUFFIX = {v: k for k, v in FORMATS.items()}
