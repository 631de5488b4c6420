"""Wording of probe results, for the CLI, the UI and the notes stored with findings.

The results carry stable codes; this is the one place that turns them into sentences. Text that came
from a portal (snippets, link labels) is quoted as plain text.

Vietnamese is the default and what is stored (notes with findings, the minutes, the CLI); English
(`language="en"`) is only for showing results in the English interface. Every table has both
languages with the same keys: a code added in one and forgotten in the other fails at import.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from inspector import clock
from inspector.checklists.signals import SIGNALS
from inspector.domain.status import FindingStatus
from inspector.probe.results import CheckResult, ItemProposal, ProbeRun, Verdict

LANGUAGES = ("vi", "en")

VERDICT_VI = {
    Verdict.FOUND: "Có",
    Verdict.NOT_FOUND: "Không có",
    Verdict.INCONCLUSIVE: "Chưa xác định",
}

SIGNAL_VI = {
    "link_text": "Liên kết/menu", "page_text": "Nội dung trang", "footer_text": "Chân trang",
    "url_path": "Đường dẫn", "link_href": "Liên kết tới trang khác", "search_form": "Ô tìm kiếm",
    "sitemap": "Sơ đồ cổng", "rss": "RSS", "lang_alt": "Phiên bản tiếng nước ngoài",
    "html_lang": "Khai báo ngôn ngữ", "charset_utf8": "Mã ký tự UTF-8", "https": "HTTPS",
    "security_headers": "Header bảo mật", "domain_pattern": "Tên miền", "ipv6": "IPv6",
    "viewport": "Hiển thị trên di động", "img_alt_ratio": "Chú thích ảnh (alt)",
    "dc_metadata": "Dữ liệu đặc tả", "print_link": "Chức năng in", "form_present": "Biểu mẫu nhập liệu",
    "freshness": "Cập nhật tin", "date_count": "Số tin trong kỳ", "file_links": "Tệp tải về",
    "availability": "Khả năng truy cập", "click_depth": "Số lần bấm", "script_src": "Mã nhúng (script)",
}
assert set(SIGNAL_VI) == set(SIGNALS)

VERDICT_EN = {
    Verdict.FOUND: "Found",
    Verdict.NOT_FOUND: "Not found",
    Verdict.INCONCLUSIVE: "Inconclusive",
}

SIGNAL_EN = {
    "link_text": "Link/menu", "page_text": "Page content", "footer_text": "Footer",
    "url_path": "Address path", "link_href": "Link to another page", "search_form": "Search box",
    "sitemap": "Site map", "rss": "RSS", "lang_alt": "Foreign-language version",
    "html_lang": "Language declaration", "charset_utf8": "UTF-8 encoding", "https": "HTTPS",
    "security_headers": "Security headers", "domain_pattern": "Domain name", "ipv6": "IPv6",
    "viewport": "Mobile display", "img_alt_ratio": "Image descriptions (alt)",
    "dc_metadata": "Metadata", "print_link": "Print function", "form_present": "Input form",
    "freshness": "News updates", "date_count": "News items in the period", "file_links": "Downloadable files",
    "availability": "Availability", "click_depth": "Clicks", "script_src": "Embedded code (script)",
}
assert set(SIGNAL_EN) == set(SIGNALS)

REASON_VI = {
    # why a page could not be read
    "timeout": "máy chủ không trả lời kịp (quá thời gian chờ)",
    "budget": "hết thời gian dành cho lần kiểm tra",
    "connect": "không kết nối được tới máy chủ",
    "dns": "không tìm thấy tên miền (DNS)",
    "tls": "lỗi kết nối bảo mật (TLS)",
    "certificate-expired": "chứng thư số (SSL) đã hết hạn",
    "certificate-not-yet-valid": "chứng thư số (SSL) chưa đến ngày hiệu lực",
    "certificate-hostname": "chứng thư số (SSL) không cấp cho tên miền này",
    "certificate-self-signed": "chứng thư số (SSL) tự ký, không được tin cậy",
    "certificate-untrusted": "chứng thư số (SSL) do tổ chức không được tin cậy cấp",
    "certificate-other": "chứng thư số (SSL) không hợp lệ",
    "protocol": "máy chủ trả lời sai chuẩn HTTP (ví dụ phần header quá lớn, dữ liệu nén hỏng)",
    "too-many-redirects": "chuyển hướng quá nhiều lần (vòng lặp chuyển hướng)",
    "unsupported-scheme": "địa chỉ không dùng http/https",
    "read": "kết nối bị ngắt giữa chừng",
    "other": "lỗi mạng",
    "not-html": "trang trả về không phải HTML",
    "not-fetched": "chưa tải được trang",
    "no-response": "không có phản hồi",
    "truncated": "trang quá lớn, chỉ đọc được phần đầu",
    "check-error": "lỗi trong chương trình kiểm tra",
    "unknown-signal": "dấu hiệu không được hỗ trợ",
    # findings
    "matched": "tìm thấy",
    "matched-page-end": "tìm thấy ở cuối trang (trang không đánh dấu chân trang)",
    "matched-text": "tìm thấy trong chữ của liên kết/trang",
    "matched-slug": "chỉ tìm thấy trong đường dẫn (URL) không dấu",
    "no-match": "không thấy từ khóa nào",
    "no-match-page-end": "không thấy từ khóa ở cuối trang (trang không đánh dấu chân trang)",
    "no-target-page": "không có liên kết tới trang cần kiểm tra",
    "no-form": "trang đích không có biểu mẫu nhập liệu",
    "form": "có biểu mẫu nhập liệu",
    "search-form": "có form tìm kiếm",
    "search-input": "có ô tìm kiếm",
    "sitemap-xml": "có tệp sitemap.xml",
    "sitemap-link": "có liên kết sơ đồ cổng",
    "feed-ok": "có kênh RSS hoạt động",
    "feed-link": "có liên kết RSS",
    "feed-broken": "có liên kết RSS nhưng kênh không truy cập được",
    "hreflang": "khai báo hreflang",
    "link": "có liên kết",
    "path": "đường dẫn /en truy cập được",
    "declared": "có khai báo",
    "missing": "không có",
    "declared-header": "khai báo trong header HTTP",
    "declared-meta": "khai báo trong thẻ meta",
    "other-charset": "khai báo bảng mã khác UTF-8",
    "not-utf8": "nội dung không phải UTF-8",
    "undeclared-valid-utf8": "nội dung là UTF-8 nhưng không khai báo",
    "meta-viewport": "có thẻ meta viewport",
    "no-images": "trang không có ảnh",
    "ratio": "tỷ lệ ảnh có chú thích",
    "ratio-low": "tỷ lệ ảnh có chú thích thấp",
    "dublin-core": "có thẻ meta Dublin Core (DC.*)",
    "basic-meta": "chỉ có meta description/keywords, không có DC.*",
    "no-article-page": "không tìm được trang tin bài để kiểm tra",
    "print-link": "có chức năng in",
    "fresh": "tin mới nhất",
    "stale": "tin mới nhất đã cũ",
    "no-dates": "không thấy ngày đăng dạng dd/mm/yyyy",
    "counted": "số mục có ngày đăng trong kỳ",
    "none-in-period": "không có mục nào đăng trong kỳ",
    "file-links": "có liên kết tải tệp",
    "valid": "chứng thư hợp lệ, HTTP chuyển sang HTTPS",
    "no-https": "không truy cập được qua HTTPS",
    "no-redirect": "HTTP không tự chuyển sang HTTPS",
    "expires-soon": "chứng thư sắp hết hạn",
    "redirect-unchecked": "chưa kiểm tra được chuyển hướng HTTP→HTTPS",
    "all": "đủ các header bảo mật",
    "some-missing": "thiếu một số header bảo mật",
    "none": "không có header bảo mật",
    "no-aaaa": "tên miền không có bản ghi AAAA",
    "connected": "kết nối được qua IPv6",
    "aaaa-no-connect": "có bản ghi AAAA nhưng không kết nối được qua IPv6",
    "not-checked": "chưa kiểm tra",
    "all-ok": "mọi lần truy cập đều thành công",
    "some-failed": "có lần truy cập thất bại",
    "down": "trang không truy cập được",
    "clicks": "số lần bấm từ trang chủ",
    "not-within-reach": "không tìm thấy trong các trang đã đọc (có thể nằm sâu hơn)",
    "http-200": "truy cập được (HTTP 200)",
    "no-paths": "không có đường dẫn để kiểm tra",
    "feed-other-host": "có liên kết RSS sang tên miền khác (không tải về)",
    "sitemap-declared-broken": "sơ đồ cổng do chính cổng khai báo (robots.txt, link rel=sitemap) trả lời không có trang",
    "private-address": "từ chối: địa chỉ thuộc mạng nội bộ/riêng (private, loopback, link-local, multicast)",
    "redirect-other-host": "chuyển hướng sang tên miền khác (đã ghi nhận, không đọc tiếp)",
    "https-not-tried": "địa chỉ http:// với cổng khác 80: không đoán được cổng HTTPS, chưa thử",
}

REASON_EN = {
    # why a page could not be read
    "timeout": "the server did not answer in time (timed out)",
    "budget": "the time allowed for the probe ran out",
    "connect": "could not connect to the server",
    "dns": "domain name not found (DNS)",
    "tls": "secure connection error (TLS)",
    "certificate-expired": "the certificate (SSL) has expired",
    "certificate-not-yet-valid": "the certificate (SSL) is not valid yet",
    "certificate-hostname": "the certificate (SSL) was not issued for this domain name",
    "certificate-self-signed": "the certificate (SSL) is self-signed and not trusted",
    "certificate-untrusted": "the certificate (SSL) was issued by an untrusted authority",
    "certificate-other": "the certificate (SSL) is not valid",
    "protocol": "the server broke the HTTP standard (for example headers too large, broken compression)",
    "too-many-redirects": "too many redirects (a redirect loop)",
    "unsupported-scheme": "the address does not use http/https",
    "read": "the connection was cut off midway",
    "other": "network error",
    "not-html": "the page returned is not HTML",
    "not-fetched": "the page could not be loaded yet",
    "no-response": "no response",
    "truncated": "the page is too large, only its beginning was read",
    "check-error": "error in the checking program",
    "unknown-signal": "signal not supported",
    # findings
    "matched": "found",
    "matched-page-end": "found at the end of the page (the page marks no footer)",
    "matched-text": "found in the text of a link/page",
    "matched-slug": "found only in an address (URL) without diacritics",
    "no-match": "none of the keywords found",
    "no-match-page-end": "no keyword at the end of the page (the page marks no footer)",
    "no-target-page": "no link to the page to check",
    "no-form": "the target page has no input form",
    "form": "has an input form",
    "search-form": "has a search form",
    "search-input": "has a search box",
    "sitemap-xml": "has a sitemap.xml file",
    "sitemap-link": "has a site map link",
    "feed-ok": "has a working RSS feed",
    "feed-link": "has an RSS link",
    "feed-broken": "has an RSS link but the feed cannot be reached",
    "hreflang": "hreflang declared",
    "link": "has a link",
    "path": "the /en address can be reached",
    "declared": "declared",
    "missing": "missing",
    "declared-header": "declared in the HTTP header",
    "declared-meta": "declared in a meta tag",
    "other-charset": "an encoding other than UTF-8 is declared",
    "not-utf8": "the content is not UTF-8",
    "undeclared-valid-utf8": "the content is UTF-8 but not declared",
    "meta-viewport": "has a meta viewport tag",
    "no-images": "the page has no images",
    "ratio": "share of images with a description",
    "ratio-low": "low share of images with a description",
    "dublin-core": "has Dublin Core meta tags (DC.*)",
    "basic-meta": "only meta description/keywords, no DC.*",
    "no-article-page": "no news article page found to check",
    "print-link": "has a print function",
    "fresh": "latest news item",
    "stale": "the latest news item is old",
    "no-dates": "no publication dates in dd/mm/yyyy form",
    "counted": "items with a publication date in the period",
    "none-in-period": "no items published in the period",
    "file-links": "has file download links",
    "valid": "valid certificate, HTTP redirects to HTTPS",
    "no-https": "cannot be reached over HTTPS",
    "no-redirect": "HTTP does not redirect to HTTPS",
    "expires-soon": "the certificate expires soon",
    "redirect-unchecked": "the HTTP→HTTPS redirect could not be checked",
    "all": "all security headers present",
    "some-missing": "some security headers missing",
    "none": "no security headers",
    "no-aaaa": "the domain name has no AAAA record",
    "connected": "connected over IPv6",
    "aaaa-no-connect": "has an AAAA record but no IPv6 connection",
    "not-checked": "not checked",
    "all-ok": "every request succeeded",
    "some-failed": "some requests failed",
    "down": "the page cannot be reached",
    "clicks": "clicks from the home page",
    "not-within-reach": "not found in the pages read (it may be deeper)",
    "http-200": "reachable (HTTP 200)",
    "no-paths": "no address paths to check",
    "feed-other-host": "has an RSS link to another domain (not fetched)",
    "sitemap-declared-broken": "the site map the portal itself declares (robots.txt, link rel=sitemap) answers 'no such page'",
    "private-address": "refused: a private network address (private, loopback, link-local, multicast)",
    "redirect-other-host": "redirects to another domain (noted, not followed)",
    "https-not-tried": "an http:// address on a port other than 80: the HTTPS port cannot be guessed, not tried",
}
assert set(REASON_EN) == set(REASON_VI)

# HTTP status codes with their own sentence; other codes get the generic "HTTP_OTHER" phrase.
HTTP_STATUS_VI = {
    403: "máy chủ từ chối truy cập (HTTP 403)",
    404: "không có trang (HTTP 404)",
    429: "máy chủ yêu cầu giảm tần suất truy cập (HTTP 429)",
    503: "máy chủ tạm ngừng phục vụ (HTTP 503)",
}
HTTP_STATUS_EN = {
    403: "the server refused access (HTTP 403)",
    404: "no such page (HTTP 404)",
    429: "the server asked for fewer requests (HTTP 429)",
    503: "the server is temporarily unavailable (HTTP 503)",
}
assert set(HTTP_STATUS_EN) == set(HTTP_STATUS_VI)

STATUS_REASON_VI = {
    "all-found": "mọi dấu hiệu đều có",
    "partly-found": "các dấu hiệu có nhưng chưa đầy đủ",
    "some-found": "chỉ có một phần các dấu hiệu",
    "none-found": "không có dấu hiệu nào",
    "inconclusive": "chưa đủ thông tin, cần kiểm tra trực tiếp",
    "measured": "số liệu/thông tin đo được",
    "no-value": "không đo được",
    "no-checks": "không có dấu hiệu để kiểm tra",
    "not-found-check": "không tìm thấy trong các trang đã đọc — cần kiểm tra trực tiếp",
    "low-coverage": "lần kiểm tra đọc được quá ít trang của cổng để kết luận — cần kiểm tra trực tiếp",
    "no-dvc-address": "chưa có địa chỉ Cổng dịch vụ công (không ghi trong hồ sơ, không thấy liên kết trên cổng) — cần kiểm tra trực tiếp",
    "budget": "hết thời gian trước khi kiểm tra mục này — cần kiểm tra trực tiếp",
}

STATUS_REASON_EN = {
    "all-found": "every signal is present",
    "partly-found": "the signals are present but incomplete",
    "some-found": "only some of the signals are present",
    "none-found": "none of the signals is present",
    "inconclusive": "not enough information, check in person",
    "measured": "figure/information measured",
    "no-value": "could not be measured",
    "no-checks": "no signals to check",
    "not-found-check": "not found in the pages read — check in person",
    "low-coverage": "the probe read too few pages of the portal to conclude — check in person",
    "no-dvc-address": "no address for the public-service portal (none in the record, no link on the portal) — check in person",
    "budget": "the time ran out before this item was checked — check in person",
}
assert set(STATUS_REASON_EN) == set(STATUS_REASON_VI)

# The status names of the English interface (the Vietnamese ones are FindingStatus.label_vi).
STATUS_LABEL_EN = {
    FindingStatus.MET: "Met",
    FindingStatus.PARTLY_MET: "Partly met",
    FindingStatus.NOT_MET: "Not met",
    FindingStatus.NOT_APPLICABLE: "Not applicable",
}
assert set(STATUS_LABEL_EN) == set(FindingStatus)

# The sentences around the codes, as str.format templates.
PHRASES_VI = {
    "http-other": "máy chủ trả lời mã HTTP {0}",
    "fresh-age": "{0}, cách {1} ngày",
    "cert-days": "chứng thư còn {0} ngày",
    "images": "{0} ảnh",
    "availability": "trung vị {0:.0f} ms, {1} lần thành công",
    "clicks": "{0} lần bấm",
    "proposal": "Đề xuất: {0} — {1}",
    "measured": "Giá trị đo được: {0}",
    "no-proposal": "Chưa đề xuất — {0}",
    "note-head": "[Kiểm tra tự động {0}, {1}] {2}.",
    "run": "{0}: {1} trang, {2} yêu cầu, {3:.1f} giây",
    "run-home-error": "không đọc được trang chủ: {0}",
    "run-budget": "đã hết thời gian cho phép, một số trang chưa được đọc",
    "run-page-cap": "đã đạt giới hạn số trang",
    "not-found": "Không tìm thấy — cần kiểm tra",
    "looked-for": "đã tìm: {0}",
    "looked-where": "trên {0} trang đã đọc của {1}",
    "coverage-low": "chỉ đọc được {0} trang HTML của {1} (cần ít nhất {2}): mọi kết luận \"không tìm thấy\" đều cần kiểm tra trực tiếp",
    "refused": "{0} yêu cầu bị từ chối (địa chỉ nội bộ hoặc tên miền khác)",
    "dvc": "Cổng dịch vụ công: {0}",
}
PHRASES_EN = {
    "http-other": "the server answered with HTTP code {0}",
    "fresh-age": "{0}, {1} days ago",
    "cert-days": "certificate valid for {0} more days",
    "images": "{0} images",
    "availability": "median {0:.0f} ms, {1} successful",
    "clicks": "{0} clicks",
    "proposal": "Proposed: {0} — {1}",
    "measured": "Measured value: {0}",
    "no-proposal": "No proposal — {0}",
    "note-head": "[Automatic check {0}, {1}] {2}.",
    "run": "{0}: {1} pages, {2} requests, {3:.1f} seconds",
    "run-home-error": "the home page could not be read: {0}",
    "run-budget": "the time allowed ran out, some pages were not read",
    "run-page-cap": "the page limit was reached",
    "not-found": "Not found — check in person",
    "looked-for": "looked for: {0}",
    "looked-where": "on {0} pages read of {1}",
    "coverage-low": "only {0} HTML pages of {1} could be read (at least {2} needed): every \"not found\" needs checking in person",
    "refused": "{0} requests refused (private address or another domain)",
    "dvc": "Public-service portal: {0}",
}
assert set(PHRASES_EN) == set(PHRASES_VI)


@dataclass(frozen=True)
class _Wording:
    verdict: dict[Verdict, str]
    signal: dict[str, str]
    reason: dict[str, str]
    http_status: dict[int, str]
    status_reason: dict[str, str]
    phrases: dict[str, str]


_WORDING = {
    "vi": _Wording(VERDICT_VI, SIGNAL_VI, REASON_VI, HTTP_STATUS_VI, STATUS_REASON_VI, PHRASES_VI),
    "en": _Wording(VERDICT_EN, SIGNAL_EN, REASON_EN, HTTP_STATUS_EN, STATUS_REASON_EN, PHRASES_EN),
}


def _wording(language: str) -> _Wording:
    try:
        return _WORDING[language]
    except KeyError:
        raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES}") from None


def _status_label(status: FindingStatus, language: str) -> str:
    return status.label_vi if language == "vi" else STATUS_LABEL_EN[status]


def describe_reason(code: str, *, language: str = "vi") -> str:
    """One reason code (or a comma-separated list) in Vietnamese, or English with `language="en"`.
    Unknown codes are shown as they are."""
    words = _wording(language)
    parts = []
    for part in code.split(","):
        part = part.strip()
        if part in words.reason:
            parts.append(words.reason[part])
        elif part.startswith("http-") and part[5:].isdigit():
            status = int(part[5:])
            parts.append(words.http_status.get(status) or words.phrases["http-other"].format(status))
        elif part:
            parts.append(part)
    return "; ".join(parts)


def describe_check(check: CheckResult, *, language: str = "vi") -> str:
    """'HTTPS: Có — chứng thư hợp lệ… (…)' on one line ('HTTPS: Found — valid certificate… (…)')."""
    words = _wording(language)
    say = words.phrases
    text = f"{words.signal.get(check.signal, check.signal)}: {words.verdict[check.verdict]}"
    why = describe_reason(check.reason, language=language)
    if why:
        text += f" — {why}"
    extra = []
    if check.signal == "freshness" and check.value is not None:
        extra.append(say["fresh-age"].format(check.detail.split(';')[0], check.value))
    elif check.signal == "https" and isinstance(check.value, int):
        extra.append(say["cert-days"].format(check.value))
    elif check.signal == "img_alt_ratio" and check.detail:
        extra.append(say["images"].format(check.detail))
    elif check.signal == "availability" and check.value is not None:
        extra.append(say["availability"].format(check.value, check.detail))
    elif check.signal == "click_depth" and check.value is not None and check.verdict is Verdict.FOUND:
        extra.append(say["clicks"].format(check.value))
    elif check.value is not None and check.signal in ("date_count", "link_href", "file_links"):
        extra.append(f"{check.value}")
    elif check.detail and check.verdict is not Verdict.FOUND:
        extra.append(check.detail)
    if check.snippet:
        extra.append(f"“{check.snippet[:160]}”")
    if check.url:
        extra.append(check.url)
    return text + (f" ({'; '.join(extra)})" if extra else "")


def describe_proposal(proposal: ItemProposal, *, language: str = "vi") -> str:
    """'Đề xuất: Đạt — mọi dấu hiệu đều có' / 'Chưa đề xuất — …' ('Proposed: Met — …')."""
    words = _wording(language)
    reason = words.status_reason.get(proposal.reason, proposal.reason)
    if proposal.status is not None:
        return words.phrases["proposal"].format(_status_label(proposal.status, language), reason)
    if proposal.value is not None:
        return words.phrases["measured"].format(proposal.value)
    if proposal.reason in ("not-found-check", "low-coverage"):
        looked = looked_for(proposal)
        text = words.phrases["not-found"] + (f" ({reason})" if proposal.reason == "low-coverage" else "")
        return text + (f"; {words.phrases['looked-for'].format(looked)}" if looked else "")
    return words.phrases["no-proposal"].format(reason)


def looked_for(proposal: ItemProposal) -> str:
    """What the checks that found nothing looked for (keywords, paths), for "cần kiểm tra"."""
    parts: list[str] = []
    for check in proposal.checks:
        if check.verdict is Verdict.NOT_FOUND and check.detail:
            parts.extend(p.strip() for p in check.detail.split(",") if p.strip())
    return ", ".join(dict.fromkeys(parts))[:300]


def _local(moment: datetime) -> str:
    return clock.format_datetime(moment)


def describe_note(run: ProbeRun, proposal: ItemProposal, *, language: str = "vi") -> str:
    """The note stored with an accepted finding: when, where, what the probe saw. What is stored
    is always the Vietnamese one (the default); English is for display only."""
    head = _wording(language).phrases["note-head"].format(
        _local(run.started_at), run.target.url, describe_proposal(proposal, language=language))
    lines = [head] + [f"- {describe_check(c, language=language)}" for c in proposal.checks]
    return "\n".join(lines)


def describe_run(run: ProbeRun, *, language: str = "vi") -> str:
    """A summary line: address, time, pages, requests, limits reached."""
    say = _wording(language).phrases
    parts = [say["run"].format(run.target.url, run.pages_read, run.requests, run.elapsed)]
    if run.dvc_url:
        parts.append(say["dvc"].format(run.dvc_url))
    for cov in run.coverage:
        if not cov.sufficient:
            parts.append(say["coverage-low"].format(cov.pages_read, cov.url, cov.min_pages))
    refused = run.notes.get("refused") or []
    if refused:
        parts.append(say["refused"].format(len(refused)))
    if run.home_error:
        parts.append(say["run-home-error"].format(describe_reason(run.home_error, language=language)))
    if run.budget_exhausted:
        parts.append(say["run-budget"])
    if run.page_cap_reached:
        parts.append(say["run-page-cap"])
    return "; ".join(parts)
