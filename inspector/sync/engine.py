"""Sync: merge this device's inspections with a shared target (folder or WebDAV), losing nothing.

Layout on the target::

    inspector-sync.json       format version, target id, encryption parameters (written once)
    packs/<sha256>.pack       immutable packs of revisions (see packs.py), never rewritten
    packs/<sha256>.merge      record of a merged pack: level, members, every pack it holds
    retired/                  packs (and records) a merged pack holds, moved out of the listing
    blobs/ab/<sha256>         evidence files, content-addressed, uploaded once, before any pack
                              that names them (HMAC names on an encrypted folder)
    templates/<id>@<ver>.yaml checklist templates published by the office (written once)
    tmp/                      uploads in progress (renamed/MOVEd into place when complete)
    locks/                    lock files with an expiry (only `--init` needs one)

Every file is created once and never changed, so two devices syncing at the same moment cannot
overwrite each other, whatever the server does with ETags. A sync is:

1. read the format file (target id: the safety brake compares it with last time and with every
   target this device has synced with);
2. list packs/, read new merge records and the packs not seen before (a damaged one is set aside,
   the rest goes on); fetch the evidence they need and any evidence the records here name that is
   missing or altered here (hash-checked); import their revisions in one transaction
   (`Store.import_revisions`: idempotent, concurrent edits of a record stay as a conflict), plus
   guard revisions keeping sealed inspections sealed;
3. push: upload missing blobs, then write the local revisions the target lacks as new packs;
4. list templates/ and take in new published templates that the strict loader accepts;
5. compaction: merge FAN_IN packs of a level into one of the next, retire the members (see
   docs/architecture.md, "Compaction").

Interrupted anywhere, nothing half-written is read (temporary names, hashes checked) and the
next run completes the work. With nothing changed on either side a sync costs three requests.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import httpx

from inspector.checklists.catalog import builtin_dir, load_catalog, published_dir
from inspector.checklists.loader import load_template, parse_template
from inspector.domain.audit import Revision
from inspector.domain.recommendation import followup_blobs
from inspector.domain.serialize import (
    canonical_json,
    format_datetime,
    parse_datetime,
    sha256_hex,
    utc_now,
)
from inspector.errors import Cancelled, ChecklistError, EvidenceError, SafetyBrakeError, SyncError
from inspector.storage import Store, syncstate
from inspector.storage.store import EVIDENCE, INSPECTION, RECOMMENDATION
from inspector.sync import crypto
from inspector.sync.packs import SUFFIX, Pack, PackError, decode_pack, encode_merged, encode_pack
from inspector.sync.seals import seal_guards
from inspector.sync.settings import FolderTarget, SyncSettings, Target, WebDAVTarget
from inspector.sync.transport import TMP_DIR, FolderTransport, Transport, WebDAVTransport

FORMAT_FILE = "inspector-sync.json"
FORMAT_VERSION = 1
PACKS, BLOBS, TEMPLATES, LOCKS, RETIRED = "packs", "blobs", "templates", "locks", "retired"
MERGE_SUFFIX = ".merge"
FAN_IN = 8  # packs of one level merged into one of the next: at most FAN_IN-1 per level stay listed
PACK_MAX_REVISIONS = 5000
MASS_DELETE_MIN = 10  # below this many deletions the brake never fires
LOCK_TTL = timedelta(minutes=5)
LOCK_WAIT = 10.0  # seconds `--init` waits for another device that is initialising the same target
TMP_MAX_AGE = timedelta(days=1)  # no upload takes this long: older temporaries are leftovers
_RUNNING = "sync_running:"  # setting, per location: a sync started and has not finished
_VERIFIED = "sync_blobs_verified"  # setting: when every evidence file here was last re-hashed

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class SyncReport:
    """What one sync did (shown as the last sync result)."""

    location: str
    target_id: str
    started_at: datetime
    finished_at: datetime
    packs_read: int = 0
    revisions_imported: int = 0
    packs_written: int = 0
    revisions_pushed: int = 0
    blobs_downloaded: int = 0
    blobs_uploaded: int = 0
    seal_guards: int = 0
    templates_added: tuple[str, ...] = ()
    templates_rejected: tuple[str, ...] = ()  # file: reason
    missing_blobs: tuple[str, ...] = ()  # evidence named by a revision but absent (see doctor)
    damaged_packs: tuple[str, ...] = ()  # packs on the target that could not be read: set aside
    packs_merged: int = 0  # packs this sync merged into bigger ones (compaction)
    conflicts: int = 0  # records with unresolved concurrent versions, after this sync
    # Finalized inspections this sync received or sent whose stored tables or seals no longer match
    # the revision log (an edit behind the program's back): sync moves the log, which is the truth,
    # but says so, as the minutes export and the national report do.
    seal_problems: tuple[str, ...] = ()
    # Sample inspections (invented data) are never sent, and never taken in from a target that
    # holds some (an older version sent them): how many this sync held back and left out.
    samples_kept: int = 0
    samples_skipped: int = 0
    requests: int = 0
    initialized: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.revisions_imported or self.revisions_pushed or self.templates_added or self.initialized)

    def summary(self) -> dict:
        return {"target_id": self.target_id, "imported": self.revisions_imported, "pushed": self.revisions_pushed,
                "blobs_down": self.blobs_downloaded, "blobs_up": self.blobs_uploaded,
                "templates": list(self.templates_added), "rejected": list(self.templates_rejected),
                "missing_blobs": list(self.missing_blobs), "damaged_packs": list(self.damaged_packs),
                "conflicts": self.conflicts,
                "seal_guards": self.seal_guards, "seal_problems": list(self.seal_problems),
                "samples_kept": self.samples_kept, "samples_skipped": self.samples_skipped}


@dataclass(frozen=True)
class TargetInfo:
    """What `check_connection` found at a target."""

    location: str
    initialized: bool
    target_id: str | None = None
    encrypted: bool = False
    packs: int = 0
    templates: int = 0
    requests: int = 0


@dataclass
class _Run:
    store: Store
    transport: Transport
    location: str
    progress: Progress | None
    cancelled: Callable[[], bool] | None
    counts: dict = field(default_factory=dict)
    cache: dict[str, Pack] = field(default_factory=dict)  # packs read or written in this sync
    verified_before: float | None = None  # evidence files older than this passed a full check
    written: set[str] = field(default_factory=set)  # packs this sync wrote
    retired: set[str] = field(default_factory=set)  # packs this sync moved to retired/

    def step(self, done: int, total: int, phase: str) -> None:
        if self.cancelled and self.cancelled():
            raise Cancelled()
        if self.progress:
            self.progress(done, total, phase)


# ------------------------------------------------------------------ opening
def open_transport(target: Target, *, password: str | None = None, tmp_prefix: str = "t",
                   client: httpx.Client | None = None) -> Transport:
    """The raw (unencrypted) transport for `target`. WebDAV needs the password."""
    if isinstance(target, FolderTarget):
        return FolderTransport(target.path, tmp_prefix)
    if isinstance(target, WebDAVTarget):
        if password is None:
            raise SyncError(target.location, "auth", "no password given")
        return WebDAVTransport(target.url, target.user, password, ca_file=target.ca_file,
                               timeout=target.timeout, tmp_prefix=tmp_prefix, client=client)
    raise SyncError(str(target), "invalid", "unknown kind of target")


def read_format(transport: Transport) -> dict | None:
    """The target's format file, or None when the target was never initialised."""
    raw = transport.read(FORMAT_FILE)
    if raw is None:
        return None
    try:
        fmt = json.loads(raw)
        if not isinstance(fmt, dict) or not isinstance(fmt.get("target_id"), str):
            raise ValueError("no target id")
    except ValueError as exc:
        raise SyncError(transport.location, "damaged", f"{FORMAT_FILE}: {exc}") from exc
    if int(fmt.get("format", 0)) > FORMAT_VERSION:
        raise SyncError(transport.location, "format-too-new", f"format {fmt.get('format')} > {FORMAT_VERSION}")
    return fmt


def initialize_target(transport: Transport, *, passphrase: str | None = None, owner: str = "",
                      wait: float = LOCK_WAIT) -> dict:
    """Create the format file of a new target (encrypted when `passphrase` is given).

    Under a lock with an expiry, so two devices initialising the same empty target at once end
    with one target id; if the target was initialised meanwhile, its format file is returned.
    A device that finds the lock taken waits up to `wait` seconds for the other one to finish
    (it takes milliseconds) and then joins the target it made, rather than failing.
    """
    deadline = time.monotonic() + wait
    delay = 0.02
    while True:
        try:
            with target_lock(transport, "init", owner):
                existing = read_format(transport)
                if existing is not None:
                    return existing
                fmt: dict = {"format": FORMAT_VERSION, "target_id": uuid.uuid4().hex,
                             "created_at": format_datetime(utc_now()), "created_by": owner, "encryption": None}
                if passphrase:
                    fmt["encryption"], _ = crypto.new_encryption_params(passphrase)
                transport.write_new(FORMAT_FILE, json.dumps(fmt, indent=1, sort_keys=True).encode())
                return read_format(transport) or fmt
        except SyncError as exc:
            if exc.reason != "busy":
                raise
            existing = read_format(transport)
            if existing is not None:
                return existing
            if time.monotonic() >= deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


class target_lock:  # noqa: N801 - used as a context manager, reads like a function
    """A lock file on the target with an expiry: a crashed holder blocks others only until then."""

    def __init__(self, transport: Transport, name: str, owner: str, ttl: timedelta = LOCK_TTL):
        self.transport, self.path, self.owner, self.ttl = transport, f"{LOCKS}/{name}.lock", owner, ttl
        self.token = uuid.uuid4().hex

    def __enter__(self) -> target_lock:
        body = json.dumps({"owner": self.owner, "token": self.token,
                           "expires": format_datetime(utc_now() + self.ttl)}).encode()
        for _ in range(2):
            if self.transport.create_exclusive(self.path, body):
                return self
            current = self.transport.read(self.path)
            try:
                expires = parse_datetime(json.loads(current or b"{}")["expires"])
            except (ValueError, KeyError, TypeError):
                expires = utc_now() - timedelta(seconds=1)  # unreadable lock: a crashed writer's
            if expires > utc_now():
                raise SyncError(self.transport.location, "busy", f"locked by {json.loads(current or b'{}').get('owner', '?')}")
            self.transport.delete(self.path)  # expired: its holder is gone
        raise SyncError(self.transport.location, "busy", "could not take the lock")

    def __exit__(self, *exc: object) -> None:
        current = self.transport.read(self.path)
        try:
            mine = current is not None and json.loads(current).get("token") == self.token
        except ValueError:
            mine = False
        if mine:
            self.transport.delete(self.path)


def _unlock_target(raw: Transport, fmt: dict, passphrase: str | None) -> Transport:
    params = fmt.get("encryption")
    if not params:
        return raw
    return crypto.EncryptedTransport(raw, crypto.unlock(passphrase, params, raw.location))


def check_connection(settings: SyncSettings, *, password: str | None = None, passphrase: str | None = None,
                    client: httpx.Client | None = None) -> TargetInfo:
    """Reach the target and read what is there, changing nothing (the Settings page's "Test connection")."""
    with open_transport(settings.target, password=password, client=client) as raw:
        fmt = read_format(raw)
        if fmt is None:
            return TargetInfo(settings.target.location, False, requests=raw.requests)
        if fmt.get("encryption") and passphrase is not None:
            _unlock_target(raw, fmt, passphrase)
        packs = [n for n in raw.list(PACKS) or {} if n.endswith(SUFFIX)]
        templates = raw.list(TEMPLATES) or {}
        return TargetInfo(settings.target.location, True, fmt["target_id"], bool(fmt.get("encryption")),
                          len(packs), len(templates), raw.requests)


# --------------------------------------------------------------------- sync
def sync_now(store: Store, settings: SyncSettings, *, password: str | None = None,
             passphrase: str | None = None, init: bool = False, confirm: bool = False,
             progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
             client: httpx.Client | None = None, templates_dir: Path | None = None,
             resend: bool = False) -> SyncReport:
    """Merge `store` with the target of `settings`; return what happened.

    `init` creates a new target where none exists (encrypted with `passphrase` on a folder).
    `confirm` passes the safety brake knowingly. `resend` writes everything this device holds
    again, as one merged pack that replaces every listed pack this device has read, and puts back
    evidence missing on the target (the way out of a damaged file). Raises SafetyBrakeError (nothing changed),
    SyncError / NetworkError (run it again: every step is idempotent), Cancelled.
    """
    started = utc_now()
    location = settings.target.location
    raw = open_transport(settings.target, password=password, tmp_prefix=store.device_id[:16], client=client)
    # Set while a sync runs: found at the next start, it tells that one was killed (its
    # half-uploaded temporaries on the target are removed then, not a day later).
    killed = syncstate.get_setting(store, _RUNNING + location) is not None
    syncstate.set_setting(store, _RUNNING + location, format_datetime(started))
    try:
        report = _sync(store, settings, raw, location, started, passphrase, init, confirm, progress,
                       cancelled, templates_dir, resend, killed)
    except Cancelled:
        syncstate.record_result(store, location, utc_now(), False, {"error": "cancelled"})
        raise
    except SyncError as exc:
        syncstate.record_result(store, location, utc_now(), False, {"error": exc.reason, "detail": exc.detail})
        raise
    except Exception as exc:
        syncstate.record_result(store, location, utc_now(), False,
                                {"error": getattr(exc, "reason", type(exc).__name__), "detail": str(exc)})
        raise
    finally:
        raw.close()
    syncstate.record_result(store, location, report.finished_at, True, report.summary())
    syncstate.set_setting(store, _RUNNING + location, None)
    return report


def _sync(store: Store, settings: SyncSettings, raw: Transport, location: str, started: datetime,
          passphrase: str | None, init: bool, confirm: bool, progress: Progress | None,
          cancelled: Callable[[], bool] | None, templates_dir: Path | None, resend: bool = False,
          killed: bool = False) -> SyncReport:
    run = _Run(store, raw, location, progress, cancelled)
    actor = settings.actor or "sync"
    run.step(0, 1, "connect")
    known_target = syncstate.location_target(store, location)
    fmt = read_format(raw)
    initialized = False
    if fmt is None:
        if known_target and not confirm:
            raise SafetyBrakeError(location, "empty-target", "this target held data at the last sync and is empty now",
                                   {"target_id": known_target})
        if not init:
            raise SyncError(location, "not-initialized", "no Inspector sync data here yet")
        fmt = initialize_target(raw, passphrase=passphrase, owner=store.device_id)
        initialized = True
    target_id = fmt["target_id"]
    if known_target and known_target != target_id and not confirm:
        raise SafetyBrakeError(location, "different-target", "the target's id changed since the last sync",
                               {"was": known_target, "now": target_id})
    # Another office's target at a new path or address: its id is none this device ever synced with.
    # Joining it would merge both offices' inspections both ways, so ask first. A target this
    # device has just created with --init holds nothing to merge in.
    remembered = syncstate.known_targets(store)
    if remembered and target_id not in remembered and not confirm and not _fresh_target(raw, fmt, initialized):
        raise SafetyBrakeError(location, "different-target", "a target this computer never synced with",
                               {"was": sorted(remembered)[0], "now": target_id})
    t = _unlock_target(raw, fmt, passphrase)
    _check_outgoing_deletions(store, target_id, location, confirm)
    _clean_leftovers(store, raw, location, target_id, killed)

    # ---- pull
    run.step(0, 1, "list")
    listing = t.list(PACKS) or {}
    names = {n for n in listing if n.endswith(SUFFIX)}
    records = {n for n in listing if n.endswith(MERGE_SUFFIX)}
    seen = syncstate.seen_files(store, target_id, "pack")
    merges = _Merges.load(store, target_id)
    if seen:
        # The records of merges made since the last sync (small): with them a device that already
        # holds what a merged pack holds never downloads it, and knows where retired packs went.
        # A device that has read nothing needs the merged packs themselves, so it skips them.
        for r in sorted(records):
            if _record_pack(r) in names and _record_pack(r) not in merges.levels:
                merges.read_record(t, r)
    covered = merges.covered(names)
    gone = seen - names - covered
    if gone:
        if not confirm:
            raise SafetyBrakeError(location, "packs-missing", "files this device saw on the target are gone",
                                   {"missing": len(gone), "present": len(names)})
        syncstate.forget_target(store, target_id)  # push everything again
        seen, merges = set(), _Merges(store, target_id)
        covered = set()
    new_packs = names - seen - covered
    # A merged pack whose every pack this device has read is taken as read, not downloaded.
    taken = {m for m in new_packs if m in merges.levels and merges.written_by_syncs(m) <= seen}
    # Biggest first: merged packs come before the packs they hold (a first pull reads only them).
    queue = sorted(new_packs - taken, key=lambda n: (-listing.get(n, 0), n))
    packs, read_names, damaged = [], set(taken), []
    held: set[str] = set()  # covered by a merged pack read in this sync
    n = 0
    while queue:
        name = queue.pop(0)
        n += 1
        if name in held or name in read_names:
            continue
        run.step(n, n + len(queue), "download")
        data = None
        try:
            data = _read_pack(t, name)
            if data is None:
                continue  # removed while listing: nothing was read from it, the next sync looks again
            pack = decode_pack(name, data)
        except (PackError, SyncError) as exc:
            if isinstance(exc, SyncError) and exc.reason != "damaged":
                raise
            # One damaged pack must not stop the rest: set it aside (a copy stays on this device),
            # go on with the others and with the push, and try it again at every sync. A damaged
            # merged pack is replaced by the packs it merged (kept in retired/).
            damaged.append(name)
            _quarantine(store, name, data if isinstance(exc, PackError) else None)
            record = name[: -len(SUFFIX)] + MERGE_SUFFIX
            if name not in merges.levels and record in records:
                merges.read_record(t, record)
            queue = [m for m in merges.members(name) if m not in seen] + queue
            continue
        packs.append(pack)
        read_names.add(name)
        run.cache[name] = pack
        if pack.covers:
            merges.remember(name, pack.level, pack.members, pack.covers, pack.inner)
            held.update(pack.covers)
            if name[: -len(SUFFIX)] + MERGE_SUFFIX not in records:  # its maker stopped before the record
                _write_record(t, pack)
    read_names |= held
    for m in taken:
        read_names |= merges.covers(m)
    incoming: dict[str, Revision] = {}
    for pack in packs:
        for rev in pack.revisions:
            incoming.setdefault(rev.id, rev)
    fresh = [incoming[i] for i in incoming.keys() - store.known_revisions(incoming)]
    # Sample inspections another device sent (before sync held them back) stay out of this one:
    # an office database mixing invented and real inspections would report invented figures.
    local_samples = syncstate.sample_inspections(store)  # read once: the push holds them back too
    samples_in = {r.inspection_id for r in incoming.values() if _is_sample(r)} | local_samples
    skipped = {r.inspection_id for r in fresh if r.inspection_id in samples_in}
    fresh = [r for r in fresh if r.inspection_id not in samples_in]
    _check_mass_delete(store, fresh, location, confirm)

    # Evidence: what the new revisions name, and what the records here name but this device lacks
    # or holds damaged (a file absent or altered on the target when its record first came is
    # fetched again once the target is repaired). No record here may name a file that is not here.
    run.verified_before, verified_mark = _verification_mark(store)
    missing = _fetch_evidence(run, t, named_blobs(fresh))

    run.step(0, 1, "import")
    guards: list[Revision] = []
    with store._tx():
        for pack in packs:
            for template in pack.templates:
                store.save_template(template)
        imported = store.import_revisions(fresh, actor=actor) if fresh else 0
        if fresh:
            guards = seal_guards(store, {r.inspection_id for r in fresh})
            if guards:
                store.import_revisions(guards, actor=actor)
        syncstate.mark_remote_revisions(store, target_id, incoming)
        syncstate.mark_remote_blobs(store, target_id, named_blobs(incoming.values()) - set(missing))
        syncstate.mark_files(store, target_id, "pack", read_names)
        merges.save()
        # Remembered with the import: the brake compares against it from now on.
        syncstate.remember_location(store, location, target_id)
        if not missing:  # an altered file still unrepaired is checked again at every sync
            syncstate.set_setting(store, _VERIFIED, verified_mark)

    # ---- push
    _, outgoing = syncstate.pending_revisions(store, target_id)
    touched = {r.inspection_id for r in fresh} | {r.inspection_id for _, r in outgoing}
    pushed, packs_written, blobs_up, missing_up, kept = _push(run, t, target_id, local_samples)
    missing += missing_up
    if resend:
        blobs_up += _resend(run, t, target_id, merges, names | run.written)

    # ---- published checklist templates
    added, rejected = _pull_templates(run, t, target_id, templates_dir or published_dir(store.path.parent))

    # ---- compaction: keep what every sync lists, and what a first pull reads, small
    merged = _compact(run, t, target_id, merges, (names | run.written) - set(damaged) - run.retired)

    return SyncReport(
        location=location, target_id=target_id, started_at=started, finished_at=utc_now(),
        packs_read=len(packs), revisions_imported=imported, packs_written=packs_written,
        revisions_pushed=pushed, blobs_downloaded=run.counts.get("blobs_down", 0), blobs_uploaded=blobs_up,
        seal_guards=len(guards), templates_added=tuple(added), templates_rejected=tuple(rejected),
        missing_blobs=tuple(sorted(set(missing))), damaged_packs=tuple(damaged),
        conflicts=len(store.divergent_records()), requests=raw.requests, initialized=initialized,
        packs_merged=merged, seal_problems=_sealed_mismatches(store, touched),
        samples_kept=kept, samples_skipped=len(skipped),
    )


def _is_sample(rev: Revision) -> bool:
    return rev.entity == INSPECTION and isinstance(rev.data, dict) and rev.data.get("sample") is True


def _sealed_mismatches(store: Store, inspection_ids: set[str]) -> tuple[str, ...]:
    """The inspections among `inspection_ids` whose seals or tables disagree with the log."""
    return tuple(sorted(iid for iid in inspection_ids if store.seal_problems(iid)))


def _fresh_target(raw: Transport, fmt: dict, initialized: bool) -> bool:
    """A target this device just created (or one that holds no packs yet): nothing to merge in."""
    if initialized:
        return True
    return not (raw.list(PACKS) or {})


def _fetch_evidence(run: _Run, t: Transport, named: set[str]) -> list[str]:
    """Fetch every evidence file that `named` or a record here names and that this device lacks
    or holds altered; return those the target could not give (absent or damaged there too)."""
    store = run.store
    candidates = set(named) | set(store.referenced_blobs())
    need = sorted(s for s in candidates if _needs_fetch(store, s, run.verified_before))
    missing: list[str] = []
    for n, sha in enumerate(need):
        run.step(n, len(need), "download-evidence")
        try:
            data = t.read(t.blob_name(sha))
        except SyncError as exc:
            if exc.reason != "damaged":
                raise
            data = None
        if data is None or sha256_hex(data) != sha:
            missing.append(sha)
            continue
        _store_blob(store, sha, data)
    run.counts["blobs_down"] = len(need) - len(missing)
    return missing


def _needs_fetch(store: Store, sha: str, verified_before: float | None) -> bool:
    """Missing, or failing its hash. Every file is re-hashed at the first sync of a day; in
    between, only files written since (an alteration rewrites the file), so a sync with nothing
    changed does not re-read gigabytes of photos."""
    try:
        mtime = store.blobs.path(sha).stat().st_mtime
    except OSError:
        return True
    if verified_before is not None and mtime < verified_before:
        return False
    return store.blobs.verify(sha) is not None


def _verification_mark(store: Store) -> tuple[float | None, str]:
    """(files older than this were hashed at the last full check, or None for a full check now;
    the setting's new value)."""
    now = utc_now()
    raw = syncstate.get_setting(store, _VERIFIED)
    with contextlib.suppress(ValueError):
        if raw and now - parse_datetime(raw) < timedelta(hours=20):
            return parse_datetime(raw).timestamp() - 2, raw  # 2 s: file times are coarse on FAT
    return None, format_datetime(now)


def _store_blob(store: Store, sha: str, data: bytes) -> None:
    """Put a checked blob in place, replacing an altered copy (`put_bytes` keeps an existing name)."""
    if store.blobs.verify(sha) == "altered":
        store.blobs._write(sha, iter([data]), expected=sha)
    else:
        store.blobs.put_bytes(data)


def _quarantine(store: Store, name: str, data: bytes | None) -> None:
    """Keep a copy of a damaged pack beside the database (for the office to examine)."""
    folder = quarantine_dir(store)
    with contextlib.suppress(OSError):
        if data is not None:
            _write_atomically(folder / name, data)
        else:
            folder.mkdir(parents=True, exist_ok=True)


def quarantine_dir(store: Store) -> Path:
    """Where damaged files from sync targets are kept on this device."""
    return store.path.parent / "quarantine" / "sync"


# --------------------------------------------------------------- compaction
class _Merges:
    """What this device knows of the merged packs on a target: level, members, and every pack
    each one holds ("covers"). Read from merge records or merged packs, kept in sync state;
    members and covers are loaded only for the packs a listing names."""

    def __init__(self, store: Store, target_id: str):
        self.store, self.target_id = store, target_id
        self.levels: dict[str, int] = {}
        self._members: dict[str, tuple[str, ...]] = {}
        self._covers: dict[str, frozenset[str]] = {}
        self._inner: dict[str, frozenset[str]] = {}
        self._new: list[str] = []

    @classmethod
    def load(cls, store: Store, target_id: str) -> _Merges:
        self = cls(store, target_id)
        for entry in syncstate.seen_files(store, target_id, "merge-level"):
            name, _, level = entry.partition(" ")
            self.levels[name] = int(level)
        return self

    def covers(self, name: str) -> frozenset[str]:
        if name not in self.levels:
            return frozenset()
        if name not in self._covers:
            self._covers[name] = frozenset(syncstate.seen_files(self.store, self.target_id, "merge:" + name))
        return self._covers[name]

    def written_by_syncs(self, name: str) -> frozenset[str]:
        """The packs `name` holds that syncs wrote (not merges): what a device must have read
        to hold everything `name` holds."""
        if name not in self.levels:
            return frozenset()
        if name not in self._inner:
            self._inner[name] = frozenset(syncstate.seen_files(self.store, self.target_id, "merge-inner:" + name))
        return self.covers(name) - self._inner[name]

    def members(self, name: str) -> tuple[str, ...]:
        if name not in self.levels:
            return ()
        if name not in self._members:
            self._members[name] = tuple(sorted(syncstate.seen_files(self.store, self.target_id,
                                                                    "merge-members:" + name)))
        return self._members[name]

    def remember(self, name: str, level: int, members: Iterable[str], covers: Iterable[str],
                 inner: Iterable[str]) -> None:
        if name in self.levels:
            return
        self.levels[name], self._members[name], self._covers[name] = level, tuple(members), frozenset(covers)
        self._inner[name] = frozenset(inner)
        self._new.append(name)

    def save(self) -> None:
        """Keep what was learnt (inside the sync's transaction, with what it was learnt for)."""
        for name in self._new:
            syncstate.mark_files(self.store, self.target_id, "merge:" + name, self._covers[name])
            syncstate.mark_files(self.store, self.target_id, "merge-members:" + name, self._members[name])
            syncstate.mark_files(self.store, self.target_id, "merge-inner:" + name, self._inner[name])
            syncstate.mark_files(self.store, self.target_id, "merge-level", [f"{name} {self.levels[name]}"])
        self._new = []

    def covered(self, present: Iterable[str]) -> set[str]:
        """The packs held by a merged pack that is among `present` (the target's listing)."""
        out: set[str] = set()
        for name in present:
            out |= self.covers(name)
        return out

    def read_record(self, t: Transport, record: str) -> None:
        try:
            data = t.read(f"{PACKS}/{record}")
            if data is None:
                return
            doc = json.loads(gzip.decompress(data))
            name = _record_pack(record)
            if doc.get("pack") != name:
                raise ValueError("names another pack")
            self.remember(name, int(doc["level"]), [str(m) for m in doc["members"]],
                          [str(c) for c in doc["covers"]], [str(c) for c in doc.get("inner", ())])
        except (SyncError, OSError, EOFError, ValueError, KeyError, TypeError):
            return  # a damaged record only costs a download: the merged pack says the same


def _record_pack(record: str) -> str:
    return record[: -len(MERGE_SUFFIX)] + SUFFIX


def _write_record(t: Transport, pack: Pack) -> None:
    body = canonical_json({"format": 1, "pack": pack.name, "level": pack.level, "members": sorted(pack.members),
                           "covers": sorted(pack.covers), "inner": sorted(pack.inner)})
    t.write_new(f"{PACKS}/{pack.name[: -len(SUFFIX)]}{MERGE_SUFFIX}", gzip.compress(body, mtime=0))


def _read_pack(t: Transport, name: str) -> bytes | None:
    """A pack from packs/, or from retired/ when a merge moved it there since the listing."""
    data = t.read(f"{PACKS}/{name}")
    if data is None:
        data = t.read_moved(f"{RETIRED}/{name}", f"{PACKS}/{name}")
    return data


def _compact(run: _Run, t: Transport, target_id: str, merges: _Merges, present: set[str]) -> int:
    """Merge packs so that at most FAN_IN-1 of each level stay listed, then retire (move to
    retired/, never delete) the packs a merged pack holds. Returns how many packs were merged.

    Safe while other devices read and write: a merged pack is written, then its record, and only
    then are its members moved; a reader whose listing still named a moved pack finds it in
    retired/; a device that had read a moved pack finds it in a listed record's covers (so the
    brake does not take it for lost); two devices merging at once write the same file or two
    overlapping ones, both correct. Interrupted anywhere, the next sync finishes the work.
    """
    store = run.store
    seen = syncstate.seen_files(store, target_id, "pack")
    unreadable = syncstate.seen_files(store, target_id, "pack-unmergeable")
    redundant = merges.covered(present) & present
    by_level: dict[int, list[str]] = {}
    for name in present - redundant - unreadable:
        if name in seen:  # only what this device has taken in (its revisions are here)
            by_level.setdefault(merges.levels.get(name, 0), []).append(name)
    # Plan first: a merge that a higher merge of this same sync consumes is never written (a
    # target of 5,000 packs would otherwise get 700 packs written and moved at once for nothing).
    # `planned` maps a planned merge to the packs on the target it is made of, and its level.
    planned: dict[str, tuple[int, list[str]]] = {}
    level = 0
    while level <= max(by_level, default=-1):
        group = sorted(by_level.get(level, []))
        while len(group) >= FAN_IN:
            batch, group = group[:FAN_IN], group[FAN_IN:]
            real: list[str] = []
            for name in batch:
                real += planned.pop(name)[1] if name in planned else [name]
            key = f"planned:{len(planned)}:{batch[0]}"
            planned[key] = (level + 1, real)
            by_level.setdefault(level + 1, []).append(key)
        level += 1
    merged = 0
    total = sum(len(real) for _, real in planned.values())
    for level, real in planned.values():
        members = []
        for name in real:
            run.step(merged + len(members), total, "compact")
            pack = run.cache.get(name)
            if pack is None:
                data = _read_pack(t, name)
                try:
                    pack = decode_pack(name, data) if data is not None else None
                except PackError:
                    pack = None
            if pack is None:
                # Damaged since it was read, or gone: never tried again (it would hold back its
                # whole batch at every sync); `--resend` replaces it.
                syncstate.mark_files(store, target_id, "pack-unmergeable", [name])
                break
            members.append(pack)
        if len(members) < len(real):
            continue  # the others are merged at the next sync
        name, data, covers = encode_merged(level, members)
        t.write_new(f"{PACKS}/{name}", data)
        pack = decode_pack(name, data)
        _write_record(t, pack)
        run.cache[name] = pack
        merges.remember(name, level, pack.members, covers, pack.inner)
        with store._tx():
            syncstate.mark_files(store, target_id, "pack", [name])
            merges.save()
        for member in real:  # record written: now they can leave the listing
            _retire(t, member, merges)
        merged += len(real)
    for name in sorted(redundant):
        _retire(t, name, merges)
    return merged


def _resend(run: _Run, t: Transport, target_id: str, merges: _Merges, listed: set[str]) -> int:
    """The way out of a damaged file: write every revision this device holds as one merged pack
    that replaces every listed pack this device has read (it holds their revisions, so the claim
    is true), with its record, then retire those packs; a damaged one among them leaves the
    listing for good and no device misses it. Evidence files the target lacks are uploaded again.
    Returns how many evidence files were uploaded."""
    store = run.store
    uploaded = 0
    shas = sorted(store.referenced_blobs())
    for n, sha in enumerate(shas):
        run.step(n, len(shas), "upload-evidence")
        if t.exists(t.blob_name(sha)):
            continue
        try:
            data = store.blobs.read(sha)
        except EvidenceError:
            continue  # lost here too: reported as missing
        if t.write_new(t.blob_name(sha), data):
            uploaded += 1
    syncstate.mark_remote_blobs(store, target_id, shas)
    run.step(0, 1, "upload")
    seen = syncstate.seen_files(store, target_id, "pack")
    members = sorted(listed & seen)
    covers = set(members)
    inner = {m for m in members if m in merges.levels}
    for m in members:
        covers |= merges.covers(m)
        inner |= merges.covers(m) - merges.written_by_syncs(m)
    level = 1 + max((merges.levels.get(m, 0) for m in members), default=0)
    revisions = sorted((r for _, r in store.revisions()), key=lambda r: r.id)
    hashes = sorted({r.data["template"]["content_hash"] for r in revisions if r.entity == INSPECTION and r.data})
    name, data = encode_pack("merge", revisions, [store.template(h) for h in hashes],
                             {"level": level, "members": members, "covers": sorted(covers), "inner": sorted(inner),
                              "resent_at": format_datetime(utc_now())})
    t.write_new(f"{PACKS}/{name}", data)
    pack = Pack(name, "merge", (), (), level, tuple(members), tuple(sorted(covers)), tuple(sorted(inner)))
    _write_record(t, pack)
    merges.remember(name, level, members, covers, inner)
    with store._tx():
        syncstate.mark_files(store, target_id, "pack", [name])
        syncstate.mark_remote_revisions(store, target_id, [r.id for r in revisions])
        merges.save()
    run.written.add(name)
    for m in members:
        _retire(t, m, merges)
        run.retired.add(m)
    return uploaded


def _retire(t: Transport, name: str, merges: _Merges) -> None:
    t.move_new(f"{PACKS}/{name}", f"{RETIRED}/{name}")
    if name in merges.levels:
        record = name[: -len(SUFFIX)] + MERGE_SUFFIX
        t.move_new(f"{PACKS}/{record}", f"{RETIRED}/{record}")


def named_blobs(revisions: Iterable[Revision]) -> set[str]:
    """The evidence files the revisions name: evidence records and recommendations' follow-up
    evidence (both live in the same blob store and travel the same way)."""
    out: set[str] = set()
    for r in revisions:
        if r.entity == EVIDENCE and r.data:
            out.add(r.data["sha256"])
        elif r.entity == RECOMMENDATION:
            out.update(followup_blobs(r.data))
    return out


def _check_mass_delete(store: Store, fresh: list[Revision], location: str, confirm: bool) -> None:
    """Stop when incoming deletions would remove most of what is here (a wiped or hostile device)."""
    if confirm:
        return
    deletions = 0
    for rev in fresh:
        if rev.data is None and rev.entity != INSPECTION:
            heads = store.heads(rev.inspection_id, rev.entity, rev.key)
            if heads and set(heads) <= set(rev.parents):
                deletions += 1
    live = syncstate.live_record_count(store)
    if deletions >= MASS_DELETE_MIN and deletions * 2 > live:
        raise SafetyBrakeError(location, "mass-delete", "this sync would delete most local records",
                               {"deletions": deletions, "records": live})


def _check_outgoing_deletions(store: Store, target_id: str, location: str, confirm: bool) -> None:
    """Stop before this device sends deletions of most of the records the target has from it
    (a wiped or misused laptop would otherwise delete them on every other device)."""
    if confirm:
        return
    _, pending = syncstate.pending_revisions(store, target_id)
    unsent = {r.id for _, r in pending}
    # A deletion counts when what it deletes was sent before (a record made and removed here
    # between two syncs deletes nothing anywhere else).
    deletions = sum(1 for _, r in pending if r.data is None and r.entity != INSPECTION
                    and any(p not in unsent for p in r.parents))
    live = syncstate.live_record_count(store)
    if deletions >= MASS_DELETE_MIN and deletions * 2 > live + deletions:
        raise SafetyBrakeError(location, "mass-delete-outgoing", "this sync would send deletions of most records",
                               {"deletions": deletions, "records": live + deletions})


def _push(run: _Run, t: Transport, target_id: str, samples: set[str]) -> tuple[int, int, int, list[str], int]:
    """Send what the target lacks: (revisions sent, packs written, evidence files uploaded,
    evidence missing here, sample inspections held back)."""
    store = run.store
    top, pending = syncstate.pending_revisions(store, target_id)
    kept = len({r.inspection_id for _, r in pending if r.inspection_id in samples})
    # The held-back revisions are below the mark set at the end: a sample is never sent later.
    revisions = [r for _, r in pending if r.inspection_id not in samples]
    if not revisions:
        syncstate.set_pushed_seq(store, target_id, top)
        return 0, 0, 0, [], kept
    shas = sorted(named_blobs(revisions))
    upload = [s for s in shas if s not in syncstate.remote_blobs(store, target_id, shas)]
    missing = []
    uploaded = 0
    for n, sha in enumerate(upload):
        run.step(n, len(upload), "upload-evidence")
        try:
            data = store.blobs.read(sha)
        except EvidenceError:
            missing.append(sha)  # lost or altered here: the doctor reports it; records still travel
            continue
        if t.write_new(t.blob_name(sha), data):
            uploaded += 1
        syncstate.mark_remote_blobs(store, target_id, [sha])
    written = 0
    chunks = [revisions[i:i + PACK_MAX_REVISIONS] for i in range(0, len(revisions), PACK_MAX_REVISIONS)]
    for n, chunk in enumerate(chunks):
        run.step(n, len(chunks), "upload")
        hashes = sorted({r.data["template"]["content_hash"] for r in chunk if r.entity == INSPECTION and r.data})
        name, data = encode_pack(store.device_id, chunk, [store.template(h) for h in hashes])
        t.write_new(f"{PACKS}/{name}", data)
        run.written.add(name)
        run.cache[name] = Pack(name, store.device_id, tuple(chunk), tuple(store.template(h) for h in hashes))
        with store._tx():
            syncstate.mark_files(store, target_id, "pack", [name])
            syncstate.mark_remote_revisions(store, target_id, [r.id for r in chunk])
        written += 1
    syncstate.set_pushed_seq(store, target_id, top)
    return len(revisions), written, uploaded, missing, kept


def _pull_templates(run: _Run, t: Transport, target_id: str, folder: Path) -> tuple[list[str], list[str]]:
    store = run.store
    listing = t.list(TEMPLATES) or {}
    done = syncstate.seen_files(store, target_id, "template") | syncstate.seen_files(store, target_id,
                                                                                         "template-rejected")
    new = sorted(n for n in listing if n.endswith(".yaml") and n not in done)
    added, rejected = [], []
    catalog = None
    for n, name in enumerate(new):
        run.step(n, len(new), "templates")
        data = t.read(f"{TEMPLATES}/{name}")
        if data is None:
            continue
        try:
            template = parse_template(data, name)
            if name != template_file_name(template.id, template.version):
                raise ValueError(f"file name should be {template_file_name(template.id, template.version)}")
            if catalog is None:
                catalog = _local_catalog(folder)
                if catalog is None:
                    break  # a broken file among the local templates: leave the new ones for later
            other = next((x for x in catalog.templates if x.id == template.id and x.version == template.version),
                         None)
            if other is not None and other.content_hash != template.content_hash:
                raise ValueError(f"{template.id} {template.version} exists here with different content")
        except (ChecklistError, ValueError, RecursionError, MemoryError) as exc:
            # Until every template source goes through one guarded loader: whatever a hostile or
            # broken file does to the parser, the sync goes on, names the file and keeps a copy.
            if isinstance(exc, ChecklistError) and exc.problems:
                reason = str(exc.problems[0])
            else:
                reason = str(exc) or type(exc).__name__
            rejected.append(f"{_printable(name)}: {reason}"[:300])
            syncstate.mark_files(store, target_id, "template-rejected", [name])
            with contextlib.suppress(OSError):
                _write_atomically(quarantine_dir(store) / "templates" / _printable(name), data)
            continue
        _write_atomically(folder / name, data)
        syncstate.mark_files(store, target_id, "template", [name])
        added.append(f"{template.id}@{template.version}")
    return added, rejected


def _printable(name: str) -> str:
    """A file name from a target as safe text: control characters and separators replaced."""
    return "".join(c if c.isprintable() and c not in '/\\:*?"<>|' else "_" for c in name)[:200] or "_"


def _local_catalog(folder: Path):  # noqa: ANN202 - the loader's Catalog
    """The templates here (built in and published), or None when one of them breaks the loader:
    then no published template is judged against a catalog that could not be read."""
    try:
        return load_catalog(builtin_dir(), folder)
    except (ChecklistError, ValueError, RecursionError, MemoryError, OSError):
        return None


def template_file_name(template_id: str, version: str) -> str:
    """`<id>@<version>.yaml`; refused when the id or version would make a strange file name
    (control characters, path separators), whatever the loader let through."""
    name = f"{template_id}@{version}.yaml"
    if any(ord(c) < 32 or c in '/\\:*?"<>|' or ord(c) == 127 for c in f"{template_id}{version}") \
            or not template_id or not version or name.startswith("."):
        raise ValueError(f"template id or version {template_id!r} {version!r} cannot name a file")
    return name


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _clean_leftovers(store: Store, raw: Transport, location: str, target_id: str, killed: bool = False) -> None:
    """Remove half-uploaded temporary files from the target: this device's own right after a
    failed or killed sync, and anyone's older than a day (a device that never syncs again never
    comes back for them). The age check costs one listing, so it runs at most once a day."""
    _, _, last = syncstate.last_result(store, location)
    prefix = getattr(raw, "tmp_prefix", None)
    if ((last is not None and not last.get("ok", True)) or killed) and prefix:
        for name in raw.list(TMP_DIR) or {}:
            if name.startswith(prefix + "-") and name.endswith(".part"):
                raw.delete(f"{TMP_DIR}/{name}")
    key = f"sync_tmp_checked:{target_id}"
    checked = syncstate.get_setting(store, key)
    now = utc_now()
    try:
        if checked and now - parse_datetime(checked) < timedelta(hours=20):
            return
    except ValueError:
        pass
    for path in raw.stale(TMP_DIR, TMP_MAX_AGE.total_seconds()):
        raw.delete(path)
    syncstate.set_setting(store, key, format_datetime(now))


# ---------------------------------------------------------------- templates
def publish_template(settings: SyncSettings, path: Path, *, password: str | None = None,
                     passphrase: str | None = None, client: httpx.Client | None = None) -> str:
    """Publish a checklist template file to the target (office): validated, written once.

    Returns the name on the target. A version already published with other content is refused:
    give the new template a new version (existing inspections keep their own snapshot anyway).
    """
    template = load_template(path)
    data = Path(path).read_bytes()
    try:
        name = template_file_name(template.id, template.version)
    except ValueError as exc:
        raise SyncError(settings.target.location, "invalid", str(exc)) from exc
    with open_transport(settings.target, password=password, client=client) as raw:
        fmt = read_format(raw)
        if fmt is None:
            raise SyncError(settings.target.location, "not-initialized", "no Inspector sync data here yet")
        t = _unlock_target(raw, fmt, passphrase)
        if not t.write_new(f"{TEMPLATES}/{name}", data):
            existing = t.read(f"{TEMPLATES}/{name}")
            if existing is not None and parse_template(existing, name).content_hash != template.content_hash:
                raise SyncError(settings.target.location, "invalid",
                                f"{template.id} {template.version} is already published with different content")
    return name
