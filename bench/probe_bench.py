"""Probe benchmark: a 25-page fake portal on 127.0.0.1 whose every response takes 300 ms.

A full probe with the nd43-tt25 checklist must finish in at most 2.5 s (one page after another
it would take about 8 s). Prints the time, the requests sent and the pages fetched.

    python bench/probe_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from inspector.checklists import load_catalog  # noqa: E402
from inspector.probe import ProbeOptions, ProbeTarget, run_probe  # noqa: E402

from portal_server import PortalServer, build_portal  # noqa: E402

DELAY = 0.3
LIMIT = 2.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    today = date(2025, 3, 10)
    routes = build_portal("compliant", today, extra_pages=4)
    pages = [p for p in routes if p != "/"]
    template = load_catalog().get("nd43-tt25")
    times = []
    with PortalServer(routes, delay=DELAY) as server:
        for _ in range(args.runs):
            server.hits.clear()
            started = time.perf_counter()
            run = run_probe(ProbeTarget(server.url), template, ProbeOptions(today=today, budget=30))
            times.append(time.perf_counter() - started)
            print(f"probe: {times[-1]:.2f} s, {run.requests} requests, {len(run.pages)} pages fetched, "
                  f"server saw {len(server.hits)} requests, at most {server.max_in_flight} at once")
    best, median = min(times), statistics.median(times)
    print(f"portal: {len(pages) + 1} pages, {DELAY * 1000:.0f} ms per response; "
          f"one after another ≈ {run.requests * DELAY:.1f} s")
    print(f"median {median:.2f} s, best {best:.2f} s (limit {LIMIT} s): {'OK' if median <= LIMIT else 'TOO SLOW'}")
    return 0 if median <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
