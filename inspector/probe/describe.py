"""Vietnamese wording of probe results, for the CLI, the UI and the notes stored with findings.

The results carry stable codes; this is the one place that turns them into sentences. Text that came
from a portal (snippets, link labels) is quoted as plain text.
"""

from __future__ import annotations

from datetime import datetime

from inspector.checklists.signals import SIGNALS
from inspector.probe.results import CheckResult, ItemProposal, ProbeRun, Verdict

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
}

STATUS_REASON_VI = {
    "all-found": "mọi dấu hiệu đều có",
    "partly-found": "các dấu hiệu có nhưng chưa đầy đủ",
    "some-found": "chỉ có một phần các dấu hiệu",
    "none-found": "không có dấu hiệu nào",
    "inconclusive": "chưa đủ thông tin, cần kiểm tra trực tiếp",
    "measured": "số liệu/thông tin đo được",
    "no-value": "không đo được",
    "no-checks": "không có dấu hiệu để kiểm tra",
}


def describe_reason(code: str) -> str:
    """One reason code (or a comma-separated list) in Vietnamese."""
    parts = []
    for part in code.split(","):
        part = part.strip()
        if part in REASON_VI:
            parts.append(REASON_VI[part])
        elif part.startswith("http-") and part[5:].isdigit():
            status = int(part[5:])
            parts.append({
                403: "máy chủ từ chối truy cập (HTTP 403)",
                404: "không có trang (HTTP 404)",
                429: "máy chủ yêu cầu giảm tần suất truy cập (HTTP 429)",
                503: "máy chủ tạm ngừng phục vụ (HTTP 503)",
            }.get(status, f"máy chủ trả lời mã HTTP {status}"))
        elif part:
            parts.append(part)
    return "; ".join(parts)


def describe_check(check: CheckResult) -> str:
    """'HTTPS: Có — chứng thư hợp lệ… (…)' on one line."""
    text = f"{SIGNAL_VI.get(check.signal, check.signal)}: {VERDICT_VI[check.verdict]}"
    why = describe_reason(check.reason)
    if why:
        text += f" — {why}"
    extra = []
    if check.signal == "freshness" and check.value is not None:
        extra.append(f"{check.detail.split(';')[0]}, cách {check.value} ngày")
    elif check.signal == "https" and isinstance(check.value, int):
        extra.append(f"chứng thư còn {check.value} ngày")
    elif check.signal == "img_alt_ratio" and check.detail:
        extra.append(f"{check.detail} ảnh")
    elif check.signal == "availability" and check.value is not None:
        extra.append(f"trung vị {check.value:.0f} ms, {check.detail} lần thành công")
    elif check.signal == "click_depth" and check.value is not None and check.verdict is Verdict.FOUND:
        extra.append(f"{check.value} lần bấm")
    elif check.value is not None and check.signal in ("date_count", "link_href", "file_links"):
        extra.append(f"{check.value}")
    elif check.detail and check.verdict is not Verdict.FOUND:
        extra.append(check.detail)
    if check.snippet:
        extra.append(f"“{check.snippet[:160]}”")
    if check.url:
        extra.append(check.url)
    return text + (f" ({'; '.join(extra)})" if extra else "")


def describe_proposal(proposal: ItemProposal) -> str:
    """'Đề xuất: Đạt — mọi dấu hiệu đều có' / 'Chưa đề xuất — …'."""
    reason = STATUS_REASON_VI.get(proposal.reason, proposal.reason)
    if proposal.status is not None:
        return f"Đề xuất: {proposal.status.label_vi} — {reason}"
    if proposal.value is not None:
        return f"Giá trị đo được: {proposal.value}"
    return f"Chưa đề xuất — {reason}"


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def describe_note(run: ProbeRun, proposal: ItemProposal) -> str:
    """The note stored with an accepted finding: when, where, what the probe saw."""
    lines = [f"[Kiểm tra tự động {_local(run.started_at)}, {run.target.url}] {describe_proposal(proposal)}."]
    lines += [f"- {describe_check(c)}" for c in proposal.checks]
    return "\n".join(lines)


def describe_run(run: ProbeRun) -> str:
    """A summary line: address, time, pages, requests, limits reached."""
    parts = [f"{run.target.url}: {len(run.pages)} trang, {run.requests} yêu cầu, {run.elapsed:.1f} giây"]
    if run.home_error:
        parts.append(f"không đọc được trang chủ: {describe_reason(run.home_error)}")
    if run.budget_exhausted:
        parts.append("đã hết thời gian cho phép, một số trang chưa được đọc")
    if run.page_cap_reached:
        parts.append("đã đạt giới hạn số trang")
    return "; ".join(parts)
