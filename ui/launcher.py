"""The `inspector` command: the desktop app, or a headless core command.

`inspector` alone (or with app options such as `--demo`) starts the desktop application;
`inspector <command> …` runs the core's command line without loading Qt; `inspector --self-test`
(the bundle's check) runs `inspector self-test`. Anything else (a mistyped command such as
`inspector sign --help`, an unknown option) is an error with the list of commands: a window
that opens by accident in a script or over SSH would hang it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and not _opens_window(args[0]):
        # argparse and the command table: imported only when the first word may be a command
        from inspector.cli import SELF_TEST_FLAG, is_command

        if is_command(args[0]) or args[0] in ("-h", "--help", "--version", SELF_TEST_FLAG):
            from inspector.cli import main as cli_main

            _give_windowed_bundle_streams()
            return cli_main(args)
    return _desktop(args)


def _opens_window(first: str) -> bool:
    """True for the app's own options, which are never a command: the start-up of the window
    then skips importing the command line (argparse and the command table)."""
    return first.partition("=")[0] in ("--demo", "--quit-after-start", "--language", "--data-dir")


def _desktop(args: list[str]) -> int:
    from ui.app import unknown_argument

    unknown = unknown_argument(args)
    if unknown is not None:
        return _no_such_command(unknown)
    from ui.qt_check import qt_problem

    problem = qt_problem()
    if problem is not None:  # a sentence naming the packages, not "ImportError: libGL.so.1"
        print(problem, file=sys.stderr)
        return 1
    from ui.app import run

    try:
        return run(args)
    except Exception as exc:  # noqa: BLE001 - before the window's own handler exists: a sentence, not a traceback
        import logging

        from inspector.cli.messages import describe
        from ui.app import open_held_log

        open_held_log()
        logging.getLogger(__name__).critical("the application could not start", exc_info=exc)
        _give_windowed_bundle_streams()
        print("{} / {}".format(*describe(exc)), file=sys.stderr)
        return 1


def _no_such_command(word: str) -> int:
    from inspector.cli import command_names
    from ui.app import USAGE

    _give_windowed_bundle_streams()
    commands = ", ".join(command_names())
    print(f"inspector: không có lệnh hoặc tuỳ chọn “{word}” / no such command or option “{word}”\n"
          f"Các lệnh / commands: {commands}\n{USAGE}", file=sys.stderr)
    return 2


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
