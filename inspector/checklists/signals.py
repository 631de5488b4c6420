"""The probe signal vocabulary: what a checklist item may ask the live probe to look for.

A template naming a signal that is not here is invalid. Each signal is implemented by the probe
(`inspector.probe`); descriptions are Vietnamese data shown next to probe results.
"""

from __future__ import annotations

SIGNALS: dict[str, str] = {
    "link_text": "Menu/liên kết trên trang chủ (và trang cấp 2) có chứa một trong các từ khóa (không phân biệt hoa thường, có và không dấu)",
    "page_text": "Nội dung trang (trang chủ hoặc trang đích của liên kết tìm được) chứa từ khóa",
    "footer_text": "Phần chân trang (footer) chứa các từ khóa",
    "url_path": "Một trong các đường dẫn trong paths trả về HTTP 200",
    "link_href": "Có liên kết (href) trỏ tới tên miền/đường dẫn chứa chuỗi trong keywords",
    "search_form": "Có form tìm kiếm (input type=search hoặc name q/keyword/tukhoa/search, hoặc role=search)",
    "sitemap": "Có /sitemap.xml hoặc liên kết 'Sơ đồ cổng/Sơ đồ trang'",
    "rss": "Có <link type=application/rss+xml> hoặc liên kết RSS",
    "lang_alt": "Có phiên bản tiếng nước ngoài: hreflang, liên kết 'English'/'EN', đường dẫn /en hoặc tên miền phụ english",
    "html_lang": "Thuộc tính lang của thẻ <html>",
    "charset_utf8": "Khai báo mã ký tự UTF-8 (Unicode, TCVN 6909:2001) trong header hoặc thẻ meta",
    "https": "Truy cập được qua HTTPS, HTTP chuyển hướng sang HTTPS, chứng thư hợp lệ, đúng tên miền và còn hạn",
    "security_headers": "Có các header bảo mật (Strict-Transport-Security, X-Frame-Options/CSP, X-Content-Type-Options)",
    "domain_pattern": "Tên miền khớp mẫu quy định (keywords chứa mẫu, ví dụ *.gov.vn)",
    "ipv6": "Tên miền có bản ghi DNS AAAA và trả lời được qua IPv6",
    "viewport": "Có thẻ meta viewport (hiển thị tương thích thiết bị di động)",
    "img_alt_ratio": "Tỷ lệ thẻ <img> có thuộc tính alt không rỗng",
    "dc_metadata": "Trang tin bài có thẻ meta đặc tả (DC.title, DC.date, DC.creator... hoặc meta description/keywords)",
    "print_link": "Trang tin bài có chức năng In/Lưu (liên kết 'In', 'In bài', window.print)",
    "form_present": "Trang đích có form nhập liệu (gửi câu hỏi, góp ý, phản ánh)",
    "freshness": "Ngày đăng mới nhất (dd/mm/yyyy) trên trang chủ/trang tin không cũ hơn max_age_days ngày",
    "date_count": "Số mục có ngày đăng trong khoảng thời gian kiểm tra trên trang danh sách (ước lượng)",
    "file_links": "Trang danh sách có liên kết tải tệp (.pdf, .doc, .docx, .xls, .xlsx, .zip, .rar)",
    "availability": "HTTP 200 và thời gian phản hồi qua nhiều lần lấy mẫu",
    "click_depth": "Số lần bấm (độ sâu liên kết) từ trang chủ tới trang đích",
    "script_src": "Có thẻ <script> với src chứa chuỗi trong keywords (ví dụ mã theo dõi, mã tích hợp)",
}


def is_known_signal(name: str) -> bool:
    return name in SIGNALS
