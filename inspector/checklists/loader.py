"""Strict loading of checklist template files (YAML).

Every problem is collected (not just the first) and reported with the file, the line and the
item it concerns. Aliases and anchors are refused: they make shared fields easy to edit by
mistake and let a small hostile file expand into a huge one.
"""

from __future__ import annotations

import datetime
import os
import re
import stat
from pathlib import Path
from typing import Any

import yaml

from inspector.checklists.citation import cite
from inspector.checklists.signals import is_known_signal
from inspector.checklists.template import (
    ChecklistItem,
    ChecklistTemplate,
    Citation,
    ItemKind,
    LegalBasis,
    LegalDocument,
    ProbeSpec,
    RefConfidence,
    ResponseSpec,
    ResponseType,
    Section,
)
from inspector.domain.serialize import normalize_text
from inspector.errors import ChecklistError, ChecklistProblem

# Schema 1: references as free text (legal_basis, legal_ref, ref_confidence); still loads, for
# templates the office published before citations existed. Schema 2: declared `documents:`,
# structured `citations:` per item, item `kind:` and `requirement:`, checked against dates.
SCHEMA_VERSION = 2
SCHEMA_VERSIONS = (1, 2)
# Bounds, so that no file (a shared folder's, a sync target's, one typed on the command line) can
# exhaust time or memory, or break the program with a RecursionError. The shipped templates are
# 74 KB, 3,900 values, 7 levels deep, with texts under 300 characters.
MAX_FILE_BYTES = 512 * 1024
MAX_VALUES = 20_000
MAX_DEPTH = 20
MAX_TEXT_CHARS = 10_000
MAX_NUMBER_CHARS = 20
MAX_PROBLEMS = 100  # listed; the rest are counted
# Patterns are used with fullmatch only: `$` would let a trailing newline through ("s1.a\n").
ID_RE = re.compile(r"[a-z0-9][a-z0-9_.\-]{0,79}")
VERSION_RE = re.compile(r"\d{1,4}(\.\d{1,4}){0,2}")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
ARTICLE_RE = re.compile(r"\d{1,3}[a-z]?")  # "10", "4a" (articles added by an amending text)
POINT_RE = re.compile(r"[a-zđ]|[a-z]\d?")

_TOP_REQUIRED = {
    1: {"schema_version", "id", "version", "title", "language", "status", "legal_basis", "sections"},
    2: {"schema_version", "id", "version", "title", "language", "status", "documents", "sections"},
}
_TOP_OPTIONAL = {"notes", "applies_from", "applies_until", "changes"}
_ITEM_REQUIRED = {
    1: {"id", "text", "legal_ref", "ref_confidence", "guidance", "response"},
    2: {"id", "text", "guidance", "response"},
}
_ITEM_OPTIONAL = {1: {"probe"}, 2: {"probe", "kind", "citations", "requirement", "legal_ref", "ref_confidence"}}
_PROBE_FIELDS = {"signals", "keywords", "paths", "max_age_days", "note"}
_BASIS_REQUIRED = {"code", "title"}
_BASIS_OPTIONAL = {"issued", "effective", "expired", "note"}
_DOC_REQUIRED = {"id", "type", "number", "issued", "issuer", "title"}
_DOC_OPTIONAL = {"in_force_from", "in_force_until", "source", "checked", "note", "reported_until", "reported_source"}
_CITATION_REQUIRED = {"document"}
_CITATION_OPTIONAL = {"article", "clause", "point", "article_to", "confidence", "source", "checked", "note", "outside_period"}


class _Map(dict):
    """A mapping that remembers the line of each of its keys (1-based)."""

    line: int = 0
    key_lines: dict[str, int]


class _StrictLoader(yaml.SafeLoader):
    def __init__(self, stream: Any, file: str, problems: list[ChecklistProblem]):
        super().__init__(stream)
        self._file = file
        self._problems = problems
        self._depth = 0
        self._values = 0

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        event = self.peek_event()
        line = event.start_mark.line + 1
        if self.check_event(yaml.AliasEvent):
            raise _AliasFound(line)
        self._values += 1
        if self._values > MAX_VALUES:
            raise _Limit(line, "too-large", f"more than {MAX_VALUES} values")
        if self._depth >= MAX_DEPTH:
            raise _Limit(line, "too-deep", f"nested more than {MAX_DEPTH} levels")
        self._depth += 1
        try:
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        if isinstance(node, yaml.ScalarNode):
            if len(node.value) > MAX_TEXT_CHARS:
                raise _Limit(line, "too-long", f"a text of {len(node.value)} characters (at most {MAX_TEXT_CHARS})")
            if node.tag in (_INT_TAG, _FLOAT_TAG) and len(node.value) > MAX_NUMBER_CHARS:
                raise _Limit(line, "bad-value", f"a number of {len(node.value)} digits (at most {MAX_NUMBER_CHARS})")
        return node

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> _Map:  # type: ignore[override]
        result = _Map()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                self._problems.append(
                    ChecklistProblem(self._file, key_node.start_mark.line + 1, None, "duplicate-key", key)
                )
            result[key] = self.construct_object(value_node, deep=deep)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result


class _AliasFound(Exception):
    def __init__(self, line: int):
        self.line = line


class _Limit(Exception):
    """A bound of the file was passed: stop reading at once (code, line, detail)."""

    def __init__(self, line: int, code: str, detail: str):
        self.line, self.code, self.detail = line, code, detail


_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"


def _construct_map(loader: _StrictLoader, node: yaml.MappingNode) -> _Map:
    return loader.construct_mapping(node, deep=True)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
# Dates stay strings: the schema checks their shape, and a template never means a datetime.
_StrictLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_template(path: str | Path) -> ChecklistTemplate:
    """Load and validate one template file; raise ChecklistError listing every problem."""
    path = Path(path)
    return parse_template(read_bounded(path), str(path))


def read_bounded(path: Path) -> bytes:
    """The bytes of a template file, never more than MAX_FILE_BYTES read (a 2 GB file or
    /dev/zero is refused, not loaded); only regular files (a FIFO would block)."""
    def fail(code: str, detail: str) -> ChecklistError:
        return ChecklistError([ChecklistProblem(str(path), None, None, code, detail)])

    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise fail("unreadable", "not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise fail("too-large", f"{info.st_size} bytes > {MAX_FILE_BYTES}")
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise fail("unreadable", exc.strerror or str(exc)) from exc
    except ValueError as exc:  # e.g. an embedded NUL in the path
        raise fail("unreadable", str(exc)) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise fail("too-large", f"more than {MAX_FILE_BYTES} bytes")
    return raw


def parse_template(raw: bytes, file: str) -> ChecklistTemplate:
    """Validate template bytes named `file` (used in error messages): THE guarded loader.

    Every template source goes through here (the built-in and published folders via
    `load_template`, a sync target, the command line). Whatever the bytes, it returns a
    template or raises ChecklistError, within bounded time and memory: file size, number of
    values, nesting depth, text length and number size are limited, and at most MAX_PROBLEMS
    problems are listed, then a count of the rest.
    """
    try:
        return _parse(raw, file)
    except ChecklistError as exc:
        raise ChecklistError(_capped(exc.problems, file)) from None
    except _Limit as exc:
        raise ChecklistError([ChecklistProblem(file, exc.line, None, exc.code, exc.detail)]) from None
    except (RecursionError, MemoryError, ValueError, TypeError, KeyError, IndexError, AttributeError,
            OverflowError, UnicodeError) as exc:
        # A shape the checks above did not foresee: still a ChecklistError, never a crash.
        raise ChecklistError([ChecklistProblem(file, None, None, "bad-structure", type(exc).__name__)]) from None


def _capped(problems: list[ChecklistProblem], file: str) -> list[ChecklistProblem]:
    if len(problems) <= MAX_PROBLEMS:
        return list(problems)
    rest = len(problems) - MAX_PROBLEMS
    return [*problems[:MAX_PROBLEMS],
            ChecklistProblem(file, None, None, "more-problems", f"and {rest} more problems not listed")]


def _parse(raw: bytes, file: str) -> ChecklistTemplate:
    problems: list[ChecklistProblem] = []
    if len(raw) > MAX_FILE_BYTES:
        raise ChecklistError([ChecklistProblem(file, None, None, "too-large", f"{len(raw)} bytes > {MAX_FILE_BYTES}")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ChecklistError([ChecklistProblem(file, line, None, "bad-encoding", "file is not UTF-8")]) from exc
    loader = None
    try:
        loader = _StrictLoader(text, file, problems)
        data = loader.get_single_data()
    except _AliasFound as exc:
        raise ChecklistError([ChecklistProblem(file, exc.line, None, "alias-not-allowed", "YAML anchors/aliases (&, *) are not allowed; write the value out")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        if isinstance(exc, yaml.reader.ReaderError):
            line = text[: exc.position].count("\n") + 1
        detail = getattr(exc, "problem", None) or str(exc)
        raise ChecklistError([ChecklistProblem(file, line, None, "bad-yaml", str(detail))]) from None
    finally:
        if loader is not None:
            loader.dispose()
    if not isinstance(data, _Map):
        raise ChecklistError([ChecklistProblem(file, 1, None, "bad-type", "the file must be a mapping (key: value) at the top level")])
    template = _Validator(file, problems).template(data)
    if problems or template is None:
        raise ChecklistError(problems)
    return template


class _Validator:
    def __init__(self, file: str, problems: list[ChecklistProblem]):
        self.file = file
        self.problems = problems
        self.schema = SCHEMA_VERSION
        self.applies_from: str | None = None
        self.applies_until: str | None = None
        self.docs: dict[str, LegalDocument] = {}
        self.doc_lines: dict[str, int] = {}

    def problem(self, line: int | None, item: str | None, code: str, detail: str) -> None:
        self.problems.append(ChecklistProblem(self.file, line, item, code, detail))

    def fields(self, m: _Map, required: set[str], optional: set[str], item: str | None, what: str) -> bool:
        ok = True
        for name in sorted(required - m.keys()):
            self.problem(m.line, item, "missing-field", f"{what}: '{name}' is required")
            ok = False
        for name in sorted(m.keys() - required - optional):
            self.problem(m.key_lines.get(name, m.line), item, "unknown-field", f"{what}: '{name}' is not a known field")
        return ok

    def text(self, m: _Map, key: str, item: str | None, *, required: bool = True) -> str:
        value = m.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.problem(m.key_lines.get(key, m.line), item, "bad-value", f"'{key}' must be non-empty text, got {value!r}")
            return ""
        return normalize_text(value.strip())

    def text_list(self, m: _Map, key: str, item: str | None) -> tuple[str, ...]:
        value = m.get(key, [])
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problem(m.key_lines.get(key, m.line), item, "bad-value", f"'{key}' must be a list of non-empty texts")
            return ()
        return tuple(normalize_text(v.strip()) for v in value)

    def optional_date(self, m: _Map, key: str, item: str | None) -> str | None:
        value = m.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not DATE_RE.fullmatch(value):
            self.problem(m.key_lines.get(key, m.line), item, "bad-value", f"'{key}' must be a date YYYY-MM-DD, got {value!r}")
            return None
        return value

    def template(self, m: _Map) -> ChecklistTemplate | None:
        schema = m.get("schema_version")
        if schema not in SCHEMA_VERSIONS:
            self.problem(m.key_lines.get("schema_version", m.line), None, "bad-value", f"schema_version must be {SCHEMA_VERSION} (or 1 for the old form), got {schema!r}")
            schema = SCHEMA_VERSION
        self.schema = schema
        self.fields(m, _TOP_REQUIRED[schema], _TOP_OPTIONAL, None, "template")
        tid = m.get("id")
        if not isinstance(tid, str) or not ID_RE.fullmatch(tid):
            self.problem(m.key_lines.get("id", m.line), None, "bad-value", f"template id must be lower-case letters, digits, '.', '-', '_', got {tid!r}")
        version = m.get("version")
        if not isinstance(version, str) or not VERSION_RE.fullmatch(version):
            self.problem(m.key_lines.get("version", m.line), None, "bad-value", f"version must be text like \"1.0\" (quote it), got {version!r}")
        status = m.get("status")
        if status not in ("draft", "approved"):
            self.problem(m.key_lines.get("status", m.line), None, "bad-value", f"status must be draft or approved, got {status!r}")
        self.applies_from = self.optional_date(m, "applies_from", None)
        self.applies_until = self.optional_date(m, "applies_until", None)
        if self.applies_from and self.applies_until and self.applies_until < self.applies_from:
            self.problem(m.key_lines.get("applies_until", m.line), None, "bad-value", "applies_until is before applies_from")
        if schema == 1:
            documents: tuple[LegalDocument, ...] = ()
            bases = self.legal_basis(m)
        else:
            documents = self.documents(m)
            bases = tuple(_basis_of(d) for d in documents)
        self.docs = {d.id: d for d in documents}
        sections = self.sections(m)
        if self.problems:
            return None
        return ChecklistTemplate(
            id=tid,
            version=version,
            title=self.text(m, "title", None),
            language=self.text(m, "language", None),
            status=status,
            legal_basis=bases,
            sections=sections,
            notes=self.text_list(m, "notes", None),
            applies_from=self.applies_from,
            applies_until=self.applies_until,
            documents=documents,
        )

    def documents(self, m: _Map) -> tuple[LegalDocument, ...]:
        raw = m.get("documents")
        if not isinstance(raw, list) or not raw:
            self.problem(m.key_lines.get("documents", m.line), None, "bad-value", "documents must be a non-empty list of the texts the items cite")
            return ()
        out: list[LegalDocument] = []
        seen: dict[str, int] = {}
        for entry in raw:
            if not isinstance(entry, _Map):
                self.problem(m.key_lines.get("documents"), None, "bad-type", "each document must be a mapping (id, type, number, issued, issuer, title)")
                continue
            self.fields(entry, _DOC_REQUIRED, _DOC_OPTIONAL, None, "document")
            did = entry.get("id")
            line = entry.key_lines.get("id", entry.line)
            if not isinstance(did, str) or not ID_RE.fullmatch(did):
                self.problem(line, None, "bad-value", f"document id must be lower-case letters, digits, '.', '-', '_', got {did!r}")
                continue
            if did in seen:
                self.problem(line, None, "duplicate-id", f"document '{did}' is already declared on line {seen[did]}")
                continue
            seen[did] = line
            issued = self.optional_date(entry, "issued", None) or ""
            start = self.optional_date(entry, "in_force_from", None)
            end = self.optional_date(entry, "in_force_until", None)
            if start and issued and start < issued:
                self.problem(entry.key_lines.get("in_force_from", line), None, "bad-value", f"document '{did}': in force before it was issued")
            if start and end and end < start:
                self.problem(entry.key_lines.get("in_force_until", line), None, "bad-value", f"document '{did}': in_force_until is before in_force_from")
            self.optional_date(entry, "checked", None)
            reported = self.optional_date(entry, "reported_until", None)
            reported_source = self.text(entry, "reported_source", None, required=False)
            if reported and not reported_source:
                self.problem(entry.key_lines.get("reported_until", line), None, "missing-field",
                             f"document '{did}': reported_until needs reported_source (who reports it)")
            doc = LegalDocument(
                id=did,
                doc_type=self.text(entry, "type", None),
                number=self.text(entry, "number", None),
                issued=issued,
                issuer=self.text(entry, "issuer", None),
                title=self.text(entry, "title", None),
                in_force_from=start,
                in_force_until=end,
                source=self.text(entry, "source", None, required=False),
                checked=entry.get("checked") if isinstance(entry.get("checked"), str) else "",
                note=self.text(entry, "note", None, required=False),
                reported_until=reported, reported_source=reported_source,
            )
            self.doc_lines[did] = line
            out.append(doc)
        return tuple(out)

    def legal_basis(self, m: _Map) -> tuple[LegalBasis, ...]:
        raw = m.get("legal_basis")
        if not isinstance(raw, list) or not raw:
            self.problem(m.key_lines.get("legal_basis", m.line), None, "bad-value", "legal_basis must be a non-empty list")
            return ()
        out = []
        for entry in raw:
            if not isinstance(entry, _Map):
                self.problem(m.key_lines.get("legal_basis"), None, "bad-type", "each legal_basis entry must be a mapping")
                continue
            self.fields(entry, _BASIS_REQUIRED, _BASIS_OPTIONAL, None, "legal_basis")
            out.append(
                LegalBasis(
                    code=self.text(entry, "code", None),
                    title=self.text(entry, "title", None),
                    issued=self.optional_date(entry, "issued", None),
                    effective=self.optional_date(entry, "effective", None),
                    expired=self.optional_date(entry, "expired", None),
                    note=self.text(entry, "note", None, required=False),
                )
            )
        return tuple(out)

    def sections(self, m: _Map) -> tuple[Section, ...]:
        raw = m.get("sections")
        if not isinstance(raw, list) or not raw:
            self.problem(m.key_lines.get("sections", m.line), None, "bad-value", "sections must be a non-empty list")
            return ()
        seen_sections: dict[str, int] = {}
        seen_items: dict[str, int] = {}
        out = []
        for sec in raw:
            if not isinstance(sec, _Map):
                self.problem(m.key_lines.get("sections"), None, "bad-type", "each section must be a mapping with id, title, items")
                continue
            self.fields(sec, {"id", "title", "items"}, set(), None, "section")
            sid = sec.get("id")
            if not isinstance(sid, str) or not ID_RE.fullmatch(sid):
                self.problem(sec.key_lines.get("id", sec.line), None, "bad-value", f"section id {sid!r} is not valid")
            elif sid in seen_sections:
                self.problem(sec.key_lines.get("id", sec.line), sid, "duplicate-id", f"section '{sid}' is already defined on line {seen_sections[sid]}")
            else:
                seen_sections[sid] = sec.key_lines.get("id", sec.line)
            items_raw = sec.get("items")
            if not isinstance(items_raw, list) or not items_raw:
                self.problem(sec.key_lines.get("items", sec.line), sid if isinstance(sid, str) else None, "bad-value", "a section needs a non-empty list of items")
                items_raw = []
            items = tuple(filter(None, (self.item(it, seen_items) for it in items_raw)))
            out.append(Section(id=sid if isinstance(sid, str) else "", title=self.text(sec, "title", sid), items=items))
        return tuple(out)

    def item(self, it: Any, seen: dict[str, int]) -> ChecklistItem | None:
        if not isinstance(it, _Map):
            self.problem(None, None, "bad-type", f"an item must be a mapping, got {it!r}"[:200])
            return None
        iid = it.get("id")
        name = iid if isinstance(iid, str) else None
        self.fields(it, _ITEM_REQUIRED[self.schema], _ITEM_OPTIONAL[self.schema], name, "item")
        if not isinstance(iid, str) or not ID_RE.fullmatch(iid):
            self.problem(it.key_lines.get("id", it.line), name, "bad-value", f"item id {iid!r} must be lower-case letters, digits, '.', '-', '_'")
        elif iid in seen:
            self.problem(it.key_lines.get("id", it.line), iid, "duplicate-id", f"item '{iid}' is already defined on line {seen[iid]}")
        else:
            seen[iid] = it.key_lines.get("id", it.line)
        kind = ItemKind.LEGAL
        if "kind" in it:
            try:
                kind = ItemKind(it.get("kind"))
            except ValueError:
                self.problem(it.key_lines.get("kind", it.line), name, "bad-value", f"kind must be legal, practice or figure, got {it.get('kind')!r}")
        citations = self.citations(it, name, kind) if self.schema >= 2 else ()
        if citations and "legal_ref" in it:
            self.problem(it.key_lines["legal_ref"], name, "unknown-field", "legal_ref is written from the citations; remove it")
        if citations and "ref_confidence" in it:
            self.problem(it.key_lines["ref_confidence"], name, "unknown-field", "ref_confidence is the lowest confidence of the citations; remove it")
        if citations:
            confidence = min((c.confidence for c in citations), key=lambda c: c.rank)
            legal_ref = "; ".join(cite(c, self.docs[c.document]) for c in citations if c.document in self.docs)
        else:
            confidence = self.confidence(it, name)
            legal_ref = self.text(it, "legal_ref", name, required=self.schema == 1)
        response = self.response(it, name)
        probe = self.probe(it, name)
        return ChecklistItem(
            id=name or "",
            text=self.text(it, "text", name),
            legal_ref=legal_ref,
            ref_confidence=confidence,
            guidance=self.text(it, "guidance", name, required=False),
            response=response,
            probe=probe,
            kind=kind,
            citations=citations,
            requirement=self.text(it, "requirement", name, required=False),
        )

    def confidence(self, it: _Map, name: str | None) -> RefConfidence:
        """An item's confidence when it has no citations: stated (schema 1, or a practice item
        citing a text the template does not declare), else high, since it asserts no law."""
        if "ref_confidence" not in it and self.schema >= 2:
            return RefConfidence.HIGH
        conf = it.get("ref_confidence")
        try:
            return RefConfidence(conf)
        except ValueError:
            self.problem(it.key_lines.get("ref_confidence", it.line), name, "bad-value", f"ref_confidence must be high, medium or low, got {conf!r}")
            return RefConfidence.LOW

    def citations(self, it: _Map, name: str | None, kind: ItemKind) -> tuple[Citation, ...]:
        raw = it.get("citations")
        line = it.key_lines.get("citations", it.line)
        if raw is None:
            if kind is ItemKind.LEGAL:
                self.problem(it.key_lines.get("kind", it.line), name, "missing-citation", "a legal item needs at least one citation (document, article …); an item that is no legal duty is kind: practice or figure")
            return ()
        if not isinstance(raw, list) or (not raw and kind is ItemKind.LEGAL):
            self.problem(line, name, "bad-value", "citations must be a non-empty list of mappings with 'document'")
            return ()
        out = []
        for c in raw:
            if not isinstance(c, _Map):
                self.problem(line, name, "bad-type", "each citation must be a mapping with 'document'")
                continue
            cit = self.citation(c, name, kind)
            if cit is not None:
                out.append(cit)
        return tuple(out)

    def citation(self, c: _Map, name: str | None, kind: ItemKind) -> Citation | None:
        self.fields(c, _CITATION_REQUIRED, _CITATION_OPTIONAL, name, "citation")
        line = c.line
        parts: dict[str, str] = {}
        for key in ("article", "clause", "point", "article_to"):
            value = c.get(key, "")
            if isinstance(value, int) and not isinstance(value, bool) and key != "point":
                value = str(value)
            if not isinstance(value, str):
                self.problem(c.key_lines.get(key, line), name, "bad-value", f"citation {key} must be text or a number, got {value!r}")
                value = ""
            parts[key] = normalize_text(value.strip())
        for key in ("article", "article_to", "clause"):
            if parts[key] and not ARTICLE_RE.fullmatch(parts[key]):
                self.problem(c.key_lines.get(key, line), name, "bad-value", f"citation {key} must be a number like 10 (or 4a), got {parts[key]!r}")
        if parts["point"] and not POINT_RE.fullmatch(parts["point"]):
            self.problem(c.key_lines.get("point", line), name, "bad-value", f"citation point must be a letter (a, b, đ …), got {parts['point']!r}")
        if (parts["clause"] or parts["point"] or parts["article_to"]) and not parts["article"]:
            self.problem(line, name, "bad-value", "a clause, point or range needs its article")
        if parts["article_to"] and (parts["clause"] or parts["point"]):
            self.problem(c.key_lines.get("article_to", line), name, "bad-value", "a range of articles (article_to) has no clause or point")
        if parts["point"] and not parts["clause"]:
            self.problem(c.key_lines.get("point", line), name, "bad-value", "a point needs its clause (điểm a khoản 1 Điều 10)")
        conf_raw = c.get("confidence", "low")
        try:
            confidence = RefConfidence(conf_raw)
        except ValueError:
            self.problem(c.key_lines.get("confidence", line), name, "bad-value", f"confidence must be high, medium or low, got {conf_raw!r}")
            confidence = RefConfidence.LOW
        source = self.text(c, "source", name, required=False)
        if confidence is RefConfidence.HIGH and not source:
            self.problem(c.key_lines.get("confidence", line), name, "high-without-source", "confidence high needs the 'source' where the article's text was read")
        checked = self.optional_date(c, "checked", name) or ""
        outside = c.get("outside_period", False)
        if not isinstance(outside, bool):
            self.problem(c.key_lines.get("outside_period", line), name, "bad-value", f"outside_period must be true or false, got {outside!r}")
            outside = False
        doc_id = c.get("document")
        doc = self.docs.get(doc_id) if isinstance(doc_id, str) else None
        if doc is None:
            self.problem(c.key_lines.get("document", line), name, "unknown-document", f"{doc_id!r} is not declared in documents")
        else:
            if kind is ItemKind.LEGAL and not doc.in_force_from:
                self.problem(c.key_lines.get("document", line), name, "undated-document", f"document '{doc.id}' (line {self.doc_lines.get(doc.id)}) needs in_force_from: a legal item cites it")
            why = self.outside_period(doc)
            if why and not outside:
                self.problem(c.key_lines.get("document", line), name, "outside-period", f"document '{doc.id}' {why}; mark the citation outside_period: true if that is meant")
        return Citation(
            document=doc_id if isinstance(doc_id, str) else "",
            article=parts["article"],
            clause=parts["clause"],
            point=parts["point"],
            article_to=parts["article_to"],
            confidence=confidence,
            source=source,
            checked=checked,
            note=self.text(c, "note", name, required=False),
            outside_period=outside,
        )

    def outside_period(self, doc: LegalDocument) -> str:
        """Why `doc` lies outside the template's validity period ("" when it does not)."""
        until, since = self.applies_until, self.applies_from
        if until and doc.issued and doc.issued > until:
            return f"was issued on {doc.issued}, after the template's applies_until {until}"
        if until and doc.in_force_from and doc.in_force_from > until:
            return f"is in force only from {doc.in_force_from}, after the template's applies_until {until}"
        if since and doc.in_force_until and doc.in_force_until < since:
            return f"was no longer in force after {doc.in_force_until}, before the template's applies_from {since}"
        return ""

    def response(self, it: _Map, name: str | None) -> ResponseSpec:
        raw = it.get("response")
        line = it.key_lines.get("response", it.line)
        if not isinstance(raw, _Map):
            if "response" in it:
                self.problem(line, name, "bad-type", "response must be a mapping with 'type'")
            return ResponseSpec(ResponseType.STATUS)
        self.fields(raw, {"type"}, {"unit"}, name, "response")
        try:
            rtype = ResponseType(raw.get("type"))
        except ValueError:
            self.problem(raw.key_lines.get("type", line), name, "unknown-response-type", f"{raw.get('type')!r} (known: status, number, text)")
            return ResponseSpec(ResponseType.STATUS)
        unit = raw.get("unit", "")
        if rtype is ResponseType.NUMBER and (not isinstance(unit, str) or not unit.strip()):
            self.problem(raw.key_lines.get("unit", line), name, "missing-field", "a number response needs a 'unit'")
        if rtype is not ResponseType.NUMBER and "unit" in raw:
            self.problem(raw.key_lines.get("unit", line), name, "bad-value", f"'unit' only applies to number responses, not {rtype.value}")
        return ResponseSpec(rtype, normalize_text(unit.strip()) if isinstance(unit, str) else "")

    def probe(self, it: _Map, name: str | None) -> ProbeSpec | None:
        if "probe" not in it:
            return None
        raw = it["probe"]
        line = it.key_lines.get("probe", it.line)
        if not isinstance(raw, _Map):
            self.problem(line, name, "bad-type", "probe must be a mapping with 'signals'")
            return None
        self.fields(raw, {"signals"}, _PROBE_FIELDS - {"signals"}, name, "probe")
        signals = raw.get("signals")
        if not isinstance(signals, list) or not signals or not all(isinstance(s, str) for s in signals):
            self.problem(raw.key_lines.get("signals", line), name, "bad-value", "probe.signals must be a non-empty list of signal names")
            signals = []
        for s in signals:
            if not is_known_signal(s):
                self.problem(raw.key_lines.get("signals", line), name, "unknown-signal", f"{s!r} is not a probe signal")
        max_age = raw.get("max_age_days")
        if max_age is not None and (isinstance(max_age, bool) or not isinstance(max_age, int) or max_age <= 0):
            self.problem(raw.key_lines.get("max_age_days", line), name, "bad-value", f"max_age_days must be a positive whole number, got {max_age!r}")
            max_age = None
        if "freshness" in signals and max_age is None:
            self.problem(raw.key_lines.get("signals", line), name, "missing-field", "the freshness signal needs max_age_days")
        return ProbeSpec(
            signals=tuple(signals),
            keywords=self.text_list(raw, "keywords", name),
            paths=self.text_list(raw, "paths", name),
            max_age_days=max_age,
            note=self.text(raw, "note", name, required=False),
        )


def _basis_of(doc: LegalDocument) -> LegalBasis:
    """The old free-text basis entry of a declared document (for code written before documents)."""
    expired = None
    if doc.in_force_until:
        expired = (datetime.date.fromisoformat(doc.in_force_until) + datetime.timedelta(days=1)).isoformat()
    return LegalBasis(code=doc.number, title=f"{doc.doc_type} {doc.title}", issued=doc.issued or None,
                      effective=doc.in_force_from, expired=expired, note=doc.note)
