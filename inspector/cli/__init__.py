"""The headless command line: `inspector <command> …` runs the core without Qt.

Each command lives in its own module exposing `register(subparsers)`; the module sets
`func` on its parser, which receives the parsed arguments and returns the exit code.
Every command has help text with an example (a test checks it).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import sys
from collections.abc import Sequence

from inspector import __version__

# Modules under inspector.cli, in the order their commands are listed in --help.
COMMAND_MODULES = ("checklist", "inspection", "doctor", "probe", "export", "sign", "verify", "sync", "report",
                   "selftest")


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
    """Run one command; return its exit code (0 done, 1 failed, 2 bad usage, 130 stopped).

    The one top-level handler: whatever a command lets through becomes one sentence in both
    languages on standard error (inspector.cli.messages.describe), the traceback goes to the
    log, and a closed pipe (`inspector … | head -1`) ends quietly.
    """
    words = list(sys.argv[1:] if argv is None else argv)
    if words[:1] == [SELF_TEST_FLAG]:
        words[0] = "self-test"
    _tolerant_streams()
    parser = _build_parser()
    args = parser.parse_args(words)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    _start_log(args.command)
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu. / Stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _drop_stdout()
        return 1
    except Exception as exc:  # noqa: BLE001 - the net under every command: a sentence, never a traceback
        logging.getLogger(__name__).exception("command %s failed", args.command)
        from inspector.cli.messages import describe

        vi, en = describe(exc)
        with contextlib.suppress(BrokenPipeError, OSError):
            print(f"{vi} / {en}", file=sys.stderr)
        return 1


def _tolerant_streams() -> None:
    """A console that cannot show Vietnamese letters gets '?' instead of a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _drop_stdout() -> None:
    """The reader went away (a pipe into `head`): send what is left to nowhere, so that Python's
    final flush does not print 'Exception ignored … BrokenPipeError'."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _start_log(command: str) -> None:
    """Commands log to their own file (inspector-cli.log) so they never rotate the app's file.

    Only the command's name is logged, not its arguments: they may hold names or paths the user
    typed, and future commands may take a password.
    """
    from inspector.logs import CLI_LOG_FILE, configure_logging, level_from_env

    configure_logging(level_from_env(), file_name=CLI_LOG_FILE)
    logging.getLogger(__name__).info("command %s", command)
