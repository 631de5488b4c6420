"""The exported file rendered by LibreOffice: no error, the key lines with their diacritics, a
plausible page count, page numbers from page 2 on; and the converter's own errors.

The rendering tests need LibreOffice (Debian: libreoffice-writer-nogui) and poppler-utils; they
are skipped, saying so, when soffice or pdftotext is absent. The error tests use small stand-in
programs for a broken LibreOffice (one that produces nothing, one that hangs): real processes,
since a real LibreOffice cannot be made to fail on demand.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from inspector.errors import Cancelled, ExportError
from inspector.minutes import convert_to_pdf, find_office

OFFICE = find_office()
needs_office = pytest.mark.skipif(
    OFFICE is None or shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="LibreOffice (soffice) or poppler-utils (pdftotext, pdfinfo) not installed")


@pytest.fixture(scope="module")
def pdf(exported, tmp_path_factory) -> Path:
    if OFFICE is None:
        pytest.skip("LibreOffice (soffice) not installed")
    target = tmp_path_factory.mktemp("pdf") / "biên bản kiểm tra.pdf"  # a Vietnamese file name
    return convert_to_pdf(exported.path, target)


def pdftotext(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True).stdout.decode()


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], check=True,
                         capture_output=True, text=True).stdout
    sizes = []
    for line in out.splitlines():
        if line.startswith("Page") and "size:" in line:
            w, _, h = line.split("size:")[1].split()[:3]
            sizes.append((float(w), float(h)))
    return sizes


@needs_office
def test_key_lines_survive_rendering_with_diacritics(pdf):
    text = " ".join(pdftotext(pdf).split())
    for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "ĐOÀN KIỂM TRA", "Phú Thọ, ngày 07 tháng 10 năm 2016",
                 "BIÊN BẢN", "I. THÀNH PHẦN", "IV. ĐÁNH GIÁ CHUNG", "2. Tồn tại, hạn chế", "V. KIẾN NGHỊ",
                 "TM. ĐOÀN KIỂM TRA", "Trần Quốc Hưng", "Nơi nhận:", "PHỤ LỤC",
                 "DANH MỤC TÀI LIỆU, MINH CHỨNG KÈM THEO", "chưa có bản đồ địa giới hành chính",
                 # a non-breaking hyphen still reads (and is found) as a hyphen
                 "Nghị định số 43/2011/NĐ-CP"):
        assert line in text, line


@needs_office
def test_page_count_and_orientation_are_plausible(pdf):
    sizes = page_sizes(pdf)
    portrait = [s for s in sizes if s[0] < s[1]]
    landscape = [s for s in sizes if s[0] > s[1]]
    # The body of a 129-item inspection takes several pages, the appendix many more.
    assert 5 <= len(portrait) <= 25, sizes
    assert 5 <= len(landscape) <= 40, sizes
    assert sizes == portrait + landscape  # body first, then the appendix
    a4 = (595.3, 841.9)
    assert all(abs(min(s) - a4[0]) < 1 and abs(max(s) - a4[1]) < 1 for s in sizes)


@needs_office
def test_page_numbers_from_page_two_not_on_page_one(pdf):
    first = pdftotext(pdf, 1, 1).split()
    assert first[0] != "1"
    count = len(page_sizes(pdf))
    for page in (2, 3, count):
        words = pdftotext(pdf, page, page).split()
        assert words[0] == str(page), (page, words[:5])


@needs_office
def test_signatures_follow_the_closing_sentence_on_the_same_page(pdf):
    count = len(page_sizes(pdf))
    for page in range(1, count + 1):
        text = " ".join(pdftotext(pdf, page, page).split())
        if "Buổi kiểm tra kết thúc" in text:
            assert "TM. ĐOÀN KIỂM TRA" in text
            break
    else:
        pytest.fail("closing sentence not found")


def _script(tmp_path: Path, body: str) -> Path:
    if sys.platform == "win32":
        pytest.skip("stand-in programs are shell scripts")
    path = tmp_path / "fake-soffice"
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


def test_no_office_is_a_clear_error(tmp_path, monkeypatch, exported):
    monkeypatch.setenv("PATH", str(tmp_path))
    if find_office() is not None:  # installed at a fixed place (Windows, macOS)
        pytest.skip("LibreOffice found outside PATH")
    with pytest.raises(ExportError) as info:
        convert_to_pdf(exported.path, tmp_path / "x.pdf")
    assert info.value.reason == "no-office"


def test_office_that_produces_nothing(tmp_path, exported):
    fake = _script(tmp_path, "echo 'Error: source file could not be loaded' >&2\nexit 0\n")
    with pytest.raises(ExportError) as info:
        convert_to_pdf(exported.path, tmp_path / "x.pdf", office=fake)
    assert info.value.reason == "conversion-failed"
    assert "could not be loaded" in info.value.detail
    assert not (tmp_path / "x.pdf").exists()


def test_office_that_hangs_is_stopped(tmp_path, exported):
    fake = _script(tmp_path, "sleep 60\n")
    started = time.monotonic()
    with pytest.raises(ExportError) as info:
        convert_to_pdf(exported.path, tmp_path / "x.pdf", office=fake, timeout=1)
    assert info.value.reason == "timeout"
    assert time.monotonic() - started < 10


def test_cancel_stops_the_conversion(tmp_path, exported):
    fake = _script(tmp_path, "sleep 60\n")
    started = time.monotonic()
    with pytest.raises(Cancelled):
        convert_to_pdf(exported.path, tmp_path / "x.pdf", office=fake,
                       cancelled=lambda: time.monotonic() - started > 0.5)
    assert time.monotonic() - started < 10


def test_profile_is_throwaway_and_arguments_are_headless(tmp_path, exported):
    log = tmp_path / "args.txt"
    fake = _script(tmp_path, f'for a in "$@"; do echo "$a"; done > {log}\n'
                             'out=""; prev=""\n'
                             'for a in "$@"; do if [ "$prev" = "--outdir" ]; then out="$a"; fi; prev="$a"; done\n'
                             'echo "%PDF-1.4 stand-in" > "$out/minutes.pdf"\n')
    target = convert_to_pdf(exported.path, tmp_path / "x.pdf", office=fake)
    assert target.read_bytes().startswith(b"%PDF")
    args = log.read_text().splitlines()
    profile = next(a for a in args if a.startswith("-env:UserInstallation=file://"))
    assert "--headless" in args and "--convert-to" in args
    # The profile folder was temporary and is gone.
    folder = profile.split("file://", 1)[1]
    assert not os.path.exists(folder)


@needs_office
def test_header_lines_are_not_wrapped_on_page_one(pdf, exported):
    """Each header text is one line of its own column, and the header table lies inside the
    margins (30 mm left): the columns meet where the document's grid says."""
    document = docx.Document(str(exported.path))
    tbl = document.tables[0]._tbl
    grid = [int(g.get(qn("w:w"))) / 20 for g in tbl.tblGrid]  # points
    indent = int(tbl.tblPr.find(qn("w:tblInd")).get(qn("w:w"))) / 20
    assert indent >= 0  # never into the left margin
    assert sum(grid) + indent <= (210 - 30 - 15) * 72 / 25.4 + 3
    split = int(30 * 72 / 25.4 + indent + grid[0])
    def column(x: int, width: int) -> list[str]:
        raw = subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", "-x", str(x), "-y", "0",
                              "-W", str(width), "-H", "160", str(pdf), "-"],
                             check=True, capture_output=True).stdout.decode()
        return [" ".join(line.split()) for line in raw.splitlines() if line.strip()]

    left, right = column(0, split), column(split, 595 - split)
    assert left[:2] == ["BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "ĐOÀN KIỂM TRA"], left
    assert left[2] == "Số:" and "/BB-ĐKT" in left[3:5], left  # the gap is left for the number
    assert right[:3] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "Phú Thọ, ngày 07 tháng 10 năm 2016"], right


@needs_office
def test_rendered_in_times_new_roman_or_its_metric_twin(pdf):
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) not installed")
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    names = [line.split()[0] for line in out.splitlines()[2:] if line.strip()]
    serif = [n for n in names if "Courier" not in n and "Mono" not in n]
    assert serif and all("LiberationSerif" in n or "TimesNewRoman" in n for n in serif), (
        f"fonts used: {names}; install fonts-liberation2 (metric-compatible with Times New Roman)")
