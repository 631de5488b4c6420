"""Probe runs kept as WARC files with the inspection: written, listed, read back whole after the
database is closed and opened again, readable by a standard WARC reader, and compared."""

from __future__ import annotations

import io
from datetime import date

import pytest
from warcio.archiveiterator import ArchiveIterator

from inspector.checklists import load_catalog
from inspector.doctor import run_doctor
from inspector.errors import InvalidInputError
from inspector.probe import ProbeOptions, ProbeTarget, run_probe
from inspector.probe.compare import compare_runs
from inspector.probe.warc import read_run, write_run
from inspector.storage import Store

from portal_corpus import corpus_portal
from portal_server import PortalServer

TODAY = date(2025, 3, 10)


@pytest.fixture(scope="module")
def runs():
    nd43 = load_catalog().get("nd43-tt25")
    out = []
    for style in ("sparse", "full"):
        routes, _ = corpus_portal(style, TODAY)
        with PortalServer(routes) as server:
            out.append(run_probe(ProbeTarget(server.url), nd43, ProbeOptions(today=TODAY, budget=20)))
    return out


def test_warc_round_trip_is_exact_and_standard(runs):
    run = runs[1]
    data = write_run(run)
    back = read_run(data)
    assert back.proposals == run.proposals and back.coverage == run.coverage
    assert [(p.final_url, p.body, p.status, p.headers) for p in back.pages] == [
        (p.final_url, p.body, p.status, p.headers) for p in run.pages]
    # any WARC reader sees the responses as the team saw them
    records = list(ArchiveIterator(io.BytesIO(data)))
    kinds = [r.rec_type for r in records]
    assert kinds[0] == "warcinfo" and kinds[-1] == "metadata"
    responses = {r.rec_headers.get_header("WARC-Target-URI"): r for r in records if r.rec_type == "response"}
    home = next(p for p in run.pages if p.purpose == "home" and p.ok)
    assert responses[home.final_url].http_headers.get_statuscode() == "200"
    with pytest.raises(InvalidInputError):
        read_run(b"not a web archive")


def test_runs_are_kept_with_the_inspection_and_reopened_after_restart(runs, store, inspection):
    iid, db_path = inspection.id, store.path
    for run in runs:
        store.add_probe_run(iid, write_run(run), started_at=run.started_at, target=run.target.url,
                            template_id=run.template_id, summary={"pages": run.pages_read}, actor="An")
    store.close()
    with Store.open(db_path) as store:  # a new session
        kept = store.probe_runs(iid)
        assert [k.started_at for k in kept] == sorted((r.started_at for r in runs), reverse=True)
        back = read_run(store.probe_run_data(kept[0].id))
        assert back.proposals == runs[1].proposals
        assert run_doctor(store).ok  # the WARC blobs are referenced, not strays


def test_compare_says_what_appeared_and_disappeared(runs):
    sparse, full = runs
    diff = compare_runs(sparse, full)
    assert "nd43.d15.hoidap" in {c.item_id for c in diff.changed}
    change = next(c for c in diff.changed if c.item_id == "nd43.d15.hoidap")
    assert change.before is None and change.after is not None
    assert any(u.endswith("/portal/hoi-dap") for u in diff.pages_appeared)
    back = compare_runs(full, sparse)
    assert any(u.endswith("/portal/hoi-dap") for u in back.pages_disappeared)
    assert compare_runs(full, full).changed == ()
