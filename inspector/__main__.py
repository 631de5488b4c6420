"""`python -m inspector …`: the headless command line (the desktop app starts from `ui`)."""

from __future__ import annotations

import sys

from inspector.cli import main

if __name__ == "__main__":
    sys.exit(main())
