"""Linux desktop entry, AppStream metadata, install.sh, and the Windows installer script's folders."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import platformdirs.windows
import pytest

from inspector import __version__

from support import REPO

LINUX = REPO / "packaging" / "linux"
APP_ID = "vn.gov.inspector"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ISS = REPO / "packaging" / "windows" / "inspector.iss"


def read_desktop(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_file_passes_desktop_file_validate():
    tool = shutil.which("desktop-file-validate")
    if not tool:
        pytest.skip("desktop-file-validate is not installed (Debian package desktop-file-utils)")
    run = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr


def test_appstream_file_passes_appstreamcli_validate():
    tool = shutil.which("appstreamcli")
    if not tool:
        pytest.skip("appstreamcli is not installed (Debian package appstream)")
    run = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    problems = [line for line in run.stdout.splitlines() if re.match(r"^[EW]:", line)]
    assert problems == []


def test_the_id_version_and_names_agree_everywhere():
    entry = read_desktop(DESKTOP)
    assert entry["Icon"] == APP_ID and entry["Exec"] == "inspector" and entry["Terminal"] == "false"
    assert "Kiểm tra" in entry["GenericName[vi]"]
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("icon").text == APP_ID
    assert root.find("provides/binary").text == "inspector"
    newest = root.find("releases/release")
    assert newest.get("version") == __version__, "add a <release> for the new version"
    assert date.fromisoformat(newest.get("date")) <= date.today()
    import bundle_files  # packaging/, on sys.path through this folder's conftest

    assert bundle_files.APP_ID == APP_ID


def fake_bundle(folder: Path) -> Path:
    """The files install.sh uses, laid out as the bundle holds them; programs are stubs."""
    bundle = folder / "inspector"
    (bundle / "_internal" / "linux").mkdir(parents=True)
    for name in ("inspector", "inspector-console"):
        stub = bundle / name
        stub.write_text("#!/bin/sh\necho inspector 0.1.0\n")
        stub.chmod(0o755)
    shutil.copy(DESKTOP, bundle / "_internal" / "linux")
    shutil.copy(METAINFO, bundle / "_internal" / "linux")
    shutil.copytree(REPO / "resources" / "icons", bundle / "_internal" / "resources" / "icons")
    shutil.copy(LINUX / "install.sh", bundle / "install.sh")
    return bundle


def test_install_sh_installs_for_the_user_and_uninstall_keeps_the_data(tmp_path):
    home = tmp_path / "home"
    data = home / ".local" / "share" / "Inspector"
    data.mkdir(parents=True)
    (data / "inspector.sqlite3").write_bytes(b"the user's inspections")
    bundle = fake_bundle(tmp_path / "unpacked")
    env = dict(os.environ, HOME=str(home))
    env.pop("XDG_DATA_HOME", None)
    run = subprocess.run(["bash", str(bundle / "install.sh")], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr

    lib = home / ".local" / "lib" / "inspector"
    share = home / ".local" / "share"
    assert (lib / "inspector").is_file()
    assert os.readlink(home / ".local" / "bin" / "inspector") == str(lib / "inspector")
    entry = share / "applications" / f"{APP_ID}.desktop"
    assert read_desktop(entry)["Exec"] == str(lib / "inspector")
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
    for size in (16, 48, 256, 512):
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert icon.read_bytes() == (REPO / "resources" / "icons" / f"inspector-{size}.png").read_bytes()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()

    run = subprocess.run(["bash", str(bundle / "install.sh"), "--uninstall"], env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert not lib.exists() and not entry.exists()
    assert not (home / ".local" / "bin" / "inspector").is_symlink()
    assert (data / "inspector.sqlite3").read_bytes() == b"the user's inspections"


def test_install_sh_refuses_a_folder_that_is_not_a_bundle(tmp_path):
    run = subprocess.run(["bash", str(LINUX / "install.sh"), str(tmp_path)],
                         env=dict(os.environ, HOME=str(tmp_path / "home")), capture_output=True, text=True)
    assert run.returncode == 1 and "not an Inspector bundle" in run.stderr


def windows_folders(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """What platformdirs gives on Windows for the app's names (its Windows code, run here)."""
    local = r"C:\Users\an\AppData\Local"
    monkeypatch.setattr(platformdirs.windows, "get_win_folder",
                        lambda csidl: {"CSIDL_LOCAL_APPDATA": local,
                                       "CSIDL_APPDATA": r"C:\Users\an\AppData\Roaming"}[csidl])
    dirs = platformdirs.windows.Windows("Inspector", "Inspector", roaming=False)
    rel = lambda p: p.replace("/", "\\").replace(local, "%LOCALAPPDATA%")  # noqa: E731
    return {"data": rel(dirs.user_data_dir), "log": rel(dirs.user_log_dir), "config": rel(dirs.user_config_dir)}


def test_the_windows_installer_leaves_the_data_folder_platformdirs_uses(monkeypatch):
    folders = windows_folders(monkeypatch)
    assert folders == {"data": r"%LOCALAPPDATA%\Inspector\Inspector",
                       "log": r"%LOCALAPPDATA%\Inspector\Inspector\Logs",
                       "config": r"%LOCALAPPDATA%\Inspector\Inspector"}
    iss = ISS.read_text(encoding="utf-8")
    setup = dict(re.findall(r"^(\w+)=(.*)$", iss, re.MULTILINE))
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == r"{userpf}\{#AppName}"  # %LOCALAPPDATA%\Programs\Inspector
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["AppId"])
    assert "[UninstallDelete]" not in iss and "DelTree" not in iss
    # The message after uninstall names the folder platformdirs really uses.
    assert r"ExpandConstant('{localappdata}\Inspector\Inspector')" in iss
    assert r"Source: " + '"{#Root}\\dist\\inspector\\*"' in iss
    assert '{autoprograms}\\{#AppName}' in iss  # Start-menu entry
    build = (REPO / "packaging" / "windows" / "BUILD.md").read_text(encoding="utf-8")
    for folder in folders.values():
        assert folder in build
