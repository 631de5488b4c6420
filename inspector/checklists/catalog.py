"""The checklist templates available on this machine: built in, and published by the office.

Built-in templates ship in `resources/checklists/`; templates the office publishes arrive (by
sync) in the user's data folder under `checklists/`. Templates are keyed by (id, version); an
inspection keeps its own snapshot of the template it was made under (see storage), so nothing
here can change a past inspection.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from inspector import paths
from inspector.checklists.loader import load_template
from inspector.checklists.template import ChecklistTemplate, version_key
from inspector.errors import ChecklistError, ChecklistProblem


@dataclass(frozen=True)
class Catalog:
    templates: tuple[ChecklistTemplate, ...]
    problems: tuple[ChecklistProblem, ...] = ()  # files that could not be loaded (shown, not fatal)

    def get(self, template_id: str, version: str | None = None) -> ChecklistTemplate:
        """The template with this id, at `version` or the newest one."""
        matches = [t for t in self.templates if t.id == template_id]
        if version is not None:
            matches = [t for t in matches if t.version == version]
        if not matches:
            raise KeyError(f"{template_id}@{version or 'latest'}")
        return max(matches, key=lambda t: version_key(t.version))

    def latest(self) -> list[ChecklistTemplate]:
        """The newest version of each template id, sorted by id."""
        ids = sorted({t.id for t in self.templates})
        return [self.get(i) for i in ids]

    def by_hash(self, content_hash: str) -> ChecklistTemplate | None:
        return next((t for t in self.templates if t.content_hash == content_hash), None)


def builtin_dir() -> Path:
    return paths.resource("checklists")


def published_dir(data_dir: Path | None = None) -> Path:
    return (data_dir or paths.data_dir()) / "checklists"


QUARANTINE = "quarantine"
MAX_LISTED = 5  # problems listed per broken file in the catalog (`checklist validate` shows all)


def _quarantine(path: Path) -> Path | None:
    """Move a broken published template into `quarantine/` beside it, so it is named once and
    never read again at start-up or sync; None when it cannot be moved (read-only folder)."""
    import contextlib
    import os

    target = path.parent / QUARANTINE / path.name
    with contextlib.suppress(OSError):
        target.parent.mkdir(exist_ok=True)
        n = 1
        while target.exists():
            n += 1
            target = path.parent / QUARANTINE / f"{path.stem}.{n}{path.suffix}"
        os.replace(path, target)
        return target
    return None


def load_catalog(*folders: Path) -> Catalog:
    """Load every `*.yaml` template in `folders` (default: built-in, then published).

    Every file goes through the one guarded loader (`load_template` → `parse_template`), so no
    file can break start-up. A broken published file does not hide the others: its first
    problems are returned in the catalog and, in the default folders, it is moved to the
    published folder's `quarantine/` (named in the problems).
    Two files with the same id and version but different content are a problem too.
    """
    quarantine_from = None
    if not folders:
        folders = (builtin_dir(), published_dir())
        quarantine_from = published_dir()
    found: dict[tuple[str, str], ChecklistTemplate] = {}
    problems: list[ChecklistProblem] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            try:
                template = load_template(path)
            except ChecklistError as exc:
                problems.extend(exc.problems[:MAX_LISTED])
                if folder == quarantine_from:
                    moved = _quarantine(path)
                    if moved is not None:
                        problems.append(ChecklistProblem(str(path), None, None, "quarantined",
                                                         f"moved to {moved}; the other templates load"))
                continue
            key = (template.id, template.version)
            other = found.get(key)
            if other is not None and other.content_hash != template.content_hash:
                problems.append(
                    ChecklistProblem(str(path), None, None, "version-clash",
                                     f"{template.id} {template.version} exists with different content; give the new one a new version")
                )
                continue
            found[key] = template
    return Catalog(tuple(found.values()), tuple(problems))
