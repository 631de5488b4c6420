"""The probe against a corpus of fake portals with known truth per item (tests/portal_corpus.py):
no "Không đạt" where the truth is "present", recall of present items ≥ 90%, and every
"Không đạt" backed by a conclusive check."""

from __future__ import annotations

from datetime import date

import pytest

from inspector.checklists import load_catalog
from inspector.domain.status import FindingStatus
from inspector.probe import ProbeOptions, ProbeTarget, Verdict, run_probe
from inspector.probe.propose import settles

from portal_corpus import corpus_portal
from portal_server import PortalServer

TODAY = date(2025, 3, 10)
FOUND = (FindingStatus.MET, FindingStatus.PARTLY_MET)


@pytest.fixture(scope="module")
def nd43():
    return load_catalog().get("nd43-tt25")


@pytest.fixture(scope="module", params=["full", "cms-b", "sparse"])
def probed(request, nd43):
    routes, truth = corpus_portal(request.param, TODAY)
    with PortalServer(routes) as server:
        run = run_probe(ProbeTarget(server.url), nd43, ProbeOptions(today=TODAY, budget=20, request_timeout=5))
    return request.param, run, truth


def test_no_not_met_where_the_item_is_present(probed):
    style, run, truth = probed
    wrong = [(p.item_id, p.reason) for p in run.proposals
             if p.status is FindingStatus.NOT_MET and truth.get(p.item_id)]
    assert wrong == [], (style, wrong)


def test_every_not_met_rests_on_conclusive_checks(probed):
    _, run, _ = probed
    covered = all(c.sufficient for c in run.coverage)
    for p in run.proposals:
        if p.status is FindingStatus.NOT_MET:
            negatives = [c for c in p.checks if c.verdict is Verdict.NOT_FOUND]
            assert negatives and all(settles(c, covered) for c in negatives), p


def test_recall_of_present_items(probed):
    style, run, truth = probed
    proposals = {p.item_id: p for p in run.proposals}
    present = [i for i, there in truth.items() if there and i in proposals]
    found = [i for i in present if proposals[i].status in FOUND]
    missed = sorted(set(present) - set(found))
    if present:
        assert len(found) / len(present) >= 0.9, (style, missed, [proposals[i].reason for i in missed])


def test_absent_items_are_never_met_and_mostly_left_to_the_inspector(probed):
    style, run, truth = probed
    proposals = {p.item_id: p for p in run.proposals}
    for item_id, there in truth.items():
        if not there and item_id in proposals:
            assert proposals[item_id].status is not FindingStatus.MET, (style, item_id, proposals[item_id])


def test_handover_and_sitemap_in_robots_are_followed(probed):
    style, run, _ = probed
    assert run.pages[0].url.endswith("/")
    assert any(p.url.endswith("/portal/home") and p.purpose == "home" for p in run.pages)
    if style != "sparse":
        sodo = run.proposal("nd43.d15.sodo")
        assert sodo.status is FindingStatus.MET
        # announced in robots.txt ("full") or in <link rel=sitemap> ("cms-b"), read as declared
        assert any(p.url.endswith("/portal/sitemap-index.xml") and p.purpose == "sitemap" for p in run.pages)
        sitemap = next(c for c in sodo.checks if c.signal == "sitemap")
        assert sitemap.reason == "sitemap-xml" and sitemap.url.endswith("/portal/sitemap-index.xml")
    if style == "cms-b":
        # windows-1258 declared: conclusively not Unicode
        unicode = run.proposal("nd43.d7.unicode")
        assert unicode.status is FindingStatus.NOT_MET and unicode.checks[0].conclusive
