"""Fake provincial portals and hostile servers on 127.0.0.1 (or ::1), for tests and benchmarks.

A `PortalServer` is a real threaded HTTP(S) server serving a dict of routes: path → `Resp` (status,
body, headers, delay) or a callable that writes the raw response itself (hostile behaviour).
`build_portal(kind, today)` returns the routes of a realistic Vietnamese provincial portal:

- ``compliant``: menus, footer "Cơ quan chủ quản", dated news, văn bản with PDFs, hỏi đáp form,
  English version, sitemap.xml, RSS, security headers;
- ``missing``: the same province with the required sections left out;
- ``slugs``: the sections exist but the menu shows icons only, so they appear only in URL slugs;
- ``stale``: compliant, but the newest news item is two years old.

Every server stops by itself when the test ends (`with PortalServer(...) as server:`), and hostile
handlers stop writing after a bounded time.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HTML = "text/html; charset=utf-8"
SECURITY_HEADERS = {
    "Strict-Transport-Security": "max-age=31536000",
    "X-Frame-Options": "SAMEORIGIN",
    "X-Content-Type-Options": "nosniff",
}


@dataclass
class Resp:
    status: int = 200
    body: bytes | str = b""
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering


Handler = Callable[[BaseHTTPRequestHandler], None]  # writes the whole raw response itself


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False
    request_queue_size = 64

    def handle_error(self, request, client_address):  # noqa: ANN001 - quiet: clients hang up on purpose
        pass


class _Server6(_Server):
    address_family = socket.AF_INET6


class PortalServer:
    """A real HTTP(S) server on the loopback interface serving `routes`."""

    def __init__(self, routes: dict[str, Resp | Handler], *, tls: ssl.SSLContext | None = None,
                 delay: float = 0.0, host: str = "127.0.0.1", default_headers: dict[str, str] | None = None):
        self.routes = routes
        self.delay = delay
        self.hits: list[str] = []
        self.in_flight = 0
        self.max_in_flight = 0  # the most requests handled at once (concurrency limit tests)
        self.lock = threading.Lock()
        self.default_headers = default_headers or {}
        server_cls = _Server6 if ":" in host else _Server
        self.httpd = server_cls((host, 0), self._handler_class())
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.scheme = "https" if tls else "http"
        self.host = host
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}/"

    def url_for(self, path: str, host: str | None = None) -> str:
        h = host or (f"[{self.host}]" if ":" in self.host else self.host)
        return f"{self.scheme}://{h}:{self.port}{path}"

    def __enter__(self) -> PortalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                path = urlsplit(self.path).path
                with server.lock:
                    server.hits.append(path)
                route = server.routes.get(path)
                if route is None and path.endswith("/") and len(path) > 1:
                    route = server.routes.get(path.rstrip("/"))
                if route is None:
                    route = Resp(404, "<html><body><h1>404 - Không tìm thấy trang</h1></body></html>")
                if callable(route):
                    route(self)
                    return
                delay = route.delay or server.delay
                with server.lock:
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    if delay:
                        time.sleep(delay)
                finally:
                    with server.lock:
                        server.in_flight -= 1
                body = route.body.encode("utf-8") if isinstance(route.body, str) else route.body
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(body)))
                for k, v in {**server.default_headers, **route.headers}.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

        return H


# -- TLS helpers ------------------------------------------------------------------------------------

def server_context(cert) -> ssl.SSLContext:  # noqa: ANN001 - trustme.LeafCert
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(ctx)
    return ctx


def self_signed_context(hostname: str = "localhost") -> ssl.SSLContext:
    """A server context with a certificate signed by its own key (no CA at all)."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(hostname)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp(prefix="selfsigned-"))
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return ctx


# -- hostile handlers -------------------------------------------------------------------------------

def _raw(handler: BaseHTTPRequestHandler, head: str) -> None:
    handler.close_connection = True
    handler.wfile.write(head.encode("latin-1"))
    handler.wfile.flush()


def endless_body(max_seconds: float = 20.0) -> Handler:
    """An HTML page that never ends (until the client hangs up, or `max_seconds`)."""
    def handle(h: BaseHTTPRequestHandler) -> None:
        _raw(h, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n\r\n")
        chunk = ("<p>Tin tức mới cập nhật " * 400 + "</p>\n").encode()
        end = time.monotonic() + max_seconds
        try:
            h.wfile.write("<html><head><title>Trang chủ</title></head><body>".encode())
            while time.monotonic() < end:
                h.wfile.write(chunk)
        except OSError:
            pass
    return handle


def one_byte_per_second(max_seconds: float = 30.0) -> Handler:
    """Headers at once, then the body one byte a second (a read timeout alone never fires)."""
    def handle(h: BaseHTTPRequestHandler) -> None:
        body = b"<html><body>" + b"x" * 1000 + b"</body></html>"
        _raw(h, f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n")
        end = time.monotonic() + max_seconds
        try:
            for byte in body:
                if time.monotonic() > end:
                    break
                h.wfile.write(bytes([byte]))
                h.wfile.flush()
                time.sleep(1.0)
        except OSError:
            pass
    return handle


def redirect_loop(other: str) -> Handler:
    """Redirects to `other`, which redirects back (pair two routes)."""
    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", other)
        h.send_header("Content-Length", "0")
        h.end_headers()
    return handle


_BOMB: bytes | None = None


def gzip_bomb_bytes(size: int = 128 * 1024 * 1024) -> bytes:
    """`size` zero bytes gzip-compressed (≈ 130 KB for 128 MB: 128 times the tests' body cap)."""
    global _BOMB
    if _BOMB is None:
        comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        block = b"\0" * (1024 * 1024)
        parts = [comp.compress(block) for _ in range(size // len(block))]
        parts.append(comp.flush())
        _BOMB = b"".join(parts)
    return _BOMB


def gzip_bomb() -> Handler:
    def handle(h: BaseHTTPRequestHandler) -> None:
        body = gzip_bomb_bytes()
        _raw(h, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n")
        with contextlib.suppress(OSError):
            h.wfile.write(body)
    return handle


def huge_headers(total: int = 2 * 1024 * 1024) -> Handler:
    """A response whose header section never ends in reasonable size."""
    def handle(h: BaseHTTPRequestHandler) -> None:
        try:
            h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
            line = b"X-Padding: " + b"a" * 8000 + b"\r\n"
            for _ in range(total // len(line)):
                h.wfile.write(line)
            h.wfile.write(b"Content-Length: 2\r\n\r\nok")
        except OSError:
            pass
        h.close_connection = True
    return handle


def gzip_html(html: str) -> Resp:
    return Resp(body=gzip.compress(html.encode()), headers={"Content-Encoding": "gzip"})


# -- realistic portals ------------------------------------------------------------------------------

PROVINCE = "Phú Thọ"


def _d(day: date) -> str:
    return day.strftime("%d/%m/%Y")


NEWS_TITLES = [
    "UBND tỉnh Phú Thọ tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số năm 2025",
    "Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng này tại Trụ sở Tiếp công dân tỉnh",
    "Phú Thọ đẩy mạnh cải cách thủ tục hành chính, nâng cao chỉ số hài lòng của người dân",
    "Hội nghị sơ kết công tác phòng chống thiên tai và tìm kiếm cứu nạn 6 tháng đầu năm",
    "Tăng cường công tác quản lý nhà nước về đất đai trên địa bàn các huyện miền núi",
    "Khai mạc Lễ hội Đền Hùng và Tuần Văn hóa - Du lịch Đất Tổ",
    "Triển khai Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước",
    "Sở Thông tin và Truyền thông hướng dẫn sử dụng chữ ký số trong cơ quan nhà nước",
]


def _layout(title: str, body: str, *, menu: str, footer: str, head_extra: str = "",
            lang: str = "vi", search: bool = True) -> str:
    search_html = ("""<form class="search-box" action="/tim-kiem" method="get">
        <input type="text" name="keyword" placeholder="Nhập từ khóa tìm kiếm...">
        <button type="submit">Tìm kiếm</button></form>""" if search else "")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{title} - Cổng thông tin điện tử tỉnh {PROVINCE}</title>
  {head_extra}
</head>
<body>
  <div id="header">
    <a href="/"><img src="/images/quoc-huy.png" alt="Quốc huy"></a>
    <h1>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {PROVINCE.upper()}</h1>
    {search_html}
  </div>
  <div id="menu" class="main-nav">
    <ul>{menu}</ul>
  </div>
  <div id="content">{body}</div>
  {footer}
</body>
</html>"""


def _menu(items: list[tuple[str, str]]) -> str:
    return "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in items)


MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/tin-tuc", "Tin tức - Sự kiện"),
    ("/chi-dao-dieu-hanh", "Chỉ đạo điều hành"),
    ("/van-ban", "Văn bản"),
    ("/lich-cong-tac", "Lịch công tác"),
    ("/hoi-dap", "Hỏi đáp"),
    ("/du-thao", "Lấy ý kiến dự thảo văn bản"),
    ("/lien-he", "Liên hệ"),
    ("https://dichvucong.gov.vn/", "Dịch vụ công"),
]

FOOTER = f"""<footer class="footer">
  <p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh {PROVINCE}</p>
  <p>Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh {PROVINCE}</p>
  <p>Địa chỉ: Số 1 đường Trần Phú, phường Tân Dân, thành phố Việt Trì, tỉnh {PROVINCE}</p>
  <p>Điện thoại: 0210.3846.432 - Email: banbientap@phutho.gov.vn</p>
  <p><a href="/so-do-cong">Sơ đồ cổng</a> | <a href="/rss">RSS</a></p>
</footer>"""

BARE_FOOTER = """<div class="copyright"><p>© Bản quyền thuộc về tỉnh. Ghi rõ nguồn khi phát hành lại thông tin.</p></div>"""


def _news_list(today: date, start_days_ago: int, *, base: str = "/tin-tuc", alt: bool = True) -> str:
    rows = []
    for i, title in enumerate(NEWS_TITLES):
        day = today - timedelta(days=start_days_ago + i * 3)
        slug = f"tin-{i + 1}"
        alt_attr = f' alt="{title}"' if alt else ""
        rows.append(
            f'<div class="news-item"><a href="{base}/{slug}.html"><img src="/images/tin{i + 1}.jpg"'
            f'{alt_attr}></a><h3><a href="{base}/{slug}.html">{title}</a></h3>'
            f'<span class="date">{_d(day)}</span></div>'
        )
    return "\n".join(rows)


def _article(title: str, day: date, *, dc: bool, print_link: bool) -> str:
    meta = (f"""<meta name="DC.title" content="{title}">
  <meta name="DC.date" content="{day.isoformat()}">
  <meta name="DC.creator" content="Ban Biên tập Cổng TTĐT tỉnh {PROVINCE}">
  <meta name="description" content="{title}">""" if dc else "")
    tools = ('<div class="tools"><a href="javascript:window.print()">In bài viết</a> '
             '<a href="/gui-email">Gửi email</a></div>' if print_link else "")
    body = f"""<h2>{title}</h2><p class="date">Ngày đăng: {_d(day)} 08:30</p>
      <p>Sáng nay, tại trụ sở UBND tỉnh, đồng chí Chủ tịch UBND tỉnh đã chủ trì hội nghị...</p>{tools}"""
    return meta, body


def build_portal(kind: str = "compliant", today: date | None = None, *, extra_pages: int = 0) -> dict[str, Resp]:
    """Routes of a fake provincial portal (see the module docstring for the kinds)."""
    today = today or date.today()
    compliant = kind in ("compliant", "stale", "slugs")
    news_age = 730 if kind == "stale" else 0
    headers = SECURITY_HEADERS if compliant else {}
    if kind == "slugs":
        # Icon menu: the links carry no text, no title and images without alt; only the slugs speak.
        menu = "".join(f'<li><a href="{h}"><img src="/icons/{i}.svg"></a></li>' for i, (h, _) in enumerate(MENU))
    elif kind == "missing":
        menu = _menu([m for m in MENU if m[0] in ("/", "/gioi-thieu", "/tin-tuc", "/lien-he")])
    else:
        menu = _menu(MENU + [("/en", "English")])
    footer = FOOTER if compliant else BARE_FOOTER
    head = ('<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '  <meta name="description" content="Cổng thông tin điện tử tỉnh Phú Thọ">\n'
            '  <meta name="keywords" content="Phú Thọ, UBND tỉnh, cổng thông tin">\n'
            '  <link rel="alternate" type="application/rss+xml" title="Tin tức" href="/rss">\n'
            '  <link rel="alternate" hreflang="en" href="/en">\n'
            '  <script src="/js/analytics.js"></script>') if compliant else ""

    def page(title: str, body: str, *, head_extra: str = head) -> Resp:
        return Resp(body=_layout(title, body, menu=menu, footer=footer, head_extra=head_extra,
                                 search=compliant), headers=headers)

    latest = today - timedelta(days=news_age)
    links_block = """<div class="lien-ket"><h3>Liên kết website</h3><ul>
      <li><a href="https://chinhphu.vn/">Cổng TTĐT Chính phủ</a></li>
      <li><a href="https://vbpl.vn/">Cơ sở dữ liệu quốc gia về văn bản pháp luật</a></li>
      <li><a href="https://soyte.phutho.gov.vn/">Sở Y tế</a></li>
      <li><a href="https://sotnmt.phutho.gov.vn/">Sở Tài nguyên và Môi trường</a></li>
      <li><a href="https://viettri.phutho.gov.vn/">UBND thành phố Việt Trì</a></li>
    </ul></div>""" if compliant else ""
    img_alt = "" if kind == "missing" else ' alt="Banner chuyển đổi số"'
    home_body = f"""
      <div class="banner"><img src="/images/banner.jpg"{img_alt}><img src="/images/hung-vuong.jpg"{img_alt}></div>
      <div class="tin-noi-bat"><h2><a href="/tin-tuc">Tin tức - Sự kiện</a></h2>
      {_news_list(today, news_age, base="/tin-tuc", alt=kind != "missing")}</div>
      {links_block}
      <div class="thong-ke">Lượt truy cập: 12.345.678 | Đang truy cập: 321</div>"""
    routes: dict[str, Resp] = {"/": page("Trang chủ", home_body)}
    routes["/tin-tuc"] = page("Tin tức - Sự kiện", f"<h2>Tin tức - Sự kiện</h2>{_news_list(today, news_age, alt=kind != 'missing')}")
    for i, title in enumerate(NEWS_TITLES):
        meta, body = _article(title, latest - timedelta(days=i * 3), dc=compliant, print_link=compliant)
        routes[f"/tin-tuc/tin-{i + 1}.html"] = page(title, body, head_extra=head + meta)
    routes["/gioi-thieu"] = page("Giới thiệu", f"""<h2>Giới thiệu chung</h2>
      <ul><li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li>
      <li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li>
      <li><a href="/gioi-thieu/lanh-dao">Lãnh đạo tỉnh</a></li></ul>
      <p>Tỉnh {PROVINCE} nằm ở khu vực trung du và miền núi phía Bắc, có điều kiện tự nhiên...</p>""")
    routes["/lien-he"] = page("Liên hệ", """<h2>Thông tin liên hệ</h2><p>Người phát ngôn: Chánh Văn phòng UBND tỉnh</p>
      <p>Danh bạ điện thoại các cơ quan</p>""")
    if kind != "missing":
        pdfs = "".join(
            f'<tr><td>{n}/2025/QĐ-UBND</td><td>{_d(latest - timedelta(days=n))}</td>'
            f'<td>Quyết định ban hành quy định quản lý ... số {n}</td>'
            f'<td><a href="/uploads/van-ban/qd-{n}-2025.pdf">Tải về</a></td></tr>' for n in range(1, 9))
        routes["/van-ban"] = page("Văn bản", f"""<h2>Hệ thống văn bản</h2>
          <form class="search-vanban" action="/van-ban" method="get"><input name="tukhoa" type="text">
          <select name="loai"><option>Quyết định</option></select><button>Tìm</button></form>
          <table>{pdfs}</table>""")
        routes["/hoi-dap"] = page("Hỏi đáp", """<h2>Hỏi đáp trực tuyến</h2>
          <div class="qa"><b>Hỏi:</b> Thủ tục cấp giấy phép xây dựng cần những giấy tờ gì?</div>
          <form action="/hoi-dap/gui" method="post"><input name="hoten" type="text" placeholder="Họ và tên">
          <input name="email" type="email"><input name="tieude" type="text">
          <textarea name="noidung"></textarea><button type="submit">Gửi câu hỏi</button></form>""")
        schedule = "".join(f"<tr><td>{_d(latest + timedelta(days=k))}</td><td>Chủ tịch UBND tỉnh họp giao ban</td></tr>"
                           for k in range(-2, 3))
        routes["/lich-cong-tac"] = page("Lịch công tác", f"<h2>Lịch công tác tuần</h2><table>{schedule}</table>")
        routes["/chi-dao-dieu-hanh"] = page("Chỉ đạo điều hành", f"""<h2>Chỉ đạo điều hành</h2>
          <ul><li><a href="/chi-dao-dieu-hanh/tb-1.html">Thông báo kết luận của Chủ tịch UBND tỉnh tại buổi làm việc</a>
          <span>{_d(latest)}</span></li></ul>""")
        routes["/du-thao"] = page("Dự thảo", f"""<h2>Lấy ý kiến dự thảo văn bản</h2>
          <p><a href="/du-thao/dt-1.html">Dự thảo Nghị quyết quy định mức thu phí</a> {_d(latest)}</p>
          <form action="/du-thao/gop-y" method="post"><input name="hoten"><input name="email" type="email">
          <textarea name="gopy"></textarea><button>Gửi góp ý</button></form>""")
        routes["/so-do-cong"] = page("Sơ đồ cổng", "<h2>Sơ đồ cổng</h2><ul><li><a href='/'>Trang chủ</a></li></ul>")
        routes["/en"] = Resp(body=_layout("Home", "<h2>Phu Tho Provincial Portal</h2>", menu="", footer="",
                                          lang="en"), headers=headers)
        routes["/sitemap.xml"] = Resp(
            body='<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                 '<url><loc>/</loc></url></urlset>', content_type="application/xml", headers=headers)
        routes["/rss"] = Resp(
            body=f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin tức</title>'
                 f'<item><title>{NEWS_TITLES[0]}</title></item></channel></rss>',
            content_type="application/rss+xml; charset=utf-8", headers=headers)
    for n in range(extra_pages):
        routes[f"/chuyen-muc/muc-{n + 1}"] = page(f"Chuyên mục {n + 1}", f"<h2>Chuyên mục {n + 1}</h2>")
    if extra_pages:
        extra_menu = "".join(f'<li><a href="/chuyen-muc/muc-{n + 1}">Chuyên mục {n + 1}</a></li>'
                             for n in range(extra_pages))
        routes["/"] = Resp(body=routes["/"].body.replace("</ul>", extra_menu + "</ul>", 1), headers=headers)
    return routes


# -- hostile sites ------------------------------------------------------------------------------------

def big_links_page(size: int = 5 * 1024 * 1024) -> bytes:
    """An HTML page of about `size` bytes made only of links (≈ 100 bytes each): the shape that
    took the old hand-written parser seconds per page."""
    head = b'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trang lien ket</title></head><body><ul>'
    one = '<li><a href="/lien-ket/{0}.html" title="Liên kết {0}">Liên kết số {0} ngày 01/02/2025</a></li>'
    parts = [head]
    total = len(head)
    i = 0
    while total < size:
        piece = one.format(i).encode("utf-8")
        parts.append(piece)
        total += len(piece)
        i += 1
    parts.append(b"</ul></body></html>")
    return b"".join(parts)


def link_heavy_site(links: int = 60, page_bytes: int = 5 * 1024 * 1024) -> dict[str, Resp]:
    """A home page with `links` menu links, each to a page of `page_bytes` (the same body, built
    once): a portal that would make a careless crawler read and parse hundreds of megabytes."""
    big = big_links_page(page_bytes)
    menu = "".join(f'<li><a href="/trang-lon/{i}">Chuyên mục {i}</a></li>' for i in range(links))
    home = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng TTĐT</title></head>'
            f'<body><ul class="menu">{menu}</ul><footer>Cơ quan chủ quản: UBND tỉnh</footer></body></html>')
    routes: dict[str, Resp] = {"/": Resp(body=home)}
    for i in range(links):
        routes[f"/trang-lon/{i}"] = Resp(body=big)
    return routes


# The link-heavy probe run, measured in a child process: its own peak memory (VmHWM), so neither
# the servers in the parent nor a large parent (pytest late in a session) blur the figure. Shared
# by tests/test_probe_hostile.py and bench/probe_bench.py.
_HEAVY_CHILD = """
import json, resource, sys, time
def peak_mb():
    # VmHWM: the peak of THIS program's memory. ru_maxrss is not enough here: Linux keeps it across
    # exec, so a child started from a large process (pytest late in a session) inherits the
    # parent's size at fork time.
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
sys.path.insert(0, sys.argv[3])
from inspector.checklists import load_catalog
from inspector.probe import ProbeOptions, ProbeTarget, run_probe
template = load_catalog().get("nd43-tt25")
started = time.monotonic()
run = run_probe(ProbeTarget(sys.argv[1]), template, ProbeOptions(budget=float(sys.argv[2]), request_timeout=10))
print(json.dumps({"elapsed": time.monotonic() - started, "pages": len(run.pages), "read": run.pages_read,
                  "kept": sum(len(p.body) for p in run.pages),
                  "max_rss_mb": peak_mb()}))
"""


def probe_in_child(url: str, budget: float, env: dict[str, str] | None = None) -> dict:
    """Probe `url` with the nd43-tt25 checklist in a fresh Python process; return its elapsed
    seconds, pages fetched and read, bytes of bodies kept and peak memory in MB."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", _HEAVY_CHILD, url, str(budget), str(root)],
                         capture_output=True, text=True, timeout=120, check=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])
