"""The validity dates of a server certificate, read from its DER bytes.

On Windows and macOS truststore verifies the chain with the system's API, so Python's
`getpeercert()` returns an empty dict there; the DER form is always available. Reading the two dates
needs only a few lines of DER, not a crypto library.
"""

from __future__ import annotations

from datetime import UTC, datetime


class _DerError(ValueError):
    pass


def _read_tlv(data: bytes, pos: int) -> tuple[int, int, int]:
    """(tag, start of value, end of value) of the element at `pos`."""
    if pos + 2 > len(data):
        raise _DerError("truncated")
    tag = data[pos]
    length = data[pos + 1]
    pos += 2
    if length & 0x80:
        n = length & 0x7F
        if n == 0 or n > 4 or pos + n > len(data):
            raise _DerError("bad length")
        length = int.from_bytes(data[pos:pos + n], "big")
        pos += n
    end = pos + length
    if end > len(data):
        raise _DerError("truncated")
    return tag, pos, end


def _time(tag: int, raw: bytes) -> datetime:
    text = raw.decode("ascii")
    if tag == 0x17:  # UTCTime YYMMDDHHMMSSZ; RFC 5280: 50–99 → 19xx
        year = int(text[:2])
        text = ("19" if year >= 50 else "20") + text
    elif tag != 0x18:  # GeneralizedTime YYYYMMDDHHMMSSZ
        raise _DerError("not a time")
    return datetime.strptime(text[:14], "%Y%m%d%H%M%S").replace(tzinfo=UTC)


def certificate_validity(der: bytes) -> tuple[datetime, datetime] | None:
    """(not_before, not_after) of a DER certificate, or None when it cannot be read."""
    try:
        _, cert_start, _ = _read_tlv(der, 0)  # Certificate
        tag, pos, tbs_end = _read_tlv(der, cert_start)  # tbsCertificate
        if tag != 0x30:
            return None
        tag, start, end = _read_tlv(der, pos)
        if tag == 0xA0:  # [0] version
            pos = end
        for _ in range(3):  # serialNumber, signature, issuer
            _, _, pos = _read_tlv(der, pos)
        tag, vpos, vend = _read_tlv(der, pos)  # validity
        if tag != 0x30 or vend > tbs_end:
            return None
        t1, s1, e1 = _read_tlv(der, vpos)
        t2, s2, e2 = _read_tlv(der, e1)
        return _time(t1, der[s1:e1]), _time(t2, der[s2:e2])
    except (_DerError, ValueError, UnicodeDecodeError):
        return None


def name_text(name: tuple | None) -> str:
    """'CN=…, O=…' from the nested tuples `ssl.getpeercert()` gives for subject/issuer."""
    if not name:
        return ""
    parts = []
    for rdn in name:
        for key, value in rdn:
            short = {"commonName": "CN", "organizationName": "O", "countryName": "C"}.get(key)
            if short:
                parts.append(f"{short}={value}")
    return ", ".join(parts)
