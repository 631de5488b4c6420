"""The `inspector` command: the desktop app, or a headless core command.

`inspector` alone (or with app options such as `--demo`) starts the desktop application;
`inspector <command> …` runs the core's command line without loading Qt; `inspector --self-test`
(the bundle's check) runs `inspector self-test`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from inspector.cli import SELF_TEST_FLAG, is_command

    if args and (is_command(args[0]) or args[0] in ("-h", "--help", "--version", SELF_TEST_FLAG)):
        from inspector.cli import main as cli_main

        _give_windowed_bundle_streams()
        return cli_main(args)
    from ui.qt_check import qt_problem

    problem = qt_problem()
    if problem is not None:  # a sentence naming the packages, not "ImportError: libGL.so.1"
        print(problem, file=sys.stderr)
        return 1
    from ui.app import run

    return run(args)


def _give_windowed_bundle_streams() -> None:
    """The windowed Windows bundle has no console: sys.stdout/stderr are None and print() fails.

    Commands then write into the void (the exit code still tells the result); support staff use
    inspector-console.exe to read the output.
    """
    import os

    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process's life


if __name__ == "__main__":
    sys.exit(main())
