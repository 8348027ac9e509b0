"""Validation never reaches the network: SERVICE and remote owl:imports are refused, and no
connection is made -- proved by a real listening socket that records every connection, with
every engine, through the library and the CLI."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from srkg.cli import main
from srkg.errors import EXIT_UNSUPPORTED, UnsupportedShape
from srkg.shacl.validate import validate_files

DATA = Path(__file__).resolve().parent / "validate" / "misspelt-actor.ttl"
ENGINES = ["fast", "compiled", "turbo", "pyshacl"]


@pytest.fixture
def listener():
    """A TCP server on 127.0.0.1 that accepts and records connections (none may arrive)."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)
    srv.settimeout(0.2)
    seen: list = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, addr = srv.accept()
            except OSError:
                continue
            seen.append(addr)
            conn.close()

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.getsockname()[1]}", seen
    stop.set()
    t.join(2)
    srv.close()


@pytest.fixture
def no_connect(monkeypatch):
    """Also record any outgoing connection attempt at all (whatever the host)."""
    tried: list = []
    real = socket.socket.connect

    def connect(self, addr):
        tried.append(addr)
        return real(self, addr)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "create_connection", lambda addr, *a, **k: tried.append(addr) or
                        (_ for _ in ()).throw(OSError("no network in validation")))
    return tried


SHAPES_SERVICE = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix srkg: <https://w3id.org/srkg/ontology#> .
<urn:x:S> a sh:NodeShape ; sh:targetClass srkg:ScholarlyWork ;
  sh:sparql [ sh:select "SELECT $this WHERE { $this ?p ?o . SERVICE <URL/sparql> { ?o ?q ?r } }" ] .
"""
SHAPES_IMPORT = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
<urn:x:shapes> owl:imports <URL/more-shapes.ttl> .
<urn:x:S> a sh:NodeShape ; sh:targetNode <urn:x:a> ; sh:property [ sh:path <urn:x:p> ; sh:minCount 1 ] .
"""
SHAPES_SERVICE_UNTARGETED = """@prefix sh: <http://www.w3.org/ns/shacl#> .
<urn:x:C> a sh:SPARQLConstraint ; sh:select "SELECT $this WHERE { SERVICE <URL/sparql> { $this ?p ?o } }" .
"""


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("shapes", [SHAPES_SERVICE, SHAPES_IMPORT, SHAPES_SERVICE_UNTARGETED],
                         ids=["service", "owl-imports", "service-untargeted"])
def test_shapes_that_would_reach_the_network_are_refused(tmp_path, listener, no_connect, engine, shapes):
    url, seen = listener
    f = tmp_path / "shapes.ttl"
    f.write_text(shapes.replace("URL", url), encoding="utf-8")
    with pytest.raises(UnsupportedShape) as err:
        validate_files([DATA], shapes_files=[f], engine=engine)
    assert err.value.exit_code == EXIT_UNSUPPORTED and "\n" not in str(err.value)
    assert "network" in str(err.value)
    assert seen == [] and no_connect == []


@pytest.mark.parametrize("engine", ENGINES)
def test_new_data_with_a_remote_import_is_refused(tmp_path, listener, no_connect, engine):
    url, seen = listener
    f = tmp_path / "new.ttl"
    f.write_text(DATA.read_text(encoding="utf-8") + f"\n<urn:x:data> <http://www.w3.org/2002/07/owl#imports> <{url}/x.ttl> .\n",
                 encoding="utf-8")
    with pytest.raises(UnsupportedShape, match="owl:imports"):
        validate_files([f], engine=engine)
    assert seen == [] and no_connect == []


@pytest.mark.parametrize("engine", ENGINES)
def test_new_data_with_sparql_service_is_refused(tmp_path, listener, no_connect, engine):
    url, seen = listener
    f = tmp_path / "new.ttl"
    f.write_text(DATA.read_text(encoding="utf-8") + "\n" + SHAPES_SERVICE_UNTARGETED.replace("URL", url), encoding="utf-8")
    with pytest.raises(UnsupportedShape, match="SERVICE"):
        validate_files([f], engine=engine)
    assert seen == [] and no_connect == []


def test_cli_refusal_is_one_line_with_exit_3(tmp_path, listener, capsys):
    url, seen = listener
    f = tmp_path / "shapes.ttl"
    f.write_text(SHAPES_SERVICE.replace("URL", url), encoding="utf-8")
    assert main(["validate", "--shapes", str(f), str(DATA)]) == EXIT_UNSUPPORTED
    err = capsys.readouterr().err
    assert err.startswith("srkg: error: ") and err.count("\n") == 1 and "SERVICE" in err
    assert seen == []


def test_the_listener_does_record_connections(listener):
    """The proof above is only worth something if a connection would be seen."""
    url, seen = listener
    host, port = url[len("http://"):].split(":")
    socket.create_connection((host, int(port)), timeout=2).close()
    for _ in range(50):
        if seen:
            break
        threading.Event().wait(0.05)
    assert len(seen) == 1
