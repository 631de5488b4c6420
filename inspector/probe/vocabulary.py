"""Where each checklist item lives and what else portals call it: resources/probe/vocabulary.yaml.

The checklist gives an item's probe signals and keywords; this data adds the synonyms and
abbreviations real portals use ("Hỏi - Đáp trực tuyến", "Nhiệm vụ KH&CN", "TTHC"), each with the
sources it was read in, and the item's target: the portal, the public-service portal (DVC), or
offline (never proposed by the probe). Kept apart from the checklist YAMLs so that the checklist
model can change without touching it; `validate_vocabulary` checks it against the templates.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from inspector import paths
from inspector.errors import InvalidInputError

TARGETS = ("portal", "dvc", "offline")


@dataclass(frozen=True)
class ItemVocabulary:
    target: str = "portal"
    synonyms: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    sources: dict[str, dict[str, str]]
    items: dict[str, dict[str, ItemVocabulary]]  # template id → item id → vocabulary

    def item(self, template_id: str, item_id: str) -> ItemVocabulary:
        """The item's vocabulary (an unlisted item: portal, no synonyms)."""
        return self.items.get(template_id, {}).get(item_id, ItemVocabulary())


def _problem(where: str, detail: str) -> InvalidInputError:
    return InvalidInputError("probe vocabulary", where, detail)


def _str_list(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _problem(where, "must be a list of non-empty texts")
    return tuple(v.strip() for v in value)


def parse_vocabulary(raw: bytes | str, where: str = "vocabulary.yaml") -> Vocabulary:
    """Parse and check the shape of the vocabulary; raises InvalidInputError naming the place."""
    data = yaml.safe_load(raw)
    if not isinstance(data, dict) or set(data) - {"sources", "templates"}:
        raise _problem(where, "expected the keys 'sources' and 'templates' only")
    sources = data.get("sources") or {}
    if not isinstance(sources, dict):
        raise _problem(f"{where}: sources", "must be a mapping of source id → where/read")
    for sid, src in sources.items():
        if not isinstance(src, dict) or not str(src.get("where", "")).strip() or not src.get("read"):
            raise _problem(f"{where}: sources.{sid}", "needs 'where' (what was read) and 'read' (the date)")
    items: dict[str, dict[str, ItemVocabulary]] = {}
    for template_id, entries in (data.get("templates") or {}).items():
        if not isinstance(entries, dict):
            raise _problem(f"{where}: {template_id}", "must be a mapping of item id → vocabulary")
        out = items.setdefault(str(template_id), {})
        for item_id, entry in entries.items():
            here = f"{where}: {template_id}.{item_id}"
            if not isinstance(entry, dict) or set(entry) - {"target", "synonyms", "sources"}:
                raise _problem(here, "allowed keys: target, synonyms, sources")
            target = entry.get("target", "portal")
            if target not in TARGETS:
                raise _problem(here, f"target must be one of {', '.join(TARGETS)}")
            synonyms = _str_list(entry.get("synonyms"), here + ".synonyms")
            cited = _str_list(entry.get("sources"), here + ".sources")
            if not cited:
                raise _problem(here, "name the sources its words (or its target) come from")
            unknown = [s for s in cited if s not in sources]
            if unknown:
                raise _problem(here, f"unknown source ids: {', '.join(unknown)}")
            out[str(item_id)] = ItemVocabulary(target, synonyms, cited)
    return Vocabulary({str(k): {"where": str(v["where"]), "read": str(v["read"])} for k, v in sources.items()},
                      items)


@functools.cache
def load_vocabulary(path: Path | None = None) -> Vocabulary:
    """The shipped vocabulary (cached)."""
    file = path or paths.resource("probe", "vocabulary.yaml")
    return parse_vocabulary(Path(file).read_bytes(), str(file))


def validate_vocabulary(vocabulary: Vocabulary, templates: Iterable) -> list[str]:  # noqa: ANN001
    """Problems of the vocabulary against checklist templates: items that do not exist or have no
    probe spec. (Templates not given are not checked.)"""
    problems = []
    by_id = {t.id: t for t in templates}
    for template_id, entries in vocabulary.items.items():
        template = by_id.get(template_id)
        if template is None:
            continue
        ids = {item.id: item for item in template.items()}
        for item_id in entries:
            if item_id not in ids:
                problems.append(f"{template_id}.{item_id}: no such item")
            elif ids[item_id].probe is None:
                problems.append(f"{template_id}.{item_id}: the item has no probe spec")
    return problems
