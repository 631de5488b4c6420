"""`inspector report`: files written from a real database, plain bilingual errors and exit codes."""

from __future__ import annotations

import subprocess
import sys

import docx
import openpyxl

from inspector.cli import main

from support import REPO


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["report", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_report_writes_both_files(known, tmp_path, capsys):
    store, _, _ = known
    docx_path, xlsx_path = tmp_path / "bc.docx", tmp_path / "bc.xlsx"
    code, out, err = run(capsys, "--year", "2016", "--template", "mini", "-o", str(docx_path),
                         "--xlsx", str(xlsx_path), "--database", str(store.path), "--today", "2017-06-30",
                         "--number", "7", "--signer", "Trần Quốc Hưng")
    assert code == 0, err
    assert "mini 2016: 6 inspections, 5 provinces, 3 recommendations, 1 still open from earlier inspections" in out
    doc = docx.Document(str(docx_path))
    assert doc.tables[0].rows[0].cells[0].paragraphs[3].text == "Số: 07/BC-THH"
    sig = next(t for t in doc.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:")
    assert [p.text for p in sig.rows[0].cells[1].paragraphs if p.text] == ["CỤC TRƯỞNG", "Trần Quốc Hưng"]
    assert openpyxl.load_workbook(xlsx_path)["Kiến nghị"]["G2"].value == "Quá hạn"
    # The file is left alone without --overwrite.
    code, _, err = run(capsys, "--year", "2016", "--template", "mini", "--xlsx", str(xlsx_path),
                       "--database", str(store.path))
    assert code == 1 and "--overwrite" in err


def test_report_refuses_bad_arguments(known, tmp_path, capsys):
    store, _, _ = known
    db = ["--database", str(store.path)]
    code, _, err = run(capsys, "--year", "2016", "--from", "2015", "--template", "mini", "--xlsx", "x.xlsx", *db)
    assert code == 2 and "not both" in err
    code, _, err = run(capsys, "--template", "mini", "--xlsx", str(tmp_path / "x.xlsx"), *db)
    assert code == 2 and "--year 2016" in err
    code, _, err = run(capsys, "--year", "2016", "--template", "mini", *db)
    assert code == 2 and "-o" in err
    code, _, err = run(capsys, "--year", "2016", "--template", "mini", "-o", str(tmp_path / "x.pdf"), *db)
    assert code == 2 and ".docx" in err
    code, _, err = run(capsys, "--from", "2017", "--to", "2016", "--template", "mini", "--xlsx", "x.xlsx", *db)
    assert code == 2
    code, _, err = run(capsys, "--year", "2016", "--template", "nd42-2022", "--xlsx", str(tmp_path / "x.xlsx"), *db)
    assert code == 1 and "Không có cuộc kiểm tra nào" in err
    code, _, err = run(capsys, "--year", "2016", "--template", "mini", "--xlsx", str(tmp_path / "no" / "x.xlsx"), *db)
    assert code == 1 and "thư mục không tồn tại" in err
    code, _, err = run(capsys, "--year", "2016", "--template", "mini", "--xlsx", str(tmp_path / "x.xlsx"),
                       "--database", str(tmp_path / "none.sqlite3"))
    assert code == 1 and "no database" in err


def test_report_help_runs_without_qt():
    run = subprocess.run([sys.executable, "-m", "inspector", "report", "--help"], cwd=REPO,
                         capture_output=True, text=True)
    assert run.returncode == 0 and "inspector report --year 2016 --template nd43-tt25" in run.stdout


def test_report_issuer_and_signer_from_the_office_file_and_the_command_line(known, tmp_path, capsys):
    store, _, _ = known
    office = tmp_path / "report.yaml"
    office.write_text('issuer:\n  unit: "VỤ KẾ HOẠCH – TÀI CHÍNH"\n  unit_abbreviation: "KHTC"\n'
                      'signer:\n  title: "VỤ TRƯỞNG"\n  name: "Lê Văn B"\n', encoding="utf-8")
    out = tmp_path / "bc.docx"
    code, _, err = run(capsys, "--year", "2016", "--template", "mini", "-o", str(out), "--database", str(store.path),
                       "--today", "2017-06-30", "--report-wording", str(office))
    assert code == 0, err
    doc = docx.Document(str(out))
    header = [p.text for p in doc.tables[0].rows[0].cells[0].paragraphs]
    assert header[1] == "VỤ KẾ HOẠCH – TÀI CHÍNH" and header[3].endswith("/BC-KHTC")
    sig = next(t for t in doc.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:")
    assert [p.text for p in sig.rows[0].cells[1].paragraphs if p.text] == ["VỤ TRƯỞNG", "Lê Văn B"]
    # The command line wins over the file.
    code, _, err = run(capsys, "--year", "2016", "--template", "mini", "-o", str(out), "--database", str(store.path),
                       "--report-wording", str(office), "--overwrite", "--issuer", "CỤC TIN HỌC HÓA",
                       "--signer-authority", "KT. CỤC TRƯỞNG", "--signer-title", "PHÓ CỤC TRƯỞNG",
                       "--signer", "Nguyễn Văn A", "--date", "2025-03-01")
    assert code == 0, err
    doc = docx.Document(str(out))
    header = [p.text for p in doc.tables[0].rows[0].cells[0].paragraphs]
    assert header[:2] == ["BỘ KHOA HỌC VÀ CÔNG NGHỆ", "CỤC TIN HỌC HÓA"]  # the ministry on 01/03/2025
    sig = next(t for t in doc.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:")
    assert [p.text for p in sig.rows[0].cells[1].paragraphs if p.text] == [
        "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Văn A"]
    # A typo in the file is a sentence, not a traceback, and nothing is written.
    office.write_text("signer:\n  titel: VỤ TRƯỞNG\n", encoding="utf-8")
    code, _, err = run(capsys, "--year", "2016", "--template", "mini", "-o", str(tmp_path / "x.docx"),
                       "--database", str(store.path), "--report-wording", str(office))
    assert code == 1 and "signer.titel" in err and "Traceback" not in err
    assert not (tmp_path / "x.docx").exists()
