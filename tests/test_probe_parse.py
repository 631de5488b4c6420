"""HTML reading: links, footer, forms, meta tags, charset, tag soup."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.probe.parse import decode_body, parse_html

PAGE = """<!DOCTYPE html><html lang="vi"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width">
<meta name="DC.title" content="Trang chủ">
<title>Cổng TTĐT tỉnh</title><base href="http://tinh.gov.vn/sub/">
<link rel="alternate" type="application/rss+xml" href="rss.xml">
<script>var x = "<a href='/khong-phai-lien-ket'>Không</a>"; function p(){window.print()}</script>
</head><body>
<div id="menu"><ul><li><a href="hoi-dap">Hỏi <b>đáp</b></a><li><a href="/van-ban" title="Văn bản"><img src="i.png" alt="Văn bản pháp luật"></a>
</ul></div>
<p>Tin mới<br>đăng 05/03/2025
<form role="search" action="/tim"><input name="q"></form>
<form action="/gui" method="POST"><input name="ten"><textarea name="nd"></textarea></form>
<input type="search" name="s2">
<img src="a.png"><img src="b.png" alt="">
<div class="site-footer"><p>Cơ quan chủ quản: UBND tỉnh</p></div>
<p>Sau chân trang</p>
</body></html>"""


def test_links_resolved_against_base_and_labels_include_alt():
    doc = parse_html(PAGE, "http://tinh.gov.vn/")
    hrefs = {link.href: link for link in doc.links}
    assert "http://tinh.gov.vn/sub/hoi-dap" in hrefs
    assert hrefs["http://tinh.gov.vn/sub/hoi-dap"].text == "Hỏi đáp"
    vb = hrefs["http://tinh.gov.vn/van-ban"]
    assert "Văn bản pháp luật" in vb.label and "Văn bản" in vb.title
    # Markup inside a script is not a link.
    assert not any("khong-phai" in h for h in hrefs)


def test_meta_lang_forms_images_footer():
    doc = parse_html(PAGE, "http://tinh.gov.vn/")
    assert doc.lang == "vi"
    assert doc.declared_charset.lower() == "utf-8"
    assert doc.meta("viewport") == "width=device-width"
    assert doc.meta("dc.title") == "Trang chủ"
    assert doc.title == "Cổng TTĐT tỉnh"
    assert doc.link_tags[0].href == "http://tinh.gov.vn/sub/rss.xml"
    search, entry = doc.forms
    assert search.is_search and not search.is_data_entry
    assert entry.is_data_entry and entry.method == "post"
    assert [i.name for i in doc.loose_inputs] == ["s2"]
    assert doc.images == ["Văn bản pháp luật", None, ""]
    assert doc.footer_marked and "Cơ quan chủ quản: UBND tỉnh" in doc.footer_text
    assert "Sau chân trang" not in doc.footer_text
    assert doc.inline_print
    assert "đăng 05/03/2025" in doc.text


def test_footer_guessed_from_page_end_when_not_marked():
    doc = parse_html("<html><body><p>Tin</p><p>Địa chỉ: 1 Trần Phú</p></body></html>", "http://x/")
    assert not doc.footer_marked
    assert "Địa chỉ" in doc.footer_text


def test_tag_soup_is_tolerated():
    soup = "<html><body><div><a href=/a>Một<div><a href=/b>Hai</a></span></td><p>Ba<footer>Chân</body>"
    doc = parse_html(soup, "http://x/")
    assert [link.href for link in doc.links] == ["http://x/a", "http://x/b"]
    assert doc.links[0].text.startswith("Một") and doc.links[1].text == "Hai"
    assert "Chân" in doc.footer_text


def test_portal_shapes_select_lists_areas_buttons_and_entities():
    page = """<html><body>
    <ul class="menu"><li><a href="/hoi-dap">H&#7886;I - &#272;&Aacute;P TR&#7920;C TUY&#7870;N</a></li>
    <li><a href="/khcn">Nhiệm vụ KH&amp;CN</a></li>
    <li><a href="/so-do">Sờ đồ site</a></li></ul>
    <select onchange="window.open(this.value)"><option value="">-- Liên kết website --</option>
    <option value="https://sotc.tinh.gov.vn">Sở Tài chính</option><option value="www.chinhphu.vn">Chính phủ</option>
    <option value="abc">Không phải địa chỉ</option></select>
    <map><area href="/lien-he" alt="Liên hệ"></map>
    <a href="javascript:void(0)" onclick="window.print()">In bài viết</a>
    <button onclick="share()">Chia sẻ</button>
    </body></html>"""
    doc = parse_html(page, "http://tinh.gov.vn/")
    labels = {link.label: link for link in doc.links}
    assert "HỎI - ĐÁP TRỰC TUYẾN" in labels and "Nhiệm vụ KH&CN" in labels
    assert "Sở đồ site" not in labels and "Sờ đồ site" in labels  # decomposed marks composed (NFC)
    options = [link for link in doc.links if link.kind == "option"]
    assert [(o.href, o.text) for o in options] == [
        ("https://sotc.tinh.gov.vn/", "Sở Tài chính"), ("http://www.chinhphu.vn/", "Chính phủ")]
    assert labels["Liên hệ"].href == "http://tinh.gov.vn/lien-he" and labels["Liên hệ"].kind == "area"
    assert labels["In bài viết"].onclick == "window.print()" and doc.inline_print
    assert labels["Chia sẻ"].kind == "button"


def test_handover_by_meta_refresh_or_script():
    refresh = '<html><head><meta http-equiv="refresh" content="0; URL=\'/portal/home\'"></head></html>'
    assert parse_html(refresh, "http://tinh.gov.vn/").handover == "http://tinh.gov.vn/portal/home"
    script = '<html><body><script>window.location.href = "/wps/portal";</script></body></html>'
    assert parse_html(script, "http://tinh.gov.vn/").handover == "http://tinh.gov.vn/wps/portal"
    assert parse_html("<html><body><a href=/x>x</a></body></html>", "http://t/").handover == ""


def test_hostile_nesting_is_cut_and_said():
    deep = "<html><body>" + "<div>" * 5000 + "<a href=/deep>sâu</a>"
    doc = parse_html(deep, "http://x/")
    assert doc.cut  # the parser stopped nesting: the page is not taken as read whole
    many = "<html><body>" + "".join(f"<a href=/l{i}>l{i}</a>" for i in range(1600))
    doc = parse_html(many, "http://x/")
    assert doc.cut and len(doc.links) == 1500


def test_decode_body_uses_header_then_meta_then_utf8():
    text = "Cổng thông tin"
    assert decode_body(text.encode("utf-8"), None)[0] == text
    cp = '<meta charset="windows-1258"><p>Ban</p>'.encode("cp1258")
    assert decode_body(cp, None)[1] == "cp1258"
    assert decode_body(b"\xff\xfe", "no-such-charset")[1] == "utf-8"


_PIECES = list("<>/=\"' abcpq-&;#!áđ\n") + [
    "<a href=", "</a>", "<form>", "<input name=q>", "<footer>", "<script>", "</script>", "<img alt=",
    "<div class=footer>", "</div>", "<meta charset=", "<base href=",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=80).map("".join))
def test_parser_never_raises(markup):
    doc = parse_html(markup, "http://x.gov.vn/")
    assert isinstance(doc.text, str)
    for link in doc.links:
        assert isinstance(link.href, str)
