"""HTTP for `kg load`: an overall deadline, capped answers, no redirects, no secrets in messages.

- A `Deadline` bounds a whole exchange, not each read: when it passes, the
  sockets it watches are shut down, so a server trickling one byte at a time
  cannot keep a request alive.
- Answers are read up to a size cap; an error page only as far as its message.
- Redirects are not followed: the data would not be resent, and credentials
  stay with the host the user named.  The message names the new location.
- User-info in URLs (`http://user:password@host/`) is taken out of the URL
  before any request and `redact`ed from every message.

Standard library only: Basic and Digest authentication come from urllib.
"""

from __future__ import annotations

import contextlib
import http.client
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable

MAX_ANSWER = 1024 * 1024  # a Graph Store or count answer is a few bytes; 1 MB is generous
MAX_ERROR_TEXT = 64 * 1024  # of an error page: enough for its message
READ_TIMEOUT = 300.0  # seconds one read may wait (within the deadline): big chunks take a while on Virtuoso


class RequestError(Exception):
    """A request that failed; the message is one line, for the user, without credentials."""


# ---- credentials -----------------------------------------------------------

_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#\s@]*@")


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """`text` without the user-info of any URL in it, nor any of `secrets`."""
    text = _USERINFO.sub(r"\1***@", text)
    for secret in secrets:
        if secret and len(secret) >= 4:  # shorter ones would garble the message, and cannot be told apart
            text = text.replace(secret, "***")
    return text


def split_userinfo(url: str) -> tuple[str, str | None, str | None]:
    """(url without user-info, user, password) of an http(s) URL; RequestError if it is not one."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise RequestError(f"not an http(s) URL: {redact(url)!r}")
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise RequestError(f"bad port in URL: {redact(url)!r}") from None
    user = urllib.parse.unquote(parts.username) if parts.username is not None else None
    password = urllib.parse.unquote(parts.password) if parts.password is not None else None
    netloc = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc)), user, password


# ---- the deadline ----------------------------------------------------------

class Deadline:
    """An overall time limit; use as a context manager around the requests it bounds."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self.expire)
        self._timer.daemon = True

    def __enter__(self) -> Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def passed(self) -> bool:
        return self.expired or time.monotonic() >= self.end

    def remaining(self) -> float:
        if self.passed():
            raise RequestError(self.message())
        return self.end - time.monotonic()

    def message(self, url: str = "") -> str:
        where = f"{url}: " if url else ""
        return f"{where}no complete answer within the {self.seconds:g} s deadline (--timeout)"

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets = [s for s in self._sockets if s.fileno() != -1] + [sock]
            expired = self.expired
        if expired:
            _shut(sock)

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # wakes a thread blocked reading it
        sock.shutdown(socket.SHUT_RDWR)


def _watched(base: type[http.client.HTTPConnection], deadline: Deadline) -> type[http.client.HTTPConnection]:
    class Connection(base):  # type: ignore[misc, valid-type]
        def connect(self) -> None:
            super().connect()
            deadline.watch(self.sock)

    return Connection


class _HTTP(urllib.request.HTTPHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_watched(http.client.HTTPConnection, self.deadline), req)


class _HTTPS(urllib.request.HTTPSHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_watched(http.client.HTTPSConnection, self.deadline), req, context=self._context)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object) -> None:
        return None  # the 3xx becomes an HTTPError, reported with its Location


# ---- requests --------------------------------------------------------------

def opener(deadline: Deadline, user: str | None = None, password: str | None = None,
           urls: Iterable[str] = ()) -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = [_HTTP(deadline), _HTTPS(deadline), _NoRedirect()]
    if user:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        for url in urls:
            passwords.add_password(None, url, user, password or "")
        handlers += [urllib.request.HTTPDigestAuthHandler(passwords), urllib.request.HTTPBasicAuthHandler(passwords)]
    return urllib.request.build_opener(*handlers)


def send(opener: urllib.request.OpenerDirector, deadline: Deadline, method: str, url: str, body: bytes,
         content_type: str, accept: str = "*/*", limit: int = MAX_ANSWER) -> bytes:
    """The answer's body (at most `limit` bytes); RequestError with a one-line reason otherwise."""
    request = urllib.request.Request(url, data=body, method=method,
                                     headers={"Content-Type": content_type, "Accept": accept})
    plain = url.split("?", 1)[0]
    try:
        with opener.open(request, timeout=min(READ_TIMEOUT, deadline.remaining())) as response:
            data = response.read(limit + 1)
    except urllib.error.HTTPError as exc:
        if deadline.passed():
            raise RequestError(deadline.message(plain)) from None
        raise RequestError(http_message(exc, plain)) from None
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        if deadline.passed():
            raise RequestError(deadline.message(plain)) from None
        reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        raise RequestError(connection_message(reason, plain)) from None
    if deadline.expired:  # its sockets were shut down: an answer without a length may be cut short
        raise RequestError(deadline.message(plain))
    if len(data) > limit:
        raise RequestError(f"{plain}: the answer is larger than {limit // 1024} KB: is this a SPARQL store?")
    return data


def http_message(exc: urllib.error.HTTPError, url: str) -> str:
    detail = _server_text(exc) or "no message from the server"
    if exc.code == 401:
        return f"{url}: HTTP 401: authentication failed: check --user and --password ({detail})"
    if exc.code == 403:
        return f"{url}: HTTP 403: permission denied for this user: {detail}"
    if 300 <= exc.code < 400:
        where = redact(exc.headers.get("Location", "") or "nowhere").split("?", 1)[0]
        return (f"{url}: HTTP {exc.code}: the server redirects to {where}; kg does not follow redirects "
                "(the data would not be sent again, nor credentials to another host): give that URL")
    return f"{url}: HTTP {exc.code} {exc.reason}: {detail}"


def _server_text(exc: urllib.error.HTTPError) -> str:
    try:
        raw = exc.read(MAX_ERROR_TEXT).decode("utf-8", "replace")
    except Exception:  # urllib's own "digest auth failed" error has no body
        return ""
    finally:
        exc.close()
    # Virtuoso wraps its message in HTML (<xmp>...</xmp>); keep the text only.
    found = re.search(r"<xmp>(.*?)</xmp>", raw, re.DOTALL)
    text = found.group(1) if found else re.sub(r"<[^>]+>", " ", raw)
    return redact(" ".join(text.split())[:500])


def connection_message(reason: object, url: str) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return f"cannot connect to {url}: connection refused (is the server running on that port?)"
    if isinstance(reason, socket.gaierror):
        return f"cannot connect to {url}: unknown host"
    if isinstance(reason, TimeoutError):
        return f"{url}: no answer within {READ_TIMEOUT:.0f} s"
    if isinstance(reason, http.client.HTTPException | ConnectionError):
        return f"{url}: not an HTTP answer ({type(reason).__name__}: {redact(' '.join(str(reason).split()))[:160]})"
    return f"cannot connect to {url}: {redact(' '.join(str(reason).split()))[:200]}"
