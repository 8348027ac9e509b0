"""HTTP for talking to SPARQL stores: credentials, retries, timeouts, clean errors.

Credentials never come from the command line.  They are read from the
environment (``SRKG_TOKEN`` for a bearer token, or ``SRKG_USER`` and
``SRKG_PASSWORD``; ``SRKG_AUTH=digest`` for stores such as Virtuoso that want
HTTP Digest) or from ``~/.netrc`` (``NETRC`` names another file).  A query URL
with ``user:password@`` in it is accepted by :func:`client_for`, which takes the
credentials out of it (they are then sent as HTTP authentication, never as part
of the URL) and warns that a password on the command line is visible to other
users.  No secret appears in any message this module produces: every error
text passes through :meth:`HttpClient.redact`, and the URL printed is the one
without credentials.

A request may have a total ``deadline`` (``srkg query --timeout``): the answer
must be complete by then, however slowly the server trickles it.

Errors are :class:`~srkg.errors.EndpointError` (exit 2) with a one-line message
that names what was being done, the URL (which holds no credentials) and
what went wrong.

>>> check_url("http://127.0.0.1:7878/query")
'http://127.0.0.1:7878/query'
>>> check_url("https://alice:s3cret@example.org/sparql")
Traceback (most recent call last):
...
srkg.errors.UsageError: credentials in a URL are not accepted (https://***@example.org/sparql); set SRKG_USER and SRKG_PASSWORD, or SRKG_TOKEN, or use ~/.netrc
"""

from __future__ import annotations

import contextlib
import netrc
import os
import re
import time
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping
from urllib.parse import urlsplit, urlunsplit

from ..errors import EndpointError, UsageError

__all__ = ["Credentials", "HttpClient", "check_url", "credentials_for", "split_credentials", "client_for",
           "check_timeout", "USER_ENV", "PASSWORD_ENV", "TOKEN_ENV", "AUTH_ENV"]

USER_ENV = "SRKG_USER"
PASSWORD_ENV = "SRKG_PASSWORD"
TOKEN_ENV = "SRKG_TOKEN"
AUTH_ENV = "SRKG_AUTH"
DEFAULT_TIMEOUT = 3600.0  # seconds to wait for one answer: a MOVE of millions of triples on disk takes minutes
DEFAULT_RETRIES = 3


@dataclass(frozen=True)
class Credentials:
    """Who we are to a store; ``repr`` never shows the secret."""

    user: str | None = None
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    scheme: str = "basic"  # basic | digest | bearer
    source: str = "environment"

    def secrets(self) -> list[str]:
        """The strings that must never be printed (and their encoded forms)."""
        import base64

        out = [s for s in (self.password, self.token) if s]
        if self.user and self.password:
            out.append(base64.b64encode(f"{self.user}:{self.password}".encode()).decode())
        return out


def check_url(url: str, what: str = "endpoint") -> str:
    """Return ``url`` if it is an http(s) URL with a host and no credentials; else UsageError."""
    try:
        parts = urlsplit(url)
    except ValueError:
        raise UsageError(f"{what} URL is not a URL") from None
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        host = parts.netloc.rsplit("@", 1)[-1]
        shown = urlunsplit((parts.scheme, "***@" + host, parts.path, "", ""))
        raise UsageError(f"credentials in a URL are not accepted ({shown}); set {USER_ENV} and {PASSWORD_ENV}, "
                         f"or {TOKEN_ENV}, or use ~/.netrc")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{what} URL must start with http:// or https:// and name a host: {url!r}")
    try:
        parts.port  # noqa: B018 -- raises ValueError on a bad port
    except ValueError:
        raise UsageError(f"{what} URL has an invalid port: {url!r}") from None
    return url


def check_timeout(seconds: float, what: str = "--timeout") -> float:
    """``seconds`` if it is a positive, finite number; else UsageError."""
    import math

    if not isinstance(seconds, (int, float)) or math.isnan(seconds) or math.isinf(seconds) or seconds <= 0:
        raise UsageError(f"{what} must be a positive number of seconds, got {seconds!r}")
    return float(seconds)


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """``url`` without ``user:password@``, and the user and password it held (percent-decoded).

    >>> split_credentials("http://bob:p%40ss@h:8890/sparql")
    ('http://h:8890/sparql', 'bob', 'p@ss')
    >>> split_credentials("http://h/q")
    ('http://h/q', None, None)
    """
    from urllib.parse import unquote

    try:
        parts = urlsplit(url)
    except ValueError:
        return url, None, None
    if "@" not in parts.netloc:
        return url, None, None
    userinfo, host = parts.netloc.rsplit("@", 1)
    user, _, password = userinfo.partition(":")
    clean = urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
    return clean, unquote(user) or None, unquote(password) or None


def client_for(url: str, *, timeout: float = DEFAULT_TIMEOUT, retries: int = DEFAULT_RETRIES, insecure: bool = False,
               warn=None, other_urls=(), env: Mapping[str, str] | None = None) -> "tuple[HttpClient, str]":
    """An :class:`HttpClient` for the store at ``url``, and ``url`` without credentials.

    Credentials: ``user:password@`` in ``url`` (taken out; ``warn`` is told, redacted),
    else the environment, else ``~/.netrc``.  ``other_urls`` (update, graph store) must hold none.
    """
    clean, user, password = split_credentials(url)
    for other in other_urls:
        if other:
            check_url(other, "endpoint")
    check_url(clean, "endpoint")
    env = os.environ if env is None else env
    if user is not None or password is not None:
        if not (user and password):
            raise UsageError(f"the URL {_redact_url(url)} names a user but no password (or the reverse); set "
                             f"{USER_ENV} and {PASSWORD_ENV} instead")
        scheme = (env.get(AUTH_ENV) or "basic").strip().lower()
        if scheme not in ("basic", "digest"):
            raise UsageError(f"{AUTH_ENV} must be 'basic' or 'digest'")
        creds = Credentials(user=user, password=password, scheme=scheme, source="url")
        if warn:
            warn(f"credentials taken out of the URL {_redact_url(url)} and sent as HTTP authentication; a password "
                 f"on the command line is visible to other users: prefer {USER_ENV} and {PASSWORD_ENV}")
    else:
        creds = credentials_for(clean, env)
    return HttpClient(credentials=creds, timeout=timeout, retries=retries, verify=not insecure), clean


def _redact_url(url: str) -> str:
    return re.sub(r"://[^/\s@]+@", "://***@", url)


def credentials_for(url: str, env: Mapping[str, str] | None = None, *, netrc_file: str | None = None) -> Credentials | None:
    """Credentials for ``url``: environment first, then ``~/.netrc`` (or ``$NETRC``); None if none.

    >>> credentials_for("http://h/q", {"SRKG_TOKEN": "t"}).scheme
    'bearer'
    >>> credentials_for("http://h/q", {"SRKG_USER": "u", "SRKG_PASSWORD": "p", "SRKG_AUTH": "digest"})
    Credentials(user='u', scheme='digest', source='environment')
    """
    env = os.environ if env is None else env
    scheme = (env.get(AUTH_ENV) or "basic").strip().lower()
    if scheme not in ("basic", "digest"):
        raise UsageError(f"{AUTH_ENV} must be 'basic' or 'digest'")
    token = env.get(TOKEN_ENV)
    if token:
        return Credentials(token=token, scheme="bearer")
    user, password = env.get(USER_ENV), env.get(PASSWORD_ENV)
    if user or password:
        if not (user and password):
            raise UsageError(f"set both {USER_ENV} and {PASSWORD_ENV} (only one is set)")
        return Credentials(user=user, password=password, scheme=scheme)
    path = netrc_file or env.get("NETRC") or os.path.join(os.path.expanduser("~"), ".netrc")
    if not os.path.isfile(path):
        return None
    try:
        entry = netrc.netrc(path).authenticators(urlsplit(url).hostname or "")
    except (netrc.NetrcParseError, OSError) as err:
        line = getattr(err, "lineno", None)
        raise UsageError(f"{path}: cannot read netrc file" + (f" (line {line})" if line else "")) from None
    if not entry or not entry[2]:
        return None
    return Credentials(user=entry[0], password=entry[2], scheme=scheme, source="netrc")


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class HttpClient:
    """A ``requests`` session with our credentials, timeout, TLS policy and retries.

    Connection failures (refused, DNS, connect timeout) are retried ``retries``
    times with a short back-off; nothing else is retried, because a request that
    reached the store may have had an effect.
    """

    def __init__(self, *, credentials: Credentials | None = None, timeout: float = DEFAULT_TIMEOUT,
                 retries: int = DEFAULT_RETRIES, verify: bool = True, backoff: float = 0.25) -> None:
        import requests
        from requests.adapters import HTTPAdapter
        from urllib3.util.retry import Retry

        check_timeout(timeout)
        if retries < 0:
            raise UsageError("--retries must be zero or more")
        self.credentials = credentials
        self.timeout = (min(10.0, timeout), timeout)
        self.retries = retries
        self.verify = verify
        self._secrets = credentials.secrets() if credentials else []
        s = requests.Session()
        s.trust_env = True  # proxies from the environment; netrc is read by credentials_for
        retry = Retry(total=retries, connect=retries, read=0, status=0, other=0, redirect=0,
                      allowed_methods=None, backoff_factor=backoff, raise_on_status=False)
        adapter = HTTPAdapter(max_retries=retry)
        s.mount("http://", adapter)
        s.mount("https://", adapter)
        s.headers["User-Agent"] = "srkg"
        if credentials is None:
            s.auth = _NoNetrc()
        elif credentials.scheme == "bearer":
            s.auth = _Bearer(credentials.token or "")
        elif credentials.scheme == "digest":
            s.auth = requests.auth.HTTPDigestAuth(credentials.user, credentials.password)
        else:
            s.auth = requests.auth.HTTPBasicAuth(credentials.user, credentials.password)
        if not verify:
            import urllib3

            urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
        self.session = s

    # -- messages ---------------------------------------------------------
    def redact(self, text: str) -> str:
        """``text`` with every secret and any ``user:pass@`` replaced by ``***``."""
        out = str(text)
        for secret in self._secrets:
            out = out.replace(secret, "***")
        out = re.sub(r"(?i)(authorization:?\s*['\"]?)(basic|bearer|digest)\s+[^\s'\",}]+", r"\1\2 ***", out)
        out = re.sub(r"://[^/\s@]+@", "://***@", out)
        return out

    def _fail(self, message: str, *, status: int | None = None, sent: bool = False) -> EndpointError:
        """An EndpointError; ``sent`` marks failures after which the request may have taken effect
        (no answer in time, connection lost), as opposed to refusals and connection failures."""
        err = EndpointError(self.redact(_one_line(message, 400)))
        err.status = status  # type: ignore[attr-defined]
        err.outcome_unknown = sent  # type: ignore[attr-defined]
        return err

    @contextlib.contextmanager
    def brief(self, connect: float = 5.0, read: float = 30.0):
        """Short timeouts and no retries for the requests inside (cleaning up after a failure)."""
        from urllib3.util.retry import Retry

        saved = self.timeout, {p: a.max_retries for p, a in self.session.adapters.items()}
        self.timeout = (min(connect, saved[0][0]), min(read, saved[0][1]))
        for adapter in self.session.adapters.values():
            adapter.max_retries = Retry(0, read=False)
        try:
            yield self
        finally:
            self.timeout = saved[0]
            for p, adapter in self.session.adapters.items():
                adapter.max_retries = saved[1].get(p, adapter.max_retries)

    # -- requests ---------------------------------------------------------
    def request(self, method: str, url: str, *, what: str, params: Mapping[str, str] | None = None,
                data: Any = None, headers: Mapping[str, str] | None = None, ok: Iterable[int] = (),
                deadline: float | None = None, max_body: int | None = None) -> Any:
        """Send one request; return the response if 2xx (or in ``ok``), else raise EndpointError.

        With ``deadline`` (seconds from now) the whole answer must have arrived by then: the
        body is read here, in pieces, and the request is cut off when time is up, however
        slowly the server sends.  ``max_body`` caps the size of that body.
        """
        import requests

        start = time.monotonic()
        timeout = self.timeout
        if deadline is not None:
            timeout = (min(timeout[0], deadline), min(timeout[1], deadline))
        try:
            resp = self.session.request(method, url, params=params, data=data, headers=headers,
                                        timeout=timeout, verify=self.verify, allow_redirects=False,
                                        stream=deadline is not None)
            if deadline is not None:
                self._read_by(resp, url, what, start + deadline, deadline, max_body)
        except requests.exceptions.SSLError:
            raise self._fail(f"{what}: TLS certificate of {url} could not be verified "
                             "(use --insecure only if you trust this server)") from None
        except requests.exceptions.ConnectTimeout:
            raise self._fail(f"{what}: could not connect to {url} within {self.timeout[0]:g} s "
                             f"(after {self.retries} retries)") from None
        except requests.exceptions.ReadTimeout:
            raise self._fail(f"{what}: {url} did not answer within {timeout[1]:g} s "
                             f"(raise --timeout if the store is just slow)", sent=True) from None
        except requests.exceptions.ConnectionError as err:
            text = repr(err)
            if "ReadTimeoutError" in text or "Read timed out" in text:
                raise self._fail(f"{what}: {url} did not answer within {timeout[1]:g} s "
                                 f"(raise --timeout if the store is just slow)", sent=True) from None
            if "ConnectTimeoutError" in text:
                raise self._fail(f"{what}: could not connect to {url} within {self.timeout[0]:g} s "
                                 f"(after {self.retries} retries)") from None
            if _is_connect_failure(err):
                raise self._fail(f"{what}: {_connection_reason(err, url)} (after {self.retries} retries)") from None
            raise self._fail(f"{what}: connection to {url} lost: {_connection_reason(err, url)}", sent=True) from None
        except requests.exceptions.InvalidURL:
            raise self._fail(f"{what}: invalid URL {url}") from None
        except requests.exceptions.RequestException as err:
            raise self._fail(f"{what}: request to {url} failed: {type(err).__name__}") from None
        if 200 <= resp.status_code < 300 or resp.status_code in ok:
            return resp
        raise self._http_error(resp, url, what, time.monotonic() - start)

    def _read_by(self, resp: Any, url: str, what: str, until: float, seconds: float, max_body: int | None) -> None:
        """Read the body of a streamed response by ``until`` (monotonic), or raise EndpointError.

        A timer shuts the socket down at the deadline, so a server that trickles a byte
        now and then (each read returning in time) is cut off all the same."""
        import socket
        import threading

        fired = threading.Event()
        sock = _socket_of(resp)

        def cut() -> None:
            fired.set()
            try:
                if sock is not None:
                    sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

        late = self._fail(f"{what}: {url} did not send its whole answer within {seconds:g} s "
                          f"(--timeout is a total deadline; raise it if the store is just slow)", sent=True)
        timer = threading.Timer(max(0.0, until - time.monotonic()), cut)
        timer.daemon = True
        timer.start()
        chunks, size = [], 0
        try:
            while True:
                # decode_content: a gzip answer (Virtuoso's default) arrives decoded
                chunk = resp.raw.read1(65536, decode_content=True) if hasattr(resp.raw, "read1") else \
                    resp.raw.read(65536, decode_content=True)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if fired.is_set() or time.monotonic() > until:
                    raise late
                if max_body is not None and size > max_body:
                    raise self._fail(f"{what}: {url} sent more than {max_body / 2**20:.0f} MiB")
        except EndpointError:
            raise
        except Exception:  # the socket shut down under the read, or a read timeout
            if fired.is_set() or time.monotonic() > until:
                raise late from None
            raise self._fail(f"{what}: connection to {url} lost while reading the answer", sent=True) from None
        finally:
            timer.cancel()
            resp.close()
        if fired.is_set():
            raise late
        resp._content = b"".join(chunks)
        resp._content_consumed = True

    def _http_error(self, resp: Any, url: str, what: str, seconds: float) -> EndpointError:
        code = resp.status_code
        reason = resp.reason or ""
        try:
            body = resp.text[:300]
        except Exception:  # pragma: no cover - undecodable body
            body = ""
        body = _one_line(strip_tags(self.redact(body)), 160)  # redact before cutting
        if code == 401:
            hint = ("check the credentials in SRKG_USER/SRKG_PASSWORD, SRKG_TOKEN or ~/.netrc"
                    if self.credentials else
                    "the store wants credentials: set SRKG_USER and SRKG_PASSWORD, or SRKG_TOKEN, or use ~/.netrc")
            challenge = resp.headers.get("WWW-Authenticate", "").lower()
            if self.credentials and self.credentials.scheme == "basic" and "basic" not in challenge:
                hint += "; if the store wants HTTP Digest, as Virtuoso does, set SRKG_AUTH=digest"
            return self._fail(f"{what}: {url} answered 401 Unauthorized ({hint})", status=code)
        if code == 403:
            return self._fail(f"{what}: {url} answered 403 Forbidden (the account may not write here, "
                              f"or the server is read-only){': ' + body if body else ''}", status=code)
        if code == 404:
            return self._fail(f"{what}: {url} answered 404 Not Found (wrong endpoint URL? see 'srkg load --help' "
                              "for the usual paths)", status=code)
        if 300 <= code < 400:
            return self._fail(f"{what}: {url} answered {code} {reason} redirecting to "
                              f"{resp.headers.get('Location', '?')} (give that URL instead)", status=code)
        return self._fail(f"{what}: {url} answered {code} {reason}{': ' + body if body else ''}", status=code)


_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|<!--.*?-->|<![^<>]*>", re.S)


def strip_tags(text: str) -> str:
    """``text`` without HTML/XML tags, but with its ``<IRI>``s, which a store quotes in its errors.

    >>> strip_tags("<html><body><p>Unknown graph <https://example.org/g></p></body></html>")
    'Unknown graph <https://example.org/g>'
    >>> strip_tags("<h1 class='x'>Error</h1> near <urn:srkg:staging:1:g>")
    'Error near <urn:srkg:staging:1:g>'
    """
    return " ".join(_TAG.sub(" ", text).split()) if text else text


def _socket_of(resp: Any):
    try:
        return resp.raw._fp.fp.raw._sock  # http.client -> socket.SocketIO -> socket
    except AttributeError:
        return None


def _is_connect_failure(err: Exception) -> bool:
    text = repr(err)
    return any(k in text for k in ("NewConnectionError", "NameResolution", "Failed to resolve",
                                   "Connection refused", "ConnectTimeout"))


def _connection_reason(err: Exception, url: str) -> str:
    text = repr(err)
    if "NameResolution" in text or "Failed to resolve" in text or "Name or service not known" in text:
        return f"host of {url} not found"
    if "Connection refused" in text or "Errno 111" in text:
        return f"connection to {url} refused (is the store running?)"
    if "RemoteDisconnected" in text or "Connection aborted" in text or "reset by peer" in text \
            or "Broken pipe" in text or "BrokenPipe" in text:
        return f"{url} closed the connection (the store stopped or crashed)"
    return f"cannot connect to {url}"


class _Bearer:
    def __init__(self, token: str) -> None:
        self._token = token

    def __call__(self, r):  # requests auth protocol
        r.headers["Authorization"] = f"Bearer {self._token}"
        return r

    def __repr__(self) -> str:
        return "_Bearer(***)"


class _NoNetrc:
    """No credentials, and do not let requests read ~/.netrc behind our back."""

    def __call__(self, r):
        return r


UNION_HINT = ("the store's default graph does not show its named graphs, so every stored query will "
              "return no rows: start Oxigraph with 'serve --union-default-graph', set "
              "'tdb2:unionDefaultGraph true' in Fuseki's dataset; GraphDB and Virtuoso do it by default")


def guess_store(url_or_path: str) -> str:
    """The kind of store a query URL (or its path) looks like; ``generic`` when it tells nothing.

    >>> guess_store("http://h:8890/sparql"), guess_store("/ds/query"), guess_store("http://h/x/y")
    ('virtuoso', 'fuseki', 'generic')
    """
    path = urlsplit(url_or_path).path if "://" in url_or_path else url_or_path
    if path.rstrip("/") in ("/query", ""):
        return "oxigraph"
    if path.rstrip("/") == "/sparql":
        return "virtuoso"
    if re.fullmatch(r"/repositories/[^/]+/?", path):
        return "graphdb"
    if re.fullmatch(r"/.+/(query|sparql)", path):
        return "fuseki"
    return "generic"
