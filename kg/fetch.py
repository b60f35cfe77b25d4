"""URLs as inputs: fetch each page once into a cache folder, then read it like any file.

`kg build URL…` and `kg build --urls FILE` come here before discovery.  Each page is kept as a
one-record WARC file (request URL, status, content type and body), so the WARC reader gives it
its URL and HTTP charset; the cache index is keyed by the URL and the file by the content's hash,
so a re-run makes no request at all.  Fetching is polite: one kept HTTP client (httpx) with
timeouts, retries with backoff on timeouts, 429 and 5xx, a per-host delay (or the site's
Crawl-delay), robots.txt (Protego, RFC 9309: a robots.txt that cannot be fetched for a 5xx
means "disallow all") and a User-Agent that names the tool.  A fetch that fails is a
`(url, reason)` for the build's account, never an exception.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kg import __version__
from kg.atomic import write_atomic

AGENT = "kg-meetings"
USER_AGENT = f"{AGENT}/{__version__} (+https://w3id.org/cn-meetings/; knowledge graph of meeting reports)"
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_MAX_WAIT = 60.0  # seconds: longer Retry-After or Crawl-delay values are capped


@dataclass(frozen=True, slots=True)
class FetchOptions:
    cache: Path = Path(".kg-cache")
    timeout: float = 20.0  # seconds, per request
    retries: int = 2  # further tries after a timeout, a 429 or a 5xx
    delay: float = 1.0  # seconds between two requests to one host
    backoff: float = 1.0  # seconds before the first retry, doubled each time


@dataclass(slots=True)
class Fetched:
    paths: list[Path] = field(default_factory=list)  # cached WARC files, in the order of the URLs
    failures: list[tuple[str, str]] = field(default_factory=list)  # (url, one-line reason)
    requests: int = 0  # HTTP requests made (0 when everything came from the cache)


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def url_list(path: Path) -> list[str]:
    """The URLs of a list file: one a line; blank lines and '#' comments are ignored."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8-sig").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def fetch_all(urls: Iterable[str], options: FetchOptions = FetchOptions()) -> Fetched:
    """Each URL from the cache, or fetched into it; failures are reported, not raised."""
    result = Fetched()
    session: _Session | None = None
    for url in dict.fromkeys(urls):
        cached = _cached(options.cache, url)
        if cached:
            result.paths.append(cached)
            continue
        session = session or _Session(options)
        outcome = session.fetch(url)
        if isinstance(outcome, str):
            result.failures.append((url, f"fetch failed: {outcome}"))
        else:
            result.paths.append(_store(options.cache, url, *outcome))
    if session:
        result.requests = session.requests
        session.close()
    return result


# --- the cache: index/<sha256 of the URL>.json -> pages/<host>-<sha256 of the body>.warc -----------

def _index(cache: Path, url: str) -> Path:
    return cache / "index" / f"{hashlib.sha256(url.encode()).hexdigest()}.json"


def _cached(cache: Path, url: str) -> Path | None:
    try:
        entry = json.loads(_index(cache, url).read_text(encoding="utf-8"))
        path = cache / "pages" / entry["file"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return path if path.is_file() else None


def _store(cache: Path, url: str, status: int, content_type: str, body: bytes) -> Path:
    digest = hashlib.sha256(body).hexdigest()
    host = (urlsplit(url).hostname or "page").replace(":", "_")
    path = cache / "pages" / f"{host}-{digest[:16]}.warc"
    fetched = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    write_atomic(path, warc_response(url, status, content_type, body, fetched))
    entry = {"url": url, "file": path.name, "sha256": digest, "status": status, "fetched": fetched}
    write_atomic(_index(cache, url), json.dumps(entry, ensure_ascii=False, indent=1) + "\n")
    return path


def warc_response(url: str, status: int, content_type: str, body: bytes, date: str) -> bytes:
    """One WARC/1.1 response record holding an HTTP response (the body as received, decoded)."""
    reason = "OK" if status == 200 else "-"
    http = (f"HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode("latin-1") + body
    record_id = uuid.uuid5(uuid.NAMESPACE_URL, url + hashlib.sha256(body).hexdigest())
    head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
            f"WARC-Date: {date}\r\nWARC-Target-URI: {url}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    return head.encode("utf-8") + http + b"\r\n\r\n"


# --- polite fetching ------------------------------------------------------------------------

class _Session:
    """One HTTP client, robots.txt per host, a delay per host, retries."""

    def __init__(self, options: FetchOptions) -> None:
        import httpx

        self.httpx = httpx
        self.options = options
        self.client = httpx.Client(timeout=options.timeout, follow_redirects=True,
                                   headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,*/*"})
        self.robots: dict[str, Any] = {}
        self.last: dict[str, float] = {}
        self.requests = 0

    def close(self) -> None:
        self.client.close()

    def fetch(self, url: str) -> tuple[int, str, bytes] | str:
        """(status, content type, body) of a 2xx response, or the reason it could not be had."""
        try:
            parts = urlsplit(url)
        except ValueError:
            return "not a valid URL"
        if not parts.hostname:
            return "not a valid URL"
        robots = self._robots(parts.scheme, parts.netloc)
        if robots is not None and not robots.can_fetch(url, AGENT):
            return "robots.txt disallows it"
        response = self._get(url)
        if isinstance(response, str):
            return response
        if not 200 <= response.status_code < 300:
            return f"HTTP {response.status_code}"
        return response.status_code, response.headers.get("content-type", ""), response.content

    def _robots(self, scheme: str, host: str) -> Any:
        if host not in self.robots:
            from protego import Protego

            self.robots[host] = None
            response = self._get(f"{scheme}://{host}/robots.txt")
            if isinstance(response, str) or response.status_code >= 500:
                self.robots[host] = Protego.parse("User-agent: *\nDisallow: /")  # unreachable: RFC 9309 2.3.1.4
            elif response.status_code < 400:
                self.robots[host] = Protego.parse(response.text)
            # 4xx: no robots.txt, everything is allowed
        return self.robots[host]

    def _get(self, url: str) -> Any:
        """The response after retries, or a reason; each request waits its turn for the host."""
        host = urlsplit(url).netloc
        tries = self.options.retries + 1
        for attempt in range(tries):
            self._wait(host)
            try:
                response = self.client.get(url)
            except self.httpx.TimeoutException:
                reason = f"timed out after {self.options.timeout:g} s"
            except self.httpx.HTTPError as exc:
                reason = _one_line(f"{type(exc).__name__}: {exc}")
            else:
                if response.status_code not in _RETRY_STATUS:
                    return response
                reason = f"HTTP {response.status_code}"
                if attempt + 1 < tries:
                    time.sleep(min(_retry_after(response), _MAX_WAIT))
            if attempt + 1 < tries:
                time.sleep(self.options.backoff * 2**attempt)
        return f"{reason} ({tries} tries)" if tries > 1 else reason

    def _wait(self, host: str) -> None:
        robots = self.robots.get(host)
        delay = max(self.options.delay, min(float((robots and robots.crawl_delay(AGENT)) or 0), _MAX_WAIT))
        if host in self.last:
            time.sleep(max(0.0, self.last[host] + delay - time.monotonic()))
        self.last[host] = time.monotonic()
        self.requests += 1


def _retry_after(response: Any) -> float:
    value = response.headers.get("retry-after", "")
    return float(value) if value.isdigit() else 0.0


def _one_line(text: str) -> str:
    return " ".join(text.split())[:160]
