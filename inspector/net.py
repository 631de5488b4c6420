"""The one place that builds HTTP clients (for the live probe and for sync).

Every client verifies certificates against the operating system's trust store (truststore): Vietnamese
government sites often chain to national CAs that other bundles lack. A custom CA file can be added
on top of the system store; verification is never turned off. httpx exceptions are turned into
`inspector.errors.NetworkError` / `CertificateError` here, so no other module depends on httpx's
exception classes (a later change of HTTP library is a one-file change).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import os
import socket
import ssl
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import httpcore
import httpx
import truststore

from inspector import __version__
from inspector.errors import CertificateError, InvalidInputError, NetworkError

# Plain ASCII (header values must be), names the tool and says what it does, so a portal's operators
# who see it in their logs know who is asking and why.
USER_AGENT = (
    f"Inspector/{__version__} (government portal compliance inspection tool, "
    "Decree 42/2022/ND-CP; read-only probe)"
)

DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_CONNECTIONS = 6

# OpenSSL X509_V_ERR_* codes → our stable problem words.
_VERIFY_CODES = {
    9: "not-yet-valid",
    10: "expired",
    18: "self-signed",
    19: "self-signed",
    20: "untrusted",
    21: "untrusted",
    2: "untrusted",
    62: "hostname",
}


def build_ssl_context(ca_file: str | Path | None = None) -> ssl.SSLContext:
    """An SSL context trusting the operating system's store, plus the CA certificates in `ca_file`.

    Raises `InvalidInputError` when `ca_file` is missing or holds no PEM certificate.
    """
    ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_file is not None:
        path = Path(ca_file)
        if not path.is_file():
            raise InvalidInputError("ca_file", str(path), "no such file")
        try:
            ctx.load_verify_locations(cafile=os.fspath(path))
        except (ssl.SSLError, OSError, ValueError) as exc:
            raise InvalidInputError("ca_file", str(path), f"not a PEM CA certificate file: {exc}") from None
    # PROTOCOL_TLS_CLIENT already sets these; asserted so no later edit can weaken them silently.
    if ctx.verify_mode != ssl.CERT_REQUIRED or not ctx.check_hostname:
        raise AssertionError("TLS verification must stay on")
    return ctx


def _timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _client_options(timeout: float | httpx.Timeout, ca_file: str | Path | None, user_agent: str,
                    max_connections: int, headers: dict[str, str] | None, follow_redirects: bool,
                    max_redirects: int) -> dict:
    """What every client shares, async or not: verified TLS, timeouts, limits, our User-Agent."""
    return {
        "verify": build_ssl_context(ca_file),
        "timeout": _timeout(timeout),
        "limits": httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
        "headers": {"User-Agent": user_agent, **(headers or {})},
        "follow_redirects": follow_redirects,
        "max_redirects": max_redirects,
        "trust_env": True,  # honour an office proxy (HTTPS_PROXY/NO_PROXY) like the browser does
    }


AddressCheck = Callable[[str, str], str | None]
"""check(host, address) → why connecting to `address` (which `host` resolved to) is refused, or None."""


class PinnedAddresses(httpcore.AsyncNetworkBackend):
    """Resolves each host name once per connection, checks every address it got, and connects to
    the address it checked.

    The probe refuses hosts that resolve to private or local addresses (a hostile portal must not
    make the inspector's laptop send requests into the office network). Checking a name and then
    letting the HTTP library resolve it again leaves a gap: a name can answer with a public address
    to the check and a private one to the connection (DNS rebinding). Here the address connected
    to is the address checked. TLS still verifies the certificate against the host name (httpcore
    passes the origin's name to the TLS handshake, not the address).
    """

    def __init__(self, check: AddressCheck, inner: httpcore.AsyncNetworkBackend | None = None):
        self.check = check
        self.inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
                          ) -> httpcore.AsyncNetworkStream:
        addresses = await _resolve(host, port)
        allowed, refused = [], None
        for address in addresses:
            problem = self.check(host, address)
            if problem:
                refused = refused or NetworkError(host, problem, f"{host} → {address}")
            else:
                allowed.append(address)
        if refused is not None:
            # One bad answer is enough to refuse the name: a rebinding name mixes both kinds.
            raise refused
        last: Exception | None = None
        for address in allowed:
            try:
                return await self.inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                                    socket_options=socket_options)
            except httpcore.ConnectError as exc:
                last = exc
        raise last or httpcore.ConnectError(f"no address for {host}")

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
                                  ) -> httpcore.AsyncNetworkStream:
        return await self.inner.connect_unix_socket(path, timeout=timeout, socket_options=socket_options)

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


async def _resolve(host: str, port: int) -> list[str]:
    """The addresses `host` resolves to (a literal address is itself), in the resolver's order."""
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return [host]
    except ValueError:
        pass
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise httpcore.ConnectError(str(exc)) from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def build_async_client(
    *,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    ca_file: str | Path | None = None,
    user_agent: str = USER_AGENT,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
    headers: dict[str, str] | None = None,
    follow_redirects: bool = False,
    max_redirects: int = 10,
    address_check: AddressCheck | None = None,
) -> httpx.AsyncClient:
    """An `httpx.AsyncClient` with verified TLS, explicit timeouts, connection limits and our
    User-Agent. The caller closes it (``async with``).

    With `address_check`, direct connections go through `PinnedAddresses`: every address a name
    resolves to is checked, and the connection goes to an address that was checked; a refusal is
    raised as `NetworkError(host, reason, address)`. (Through an office proxy the proxy resolves
    names, and its own address is the office's choice: proxied requests are not checked here.)
    """
    client = httpx.AsyncClient(**_client_options(timeout, ca_file, user_agent, max_connections, headers,
                                                 follow_redirects, max_redirects))
    if address_check is not None:
        # httpx has no public hook for the network backend; its default transport's pool has one
        # (tests/test_probe_hostile.py fails if a new httpx stops honouring it).
        pool = client._transport._pool  # noqa: SLF001
        pool._network_backend = PinnedAddresses(address_check, pool._network_backend)  # noqa: SLF001
    return client


def build_client(
    *,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    ca_file: str | Path | None = None,
    user_agent: str = USER_AGENT,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
    headers: dict[str, str] | None = None,
    follow_redirects: bool = False,
    max_redirects: int = 10,
) -> httpx.Client:
    """The synchronous twin of `build_async_client` (for sync and other one-request jobs)."""
    return httpx.Client(**_client_options(timeout, ca_file, user_agent, max_connections, headers,
                                          follow_redirects, max_redirects))


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _certificate_problem(exc: BaseException) -> tuple[str, int | None, str] | None:
    """(problem, verify_code, message) when `exc` was caused by a refused certificate."""
    for cause in _causes(exc):
        if isinstance(cause, ssl.SSLCertVerificationError):
            code = getattr(cause, "verify_code", None)
            message = getattr(cause, "verify_message", "") or str(cause)
            problem = _VERIFY_CODES.get(code or -1)
            if problem is None:
                # truststore on Windows/macOS reports the platform's wording without an OpenSSL code.
                low = message.lower()
                if "expired" in low:
                    problem = "expired"
                elif "hostname" in low or "host name" in low or "name mismatch" in low:
                    problem = "hostname"
                elif "self-signed" in low or "self signed" in low:
                    problem = "self-signed"
                elif "untrusted" in low or "issuer" in low or "root" in low:
                    problem = "untrusted"
                else:
                    problem = "other"
            return problem, code, message
    return None


def to_network_error(exc: BaseException, url: str) -> NetworkError:
    """Turn an httpx (or socket/ssl) exception into our `NetworkError` for `url`."""
    if isinstance(exc, NetworkError):
        return exc
    cert = _certificate_problem(exc)
    if cert is not None:
        problem, code, message = cert
        return CertificateError(url, problem, message, code)
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return NetworkError(url, "timeout", detail)
    if isinstance(exc, httpx.TooManyRedirects):
        return NetworkError(url, "too-many-redirects", detail)
    if isinstance(exc, httpx.UnsupportedProtocol):
        return NetworkError(url, "unsupported-scheme", detail)
    if isinstance(exc, httpx.RemoteProtocolError | httpx.LocalProtocolError | httpx.DecodingError):
        return NetworkError(url, "protocol", detail)
    if any(isinstance(c, socket.gaierror) for c in _causes(exc)):
        return NetworkError(url, "dns", detail)
    if any(isinstance(c, ssl.SSLError) for c in _causes(exc)):
        return NetworkError(url, "tls", detail)
    if isinstance(exc, httpx.ConnectError | ConnectionRefusedError):
        return NetworkError(url, "connect", detail)
    if isinstance(exc, httpx.ReadError | httpx.WriteError | httpx.CloseError | ConnectionError):
        return NetworkError(url, "read", detail)
    if isinstance(exc, httpx.InvalidURL):
        return NetworkError(url, "unsupported-scheme", detail)
    return NetworkError(url, "other", f"{type(exc).__name__}: {detail}")


@contextlib.contextmanager
def network_errors(url: str) -> Iterator[None]:
    """Raise our `NetworkError` instead of httpx's exceptions inside the block."""
    try:
        yield
    except (httpx.HTTPError, httpx.InvalidURL, OSError, ssl.SSLError) as exc:
        raise to_network_error(exc, url) from exc
