"""Where srkg load takes credentials from: the environment or ~/.netrc, never the command line."""

from __future__ import annotations

import base64
import http.server
import threading

import pytest

from srkg.cli import main
from srkg.errors import UsageError
from srkg.remote.http import credentials_for

SECRET = "pw-SENTINEL-netrc-41d9"


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    for k in ("SRKG_USER", "SRKG_PASSWORD", "SRKG_TOKEN", "SRKG_AUTH"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("NETRC", str(tmp_path / "absent-netrc"))
    return monkeypatch


@pytest.fixture
def recorder():
    """A stub store that records the Authorization header of each request and answers 500."""
    seen: list[str | None] = []

    class H(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            seen.append(self.headers.get("Authorization"))
            self.send_response(500)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *a):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/query", seen
    srv.shutdown()
    srv.server_close()


def test_netrc_credentials_are_sent_and_never_printed(clean_env, recorder, tmp_path, capsys):
    url, seen = recorder
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1 login loader password {SECRET}\n")
    netrc.chmod(0o600)
    clean_env.setenv("NETRC", str(netrc))
    assert main(["load", "--endpoint", url, "--only", "ontology", "--no-progress"]) == 2
    assert seen and seen[0] == "Basic " + base64.b64encode(f"loader:{SECRET}".encode()).decode()
    out, err = capsys.readouterr()
    assert SECRET not in out + err and "500" in err


def test_environment_wins_over_netrc(clean_env, recorder, tmp_path):
    url, seen = recorder
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login other password other-secret\n")
    clean_env.setenv("NETRC", str(netrc))
    clean_env.setenv("SRKG_TOKEN", "tok-123")
    assert main(["load", "--endpoint", url, "--only", "ontology", "--no-progress"]) == 2
    assert seen[0] == "Bearer tok-123"


def test_no_credentials_sends_no_authorization(clean_env, recorder):
    url, seen = recorder
    assert main(["load", "--endpoint", url, "--only", "ontology", "--no-progress"]) == 2
    assert seen == [None]


def test_half_set_credentials_are_a_usage_error(clean_env, capsys):
    clean_env.setenv("SRKG_USER", "loader")
    assert main(["load", "--endpoint", "http://127.0.0.1:9/query"]) == 2
    assert "SRKG_PASSWORD" in capsys.readouterr().err


def test_credentials_for_reads_netrc_by_host(tmp_path):
    netrc = tmp_path / "netrc"
    netrc.write_text("machine store.example.org login alice password wonderland\n")
    c = credentials_for("https://store.example.org/sparql", {}, netrc_file=str(netrc))
    assert (c.user, c.password, c.scheme, c.source) == ("alice", "wonderland", "basic", "netrc")
    assert credentials_for("https://elsewhere.example.org/sparql", {}, netrc_file=str(netrc)) is None
    assert "wonderland" not in repr(c)


def test_unknown_auth_scheme_is_refused():
    with pytest.raises(UsageError):
        credentials_for("http://h/q", {"SRKG_AUTH": "kerberos", "SRKG_USER": "u", "SRKG_PASSWORD": "p"})


@pytest.mark.parametrize("flag", ["--update-endpoint", "--gsp-endpoint"])
def test_credentials_in_any_url_are_refused(clean_env, capsys, flag):
    code = main(["load", "--endpoint", "http://127.0.0.1:9/query", flag, f"http://u:{SECRET}@127.0.0.1:9/x"])
    err = capsys.readouterr().err
    assert code == 2 and "credentials in a URL" in err and SECRET not in err
