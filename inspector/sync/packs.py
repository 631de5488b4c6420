"""Packs: the immutable documents that carry revisions between devices.

A pack is gzip-compressed canonical JSON: the revisions (each verified against its id on import),
and the snapshots of the checklist templates their inspections were made under. Its file name is
the SHA-256 of the uncompressed content, so a pack is never rewritten, two devices can never
write the same name with different content, and a damaged pack is recognised on reading.
"""

from __future__ import annotations

import gzip
import json
import zlib
from dataclasses import dataclass

from inspector.checklists.template import ChecklistTemplate, template_from_dict, template_to_dict
from inspector.domain.audit import Revision
from inspector.domain.serialize import canonical_json, from_jsonable, sha256_hex, to_jsonable

PACK_FORMAT = 1
SUFFIX = ".pack"
MAX_UNPACKED = 512 * 1024 * 1024  # refuse a "zip bomb": no real pack comes near this


class PackError(ValueError):
    """A pack that cannot be read (damaged, or not one of ours)."""


@dataclass(frozen=True)
class Pack:
    name: str
    device: str
    revisions: tuple[Revision, ...]
    templates: tuple[ChecklistTemplate, ...]
    level: int = 0  # 0: written by a sync; n: a merge of packs of level n-1 (see engine, compaction)
    members: tuple[str, ...] = ()  # the packs merged into this one
    covers: tuple[str, ...] = ()  # every pack whose revisions this one holds (members, theirs, …)
    inner: tuple[str, ...] = ()  # the merged packs among `covers` (the rest were written by syncs)


def encode_merged(level: int, members: list[Pack]) -> tuple[str, bytes, frozenset[str]]:
    """(file name, bytes, covered pack names) of the merge of `members`: every revision and
    template once, in a canonical order, so two devices merging the same packs write the same file."""
    revisions: dict[str, Revision] = {}
    templates: dict[str, ChecklistTemplate] = {}
    covers: set[str] = set()
    inner: set[str] = set()
    for pack in members:
        covers.add(pack.name)
        covers.update(pack.covers)
        inner.update(pack.inner)
        if pack.level:
            inner.add(pack.name)
        for rev in pack.revisions:
            revisions.setdefault(rev.id, rev)
        for template in pack.templates:
            templates.setdefault(template.content_hash, template)
    name, data = encode_pack("merge", [revisions[k] for k in sorted(revisions)], list(templates.values()),
                             {"level": level, "members": sorted(p.name for p in members),
                              "covers": sorted(covers), "inner": sorted(inner)})
    return name, data, frozenset(covers)


def encode_pack(device: str, revisions: list[Revision], templates: list[ChecklistTemplate],
                extra: dict | None = None) -> tuple[str, bytes]:
    """(file name, bytes) of a pack holding `revisions` and their `templates`.

    `extra` adds fields readers ignore: a resent pack carries its time, so that it gets a new
    name even when a damaged pack with the same revisions still sits on the target.
    """
    body = canonical_json({
        **(extra or {}),
        "format": PACK_FORMAT,
        "device": device,
        "templates": [{"content_hash": t.content_hash, "body": template_to_dict(t)}
                      for t in sorted(templates, key=lambda t: t.content_hash)],
        "revisions": [to_jsonable(r) for r in revisions],
    })
    return sha256_hex(body) + SUFFIX, gzip.compress(body, compresslevel=6, mtime=0)


def decode_pack(name: str, data: bytes) -> Pack:
    """Read and check a pack; PackError when it is damaged or from a newer program."""
    if not name.endswith(SUFFIX):
        raise PackError(f"{name}: not a pack name")
    try:
        inflater = zlib.decompressobj(wbits=31)
        body = inflater.decompress(data, MAX_UNPACKED)
        if inflater.unconsumed_tail or not inflater.eof:
            raise PackError(f"{name}: truncated or too large")
    except zlib.error as exc:
        raise PackError(f"{name}: not gzip ({exc})") from exc
    if sha256_hex(body) != name[: -len(SUFFIX)]:
        raise PackError(f"{name}: content does not match its name")
    try:
        doc = json.loads(body)
    except ValueError as exc:
        raise PackError(f"{name}: not JSON ({exc})") from exc
    if not isinstance(doc, dict) or doc.get("format") != PACK_FORMAT:
        raise PackError(f"{name}: unknown pack format {doc.get('format') if isinstance(doc, dict) else None!r}")
    try:
        revisions = tuple(from_jsonable(Revision, r) for r in doc["revisions"])
        templates = []
        for t in doc.get("templates", []):
            template = template_from_dict(t["body"])
            if template.content_hash != t["content_hash"]:
                raise PackError(f"{name}: template {template.id} does not match its hash")
            templates.append(template)
    except (KeyError, TypeError, ValueError) as exc:
        raise PackError(f"{name}: malformed ({exc})") from exc
    try:
        level = int(doc.get("level", 0))
        members = tuple(str(n) for n in doc.get("members", ()))
        covers = tuple(str(n) for n in doc.get("covers", ()))
        inner = tuple(str(n) for n in doc.get("inner", ()))
    except (TypeError, ValueError) as exc:
        raise PackError(f"{name}: malformed merge ({exc})") from exc
    return Pack(name, str(doc.get("device", "")), revisions, tuple(templates), level, members, covers, inner)
