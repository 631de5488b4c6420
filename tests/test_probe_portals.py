"""The probe against realistic fake portals served by a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta

import pytest

from inspector.checklists import load_catalog
from inspector.checklists.signals import SIGNALS
from inspector.cli import main
from inspector.domain.finding import Finding
from inspector.domain.status import EvidenceSource, FindingStatus
from inspector.errors import InvalidInputError
from inspector.probe import ProbeOptions, ProbeTarget, Verdict, run_probe
from inspector.probe.changes import plan_probe_changes
from inspector.probe.run import CHECKING

from portal_server import PortalServer, Resp, build_portal, gzip_html

TODAY = date(2025, 3, 10)
MET, PARTLY, NOT_MET = FindingStatus.MET, FindingStatus.PARTLY_MET, FindingStatus.NOT_MET


def _options(**kw) -> ProbeOptions:
    return ProbeOptions(**{"today": TODAY, "budget": 15, "request_timeout": 5, **kw})


@pytest.fixture(scope="module")
def nd43():
    return load_catalog().get("nd43-tt25")


def _probe(kind: str, template, **kw):
    with PortalServer(build_portal(kind, TODAY)) as server:
        run = run_probe(ProbeTarget(server.url), template, _options(**kw))
    return run, server


@pytest.fixture(scope="module")
def compliant(nd43):
    return _probe("compliant", nd43)


@pytest.fixture(scope="module")
def missing(nd43):
    return _probe("missing", nd43)[0]


@pytest.fixture(scope="module")
def slugs(nd43):
    return _probe("slugs", nd43)[0]


@pytest.fixture(scope="module")
def stale(nd43):
    return _probe("stale", nd43)[0]


def _statuses(run):
    return {p.item_id: p.status for p in run.proposals}


def test_compliant_portal_meets_the_checkable_items(compliant):
    run, server = compliant
    statuses = _statuses(run)
    for item in ("nd43.d10.1e.1", "nd43.d15.hoidap", "nd43.d15.timkiem", "nd43.d15.sodo", "tt26.rss",
                 "nd43.d13.1", "nd43.d14.1", "nd43.d15.inan", "nd43.d10.1b.1", "nd43.d10.1c.6",
                 "nd43.d10.1e.3", "nd43.d7.unicode", "tt26.capnhat",
                 "nd43.d10.1l.1", "nd43.d16.1", "tt32.bachuot", "nd43.d10.1i.3"):
        assert statuses[item] is MET, (item, run.proposal(item))
    assert run.proposal("nd43.d10.1b.2").value == 8  # news items dated in the last year
    assert str(run.proposal("chung.chuquan").value).startswith("Cơ quan chủ quản: Ủy ban nhân dân tỉnh")
    assert run.proposal("chung.truycap").value == 12345678
    # The reviewed template counts component sites from the unit's own list, not from links.
    assert run.proposal("chung.thanhphan").value is None
    # Every page was fetched once, and nothing outside the portal was requested.
    assert len(server.hits) == run.requests
    assert all(not p.url.startswith("https://") for p in run.pages)
    assert run.home_error is None and not run.budget_exhausted


def test_verdicts_carry_evidence(compliant):
    run, _ = compliant
    check = run.proposal("nd43.d15.hoidap").checks[1]
    assert check.signal == "form_present" and check.verdict is Verdict.FOUND
    assert check.url.endswith("/hoi-dap") and check.status == 200 and check.elapsed_ms > 0
    assert "noidung" in check.snippet and check.checked_at is not None
    page = run.page(check.url)
    assert page is not None and check.sha256 == hashlib.sha256(page.body).hexdigest()
    assert "Hỏi đáp trực tuyến" in page.body.decode()
    assert page.fetched_at is not None


def test_portal_missing_required_sections(missing):
    statuses = _statuses(missing)
    # Not seen on the pages read is not "Không đạt": no status, the inspector looks.
    for item in ("nd43.d10.1e.1", "nd43.d15.hoidap", "nd43.d15.timkiem", "nd43.d15.sodo", "tt26.rss",
                 "nd43.d13.1", "nd43.d14.1", "nd43.d15.inan", "nd43.d10.1l.1",
                 "nd43.d10.1e.3", "nd43.d10.1c.6"):
        proposal = missing.proposal(item)
        assert proposal.status is None and proposal.reason in ("not-found-check", "low-coverage"), proposal
    # The home page's own markup settles the mobile item: no viewport at all.
    assert statuses["tt26.thietbi"] is NOT_MET
    assert missing.proposal("tt26.thietbi").checks[0].conclusive
    assert statuses["nd43.d10.1a.1"] is MET  # Giới thiệu is still there
    assert statuses["nd43.d8"] is not MET  # images without alt
    alt = missing.proposal("nd43.d8").checks[0]
    assert alt.verdict is Verdict.NOT_FOUND and alt.value < 0.5


def test_sections_only_in_unaccented_slugs_are_found(slugs):
    for item in ("nd43.d10.1e.1", "nd43.d15.hoidap", "nd43.d10.1c.1"):
        proposal = slugs.proposal(item)
        assert proposal.status is MET, proposal
        assert proposal.checks[0].reason == "matched-slug"
    hoidap = slugs.proposal("nd43.d15.hoidap").checks[0]
    assert hoidap.value == "hoi-dap"
    # The editorial board's handling of questions is an internal process: never probed.
    assert all(p.item_id != "nd43.d17.6" for p in slugs.proposals)


def test_stale_news_list_is_not_fresh(stale):
    capnhat = stale.proposal("tt26.capnhat")
    assert capnhat.status is NOT_MET
    fresh = capnhat.checks[0]
    assert fresh.reason == "stale" and fresh.value >= 730
    assert fresh.detail.startswith(f"{TODAY - timedelta(days=730):%d/%m/%Y};")
    # The news section exists (link found) but is stale: partly met.
    assert stale.proposal("nd43.d10.1b.1").status is PARTLY
    # No dated item in the period on the one list page read: counted 0, but 0 is not proposed
    # as the year's figure (older items may simply be on later pages).
    count = stale.proposal("nd43.d10.1b.2")
    assert count.value is None and count.reason == "not-found-check" and count.checks[0].value == 0


def test_generic_run_without_template_checks_every_signal():
    with PortalServer(build_portal("compliant", TODAY)) as server:
        run = run_probe(ProbeTarget(server.url), None, _options())
    assert {c.signal for c in run.signals} == set(SIGNALS)
    assert run.proposals == ()
    by = {c.signal: c for c in run.signals}
    assert by["sitemap"].verdict is Verdict.FOUND and by["rss"].reason == "feed-ok"
    assert by["charset_utf8"].verdict is Verdict.FOUND
    # plain HTTP on a test port: the HTTPS port cannot be guessed, so nothing is settled
    assert by["https"].verdict is Verdict.INCONCLUSIVE and by["https"].reason == "https-not-tried"


def test_page_cap_and_gzip(nd43):
    routes = build_portal("compliant", TODAY)
    routes["/"] = gzip_html(routes["/"].body)
    with PortalServer(routes) as server:
        run = run_probe(ProbeTarget(server.url), nd43, _options(max_pages=5))
    assert len(run.pages) <= 5 and run.page_cap_reached
    assert run.home_error is None
    assert "Cơ quan chủ quản" in run.pages[0].body.decode()


def test_accepting_proposals_produces_changes_and_evidence(compliant):
    run, _ = compliant
    existing = {"nd43.d15.hoidap": Finding("insp-1", "nd43.d15.hoidap", note="Đã xem trực tiếp ngày 3/3.")}
    changes = plan_probe_changes(run, ["nd43.d15.hoidap", "nd43.d10.1b.2", "nd43.d15.hoidap"],
                                 existing=existing)
    by_item = {c.item_id: c for c in changes.findings}
    assert set(by_item) == {"nd43.d15.hoidap", "nd43.d10.1b.2"}
    hoidap = by_item["nd43.d15.hoidap"]
    assert hoidap.record_kwargs()["status"] is MET and "value" not in hoidap.record_kwargs()
    assert hoidap.note.startswith("Đã xem trực tiếp ngày 3/3.")  # what the inspector typed stays
    assert "Kiểm tra tự động" in hoidap.note and "/hoi-dap" in hoidap.note
    count = by_item["nd43.d10.1b.2"].record_kwargs()
    assert count["value"] == 8 and "status" not in count
    files = list(changes.evidence)
    html = [e for e in files if e.media_type == "text/html"]
    # One file per page, whichever items used it; each item's note names the files.
    assert {e.url.rsplit("/", 1)[-1] for e in html} >= {"", "hoi-dap"}
    assert len({(e.url, hashlib.sha256(e.data).hexdigest()) for e in html}) == len(html)
    assert all(e.item_id is None for e in files)
    for e in html:
        if e.url.endswith("/hoi-dap"):
            assert e.file_name in hoidap.note
    assert all(e.source is EvidenceSource.PROBE and e.captured_at for e in files)
    records = [e for e in files if e.media_type == "application/json"]
    assert len(records) == 1  # one record of the checks per apply
    record = json.loads(records[0].data)
    items = {i["item_id"]: i for i in record["items"]}
    assert items["nd43.d15.hoidap"]["proposed_status"] == "dat"
    assert items["nd43.d15.hoidap"]["checks"][1]["sha256"]
    for e in html:
        assert hashlib.sha256(e.data).hexdigest() == run.page(e.url).sha256
        assert e.add_kwargs()["file_name"].endswith(".html")
    # Pages already stored are not stored again.
    stored = {(hashlib.sha256(e.data).hexdigest(), e.url): e.file_name for e in html}
    again = plan_probe_changes(run, ["nd43.d15.hoidap"], stored_pages=stored)
    assert [e.media_type for e in again.evidence] == ["application/json"]
    with pytest.raises(InvalidInputError):
        plan_probe_changes(run, ["no.such.item"])


def test_nothing_accepted_nothing_stored(compliant):
    changes = plan_probe_changes(compliant[0], [])
    assert changes.findings == () and changes.evidence == ()


def test_cli_json_and_text(capsys):
    with PortalServer(build_portal("compliant", TODAY)) as server:
        assert main(["probe", server.url, "--template", "nd42-2022", "--json", "--budget", "15"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["template_id"] == "nd42-2022"
        statuses = {p["item_id"]: p["status"] for p in data["proposals"]}
        assert statuses["nd42.d7.1a"] == "dat"
        assert all("body" not in page and len(page["sha256"]) == 64 for page in data["pages"])
        assert main(["probe", server.url, "--template", "nd43-tt25", "--budget", "15"]) == 0
        out = capsys.readouterr().out
    assert "[Đạt] nd43.d15.hoidap" in out and "Đề xuất: Đạt" in out and "Tổng hợp:" in out


def test_cli_refuses_bad_input(capsys):
    assert main(["probe", "ftp://example.gov.vn/", "--budget", "1"]) == 2
    assert "http" in capsys.readouterr().err
    assert main(["probe", "http://127.0.0.1:9/", "--dvc", "ftp://dichvucong.example.gov.vn/", "--budget", "1"]) == 2
    assert "Cổng dịch vụ công" in capsys.readouterr().err
    assert main(["probe", "http://127.0.0.1:9/", "--template", "no-such-template"]) == 2
    assert "no-such-template" in capsys.readouterr().err


def test_cli_help_has_example(capsys):
    with pytest.raises(SystemExit):
        main(["probe", "--help"])
    out = capsys.readouterr().out
    assert "Examples:" in out and "inspector probe https://" in out


def test_wrong_content_type_home_is_inconclusive(nd43):
    routes = {"/": Resp(body=b"\x89PNG\r\n\x1a\n" + b"\0" * 5000, content_type="image/png")}
    with PortalServer(routes) as server:
        run = run_probe(ProbeTarget(server.url), nd43, _options())
    assert run.home_error == "not-html"
    link = run.proposal("nd43.d10.1e.1")
    assert link.status is None and link.checks[0].reason == "not-html"
    assert len(run.pages[0].body) <= 64 * 1024  # non-text bodies are not read in full


def test_accepted_proposals_are_saved_with_their_pages_as_evidence(compliant, store, inspection):
    """From a real run to the database: findings set, fetched pages stored as probe evidence."""
    from inspector.doctor import run_doctor
    from inspector.probe.changes import apply_probe_changes

    run, _ = compliant
    accepted = ["nd43.d15.hoidap", "nd43.d15.timkiem", "chung.truycap"]
    store.record_finding(inspection.id, "nd43.d15.hoidap", actor="An", note="Ghi chú của đoàn")
    existing = store.load_inspection(inspection.id).findings
    changes = plan_probe_changes(run, accepted, existing=existing)
    applied = apply_probe_changes(store, inspection.id, changes, actor="An")
    assert set(applied.after) == set(accepted) and applied.before["nd43.d15.timkiem"] is None
    record = store.load_inspection(inspection.id)
    assert record.findings["nd43.d15.hoidap"].status is MET
    assert record.findings["nd43.d15.hoidap"].note.startswith("Ghi chú của đoàn")
    assert record.findings["chung.truycap"].value == 12345678
    probe_evidence = [e for e in record.evidence if e.source is EvidenceSource.PROBE]
    assert probe_evidence and all(e.url or e.media_type == "application/json" for e in probe_evidence)
    for e in probe_evidence:
        assert store.blobs.verify(e.sha256) is None
    assert any(a.reason == "probe" for a in store.audit_trail(inspection.id))
    assert run_doctor(store).ok
    # One undo puts every finding back as it was and takes the files away.
    from inspector.probe.changes import restore_findings

    restore_findings(store, inspection.id, applied.before, actor="An", remove=[e.id for e in applied.evidence])
    record = store.load_inspection(inspection.id)
    assert record.findings["nd43.d15.hoidap"].status is None
    assert record.findings["nd43.d15.hoidap"].note == "Ghi chú của đoàn"
    assert not record.findings["chung.truycap"].answered
    assert not [e for e in record.evidence if e.source is EvidenceSource.PROBE]


def test_progress_reports_each_page_then_each_item_checked(nd43):
    calls = []
    with PortalServer(build_portal("compliant", TODAY)) as server:
        run = run_probe(ProbeTarget(server.url), nd43, _options(),
                        progress=lambda done, total, what: calls.append((done, total, what)))
    pages = [c for c in calls if not c[2].startswith(CHECKING)]
    checks = [c for c in calls if c[2].startswith(CHECKING)]
    assert pages and all(c[2].startswith(server.url) for c in pages)
    assert calls.index(checks[0]) == len(pages)  # the items are checked once every page is read
    n = len(run.proposals)
    assert checks == [(i, n, CHECKING + p.item_id) for i, p in enumerate(run.proposals, start=1)]


def test_progress_without_a_template_counts_signals():
    calls = []
    with PortalServer(build_portal("compliant", TODAY)) as server:
        run = run_probe(ProbeTarget(server.url), None, _options(),
                        progress=lambda done, total, what: calls.append(what))
    assert [w for w in calls if w.startswith(CHECKING)] == [CHECKING + c.signal for c in run.signals]


def test_dvc_items_are_checked_on_the_public_service_portal():
    """ND42's DVC items (7.9, 7.12, 7.13, 7.14) are checked on the DVC address: the one given, or
    the one the portal links to; without either they are 'not checked', never judged on the
    portal."""
    nd42 = load_catalog().get("nd42-2022")
    dvc_routes = {"/": Resp(body='<html lang="vi"><body><h1>Cổng dịch vụ công tỉnh</h1>'
                                 '<p>Dịch vụ công trực tuyến toàn trình</p>'
                                 '<a href="/dang-nhap">Đăng nhập bằng tài khoản định danh điện tử VNeID</a>'
                                 '</body></html>')}
    with PortalServer(dvc_routes) as dvc:
        portal = build_portal("compliant", TODAY)
        portal["/"] = Resp(body=portal["/"].body.replace(
            "</ul>", f'<li><a href="{dvc.url}">Cổng dịch vụ công</a></li></ul>', 1), headers=portal["/"].headers)
        with PortalServer(portal) as server:
            found = run_probe(ProbeTarget(server.url), nd42, _options())
            given = run_probe(ProbeTarget(server.url, dvc_url=dvc.url), nd42, _options())
        with PortalServer(build_portal("compliant", TODAY)) as bare:
            none = run_probe(ProbeTarget(bare.url), nd42, _options())
    assert found.dvc_url == dvc.url and found.dvc_source == "discovered"
    assert given.dvc_url == dvc.url and given.dvc_source == "record"
    for run in (found, given):
        assert run.proposal("nd42.d12.2").status is MET
        assert run.proposal("nd42.d12.5").status is MET
        check = run.proposal("nd42.d12.5").checks[0]
        assert check.url.startswith(dvc.url)  # judged on the DVC, not on the portal
        assert any(p.target == "dvc" for p in run.pages)
    assert none.dvc_url is None
    for item in ("nd42.d12.2", "nd42.d12.5", "nd42.d13.1", "nd42.d13.2"):
        p = none.proposal(item)
        assert p.status is None and p.reason == "no-dvc-address" and p.checks == ()
    # the contingency plan (6.4) is never proposed, whatever the portal answers
    assert all(p.item_id != "tt22.duphong" for p in found.proposals)
