"""`inspector sync` from the command line: folder sync, brake exit code, conflicts list/resolve, help."""

from __future__ import annotations

import io

from inspector.cli import build_parser, main
from inspector.sync import list_conflicts

from sync_support import _isolated_data_dir, item_ids, new_inspection, open_store  # noqa: F401

ITEMS = item_ids()


def test_every_sync_command_has_help_and_an_example():
    parser = build_parser()
    sync = parser._subparsers._group_actions[0].choices["sync"]
    assert sync.description and "Example" in sync.epilog
    seen = 0
    stack = [sync]
    while stack:
        p = stack.pop()
        for action in p._actions:
            if action.__class__.__name__ == "_SubParsersAction":
                for name, sub in action.choices.items():
                    assert sub.description, name
                    assert sub.epilog and "Example" in sub.epilog, name
                    stack.append(sub)
                    seen += 1
    assert seen >= 5  # status, conflicts, list, resolve, publish


def test_cli_sync_conflicts_and_resolution(tmp_path, capsys, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    db_a, db_b = tmp_path / "a" / "inspector.sqlite3", tmp_path / "b" / "inspector.sqlite3"
    a = open_store(db_a.parent)
    insp = new_inspection(a)
    a.record_finding(insp.id, ITEMS[0], actor="An", status="dat")
    a.close()
    assert main(["sync", "--folder", str(stick), "--database", str(db_a)]) == 1  # not initialised
    assert "--init" in capsys.readouterr().err
    assert main(["sync", "--folder", str(stick), "--database", str(db_a), "--init", "--actor", "An"]) == 0
    assert main(["sync", "--folder", str(stick), "--database", str(db_b)]) == 0
    a, b = open_store(db_a.parent), open_store(db_b.parent)
    a.record_finding(insp.id, ITEMS[0], actor="An", note="bản của An")
    b.record_finding(insp.id, ITEMS[0], actor="Bình", note="bản của Bình")
    a.close()
    b.close()
    for db in (db_a, db_b, db_a):
        assert main(["sync", "--database", str(db)]) == 0  # the remembered folder
    capsys.readouterr()
    assert main(["sync", "conflicts", "list", "--database", str(db_a)]) == 0
    out = capsys.readouterr().out
    assert "bản của An" in out and "bản của Bình" in out and ITEMS[0] in out
    a = open_store(db_a.parent)
    [conflict] = list_conflicts(a)
    keep = next(v.revision for v in conflict.versions if v.actor == "Bình")
    a.close()
    assert main(["sync", "conflicts", "resolve", insp.id, "finding", ITEMS[0], "--keep", "zzz",
                 "--database", str(db_a)]) == 1
    assert main(["sync", "conflicts", "resolve", insp.id, "finding", ITEMS[0], "--keep", keep[:12],
                 "--actor", "An", "--reason", "Bình kiểm tra lại", "--database", str(db_a)]) == 0
    assert main(["sync", "--database", str(db_a)]) == 0
    assert main(["sync", "--database", str(db_b)]) == 0
    b = open_store(db_b.parent)
    assert list_conflicts(b) == [] and b.finding(insp.id, ITEMS[0]).note == "bản của Bình"
    b.close()
    capsys.readouterr()
    assert main(["sync", "status", "--database", str(db_b)]) == 0
    assert "OK" in capsys.readouterr().out


def test_cli_brake_exit_code_and_yes(tmp_path, capsys):
    stick, other = tmp_path / "stick", tmp_path / "other"
    stick.mkdir()
    other.mkdir()
    db = tmp_path / "a" / "inspector.sqlite3"
    a = open_store(db.parent)
    new_inspection(a)
    a.close()
    assert main(["sync", "--folder", str(stick), "--database", str(db), "--init"]) == 0
    import shutil

    shutil.rmtree(stick)
    stick.mkdir()
    assert main(["sync", "--database", str(db)]) == 3
    assert "--yes" in capsys.readouterr().err
    assert main(["sync", "--database", str(db), "--yes", "--init"]) == 0


def test_cli_encrypted_folder(tmp_path, monkeypatch, capsys):
    import keyring
    import keyring.backends.fail

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        stick = tmp_path / "stick"
        stick.mkdir()
        db = tmp_path / "a" / "inspector.sqlite3"
        a = open_store(db.parent)
        new_inspection(a)
        a.close()
        monkeypatch.setattr("sys.stdin", io.StringIO("bí mật của đoàn\n"))
        assert main(["sync", "--folder", str(stick), "--database", str(db), "--init", "--encrypt",
                     "--password-stdin"]) == 0
        monkeypatch.setattr("sys.stdin", io.StringIO("sai\n"))
        assert main(["sync", "--database", str(tmp_path / "b" / "x.sqlite3"), "--folder", str(stick),
                     "--password-stdin"]) == 1
        assert "Wrong passphrase" in capsys.readouterr().err
    finally:
        keyring.set_keyring(previous)
