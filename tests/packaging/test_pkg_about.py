"""About data (version, shipped checklists, dependencies and licenses), the generated
THIRD-PARTY-LICENSES file, and the bundle's file list and Windows version resource."""

from __future__ import annotations

import email.message
import importlib.metadata as metadata
import json
import re
import sys
import tomllib
import types

import pytest

import inspector
from inspector.about import (
    UNKNOWN,
    collect_about,
    license_of,
    normalize_name,
    root_requirements,
    runtime_dependencies,
)
from inspector.checklists.catalog import builtin_dir, load_catalog

from support import REPO


def pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def about():
    return collect_about()


def test_version_is_the_one_in_pyproject(about):
    assert about.version == inspector.__version__ == pyproject()["project"]["version"]
    assert about.build == "source" and about.name == "Inspector"
    json.dumps(about.to_dict(), ensure_ascii=False)  # the UI and --json can serialise it


def test_checklists_are_the_shipped_files_with_their_hashes(about):
    shipped = {(t.id, t.version): t for t in load_catalog(builtin_dir()).templates}
    assert {(c.id, c.version) for c in about.checklists} == set(shipped)
    for c in about.checklists:
        t = shipped[(c.id, c.version)]
        assert (c.content_hash, c.items, c.title) == (t.content_hash, t.item_count, t.title)
        assert len(c.content_hash) == 64
    assert [c.id for c in about.checklists] == sorted(c.id for c in about.checklists)


def test_every_runtime_requirement_is_listed_with_version_and_license(about):
    by_name = {normalize_name(d.name): d for d in about.dependencies}
    for requirement in pyproject()["project"]["dependencies"]:
        name = normalize_name(requirement.split(">")[0].split("<")[0].split("=")[0].split("[")[0])
        dep = by_name[name]
        assert dep.version == metadata.version(name)
        assert dep.license and dep.license != UNKNOWN, dep
    # Followed through: the libraries those need are there too, test-only packages are not.
    assert {"shiboken6", "httpcore", "lxml", "h11"} <= by_name.keys()
    assert not {"pytest", "hypothesis", "pyinstaller", "ruff"} & by_name.keys()
    assert "LGPL-3.0" in by_name["pyside6-essentials"].license


def requirement_key(text: str) -> tuple[str, frozenset[str]]:
    """'PySide6-Essentials>=6.8,<7' and metadata's 'PySide6-Essentials<7,>=6.8' are the same."""
    name = re.match(r"[A-Za-z0-9._-]+", text).group()
    return normalize_name(name), frozenset(s.strip() for s in text[len(name):].split(",") if s.strip())


def test_root_requirements_are_those_of_pyproject():
    # From pyproject.toml in a plain checkout, from the installed metadata after pip install -e.
    assert sorted(map(requirement_key, root_requirements())) == \
        sorted(map(requirement_key, pyproject()["project"]["dependencies"]))
    assert runtime_dependencies([]) == ()


def test_license_of_prefers_the_expression_then_a_short_field_then_classifiers():
    def meta(**fields) -> email.message.Message:
        m = email.message.Message()
        for key, values in fields.items():
            for v in values if isinstance(values, list) else [values]:
                m[key.replace("_", "-")] = v
        return m

    assert license_of(meta(License_Expression="MIT", License="something else")) == "MIT"
    assert license_of(meta(License="BSD-3-Clause")) == "BSD-3-Clause"
    full_text = "Copyright (c) 2020\n\nPermission is hereby granted, free of charge…"
    assert license_of(meta(License=full_text, Classifier=[
        "Programming Language :: Python", "License :: OSI Approved :: MIT License"])) == "MIT License"
    assert license_of(meta(Classifier="License :: Public Domain")) == "Public Domain"
    assert license_of(meta()) == UNKNOWN


def section(text: str, name: str) -> str:
    """The license texts under one package's heading."""
    rule = "=" * 78
    start = text.index(f"{rule}\n{name} ")
    body = text[start + len(rule) + 1:].split(rule + "\n", 2)
    return body[1]


def test_third_party_licenses_hold_every_package_and_its_text():
    import third_party_licenses

    deps = runtime_dependencies()
    text = third_party_licenses.render(deps, bundle=True)
    for d in deps:
        assert f"{d.name} {d.version} — {d.license}" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in section(text, "PySide6_Essentials")
    assert "GNU GENERAL PUBLIC LICENSE" in section(text, "shiboken6")
    assert "Apache License" in section(text, "sqlite-utils")
    assert "MIT" in section(text, "httpx") and "Copyright" in section(text, "httpx")
    assert "PSF-2.0" in text and "PYTHON SOFTWARE FOUNDATION LICENSE" in text
    try:
        metadata.distribution("pyinstaller")
    except metadata.PackageNotFoundError:
        return  # the bootloader's notice is added when the bundle is built (build extra installed)
    assert "Bootloader" in text


def test_third_party_licenses_script_writes_the_file(tmp_path):
    import third_party_licenses

    out = tmp_path / "THIRD-PARTY-LICENSES.txt"
    assert third_party_licenses.main(["-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith(f"Inspector {inspector.__version__}")
    assert "PyInstaller bootloader" not in text  # only with --bundle


def test_every_resource_file_is_bundled_or_left_out_on_purpose():
    import bundle_files

    assert bundle_files.unlisted_resources(REPO) == []
    shipped = {(src.replace("\\", "/").split("/resources/")[1], dest)
               for src, dest in bundle_files.resource_datas(REPO)}
    for path in (REPO / "resources" / "checklists").glob("*.yaml"):
        assert (f"checklists/{path.name}", "resources/checklists") in shipped
    assert ("icons/inspector.ico", "resources/icons") in shipped
    assert ("templates/minutes.yaml", "resources/templates") in shipped
    assert ("probe/vocabulary.yaml", "resources/probe") in shipped


def test_an_unlisted_kind_of_resource_is_caught(tmp_path):
    import shutil

    import bundle_files

    shutil.copytree(REPO / "resources", tmp_path / "resources")
    (tmp_path / "resources" / "reference" / "notes.txt").write_text("draft")
    (tmp_path / "resources" / "translations").mkdir(exist_ok=True)
    (tmp_path / "resources" / "translations" / "inspector_vi.ts").write_text("<TS/>")
    assert bundle_files.unlisted_resources(tmp_path) == ["reference/notes.txt"]


@pytest.mark.parametrize(("text", "expected"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0)), ("3.4.5.6.7", (3, 4, 5, 6)),
])
def test_version_tuple(text, expected):
    import bundle_files

    assert bundle_files.version_tuple(text) == expected


def test_the_windows_version_resource_parses_as_pyinstaller_reads_it(tmp_path, monkeypatch):
    compat = pytest.importorskip("PyInstaller.compat", reason="PyInstaller is not installed")
    # The module imports Windows-only helpers at the top; parsing the text needs neither.
    monkeypatch.setattr(compat, "win32api", None, raising=False)
    if "pefile" not in sys.modules:
        try:
            import pefile  # noqa: F401
        except ImportError:
            monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    import bundle_files
    from PyInstaller.utils.win32 import versioninfo

    path = tmp_path / "version.txt"
    path.write_text(bundle_files.windows_version_info("0.1.0", "inspector.exe", bundle_files.DESCRIPTION_VI),
                    encoding="utf-8")
    info = versioninfo.load_version_info_from_text_file(str(path))
    assert info.ffi.fileVersionMS == 1 and info.ffi.fileVersionLS == 0  # 0.1 / 0.0
    text = str(info)
    assert "kiểm tra cổng thông tin điện tử" in text and "inspector.exe" in text


def test_the_bundle_metadata_folder_names_our_requirements(tmp_path):
    import bundle_files

    dist_info = bundle_files.write_dist_info(tmp_path, "0.1.0", ["httpx>=0.28,<0.29"], "MIT")
    dist = metadata.Distribution.at(dist_info)
    assert dist.metadata["Name"] == "inspector" and dist.version == "0.1.0"
    assert dist.requires == ["httpx>=0.28,<0.29"]
