"""What the About box shows: the app's version, the checklists it ships, and its dependencies.

    info = collect_about()
    info.version, info.checklists[0].content_hash, info.dependencies[0].license

Dependencies are read from installed package metadata (`importlib.metadata`): the requirements
of the `inspector` distribution (or of `pyproject.toml` in a source checkout), followed through
every installed requirement. The PyInstaller bundle carries those metadata folders (and a small
`inspector` one made by the spec), so the bundle answers the same way as a source install. The
bundle also holds the full license texts in `THIRD-PARTY-LICENSES.txt` (`licenses_file()`),
written at build time by `packaging/third_party_licenses.py`.
"""

from __future__ import annotations

import importlib.metadata as metadata
import platform
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from inspector import __version__, paths

APP_NAME = "Inspector"
DISTRIBUTION = "inspector"
LICENSES_FILE = "THIRD-PARTY-LICENSES.txt"
UNKNOWN = "unknown"

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_LICENSE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)


@dataclass(frozen=True)
class ChecklistInfo:
    """One checklist template shipped with the program."""

    id: str
    version: str
    title: str
    status: str  # "draft" | "approved"
    content_hash: str
    items: int
    applies_from: str | None
    applies_until: str | None


@dataclass(frozen=True)
class DependencyInfo:
    """One installed package the program runs on, as its own metadata describes it."""

    name: str
    version: str
    license: str  # an SPDX expression or the package's own words; "unknown" if it says nothing
    homepage: str
    license_files: tuple[str, ...]  # paths of license/notice files in its metadata folder


@dataclass(frozen=True)
class AboutInfo:
    name: str
    version: str
    build: str  # "bundle" (PyInstaller), "installed" (a wheel or pip install) or "source"
    python: str
    platform: str
    checklists: tuple[ChecklistInfo, ...]
    dependencies: tuple[DependencyInfo, ...]
    licenses_file: str | None  # THIRD-PARTY-LICENSES.txt, when the build has one
    data_dir: str
    log_dir: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def collect_about(*, dependencies: bool = True) -> AboutInfo:
    """Everything the About box shows. Fast (reads small metadata files, no network)."""
    licenses = licenses_file()
    return AboutInfo(
        name=APP_NAME, version=__version__, build=build_kind(), python=platform.python_version(),
        platform=platform.platform(terse=True), checklists=shipped_checklists(),
        dependencies=runtime_dependencies() if dependencies else (),
        licenses_file=str(licenses) if licenses else None,
        data_dir=str(paths.data_dir()), log_dir=str(paths.log_dir()),
    )


def build_kind() -> str:
    if getattr(sys, "frozen", False):
        return "bundle"
    if (Path(__file__).resolve().parent.parent / "pyproject.toml").is_file():
        return "source"
    return "installed"


def shipped_checklists() -> tuple[ChecklistInfo, ...]:
    """The built-in checklist templates (not the office's published ones), sorted by id and version.

    Raises `ChecklistError` when a shipped file does not load: that is a broken build.
    """
    from inspector.checklists.catalog import builtin_dir, load_catalog
    from inspector.checklists.template import version_key
    from inspector.errors import ChecklistError

    catalog = load_catalog(builtin_dir())
    if catalog.problems:
        raise ChecklistError(list(catalog.problems))
    templates = sorted(catalog.templates, key=lambda t: (t.id, version_key(t.version)))
    return tuple(ChecklistInfo(t.id, t.version, t.title, t.status, t.content_hash, t.item_count,
                               t.applies_from, t.applies_until) for t in templates)


def licenses_file() -> Path | None:
    """The bundle's THIRD-PARTY-LICENSES.txt, or None (a source checkout or plain install)."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        path = Path(base) / LICENSES_FILE
        if path.is_file():
            return path
        beside = Path(sys.executable).resolve().parent / LICENSES_FILE
        return beside if beside.is_file() else None
    return None


def normalize_name(name: str) -> str:
    """PEP 503 form of a distribution name: `Sqlite_Utils` → `sqlite-utils`."""
    return re.sub(r"[-_.]+", "-", name).lower()


def root_requirements() -> list[str]:
    """The program's own runtime requirements (strings as in pyproject.toml).

    From the installed `inspector` metadata when there is one (wheel, `pip install -e`, the
    bundle), else from `pyproject.toml` next to the source.
    """
    try:
        requires = metadata.requires(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        requires = None
    if requires is not None:
        return [r for r in requires if not _extra_only(r)]
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        with pyproject.open("rb") as handle:
            return list(tomllib.load(handle)["project"]["dependencies"])
    return []


def runtime_dependencies(roots: list[str] | None = None) -> tuple[DependencyInfo, ...]:
    """Every installed distribution reachable from `roots` (default: `root_requirements()`).

    Requirements that only apply with an extra are left out; requirements for another platform
    or Python are left out when they are not installed (markers are not evaluated: the core does
    not depend on `packaging`). Sorted by name, case-insensitively.
    """
    installed: dict[str, metadata.Distribution] = {}
    for dist in metadata.distributions():  # one scan of sys.path, first one found wins
        installed.setdefault(normalize_name(dist.metadata["Name"] or ""), dist)
    seen: dict[str, DependencyInfo] = {}
    queue = [r for r in (roots if roots is not None else root_requirements()) if not _extra_only(r)]
    while queue:
        match = _NAME.match(queue.pop(0))
        if not match:
            continue
        key = normalize_name(match.group(1))
        if key in seen or key == DISTRIBUTION:
            continue
        dist = installed.get(key)
        if dist is None:
            continue  # another platform's requirement (pywin32-ctypes on Linux…)
        seen[key] = describe_distribution(dist)
        queue.extend(r for r in (dist.requires or []) if not _extra_only(r))
    return tuple(sorted(seen.values(), key=lambda d: d.name.lower()))


def describe_distribution(dist: metadata.Distribution) -> DependencyInfo:
    meta = dist.metadata
    files = tuple(sorted(str(f) for f in (dist.files or []) if _LICENSE_FILE.search(str(f))))
    return DependencyInfo(name=meta["Name"], version=dist.version, license=license_of(meta),
                          homepage=_homepage(meta), license_files=files)


def license_of(meta: Any) -> str:
    """The license as the package states it: License-Expression, a short License field, or the
    most specific License classifier."""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 120:
        return field
    classifiers = [c.split("::")[-1].strip() for c in (meta.get_all("Classifier") or [])
                   if c.startswith("License ::") and c.count("::") >= 1]
    classifiers = [c for c in classifiers if c not in ("OSI Approved", "License")]
    if classifiers:
        return " OR ".join(classifiers)
    return UNKNOWN


def license_texts(name: str) -> list[tuple[str, str]]:
    """(file name, text) of each license/notice file a distribution ships in its metadata."""
    dist = metadata.distribution(name)
    out = []
    for f in dist.files or []:
        if _LICENSE_FILE.search(str(f)):
            try:
                text = Path(str(dist.locate_file(f))).read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            out.append((Path(str(f)).name, text))
    return out


def _homepage(meta: Any) -> str:
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository", "source code"):
            return url.strip()
    return (meta.get("Home-page") or "").strip()


def _extra_only(requirement: str) -> bool:
    _, _, marker = requirement.partition(";")
    return "extra" in marker
