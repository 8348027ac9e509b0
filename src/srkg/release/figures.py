"""Pictures of the graph, made from the stored figure queries in ``queries/figures/``.

Each picture has one stored query (``queries/figures/<name>.rq``, with a ``#+ `` grlc YAML header)
whose answer is turned into typed rows by a ``*_data`` function, which the tests compare with
expectations written by hand from the article, and drawn by a ``draw_*`` function:

* ``literature-map``: works, by year, against the relationship types they give the Russia-China
  relationship and the theories they draw on;
* ``timeline``: the dated events and phases of the relationship, from the Nerchinsk Treaty (1689)
  to the present of the articles (the latest publication year of a work the graph has the text of,
  2021 for Bossuyt and Kaczmarek), on an axis broken where the text is silent for centuries;
* ``actor-network``: actors, places, relationships and initiatives, and the relations between them.

matplotlib (Agg backend) is imported only by the ``draw_*`` functions.

>>> work_label("https://w3id.org/srkg/id/Skalamera2018b", "Skalamera", None, 1, "2018", None)
'Skalamera 2018b'
>>> work_label("https://w3id.org/srkg/id/AmbrosioSchramHeopfner2020", "Ambrosio", "Schram", 3, "2020", None)
'Ambrosio et al. 2020'
>>> round(parse_year("2001-06"), 2)  # the middle of June
2001.46
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

from .. import paths
from ..errors import SrkgError
from ..paths import figure_query_files

__all__ = ["FIGURES", "present_year", "main_relationship", "figure_query_files", "read_header", "run_figure_query",
           "MapEntry", "literature_map_data", "TimelineItem", "timeline_data", "NetworkEdge", "network_data",
           "draw_literature_map", "draw_timeline", "draw_network", "make_figures", "work_label", "parse_year"]

FIGURES = ("literature-map", "timeline", "actor-network")
SRKG = "https://w3id.org/srkg/ontology#"
#: The articles' present, where open-ended phases run to: the latest publication year of a work whose
#: text the sources registry records (the articles the graph is built from), never a fixed year.
PRESENT_QUERY = """PREFIX srkg: <https://w3id.org/srkg/ontology#>
SELECT ?year WHERE { ?r a srkg:TextRendition ; srkg:renditionOf ?w . ?w srkg:publicationYear ?year }"""
FORMATS = ("png", "svg")


# ---------------------------------------------------------------------------
# Stored figure queries
# ---------------------------------------------------------------------------
def read_header(text: str) -> dict:
    """The grlc YAML header (lines starting ``#+``) of a query: the catalogue's own reader.

    >>> read_header("#+ summary: Two\\n#+ tags:\\n#+   - a\\nSELECT * {}")
    {'summary': 'Two', 'tags': ['a']}
    """
    from ..sparql.queries import read_header as catalogue_header

    return catalogue_header(text, where="figure query")


def _plain(term):
    if term is None:
        return None
    return term.value


def run_figure_query(store, name: str, *, root: Path | None = None) -> list[dict[str, str | None]]:
    """Answer the stored query ``queries/figures/<name>.rq`` over a pyoxigraph ``store``.

    Returns one dict per row, variable name -> IRI or lexical form (``None`` where unbound).
    """
    from ..sparql.queries import get
    from ..sparql.syntax import sparql_syntax_error

    q = get(name, root, kind="figure")  # the one catalogue: stored, check and figure queries
    try:
        solutions = store.query(q.text)
    except SyntaxError as err:
        raise sparql_syntax_error(str(q.path), err) from None
    names = [v.value for v in solutions.variables]
    return [{n: _plain(row[n]) for n in names} for row in solutions]


def _store(store, root):
    if store is not None:
        return store
    from ..rdf.reader import load_store

    return load_store(paths.ontology_files(root) + paths.instance_files(root))


def local_name(iri: str) -> str:
    return re.split(r"[/#]", iri)[-1]


# ---------------------------------------------------------------------------
# Literature map
# ---------------------------------------------------------------------------
@dataclass(frozen=True, order=True)
class MapEntry:
    """A work and a term it uses: a relationship type it assigns, or a theory it draws on."""

    year: int | None
    work_label: str
    work: str
    kind: str  # "relationship type" or "theory"
    term_label: str
    term: str
    via: str  # "claim": a claim made in the work; "work": the work's own srkg:usesTheory
    broader: str | None = None
    about: str | None = None  # for a relationship type: the relationship the characterization is about
    about_label: str | None = None
    main: str | None = field(default=None, compare=False)  # the relationship the map is about

    @property
    def other_relationship(self) -> bool:
        """A type given to another relationship than the map's main one (e.g. the Sino-Soviet one)."""
        return self.about is not None and self.main is not None and self.about != self.main


def main_relationship(entries: Iterable[MapEntry]) -> str | None:
    """The relationship most characterizations are about (the Russia-China one in this graph), read from the data."""
    counts = Counter(e.about for e in entries if e.kind == "relationship type" and e.about)
    return min(counts, key=lambda a: (-counts[a], a)) if counts else None


def present_year(store) -> int | None:
    """The latest publication year of the articles the graph is built from (None when none has one)."""
    years = []
    for sol in store.query(PRESENT_QUERY):
        m = re.match(r"-?(\d{4})", sol["year"].value)
        if m:
            years.append(int(m.group(1)))
    return max(years) if years else None


def work_label(work: str, first: str | None, second: str | None, authors: int | None,
               year: str | None, fallback: str | None) -> str:
    """A short label such as "Korolev 2020": first authors' family names and the year.

    The letter that tells two works of one author and year apart (2018a, 2018b) is taken from the
    IRI, which carries it by the project's naming convention.
    """
    if not first or not year:
        return fallback or local_name(work)
    letter = re.search(r"\d{4}([a-z])$", local_name(work))
    when = str(year) + (letter.group(1) if letter else "")
    n = authors or 1
    names = first if n == 1 else f"{first} & {second}" if n == 2 and second else f"{first} et al."
    return f"{names} {when}"


def literature_map_data(store=None, *, root: Path | None = None) -> list[MapEntry]:
    """The rows of the literature map, one per (work, term), sorted by year and label."""
    rows = run_figure_query(_store(store, root), "literature-map", root=root)
    best: dict[tuple[str, str], MapEntry] = {}
    for r in rows:
        year = int(str(r["year"])[:4]) if r.get("year") else None
        authors = int(r["authors"]) if r.get("authors") else None
        label = work_label(r["work"], r.get("first"), r.get("second"), authors, str(year) if year else None,
                           r.get("workLabel"))
        entry = MapEntry(year, label, r["work"], r["kind"], r["termLabel"], r["term"], r["via"], r.get("broader"),
                         r.get("about"), r.get("aboutLabel"))
        key = (entry.work, entry.term)
        # a claim made in the work says more than the work's own usesTheory; keep one entry per pair
        if key not in best or (best[key].via == "work" and entry.via == "claim"):
            best[key] = entry
    main = main_relationship(best.values())
    entries = [replace(e, main=main) for e in best.values()]
    return sorted(entries, key=lambda e: (e.year is None, e.year or 0, e.work_label, e.kind, e.term_label))


def _term_order(entries: list[MapEntry]) -> list[tuple[str, str, str]]:
    """Columns: relationship types, then theories; within each, broader terms followed by narrower ones."""
    terms: dict[str, tuple[str, str, str | None]] = {}
    for e in entries:
        terms[e.term] = (e.kind, e.term_label, e.broader)
    labels = {t: v[1] for t, v in terms.items()}

    def key(t):
        kind, label, broader = terms[t]
        parent = labels.get(broader, label) if broader else label
        return (kind != "relationship type", parent.lower(), broader is not None, label.lower())

    return [(t, terms[t][0], terms[t][1]) for t in sorted(terms, key=key)]


# ---------------------------------------------------------------------------
# Timeline
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class TimelineItem:
    """An event or phase with its time: an instant (``start == end``) or an interval (``end`` may be open)."""

    item: str
    label: str
    kind: str  # local name of its srkg class: Treaty, Agreement, ..., RelationshipPhase
    start: float
    end: float | None  # None: the text gives no end
    expression: str | None
    relationships: tuple[str, ...] = ()
    instant: bool = False

    @property
    def is_phase(self) -> bool:
        return self.kind == "RelationshipPhase"


def parse_year(value: str | None) -> float | None:
    """A point on the year axis for an xsd:gYear, gYearMonth or date lexical form (``None`` stays ``None``)."""
    if not value:
        return None
    m = re.match(r"^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    year = int(m.group(1))
    if m.group(2):
        return year + (int(m.group(2)) - 1) / 12 + (int(m.group(3)) - 1) / 365 if m.group(3) else \
            year + (int(m.group(2)) - 1) / 12 + 1 / 24
    return float(year)


def timeline_data(store=None, *, root: Path | None = None) -> list[TimelineItem]:
    """The dated events and phases, sorted by start; items with no year at all are left out."""
    rows = run_figure_query(_store(store, root), "timeline", root=root)
    grouped: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        grouped[r["item"]].append(r)
    items = []
    for iri, rs in grouped.items():
        classes = {local_name(r["class"]) for r in rs if r.get("class")}
        specific = sorted(classes - {"Event"}) or sorted(classes)
        r0 = rs[0]
        instant = parse_year(r0.get("instant"))
        begin, end = parse_year(r0.get("begin")), parse_year(r0.get("end"))
        if instant is not None:
            start, stop, is_instant = instant, instant, True
        elif begin is not None:
            start, stop, is_instant = begin, end, False
        else:
            continue  # no year at all: nothing to place on the axis
        rels = tuple(sorted({r["relationshipLabel"] or local_name(r["relationship"]) for r in rs}))
        items.append(TimelineItem(iri, r0.get("label") or local_name(iri), specific[0], start, stop,
                                  r0.get("expression"), rels, is_instant))
    return sorted(items, key=lambda i: (not i.is_phase, i.start, i.end if i.end is not None else 1e9, i.label))


def axis_segments(items: Iterable[TimelineItem], *, gap: float = 40, pad: float = 4,
                  present: float | None = None) -> list[tuple[float, float]]:
    """Stretches of the year axis to draw, leaving out gaps of more than ``gap`` years without data.

    >>> axis_segments([TimelineItem("a", "a", "Treaty", 1689, 1689, None, instant=True),
    ...                TimelineItem("b", "b", "Agreement", 1990, 2008, None)], present=2021)
    [(1685, 1693), (1986, 2025)]
    """
    items = list(items)
    present = _present(items, present)
    points = []
    for i in items:
        points.append(i.start)
        if i.end is not None:
            points.append(i.end)
    if not points:
        return [(present - 10, present + 1)]
    points.append(present)
    points.sort()
    segments = [[points[0], points[0]]]
    for p in points[1:]:
        if p - segments[-1][1] > gap:
            segments.append([p, p])
        else:
            segments[-1][1] = p
    return [(int(a - pad), int(b + pad)) for a, b in segments]


# ---------------------------------------------------------------------------
# Actor network
# ---------------------------------------------------------------------------
@dataclass(frozen=True, order=True)
class NetworkEdge:
    """One edge: subject, relation (local name of the srkg property) and object, with labels and classes."""

    source: str
    relation: str
    target: str
    source_label: str = field(compare=False, default="")
    target_label: str = field(compare=False, default="")
    source_classes: tuple[str, ...] = field(compare=False, default=())
    target_classes: tuple[str, ...] = field(compare=False, default=())


def network_data(store=None, *, root: Path | None = None) -> list[NetworkEdge]:
    """The edges of the actor network, each once, sorted."""
    rows = run_figure_query(_store(store, root), "actor-network", root=root)
    classes: dict[str, set] = defaultdict(set)
    labels: dict[str, str] = {}
    keys = set()
    for r in rows:
        for end in ("source", "target"):
            classes[r[end]].add(local_name(r[end + "Class"]))
            labels[r[end]] = r.get(end + "Label") or local_name(r[end])
        keys.add((r["source"], local_name(r["relation"]), r["target"]))
    return sorted(NetworkEdge(s, rel, t, labels[s], labels[t], tuple(sorted(classes[s])), tuple(sorted(classes[t])))
                  for s, rel, t in keys)


#: Columns of the network picture, left to right: which srkg classes go where (first match wins).
NETWORK_COLUMNS = (
    ("people and bodies", ("PoliticalLeader", "PoliticalParty", "StateInstitution", "Person")),
    ("states and groups", ("State", "InternationalOrganisation", "CollectiveActor", "Actor")),
    ("relationships and initiatives", ("Relationship", "Initiative")),
    ("regions and places", ("Region", "City", "MaritimeArea", "BorderArea", "Place")),
)


def node_column(node_classes: Iterable[str]) -> int:
    cs = set(node_classes)
    for i, (_, members) in enumerate(NETWORK_COLUMNS):
        if cs & set(members):
            return i
    return len(NETWORK_COLUMNS) - 1


# ---------------------------------------------------------------------------
# Drawing
# ---------------------------------------------------------------------------
def _pyplot():
    try:
        import matplotlib
    except ImportError:
        from ..errors import EnvironmentProblem

        raise EnvironmentProblem("matplotlib is not installed (pip install 'srkg[build]')") from None
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.hashsalt": "srkg", "font.family": "DejaVu Sans", "font.size": 10,
                         "axes.titlesize": 13, "axes.titleweight": "bold"})
    return plt


def _save(fig, stem: Path) -> list[Path]:
    stem.parent.mkdir(parents=True, exist_ok=True)
    out = []
    for fmt in FORMATS:
        path = stem.with_suffix("." + fmt)
        meta = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(path, format=fmt, dpi=150, bbox_inches="tight", metadata=meta)
        out.append(path)
    import matplotlib.pyplot as plt

    plt.close(fig)
    return out


TYPE_COLOUR, THEORY_COLOUR = "#1f5f99", "#c2571a"


def draw_literature_map(entries: list[MapEntry], stem: Path) -> list[Path]:
    """A grid: works by year (rows) against relationship types and theories (columns)."""
    plt = _pyplot()
    from matplotlib.lines import Line2D

    works = []
    for e in entries:
        if (e.work, e.work_label, e.year) not in works:
            works.append((e.work, e.work_label, e.year))
    columns = _term_order(entries)
    col_of = {t: i for i, (t, _, _) in enumerate(columns)}
    row_of = {w: i for i, (w, _, _) in enumerate(works)}
    n_types = sum(1 for _, k, _ in columns if k == "relationship type")
    width = max(7.0, 2.8 + 0.42 * len(columns))
    height = max(3.5, 1.9 + 0.30 * len(works))
    fig, ax = plt.subplots(figsize=(width, height))
    for i in range(len(works)):
        if i % 2 == 0:
            ax.axhspan(i - 0.5, i + 0.5, color="#f4f4f4", zorder=0)
    for i in range(len(works) - 1):
        if works[i][2] != works[i + 1][2]:
            ax.axhline(i + 0.5, color="#999", lw=0.6, zorder=1)
    if 0 < n_types < len(columns):
        ax.axvline(n_types - 0.5, color="#333", lw=1.2, zorder=1)
    others = sorted({e.about_label or local_name(e.about) for e in entries if e.other_relationship})
    for e in entries:
        colour = TYPE_COLOUR if e.kind == "relationship type" else THEORY_COLOUR
        x, y = col_of[e.term], row_of[e.work]
        if e.other_relationship:
            ax.scatter([x], [y], s=95, marker="^", facecolor="white", edgecolor=colour, linewidth=1.8, zorder=3)
        elif e.via == "claim":
            ax.scatter([x], [y], s=90, color=colour, zorder=3)
        else:
            ax.scatter([x], [y], s=80, marker="s", facecolor="white", edgecolor=colour, linewidth=1.8, zorder=3)
    ax.set_xticks(range(len(columns)))
    ax.set_xticklabels([label for _, _, label in columns], rotation=45, ha="left", rotation_mode="anchor")
    for tick, (_, kind, _) in zip(ax.get_xticklabels(), columns):
        tick.set_color(TYPE_COLOUR if kind == "relationship type" else THEORY_COLOUR)
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(works)))
    ax.set_yticklabels([label for _, label, _ in works])
    ax.set_xlim(-0.6, len(columns) - 0.4)
    ax.set_ylim(len(works) - 0.5, -0.5)
    ax.tick_params(length=0)
    for side in ("right", "bottom", "left", "top"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", color="#ddd", lw=0.6, zorder=0)
    ax.set_axisbelow(True)
    handles = [Line2D([], [], ls="", marker="o", color=TYPE_COLOUR, markersize=8,
                      label="relationship type it gives the Russia-China relationship")]
    if others:
        handles.append(Line2D([], [], ls="", marker="^", markerfacecolor="white", markeredgecolor=TYPE_COLOUR,
                              markeredgewidth=1.8, markersize=8, label="type it gives the " + " / the ".join(others)))
    handles += [Line2D([], [], ls="", marker="o", color=THEORY_COLOUR, markersize=8, label="theory its claim draws on"),
                Line2D([], [], ls="", marker="s", markerfacecolor="white", markeredgecolor=THEORY_COLOUR,
                       markeredgewidth=1.8, markersize=8, label="theory the work uses")]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.0, -0.005), ncol=2, frameon=False, fontsize=9,
              title="Works by year (years not stated last); source: queries/figures/literature-map.rq",
              title_fontsize=8, alignment="left")
    longest = max((len(label) for _, _, label in columns), default=10)
    ax.set_title("Who calls the Russia-China relationship what, and from which theory",
                 pad=10 + 4.3 * longest, loc="left", x=-0.25)
    return _save(fig, stem)


KIND_STYLE = {
    "RelationshipPhase": ("#8da0cb", "phase"),
    "Treaty": ("#1b7837", "treaty"),
    "Agreement": ("#5aae61", "agreement"),
    "MilitaryExercise": ("#b2182b", "military exercise"),
    "Crisis": ("#e08214", "crisis"),
    "PoliticalEvent": ("#542788", "political event"),
}


def _present(items: list[TimelineItem], present: float | None) -> float:
    """``present``, else the latest point of the items (an axis needs an end)."""
    if present is not None:
        return present
    points = [p for i in items for p in (i.start, i.end) if p is not None]
    return int(max(points)) if points else 2000


def draw_timeline(items: list[TimelineItem], stem: Path, *, present: float | None = None) -> list[Path]:
    """One row per phase and event; the year axis broken where the text is silent for decades.

    An interval with no end (the text gives none) is drawn from its beginning to the end of its
    stretch of the axis, or to the article's present when that is nearer, and ends in an arrow.
    """
    plt = _pyplot()
    from matplotlib.patches import Patch

    present = _present(items, present)
    segments = axis_segments(items, present=present)
    spans = [b - a for a, b in segments]
    ratios = [max(s, 0.1 * sum(spans)) for s in spans]
    n = max(1, len(items))
    top, bottom, height = 0.75, 0.85, 0.34 * n
    fig, axes = plt.subplots(1, len(segments), sharey=True, figsize=(13, top + bottom + height),
                             gridspec_kw={"width_ratios": ratios, "wspace": 0.05})
    fig.subplots_adjust(top=1 - top / (top + bottom + height), bottom=bottom / (top + bottom + height))
    axes = list(axes) if len(segments) > 1 else [axes]
    for ax, (lo, hi) in zip(axes, segments):
        for y, item in enumerate(items):
            colour = KIND_STYLE.get(item.kind, ("#666", item.kind))[0]
            if y % 2 == 0:
                ax.axhspan(y - 0.5, y + 0.5, color="#f6f6f6", zorder=0)
            if item.instant:
                if lo <= item.start <= hi:
                    ax.plot([item.start], [y], marker="D", markersize=7, color=colour, zorder=3)
                continue
            if item.end is None:  # open: only in the stretch where it begins
                if not lo <= item.start <= hi:
                    continue
                a, b = item.start, min(hi - 0.15 * (hi - lo) if present > hi else present, hi)
            else:
                a, b = max(item.start, lo), min(item.end, hi)
                if a > b:
                    continue
            ax.barh(y, max(b - a, 0.6), left=a, height=0.55, color=colour, alpha=0.75 if item.is_phase else 0.9,
                    zorder=2)
            if item.end is None:
                ax.annotate("", xy=(min(b + 0.1 * (hi - lo), hi), y), xytext=(b, y), zorder=3,
                            arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.5, "shrinkA": 0})
        ax.set_xlim(lo, hi)
        span = hi - lo
        if span <= 30:  # a short stretch: tick only the years that are drawn in it
            ticks = sorted({int(round(v)) for i in items for v in (i.start, i.end) if v is not None and lo <= v <= hi})
        else:
            step = 10 if span <= 100 else 25
            ticks = list(range(int(lo + (-lo) % step), int(hi) + 1, step))
        ax.set_xticks(ticks)
        ax.tick_params(axis="x", labelsize=9)
        ax.grid(axis="x", color="#ddd", lw=0.6, zorder=1)
        if lo <= present <= hi:
            ax.axvline(present, color="#777", ls=":", lw=1)
            ax.text(present, -0.6, str(present), ha="center", va="bottom", fontsize=8, color="#555")
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    for ax in axes[1:]:
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
    for ax in axes[:-1]:  # the break marks between the stretches of the axis
        ax.plot([1], [0], transform=ax.transAxes, marker=[(-1, -2), (1, 2)], markersize=10, ls="none",
                color="#333", mec="#333", mew=1, clip_on=False)
    axes[0].set_yticks(range(n))
    axes[0].set_yticklabels([i.label for i in items])
    for tick, item in zip(axes[0].get_yticklabels(), items):
        if item.is_phase:
            tick.set_fontweight("bold")
    axes[0].set_ylim(n - 0.5, -0.5)
    kinds = [k for k in KIND_STYLE if any(i.kind == k for i in items)]
    handles = [Patch(color=KIND_STYLE[k][0], label=KIND_STYLE[k][1]) for k in kinds]
    handles += [plt.Line2D([], [], ls="", marker="D", color="#333", label="a dated year"),
                plt.Line2D([], [], ls="-", marker=">", color="#333", label="no end given")]
    axes[-1].legend(handles=handles, loc="upper right", bbox_to_anchor=(1.0, -0.35 / n * 2), ncol=len(handles),
                    frameon=False, fontsize=9)
    first = int(min(i.start for i in items)) if items else present
    fig.text(0.01, 1 - 0.25 / (top + bottom + height), f"Events and phases of the Russia-China relationship, "
             f"{first}–{present}", fontsize=13, fontweight="bold", va="top")
    fig.text(0.01, 1 - 0.52 / (top + bottom + height), "Phases in bold; the year axis is broken where the article "
             "is silent for decades; source: queries/figures/timeline.rq", fontsize=9, color="#555", va="top")
    return _save(fig, stem)


RELATION_STYLE = {
    "hasParty": ("#1f5f99", "has party"),
    "predecessorOf": ("#555555", "predecessor of"),
    "partOf": ("#1b7837", "part of"),
    "memberOf": ("#7b3294", "member of"),
    "leaderOf": ("#c2571a", "leader of"),
    "institutionOf": ("#d6604d", "institution of"),
    "launchedBy": ("#b8860b", "launched by"),
    "participant": ("#e7298a", "participant"),
    "targetsRegion": ("#01665e", "targets region"),
    "links": ("#8c510a", "links"),
}


def _network_layout(edges: list[NetworkEdge]) -> dict[str, tuple[int, float]]:
    """Column and row of each node: columns by class, rows ordered by the neighbours' mean row."""
    nodes: dict[str, tuple[str, ...]] = {}
    labels: dict[str, str] = {}
    for e in edges:
        nodes[e.source], labels[e.source] = e.source_classes, e.source_label
        nodes[e.target], labels[e.target] = e.target_classes, e.target_label
    column = {n: node_column(c) for n, c in nodes.items()}
    neighbours: dict[str, set] = defaultdict(set)
    for e in edges:
        neighbours[e.source].add(e.target)
        neighbours[e.target].add(e.source)
    order: dict[int, list[str]] = defaultdict(list)
    for n in sorted(nodes, key=lambda n: labels[n].lower()):
        order[column[n]].append(n)
    pos = {}

    def sweep(damped: bool) -> None:
        for c, members in order.items():
            for i, n in enumerate(members):
                pos[n] = (i + 0.5) / len(members)
        for c in sorted(order):
            def bary(n):
                ys = [pos[m] for m in neighbours[n] if damped or column[m] != c]
                ys = ys + [pos[n]] if damped or not ys else ys
                return (sum(ys) / len(ys), labels[n].lower())
            order[c] = sorted(order[c], key=bary)

    for _ in range(20):  # barycentre sweeps: neighbours pull (same column too), the node's own row damps
        sweep(True)
    for _ in range(3):  # then only the other columns count, to untangle crossings between columns
        sweep(False)
    layout = {}
    for c, members in order.items():
        k = len(members)
        for i, n in enumerate(members):
            layout[n] = (c, (i + 0.5) / k)
    return layout


def _crossings(p, q, rad: float, boxes: list[tuple[float, float, float, float]], *, margin: float = 3.0) -> int:
    """How many boxes (display coordinates) the arc3 curve from ``p`` to ``q`` with ``rad`` passes through."""
    (x1, y1), (x2, y2) = p, q
    cx, cy = (x1 + x2) / 2 + rad * (y2 - y1), (y1 + y2) / 2 - rad * (x2 - x1)
    hit = set()
    for k in range(1, 40):
        t = k / 40
        x = (1 - t) ** 2 * x1 + 2 * t * (1 - t) * cx + t ** 2 * x2
        y = (1 - t) ** 2 * y1 + 2 * t * (1 - t) * cy + t ** 2 * y2
        for i, (bx0, by0, bx1, by1) in enumerate(boxes):
            if bx0 - margin <= x <= bx1 + margin and by0 - margin <= y <= by1 + margin:
                hit.add(i)
    return len(hit)


def draw_network(edges: list[NetworkEdge], stem: Path) -> list[Path]:
    """Nodes in four columns (people and bodies, states and groups, relationships and initiatives, places)."""
    plt = _pyplot()
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch
    from matplotlib.path import Path as MplPath

    layout = _network_layout(edges)
    labels = {}
    for e in edges:
        labels[e.source], labels[e.target] = e.source_label, e.target_label
    per_column = defaultdict(int)
    for c, _ in layout.values():
        per_column[c] += 1
    rows = max(per_column.values(), default=1)
    fig, ax = plt.subplots(figsize=(15, max(5.0, 1.6 + 0.42 * rows)))
    xs = [0.0, 1.0, 2.0, 3.0]
    texts = {}
    for n, (c, y) in layout.items():
        texts[n] = ax.text(xs[c], 1 - y, labels[n], ha="center", va="center", fontsize=9, zorder=4,
                           bbox={"boxstyle": "round,pad=0.35", "facecolor": "white", "edgecolor": "#444", "lw": 0.8})
    ax.set_xlim(-0.45, 3.45)
    ax.set_ylim(-0.02, 1.0 + 0.5 / rows + 0.07)
    boxes = {}
    for _ in range(2):  # place the text boxes, widen the x limits to hold them, and measure them again
        fig.canvas.draw()
        to_data = ax.transData.inverted()
        for n, t in texts.items():
            (x0, y0), (x1, y1) = to_data.transform(t.get_bbox_patch().get_window_extent().get_points())
            boxes[n] = (x0, y0, x1, y1)
        ax.set_xlim(min(-0.45, min(b[0] for b in boxes.values()) - 0.05),
                    max(3.45, max(b[2] for b in boxes.values()) + 0.2))
    to_px = ax.transData.transform
    px_boxes = {n: (*to_px([(b[0], b[1])])[0], *to_px([(b[2], b[3])])[0]) for n, b in boxes.items()}
    members = defaultdict(list)
    for n, (c, y) in layout.items():
        members[c].append((y, n))
    rank = {n: (c, i) for c, ys in members.items() for i, (_, n) in enumerate(sorted(ys))}
    bracket_out: dict[int, int] = defaultdict(int)
    for e in edges:
        (c1, _), (c2, _) = layout[e.source], layout[e.target]
        a, b = boxes[e.source], boxes[e.target]
        ya, yb = (a[1] + a[3]) / 2, (b[1] + b[3]) / 2
        colour = RELATION_STYLE.get(e.relation, ("#999", e.relation))[0]
        if c1 == c2 and abs(rank[e.source][1] - rank[e.target][1]) == 1:  # neighbours in a column: straight down/up
            start = (xs[c1], a[1] if yb < ya else a[3])
            end = (xs[c2], b[3] if yb < ya else b[1])
            rad = 0.0
        elif c1 == c2:  # same column: a bracket on the right of both boxes, each bracket a little further out
            bracket_out[c1] += 1
            lo, hi = sorted((rank[e.source][1], rank[e.target][1]))
            between = [boxes[n][2] for n, (c, i) in rank.items() if c == c1 and lo <= i <= hi]
            x_out = max(between) + 0.025 + 0.018 * bracket_out[c1]
            ax.add_patch(FancyArrowPatch(path=MplPath([(a[2], ya), (x_out, ya), (x_out, yb), (b[2], yb)]),
                                         arrowstyle="-|>", color=colour, lw=1.3, alpha=0.85, mutation_scale=13,
                                         zorder=2, shrinkA=1, shrinkB=1))
            continue
        else:  # across columns: side to side, curved as little as keeps the line off other boxes
            start = (a[2], ya) if c2 > c1 else (a[0], ya)
            end = (b[0], yb) if c2 > c1 else (b[2], yb)
            others = [px_boxes[n] for n in px_boxes if n not in (e.source, e.target)]
            rad = min((0.0, 0.08, -0.08, 0.16, -0.16, 0.25, -0.25, 0.35, -0.35),
                      key=lambda r: (_crossings(to_px([start])[0], to_px([end])[0], r, others), abs(r)))
        ax.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", color=colour, lw=1.3, alpha=0.85,
                                     shrinkA=1, shrinkB=1, mutation_scale=13, zorder=2,
                                     connectionstyle=f"arc3,rad={rad:.3f}"))
    for c, (title, _) in enumerate(NETWORK_COLUMNS):
        if per_column.get(c):
            ax.text(xs[c], 1.0 + 0.5 / rows + 0.03, title, ha="center", va="bottom", fontsize=10.5,
                    fontweight="bold", color="#333")
    ax.axis("off")
    used = [r for r in RELATION_STYLE if any(e.relation == r for e in edges)]
    handles = [Line2D([], [], color=RELATION_STYLE[r][0], lw=2, label=RELATION_STYLE[r][1]) for r in used]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=min(len(handles), 5),
              frameon=False, fontsize=9, title="arrows run from subject to object", title_fontsize=9)
    ax.set_title("Actors, places, relationships and initiatives, and the relations between them", loc="left")
    return _save(fig, stem)


def make_figures(out: Path, *, store=None, root: Path | None = None) -> list[Path]:
    """Draw every picture as PNG and SVG into ``out``; returns the files written.

    Raises SrkgError when a figure query returns no rows: an empty picture is a broken picture.
    """
    store = _store(store, root)
    out = Path(out)
    data = {"literature-map": literature_map_data(store, root=root),
            "timeline": timeline_data(store, root=root),
            "actor-network": network_data(store, root=root)}
    for name, rows in data.items():
        if not rows:
            raise SrkgError(f"figure {name}: its query queries/figures/{name}.rq returned no rows")
    written = []
    written += draw_literature_map(data["literature-map"], out / "literature-map")
    written += draw_timeline(data["timeline"], out / "timeline", present=present_year(store))
    written += draw_network(data["actor-network"], out / "actor-network")
    return written
