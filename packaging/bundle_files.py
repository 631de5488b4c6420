"""What goes into the bundle besides code: used by inspector.spec, checked by tests.

Resources are listed explicitly (kind of file per folder) rather than copying `resources/`
wholesale, so nothing half-made (a translation source, an editor's backup) ships by accident;
`unlisted_resources()` lets a test fail when a new kind of resource is added without a line
here. Also: the small `inspector` metadata folder that lets `importlib.metadata` answer inside
the bundle, and the Windows version resource.
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

APP_ID = "vn.gov.inspector"  # reverse-DNS id: desktop file, AppStream, icon name
APP_NAME = "Inspector"
PUBLISHER = "Inspector project"
DESCRIPTION_VI = "Inspector — kiểm tra cổng thông tin điện tử và dịch vụ công trực tuyến"

# (folder under resources/, file pattern) — everything the program reads at run time.
RESOURCE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("checklists", "*.yaml"),
    ("checklists", "CHANGES.md"),
    ("reference", "*.csv"),
    ("sample", "*.inspection.json"),
    ("templates", "*.yaml"),
    ("probe", "*.yaml"),  # the probe's vocabulary: targets and synonyms per item
    ("translations", "*.qm"),
    ("icons", "*.svg"),
    ("icons", "*.png"),
    ("icons", "*.ico"),
)
# Files under resources/ that stay out on purpose (sources of compiled files).
NOT_BUNDLED: tuple[str, ...] = (
    "translations/*.ts",
    "glossary.yaml",  # the words to use, for translators and writers; a test checks the texts against it
)


# (folder under docs/, file pattern) — the user manual, opened by Help › User manual. The
# screenshots keep their folder so the manual's relative image links work inside the bundle.
DOCS_PATTERNS: tuple[tuple[str, str], ...] = (
    ("manual", "*.md"),
    ("screenshots", "*.png"),
)


def docs_datas(repo: Path) -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) of the user manual, sorted."""
    out = set()
    for folder, pattern in DOCS_PATTERNS:
        for path in (repo / "docs" / folder).glob(pattern):
            if path.is_file():
                out.add((str(path), f"docs/{folder}"))
    return sorted(out)


def linux_datas(repo: Path) -> list[tuple[str, str]]:
    """The desktop entry and AppStream file, for packaging/linux/install.sh inside the bundle."""
    folder = repo / "packaging" / "linux"
    return [(str(folder / f"{APP_ID}.desktop"), "linux"),
            (str(folder / f"{APP_ID}.metainfo.xml"), "linux")]


def resource_datas(repo: Path) -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) for PyInstaller's `datas`, sorted."""
    out = set()
    for folder, pattern in RESOURCE_PATTERNS:
        for path in (repo / "resources" / folder).glob(pattern):
            if path.is_file():
                out.add((str(path), f"resources/{folder}"))
    return sorted(out)


def unlisted_resources(repo: Path) -> list[str]:
    """Files under resources/ that neither ship nor are excluded on purpose (should be none)."""
    root = repo / "resources"
    listed = {Path(src).resolve() for src, _ in resource_datas(repo)}
    out = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.resolve() in listed or "__pycache__" in path.parts:
            continue
        rel = path.relative_to(root).as_posix()
        if not any(fnmatch.fnmatch(rel, pattern) for pattern in NOT_BUNDLED):
            out.append(rel)
    return out


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' → (0, 1, 0, 0); pre-release tails ('0.2.0rc1') keep their leading number."""
    numbers = [int(m.group()) for part in version.split(".")[:4] if (m := re.match(r"\d+", part))]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def write_dist_info(folder: Path, version: str, requires: list[str], license_name: str) -> Path:
    """A minimal `inspector-VERSION.dist-info` (METADATA only) so `importlib.metadata` knows the
    program's own requirements inside the bundle, where no wheel was installed."""
    dist_info = folder / f"inspector-{version}.dist-info"
    dist_info.mkdir(parents=True, exist_ok=True)
    lines = ["Metadata-Version: 2.1", "Name: inspector", f"Version: {version}",
             f"License: {license_name}", *(f"Requires-Dist: {r}" for r in requires)]
    (dist_info / "METADATA").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return dist_info


def windows_version_info(version: str, file_name: str, description: str) -> str:
    """The text form of PyInstaller's VSVersionInfo for one .exe (Vietnamese, Unicode)."""
    v = version_tuple(version)
    strings = [
        ("CompanyName", PUBLISHER),
        ("FileDescription", description),
        ("FileVersion", version),
        ("InternalName", Path(file_name).stem),
        ("LegalCopyright", f"© {PUBLISHER}. MIT License."),
        ("OriginalFilename", file_name),
        ("ProductName", APP_NAME),
        ("ProductVersion", version),
    ]
    table = ",\n          ".join(f"StringStruct({k!r}, {val!r})" for k, val in strings)
    # 0x042A = Vietnamese, 1200 = UTF-16: the strings may hold Vietnamese letters.
    return f"""# -*- coding: utf-8 -*-
VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('042A04B0', [
          {table}])
    ]),
    VarFileInfo([VarStruct('Translation', [0x042A, 1200])])
  ]
)
"""
