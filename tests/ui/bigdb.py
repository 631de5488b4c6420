"""A database with thousands of evidence files, built quickly for the slow-job tests.

The evidence records come in through `Store.import_revisions` (one transaction, as sync does) and
the blob files are written straight into the store's evidence folder layout: storing each file
through `add_evidence` would fsync thousands of times and make the test itself slow.
"""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

from inspector.domain import Evidence
from inspector.domain.audit import Revision
from inspector.domain.serialize import (
    canonical_json,
    format_datetime,
    sha256_hex,
    to_jsonable,
    utc_now,
)
from inspector.storage import Store


def fill_with_evidence(store: Store, inspection_id: str, count: int, size: int = 4096) -> list[str]:
    """Add `count` distinct evidence files to an inspection; returns their SHA-256s."""
    now = utc_now()
    revisions, hashes = [], []
    for n in range(count):
        data = (f"evidence {n} ".encode() * (size // 12 + 1))[:size]
        sha = hashlib.sha256(data).hexdigest()
        path: Path = store.evidence_path(sha)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        evidence = Evidence(id=str(uuid.uuid4()), inspection_id=inspection_id, sha256=sha,
                            file_name=f"anh-{n:05d}.txt", media_type="text/plain", size=size, captured_at=now,
                            added_by="test")
        body = {"inspection_id": inspection_id, "entity": "evidence", "key": evidence.id, "parents": [],
                "device": "test", "actor": "test", "at": format_datetime(now), "data": to_jsonable(evidence)}
        revisions.append(Revision(sha256_hex(canonical_json(body)), inspection_id, "evidence", evidence.id, (),
                                  "test", "test", now, body["data"]))
        hashes.append(sha)
    store.import_revisions(revisions, actor="test")
    return hashes
