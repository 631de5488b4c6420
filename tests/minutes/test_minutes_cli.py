"""`inspector export minutes`: help with examples, the demo export, refusals with reasons."""

from __future__ import annotations

import subprocess
import sys

import docx
import pytest

from inspector.cli import build_parser, main
from inspector.minutes import find_office


def test_help_has_examples(capsys):
    for argv in (["export", "--help"], ["export", "minutes", "--help"]):
        with pytest.raises(SystemExit) as info:
            build_parser().parse_args(argv)
        assert info.value.code == 0
        out = capsys.readouterr().out
        assert "Example" in out and "inspector export minutes" in out


def test_demo_export(tmp_path, capsys):
    out = tmp_path / "bien-ban-mau.docx"
    assert main(["export", "minutes", "--demo", "-o", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    doc = docx.Document(str(out))
    assert doc.tables[0].rows[0].cells[1].paragraphs[3].text == "Phú Thọ, ngày 07 tháng 10 năm 2016"
    # Sample data is marked as such on every page.
    assert "DỮ LIỆU MẪU" in doc.sections[0].first_page_header._element.xpath("string(.)")
    assert "DỮ LIỆU MẪU" in doc.sections[0].header._element.xpath("string(.)")


def test_existing_file_is_not_overwritten_without_asking(tmp_path, capsys):
    out = tmp_path / "bb.docx"
    out.write_bytes(b"keep me")
    assert main(["export", "minutes", "--demo", "-o", str(out)]) == 1
    assert out.read_bytes() == b"keep me"
    assert "--overwrite" in capsys.readouterr().err
    assert main(["export", "minutes", "--demo", "-o", str(out), "--overwrite"]) == 0
    assert out.read_bytes().startswith(b"PK")


@pytest.mark.parametrize(("argv", "code", "message"), [
    (["--demo", "-o", "{tmp}/bb.txt"], 2, "must end in .docx"),
    (["abc", "--demo", "-o", "{tmp}/bb.docx"], 2, "not both"),
    (["-o", "{tmp}/bb.docx"], 2, "INSPECTION_ID or --demo"),
    (["--demo", "-o", "{tmp}/khong-co/bb.docx"], 1, "the folder does not exist"),
])
def test_refusals_say_why(tmp_path, capsys, argv, code, message):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(["export", "minutes", *argv]) == code
    err = capsys.readouterr().err
    assert message in err
    assert " / " in err  # Vietnamese first, then English


def test_bad_wording_file_is_reported(tmp_path, capsys):
    bad = tmp_path / "office.yaml"
    bad.write_text("agency:\n  isuing_unit: X\n", encoding="utf-8")
    assert main(["export", "minutes", "--demo", "-o", str(tmp_path / "bb.docx"), "--wording", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "agency.isuing_unit" in err and "unknown-key" in err
    assert not (tmp_path / "bb.docx").exists()


def test_missing_database_is_reported(tmp_path, capsys):
    code = main(["export", "minutes", "abc123", "-o", str(tmp_path / "bb.docx"),
                 "--database", str(tmp_path / "none.sqlite3")])
    assert code == 1
    assert "no database" in capsys.readouterr().err


def test_stored_finalized_inspection_exports_with_its_seal(tmp_path, capsys):
    """End to end on a real database: the sample imported into the Store, finalized, exported."""
    from inspector.checklists import load_catalog
    from inspector.sample import SAMPLE_ID as DEMO_ID
    from inspector.sample import import_sample
    from inspector.storage import Store

    db = tmp_path / "inspector.sqlite3"
    with Store.open(db) as store:
        import_sample(store, load_catalog().get, everything=False)
        store.finalize(DEMO_ID, actor="Trần Quốc Hưng")
        seal = store.seals(DEMO_ID)[-1]
        evidence = store.load_inspection(DEMO_ID).evidence
    out = tmp_path / "bb.docx"
    assert main(["export", "minutes", DEMO_ID, "-o", str(out), "--database", str(db)]) == 0
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    tables = "\n".join(c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells)
    assert "BIÊN BẢN" in text and "Phú Thọ" in text
    assert seal.sha256 in text + tables
    assert all(e.sha256 in tables.replace("\n", "") for e in evidence)  # hashes wrap in their cell
    assert "warning" not in capsys.readouterr().err

    # a missing evidence file is reported, and the export still succeeds
    with Store.open(db) as store:
        store.evidence_path(evidence[0].sha256).unlink()
    assert main(["export", "minutes", DEMO_ID, "-o", str(out), "--database", str(db), "--overwrite"]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and evidence[0].file_name in err
    assert main(["export", "minutes", "no-such-id", "-o", str(tmp_path / "x.docx"), "--database", str(db)]) == 1
    assert "not found" in capsys.readouterr().err


def test_pdf_without_office_is_refused_before_writing(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    if find_office() is not None:
        pytest.skip("LibreOffice found outside PATH")
    out = tmp_path / "bb.docx"
    assert main(["export", "minutes", "--demo", "-o", str(out), "--pdf"]) == 1
    assert "LibreOffice" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.skipif(find_office() is None, reason="LibreOffice (soffice) not installed")
def test_pdf_as_a_separate_process(tmp_path):
    """The command as a user runs it (python -m inspector), with --pdf."""
    out = tmp_path / "biên-bản.docx"
    proc = subprocess.run([sys.executable, "-m", "inspector", "export", "minutes", "--demo",
                           "-o", str(out), "--pdf"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    pdf = out.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in proc.stdout


def test_draft_writes_the_working_copy_of_a_stored_inspection(tmp_path, capsys):
    from datetime import UTC, datetime

    from inspector.checklists.catalog import load_catalog
    from inspector.domain import ProvinceRef
    from inspector.storage import Store

    database = tmp_path / "inspector.db"
    with Store.open(database) as store:
        inspection = store.create_inspection(
            template=load_catalog().get("nd43-tt25"), province=ProvinceRef("63", "25", "Tỉnh Phú Thọ"),
            inspected_unit="Sở Thông tin và Truyền thông tỉnh Phú Thọ", actor="test",
            started_at=datetime(2016, 10, 7, 1, 30, tzinfo=UTC))
        store.record_finding(inspection.id, "nd43.d8", actor="test", status="khong_dat", note="Thiếu bản đồ")
    official, draft = tmp_path / "bb.docx", tmp_path / "bb-lam-viec.docx"
    common = ["export", "minutes", inspection.id, "--database", str(database)]
    assert main([*common, "-o", str(official)]) == 0
    assert main([*common, "-o", str(draft), "--draft"]) == 0
    capsys.readouterr()

    def header(path):
        return docx.Document(str(path)).sections[0].first_page_header._element.xpath("string(.)")

    assert "BẢN LÀM VIỆC – KHÔNG PHÁT HÀNH" in header(draft)
    assert "BẢN LÀM VIỆC" not in header(official)
