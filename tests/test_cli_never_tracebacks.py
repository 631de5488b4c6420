"""Issue 17 holes 7 and 18: every command, run against a corrupt, a newer, a read-only and an
empty database, ends with a sentence and an exit code, never a traceback; a mistyped command or
an unknown option is an error with the list of commands, never a window."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from inspector.libreoffice import find_office
from inspector.storage import SCHEMA_VERSION, Store

from support import PHU_THO, REPO

# Each command runs in-process in one child Python (fast), which prints one JSON line per command.
RUNNER = textwrap.dedent("""
    import contextlib, io, json, sys
    from inspector.cli import main
    for words in json.loads(sys.argv[1]):
        err = io.StringIO()
        out = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            try:
                code = main(words)
            except SystemExit as exc:
                code = exc.code
            except BaseException as exc:
                code = "raised " + type(exc).__name__
        print(json.dumps({"words": words, "code": code, "err": err.getvalue(), "out": out.getvalue()}))
""")


def commands(db, work, inspection_id="0" * 8):
    template = REPO / "resources" / "checklists" / "nd43-tt25.yaml"
    target = work / "target"
    return [
        ["doctor", "--database", str(db)],
        ["export", "minutes", inspection_id, "-o", str(work / "bb.docx"), "--database", str(db), "--overwrite"],
        ["report", "--year", "2016", "--template", "nd43-tt25", "--xlsx", str(work / "r.xlsx"),
         "--database", str(db), "--overwrite"],
        ["sync", "status", "--database", str(db)],
        ["sync", "conflicts", "list", "--database", str(db)],
        ["sync", "conflicts", "resolve", inspection_id, "finding", "x", "--keep", "a" * 64, "--database", str(db)],
        ["sync", "publish", str(template), "--folder", str(target), "--database", str(db)],
        ["sync", "--folder", str(target), "--database", str(db)],
    ]


def run_all(words_list, *, read_only_folder=None, env_extra=None) -> list[dict]:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", **(env_extra or {}))
    argv = [sys.executable, "-c", RUNNER, json.dumps(words_list)]
    if read_only_folder is not None:
        folder = str(read_only_folder)
        script = (f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && "
                  '"$@"')
        argv = ["unshare", "-rm", "sh", "-c", script, "sh", *argv]
    run = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
    assert "Traceback" not in run.stderr, run.stderr
    return [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]


def assert_sentences(results, allowed=(1, 2)):
    assert results
    for r in results:
        assert "Traceback" not in r["err"] + r["out"], r
        assert r["code"] in allowed, r
        if r["code"] != 0:
            assert len(r["err"].strip()) > 10, r


def make_db(folder, nd43) -> tuple:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "inspector.sqlite3"
    with Store.open(db) as s:
        iid = s.create_inspection(template=nd43, province=PHU_THO, inspected_unit="Sở TT&TT", actor="A").id
        s.record_finding(iid, "nd43.d10.1b.1", actor="A", status="dat")
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db, iid


def test_every_command_on_a_corrupt_database(tmp_path):
    db = tmp_path / "data" / "inspector.sqlite3"
    db.parent.mkdir()
    db.write_bytes(b"this is not a database at all" * 200)
    results = run_all(commands(db, tmp_path))
    assert_sentences(results)
    assert any("damaged" in r["err"] or "hỏng" in r["err"] for r in results)


@pytest.mark.skipif(find_office() is None, reason="--pdfa needs LibreOffice")
def test_the_pdfa_export_says_a_damaged_database_is_damaged_as_the_word_export_does(tmp_path):
    db = tmp_path / "data" / "inspector.sqlite3"
    db.parent.mkdir()
    db.write_bytes(b"this is not a database at all" * 200)
    word, pdfa = run_all([
        ["export", "minutes", "0" * 8, "-o", str(tmp_path / "bb.docx"), "--database", str(db)],
        ["export", "minutes", "0" * 8, "--pdfa", "-o", str(tmp_path / "bb.pdf"), "--database", str(db)],
    ])
    assert_sentences([word, pdfa])
    assert "hỏng" in word["err"] and pdfa["err"] == word["err"]


def test_every_command_on_an_empty_database(tmp_path):
    db = tmp_path / "data" / "inspector.sqlite3"
    db.parent.mkdir()
    db.write_bytes(b"")
    results = run_all(commands(db, tmp_path))
    assert_sentences(results)
    assert db.stat().st_size == 0  # never replaced by a new empty database
    assert all(str(db) in r["err"] for r in results), [r["err"] for r in results]


def test_every_command_on_a_newer_database(tmp_path, nd43):
    db, iid = make_db(tmp_path / "data", nd43)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    conn.close()
    results = run_all(commands(db, tmp_path, iid))
    assert_sentences(results)
    assert all("newer" in r["err"] or "mới hơn" in r["err"] for r in results), [r["err"] for r in results]


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare for a read-only mount")
def test_every_command_on_a_read_only_data_folder(tmp_path, nd43):
    if subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode != 0:
        pytest.skip("user namespaces are not available here")
    db, iid = make_db(tmp_path / "data", nd43)
    results = run_all(commands(db, tmp_path, iid), read_only_folder=db.parent,
                      env_extra={"INSPECTOR_DATA_DIR": str(db.parent)})
    by_command = {" ".join(r["words"][:2]): r for r in results}
    # Reading works in a read-only folder: doctor checks, the minutes are exported.
    assert by_command["doctor --database"]["code"] == 0, by_command["doctor --database"]
    assert "read-only" in by_command["doctor --database"]["out"]
    assert by_command["export minutes"]["code"] == 0, by_command["export minutes"]
    assert (tmp_path / "bb.docx").is_file()
    assert_sentences([r for r in results if r["code"] != 0])


def test_a_mistyped_command_is_an_error_not_a_window(tmp_path):
    for words in (["sigm", "--help"], ["--bogus"], ["--demo", "--verbose"], ["exprot"]):
        run = subprocess.run([sys.executable, "-c", "import sys; from ui.launcher import main; sys.exit(main())",
                              *words], cwd=REPO, capture_output=True, text=True, timeout=60,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        assert run.returncode == 2, (words, run.stderr)
        assert f"“{words[0] if words[0] != '--demo' else '--verbose'}”" in run.stderr
        assert "checklist, inspection, doctor, probe, export, sign, verify, sync, report, self-test" in run.stderr
        assert "Traceback" not in run.stderr


def test_a_closed_pipe_ends_quietly():
    run = subprocess.run(f"{sys.executable} -m inspector checklist list | head -c 1", shell=True, cwd=REPO,
                         capture_output=True, text=True)
    assert "Traceback" not in run.stderr and "BrokenPipe" not in run.stderr, run.stderr


def test_a_broken_address_and_a_passphrase_without_terminal_are_sentences(tmp_path):
    target, data = tmp_path / "target", tmp_path / "data"
    target.mkdir()
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", INSPECTOR_DATA_DIR=str(data))
    init = subprocess.run([sys.executable, "-m", "inspector", "sync", "--folder", str(target), "--init", "--encrypt",
                           "--password-stdin"], input="mat-khau-dai-12345\n", cwd=REPO, capture_output=True,
                          text=True, env=env)
    assert init.returncode == 0, init.stderr
    for words in (["probe", "http://[::1"], ["sync", "--folder", str(target)]):
        run = subprocess.run([sys.executable, "-m", "inspector", *words], cwd=REPO, capture_output=True, text=True,
                             env=env, stdin=subprocess.DEVNULL)
        assert run.returncode in (1, 2), run.stderr
        assert "Traceback" not in run.stderr and len(run.stderr.strip()) > 20, run.stderr
    assert "not a valid address" in subprocess.run(
        [sys.executable, "-m", "inspector", "probe", "http://[::1"], cwd=REPO, capture_output=True, text=True).stderr
