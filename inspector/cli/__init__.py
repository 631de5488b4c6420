"""The headless command line: `inspector <command> …` runs the core without Qt.

Each command lives in its own module exposing `register(subparsers)`; the module sets
`func` on its parser, which receives the parsed arguments and returns the exit code.
Every command has help text with an example (a test checks it).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from inspector import __version__

# Modules under inspector.cli, in the order their commands are listed in --help.
COMMAND_MODULES = ("checklist", "doctor", "probe", "export", "sync", "report")


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


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu. / Stopped.", file=sys.stderr)
        return 130
