"""Every command has help text with an example; README's test command is what CI runs."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

from inspector.cli import build_parser

from support import REPO


def walk(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield path + (name,), sub, helps.get(name)
                yield from walk(sub, path + (name,))


def test_every_command_has_help_and_an_example():
    commands = list(walk(build_parser()))
    assert {c[0][0] for c in commands} >= {"checklist", "doctor"}
    for path, parser, short_help in commands:
        assert short_help, f"{' '.join(path)} has no help"
        assert parser.epilog and "inspector " in parser.epilog, f"{' '.join(path)} has no example"


def test_python_m_inspector_help_runs_without_qt():
    run = subprocess.run([sys.executable, "-c", "import sys, runpy; sys.argv=['inspector','--help'];"
                          "\ntry: runpy.run_module('inspector', run_name='__main__')\nexcept SystemExit: pass\n"
                          "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')"],
                         cwd=REPO, capture_output=True, text=True)
    assert "checklist" in run.stdout and run.stdout.strip().endswith("NOQT")


def test_launcher_sends_commands_to_the_core():
    run = subprocess.run([sys.executable, "-m", "ui.launcher", "checklist", "list"], cwd=REPO,
                         capture_output=True, text=True)
    assert run.returncode == 0 and "nd43-tt25" in run.stdout


def readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text)


def test_readme_opens_with_the_two_commands_and_ci_runs_the_test_one():
    start, test = readme_commands()[:2]
    assert "inspector" in start and "pytest" in test
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci
