"""Inspection files: one inspection, whole, as a single JSON document another machine can import.

The app's interchange format for a complete inspection (and the form the built-in sample
inspection ships in, `resources/sample/`). A file holds:

    {
      "format": "inspector-inspection",
      "version": 1,
      "record":   { the canonical record: `record_to_dict`, format 1 — header, findings,
                    evidence, recommendations, exactly what a seal hashes },
      "template": { the checklist snapshot (`template_to_dict`) } or absent,
      "seal":     { the latest seal of a finalized inspection: seq, sha256, sealed_at,
                    sealed_by } or absent (a draft),
      "files":    [ {"sha256": "…", "base64": "…"}, … ]   the evidence files' bytes
    }

A finalized inspection travels with its seal: the importer checks that the record still hashes
to it and brings the inspection in finalized, sealed as it was; an altered record is refused.

With a template snapshot the inspection keeps the exact checklist it was made under (its
content hash must match the header's). Without one (the shipped sample: its checklist is
corrected from time to time) the header names only the checklist's id, and the importer binds it
to the installed checklist of that id; every item the file answers must then exist in it.

Reading is strict, so a damaged or hand-edited file is refused with the place and the reason
(`InspectionFileError`): unknown or missing fields, wrong types, items the checklist does not
have, a value of the wrong kind for an item, evidence whose bytes are missing or do not match
their SHA-256, records that belong to another inspection, duplicate ids. Nothing is written
until the whole file has been checked (see `Store.import_inspection`).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector.checklists.template import (
    ChecklistTemplate,
    ResponseType,
    template_from_dict,
    template_to_dict,
)
from inspector.domain.evidence import Evidence
from inspector.domain.finding import Finding
from inspector.domain.inspection import Inspection
from inspector.domain.recommendation import Recommendation
from inspector.domain.record import CANONICAL_FORMAT, InspectionRecord, record_to_dict, seal_hash
from inspector.domain.seal import Seal
from inspector.domain.serialize import from_jsonable, normalize_text, sha256_hex, to_jsonable
from inspector.errors import InspectionFileError

FORMAT = "inspector-inspection"
VERSION = 1
SUFFIX = ".inspection.json"
MAX_FILE_BYTES = 256 * 1024 * 1024  # refuse anything no real inspection comes near


@dataclass(frozen=True)
class InspectionFile:
    """A checked inspection file: the record, its checklist (snapshot or id) and evidence bytes."""

    record: InspectionRecord
    template_id: str
    template: ChecklistTemplate | None  # the snapshot, when the file carries one
    files: dict[str, bytes]  # sha256 → bytes of every evidence file the record names
    seal: Seal | None = None  # the latest seal of a finalized inspection (checked against the record)

    def bound_to(self, template: ChecklistTemplate) -> InspectionRecord:
        """The record answered against `template` (the installed checklist of the file's id).

        Raises InspectionFileError when the template has another id or lacks an item the file
        answers or cites.
        """
        if template.id != self.template_id:
            raise InspectionFileError("", "record.inspection.template.id",
                                      f"the file is made under checklist {self.template_id!r}, not {template.id!r}")
        problems = check_against_template(self.record, template)
        if problems:
            where, detail = problems[0]
            raise InspectionFileError("", where, detail)
        header = dataclasses.replace(self.record.inspection, template=template.ref)
        return dataclasses.replace(self.record, inspection=header)


def installed_template(content: InspectionFile, get: Callable[[str, str | None], ChecklistTemplate]
                       ) -> ChecklistTemplate:
    """The installed checklist a file without a snapshot is answered against: the version it names
    when that is installed, else the newest (`get` is `Catalog.get`; KeyError when none is)."""
    if content.template is not None:
        return content.template
    try:
        return get(content.template_id, content.record.inspection.template.version)
    except KeyError:
        return get(content.template_id, None)


# ------------------------------------------------------------------------------------ reading
def read_inspection_file(path: Path) -> InspectionFile:
    """Read and check an inspection file (InspectionFileError names what is wrong and where)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InspectionFileError(str(path), "", f"{size} bytes: larger than any inspection file")
        data = path.read_bytes()
    except OSError as exc:
        raise InspectionFileError(str(path), "", f"cannot be read ({exc.strerror or exc})") from exc
    try:
        return parse_inspection_file(data)
    except InspectionFileError as exc:
        raise InspectionFileError(str(path), exc.where, exc.detail) from None


def parse_inspection_file(data: bytes) -> InspectionFile:
    """Check and convert the bytes of an inspection file."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InspectionFileError("", "", f"not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise InspectionFileError("", "", f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise InspectionFileError("", "", "nested too deeply to be an inspection file") from None
    _keys(doc, "", required={"format", "version", "record", "files"}, optional={"template", "seal"})
    if doc["format"] != FORMAT:
        raise InspectionFileError("", "format", f"{doc['format']!r} is not an inspection file")
    if doc["version"] != VERSION:
        raise InspectionFileError("", "version", f"version {doc['version']!r}: this program reads version {VERSION}")
    files = _files(doc["files"])
    snapshot = None
    if "template" in doc:
        try:
            snapshot = template_from_dict(doc["template"])
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            raise InspectionFileError("", "template", f"not a checklist snapshot ({exc})") from None
    record = _record(_nfc(doc["record"]))
    header = record.inspection
    if snapshot is not None:
        if header.template.content_hash != snapshot.content_hash:
            raise InspectionFileError("", "record.inspection.template.content_hash",
                                      "does not match the checklist snapshot in the file")
        problems = check_against_template(record, snapshot)
        if problems:
            raise InspectionFileError("", *problems[0])
    for i, ev in enumerate(record.evidence):
        blob = files.get(ev.sha256)
        if blob is None:
            raise InspectionFileError("", f"record.evidence[{i}].sha256", f"no file with SHA-256 {ev.sha256[:12]}… in 'files'")
        if len(blob) != ev.size:
            raise InspectionFileError("", f"record.evidence[{i}].size", f"{ev.size}, but the file has {len(blob)} bytes")
    unused = set(files) - {ev.sha256 for ev in record.evidence}
    if unused:
        raise InspectionFileError("", "files", f"{len(unused)} file(s) no evidence names ({sorted(unused)[0][:12]}…)")
    seal = None
    if "seal" in doc:
        seal = _convert(Seal, dict(doc["seal"], inspection_id=header.id) if isinstance(doc["seal"], dict)
                        else doc["seal"], "seal")
        if snapshot is None:
            raise InspectionFileError("", "seal", "a sealed inspection travels with its checklist snapshot")
        if seal_hash(record) != seal.sha256:
            raise InspectionFileError("", "seal.sha256", "the record was changed after it was sealed")
    return InspectionFile(record, header.template.id, snapshot, files, seal)


def check_against_template(record: InspectionRecord, template: ChecklistTemplate) -> list[tuple[str, str]]:
    """(where, what) for every answer, evidence link or recommendation link `template` cannot hold."""
    items = {it.id: it for it in template.items()}
    problems: list[tuple[str, str]] = []
    for n, (item_id, f) in enumerate(sorted(record.findings.items())):
        where = f"record.findings[{n}]"
        item = items.get(item_id)
        if item is None:
            problems.append((where + ".item_id", f"{item_id!r} is not an item of checklist {template.id}"))
            continue
        kind = item.response.type
        if f.value not in (None, ""):
            if kind is ResponseType.NUMBER and not isinstance(f.value, float):
                problems.append((where + ".value", f"item {item_id} takes a number"))
            elif kind is ResponseType.TEXT and not isinstance(f.value, str):
                problems.append((where + ".value", f"item {item_id} takes text"))
            elif kind not in (ResponseType.NUMBER, ResponseType.TEXT):
                problems.append((where + ".value", f"item {item_id} takes a status only"))
    for n, ev in enumerate(record.evidence):
        if ev.item_id is not None and ev.item_id not in items:
            problems.append((f"record.evidence[{n}].item_id", f"{ev.item_id!r} is not an item of checklist {template.id}"))
    for n, rec in enumerate(record.recommendations):
        for item_id in rec.item_ids:
            if item_id not in items:
                problems.append((f"record.recommendations[{n}].item_ids",
                                 f"{item_id!r} is not an item of checklist {template.id}"))
    return problems


def _record(raw: Any) -> InspectionRecord:
    _keys(raw, "record", required={"format", "inspection", "findings", "evidence", "recommendations"})
    if raw["format"] != CANONICAL_FORMAT:
        raise InspectionFileError("", "record.format", f"{raw['format']!r}: this program reads format {CANONICAL_FORMAT}")
    # The canonical form leaves out status/updated_at (the header comes back as a draft).
    header = _convert(Inspection, raw["inspection"], "record.inspection", drop={"status", "updated_at"})
    if not header.inspected_unit.strip():
        raise InspectionFileError("", "record.inspection.inspected_unit", "the inspected unit is required")
    if header.started_at and header.ended_at and header.ended_at < header.started_at:
        raise InspectionFileError("", "record.inspection.ended_at", "ends before it starts")
    findings: dict[str, Finding] = {}
    for n, f in enumerate(_list(raw["findings"], "record.findings")):
        finding = _convert(Finding, f, f"record.findings[{n}]", drop={"revision"})
        _same_inspection(finding.inspection_id, header.id, f"record.findings[{n}]")
        if finding.item_id in findings:
            raise InspectionFileError("", f"record.findings[{n}].item_id", f"{finding.item_id!r} is answered twice")
        for name, number in finding.figures.items():
            if not name.strip() or number != number or number in (float("inf"), float("-inf")):
                raise InspectionFileError("", f"record.findings[{n}].figures", f"{name!r}: {number!r}")
        findings[finding.item_id] = finding
    evidence = tuple(_convert(Evidence, e, f"record.evidence[{n}]")
                     for n, e in enumerate(_list(raw["evidence"], "record.evidence")))
    recs = tuple(_convert(Recommendation, r, f"record.recommendations[{n}]",
                          drop={"status", "note", "updated_at", "evidence"})
                 for n, r in enumerate(_list(raw["recommendations"], "record.recommendations")))
    for kind, records in (("evidence", evidence), ("recommendations", recs)):
        seen: set[str] = set()
        for n, r in enumerate(records):
            _same_inspection(r.inspection_id, header.id, f"record.{kind}[{n}]")
            if r.id in seen:
                raise InspectionFileError("", f"record.{kind}[{n}].id", f"{r.id!r} appears twice")
            seen.add(r.id)
        for n, r in enumerate(recs):
            if not r.text.strip():
                raise InspectionFileError("", f"record.recommendations[{n}].text", "a recommendation needs text")
    return InspectionRecord(inspection=header, findings=findings, evidence=evidence, recommendations=recs)


def _convert(cls: type, raw: Any, where: str, drop: set[str] = frozenset()) -> Any:  # type: ignore[assignment]
    _strict(cls, raw, where, drop)
    try:
        return from_jsonable(cls, {k: v for k, v in raw.items() if k not in drop})
    except (TypeError, ValueError, KeyError) as exc:
        raise InspectionFileError("", where, str(exc)) from None


def _strict(cls: type, raw: Any, where: str, drop: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    """No unknown and no missing fields, at every level of nested records (the converter itself
    would silently ignore a misspelt field and lose what it held)."""
    fields = dataclasses.fields(cls)
    required = {f.name for f in fields if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    _keys(raw, where, required=required, optional={f.name for f in fields} - required, ignored=drop)
    hints = typing.get_type_hints(cls)
    for name, value in raw.items():
        if name in drop or value is None:
            continue
        inner = _record_type(hints[name])
        if inner is None:
            continue
        kind, sub = inner
        if kind == "one":
            _strict(sub, value, f"{where}.{name}")
        else:
            for n, v in enumerate(_list(value, f"{where}.{name}")):
                _strict(sub, v, f"{where}.{name}[{n}]")


def _record_type(hint: Any) -> tuple[str, type] | None:
    """("one", C) for a field holding a record C (optionally None), ("many", C) for a tuple of them."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) is tuple and args and dataclasses.is_dataclass(args[0]):
        return "many", args[0]
    if len(args) == 1 and dataclasses.is_dataclass(args[0]):
        return "one", args[0]
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return "one", hint
    return None


def _keys(raw: Any, where: str, *, required: set[str], optional: set[str] = frozenset(),  # type: ignore[assignment]
          ignored: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    if not isinstance(raw, dict):
        raise InspectionFileError("", where, f"expected an object, found {type(raw).__name__}")
    missing = sorted(required - set(raw))
    if missing:
        raise InspectionFileError("", _join(where, missing[0]), "missing")
    unknown = sorted(set(raw) - required - optional - ignored)
    if unknown:
        raise InspectionFileError("", _join(where, unknown[0]), "unknown field")


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def _list(raw: Any, where: str) -> list:
    if not isinstance(raw, list):
        raise InspectionFileError("", where, f"expected a list, found {type(raw).__name__}")
    return raw


def _same_inspection(found: str, expected: str, where: str) -> None:
    if found != expected:
        raise InspectionFileError("", where + ".inspection_id", f"{found!r} is not this file's inspection {expected!r}")


def _files(raw: Any) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for n, entry in enumerate(_list(raw, "files")):
        _keys(entry, f"files[{n}]", required={"sha256", "base64"}, optional={"name"})
        try:
            data = base64.b64decode(entry["base64"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise InspectionFileError("", f"files[{n}].base64", "not base64") from None
        if sha256_hex(data) != entry["sha256"]:
            raise InspectionFileError("", f"files[{n}].sha256", "does not match the file's bytes")
        out[entry["sha256"]] = data
    return out


def _nfc(value: Any) -> Any:
    """Texts as the store keeps them (NFC, \\n line ends), so a file written elsewhere reads back equal."""
    if isinstance(value, str):
        return normalize_text(value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    return value


# ------------------------------------------------------------------------------------ writing
def encode_inspection_file(record: InspectionRecord, files: dict[str, bytes],
                           template: ChecklistTemplate | None = None) -> bytes:
    """The bytes of an inspection file for `record` (pretty JSON, stable order).

    `files` must hold the bytes of every evidence file the record names; `template`, when given,
    is embedded as the snapshot (it must be the one the record was made under). A finalized
    record goes with its latest seal (and then needs its template).
    """
    missing = [ev.sha256 for ev in record.evidence if ev.sha256 not in files]
    if missing:
        raise InspectionFileError("", "files", f"no bytes for evidence {missing[0][:12]}…")
    if template is not None and template.content_hash != record.inspection.template.content_hash:
        raise InspectionFileError("", "template", "not the checklist the inspection was made under")
    shas = sorted({ev.sha256 for ev in record.evidence})
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "record": record_to_dict(record),
        "files": [{"sha256": sha, "base64": base64.b64encode(files[sha]).decode("ascii")} for sha in shas],
    }
    if template is not None:
        doc["template"] = template_to_dict(template)
    if record.inspection.status.value == "finalized" and record.latest_seal is not None:
        if template is None:
            raise InspectionFileError("", "template", "a sealed inspection travels with its checklist snapshot")
        seal = to_jsonable(record.latest_seal)
        seal.pop("inspection_id")
        doc["seal"] = seal
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False, allow_nan=False) + "\n").encode("utf-8")


def write_inspection_file(path: Path, record: InspectionRecord, files: dict[str, bytes],
                          template: ChecklistTemplate | None = None) -> Path:
    """Write `record` as an inspection file at `path` (whole or not at all)."""
    data = encode_inspection_file(record, files, template)
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path
