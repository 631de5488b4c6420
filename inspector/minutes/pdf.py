"""PDF copies of the minutes through LibreOffice, when it is installed.

LibreOffice is optional: `find_office()` says whether it is there (the UI hides the PDF choice
when it is not). Each conversion runs headless with a throwaway profile folder
(-env:UserInstallation), so it neither touches nor waits for a LibreOffice the user has open.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path, PurePath

from inspector.errors import Cancelled, ExportError
from inspector.libreoffice import find_office

DEFAULT_TIMEOUT = 180.0
# LibreOffice's filter options as JSON (LibreOffice ≥ 7.4); SelectPdfVersion 2 = PDF/A-2b.
_PDFA2_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'


def convert_to_pdf(docx: str | Path, pdf: str | Path | None = None, *, office: Path | None = None,
                   timeout: float = DEFAULT_TIMEOUT,
                   cancelled: Callable[[], bool] | None = None, pdfa: bool = False) -> Path:
    """Convert `docx` to `pdf` (default: same name, .pdf) and return the PDF's path.

    `pdfa`: write PDF/A-2b (archival: fonts embedded, XMP identification, colour profile),
    LibreOffice's own PDF/A export (writer_pdf_Export's SelectPdfVersion 2).

    Raises `ExportError` with reason ``no-office`` (LibreOffice not found), ``timeout`` or
    ``conversion-failed`` (LibreOffice's own output in `detail`), and `Cancelled`.
    """
    source = Path(docx)
    target = Path(pdf) if pdf is not None else source.with_suffix(".pdf")
    program = office or find_office()
    if program is None:
        raise ExportError(target, "no-office", "soffice / libreoffice not found")
    if not source.is_file():
        raise ExportError(source, "conversion-failed", "the .docx file does not exist")
    if not target.parent.is_dir():
        raise ExportError(target, "missing-folder", str(target.parent))
    with tempfile.TemporaryDirectory(prefix="inspector-office-") as tmp:
        work = Path(tmp)
        # A plain ASCII name spares LibreOffice any trouble with the user's file name.
        staged = work / "minutes.docx"
        shutil.copyfile(source, staged)
        outdir = work / "out"
        outdir.mkdir()
        command = office_command(program, work, staged, outdir, pdfa=pdfa)
        output = _run(command, timeout, cancelled, target)
        produced = outdir / "minutes.pdf"
        if not produced.is_file() or produced.stat().st_size == 0:
            raise ExportError(target, "conversion-failed", output[-2000:] or "no PDF was produced")
        # The minutes' own atomic write: staged in the data folder (nothing partial in the user's
        # folder after a kill), flushed, moved into place; locked / full disk named as for .docx.
        from inspector.minutes.export import write_atomically

        with produced.open("rb") as pdf_bytes:
            write_atomically(target, lambda handle: shutil.copyfileobj(pdf_bytes, handle))
    return target


def office_command(program: str | PurePath, work: PurePath, source: PurePath, outdir: PurePath, *,
                   pdfa: bool = False) -> list[str]:
    """LibreOffice's command line for one conversion, as an argument list (never one string):
    `subprocess` quotes each argument for the system. On Windows that is `list2cmdline`, whose
    result soffice.exe splits back by the CommandLineToArgvW rules; the PDF/A filter option's
    double quotes survive that (tests/minutes/test_minutes_pdf.py checks the round trip with
    paths holding spaces, Vietnamese letters and backslashes)."""
    return [
        str(program),
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
        "--convert-to", _PDFA2_FILTER if pdfa else "pdf:writer_pdf_Export", "--outdir", str(outdir), str(source),
    ]


def _run(command: list[str], timeout: float, cancelled: Callable[[], bool] | None,
         target: Path) -> str:
    kwargs: dict = {}
    if os.name == "nt":
        kwargs["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    else:
        kwargs["start_new_session"] = True  # so a timeout can stop soffice and its children
    try:
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, **kwargs)
    except OSError as exc:
        raise ExportError(target, "no-office", f"{command[0]}: {exc}") from exc
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                out, _ = proc.communicate(timeout=0.2)
                return out.decode("utf-8", "replace")
            except subprocess.TimeoutExpired:
                if cancelled is not None and cancelled():
                    raise Cancelled() from None
                if time.monotonic() > deadline:
                    raise ExportError(target, "timeout", f"LibreOffice took more than {timeout:g} s") from None
    finally:
        if proc.poll() is None:
            _stop(proc)


def _stop(proc: subprocess.Popen) -> None:
    try:
        if os.name == "nt":
            proc.kill()
        else:
            os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait(timeout=10)
