"""Exporter process for the crash test: writes the sample minutes again and again over one file,
reporting each export after it returns. Killed with SIGKILL at random moments by
tests/test_crash_safety.py. The data folder (where exports are staged) is INSPECTOR_DATA_DIR."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inspector.cli import main  # noqa: E402


def run(out: str) -> None:
    n = 0
    while True:
        if main(["export", "minutes", "--demo", "-o", out, "--overwrite"]) != 0:
            sys.exit(1)
        n += 1
        print(f"E {n}", flush=True)


if __name__ == "__main__":
    print("S 0", flush=True)
    run(sys.argv[1])
