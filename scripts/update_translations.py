"""Extract the UI's strings into the .ts sources and compile them to .qm.

    python scripts/update_translations.py          update resources/translations/*.ts, build *.qm
    python scripts/update_translations.py --check  fail if the .ts is out of date or unfinished

Translators edit `inspector_vi.ts` (Qt Linguist or any text editor); this script keeps it in step
with the code (`pyside6-lupdate`, no line numbers so moving code causes no churn) and compiles it
(`pyside6-lrelease`). Both tools come with PySide6.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("vi",)


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (a venv), else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this Python")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "ui").rglob("*.py"))


def run_lupdate(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-silent", *sources(),
                    "-ts", str(ts)], cwd=REPO, check=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=REPO, check=True)


def unfinished(ts: Path) -> int:
    text = ts.read_text(encoding="utf-8")
    return text.count('type="unfinished"')


def check() -> list[str]:
    """Problems: a .ts that lupdate would change, or with unfinished entries."""
    problems = []
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"inspector_{lang}.ts"
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / ts.name
            shutil.copy2(ts, copy)
            run_lupdate(copy)
            if copy.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.name} is out of date: run scripts/update_translations.py")
        n = unfinished(ts)
        if n:
            problems.append(f"{ts.name} has {n} unfinished entries")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check; change nothing")
    args = parser.parse_args()
    if args.check:
        problems = check()
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"inspector_{lang}.ts"
        run_lupdate(ts)
        run_lrelease(ts, ts.with_suffix(".qm"))
        n = unfinished(ts)
        print(f"{ts.relative_to(REPO)}: {n} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
