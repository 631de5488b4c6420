"""The wording of probe results: Vietnamese by default (stored with findings, printed by the CLI),
English on request for the English interface, with the same codes in both."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

import pytest

from inspector.checklists.signals import SIGNALS
from inspector.domain import FindingStatus
from inspector.probe import describe
from inspector.probe.describe import (
    describe_check,
    describe_note,
    describe_proposal,
    describe_reason,
    describe_run,
)
from inspector.probe.results import CheckResult, ItemProposal, ProbeRun, ProbeTarget, Verdict

AT = datetime(2026, 11, 20, 2, 30, tzinfo=UTC)


def vietnamese_letters(text: str) -> list[str]:
    """Letters carrying Vietnamese marks (ă, ơ, ư, tones…) or đ: what English output must not contain."""
    return [ch for ch in text if ch in "đĐ" or unicodedata.normalize("NFD", ch) != ch]


def test_every_code_has_a_vietnamese_and_an_english_entry():
    assert set(describe.SIGNAL_VI) == set(describe.SIGNAL_EN) == set(SIGNALS)
    assert set(describe.VERDICT_VI) == set(describe.VERDICT_EN) == set(Verdict)
    assert set(describe.REASON_VI) == set(describe.REASON_EN)
    assert set(describe.HTTP_STATUS_VI) == set(describe.HTTP_STATUS_EN)
    assert set(describe.STATUS_REASON_VI) == set(describe.STATUS_REASON_EN)
    assert set(describe.STATUS_LABEL_EN) == set(FindingStatus)
    assert set(describe.PHRASES_VI) == set(describe.PHRASES_EN)
    english = [describe.SIGNAL_EN, describe.VERDICT_EN, describe.REASON_EN, describe.HTTP_STATUS_EN,
               describe.STATUS_REASON_EN, describe.STATUS_LABEL_EN, describe.PHRASES_EN]
    for table in english:
        for key, text in table.items():
            assert text.strip() and not vietnamese_letters(text), (key, text)
    for vi, en in ((describe.REASON_VI, describe.REASON_EN), (describe.SIGNAL_VI, describe.SIGNAL_EN)):
        untranslated = [k for k in vi if vi[k] == en[k] and vietnamese_letters(vi[k])]
        assert untranslated == []


# Results of a real probe of the compliant fake portal and of failures, with their Vietnamese text as
# printed before English existed: the default must not change by one byte (it is stored in notes).
CHECKS = [
    (CheckResult("link_text", Verdict.FOUND, "matched", snippet="Hỏi đáp", url="https://phutho.gov.vn/hoi-dap"),
     "Liên kết/menu: Có — tìm thấy (“Hỏi đáp”; https://phutho.gov.vn/hoi-dap)"),
    (CheckResult("https", Verdict.FOUND, "valid", value=120),
     "HTTPS: Có — chứng thư hợp lệ, HTTP chuyển sang HTTPS (chứng thư còn 120 ngày)"),
    (CheckResult("freshness", Verdict.NOT_FOUND, "stale", detail="02/01/2026; tin-tuc", value=322),
     "Cập nhật tin: Không có — tin mới nhất đã cũ (02/01/2026, cách 322 ngày)"),
    (CheckResult("availability", Verdict.FOUND, "all-ok", detail="3/3", value=41.6),
     "Khả năng truy cập: Có — mọi lần truy cập đều thành công (trung vị 42 ms, 3/3 lần thành công)"),
    (CheckResult("page_text", Verdict.INCONCLUSIVE, "http-429", url="https://phutho.gov.vn/"),
     "Nội dung trang: Chưa xác định — máy chủ yêu cầu giảm tần suất truy cập (HTTP 429) (https://phutho.gov.vn/)"),
    (CheckResult("sitemap", Verdict.INCONCLUSIVE, "certificate-expired,http-502", detail="hết hạn 01/10/2026"),
     "Sơ đồ cổng: Chưa xác định — chứng thư số (SSL) đã hết hạn; máy chủ trả lời mã HTTP 502 (hết hạn 01/10/2026)"),
    (CheckResult("click_depth", Verdict.FOUND, "clicks", value=2),
     "Số lần bấm: Có — số lần bấm từ trang chủ (2 lần bấm)"),
    (CheckResult("img_alt_ratio", Verdict.NOT_FOUND, "ratio-low", detail="3/10"),
     "Chú thích ảnh (alt): Không có — tỷ lệ ảnh có chú thích thấp (3/10 ảnh)"),
]
PROPOSALS = [
    (ItemProposal("nd43.d15.hoidap", (CHECKS[0][0],), FindingStatus.MET, reason="all-found"),
     "Đề xuất: Đạt — mọi dấu hiệu đều có"),
    (ItemProposal("nd43.x", (CHECKS[4][0],), None, reason="inconclusive"),
     "Chưa đề xuất — chưa đủ thông tin, cần kiểm tra trực tiếp"),
    (ItemProposal("nd43.y", (CHECKS[6][0],), None, value=2, reason="measured"), "Giá trị đo được: 2"),
    (ItemProposal("nd43.z", (), FindingStatus.PARTLY_MET, reason="some-found"),
     "Đề xuất: Đạt một phần — chỉ có một phần các dấu hiệu"),
]


def _run(*proposals: ItemProposal, **kw) -> ProbeRun:
    return ProbeRun(ProbeTarget("https://phutho.gov.vn"), AT, AT, (), proposals, requests=17, **kw)


@pytest.mark.parametrize(("check", "vietnamese"), CHECKS)
def test_checks_are_vietnamese_by_default_and_english_on_request(check, vietnamese):
    assert describe_check(check) == vietnamese
    assert describe_check(check, language="vi") == vietnamese
    english = describe_check(check, language="en")
    assert english != vietnamese
    # what came from the portal or the checklist (snippets, keywords in the detail) is quoted as it is
    wording = english.replace(check.snippet, "") if check.snippet else english
    wording = wording.replace(check.detail, "") if check.detail else wording
    assert vietnamese_letters(wording) == []
    assert check.url is None or check.url in english


def test_english_wording_of_a_few_results():
    assert describe_check(CHECKS[0][0], language="en") == (
        "Link/menu: Found — found (“Hỏi đáp”; https://phutho.gov.vn/hoi-dap)")
    assert describe_check(CHECKS[5][0], language="en") == (
        "Site map: Inconclusive — the certificate (SSL) has expired; the server answered with HTTP code 502 "
        "(hết hạn 01/10/2026)")  # the detail is data (keywords, dates), shown as it is
    assert describe_reason("http-429", language="en") == "the server asked for fewer requests (HTTP 429)"
    assert describe_reason("odd-code, timeout", language="en") == (
        "odd-code; the server did not answer in time (timed out)")


@pytest.mark.parametrize(("proposal", "vietnamese"), PROPOSALS)
def test_proposals_in_both_languages(proposal, vietnamese):
    assert describe_proposal(proposal) == vietnamese
    english = describe_proposal(proposal, language="en")
    assert english and not vietnamese_letters(english)


def test_english_proposal_uses_the_english_status_names():
    assert describe_proposal(PROPOSALS[0][0], language="en") == "Proposed: Met — every signal is present"
    assert describe_proposal(PROPOSALS[2][0], language="en") == "Measured value: 2"


@pytest.mark.parametrize("code", sorted(describe.REASON_VI) + ["http-403", "http-404", "http-503", "http-500"])
def test_every_reason_in_english_has_no_vietnamese_letters(code):
    assert describe_reason(code) != describe_reason(code, language="en")
    assert not vietnamese_letters(describe_reason(code, language="en"))


def test_note_and_run_summary_stay_vietnamese_by_default():
    proposal = PROPOSALS[0][0]
    note = describe_note(_run(proposal), proposal)
    local = "20/11/2026 09:30"  # Vietnam time (UTC+7), whatever the machine's time zone
    assert note == (f"[Kiểm tra tự động {local}, https://phutho.gov.vn] Đề xuất: Đạt — mọi dấu hiệu đều có.\n"
                    f"- {CHECKS[0][1]}")
    assert describe_note(_run(proposal), proposal, language="en").startswith(
        f"[Automatic check {local}, https://phutho.gov.vn] Proposed: Met")
    run = _run(home_error="timeout", budget_exhausted=True, page_cap_reached=True)
    assert describe_run(run) == (
        "https://phutho.gov.vn: 0 trang, 17 yêu cầu, 0.0 giây; không đọc được trang chủ: máy chủ không trả lời "
        "kịp (quá thời gian chờ); đã hết thời gian cho phép, một số trang chưa được đọc; đã đạt giới hạn số trang")
    english = describe_run(run, language="en")
    assert english.startswith("https://phutho.gov.vn: 0 pages, 17 requests, 0.0 seconds; the home page")
    assert not vietnamese_letters(english)


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="fr"):
        describe_check(CHECKS[0][0], language="fr")
