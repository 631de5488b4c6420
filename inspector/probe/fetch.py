"""Fetch one URL safely: http(s) only, bounded redirects, time, body size and decompression.

Redirects are followed here rather than by httpx so that every hop is checked (scheme, count) and
the chain is recorded (HTTP → HTTPS is itself a checklist signal). Bodies are read raw and
decompressed here with a bound on the output, so a gzip bomb costs at most the body cap in memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from inspector.errors import CertificateError, NetworkError
from inspector.net import to_network_error
from inspector.probe.results import FetchedPage, TlsInfo
from inspector.probe.tls import certificate_validity, name_text

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
ALLOWED_SCHEMES = frozenset({"http", "https"})
# Types we read in full; other bodies (images, PDFs, binaries) are cut at PREVIEW_BYTES.
TEXT_TYPES = frozenset({
    "text/html", "application/xhtml+xml", "text/xml", "application/xml", "application/rss+xml",
    "application/atom+xml", "text/plain",
})
PREVIEW_BYTES = 64 * 1024
_READ_CHUNK = 64 * 1024
_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5"


class _BodyTooLarge(Exception):
    pass


Guard = Callable[[str], Awaitable[str | None]]


def retry_after(value: str | None) -> float | None:
    """Seconds asked for by a Retry-After header (a number of seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


@dataclass
class FetchStats:
    """Shared by all fetches of one run."""

    requests: int = 0
    kept_bytes: int = 0


class _Decoder:
    """Content-Encoding decoding with a hard bound on output (gzip/deflate; identity passes)."""

    def __init__(self, encoding: str):
        enc = encoding.strip().lower()
        self.passthrough = enc in ("", "identity")
        if enc in ("gzip", "x-gzip"):
            self.d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self.d = zlib.decompressobj(zlib.MAX_WBITS)  # zlib-wrapped; raw deflate retried below
            self.raw_retry = True
        elif not self.passthrough:
            raise NetworkError("", "protocol", f"unsupported content-encoding {encoding!r}")
        self.started = False

    def feed(self, chunk: bytes, room: int) -> tuple[bytes, bool]:
        """Decode `chunk`, returning at most `room` bytes; True when more output was pending."""
        if self.passthrough:
            return chunk[:room], len(chunk) > room
        out = bytearray()
        data = chunk
        while data and not self.d.eof:
            want = room - len(out)
            if want <= 0:
                return bytes(out), True
            try:
                piece = self.d.decompress(data, want)
            except zlib.error as exc:
                if not self.started and getattr(self, "raw_retry", False):
                    # Some servers send raw deflate despite the RFC: try once without the header.
                    self.d = zlib.decompressobj(-zlib.MAX_WBITS)
                    self.raw_retry = False
                    continue
                raise NetworkError("", "protocol", f"bad compressed body: {exc}") from None
            self.started = True
            out += piece
            data = self.d.unconsumed_tail
        return bytes(out), bool(data) and not self.d.eof


def _tls_info(response: httpx.Response) -> TlsInfo | None:
    stream = response.extensions.get("network_stream")
    if stream is None:
        return None
    ssl_object = stream.get_extra_info("ssl_object")
    if ssl_object is None:
        return None
    der = ssl_object.getpeercert(binary_form=True) or b""
    validity = certificate_validity(der) if der else None
    decoded = ssl_object.getpeercert() or {}  # empty where truststore verified via the OS API
    return TlsInfo(
        version=ssl_object.version() or "",
        not_before=validity[0] if validity else None,
        not_after=validity[1] if validity else None,
        subject=name_text(decoded.get("subject")),
        issuer=name_text(decoded.get("issuer")),
    )


def _media_type(response: httpx.Response) -> tuple[str, str | None]:
    content_type = response.headers.get("content-type", "")
    media, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"') or None
    return media.strip().lower(), charset


async def fetch_page(
    client: httpx.AsyncClient,
    url: str,
    *,
    deadline: float,
    request_timeout: float,
    max_body: int,
    max_redirects: int,
    stats: FetchStats,
    purpose: str = "",
    depth: int = 0,
    via: str = "",
    guard: Guard | None = None,
    max_retry_after: float = 0.0,
    target: str = "portal",
) -> FetchedPage:
    """GET `url`, following up to `max_redirects` redirects, within `request_timeout` seconds and
    before the loop time `deadline`. Never raises for network trouble: the page says what happened.
    (Cancellation propagates.)

    `guard(url)` is awaited before every request, redirects included: a reason code stops the
    fetch there (a private address, another host), with the refused address as the detail.
    A 429/503 whose Retry-After asks for at most `max_retry_after` seconds (and fits before the
    deadline) is asked once more after that wait."""
    loop = asyncio.get_running_loop()
    started = time.perf_counter()
    fetched_at = datetime.now(UTC)
    request_deadline = min(loop.time() + request_timeout, deadline)
    budget_bound = deadline <= loop.time() + request_timeout
    redirects: list[str] = []
    current = url
    state: dict = {"status": None, "headers": (), "media": "", "charset": None, "tls": None}
    body = bytearray()
    truncated = False
    error: str | None = None
    detail = ""

    def page() -> FetchedPage:
        return FetchedPage(
            url=url, final_url=current, status=state["status"], fetched_at=fetched_at,
            elapsed_ms=round((time.perf_counter() - started) * 1000, 1), body=bytes(body),
            media_type=state["media"], charset=state["charset"], headers=state["headers"],
            redirects=tuple(redirects), truncated=truncated, error=error, error_detail=detail,
            tls=state["tls"], purpose=purpose, depth=depth, via=via, target=target,
        )

    if loop.time() >= deadline:
        error, detail = "budget", "the run's time budget was spent before this request"
        return page()
    retried = False
    try:
        async with asyncio.timeout_at(request_deadline):
            while True:
                scheme = urlsplit(current).scheme.lower()
                if scheme not in ALLOWED_SCHEMES:
                    error, detail = "unsupported-scheme", current
                    return page()
                if guard is not None:
                    refusal = await guard(current)
                    if refusal:
                        error, detail = refusal, current
                        return page()
                stats.requests += 1
                request = client.build_request("GET", current, headers={
                    "Accept": _ACCEPT, "Accept-Encoding": "gzip, deflate",
                    "Accept-Language": "vi,en;q=0.5",
                })
                response = await client.send(request, stream=True)
                try:
                    state["status"] = response.status_code
                    state["headers"] = tuple(response.headers.multi_items())
                    state["media"], state["charset"] = _media_type(response)
                    if urlsplit(current).scheme == "https":
                        state["tls"] = _tls_info(response)
                    location = response.headers.get("location")
                    if response.status_code in REDIRECT_CODES and location:
                        if len(redirects) >= max_redirects:
                            error, detail = "too-many-redirects", f"more than {max_redirects} redirects"
                            return page()
                        redirects.append(current)
                        current = urljoin(current, location.strip())
                        continue
                    wait = retry_after(response.headers.get("retry-after"))
                    if (response.status_code in (429, 503) and not retried and wait is not None
                            and wait <= max_retry_after and loop.time() + wait + 1 < request_deadline):
                        retried = True
                        await response.aclose()
                        await asyncio.sleep(wait)
                        continue
                    limit = max_body if state["media"] in TEXT_TYPES else min(max_body, PREVIEW_BYTES)
                    decoder = _Decoder(response.headers.get("content-encoding", ""))
                    raw_total = 0
                    # aclosing: a cancelled read must close the stream now, not at loop shutdown.
                    async with contextlib.aclosing(response.aiter_raw(_READ_CHUNK)) as chunks:
                        async for chunk in chunks:
                            raw_total += len(chunk)
                            out, more = decoder.feed(chunk, limit - len(body))
                            body += out
                            # `more`: output past the cap is pending. The raw bound stops a stream
                            # that goes on after its compressed data ended.
                            if more or raw_total > max_body + PREVIEW_BYTES:
                                truncated = True
                                break
                    stats.kept_bytes += len(body)
                    return page()
                finally:
                    await response.aclose()
    except TimeoutError:
        if budget_bound:
            error, detail = "budget", "the run's time budget ran out during this request"
        else:
            error, detail = "timeout", f"no complete answer within {request_timeout:g} s"
        return page()
    except NetworkError as exc:
        error, detail = exc.reason, exc.detail
        return page()
    except (httpx.HTTPError, httpx.InvalidURL, OSError) as exc:
        err = to_network_error(exc, current)
        # A refused certificate is named by its problem: certificate-expired, certificate-hostname…
        error = f"certificate-{err.problem}" if isinstance(err, CertificateError) else err.reason
        detail = err.detail
        return page()
