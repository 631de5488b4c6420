"""The `inspector` command: the desktop app, or a headless core command.

`inspector` alone (or with app options such as `--demo`) starts the desktop application;
`inspector <command> …` runs the core's command line without loading Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from inspector.cli import COMMAND_MODULES

    if args and (args[0] in COMMAND_MODULES or args[0] in ("-h", "--help", "--version")):
        from inspector.cli import main as cli_main

        return cli_main(args)
    from ui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
