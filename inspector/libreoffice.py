"""Where LibreOffice is installed, if it is: a module of its own, so that asking (the app does at
start-up, to show or hide its PDF entries) does not load the minutes writer."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path


def find_office() -> Path | None:
    """The LibreOffice program (`soffice`), or None when it is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    candidates: list[Path] = []
    if os.name == "nt":
        for var in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432"):
            base = os.environ.get(var)
            if base:
                candidates.append(Path(base) / "LibreOffice" / "program" / "soffice.exe")
    elif sys.platform == "darwin":
        candidates.append(Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"))
    return next((c for c in candidates if c.is_file()), None)
