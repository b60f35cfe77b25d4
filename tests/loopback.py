"""Small misbehaving HTTP servers on loopback ports, for the network tests.

Each `Loopback` listens on 127.0.0.1 and runs `respond(conn, request)` for
every connection in a thread of its own; `requests` keeps what came in, so a
test can check what was (not) sent.  Real sockets, real HTTP: no mocks.
"""

from __future__ import annotations

import base64
import contextlib
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Request:
    line: str  # "PUT /store?graph=... HTTP/1.1"
    headers: dict[str, str]  # lower-case names
    body: bytes

    @property
    def credentials(self) -> str | None:
        """"user:password" of a Basic Authorization header, else None."""
        scheme, _, value = self.headers.get("authorization", "").partition(" ")
        return base64.b64decode(value).decode() if scheme.lower() == "basic" else None


Responder = Callable[[socket.socket, Request, "Loopback"], None]


@dataclass
class Loopback:
    respond: Responder
    requests: list[Request] = field(default_factory=list)
    connections: int = 0
    sent: int = 0  # bytes sent by responders that count them
    stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Loopback:
        threading.Thread(target=self._serve, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.sock.close()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            request = read_request(conn)
            self.requests.append(request)
            self.respond(conn, request, self)


def read_request(conn: socket.socket) -> Request:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    line, *fields = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (f.partition(":") for f in fields)}
    while len(body) < int(headers.get("content-length", 0) or 0):
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return Request(line, headers, body)


def reply(conn: socket.socket, status: str, body: bytes = b"", **headers: str) -> None:
    lines = [f"HTTP/1.1 {status}", f"Content-Length: {len(body)}", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)


# ---- responders --------------------------------------------------------------

def trickle(conn: socket.socket, request: Request, server: Loopback) -> None:
    """An answer one byte every 0.2 s, for ever: no single read ever times out."""
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n" + b"x" * 100000
    for byte in answer:
        if server.stop.wait(0.2):
            return
        conn.sendall(bytes([byte]))


def endless(status: str) -> Responder:
    """An answer announcing 4 GB and sending zeros until the client hangs up."""
    def respond(conn: socket.socket, request: Request, server: Loopback) -> None:
        conn.sendall(f"HTTP/1.1 {status}\r\nContent-Length: 4000000000\r\n\r\n".encode())
        block = b"\0" * 65536
        while not server.stop.is_set():
            conn.sendall(block)
            server.sent += len(block)
    return respond


def silent(conn: socket.socket, request: Request, server: Loopback) -> None:
    server.stop.wait(600)


def raw(answer: bytes) -> Responder:
    def respond(conn: socket.socket, request: Request, server: Loopback) -> None:
        conn.sendall(answer)
    return respond


def status(line: str, body: bytes = b"", **headers: str) -> Responder:
    def respond(conn: socket.socket, request: Request, server: Loopback) -> None:
        reply(conn, line, body, **headers)
    return respond


def refused_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
