"""A corpus of fake provincial portals with the truth per checklist item (nd43-tt25), written the
way real provincial portals present things (see resources/probe/vocabulary.yaml for where the
wording comes from): different CMS layouts, upper-case menus, HTML entities and decomposed
Unicode, a "Liên kết website" drop-down, a site map announced in robots.txt at another path, a
home page that hands over to its real start page, print tools as javascript: links, icon menus
with alt text only, a windows-1258 page.

`corpus_portal(style, today)` → (routes, truth): truth maps item id → True (present on the
portal) / False (absent). Items left out of `truth` are not judged by the corpus tests.
"""

from __future__ import annotations

import html
import unicodedata
from datetime import date, timedelta

from portal_server import SECURITY_HEADERS, Resp

PROVINCE = "Yên Bình"  # a made-up province


def _d(day: date) -> str:
    return day.strftime("%d/%m/%Y")


# (item ids made present, menu label as the portal writes it, path, page body)
SECTIONS: list[tuple[tuple[str, ...], str, str, str]] = [
    (("nd43.d10.1a.1", "nd43.d10.1a.2"), "GIỚI THIỆU", "/portal/gioi-thieu",
     "<h2>Tổ chức bộ máy</h2><p>Chức năng, nhiệm vụ, quyền hạn của UBND tỉnh và các cơ quan chuyên môn.</p>"),
    (("nd43.d10.1a.3",), "Bản đồ hành chính", "/portal/ban-do",
     "<h2>Bản đồ địa giới hành chính tỉnh</h2><img src='/img/bando.png' alt='Bản đồ địa giới hành chính đến cấp xã'>"),
    (("nd43.d10.1a.4",), "Tiềm năng - Thế mạnh", "/portal/tiem-nang",
     "<h2>Điều kiện tự nhiên</h2><p>Tỉnh có khí hậu nhiệt đới gió mùa; di tích, danh thắng nổi tiếng.</p>"),
    (("nd43.d10.1a.5",), "Lịch sử hình thành", "/portal/lich-su", "<h2>Quá trình hình thành và phát triển</h2>"),
    (("nd43.d10.1a.6",), "Lãnh đạo UBND tỉnh", "/portal/lanh-dao",
     "<h2>Thông tin lãnh đạo</h2><p>Tiểu sử tóm tắt của Chủ tịch UBND tỉnh.</p>"),
    (("nd43.d10.1c.1",), "THÔNG TIN CHỈ ĐẠO ĐIỀU HÀNH", "/portal/chi-dao", "<h2>Thông báo kết luận</h2>"),
    (("nd43.d10.1c.4",), "Trả lời ý kiến cử tri", "/portal/cu-tri", "<h2>Trả lời kiến nghị của cử tri</h2>"),
    (("nd43.d10.1c.5",), "Khen thưởng - Xử phạt", "/portal/khen-thuong", "<h2>Thông tin khen thưởng</h2>"),
    (("nd43.d10.1d.1",), "Phổ biến, giáo dục pháp luật", "/portal/pbgdpl", "<h2>Phổ biến pháp luật</h2>"),
    (("nd43.d10.1dd.1",), "Quy hoạch - Kế hoạch", "/portal/quy-hoach", "<h2>Quy hoạch tỉnh thời kỳ 2021-2030</h2>"),
    (("nd43.d10.1dd.3",), "Thu hút đầu tư", "/portal/dau-tu", "<h2>Môi trường đầu tư</h2>"),
    (("nd43.d10.1h.1",), "Dự án - Đấu thầu", "/portal/du-an", "<h2>Thông tin đấu thầu, mua sắm công</h2>"),
    (("nd43.d11.1",), "Nhiệm vụ KH&amp;CN", "/portal/khcn", "<h2>Danh mục nhiệm vụ khoa học và công nghệ</h2>"),
    (("nd43.d12.1",), "Số liệu thống kê", "/portal/thong-ke", "<h2>Niên giám thống kê</h2>"),
    (("nd43.d10.1k.1",), "Danh bạ điện tử", "/portal/danh-ba",
     "<h2>Danh bạ</h2><p>Người phát ngôn: Chánh Văn phòng UBND tỉnh, điện thoại 0216.3852.123</p>"),
    (("nd43.d9",), "Chính sách bảo vệ dữ liệu cá nhân", "/portal/du-lieu-ca-nhan",
     "<h2>Chính sách bảo vệ dữ liệu cá nhân</h2><p>Thông tin cá nhân người dùng chỉ được dùng để trả lời.</p>"),
    (("nd43.d18.4",), "Tra cứu hồ sơ", "/portal/tra-cuu-ho-so", "<h2>Tra cứu tình trạng hồ sơ</h2>"),
]


def _decomposed(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def corpus_portal(style: str, today: date) -> tuple[dict[str, Resp], dict[str, bool]]:
    """style: "full" (everything present, portal wording), "cms-b" (everything present, another
    layout: icon menu with alt texts, windows-1258, no <footer>), "sparse" (most absent)."""
    full = style in ("full", "cms-b")
    headers = dict(SECURITY_HEADERS) if full else {}
    sections = SECTIONS if full else SECTIONS[:1]
    if style == "cms-b":
        # Icons whose only text is their alt, as some CMS themes draw their menus.
        menu = "".join(f'<li><a href="{p}"><img src="/icon/{i}.png" alt="{label}"></a></li>'
                       for i, (_, label, p, _) in enumerate(sections))
    else:
        # Upper-case and decomposed menus, one entity-encoded.
        menu = "".join(f'<li><a href="{p}">{_decomposed(label) if i % 3 == 0 else label}</a></li>'
                       for i, (_, label, p, _) in enumerate(sections))
    if full:
        menu += ('<li><a href="/portal/tin-tuc">TIN TỨC - SỰ KIỆN</a></li>'
                 '<li><a href="/portal/van-ban">V&#258;N B&#7842;N</a></li>'
                 '<li><a href="/portal/hoi-dap">Hỏi - Đáp trực tuyến</a></li>'
                 '<li><a href="/portal/gop-y">Góp ý dự thảo</a></li>'
                 '<li><a href="/portal/lich">Lịch công tác</a></li>'
                 '<li><a href="/portal/tthc">Thủ tục hành chính</a></li>'
                 '<li><a href="/portal/dvctt">Dịch vụ công trực tuyến</a></li>'
                 '<li><a href="/portal/so-do-site">Sơ đồ site</a></li>'
                 '<li><a href="/en/home">ENGLISH</a></li>')
    else:
        menu += '<li><a href="/portal/tin-tuc">Tin tức</a></li>'
    charset = "windows-1258" if style == "cms-b" else "utf-8"
    head = (f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="alternate" type="application/rss+xml" href="/portal/rss/tin-tuc.rss">') if full else \
        f'<meta charset="{charset}">'
    if style == "cms-b":  # this CMS announces its site map in the page head, not in robots.txt
        head += '<link rel="sitemap" type="application/xml" href="/portal/sitemap-index.xml">'
    select = ('<select onchange="window.open(this.value)"><option value="">-- Liên kết website --</option>'
              '<option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>'
              '<option value="https://vbpl.vn">CSDL quốc gia về văn bản pháp luật</option>'
              '<option value="https://sotc.yenbinh.gov.vn">Sở Tài chính</option></select>') if full else ""
    contact = ("<p>Cơ quan chủ quản: UBND tỉnh " + PROVINCE + "</p><p>Chịu trách nhiệm chính: Chánh Văn phòng</p>"
               "<p>Địa chỉ: 1 Trần Hưng Đạo; Điện thoại: 0216.3852.123; Email: bbt@yenbinh.gov.vn</p>")
    footer = (f'<div id="ft" class="FooterWrap">{contact}</div>' if style == "cms-b"
              else f"<footer>{contact}</footer>" if full else "<div>© " + PROVINCE + "</div>")
    news = "".join(f'<li><a href="/portal/tin-tuc/bai-{i}.html">Hội nghị triển khai nhiệm vụ phát triển kinh tế '
                   f'xã hội số {i}</a> <span>{_d(today - timedelta(days=i))}</span></li>' for i in range(1, 7))
    search = ('<form id="frmSearch" action="/portal/tim-kiem"><input name="txtSearch" placeholder="Tìm kiếm"></form>'
              if full else "")
    access = ('<div class="tools"><a href="#" onclick="zoom(1)">Tăng cỡ chữ</a> '
              '<a href="#" onclick="contrast()">Tương phản</a></div>') if full else ""

    def page(title: str, body: str, extra_head: str = "") -> Resp:
        doc = (f'<!DOCTYPE html><html lang="vi"><head>{head}{extra_head}<title>{title}</title></head><body>'
               f'<div class="header">{search}{access}</div><ul class="nav">{menu}</ul>'
               f'<div class="main">{body}</div><div class="box">{select}</div>{footer}</body></html>')
        data = doc.encode("cp1258", errors="xmlcharrefreplace") if charset == "windows-1258" else doc.encode()
        return Resp(body=data, content_type=f"text/html; charset={charset}", headers=headers)

    home = (f"<h2>Tin mới</h2><ul>{news}</ul>"
            f"<img src='/img/banner.jpg' alt='Banner'><img src='/img/logo.png' alt='Logo'>"
            f"<p><a href='https://vbpl.vn/yenbinh'>Văn bản pháp luật</a> "
            f"<a href='https://chinhphu.vn'>Chính phủ</a></p>") if full else f"<ul>{news}</ul><img src='/x.png'>"
    routes: dict[str, Resp] = {
        # The site root only hands over to the real start page (as many portals do).
        "/": Resp(body='<html><head><meta http-equiv="refresh" content="0;url=/portal/home"></head>'
                       '<body>Đang chuyển…</body></html>', headers=headers),
        "/portal/home": page("Trang chủ", home),
        "/portal/tin-tuc": page("Tin tức", f"<h2>Tin tức - Sự kiện</h2><ul>{news}</ul>"),
    }
    for _, label, path, body in sections:
        routes[path] = page(html.unescape(label), body)
    for i in range(1, 7):
        meta = ('<meta name="DC.title" content="Hội nghị"><meta name="DC.date" content="2025-03-01">' if full else "")
        tools = ('<a href="javascript:void(0)" onclick="printArticle()">In bài viết</a>'
                 '<a href="javascript:window.print()"><img src="/print.png" alt="In"></a>') if full else ""
        routes[f"/portal/tin-tuc/bai-{i}.html"] = page(
            "Bài viết", f"<h2>Hội nghị số {i}</h2><p>Ngày đăng: {_d(today - timedelta(days=i))}</p>{tools}", meta)
    truth: dict[str, bool] = {}
    if full:
        pdfs = "".join(f"<li><a href='/upload/vb/{n}.pdf'>Quyết định {n}/QĐ-UBND</a></li>" for n in range(1, 5))
        routes.update({
            "/portal/van-ban": page("Văn bản", f"<h2>Văn bản quy phạm pháp luật</h2>"
                                                f"<form action='/portal/van-ban'><input name='keyword'></form><ul>{pdfs}</ul>"),
            "/portal/hoi-dap": page("Hỏi đáp", "<h2>Hỏi - Đáp</h2><form method='post' action='/portal/hoi-dap/gui'>"
                                               "<input name='hoten'><input name='email'><textarea name='cauhoi'></textarea></form>"),
            "/portal/gop-y": page("Góp ý", "<h2>Lấy ý kiến dự thảo văn bản</h2><form method='post'>"
                                           "<input name='ten'><textarea name='gopy'></textarea></form>"),
            "/portal/lich": page("Lịch", f"<h2>Lịch công tác tuần</h2><p>{_d(today)}: Chủ tịch họp giao ban</p>"),
            "/portal/tthc": page("TTHC", "<h2>Thủ tục hành chính</h2>"),
            "/portal/dvctt": page("DVC", "<h2>Dịch vụ công trực tuyến mức độ 4</h2><a href='/upload/mau-don.docx'>Mẫu đơn</a>"),
            "/portal/so-do-site": page("Sơ đồ site", "<h2>Sơ đồ site</h2>"),
            "/en/home": page("Home", "<h2>Yen Binh Portal</h2>"),
            # The site map is announced in robots.txt (cms-b: in <link rel=sitemap>), at another path
            # than /sitemap.xml.
            "/robots.txt": Resp(body="User-agent: *\n" + ("" if style == "cms-b" else
                                "Sitemap: /portal/sitemap-index.xml\n"), content_type="text/plain"),
            "/portal/sitemap-index.xml": Resp(
                body='<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                     '<sitemap><loc>/portal/sm1.xml</loc></sitemap></sitemapindex>', content_type="application/xml"),
            "/portal/rss/tin-tuc.rss": Resp(body='<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title>'
                                                 '</channel></rss>', content_type="application/rss+xml"),
        })
        for ids, *_ in SECTIONS:
            truth.update(dict.fromkeys(ids, True))
        truth.update(dict.fromkeys((
            "nd43.d4", "nd43.d8", "nd43.d10.1b.1", "nd43.d10.1c.6", "nd43.d10.1e.1", "nd43.d10.1e.3",
            "nd43.d10.1e.4", "nd43.d10.1e.5", "nd43.d10.1g.1", "nd43.d10.1i.1", "nd43.d10.1i.3",
            "nd43.d10.1l.1", "nd43.d13.1", "nd43.d14.1", "nd43.d16.1", "nd43.d15.timkiem", "nd43.d15.sodo",
            "nd43.d15.lienket", "nd43.d15.inan", "nd43.d15.hoidap", "tt26.rss", "tt26.thietbi", "tt32.bachuot",
            "nd43.d17.1", "tt26.capnhat", "nd43.d18.2", "nd43.d19.1"), True))
        truth["nd43.d7.unicode"] = style != "cms-b"  # windows-1258 is not Unicode (TCVN 6909)
    else:
        truth.update({k: False for k in (
            "nd43.d10.1a.3", "nd43.d10.1a.5", "nd43.d10.1c.1", "nd43.d11.1", "nd43.d15.hoidap", "nd43.d15.sodo",
            "nd43.d15.timkiem", "tt26.rss", "tt26.thietbi", "nd43.d10.1e.1", "nd43.d15.lienket", "nd43.d13.1")})
        truth["nd43.d10.1a.1"] = True
        truth["nd43.d7.unicode"] = True
    truth["nd43.d6"] = False  # 127.0.0.1 is not a <province>.gov.vn name
    return routes, truth
