"""The biên bản kiểm tra (inspection minutes) in Word, Decree 30/2020/NĐ-CP format.

    export_minutes(record, template, "bien-ban.docx", settings=MinutesSettings(...),
                   evidence_path=store.evidence_path, progress=..., cancelled=...)
    export_minutes(..., draft=True)                   # the team's working copy, not for issue
    convert_to_pdf("bien-ban.docx", "bien-ban.pdf")   # when LibreOffice is installed

Modules: `wording` (shipped wording + office file + Settings), `formats` (Vietnamese dates,
numbers, safe text), `legal` (what may be cited on the inspection date, and how), `notes` (the
inspector's words apart from the probe's blocks), `register` (abbreviations, persons), `counts`
(the one count the window and the minutes share), `narrative` (record → words), `writer` (words →
.docx), `export` (the job), `pdf` (LibreOffice conversion).
"""

from inspector.minutes.content import MinutesWarning
from inspector.minutes.export import MinutesResult, check_evidence, export_minutes
from inspector.minutes.pdf import convert_to_pdf, find_office
from inspector.minutes.wording import (
    MinutesSettings,
    Wording,
    load_wording,
    office_wording_file,
    save_user_wording,
    user_wording_file,
)

__all__ = [
    "MinutesResult",
    "MinutesSettings",
    "MinutesWarning",
    "Wording",
    "check_evidence",
    "convert_to_pdf",
    "export_minutes",
    "find_office",
    "load_wording",
    "office_wording_file",
    "save_user_wording",
    "user_wording_file",
]
