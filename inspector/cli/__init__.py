"""The headless command line: `inspector <command> …` runs the core without Qt.

Each command lives in its own module exposing `register(subparsers)`; the module sets
`func` on its parser, which receives the parsed arguments and returns the exit code.
Every command has help text with an example (a test checks it).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from inspector import __version__

# Modules under inspector.cli, in the order their commands are listed in --help.
COMMAND_MODULES = ("checklist", "inspection", "doctor", "probe", "export", "sync", "report", "selftest")


def is_command(word: str) -> bool:
    """True when `word` names a command (`self-test` lives in the module `selftest`)."""
    return word.replace("-", "") in COMMAND_MODULES


def command_names() -> list[str]:
    return [name for name in _build_parser()._subparsers._group_actions[0].choices]  # type: ignore[union-attr]


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inspector",
        description="Inspector — kiểm tra cổng thông tin điện tử và dịch vụ công trực tuyến. "
        "Without a command, `inspector` opens the desktop application.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"inspector {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"inspector.cli.{name}").register(sub)
    return parser


def build_parser() -> argparse.ArgumentParser:
    return _build_parser()


SELF_TEST_FLAG = "--self-test"  # the bundle's spelling of `self-test` (see ui.launcher)


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if words[:1] == [SELF_TEST_FLAG]:
        words[0] = "self-test"
    parser = _build_parser()
    args = parser.parse_args(words)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    _start_log(args.command)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu. / Stopped.", file=sys.stderr)
        return 130
    except Exception:
        logging.getLogger(__name__).exception("command %s failed", args.command)
        raise


def _start_log(command: str) -> None:
    """Commands log to their own file (inspector-cli.log) so they never rotate the app's file.

    Only the command's name is logged, not its arguments: they may hold names or paths the user
    typed, and future commands may take a password.
    """
    from inspector.logs import CLI_LOG_FILE, configure_logging, level_from_env

    configure_logging(level_from_env(), file_name=CLI_LOG_FILE)
    logging.getLogger(__name__).info("command %s", command)
