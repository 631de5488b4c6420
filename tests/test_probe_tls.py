"""HTTPS: certificates made by trustme, verified for real (never switched off)."""

from __future__ import annotations

import ssl
from datetime import UTC, date, datetime, timedelta

import pytest
import trustme

from inspector import net
from inspector.errors import CertificateError, InvalidInputError
from inspector.probe import ProbeOptions, ProbeTarget, Verdict, run_probe
from inspector.probe.checks import CHECKS
from inspector.probe.plan import GENERIC_SPECS

from portal_server import PortalServer, Resp, build_portal, self_signed_context, server_context

TODAY = date(2025, 3, 10)


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


@pytest.fixture(scope="module")
def ca_file(ca, tmp_path_factory):
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


def _https_checks(server: PortalServer, *, ca_file=None, http_url=None):
    target = ProbeTarget(server.url_for("/", host="localhost"), http_url=http_url)
    run = run_probe(target, None, ProbeOptions(today=TODAY, budget=10, request_timeout=4, ca_file=ca_file))
    return run, {c.signal: c for c in run.signals}


def test_ssl_context_always_verifies(ca_file):
    ctx = net.build_ssl_context(ca_file)
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname


def test_bad_ca_file_is_refused(tmp_path):
    with pytest.raises(InvalidInputError) as missing:
        net.build_ssl_context(tmp_path / "none.pem")
    assert missing.value.field_name == "ca_file"
    junk = tmp_path / "junk.pem"
    junk.write_text("không phải chứng thư")
    with pytest.raises(InvalidInputError):
        run_probe(ProbeTarget("https://localhost:9/"), None, ProbeOptions(ca_file=junk, budget=1))


def test_valid_certificate_trusted_through_custom_ca(ca, ca_file):
    cert = ca.issue_cert("localhost", "127.0.0.1")
    routes = build_portal("compliant", TODAY)
    with PortalServer(routes, tls=server_context(cert)) as https, PortalServer(
        {"/": Resp(301, headers={"Location": https.url_for("/", host="localhost")})}
    ) as http:
        run, checks = _https_checks(https, ca_file=ca_file, http_url=http.url)
    https_check = checks["https"]
    assert https_check.verdict is Verdict.FOUND and https_check.reason == "valid", https_check
    assert not https_check.partial and https_check.value > 300  # days left
    assert "TLS" in https_check.snippet
    home = run.pages[0]
    assert home.tls is not None and home.tls.not_after > datetime.now(UTC)
    assert checks["security_headers"].reason == "all"
    assert checks["link_text"].verdict is Verdict.FOUND  # the portal itself was read over HTTPS


def test_without_the_ca_the_certificate_is_refused(ca):
    cert = ca.issue_cert("localhost")
    with PortalServer(build_portal("compliant", TODAY), tls=server_context(cert)) as https:
        run, checks = _https_checks(https)
    assert run.home_error == "certificate-untrusted"
    assert checks["https"].verdict is Verdict.NOT_FOUND and checks["https"].reason == "certificate-untrusted"
    # The content could not be read safely, so content checks cannot conclude.
    assert checks["link_text"].verdict is Verdict.INCONCLUSIVE


@pytest.mark.parametrize("make,problem", [
    (lambda ca: server_context(ca.issue_cert(
        "localhost", not_before=datetime.now(UTC) - timedelta(days=400),
        not_after=datetime.now(UTC) - timedelta(days=2))), "certificate-expired"),
    (lambda ca: server_context(ca.issue_cert("wrong.example")), "certificate-hostname"),
    (lambda ca: self_signed_context("localhost"), "certificate-self-signed"),
])
def test_bad_certificates_are_findings(ca, ca_file, make, problem):
    with PortalServer(build_portal("compliant", TODAY), tls=make(ca)) as https:
        run, checks = _https_checks(https, ca_file=ca_file)
    assert checks["https"].verdict is Verdict.NOT_FOUND
    assert checks["https"].reason == problem
    assert run.home_error == problem


def test_certificate_expiring_soon_is_partial(ca, ca_file):
    cert = ca.issue_cert("localhost", not_after=datetime.now(UTC) + timedelta(days=10))
    with PortalServer(build_portal("compliant", TODAY), tls=server_context(cert)) as https:
        _, checks = _https_checks(https, ca_file=ca_file)
    assert checks["https"].verdict is Verdict.FOUND and checks["https"].partial
    assert "expires-soon" in checks["https"].reason and checks["https"].value in (9, 10)


def test_http_without_redirect_is_partial(ca, ca_file):
    cert = ca.issue_cert("localhost")
    with PortalServer(build_portal("compliant", TODAY), tls=server_context(cert)) as https, \
            PortalServer(build_portal("compliant", TODAY)) as http:
        _, checks = _https_checks(https, ca_file=ca_file, http_url=http.url)
    assert checks["https"].partial and "no-redirect" in checks["https"].reason


def test_sync_client_and_error_translation(ca, ca_file):
    cert = ca.issue_cert("localhost")
    with PortalServer({"/": Resp(body="xin chào")}, tls=server_context(cert)) as https:
        url = https.url_for("/", host="localhost")
        with net.build_client(timeout=5, ca_file=ca_file) as client:
            assert client.get(url).text == "xin chào"
            assert client.headers["user-agent"].startswith("Inspector/")
        with net.build_client(timeout=5) as client, pytest.raises(CertificateError) as refused, \
                net.network_errors(url):
            client.get(url)
    assert refused.value.problem == "untrusted" and refused.value.url == url


def test_every_signal_has_a_check():
    assert set(CHECKS) == set(GENERIC_SPECS)


def test_http_address_redirected_to_https(ca, ca_file):
    cert = ca.issue_cert("localhost")
    with PortalServer(build_portal("compliant", TODAY), tls=server_context(cert)) as https, PortalServer(
        {"/": Resp(301, headers={"Location": https.url_for("/", host="localhost")})}
    ) as http:
        # The same host name on both sides (a redirect to another host is reported, not followed).
        start = http.url_for("/", host="localhost")
        run = run_probe(ProbeTarget(start), None,
                        ProbeOptions(today=TODAY, budget=10, request_timeout=4, ca_file=ca_file))
    checks = {c.signal: c for c in run.signals}
    assert checks["https"].verdict is Verdict.FOUND and checks["https"].reason == "valid"
    assert run.pages[0].redirects == (start,)
    # The portal's pages behind the redirect were crawled (same site after the redirect).
    assert checks["form_present"].verdict is Verdict.FOUND
    assert checks["form_present"].url.startswith("https://localhost:")
