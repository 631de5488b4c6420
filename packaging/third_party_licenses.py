"""Write THIRD-PARTY-LICENSES.txt: every package the program runs on, its license and its text.

    python packaging/third_party_licenses.py -o dist/THIRD-PARTY-LICENSES.txt [--bundle]

The list is `inspector.about.runtime_dependencies()` — the requirements in pyproject.toml followed
through installed package metadata — so it names what is installed in the environment the
bundle is built from. Each package's own license files are copied in full. Packages whose
metadata carries no license file (PySide6 and shiboken6) get the texts of the licenses they
name, kept in packaging/licenses/. With --bundle, Python's own license and PyInstaller's
bootloader license are added, since the bundle contains both.
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from inspector import __version__  # noqa: E402
from inspector.about import DependencyInfo, license_texts, runtime_dependencies  # noqa: E402

LICENSE_TEXTS = Path(__file__).resolve().parent / "licenses"
# SPDX ids named in a package's metadata → the shipped texts that apply. LGPL-3.0 is a set of
# extra permissions on top of the GPL-3.0, so both texts go with it.
FALLBACK_TEXTS = {
    "LGPL-3.0-only": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "LGPL-3.0": ("LGPL-3.0.txt", "GPL-3.0.txt"),
}
QT_NOTE = """\
Inspector uses Qt and Qt for Python (PySide6, shiboken6) under the GNU Lesser General Public
License version 3 (the packages offer LGPL-3.0, GPL-2.0 or GPL-3.0; Inspector takes LGPL-3.0).
The Qt libraries in this bundle are unmodified, dynamically linked shared libraries (the Qt6*
and PySide6 files in the program folder); you may replace them with other compatible builds.
Their source code is published by The Qt Company at https://download.qt.io/ (Qt) and
https://code.qt.io/cgit/pyside/pyside-setup.git/ (PySide6)."""
RULE = "=" * 78


def fallback_texts(dep: DependencyInfo) -> list[tuple[str, str]]:
    names: list[str] = []
    for part in dep.license.replace("(", " ").replace(")", " ").split():
        for file_name in FALLBACK_TEXTS.get(part, ()):
            if file_name not in names:
                names.append(file_name)
    return [(n, (LICENSE_TEXTS / n).read_text(encoding="utf-8")) for n in names]


def python_license() -> tuple[str, str] | None:
    """CPython's LICENSE.txt from the interpreter building the bundle (its stdlib is inside)."""
    base = Path(sys.base_prefix)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (base / "lib" / version / "LICENSE.txt", base / "LICENSE.txt",
                      base / "share" / "doc" / version / "copyright"):
        if candidate.is_file():
            return candidate.name, candidate.read_text(encoding="utf-8", errors="replace")
    return None


def render(deps: tuple[DependencyInfo, ...], *, bundle: bool) -> str:
    out = [f"Inspector {__version__} — third-party software / phần mềm của bên thứ ba", RULE, "",
           "Inspector is distributed under the MIT License. It runs on the software listed",
           "below (the packages it depends on, as installed where it was built), each under",
           "its own license; the full texts follow the list.", ""]
    extras: list[tuple[str, str, str, list[tuple[str, str]]]] = []
    if bundle:
        py = python_license()
        extras.append(("Python", sys.version.split()[0], "PSF-2.0", [py] if py else []))
        try:
            pyi = metadata.distribution("pyinstaller")
            extras.append(("PyInstaller bootloader", pyi.version,
                           "GPL-2.0-or-later WITH Bootloader-exception", license_texts("pyinstaller")))
        except metadata.PackageNotFoundError:
            pass
    rows = [(d.name, d.version, d.license) for d in deps] + [(n, v, lic) for n, v, lic, _ in extras]
    width = max(len(name) for name, _, _ in rows) + 2
    out += [f"  {name:<{width}}{version:<14}{lic}" for name, version, lic in rows]
    out += ["", QT_NOTE, ""]
    for d in deps:
        texts = license_texts(d.name) or fallback_texts(d)
        out += [RULE, f"{d.name} {d.version} — {d.license}"]
        if d.homepage:
            out.append(d.homepage)
        out.append(RULE)
        if not texts:
            out.append("(The package's metadata carries no license file; its license is named above.)")
        for file_name, text in texts:
            out += [f"--- {file_name} ---", text.rstrip(), ""]
        out.append("")
    for name, version, lic, texts in extras:
        out += [RULE, f"{name} {version} — {lic}", RULE]
        for file_name, text in texts:
            out += [f"--- {file_name} ---", text.rstrip(), ""]
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--bundle", action="store_true", help="add Python's and PyInstaller's licenses")
    args = parser.parse_args(argv)
    deps = runtime_dependencies()
    if not deps:
        print("No dependency metadata found: is this the environment the program runs in?", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render(deps, bundle=args.bundle), encoding="utf-8")
    print(f"{args.output}: {len(deps)} packages, {args.output.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
