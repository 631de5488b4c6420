"""A test PKI made in the test (cryptography), a CRL and an RFC 3161 timestamp server over real
HTTP on 127.0.0.1, and a SoftHSM2 token.

The TSA is a real HTTP server that parses each TimeStampReq (asn1crypto) and answers a signed
TimeStampResp; the token signing is pyHanko's own test TSA class (`DummyTimeStamper`), fed the
request as received over the wire.
"""

from __future__ import annotations

import datetime as dt
import http.server
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from inspector.minutes.pdf import find_office

needs_office = pytest.mark.skipif(find_office() is None, reason="LibreOffice is not installed")

SOFTHSM_MODULE = next((p for p in ("/usr/lib/softhsm/libsofthsm2.so",
                                   "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")
                       if Path(p).is_file()), None)


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(cn: str, org: str = "Bộ Thông tin và Truyền thông") -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


@dataclass
class Issued:
    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


@dataclass
class TestPki:
    root: Issued
    intermediate: Issued
    leader: Issued
    host: Issued
    expired: Issued
    revoked: Issued
    tsa: Issued
    crl_url: str
    crl_der: bytes = b""
    folder: Path = field(default_factory=Path)

    def p12(self, who: Issued, password: str, name: str) -> Path:
        path = self.folder / f"{name}.p12"
        path.write_bytes(pkcs12.serialize_key_and_certificates(
            name.encode(), who.key, who.cert, [self.intermediate.cert],
            serialization.BestAvailableEncryption(password.encode())))
        return path

    def root_file(self) -> Path:
        path = self.folder / "root-ca.pem"
        path.write_bytes(self.root.pem())
        return path


def _cert(subject: x509.Name, key, issuer: Issued | None, *, ca: bool, not_before: dt.datetime,
          not_after: dt.datetime, crl_url: str = "", tsa: bool = False, serial: int | None = None,
          signer_key=None) -> x509.Certificate:
    builder = (x509.CertificateBuilder()
               .subject_name(subject)
               .issuer_name(issuer.cert.subject if issuer else subject)
               .public_key(key.public_key())
               .serial_number(serial or x509.random_serial_number())
               .not_valid_before(not_before).not_valid_after(not_after)
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
            encipher_only=False, decipher_only=False), critical=True)
    else:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
    if issuer is not None:
        builder = builder.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
            issuer.key.public_key()), critical=False)
    if crl_url:
        builder = builder.add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
            full_name=[x509.UniformResourceIdentifier(crl_url)], relative_name=None, reasons=None,
            crl_issuer=None)]), critical=False)
    if tsa:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]),
                                        critical=True)
    return builder.sign(signer_key or (issuer.key if issuer else key), hashes.SHA256())


def make_pki(folder: Path, crl_url: str) -> TestPki:
    now = dt.datetime.now(dt.UTC)
    long_ago, later = now - dt.timedelta(days=400), now + dt.timedelta(days=400)
    root_key = _key()
    root = Issued(root_key, _cert(_name("Test Root CA Việt Nam"), root_key, None, ca=True,
                                  not_before=long_ago, not_after=later + dt.timedelta(days=3000)))
    ik = _key()
    inter = Issued(ik, _cert(_name("Test CA chuyên dùng Chính phủ"), ik, root, ca=True,
                             not_before=long_ago, not_after=later + dt.timedelta(days=1000)))

    def person(cn: str, org: str, **kw) -> Issued:
        k = _key()
        opts = {"not_before": long_ago, "not_after": later, **kw}
        return Issued(k, _cert(_name(cn, org), k, inter, ca=False, crl_url=crl_url, **opts))

    leader = person("Trần Quốc Hưng", "Cục Tin học hóa")
    host = person("Nguyễn Văn Thành", "Sở Thông tin và Truyền thông tỉnh Phú Thọ")
    expired = person("Người Hết Hạn", "Cục Tin học hóa", not_before=long_ago,
                     not_after=now - dt.timedelta(days=30))
    revoked = person("Người Bị Thu Hồi", "Cục Tin học hóa")
    tk = _key()
    tsa = Issued(tk, _cert(_name("Test TSA"), tk, inter, ca=False, tsa=True, not_before=long_ago,
                           not_after=later))
    crl = (x509.CertificateRevocationListBuilder()
           .issuer_name(inter.cert.subject)
           .last_update(now - dt.timedelta(days=1)).next_update(now + dt.timedelta(days=7))
           .add_revoked_certificate(x509.RevokedCertificateBuilder()
                                    .serial_number(revoked.cert.serial_number)
                                    .revocation_date(now - dt.timedelta(days=2)).build())
           .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ik.public_key()),
                          critical=False)
           .add_extension(x509.CRLNumber(1), critical=False)
           .sign(ik, hashes.SHA256()))
    return TestPki(root, inter, leader, host, expired, revoked, tsa, crl_url,
                   crl.public_bytes(serialization.Encoding.DER), folder)


class _Handler(http.server.BaseHTTPRequestHandler):
    server_version = "TestPKI/1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802
        pki: TestPki = self.server.pki  # type: ignore[attr-defined]
        if self.path == "/ca.crl":
            self._send(200, "application/pkix-crl", pki.crl_der)
        else:
            self._send(404, "text/plain", b"not found")

    def do_POST(self) -> None:  # noqa: N802
        from asn1crypto import tsp

        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path != "/tsa" or self.headers.get("Content-Type") != "application/timestamp-query":
            self._send(400, "text/plain", b"bad request")
            return
        request = tsp.TimeStampReq.load(body)
        response = self.server.stamper.request_tsa_response(request)  # type: ignore[attr-defined]
        self.server.requests += 1  # type: ignore[attr-defined]
        self._send(200, "application/timestamp-reply", response.dump())

    def _send(self, code: int, ctype: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class PkiServer:
    """CRL at /ca.crl and an RFC 3161 TSA at /tsa, on 127.0.0.1."""

    def __init__(self, folder: Path):
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.crl_url, self.tsa_url = f"{base}/ca.crl", f"{base}/tsa"
        self.pki = make_pki(folder, self.crl_url)
        from asn1crypto import keys
        from asn1crypto import x509 as ax509
        from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

        der = lambda c: c.public_bytes(serialization.Encoding.DER)  # noqa: E731
        tsa_key = keys.PrivateKeyInfo.load(self.pki.tsa.key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        self.httpd.pki = self.pki
        self.httpd.requests = 0
        self.httpd.stamper = DummyTimeStamper(
            ax509.Certificate.load(der(self.pki.tsa.cert)), tsa_key,
            certs_to_embed=[ax509.Certificate.load(der(self.pki.intermediate.cert))])
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def tsa_requests(self) -> int:
        return self.httpd.requests

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@dataclass
class Token:
    module: str
    label: str
    pin: str
    env: dict


def make_token(folder: Path, who: Issued, pin: str = "123456", label: str = "inspector-test") -> Token:
    """A SoftHSM2 token holding `who`'s key and certificate (id 01)."""
    assert SOFTHSM_MODULE
    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", label, "--so-pin", "987654",
                    "--pin", pin], check=True, env=env, capture_output=True)
    key_pem = folder / "token-key.pem"
    key_pem.write_bytes(who.key.private_bytes(serialization.Encoding.PEM,
                                              serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption()))
    subprocess.run(["softhsm2-util", "--import", str(key_pem), "--token", label, "--label", "signer",
                    "--id", "01", "--pin", pin], check=True, env=env, capture_output=True)
    key_pem.unlink()
    # softhsm2-util imports keys only; the certificate goes in through PKCS#11 itself.
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    os.environ["SOFTHSM2_CONF"] = str(conf)
    lib = pkcs11.lib(SOFTHSM_MODULE)
    token = lib.get_token(token_label=label)
    with token.open(rw=True, user_pin=pin) as session:
        session.create_object({
            Attribute.CLASS: ObjectClass.CERTIFICATE,
            Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
            Attribute.TOKEN: True,
            Attribute.LABEL: "signer",
            Attribute.ID: b"\x01",
            Attribute.SUBJECT: who.cert.subject.public_bytes(),
            Attribute.ISSUER: who.cert.issuer.public_bytes(),
            Attribute.SERIAL_NUMBER: who.cert.serial_number.to_bytes(20, "big").lstrip(b"\0"),
            Attribute.VALUE: who.cert.public_bytes(serialization.Encoding.DER),
        })
    return Token(SOFTHSM_MODULE, label, pin, env)


def have_softhsm() -> bool:
    return SOFTHSM_MODULE is not None and shutil.which("softhsm2-util") is not None
