"""The inspection store: the only code that reads and writes the database.

Every change goes through `_put`, which, in one transaction, appends an immutable revision
(parents = the record's current heads), moves the heads, refreshes the materialised current
state used for fast reads, and writes the audit trail (who, when, field, old → new, reason).
Sync imports other devices' revisions with `import_revisions`; when two revisions of one record
descend from a common one without knowing each other, both stay heads: a conflict that the next
local write of that record (the user's resolution) closes.

A Store is used by one thread at a time (the UI's serial database lane, or a CLI command).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
import mimetypes
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector import paths
from inspector.domain.audit import AuditEntry, Revision
from inspector.domain.evidence import Evidence, safe_file_name
from inspector.domain.finding import Finding, FindingConflict
from inspector.domain.inspection import (
    INSPECTION_TZ,
    Inspection,
    InspectionSummary,
    Participant,
    ProvinceRef,
    TeamMember,
    TemplateRef,
)
from inspector.domain.recommendation import FollowUpEvidence, Recommendation, followup_blobs
from inspector.domain.record import InspectionRecord, canonical_record
from inspector.domain.seal import Amendment, Seal
from inspector.domain.serialize import (
    canonical_json,
    format_datetime,
    from_jsonable,
    normalize_text,
    parse_datetime,
    sha256_hex,
    to_jsonable,
    utc_now,
)
from inspector.domain.status import (
    EvidenceSource,
    FindingStatus,
    InspectionStatus,
    RecommendationStatus,
)
from inspector.errors import (
    DataFolderError,
    InvalidInputError,
    NotFoundError,
    SealedError,
    StorageError,
)
from inspector.storage.blobs import BlobStore
from inspector.storage.database import open_connection, translate, write_transaction
from inspector.storage.migrations import (
    LATEST,
    REFRESH_PROGRESS,
    REFRESH_RECOMMENDATION_FILES,
    migrate,
    search_text_of,
)

if TYPE_CHECKING:
    # The template model is imported where a template is read or written: opening the store and
    # listing the inspections (the desktop app's start) do neither.
    from inspector.checklists.template import ChecklistTemplate, ResponseType

# Ids and counts only, never record content (see inspector.logs).
log = logging.getLogger(__name__)


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()

# Fields that are bookkeeping, not content: never audited, never a reason to write.
_VOLATILE = {"updated_at", "revision"}
# Audit entity of the signed PDFs recorded as evidence (audit rows only: not a synced revision).
SIGNED_DOCUMENT = "signed-document"

INSPECTION = "inspection"
FINDING = "finding"
EVIDENCE = "evidence"
RECOMMENDATION = "recommendation"
SEAL = "seal"
AMENDMENT = "amendment"
ENTITIES = (INSPECTION, FINDING, EVIDENCE, RECOMMENDATION, SEAL, AMENDMENT)
# Materialisation order on import: a record's parent rows must exist first (foreign keys).
_ENTITY_ORDER = {e: i for i, e in enumerate(ENTITIES)}

# Length limits of free text, by field (characters). Long enough for any real minutes (a note of
# 20,000 characters is eight printed pages), short enough that a document renders in seconds.
MAX_NOTE_CHARS = 20_000
TEXT_LIMITS = {
    "note": MAX_NOTE_CHARS, "value": MAX_NOTE_CHARS, "conclusion": MAX_NOTE_CHARS,
    "host_opinion": MAX_NOTE_CHARS, "basis": 5_000, "text": 5_000, "caption": 2_000, "reason": 2_000,
    "portal_url": 2_000, "dvc_url": 2_000, "file_name": 255, "figure": 200, "actor": 200,
}
SHORT_TEXT_CHARS = 500  # names, titles, units, numbers, places
MAX_PEOPLE = 200


@dataclasses.dataclass(frozen=True)
class IntegrityProblem:
    """What `Store.check_integrity` found: kind is sqlite / foreign-key / seal / head."""

    kind: str
    inspection_id: str | None
    detail: str



def _uuid4():  # noqa: ANN202 - a uuid.UUID
    """A random UUID; uuid (which imports platform) loads on first use, not at start-up."""
    import uuid

    return uuid.uuid4()

class Store:
    """An open inspection database and its evidence folder."""

    def __init__(self, conn: sqlite3.Connection, path: Path, blobs: BlobStore, *, read_only: bool = False):
        self.conn = conn
        self.path = path
        self.blobs = blobs
        self.read_only = read_only
        self.leftovers_removed: tuple[str, ...] = ()
        self._templates: dict[str, ChecklistTemplate] = {}
        self.device_id = self._meta("device_id") or ("" if read_only else self._init_device())

    @functools.cached_property
    def db(self) -> Any:
        """sqlite-utils' view of the connection, built on first use. The store's own queries use
        sqlite3 directly; importing sqlite-utils (with click and pluggy) cost a fifth of the
        desktop app's start-up to its list of inspections, so opening the store does not."""
        from inspector.storage.sqlite_import import sqlite_utils

        return sqlite_utils.Database(self.conn)

    # ---------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: Path | None = None, *, migrate_to: int | None = None, read_only: bool = False,
             check: bool = True) -> Store:
        """Open (or create) the database at `path` (default: the user's data folder).

        SQLite's quick check runs first: a damaged file raises DatabaseCorruptError (with what
        the check found) and is never written to. With `read_only` nothing is created, migrated
        or written (a read-only data folder: browse, export, doctor); every write raises
        DataFolderError "read-only". An existing database in a folder that cannot be written is
        opened that way by itself (`store.read_only` tells). `check=False` is for doctor, which lists the damage itself.
        """
        path = Path(path) if path else paths.database_path()
        try:
            conn = open_connection(path, LATEST, read_only=read_only, check=check)
        except DataFolderError as exc:
            # A read-only data folder (a CD, a share without write permission, a locked-down
            # laptop): the inspections can still be browsed, exported and checked.
            if read_only or exc.reason != "read-only" or not path.is_file():
                raise
            read_only = True
            conn = open_connection(path, LATEST, read_only=True, check=check)
        try:
            if read_only:
                from inspector.storage.migrations import schema_version

                if schema_version(conn) < LATEST:
                    raise DataFolderError(path.parent, "read-only", "the database needs an upgrade")
            elif migrate_to is None:
                migrate(conn, path)
            else:
                migrate(conn, path, migrate_to)
            store = cls(conn, path, BlobStore(paths.evidence_dir(path)), read_only=read_only)
            if not read_only:
                from inspector.storage.temporaries import remove_leftovers

                # What a killed copy or export left (older than 15 min); doctor reports them.
                store.leftovers_removed = tuple(str(p) for p in remove_leftovers(path.parent))
            log.info("opened database %s%s", path, " (read-only)" if read_only else "")
            return store
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise translate(exc, path) from exc
        except BaseException:
            conn.close()
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _init_device(self) -> str:
        device = _uuid4().hex
        with self._tx():
            self.conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('device_id', ?)", (device,))
        return self._meta("device_id") or device

    def _tx(self) -> Any:
        if self.read_only:
            raise DataFolderError(self.path.parent, "read-only")
        return write_transaction(self.conn, self.path)

    def transaction(self) -> Any:
        """Group several writes into one atomic change: all are saved, or none.

        Evidence files are written to disk as they are added; if the group fails, those files
        stay unused (doctor lists them) and no record points at them.
        """
        return self._tx()

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        try:
            return self.conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.DatabaseError as exc:
            raise translate(exc, self.path) from exc

    # -------------------------------------------------------------- templates
    def save_template(self, template: ChecklistTemplate) -> None:
        """Keep a snapshot of `template`; inspections made under it read it from here forever."""
        with self._tx():
            self.conn.execute(
                "INSERT OR IGNORE INTO templates (content_hash, template_id, version, body) VALUES (?, ?, ?, ?)",
                (template.content_hash, template.id, template.version,
                 canonical_json(_template_model().template_to_dict(template)).decode()),
            )

    def template(self, content_hash: str) -> ChecklistTemplate:
        cached = self._templates.get(content_hash)
        if cached:
            return cached
        rows = self._rows("SELECT body FROM templates WHERE content_hash = ?", (content_hash,))
        if not rows:
            raise NotFoundError("template", content_hash)
        body = rows[0][0]
        model = _template_model()
        if sha256_hex(body.encode("utf-8")) == content_hash:
            # the snapshot exactly as save_template wrote it: its bytes are the hashed canonical JSON
            template = model.template_from_dict(json.loads(body), content_hash=content_hash)
        else:  # other bytes (spacing, key order): the content decides
            template = model.template_from_dict(json.loads(body))
            if template.content_hash != content_hash:
                raise StorageError(self.path, f"template snapshot {content_hash[:12]} does not match its hash")
        self._templates[content_hash] = template
        return template

    def template_for(self, inspection: Inspection) -> ChecklistTemplate:
        return self.template(inspection.template.content_hash)

    def stored_templates(self) -> list[TemplateRef]:
        return [TemplateRef(t, v, h) for h, t, v in
                self._rows("SELECT content_hash, template_id, version FROM templates ORDER BY template_id, version")]

    # ------------------------------------------------------------- the writer
    def _heads(self, inspection_id: str, entity: str, key: str) -> list[str]:
        return [r[0] for r in self._rows(
            "SELECT revision FROM heads WHERE inspection_id = ? AND entity = ? AND key = ? ORDER BY revision",
            (inspection_id, entity, key))]

    def _revision_data(self, rev_id: str) -> dict | None:
        rows = self._rows("SELECT data FROM revisions WHERE id = ?", (rev_id,))
        return json.loads(rows[0][0]) if rows and rows[0][0] is not None else None

    def _current(self, inspection_id: str, entity: str, key: str) -> tuple[list[str], dict | None]:
        heads = self._heads(inspection_id, entity, key)
        if not heads:
            return [], None
        return heads, self._revision_data(self._winner(heads))

    def _winner(self, heads: list[str]) -> str:
        """Of concurrent heads, the one shown until the user resolves: the latest, then by id."""
        if len(heads) == 1:
            return heads[0]
        marks = ",".join("?" * len(heads))
        rows = self._rows(f"SELECT id FROM revisions WHERE id IN ({marks}) ORDER BY at DESC, id DESC LIMIT 1", heads)
        return rows[0][0]

    def _put(self, inspection_id: str, entity: str, key: str, data: dict | None, actor: str,
             reason: str = "", *, at: datetime | None = None) -> Revision | None:
        """Write a new version of one record (None = delete). Returns None when nothing changed."""
        _check_text("actor", actor)
        _check_text("reason", reason)
        heads, current = self._current(inspection_id, entity, key)
        if len(heads) <= 1 and _content(current) == _content(data):
            return None
        at = at or utc_now()
        body = {
            "inspection_id": inspection_id, "entity": entity, "key": key, "parents": heads,
            "device": self.device_id, "actor": actor, "at": format_datetime(at), "data": data,
        }
        rev = Revision(id=sha256_hex(canonical_json(body)), inspection_id=inspection_id, entity=entity,
                       key=key, parents=tuple(heads), device=self.device_id, actor=actor, at=at, data=data)
        self._insert_revision(rev)
        self.conn.execute("DELETE FROM heads WHERE inspection_id = ? AND entity = ? AND key = ?",
                          (inspection_id, entity, key))
        self.conn.execute("INSERT INTO heads (inspection_id, entity, key, revision) VALUES (?, ?, ?, ?)",
                          (inspection_id, entity, key, rev.id))
        self._materialize(inspection_id, entity, key, rev.id, data, conflict=False)
        self._audit(inspection_id, entity, key, current, data, actor, at, reason)
        log.debug("saved %s %s/%s revision %s", entity, inspection_id, key, rev.id[:12])
        return rev

    def _insert_revision(self, rev: Revision) -> bool:
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO revisions (id, inspection_id, entity, key, parents, device, actor, at, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rev.id, rev.inspection_id, rev.entity, rev.key, json.dumps(list(rev.parents)), rev.device,
             rev.actor, format_datetime(rev.at),
             None if rev.data is None else canonical_json(rev.data).decode()),
        )
        return cur.rowcount == 1

    def _materialize(self, inspection_id: str, entity: str, key: str, rev_id: str, data: dict | None,
                     conflict: bool) -> None:
        c = self.conn
        if entity == INSPECTION:
            if data is None:
                raise StorageError(self.path, "inspections are never deleted")
            c.execute(
                "INSERT INTO inspections (id, template_hash, province_era, province_code, status, started_at,"
                " updated_at, data, revision, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET template_hash = excluded.template_hash,"
                " province_era = excluded.province_era, province_code = excluded.province_code,"
                " status = excluded.status, started_at = excluded.started_at, updated_at = excluded.updated_at,"
                " data = excluded.data, revision = excluded.revision, search_text = excluded.search_text",
                (inspection_id, data["template"]["content_hash"], data["province"]["era"],
                 data["province"]["code"], data["status"], data.get("started_at"), data.get("updated_at"),
                 json.dumps(data, ensure_ascii=False), rev_id, search_text_of(data)),
            )
        elif entity == FINDING and data is None:
            # A finding's tombstone (e.g. sync keeping a sealed inspection as sealed) removes the row.
            c.execute("DELETE FROM findings WHERE inspection_id = ? AND item_id = ?", (inspection_id, key))
        elif entity == FINDING:
            c.execute(
                "INSERT OR REPLACE INTO findings (inspection_id, item_id, status, answered, data, revision, conflict)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (inspection_id, key, (data or {}).get("status"), int(_answered(data)),
                 json.dumps(data or {}, ensure_ascii=False), rev_id, int(conflict)),
            )
            c.execute(REFRESH_PROGRESS, (inspection_id,))
        elif entity in (EVIDENCE, RECOMMENDATION):
            table = "evidence" if entity == EVIDENCE else "recommendations"
            if data is None:
                c.execute(f"DELETE FROM {table} WHERE id = ?", (key,))
            elif entity == EVIDENCE:
                c.execute("INSERT OR REPLACE INTO evidence (id, inspection_id, item_id, sha256, data, revision)"
                          " VALUES (?, ?, ?, ?, ?, ?)",
                          (key, inspection_id, data.get("item_id"), data["sha256"],
                           json.dumps(data, ensure_ascii=False), rev_id))
            else:
                c.execute("INSERT OR REPLACE INTO recommendations (id, inspection_id, data, revision)"
                          " VALUES (?, ?, ?, ?)", (key, inspection_id, json.dumps(data, ensure_ascii=False), rev_id))
            if entity == RECOMMENDATION:
                c.execute("DELETE FROM recommendation_files WHERE recommendation_id = ?", (key,))
                for sha, name in followup_blobs(data).items():
                    c.execute(REFRESH_RECOMMENDATION_FILES, (key, inspection_id, sha, name))
        elif entity == SEAL:
            assert data is not None
            c.execute("INSERT OR IGNORE INTO seals (inspection_id, seq, sha256, canonical, sealed_at, sealed_by)"
                      " VALUES (?, ?, ?, ?, ?, ?)",
                      (inspection_id, data["seq"], data["sha256"], data["canonical"], data["sealed_at"],
                       data["sealed_by"]))
        elif entity == AMENDMENT:
            assert data is not None
            c.execute("INSERT OR IGNORE INTO amendments (inspection_id, seal_seq, reason, at, by)"
                      " VALUES (?, ?, ?, ?, ?)",
                      (inspection_id, data["seal_seq"], data["reason"], data["at"], data["by"]))
        else:
            raise StorageError(self.path, f"unknown record kind {entity!r}")

    def _audit(self, inspection_id: str, entity: str, key: str, old: dict | None, new: dict | None,
               actor: str, at: datetime, reason: str) -> None:
        rows = []
        stamp = format_datetime(at)
        if old is None or new is None:
            rows.append((inspection_id, stamp, actor, entity, key, "*",
                         _dump(_summary(old)), _dump(_summary(new)), reason))
        else:
            for name in sorted(set(old) | set(new)):
                if name in _VOLATILE or name in ("created_at", "author", "canonical"):
                    continue
                if old.get(name) != new.get(name):
                    rows.append((inspection_id, stamp, actor, entity, key, name,
                                 _dump(old.get(name)), _dump(new.get(name)), reason))
        self.conn.executemany(
            "INSERT INTO audit (inspection_id, at, actor, entity, key, field, old, new, reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def _require_draft(self, inspection_id: str) -> dict:
        if self.read_only:
            raise DataFolderError(self.path.parent, "read-only")
        rows = self._rows("SELECT data FROM inspections WHERE id = ?", (inspection_id,))
        if not rows:
            raise NotFoundError("inspection", inspection_id)
        header = json.loads(rows[0][0])
        # The log decides, not the table's status column: one SQL edit must not lift a seal.
        if header["status"] == InspectionStatus.FINALIZED.value or self.sealed_by_log(inspection_id):
            raise SealedError(inspection_id)
        return header

    def _touch(self, inspection_id: str, header: dict, actor: str, at: datetime) -> None:
        """Bump the header's updated_at (bookkeeping: not a revision, not audited)."""
        header["updated_at"] = format_datetime(at)
        self.conn.execute("UPDATE inspections SET updated_at = ?, data = ? WHERE id = ?",
                          (header["updated_at"], json.dumps(header, ensure_ascii=False), inspection_id))

    # ------------------------------------------------------------ inspections
    def create_inspection(self, *, template: ChecklistTemplate, province: ProvinceRef, inspected_unit: str,
                          actor: str, inspection_id: str | None = None, **fields: Any) -> Inspection:
        """Create a draft inspection under `template` (whose snapshot is stored with it)."""
        now = utc_now()
        inspection = Inspection(
            id=inspection_id or str(_uuid4()), template=template.ref, province=province,
            inspected_unit=normalize_text(inspected_unit), created_by=actor, created_at=now, updated_at=now,
            **{k: _clean(v) for k, v in fields.items()},
        )
        _check_header(inspection)
        with self._tx():
            self.save_template(template)
            self._put(inspection.id, INSPECTION, "", to_jsonable(inspection), actor, at=now)
        return inspection

    def update_inspection(self, inspection_id: str, *, actor: str, reason: str = "", **changes: Any) -> Inspection:
        """Change header fields (province, unit, team, place, times…); returns the new header."""
        # `sample` is set once, by the sample import: invented data never turns into real data.
        forbidden = set(changes) & {"id", "template", "status", "created_at", "created_by", "updated_at", "sample"}
        if forbidden:
            raise InvalidInputError(sorted(forbidden)[0], changes[sorted(forbidden)[0]],
                                    "cannot be changed this way")
        with self._tx():
            self._require_draft(inspection_id)
            current = self.inspection(inspection_id)
            now = utc_now()
            updated = dataclasses.replace(current, updated_at=now, **{k: _clean(v) for k, v in changes.items()})
            _check_header(updated)
            self._put(inspection_id, INSPECTION, "", to_jsonable(updated), actor, reason, at=now)
        return updated

    def import_inspection(self, record: InspectionRecord, template: ChecklistTemplate,
                          files: dict[str, bytes], *, actor: str, reason: str = "import",
                          seal: Seal | None = None) -> Inspection:
        """Add a whole inspection read from an inspection file, keeping its ids, authors and times.

        `record` must already be checked against `template` (`InspectionFile.bound_to`, or a
        file with its own snapshot); `files` holds the bytes of every evidence file it names.
        An id already in the database is refused (nothing is overwritten). All or nothing: the
        evidence files are stored first (by content, so unused ones are harmless and doctor
        lists them), then every record in one transaction. The inspection comes in as a draft,
        or, with the `seal` it was finalized with, finalized and sealed as it was (refused if the
        record no longer hashes to the seal).
        """
        header = record.inspection
        if header.template.content_hash != template.content_hash:
            raise InvalidInputError("template", header.template.content_hash, "not the checklist given")
        if self._rows("SELECT 1 FROM inspections WHERE id = ?", (header.id,)):
            raise InvalidInputError("inspection_id", header.id, "already in this database")
        for ev in record.evidence:
            data = files.get(ev.sha256)
            if data is None or sha256_hex(data) != ev.sha256:
                raise InvalidInputError("evidence", ev.file_name, "its file is missing or altered")
        header = dataclasses.replace(header, status=InspectionStatus.DRAFT, updated_at=header.created_at)
        _check_header(header)
        for sha in sorted({ev.sha256 for ev in record.evidence}):
            self.blobs.put_bytes(files[sha])
        now = utc_now()
        with self._tx():
            self.save_template(template)
            self._put(header.id, INSPECTION, "", to_jsonable(header), header.created_by or actor, reason,
                      at=header.created_at or now)
            for item_id, f in sorted(record.findings.items()):
                self._check_item(to_jsonable(header), item_id)
                f = dataclasses.replace(f, note=_check_note(f.note), revision="")
                self._put(header.id, FINDING, item_id, to_jsonable(f), f.author or actor, reason,
                          at=f.updated_at or f.created_at or now)
            for ev in record.evidence:
                ev = dataclasses.replace(ev, caption=_check_note(ev.caption))
                self._put(header.id, EVIDENCE, ev.id, to_jsonable(ev), ev.added_by or actor, reason,
                          at=ev.captured_at or now)
            for rec in record.recommendations:
                rec = dataclasses.replace(rec, text=_check_note(rec.text))
                self._put(header.id, RECOMMENDATION, rec.id, to_jsonable(rec), actor, reason,
                          at=rec.created_at or now)
            if seal is not None:
                canonical = canonical_record(self.load_inspection(header.id))
                if sha256_hex(canonical) != seal.sha256:  # the transaction is rolled back
                    raise InvalidInputError("seal", seal.sha256, "the record does not match its seal")
                sealed = dataclasses.replace(seal, inspection_id=header.id, seq=1)
                self._put(header.id, SEAL, "1", dict(to_jsonable(sealed), canonical=canonical.decode()),
                          seal.sealed_by or actor, reason, at=seal.sealed_at)
                self._put(header.id, INSPECTION, "", to_jsonable(dataclasses.replace(
                    header, status=InspectionStatus.FINALIZED, updated_at=seal.sealed_at)),
                          seal.sealed_by or actor, reason, at=seal.sealed_at)
        log.info("imported inspection %s (%d findings, %d evidence, %d recommendations)", header.id,
                 len(record.findings), len(record.evidence), len(record.recommendations))
        return self.inspection(header.id)

    def inspection(self, inspection_id: str) -> Inspection:
        rows = self._rows("SELECT data FROM inspections WHERE id = ?", (inspection_id,))
        if not rows:
            raise NotFoundError("inspection", inspection_id)
        return from_jsonable(Inspection, json.loads(rows[0][0]))

    def list_inspections(self, *, search: str = "", province: ProvinceRef | None = None,
                         year: int | None = None, status: InspectionStatus | None = None) -> list[InspectionSummary]:
        """Every inspection with its progress, newest first; filters are optional."""
        from inspector.text import fold

        where, params = [], []
        if search:
            for word in fold(search).split():
                where.append("i.search_text LIKE ? ESCAPE '\\'")
                params.append("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        if province:
            where += ["i.province_era = ?", "i.province_code = ?"]
            params += [province.era, province.code]
        if status:
            where.append("i.status = ?")
            params.append(status.value)
        if year:
            where.append("substr(coalesce(i.started_at, json_extract(i.data, '$.created_at')), 1, 4) = ?")
            params.append(f"{year:04d}")
        return self._summaries(where, params)

    def _summaries(self, where: list[str], params: list[Any]) -> list[InspectionSummary]:
        sql = (
            "SELECT i.data, i.status, i.updated_at, i.template_hash, i.answered, i.not_met, i.conflicts"
            " FROM inspections i"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY coalesce(i.started_at, i.updated_at) DESC, i.id"
        )
        rows = []
        scopes: dict[tuple[str, Any], tuple[int, frozenset[str]]] = {}  # (template, day) → shown, hidden
        for data, st, updated, template_hash, answered, not_met, conflicts in self._rows(sql, params):
            h = json.loads(data)
            when = h.get("started_at") or h.get("created_at")
            key = (template_hash, parse_datetime(when).astimezone(INSPECTION_TZ).date() if when else None)
            if key not in scopes:
                scopes[key] = self._scope(*key)
            rows.append((h, st, updated, answered, not_met, conflicts, scopes[key]))
        hidden_answers = self._answers_to_hidden(rows)
        out = []
        for h, st, updated, answered, not_met, conflicts, (shown, _hidden) in rows:
            # Items not in force on the inspection's date are hidden and never counted: neither is an
            # answer given to one (before the date was changed), or the list says "101% (82/81)".
            less_answered, less_not_met = hidden_answers.get(h["id"], (0, 0))
            out.append(InspectionSummary(
                id=h["id"], province=ProvinceRef(**h["province"]), inspected_unit=h["inspected_unit"],
                template=TemplateRef(**h["template"]), status=InspectionStatus(st),
                started_at=parse_datetime(h["started_at"]) if h.get("started_at") else None,
                updated_at=parse_datetime(updated) if updated else None,
                answered=answered - less_answered, total=shown, not_met=not_met - less_not_met,
                conflicts=conflicts, sample=bool(h.get("sample")),
            ))
        return out

    def _scope(self, template_hash: str, day: Any) -> tuple[int, frozenset[str]]:
        """(how many items an inspection of that checklist and day shows and counts — those in
        force on its date —, the ids of the ones it hides)."""
        template = self.template(template_hash)
        shown = template.items_for_inspection(day)
        if len(shown) == template.item_count:
            return len(shown), frozenset()
        return len(shown), frozenset(i.id for i in template.items()) - {i.id for i in shown}

    def _answers_to_hidden(self, rows: list[tuple]) -> dict[str, tuple[int, int]]:
        """inspection id → (answered, not met) among the items it hides: one query for the list,
        over the few hidden item ids only (the counts kept in `inspections` cover every finding)."""
        hidden = {h["id"]: scope[1] for h, _st, _updated, answered, not_met, _conflicts, scope in rows
                  if scope[1] and (answered or not_met)}
        ids = sorted(set().union(*hidden.values())) if hidden else []
        out: dict[str, tuple[int, int]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for inspection_id, item_id, answered, status in self._rows(
                    "SELECT inspection_id, item_id, answered, status FROM findings WHERE item_id IN"
                    f" ({','.join('?' * len(chunk))}) AND (answered = 1 OR status = ?)",
                    [*chunk, FindingStatus.NOT_MET.value]):
                if item_id in hidden.get(inspection_id, ()):
                    a, n = out.get(inspection_id, (0, 0))
                    out[inspection_id] = (a + bool(answered), n + (status == FindingStatus.NOT_MET.value))
        return out

    def inspection_statuses(self, *, template_id: str | None = None, province: ProvinceRef | None = None,
                            ) -> list[tuple[InspectionSummary, dict[str, FindingStatus | None]]]:
        """Every inspection (of checklist `template_id`, any version; of `province`) with the
        status of each of its answered findings by item id (None: answered with a value or
        figures only; an item without a status, value or figures is absent).

        What the office's dashboards aggregate: two queries for all inspections, instead of
        loading each full record (notes, figures, evidence) one by one.
        """
        where: list[str] = []
        params: list[Any] = []
        if template_id:
            where.append("i.template_hash IN (SELECT content_hash FROM templates WHERE template_id = ?)")
            params.append(template_id)
        if province:
            where += ["i.province_era = ?", "i.province_code = ?"]
            params += [province.era, province.code]
        summaries = self._summaries(where, params)
        statuses: dict[str, dict[str, FindingStatus | None]] = {s.id: {} for s in summaries}
        # Only answered findings (a status, a value or figures): a finding holding only a note,
        # or cleared, is an unanswered item for the office's counts.
        answered = ("(f.status IS NOT NULL AND f.status != '' OR COALESCE(json_extract(f.data, '$.value'), '') != ''"
                    " OR COALESCE(json_extract(f.data, '$.figures'), '{}') != '{}')")
        sql = ("SELECT f.inspection_id, f.item_id, f.status FROM findings f JOIN inspections i"
               " ON i.id = f.inspection_id WHERE " + " AND ".join([*where, answered]))
        by_value = {st.value: st for st in FindingStatus}  # 40,000 rows: a dict beats Enum lookup
        for inspection_id, item_id, status in self._rows(sql, params):
            statuses[inspection_id][item_id] = by_value[status] if status else None
        return [(s, statuses[s.id]) for s in summaries]

    def load_inspection(self, inspection_id: str) -> InspectionRecord:
        """The whole inspection: header, findings, evidence, recommendations, seals, conflicts."""
        inspection = self.inspection(inspection_id)
        findings: dict[str, Finding] = {}
        conflicted = []
        for item_id, data, rev, conflict in self._rows(
                "SELECT item_id, data, revision, conflict FROM findings WHERE inspection_id = ?", (inspection_id,)):
            f = dataclasses.replace(from_jsonable(Finding, json.loads(data)), revision=rev)
            findings[item_id] = f
            if conflict:
                conflicted.append(item_id)
        evidence = tuple(from_jsonable(Evidence, json.loads(d)) for (d,) in self._rows(
            "SELECT data FROM evidence WHERE inspection_id = ? ORDER BY json_extract(data, '$.captured_at'), id",
            (inspection_id,)))
        recs = tuple(from_jsonable(Recommendation, json.loads(d)) for (d,) in self._rows(
            "SELECT data FROM recommendations WHERE inspection_id = ? ORDER BY json_extract(data, '$.created_at'), id",
            (inspection_id,)))
        return InspectionRecord(
            inspection=inspection, findings=findings, evidence=evidence, recommendations=recs,
            seals=tuple(self.seals(inspection_id)), amendments=tuple(self.amendments(inspection_id)),
            conflicts=tuple(self.finding_conflict(inspection_id, i) for i in conflicted),
        )

    # --------------------------------------------------------------- findings
    def record_finding(self, inspection_id: str, item_id: str, *, actor: str, status: Any = UNSET,
                       value: Any = UNSET, note: Any = UNSET, figures: Any = UNSET, reason: str = "") -> Finding:
        """Set some of a finding's fields (the others stay); returns the finding as saved."""
        with self._tx():
            header = self._require_draft(inspection_id)
            template = self.template(header["template"]["content_hash"])
            try:
                item = template.item(item_id)
            except KeyError:
                raise InvalidInputError("item_id", item_id, "not in this inspection's checklist") from None
            heads, current = self._current(inspection_id, FINDING, item_id)
            now = utc_now()
            base = (from_jsonable(Finding, current) if current else
                    Finding(inspection_id=inspection_id, item_id=item_id, created_at=now))
            changes: dict[str, Any] = {}
            if status is not UNSET:
                changes["status"] = None if status is None else FindingStatus(status)
            if value is not UNSET:
                changes["value"] = _check_value(item.response.type, value)
            if note is not UNSET:
                changes["note"] = _check_note(note)
            if figures is not UNSET:
                changes["figures"] = _check_figures(figures)
            finding = dataclasses.replace(base, author=actor, updated_at=now, **changes)
            rev = self._put(inspection_id, FINDING, item_id, to_jsonable(finding), actor, reason, at=now)
            if rev is None:
                return dataclasses.replace(base, revision=heads[0] if heads else "")
            self._touch(inspection_id, header, actor, now)
        return dataclasses.replace(finding, revision=rev.id)

    def finding(self, inspection_id: str, item_id: str) -> Finding | None:
        rows = self._rows("SELECT data, revision FROM findings WHERE inspection_id = ? AND item_id = ?",
                          (inspection_id, item_id))
        if not rows:
            return None
        return dataclasses.replace(from_jsonable(Finding, json.loads(rows[0][0])), revision=rows[0][1])

    def finding_conflict(self, inspection_id: str, item_id: str) -> FindingConflict:
        heads = self._heads(inspection_id, FINDING, item_id)
        versions = []
        for h in heads:
            data = self._revision_data(h)
            versions.append(dataclasses.replace(
                from_jsonable(Finding, data) if data else Finding(inspection_id, item_id), revision=h))
        return FindingConflict(inspection_id, item_id, tuple(versions))

    def history(self, inspection_id: str, entity: str, key: str) -> list[Revision]:
        """Every stored version of one record, oldest first."""
        return [_revision(r) for r in self._rows(
            "SELECT id, inspection_id, entity, key, parents, device, actor, at, data FROM revisions"
            " WHERE inspection_id = ? AND entity = ? AND key = ? ORDER BY seq", (inspection_id, entity, key))]

    # --------------------------------------------------------------- evidence
    def add_evidence(self, inspection_id: str, data: bytes, file_name: str, media_type: str | None = None, *,
                     item_id: str | None = None, caption: str = "", source: EvidenceSource = EvidenceSource.FILE,
                     url: str | None = None, captured_at: datetime | None = None, actor: str = "") -> Evidence:
        """Store `data` as an evidence file of the inspection (the blob first, then the record)."""
        self._require_draft(inspection_id)
        sha = self.blobs.put_bytes(data)
        return self._add_evidence_record(inspection_id, sha, len(data), file_name, media_type, item_id,
                                         caption, source, url, captured_at, actor)

    def add_evidence_file(self, inspection_id: str, path: Path, *, media_type: str | None = None,
                          item_id: str | None = None, caption: str = "", actor: str = "") -> Evidence:
        """Copy a file (photo, scan, PDF…) in as evidence, streamed so large files are fine."""
        self._require_draft(inspection_id)
        sha, size = self.blobs.put_file(Path(path))
        return self._add_evidence_record(inspection_id, sha, size, Path(path).name, media_type, item_id,
                                         caption, EvidenceSource.FILE, None, None, actor)

    def _add_evidence_record(self, inspection_id: str, sha: str, size: int, file_name: str,
                             media_type: str | None, item_id: str | None, caption: str,
                             source: EvidenceSource, url: str | None, captured_at: datetime | None,
                             actor: str) -> Evidence:
        now = utc_now()
        evidence = Evidence(
            id=str(_uuid4()), inspection_id=inspection_id, sha256=sha,
            file_name=safe_file_name(_check_text("file_name", file_name, 4096)),
            media_type=media_type or mimetypes.guess_type(file_name)[0] or "application/octet-stream",
            size=size, caption=_check_text("caption", caption), item_id=item_id, source=EvidenceSource(source), url=url,
            captured_at=captured_at or now, added_by=actor,
        )
        with self._tx():
            header = self._require_draft(inspection_id)
            if item_id is not None:
                self._check_item(header, item_id)
            self._put(inspection_id, EVIDENCE, evidence.id, to_jsonable(evidence), actor, at=now)
            self._touch(inspection_id, header, actor, now)
        return evidence

    def update_evidence(self, evidence_id: str, *, actor: str, caption: Any = UNSET,
                        item_id: Any = UNSET) -> Evidence:
        with self._tx():
            current = self.evidence(evidence_id)
            header = self._require_draft(current.inspection_id)
            changes: dict[str, Any] = {}
            if caption is not UNSET:
                changes["caption"] = _check_text("caption", caption)
            if item_id is not UNSET:
                if item_id is not None:
                    self._check_item(header, item_id)
                changes["item_id"] = item_id
            updated = dataclasses.replace(current, **changes)
            if self._put(current.inspection_id, EVIDENCE, evidence_id, to_jsonable(updated), actor):
                self._touch(current.inspection_id, header, actor, utc_now())
        return updated

    def remove_evidence(self, evidence_id: str, *, actor: str, reason: str = "") -> None:
        """Remove the record (a tombstone revision); the blob stays, as history points at it."""
        with self._tx():
            current = self.evidence(evidence_id)
            header = self._require_draft(current.inspection_id)
            self._put(current.inspection_id, EVIDENCE, evidence_id, None, actor, reason)
            self._touch(current.inspection_id, header, actor, utc_now())

    def evidence(self, evidence_id: str) -> Evidence:
        rows = self._rows("SELECT data FROM evidence WHERE id = ?", (evidence_id,))
        if not rows:
            raise NotFoundError("evidence", evidence_id)
        return from_jsonable(Evidence, json.loads(rows[0][0]))

    def evidence_path(self, sha256: str) -> Path:
        return self.blobs.path(sha256)

    def referenced_blobs(self) -> dict[str, list[str]]:
        """SHA-256 → ids of the evidence records and recommendations (follow-up evidence) that
        name the blob, in any current or past version."""
        refs: dict[str, list[str]] = {}
        for key, data in self._rows("SELECT key, data FROM revisions WHERE entity = ? AND data IS NOT NULL",
                                    (EVIDENCE,)):
            refs.setdefault(json.loads(data)["sha256"], []).append(key)
        for key, data in self._rows("SELECT key, data FROM revisions WHERE entity = ? AND data IS NOT NULL",
                                    (RECOMMENDATION,)):
            for sha in followup_blobs(json.loads(data)):
                refs.setdefault(sha, []).append(key)
        for run_id, sha in self._rows("SELECT id, sha256 FROM probe_runs"):
            refs.setdefault(sha, []).append(run_id)
        for (sha,) in self._rows("SELECT DISTINCT key FROM audit WHERE entity = ?", (SIGNED_DOCUMENT,)):
            refs.setdefault(sha, []).append(SIGNED_DOCUMENT)
        return refs

    def record_signed_document(self, inspection_id: str, path: Path, details: dict[str, Any], *,
                               actor: str) -> str:
        """Keep a signed copy of the minutes (a counter-signed PDF) with the inspection, also when
        it is finalized: the file goes into the blob store and one audit row names its SHA-256
        with `details` (file name, signers…). Returns the SHA-256. Local to this database: the
        audit trail is not synced."""
        with self._tx():
            self.inspection(inspection_id)  # NotFoundError for an unknown id
            sha, size = self.blobs.put_file(Path(path))
            new = {"sha256": sha, "size": size, **details}
            self._audit(inspection_id, SIGNED_DOCUMENT, sha, None, new, actor, utc_now(), "")
        return sha

    def signed_documents(self, inspection_id: str) -> list[tuple[datetime, str, dict[str, Any]]]:
        """(when, actor, details) of the signed documents recorded for the inspection."""
        return [(parse_datetime(at), actor, json.loads(new) if new else {}) for at, actor, new in self._rows(
            "SELECT at, actor, new FROM audit WHERE inspection_id = ? AND entity = ? ORDER BY seq",
            (inspection_id, SIGNED_DOCUMENT))]

    def recommendation_files(self, sha256: str) -> list[tuple[str, str]]:
        """(recommendation id, file name) of the current recommendations whose follow-up names
        the blob `sha256`."""
        return [(r, n) for r, n in self._rows(
            "SELECT recommendation_id, file_name FROM recommendation_files WHERE sha256 = ?"
            " ORDER BY recommendation_id", (sha256,))]

    def change_mark(self) -> int:
        """A number that grows with every change to the data (local edit or sync import): views
        compare it to know whether what they show is still current."""
        return self._rows("SELECT coalesce(max(seq), 0) FROM revisions")[0][0]

    def _check_item(self, header: dict, item_id: str) -> None:
        try:
            self.template(header["template"]["content_hash"]).item(item_id)
        except KeyError:
            raise InvalidInputError("item_id", item_id, "not in this inspection's checklist") from None

    # -------------------------------------------------------- recommendations
    def add_recommendation(self, inspection_id: str, text: str, *, actor: str, responsible_unit: str = "",
                           deadline: date | None = None, item_ids: Iterable[str] = (),
                           note: str = "") -> Recommendation:
        now = utc_now()
        rec = Recommendation(id=str(_uuid4()), inspection_id=inspection_id, text=_check_text("text", text),
                             responsible_unit=_check_text("responsible_unit", responsible_unit), deadline=deadline,
                             item_ids=tuple(item_ids), note=_check_text("note", note), created_at=now, updated_at=now)
        if not rec.text.strip():
            raise InvalidInputError("text", text, "a recommendation needs text")
        with self._tx():
            header = self._require_draft(inspection_id)
            for item_id in rec.item_ids:
                self._check_item(header, item_id)
            self._put(inspection_id, RECOMMENDATION, rec.id, to_jsonable(rec), actor, at=now)
            self._touch(inspection_id, header, actor, now)
        return rec

    def update_recommendation(self, recommendation_id: str, *, actor: str, reason: str = "",
                              **changes: Any) -> Recommendation:
        """Change text, responsible unit, deadline, status (open / in progress / done) or note.

        Follow-up of a kiến nghị happens after the minutes are signed, so status, note and the
        follow-up evidence (`FollowUpEvidence` entries whose blobs are already stored) may change
        on a finalized inspection; the rest may not.
        """
        allowed = {"text", "responsible_unit", "deadline", "status", "note", "item_ids", "evidence"}
        if set(changes) - allowed:
            bad = sorted(set(changes) - allowed)[0]
            raise InvalidInputError(bad, changes[bad], "not a recommendation field")
        with self._tx():
            rows = self._rows("SELECT data FROM recommendations WHERE id = ?", (recommendation_id,))
            if not rows:
                raise NotFoundError("recommendation", recommendation_id)
            current = from_jsonable(Recommendation, json.loads(rows[0][0]))
            if set(changes) - {"status", "note", "evidence"}:
                self._require_draft(current.inspection_id)
            if "status" in changes:
                changes["status"] = RecommendationStatus(changes["status"])
            if "evidence" in changes:
                changes["evidence"] = tuple(
                    dataclasses.replace(e, file_name=safe_file_name(e.file_name))
                    if isinstance(e, FollowUpEvidence) else e for e in changes["evidence"])
                for e in changes["evidence"]:
                    if not isinstance(e, FollowUpEvidence) or not self.blobs.has(e.sha256):
                        # no record may name a file that is not in the evidence store (sync relies on it)
                        raise InvalidInputError("evidence", getattr(e, "file_name", e), "not in the evidence store")
            for k in ("text", "note", "responsible_unit"):
                if k in changes:
                    changes[k] = _check_text(k, changes[k])
            now = utc_now()
            updated = dataclasses.replace(current, updated_at=now, **changes)
            self._put(current.inspection_id, RECOMMENDATION, recommendation_id, to_jsonable(updated), actor,
                      reason, at=now)
        return updated

    def remove_recommendation(self, recommendation_id: str, *, actor: str, reason: str = "") -> None:
        with self._tx():
            rows = self._rows("SELECT inspection_id FROM recommendations WHERE id = ?", (recommendation_id,))
            if not rows:
                raise NotFoundError("recommendation", recommendation_id)
            header = self._require_draft(rows[0][0])
            self._put(rows[0][0], RECOMMENDATION, recommendation_id, None, actor, reason)
            self._touch(rows[0][0], header, actor, utc_now())

    def recommendation(self, recommendation_id: str) -> Recommendation:
        rows = self._rows("SELECT data FROM recommendations WHERE id = ?", (recommendation_id,))
        if not rows:
            raise NotFoundError("recommendation", recommendation_id)
        return from_jsonable(Recommendation, json.loads(rows[0][0]))

    def all_recommendations(self) -> list[Recommendation]:
        """Every kiến nghị of every inspection (office follow-up)."""
        return [from_jsonable(Recommendation, json.loads(d))
                for (d,) in self._rows("SELECT data FROM recommendations ORDER BY inspection_id, id")]

    # ---------------------------------------------------------------- sealing
    def finalize(self, inspection_id: str, *, actor: str) -> Seal:
        """Seal the inspection: hash its canonical JSON, keep both, and make it read-only."""
        with self._tx():
            self._require_draft(inspection_id)
            record = self.load_inspection(inspection_id)
            if record.conflicts:
                raise InvalidInputError("conflicts", len(record.conflicts), "resolve sync conflicts before finalizing")
            canonical = canonical_record(record)
            now = utc_now()
            seq = len(record.seals) + 1
            seal = Seal(inspection_id, seq, sha256_hex(canonical), now, actor)
            self._put(inspection_id, SEAL, str(seq), dict(to_jsonable(seal), canonical=canonical.decode()),
                      actor, at=now)
            header = dataclasses.replace(record.inspection, status=InspectionStatus.FINALIZED, updated_at=now)
            self._put(inspection_id, INSPECTION, "", to_jsonable(header), actor, at=now)
        log.info("finalized %s (seal %d, %s)", inspection_id, seq, seal.sha256[:12])
        return seal

    def amend(self, inspection_id: str, *, reason: str, actor: str) -> Amendment:
        """Reopen a finalized inspection for changes; the seal and its content are kept."""
        if not reason or not reason.strip():
            raise InvalidInputError("reason", reason, "an amendment needs a reason")
        with self._tx():
            inspection = self.inspection(inspection_id)
            if inspection.status is not InspectionStatus.FINALIZED:
                raise InvalidInputError("status", inspection.status.value, "only a finalized inspection is amended")
            seals = self.seals(inspection_id)
            now = utc_now()
            amendment = Amendment(inspection_id, seals[-1].seq, _check_text("reason", reason.strip()), now, actor)
            self._put(inspection_id, AMENDMENT, str(amendment.seal_seq), to_jsonable(amendment), actor,
                      amendment.reason, at=now)
            header = dataclasses.replace(inspection, status=InspectionStatus.DRAFT, updated_at=now)
            self._put(inspection_id, INSPECTION, "", to_jsonable(header), actor, amendment.reason, at=now)
        return amendment

    def seals(self, inspection_id: str) -> list[Seal]:
        return [Seal(i, s, h, parse_datetime(at), by) for i, s, h, at, by in self._rows(
            "SELECT inspection_id, seq, sha256, sealed_at, sealed_by FROM seals WHERE inspection_id = ? ORDER BY seq",
            (inspection_id,))]

    def sealed_canonical(self, inspection_id: str, seq: int) -> bytes:
        rows = self._rows("SELECT canonical FROM seals WHERE inspection_id = ? AND seq = ?", (inspection_id, seq))
        if not rows:
            raise NotFoundError("seal", f"{inspection_id}#{seq}")
        return rows[0][0].encode()

    def amendments(self, inspection_id: str) -> list[Amendment]:
        return [Amendment(i, s, r, parse_datetime(at), by) for i, s, r, at, by in self._rows(
            "SELECT inspection_id, seal_seq, reason, at, by FROM amendments WHERE inspection_id = ? ORDER BY seal_seq",
            (inspection_id,))]

    # ------------------------------------------------------------ audit trail
    def audit_trail(self, inspection_id: str) -> list[AuditEntry]:
        return [AuditEntry(i, parse_datetime(at), actor, e, k, f, json.loads(o) if o else None,
                           json.loads(n) if n else None, r)
                for i, at, actor, e, k, f, o, n, r in self._rows(
                    "SELECT inspection_id, at, actor, entity, key, field, old, new, reason FROM audit"
                    " WHERE inspection_id = ? ORDER BY seq", (inspection_id,))]

    # ----------------------------------------------------- revisions for sync
    def revisions(self, inspection_id: str | None = None, since_seq: int = 0) -> list[tuple[int, Revision]]:
        """(local sequence number, revision) pairs, in the order they were stored here."""
        sql = ("SELECT seq, id, inspection_id, entity, key, parents, device, actor, at, data FROM revisions"
               " WHERE seq > ?" + (" AND inspection_id = ?" if inspection_id else "") + " ORDER BY seq")
        params: list[Any] = [since_seq] + ([inspection_id] if inspection_id else [])
        return [(r[0], _revision(r[1:])) for r in self._rows(sql, params)]

    def known_revisions(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        known: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            known.update(r[0] for r in self._rows(
                f"SELECT id FROM revisions WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return known

    def import_revisions(self, revisions: Iterable[Revision], *, actor: str = "sync") -> int:
        """Add revisions made elsewhere (idempotent); recompute heads and current state.

        Returns how many were new. A record whose heads are not one chain ends with several
        heads: a conflict, shown to the user, never silently dropped. Call `save_template` for
        the templates of imported inspections first.
        """
        revisions = list(revisions)
        for rev in revisions:
            if revision_id(rev) != rev.id:
                raise InvalidInputError("revision", rev.id, "content does not match its id")
            if rev.entity not in ENTITIES:
                raise InvalidInputError("entity", rev.entity, "unknown record kind")
        new = 0
        touched: set[tuple[str, str, str]] = set()
        with self._tx():
            for rev in revisions:
                if self._insert_revision(rev):
                    new += 1
                    touched.add((rev.inspection_id, rev.entity, rev.key))
            for inspection_id, entity, key in sorted(touched, key=lambda t: (_ENTITY_ORDER[t[1]], t)):
                self._recompute(inspection_id, entity, key, actor)
        log.info("imported %d new revisions of %d", new, len(revisions))
        return new

    def _recompute(self, inspection_id: str, entity: str, key: str, actor: str) -> None:
        rows = self._rows("SELECT id, parents FROM revisions WHERE inspection_id = ? AND entity = ? AND key = ?",
                          (inspection_id, entity, key))
        replaced = {p for _, parents in rows for p in json.loads(parents)}
        heads = sorted(r[0] for r in rows if r[0] not in replaced)
        old_heads, old = self._current(inspection_id, entity, key)
        if heads == old_heads:
            return
        self.conn.execute("DELETE FROM heads WHERE inspection_id = ? AND entity = ? AND key = ?",
                          (inspection_id, entity, key))
        self.conn.executemany("INSERT INTO heads (inspection_id, entity, key, revision) VALUES (?, ?, ?, ?)",
                              [(inspection_id, entity, key, h) for h in heads])
        winner = self._winner(heads)
        data = self._revision_data(winner)
        self._materialize(inspection_id, entity, key, winner, data, conflict=len(heads) > 1)
        if _content(old) != _content(data):
            self._audit(inspection_id, entity, key, old, data, actor, utc_now(), "sync")

    def rebuild_current_state(self) -> tuple[int, list[str]]:
        """Recompute heads and every table from the revision log alone (doctor --repair).

        Returns how many records were materialised and the inspections left out (with why):
        an inspection whose checklist snapshot is missing cannot be shown, so it stays in the
        log only.
        """
        records = 0
        left_out: list[str] = []
        keys = self._rows("SELECT DISTINCT inspection_id, entity, key FROM revisions")
        by_inspection: dict[str, list[tuple[str, str]]] = {}
        for iid, entity, key in keys:
            if entity in ENTITIES:
                by_inspection.setdefault(iid, []).append((entity, key))
        for iid, recs in sorted(by_inspection.items()):
            try:
                with self._tx():
                    for entity, key in sorted(recs, key=lambda r: (_ENTITY_ORDER[r[0]], r[1])):
                        rows = self._rows("SELECT id, parents FROM revisions WHERE inspection_id = ? AND entity = ?"
                                          " AND key = ?", (iid, entity, key))
                        replaced = {p for _, parents in rows for p in json.loads(parents)}
                        heads = sorted(r[0] for r in rows if r[0] not in replaced)
                        self.conn.execute("DELETE FROM heads WHERE inspection_id = ? AND entity = ? AND key = ?",
                                          (iid, entity, key))
                        self.conn.executemany("INSERT INTO heads (inspection_id, entity, key, revision)"
                                              " VALUES (?, ?, ?, ?)", [(iid, entity, key, h) for h in heads])
                        winner = self._winner(heads)
                        self._materialize(iid, entity, key, winner, self._revision_data(winner),
                                          conflict=len(heads) > 1)
                        records += 1
            except (StorageError, sqlite3.DatabaseError, KeyError, TypeError) as exc:
                left_out.append(f"{iid}: {exc}")
                log.warning("repair: inspection %s left out: %s", iid, type(exc).__name__)
        return records, left_out

    def heads(self, inspection_id: str, entity: str, key: str) -> list[str]:
        """Ids of the current revision(s) of one record: several = unresolved concurrent edits."""
        return self._heads(inspection_id, entity, key)

    def revision(self, rev_id: str) -> Revision:
        rows = self._rows("SELECT id, inspection_id, entity, key, parents, device, actor, at, data FROM revisions"
                          " WHERE id = ?", (rev_id,))
        if not rows:
            raise NotFoundError("revision", rev_id)
        return _revision(rows[0])

    def divergent_records(self) -> list[tuple[str, str, str, tuple[str, ...]]]:
        """(inspection_id, entity, key, heads) of every record with concurrent heads, of any kind."""
        rows = self._rows("SELECT inspection_id, entity, key, group_concat(revision, ' ') FROM heads"
                          " GROUP BY inspection_id, entity, key HAVING count(*) > 1"
                          " ORDER BY inspection_id, entity, key")
        return [(i, e, k, tuple(sorted(h.split(" ")))) for i, e, k, h in rows]

    def resolve_record(self, inspection_id: str, entity: str, key: str, keep: str, *, actor: str,
                       reason: str = "") -> Revision:
        """Close a conflict by keeping head `keep`: a new revision with that content replaces every head."""
        with self._tx():
            header = self._require_draft(inspection_id)
            heads = self._heads(inspection_id, entity, key)
            if keep not in heads:
                raise InvalidInputError("keep", keep, "not one of the record's current versions")
            if entity in (SEAL, AMENDMENT):
                raise InvalidInputError("entity", entity, "seals and amendments are never edited")
            data = self._revision_data(keep)
            if entity == INSPECTION and data is not None:
                # Keeping an older header must not finalize or reopen the inspection by the way.
                data = dict(data, status=header["status"])
            rev = self._put(inspection_id, entity, key, data, actor, reason or "resolve conflict")
            if rev is None:  # a single head: nothing to resolve
                raise InvalidInputError("keep", keep, "this record has no conflict")
            self._touch(inspection_id, header, actor, rev.at)
        return rev

    def conflicts(self) -> list[FindingConflict]:
        return [self.finding_conflict(i, k) for i, k in
                self._rows("SELECT inspection_id, item_id FROM findings WHERE conflict ORDER BY inspection_id, item_id")]

    # ------------------------------------------------------------- integrity
    def check_integrity(self) -> list[IntegrityProblem]:
        """SQLite's integrity and foreign-key checks, the tables against the revision log, and
        every seal (whatever the stored status says) against its content and amendment chain."""
        problems = [IntegrityProblem("sqlite", None, r[0]) for r in self._rows("PRAGMA integrity_check")
                    if r[0] != "ok"]
        problems += [IntegrityProblem("foreign-key", None, f"{r[0]} row {r[1]} → {r[2]}")
                     for r in self._rows("PRAGMA foreign_key_check")]
        problems += self.check_log()
        sealed = {r[0] for r in self._rows("SELECT DISTINCT inspection_id FROM seals")}
        sealed |= {r[0] for r in self._rows("SELECT DISTINCT inspection_id FROM revisions WHERE entity = ?",
                                            (SEAL,))}
        for inspection_id in sorted(sealed):
            problems += self.verify_seal(inspection_id)
        return problems

    def seal_problems(self, inspection_id: str) -> list[IntegrityProblem]:
        """What every consumer of sealed data (minutes, report, sync) checks before using an
        inspection: its seals and amendment chain, and its tables against the revision log."""
        if not self._rows("SELECT 1 FROM revisions WHERE inspection_id = ? AND entity = ? LIMIT 1",
                          (inspection_id, SEAL)) and not self.seals(inspection_id):
            return []
        return self.check_log(inspection_id) + self.verify_seal(inspection_id)

    def check_log(self, inspection_id: str | None = None) -> list[IntegrityProblem]:
        """The revision log is the truth; the tables (inspections, findings, evidence,
        recommendations, seals, amendments, heads) are a cache of it. Report every revision whose
        content no longer matches its id, every parent the log lacks (a removed record), and
        every table row that differs from what the log says (an edit that bypassed the log).
        `doctor --repair` rebuilds the tables from the log."""
        ids = ([inspection_id] if inspection_id else
               sorted({r[0] for r in self._rows("SELECT DISTINCT inspection_id FROM revisions")}
                      | {r[0] for r in self._rows("SELECT id FROM inspections")}))
        problems: list[IntegrityProblem] = []
        for iid in ids:
            problems += self._check_log_of(iid)
        return problems

    def _check_log_of(self, iid: str) -> list[IntegrityProblem]:
        out: list[IntegrityProblem] = []
        revs = [_revision(r) for r in self._rows(
            "SELECT id, inspection_id, entity, key, parents, device, actor, at, data FROM revisions"
            " WHERE inspection_id = ? ORDER BY seq", (iid,))]
        known = {r.id for r in revs}
        by_record: dict[tuple[str, str], list[Revision]] = {}
        for rev in revs:
            if revision_id(rev, json_native=True) != rev.id:
                out.append(IntegrityProblem("log", iid, f"revision {rev.id[:12]} ({rev.entity} {rev.key}):"
                                                        " its content no longer matches its id"))
            missing = [p for p in rev.parents if p not in known]
            if missing:
                out.append(IntegrityProblem("log", iid, f"revision {rev.id[:12]} ({rev.entity} {rev.key}) names"
                                                        f" {len(missing)} earlier version(s) that are not in the log"
                                                        " (removed)"))
            by_record.setdefault((rev.entity, rev.key), []).append(rev)
        expected: dict[tuple[str, str], dict | None] = {}
        stored_heads: dict[tuple[str, str], list[str]] = {}
        for entity, key, head in self._rows("SELECT entity, key, revision FROM heads WHERE inspection_id = ?"
                                            " ORDER BY revision", (iid,)):
            stored_heads.setdefault((entity, key), []).append(head)
        for (entity, key), chain in by_record.items():
            replaced = {p for r in chain for p in r.parents}
            heads = [r for r in chain if r.id not in replaced]
            if stored_heads.get((entity, key), []) != sorted(r.id for r in heads):
                out.append(IntegrityProblem("log", iid, f"{entity} {key}: current version differs from the log"))
            if heads:
                # the same choice as _winner: the latest, then the greatest id
                expected[(entity, key)] = max(heads, key=lambda r: (format_datetime(r.at), r.id)).data
        for entity, key in sorted(stored_heads.keys() - by_record.keys()):
            out.append(IntegrityProblem("log", iid, f"{entity} {key}: has a current version but no history"))
        materialised = self._materialised(iid)
        for (entity, key), data in materialised.items():
            want = expected.get((entity, key))
            if want is None:
                out.append(IntegrityProblem("log", iid, f"{entity} {key or '(header)'}: stored without any"
                                                        " revision in the log"))
            elif _content(_strip_seal(entity, data)) != _content(_strip_seal(entity, want)):
                out.append(IntegrityProblem("log", iid, f"{entity} {key or '(header)'}: the table differs"
                                                        " from the revision log (edited outside Inspector)"))
        for (entity, key), want in expected.items():
            if want is not None and (entity, key) not in materialised:
                out.append(IntegrityProblem("log", iid, f"{entity} {key or '(header)'}: missing from the"
                                                        " tables (removed outside Inspector)"))
        return out

    def _materialised(self, iid: str) -> dict[tuple[str, str], dict]:
        """Every table row of one inspection as (entity, key) → the data a revision would hold."""
        rows: dict[tuple[str, str], dict] = {}
        for data, st, template_hash in self._rows(
                "SELECT data, status, template_hash FROM inspections WHERE id = ?", (iid,)):
            header = json.loads(data)
            if header.get("status") != st or header.get("template", {}).get("content_hash") != template_hash:
                header = dict(header, status=f"{header.get('status')}≠{st}")
            rows[(INSPECTION, "")] = header
        for item_id, data, st in self._rows(
                "SELECT item_id, data, status FROM findings WHERE inspection_id = ?", (iid,)):
            finding = json.loads(data)
            if finding.get("status") != st:
                finding = dict(finding, status=f"{finding.get('status')}≠{st}")
            rows[(FINDING, item_id)] = finding
        for key, data, sha in self._rows("SELECT id, data, sha256 FROM evidence WHERE inspection_id = ?", (iid,)):
            ev = json.loads(data)
            rows[(EVIDENCE, key)] = ev if ev.get("sha256") == sha else dict(ev, sha256=f"{ev.get('sha256')}≠{sha}")
        for key, data in self._rows("SELECT id, data FROM recommendations WHERE inspection_id = ?", (iid,)):
            rows[(RECOMMENDATION, key)] = json.loads(data)
        for seq, sha, canonical, at, by in self._rows(
                "SELECT seq, sha256, canonical, sealed_at, sealed_by FROM seals WHERE inspection_id = ?", (iid,)):
            rows[(SEAL, str(seq))] = {"seq": seq, "sha256": sha, "canonical": canonical, "sealed_at": at,
                                      "sealed_by": by}
        for seq, reason, at, by in self._rows(
                "SELECT seal_seq, reason, at, by FROM amendments WHERE inspection_id = ?", (iid,)):
            rows[(AMENDMENT, str(seq))] = {"seal_seq": seq, "reason": reason, "at": at, "by": by}
        return rows

    def verify_seal(self, inspection_id: str) -> list[IntegrityProblem]:
        """Detect tampering, whatever the stored status says: each seal must hash its stored
        content; seals are numbered 1, 2, 3… and each seal but the last was reopened by an
        amendment; an inspection whose last seal has no amendment is finalized (in the table and
        in the log) and its current content is exactly what that seal holds."""
        out = []
        seals = self.seals(inspection_id)
        for seal in seals:
            if sha256_hex(self.sealed_canonical(inspection_id, seal.seq)) != seal.sha256:
                out.append(IntegrityProblem("seal", inspection_id, f"seal {seal.seq}: stored content altered"))
        seqs = [s.seq for s in seals]
        if seqs != list(range(1, len(seqs) + 1)):
            out.append(IntegrityProblem("seal", inspection_id, f"seals {seqs} are not numbered 1, 2, 3…"
                                                               " (a seal was removed)"))
        amended = {a.seal_seq for a in self.amendments(inspection_id)}
        for seq in seqs[:-1]:
            if seq not in amended:
                out.append(IntegrityProblem("seal", inspection_id, f"seal {seq + 1} was made without an"
                                                                   f" amendment of seal {seq}"))
        if not seals or seals[-1].seq in amended:
            return out
        last = seals[-1]
        header_heads, logged = self._current(inspection_id, INSPECTION, "")
        inspection = self.inspection(inspection_id)
        if (inspection.status is not InspectionStatus.FINALIZED
                or (logged or {}).get("status") != InspectionStatus.FINALIZED.value):
            out.append(IntegrityProblem("seal", inspection_id, f"reopened after seal {last.seq} without an"
                                                               " amendment"))
        current = canonical_record(self.load_inspection(inspection_id))
        if sha256_hex(current) != last.sha256:
            out.append(IntegrityProblem("seal", inspection_id,
                                        f"content changed after seal {last.seq} without an amendment"))
        return out

    def sealed_by_log(self, inspection_id: str) -> bool:
        """True when the revision log says the inspection is sealed (its last seal has no
        amendment): what decides whether it may be edited, whatever the tables say."""
        seals = [int(k) for (k,) in self._rows(
            "SELECT key FROM revisions WHERE inspection_id = ? AND entity = ? AND data IS NOT NULL",
            (inspection_id, SEAL))]
        if not seals:
            return False
        amended = {int(k) for (k,) in self._rows(
            "SELECT key FROM revisions WHERE inspection_id = ? AND entity = ? AND data IS NOT NULL",
            (inspection_id, AMENDMENT))}
        return max(seals) not in amended

    def inspection_ids(self) -> list[str]:
        return [r[0] for r in self._rows("SELECT id FROM inspections ORDER BY id")]

    # -------------------------------------------------------------- probe runs
    def add_probe_run(self, inspection_id: str, data: bytes, *, started_at: datetime, target: str,
                      template_id: str | None, summary: dict[str, Any], actor: str = "") -> ProbeRunRecord:
        """Keep one probe run (a WARC file, `inspector.probe.warc`) with the inspection. Allowed on
        a finalized inspection too: a run changes no finding."""
        self.inspection(inspection_id)  # NotFoundError for an unknown inspection
        sha = self.blobs.put_bytes(data)
        record = ProbeRunRecord(_uuid4().hex, inspection_id, started_at, target, template_id, sha, len(data),
                                dict(summary), actor)
        with self._tx():
            self.conn.execute(
                "INSERT INTO probe_runs (id, inspection_id, started_at, target, template_id, sha256, size, summary,"
                " created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (record.id, inspection_id, format_datetime(started_at), target, template_id, sha, len(data),
                 json.dumps(record.summary, ensure_ascii=False, sort_keys=True), actor))
        return record

    def probe_runs(self, inspection_id: str) -> list[ProbeRunRecord]:
        """The inspection's kept probe runs, newest first."""
        rows = self._rows("SELECT id, inspection_id, started_at, target, template_id, sha256, size, summary,"
                          " created_by FROM probe_runs WHERE inspection_id = ? ORDER BY started_at DESC, id",
                          (inspection_id,))
        return [ProbeRunRecord(r[0], r[1], parse_datetime(r[2]), r[3], r[4], r[5], r[6], json.loads(r[7]), r[8])
                for r in rows]

    def probe_run_data(self, run_id: str) -> bytes:
        """The WARC file of a kept run."""
        rows = self._rows("SELECT sha256 FROM probe_runs WHERE id = ?", (run_id,))
        if not rows:
            raise NotFoundError("probe run", run_id)
        return self.blobs.read(rows[0][0])

    def counts(self) -> dict[str, int]:
        return {t: self._rows(f"SELECT count(*) FROM {t}")[0][0]
                for t in ("inspections", "findings", "evidence", "recommendations", "revisions", "audit")}


@dataclasses.dataclass(frozen=True)
class ProbeRunRecord:
    """A kept probe run: where and when, its WARC blob, and a summary for the list."""

    id: str
    inspection_id: str
    started_at: datetime
    target: str
    template_id: str | None
    sha256: str
    size: int
    summary: dict[str, Any]
    created_by: str = ""


# ------------------------------------------------------------------ helpers
def _content(data: dict | None) -> dict | None:
    if data is None:
        return None
    return {k: v for k, v in data.items() if k not in _VOLATILE and k not in ("author",)}


def _answered(data: dict | None) -> bool:
    return bool(data) and (data.get("status") is not None or data.get("value") not in (None, ""))


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _summary(data: dict | None) -> Any:
    if data is None:
        return None
    return {k: v for k, v in data.items() if k not in _VOLATILE and k != "canonical"}


def revision_id(rev: Revision, *, json_native: bool = False) -> str:
    """The id a revision must have: the SHA-256 of its content (what sync and doctor check).

    `json_native`: the data came from json.loads (as in the log), so `canonical_json`'s
    conversion is the identity and is skipped (the same bytes, six times faster for doctor).
    """
    body = {"inspection_id": rev.inspection_id, "entity": rev.entity, "key": rev.key,
            "parents": list(rev.parents), "device": rev.device, "actor": rev.actor,
            "at": format_datetime(rev.at), "data": rev.data}
    if json_native:
        return sha256_hex(json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                                     allow_nan=False).encode("utf-8"))
    return sha256_hex(canonical_json(body))


_TABLE_FIELDS = {SEAL: ("seq", "sha256", "canonical", "sealed_at", "sealed_by"),
                 AMENDMENT: ("seal_seq", "reason", "at", "by")}


def _strip_seal(entity: str, data: dict | None) -> dict | None:
    """The fields of a seal or amendment revision that its table row holds."""
    if data is None or entity not in _TABLE_FIELDS:
        return data
    return {k: data.get(k) for k in _TABLE_FIELDS[entity]}


def _revision(r: tuple) -> Revision:
    rid, inspection_id, entity, key, parents, device, actor, at, data = r
    return Revision(rid, inspection_id, entity, key, tuple(json.loads(parents)), device, actor,
                    parse_datetime(at), None if data is None else json.loads(data))


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return normalize_text(value)
    if isinstance(value, (list, tuple)):
        return tuple(_clean(v) for v in value)
    if isinstance(value, (TeamMember, Participant)):
        return dataclasses.replace(value, **{f.name: _clean(getattr(value, f.name))
                                             for f in dataclasses.fields(value) if isinstance(getattr(value, f.name), str)})
    return value


def _check_header(inspection: Inspection) -> None:
    _check_header_texts(inspection)
    try:
        from_jsonable(Inspection, to_jsonable(inspection))
    except (TypeError, ValueError) as exc:
        raise InvalidInputError("inspection", None, str(exc)) from exc
    if not inspection.inspected_unit.strip():
        raise InvalidInputError("inspected_unit", inspection.inspected_unit, "the inspected unit is required")
    if inspection.started_at and inspection.ended_at and inspection.ended_at < inspection.started_at:
        raise InvalidInputError("ended_at", inspection.ended_at, "ends before it starts")


def _template_model() -> Any:
    from inspector.checklists import template

    return template


def _check_value(rtype: ResponseType, value: Any) -> float | str | None:
    if value is None or value == "":
        return None
    kinds = _template_model().ResponseType
    if rtype is kinds.NUMBER:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InvalidInputError("value", value, "this item takes a number")
        if value != value or value in (float("inf"), float("-inf")):
            raise InvalidInputError("value", value, "not a finite number")
        return float(value)
    if rtype is kinds.TEXT:
        if not isinstance(value, str):
            raise InvalidInputError("value", value, "this item takes text")
        return _check_text("value", value)
    raise InvalidInputError("value", value, "this item takes a status only")


def _check_text(field_name: str, text: Any, limit: int | None = None) -> str:
    """Free text at the boundary: a str, storable (no lone surrogate: SQLite and every document
    writer need valid UTF-8), within the field's length limit; NFC-normalised. Errors name the
    field itself (`text`, `note`, `conclusion`…)."""
    if not isinstance(text, str):
        raise InvalidInputError(field_name, text, "must be text")
    limit = limit or TEXT_LIMITS.get(field_name, SHORT_TEXT_CHARS)
    if len(text) > limit:
        raise InvalidInputError(field_name, len(text), f"longer than {limit} characters",
                                extra={"limit": limit, "length": len(text)})
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidInputError(field_name, f"U+{ord(text[exc.start]):04X}", "unencodable: holds a character"
                                " that cannot be stored (a lone surrogate)", extra={"position": exc.start}) from None
    return normalize_text(text)


def _check_note(note: Any, field_name: str = "note") -> str:
    return _check_text(field_name, note)


def _check_header_texts(inspection: Inspection) -> None:
    for f in dataclasses.fields(inspection):
        value = getattr(inspection, f.name)
        if isinstance(value, str) and f.name not in ("id",):
            _check_text(f.name, value)
        elif f.name in ("team", "host_participants"):
            if len(value) > MAX_PEOPLE:
                raise InvalidInputError(f.name, len(value), f"more than {MAX_PEOPLE} people")
            for person in value:
                for pf in dataclasses.fields(person):
                    if isinstance(getattr(person, pf.name), str):
                        _check_text(f"{f.name}.{pf.name}", getattr(person, pf.name))


def _check_figures(figures: Any) -> dict[str, float]:
    if not isinstance(figures, dict):
        raise InvalidInputError("figures", figures, "must map names to numbers")
    out = {}
    for name, number in figures.items():
        if not isinstance(name, str) or not name.strip():
            raise InvalidInputError("figures", name, "a figure needs a name")
        if isinstance(number, bool) or not isinstance(number, (int, float)) or number != number:
            raise InvalidInputError("figures", number, f"figure {name!r} must be a number")
        out[_check_text("figure", name.strip())] = float(number)
    return out


def iter_chunks(seq: list, size: int) -> Iterator[list]:
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
