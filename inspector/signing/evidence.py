"""A signed copy of the minutes, received back, kept as evidence of the inspection.

The counter-signed PDF is verified first (the CLI refuses a file with an invalid signature); the
file itself goes into the evidence store and the audit trail records its SHA-256 and, for each
signature, signer, issuer, signing and timestamp times and verdict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from inspector.signing.pdfa import read_identification
from inspector.signing.verify import SignatureReport


@dataclass(frozen=True)
class SignedDocument:
    inspection_id: str
    sha256: str
    file_name: str
    signers: tuple[str, ...]


def record_signed_file(store, inspection_id: str, path: str | Path,
                       reports: Sequence[SignatureReport], *, actor: str) -> SignedDocument:
    """Record `path` (verified into `reports`) in the inspection's audit trail. Raises
    `NotFoundError` for an unknown inspection and `StorageError`."""
    path = Path(path)
    ident = _identification(path)

    def when(moment) -> str | None:
        return moment.isoformat() if moment is not None else None

    details = {
        "file_name": path.name,
        "pdf_inspection_id": ident.get("inspectionId", ""),
        "pdf_seal_sha256": ident.get("sealSha256", ""),
        "signatures": [
            {"field": r.field, "signer": r.signer, "issuer": r.issuer,
             "signing_time": when(r.signing_time), "timestamp": when(r.timestamp),
             "verdict": r.verdict}
            for r in reports
        ],
    }
    sha = store.record_signed_document(inspection_id, path, details, actor=actor)
    return SignedDocument(inspection_id, sha, path.name, tuple(r.signer for r in reports))


def record_if_valid(store, inspection_id: str, path: str | Path, reports: Sequence[SignatureReport], *,
                    actor: str) -> SignedDocument | None:
    """`record_signed_file` when the file has signatures and every one is valid; None (nothing
    recorded) otherwise. What `inspector verify --record` and Tools › Sign a PDF… both do."""
    if not reports or not all(r.ok for r in reports):
        return None
    return record_signed_file(store, inspection_id, path, reports, actor=actor)


def named_inspection(path: str | Path) -> str:
    """The inspection id the PDF's metadata names ("" when none: a file made elsewhere)."""
    return _identification(Path(path)).get("inspectionId", "")


def _identification(path: Path) -> dict[str, str]:
    try:
        return read_identification(path)
    except Exception:  # a signed PDF made elsewhere may have no (or odd) XMP: nothing to note
        return {}
