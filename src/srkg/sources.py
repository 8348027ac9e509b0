"""The sources registry: each article's text rendition, and the texts evidence is checked against.

Every article folder ``instances/<article-id>/`` holds, in ``source.ttl`` (or in
any other of its files: ``srkg add`` writes it into ``generated/article.ttl``), the
registry entry of its text: a ``srkg:TextRendition`` with the work it renders
(``srkg:renditionOf``), the file name of the text (``srkg:fileName``), its
``srkg:sha256``, its ``srkg:characterCount`` and its ``dcterms:license``.  The
article's bibliographic record sits beside it (``scholarship/article.ttl`` for
the first article).  The texts themselves are not in the repository (their
licences seldom allow it): they are found in the places given with
``--source`` (files or folders, repeatable), else ``$SRKG_SOURCES``, else
``$SRKG_SOURCE`` (see :func:`srkg.paths.source_locations`).

A rendition's text is, in this order: the file a folder's ``manifest.yaml``
names for it; a given file with the rendition's SHA-256; a given file with its
file name (when the checksum then differs, the text is the wrong one and its
evidence is not verified against it).  A rendition with no text is reported
once, as a warning; its evidence is neither passed nor failed.

A ``manifest.yaml`` maps an article id, a rendition IRI (``sr:`` prefix allowed)
or a registry file name to a file in the folder::

    texts:
      bossuyt-kaczmarek-2021: downloads/bossuyt-kaczmarek-final.txt

>>> r = Rendition("https://w3id.org/srkg/id/X-text", file_name="x.txt", sha256="ab" * 32, length=3)
>>> r.keys()
('https://w3id.org/srkg/id/X-text', 'sr:X-text', 'x.txt')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import paths
from .errors import InputError, SrkgError
from .evidence import read_source, sha256_of

SRKG = "https://w3id.org/srkg/ontology#"
SR = "https://w3id.org/srkg/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LICENSE = "http://purl.org/dc/terms/license"
TEXT_RENDITION = SRKG + "TextRendition"
TEXT_SUFFIXES = (".txt",)

__all__ = ["Rendition", "SourceTexts", "Resolved", "article_text", "registry", "registry_of_store", "project_registry",
           "article_of_renditions"]


@dataclass(frozen=True)
class Rendition:
    """One registry entry: a fixed text of one work."""

    iri: str
    work: str | None = None
    file_name: str | None = None
    sha256: str | None = None
    length: int | None = None
    licence: str | None = None
    article: str | None = None  # the article folder that records it, when known

    def keys(self) -> tuple[str, ...]:
        """The names a manifest may give it by."""
        out = [self.iri]
        if self.iri.startswith(SR):
            out.append("sr:" + self.iri[len(SR):])
        out += [k for k in (self.article, self.file_name) if k]
        return tuple(out)

    @property
    def short(self) -> str:
        return "sr:" + self.iri[len(SR):] if self.iri.startswith(SR) else self.iri


def _int(value) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


def registry(graph, *, articles: dict[str, str] | None = None) -> dict[str, Rendition]:
    """The text renditions described in an rdflib graph, by IRI (``articles``: rendition IRI -> article id)."""
    from rdflib import RDF, URIRef

    def val(s, p):
        v = graph.value(s, URIRef(p))
        return None if v is None else str(v)

    out = {}
    for s in set(graph.subjects(RDF.type, URIRef(TEXT_RENDITION))):
        iri = str(s)
        out[iri] = Rendition(iri, val(s, SRKG + "renditionOf"), val(s, SRKG + "fileName"), val(s, SRKG + "sha256"),
                             _int(val(s, SRKG + "characterCount")), val(s, LICENSE), (articles or {}).get(iri))
    return out


def registry_of_store(store) -> dict[str, Rendition]:
    """The text renditions in a pyoxigraph store (all graphs)."""
    q = f"""SELECT ?r ?p ?o WHERE {{ ?r a <{TEXT_RENDITION}> . ?r ?p ?o }}"""
    props: dict[str, dict[str, str]] = {}
    for sol in store.query(q, use_default_graph_as_union=True):
        props.setdefault(sol["r"].value, {}).setdefault(sol["p"].value, sol["o"].value)
    return {iri: Rendition(iri, d.get(SRKG + "renditionOf"), d.get(SRKG + "fileName"), d.get(SRKG + "sha256"),
                           _int(d.get(SRKG + "characterCount")), d.get(LICENSE)) for iri, d in props.items()}


def _renditions_in(files, article: str | None) -> dict[str, Rendition]:
    """The text renditions described in ``files`` (parsed with pyoxigraph; a bad file is skipped here,
    the parse of the whole graph reports it with file, line and column)."""
    import pyoxigraph as ox

    from .rdf.formats import for_path

    props: dict[str, dict[str, str]] = {}
    kinds: set[str] = set()
    for f in files:
        try:
            quads = list(ox.parse(path=str(f), format=for_path(f).ox))
        except (SrkgError, SyntaxError, OSError, ValueError):
            continue
        for q in quads:
            if q.predicate.value == RDF_TYPE and q.object.value == TEXT_RENDITION:
                kinds.add(q.subject.value)
            if isinstance(q.subject, ox.NamedNode):
                props.setdefault(q.subject.value, {}).setdefault(q.predicate.value, q.object.value)
    return {iri: Rendition(iri, d.get(SRKG + "renditionOf"), d.get(SRKG + "fileName"), d.get(SRKG + "sha256"),
                           _int(d.get(SRKG + "characterCount")), d.get(LICENSE), article)
            for iri, d in props.items() if iri in kinds}


def project_registry(root: Path | None = None) -> dict[str, Rendition]:
    """The sources registry of the project (or of ``root``): the text renditions each article folder
    ``instances/<article-id>/`` records (in ``source.ttl``, or in ``generated/article.ttl`` when
    ``srkg add`` wrote it), each with its article id."""
    out: dict[str, Rendition] = {}
    for aid in paths.article_ids(root):
        out.update(_renditions_in(paths.article_files(aid, root), aid))
    return out


def article_of_renditions(root: Path | None = None) -> dict[str, str]:
    """Rendition IRI -> the article id whose folder records it."""
    return {iri: r.article for iri, r in project_registry(root).items()}


@dataclass
class Resolved:
    """What became of one rendition: its text (``text``), a wrong text (``wrong``) or none."""

    rendition: Rendition
    path: Path | None = None
    text: str | None = None
    wrong: str | None = None  # why the file found by name is not this rendition


@dataclass
class SourceTexts:
    """The source texts the user gave: files, folders of texts, their manifests.

    Raises InputError (exit 2) for a location that does not exist, an unreadable
    or unparsable manifest, or a manifest entry whose file is missing.
    """

    locations: list[Path]
    files: list[Path] = field(default_factory=list)
    explicit: list[Path] = field(default_factory=list)  # files named one by one, not found in a folder
    manifest: dict[str, Path] = field(default_factory=dict)
    from_env: bool = False  # found through $SRKG_SOURCES / $SRKG_SOURCE, not given by the caller
    _sha: dict[Path, str] = field(default_factory=dict, repr=False)

    @classmethod
    def find(cls, given=None) -> "SourceTexts":
        """The texts of ``given`` (paths), else of ``$SRKG_SOURCES`` / ``$SRKG_SOURCE``."""
        self = cls(paths.source_locations(given), from_env=not given)
        for loc in self.locations:
            if loc.is_dir():
                self._add_folder(loc)
            elif loc.is_file():
                self.explicit.append(loc)
                self._add(loc)
            else:
                raise InputError(f"{loc}: no such source text or folder")
        return self

    def _add(self, p: Path) -> None:
        if p not in self.files:
            self.files.append(p)

    def _add_folder(self, folder: Path) -> None:
        for p in sorted(folder.rglob("*")):
            if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES:
                self._add(p)
        m = folder / paths.SOURCE_MANIFEST
        if m.is_file():
            for key, target in _read_manifest(m).items():
                self.manifest[key] = target
                self._add(target)

    def __bool__(self) -> bool:
        return bool(self.files)

    def sha(self, p: Path) -> str:
        if p not in self._sha:
            try:
                self._sha[p] = sha256_of(p)
            except OSError as err:
                raise InputError(f"{p}: cannot read source text: {err.strerror or err}") from None
        return self._sha[p]

    def describe(self) -> str:
        names = [p.name for p in self.files]
        return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")

    def resolve(self, r: Rendition) -> Resolved:
        """Find the text of rendition ``r`` among the given texts (see the module docstring)."""
        path = next((self.manifest[k] for k in r.keys() if k in self.manifest), None)
        if path is None and r.sha256:
            path = next((p for p in self.files if self.sha(p) == r.sha256), None)
        if path is None and r.file_name:
            path = next((p for p in self.files if p.name == r.file_name), None)
        if path is None:
            return Resolved(r)
        if r.sha256 and self.sha(path) != r.sha256:
            return Resolved(r, path, wrong=f"{path.name} has SHA-256 {self.sha(path)[:12]}…, the registry "
                                           f"records {r.sha256[:12]}… for {r.short}")
        text = read_source(path)
        if r.length is not None and len(text) != r.length:
            return Resolved(r, path, wrong=f"{path.name} has {len(text)} characters, the registry records "
                                           f"{r.length} for {r.short}")
        return Resolved(r, path, text)

    def unused(self, resolved: list[Resolved]) -> list[Path]:
        """Files the caller named one by one that are the text of no rendition (a likely mistake)."""
        if self.from_env:
            return []  # an environment variable serves every project, not just this one
        used = {x.path for x in resolved if x.path is not None}
        return [p for p in self.explicit if p not in used]


def _read_manifest(path: Path) -> dict[str, Path]:
    import yaml

    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot read the manifest: {err}") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise InputError(f"{path}{where}: the manifest is not valid YAML") from None
    texts = doc.get("texts") if isinstance(doc, dict) else None
    if not isinstance(texts, dict):
        raise InputError(f"{path}: a manifest maps articles to files under 'texts:' "
                         f"(e.g. 'texts: {{bossuyt-kaczmarek-2021: bk.txt}}')")
    out = {}
    for key, name in texts.items():
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"{path}: the entry {key!r} names no file")
        target = (path.parent / name).resolve()
        if not target.is_file():
            raise InputError(f"{path}: the entry {key!r} names {name}, which is not there")
        out[str(key)] = target
    return out


def article_text(article_id: str, given=None, *, root: Path | None = None) -> tuple[Rendition, str]:
    """The registry entry of one article's text and the text itself (for curation scripts).

    ``given`` as for :meth:`SourceTexts.find`.  Raises InputError when the
    article records no rendition, or its text is not among the texts given,
    or the text found is not the one the registry describes.
    """
    mine = [r for r in project_registry(root).values() if r.article == article_id]
    if len(mine) != 1:
        raise InputError(f"{paths.article_dir(article_id, root) / paths.SOURCE_RECORD}: expected one "
                         f"srkg:TextRendition, found {len(mine)}")
    res = SourceTexts.find(given).resolve(mine[0])
    if res.text is None:
        raise InputError(res.wrong or f"no text given for {mine[0].short} ({mine[0].file_name}): pass --source "
                                      f"or set ${paths.SOURCES_ENV}")
    return mine[0], res.text
