"""Hostile servers: every run ends within its budget plus one second, memory stays bounded, and
the verdicts say why."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from inspector.checklists import load_catalog
from inspector.errors import Cancelled
from inspector.probe import ProbeOptions, ProbeTarget, Verdict, run_probe

from portal_server import (
    PortalServer,
    Resp,
    build_portal,
    endless_body,
    gzip_bomb,
    gzip_bomb_bytes,
    huge_headers,
    one_byte_per_second,
    redirect_loop,
)

CAP = 1024 * 1024
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def nd42():
    return load_catalog().get("nd42-2022")


def _run(routes, template, **kw):
    options = ProbeOptions(**{"budget": 3.0, "request_timeout": 1.5, "max_body_bytes": CAP, **kw})
    with PortalServer(routes) as server:
        started = time.monotonic()
        run = run_probe(ProbeTarget(server.url), template, options)
        elapsed = time.monotonic() - started
    assert elapsed <= options.budget + 1.0, f"run took {elapsed:.1f} s"
    return run, None, server


# Memory is measured in a child process (its peak RSS), so the servers in this process and
# tracemalloc's slowdown do not blur the figure.
_CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from inspector.checklists import load_catalog
from inspector.probe import ProbeOptions, ProbeTarget, run_probe
template = load_catalog().get("nd42-2022")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.monotonic()
run = run_probe(ProbeTarget(sys.argv[1]), template,
                ProbeOptions(budget=3.0, request_timeout=1.5, max_body_bytes=CAP))
print(json.dumps({"elapsed": time.monotonic() - started, "home_error": run.home_error,
                  "body": len(run.pages[0].body), "truncated": run.pages[0].truncated,
                  "growth_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before}))
""".replace("CAP", str(CAP))


@pytest.mark.parametrize("handler", [endless_body, gzip_bomb, huge_headers], ids=["endless", "bomb", "headers"])
def test_memory_stays_bounded(handler):
    if handler is gzip_bomb:
        gzip_bomb_bytes()
    with PortalServer({"/": handler()}) as server:
        out = subprocess.run([sys.executable, "-c", _CHILD, server.url, str(ROOT)], capture_output=True,
                             text=True, timeout=60, check=True).stdout
    result = json.loads(out)
    assert result["elapsed"] <= 4.0
    assert result["body"] <= CAP
    assert result["growth_kb"] < 60 * 1024, result  # a 512 MB bomb or an endless body would show


def _link_check(run):
    return run.proposal("nd42.d4.vb.1").checks[0]


def test_endless_body_is_cut_at_the_cap(nd42):
    run, _, _ = _run({"/": endless_body()}, nd42)
    home = run.pages[0]
    assert home.truncated and CAP <= len(home.body) <= CAP + 64 * 1024
    # Nothing matched in the part read, and the rest was never read: inconclusive, not absent.
    check = _link_check(run)
    assert check.verdict is Verdict.INCONCLUSIVE and check.reason == "truncated"


def test_one_byte_per_second_times_out(nd42):
    run, _, _ = _run({"/": one_byte_per_second()}, nd42)
    assert run.home_error == "timeout"
    check = _link_check(run)
    assert check.verdict is Verdict.INCONCLUSIVE and check.reason == "timeout"
    assert run.proposal("nd42.d4.vb.1").status is None


def test_budget_shorter_than_the_request_timeout(nd42):
    run, _, _ = _run({"/": one_byte_per_second()}, nd42, budget=1.5, request_timeout=10)
    assert run.home_error == "budget" and run.budget_exhausted


def test_redirect_loop_stops_after_ten(nd42):
    run, _, server = _run({"/": redirect_loop("/a"), "/a": redirect_loop("/b"), "/b": redirect_loop("/a")}, nd42)
    assert run.home_error == "too-many-redirects"
    home = run.pages[0]
    # 11 requests per attempt: the home fetch and two availability samples, none past the limit.
    assert len(home.redirects) == 10 and len(server.hits) == 3 * 11
    assert _link_check(run).reason == "too-many-redirects"


def test_redirect_to_another_scheme_is_refused(nd42):
    run, _, _ = _run({"/": Resp(302, headers={"Location": "file:///etc/passwd"})}, nd42)
    assert run.home_error == "unsupported-scheme"


def test_gzip_bomb_is_decompressed_only_up_to_the_cap(nd42):
    gzip_bomb_bytes()  # built before measuring
    run, _, _ = _run({"/": gzip_bomb()}, nd42)
    home = run.pages[0]
    assert home.truncated and len(home.body) <= CAP


def test_huge_headers_are_a_protocol_error(nd42):
    run, _, _ = _run({"/": huge_headers()}, nd42)
    assert run.home_error == "protocol"
    assert _link_check(run).verdict is Verdict.INCONCLUSIVE


@pytest.mark.parametrize("status", [403, 429, 503])
def test_refusals_are_inconclusive_not_failures(nd42, status):
    routes = {"/": Resp(status, "<html><body>Quá nhiều yêu cầu</body></html>", headers={"Retry-After": "120"})}
    run, _, server = _run(routes, nd42)
    assert run.home_error == f"http-{status}"
    for proposal in run.proposals:
        if proposal.item_id in ("nd42.d4.vb.1", "nd42.ky.didong", "nd42.d7.1a"):
            assert proposal.status is None and proposal.checks[0].reason == f"http-{status}"
    availability = run.proposal("dg2025.hieunang").checks[0]
    if status == 503:
        assert availability.verdict is Verdict.NOT_FOUND and availability.reason == "down"
    else:
        assert availability.verdict is Verdict.INCONCLUSIVE and availability.reason == f"http-{status}"
    assert server.hits.count("/") == 3  # the home page and two availability samples, no retries


def test_connection_refused_is_down(nd42):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    run = run_probe(ProbeTarget(f"http://127.0.0.1:{port}/"), nd42, ProbeOptions(budget=3, request_timeout=1))
    assert run.home_error == "connect"
    assert run.proposal("dg2025.hieunang").checks[0].reason == "down"


def test_concurrency_limit_is_respected(nd42):
    with PortalServer(build_portal("compliant"), delay=0.1) as server:
        run_probe(ProbeTarget(server.url), nd42, ProbeOptions(concurrency=3, budget=20))
    assert 2 <= server.max_in_flight <= 3


def test_cancel_stops_the_run(nd42):
    seen = []
    flag = threading.Event()

    def progress(done, total, url):
        seen.append(url)
        if len(seen) >= 2:
            flag.set()

    started = time.monotonic()
    with PortalServer(build_portal("compliant"), delay=0.3) as server, pytest.raises(Cancelled):
        run_probe(ProbeTarget(server.url), nd42, ProbeOptions(budget=30), progress=progress,
                  cancelled=flag.is_set)
    assert time.monotonic() - started < 3.0 and len(seen) >= 2


def _ipv6_available() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.mark.skipif(not _ipv6_available(), reason="no IPv6 loopback on this machine")
def test_ipv6_connection_over_loopback(nd42):
    with PortalServer(build_portal("compliant"), host="::1") as server:
        run = run_probe(ProbeTarget(server.url), nd42, ProbeOptions(budget=10))
    check = run.proposal("nd42.ky.ipv6").checks[0]
    assert check.verdict is Verdict.FOUND and check.value == "::1"
    assert run.home_error is None


def test_ipv4_only_host_has_no_ipv6(nd42):
    with PortalServer({"/": Resp(body="<html><body>Trang chủ</body></html>")}) as server:
        run = run_probe(ProbeTarget(server.url), nd42, ProbeOptions(budget=5))
    check = run.proposal("nd42.ky.ipv6").checks[0]
    assert check.verdict is Verdict.NOT_FOUND and check.reason == "no-aaaa"
