"""Fetching URLs from a real HTTP server on loopback: cache, robots.txt, retries, accounting."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from kg.fetch import USER_AGENT, FetchOptions, fetch_all, url_list
from kg.read import read_file
from tests.article_forms import SEEDS, article_url, page_gbk, seed_item

ROOT = Path(__file__).resolve().parent.parent
ITEM = seed_item(SEEDS / "000_968c041b20610dd7.txt")
FAST = {"timeout": 2.0, "retries": 1, "delay": 0.0, "backoff": 0.01}


@pytest.fixture
def site(httpserver: HTTPServer) -> HTTPServer:
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
    httpserver.expect_request("/news/1.shtml").respond_with_data(page_gbk(ITEM), content_type="text/html; charset=GBK")
    httpserver.expect_request("/private/2.shtml").respond_with_data("<html>secret</html>", content_type="text/html")
    httpserver.expect_request("/gone.shtml").respond_with_data("not here", status=404)
    return httpserver


def test_fetch_caches_and_a_rerun_makes_no_request(site: HTTPServer, tmp_path: Path) -> None:
    options = FetchOptions(cache=tmp_path / "cache", **FAST)
    url = site.url_for("/news/1.shtml")
    first = fetch_all([url], options)
    assert first.failures == [] and first.requests == 2  # robots.txt, the page
    (path,) = first.paths
    out = read_file(path)
    assert out.format == "warc" and out.items[0].title == ITEM.title
    assert dict(out.items[0].meta)["url"] == article_url(ITEM)  # the page's canonical address wins
    requests = len(site.log)
    again = fetch_all([url], options)
    assert again.paths == first.paths and again.requests == 0 and len(site.log) == requests
    index = json.loads(next((tmp_path / "cache" / "index").iterdir()).read_text())
    assert index["url"] == url and path.name.endswith(index["sha256"][:16] + ".warc")


def test_user_agent_names_the_tool(site: HTTPServer, tmp_path: Path) -> None:
    fetch_all([site.url_for("/news/1.shtml")], FetchOptions(cache=tmp_path, **FAST))
    agents = {request.headers.get("User-Agent") for request, _ in site.log}
    assert agents == {USER_AGENT} and USER_AGENT.startswith("kg-meetings/")


def test_robots_and_errors_are_failures_with_reasons(site: HTTPServer, tmp_path: Path) -> None:
    urls = [site.url_for("/private/2.shtml"), site.url_for("/gone.shtml"), "http://127.0.0.1:9/closed"]
    result = fetch_all(urls, FetchOptions(cache=tmp_path, **FAST))
    assert result.paths == []
    reasons = dict(result.failures)
    assert reasons[urls[0]] == "fetch failed: robots.txt disallows it"
    assert reasons[urls[1]] == "fetch failed: HTTP 404"
    assert reasons[urls[2]].startswith("fetch failed: robots.txt disallows it")  # unreachable robots.txt: RFC 9309
    assert all(request.path != "/private/2.shtml" for request, _ in site.log)


def test_server_errors_are_retried(httpserver: HTTPServer, tmp_path: Path) -> None:
    calls = []

    def flaky(request: Request) -> Response:
        calls.append(request.path)
        if len(calls) == 1:
            return Response("busy", status=503)
        return Response(page_gbk(ITEM), content_type="text/html; charset=GBK")

    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/news/1.shtml").respond_with_handler(flaky)
    result = fetch_all([httpserver.url_for("/news/1.shtml")], FetchOptions(cache=tmp_path, **FAST))
    assert len(result.paths) == 1 and calls == ["/news/1.shtml", "/news/1.shtml"]


def test_timeouts_are_a_reason(httpserver: HTTPServer, tmp_path: Path) -> None:
    import time

    def slow(request: Request) -> Response:
        time.sleep(0.5)
        return Response("<html></html>", content_type="text/html")

    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/slow").respond_with_handler(slow)
    options = FetchOptions(cache=tmp_path, timeout=0.1, retries=1, delay=0.0, backoff=0.01)
    result = fetch_all([httpserver.url_for("/slow")], options)
    assert result.failures == [(httpserver.url_for("/slow"), "fetch failed: timed out after 0.1 s (2 tries)")]


def test_per_host_delay(site: HTTPServer, tmp_path: Path) -> None:
    import time

    urls = [site.url_for("/news/1.shtml"), site.url_for("/gone.shtml")]
    started = time.monotonic()
    fetch_all(urls, FetchOptions(cache=tmp_path, timeout=2.0, retries=0, delay=0.3, backoff=0.0))
    assert time.monotonic() - started >= 0.6  # three requests to one host, 0.3 s apart


def test_url_list_skips_comments(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text("# MIIT pages\nhttps://a.example/1\n\n  https://a.example/2  \n", encoding="utf-8")
    assert url_list(path) == ["https://a.example/1", "https://a.example/2"]


def test_build_from_urls_accounts_for_every_url(site: HTTPServer, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{site.url_for('/news/1.shtml')}\n{site.url_for('/gone.shtml')}\n", encoding="utf-8")
    command = [sys.executable, "-m", "kg", "build", "--urls", str(urls), site.url_for("/private/2.shtml"),
               "--fetch-cache", str(tmp_path / "cache"), "-o", str(tmp_path / "out"), "--no-html", "--no-store"]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    rows = (tmp_path / "out" / "files.tsv").read_text(encoding="utf-8").splitlines()[1:]
    status = {row.split("\t")[0]: (row.split("\t")[1], row.split("\t")[-1]) for row in rows}
    assert status[site.url_for("/gone.shtml")] == ("skipped", "fetch failed: HTTP 404")
    assert status[site.url_for("/private/2.shtml")] == ("skipped", "fetch failed: robots.txt disallows it")
    (page,) = [s for name, s in status.items() if name.endswith(".warc")]
    assert page[0] == "extracted"
    assert f"skipped {site.url_for('/gone.shtml')}: fetch failed: HTTP 404" in " ".join(run.stdout.split())
