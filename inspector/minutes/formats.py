"""Vietnamese dates, times, numbers and safe text for official documents.

Decree 30/2020/NĐ-CP (Phụ lục I): in the place-date line the day gets a leading zero below 10 and
the month only for January and February ("ngày 05 tháng 02 năm 2025", "ngày 15 tháng 8 năm 2025").
Numbers follow Vietnamese usage: "." groups thousands, "," marks decimals ("8.950", "12,5").

Times are stored in UTC; documents print Vietnam local time (UTC+7, no daylight saving), so a
fixed offset is exact and needs no time-zone database (absent on a bare Windows Python).
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone

from inspector.domain.serialize import normalize_text

VIETNAM_TIME = timezone(timedelta(hours=7), "ICT")

# XML 1.0 forbids C0 controls other than TAB, LF and CR, lone surrogates and U+FFFE/U+FFFF; a
# .docx holding one is refused by Word ("unreadable content"). python-docx refuses them too.
# C1 controls (U+007F–U+009F) are legal XML but only ever come from mis-decoded text: dropped.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
# Vertical tab and form feed come from text pasted out of Word (manual line / page breaks).
_SOFT_BREAKS = re.compile("[\x0b\x0c\u2028\u2029\x85]")
# Pictographs (emoji and their joiners, variation selectors, keycaps, flags, tags): Times New Roman
# has none of them, so Word and LibreOffice show a box or nothing. They are left out of the
# document (the working copy says how many and where).
EMOJI = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0E\uFE0F\u20E3\U000E0020-\U000E007F]")


def clean_text(text: object) -> str:
    """Text safe to put in a .docx: NFC, "\\n" line ends, no XML-illegal characters.

    Markup-looking text ("<b>", "&amp;", "{x}") is kept literally: the writer escapes it.
    """
    if text is None:
        return ""
    value = str(text)
    value = _SOFT_BREAKS.sub("\n", value.replace("\r\n", "\n").replace("\r", "\n"))
    value = _XML_ILLEGAL.sub("", value)
    value = normalize_text(value)
    # Invisible format characters (category Cf): bidi embeddings/overrides/isolates (U+202A–
    # U+202E, U+2066–U+2069), zero-width spaces and joiners, soft hyphens, BOMs. An unclosed
    # U+202E pasted in a note would reverse the rest of the line, the program's words included.
    if any(unicodedata.category(ch) == "Cf" for ch in value):
        value = "".join(ch for ch in value if unicodedata.category(ch) != "Cf")
    return EMOJI.sub("", value)


def count_emoji(text: object) -> int:
    """How many pictographs `clean_text` leaves out of `text`."""
    return len(EMOJI.findall(str(text or "")))


def inline_text(text: object) -> str:
    """User text for running prose: cleaned, line breaks and runs of spaces made one space (a
    manual line break inside a justified paragraph stretches the line before it across the page)."""
    return re.sub(r"\s+", " ", clean_text(text)).strip()


FORM_DAY_START = (8, 0)
"""The local time the forms store for a date entered without a time (ui.i18n.day_start)."""


def time_entered(moment: datetime | None) -> bool:
    """Whether `moment` carries a time of day someone entered: the forms store a date alone as
    08:00:00 local, so that exact instant is read as "no time given"."""
    if moment is None:
        return False
    t = local_time(moment)
    return (t.hour, t.minute, t.second, t.microsecond) != (*FORM_DAY_START, 0, 0)


def local_time(moment: datetime, tz: timezone = VIETNAM_TIME) -> datetime:
    """`moment` in Vietnam time; a naive datetime is taken as already local."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(tz)


def format_date_words(day: date) -> str:
    """"ngày 07 tháng 10 năm 2016": two-digit day; leading zero on the month only for 1 and 2."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def format_place_date(place: str, day: date) -> str:
    """The place-date line (ô 4): "Phú Thọ, ngày 07 tháng 10 năm 2016"."""
    return f"{place}, {format_date_words(day)}"


def format_date_short(day: date) -> str:
    """"07/10/2016", "31/3/2017", "05/02/2025": the place-date line's leading-zero rule, applied
    to dates written with slashes (deadlines, tables) so the document is consistent."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year}"


def format_datetime_short(moment: datetime, tz: timezone = VIETNAM_TIME) -> str:
    """"09:15 07/10/2016" in Vietnam time — for evidence lists."""
    t = local_time(moment, tz)
    return f"{t.hour:02d}:{t.minute:02d} {format_date_short(t.date())}"


def format_moment_words(moment: datetime, tz: timezone = VIETNAM_TIME) -> str:
    """"8 giờ 10 phút ngày 07/10/2016" — a moment in running text."""
    return f"{format_clock_words(moment, tz)} ngày {format_date_short(local_time(moment, tz).date())}"


def format_clock_words(moment: datetime, tz: timezone = VIETNAM_TIME) -> str:
    """"8 giờ 30 phút" (the hour as said, the minutes on two digits)."""
    t = local_time(moment, tz)
    return f"{t.hour} giờ {t.minute:02d} phút"


def place_name(official_name: str) -> str:
    """Địa danh for the place-date line from an official province name.

    "Tỉnh Phú Thọ" → "Phú Thọ", "Thành phố Hà Nội" → "Hà Nội"; "Thành phố Hồ Chí Minh" keeps its
    full name (it is the place name itself, Phụ lục I).
    """
    name = clean_text(official_name).strip()
    if name.casefold() == "thành phố hồ chí minh":
        return "Thành phố Hồ Chí Minh"
    for prefix in ("Tỉnh ", "tỉnh ", "Thành phố ", "thành phố ", "TP. ", "TP "):
        if name.startswith(prefix):
            return name[len(prefix):].strip()
    return name


def format_number(value: float | int, decimals: int = 2) -> str:
    """Vietnamese number: 8950 → "8.950", 12.5 → "12,5", 1234.567 → "1.234,57"."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return str(value)
    rounded = round(float(value), decimals)
    negative = rounded < 0
    rounded = abs(rounded)
    whole = int(rounded)
    frac = f"{rounded - whole:.{decimals}f}"[2:].rstrip("0") if decimals else ""
    if frac and int(frac) == 0:
        frac = ""
    grouped = f"{whole:,}".replace(",", ".")
    text = f"{grouped},{frac}" if frac else grouped
    return f"-{text}" if negative and text != "0" else text


def format_percent(value: float) -> str:
    """0.8571 → "85,7%"."""
    return f"{format_number(value * 100, 1)}%"


def format_document_number(number: str, type_abbr: str, unit_abbr: str, blank: str) -> str:
    """"Số: 07/BB-ĐKT". A number below 10 gets a leading zero; an empty number leaves `blank`
    for the clerk ("Số:      /BB-ĐKT"); a number already written with its symbol is kept."""
    value = clean_text(number).strip()
    if value.casefold().startswith("số"):
        value = value[2:].lstrip(" :")
    if "/" in value:
        return f"Số: {value}"
    if value.isdigit() and int(value) < 10:
        value = f"{int(value):02d}"
    symbol = f"{type_abbr}-{unit_abbr}" if unit_abbr else type_abbr
    return f"Số: {value}/{symbol}" if value else f"Số:{blank}/{symbol}"


def two_digits(count: int) -> str:
    """Counts of copies are written "02", "10"."""
    return f"{count:02d}"


def lower_first(text: str) -> str:
    """"Kiểm tra việc…" → "kiểm tra việc…" (keeps acronyms such as "UBND" as they are)."""
    if not text:
        return text
    head = text.split(" ", 1)[0]
    if len(head) > 1 and head.isupper():
        return text
    return text[0].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


_ASKING_VERBS = ("được", "là", "đúng", "bảo đảm", "đảm bảo", "tuân thủ", "sử dụng", "cho phép", "đăng",
                 "gửi", "thực hiện", "triển khai", "ban hành", "kết nối", "cập nhật", "tổng hợp", "rà soát",
                 "thông báo", "phân công", "xác định", "kiểm tra", "hiển thị", "áp dụng", "đáp ứng",
                 "ghi", "cung cấp", "tìm được", "thực sự", "trực tiếp", "tổ chức", "tận dụng", "cho",
                 "tránh", "đạt", "báo cáo")
_ASKING_CO = re.compile(r"(?<=\S) có (?=(?:" + "|".join(_ASKING_VERBS) + r")\b)")
_QUESTION_TAIL = re.compile(r"\s+(không|chưa)\s*(\?|(?=\())", re.IGNORECASE)


def as_statement(question: str) -> str:
    """Turn a checklist question into a statement for running text.

    "Có lịch làm việc của lãnh đạo cơ quan, cập nhật hằng tuần không?" → "Có lịch làm việc của
    lãnh đạo cơ quan, cập nhật hằng tuần"; text without a question mark is returned unchanged.
    """
    text = clean_text(question).strip()
    if "?" not in text:
        return text.rstrip(" .;")
    text = _QUESTION_TAIL.sub(lambda m: "" if m.group(2) == "?" else " ", text)
    text = text.replace("?", "").strip()
    # "X có được đăng …", "Cổng có là …", "… có tuân thủ …": inside a question "có" + verb asks
    # whether; the statement drops it ("X được đăng …"). "có" + noun ("Cổng có các chức năng")
    # stays: only verbs that never follow a possessive "có" are listed.
    text = _ASKING_CO.sub(" ", text)
    text = re.sub(r"\s{2,}", " ", text)
    return text.rstrip(" .;:")


def strip_end_punctuation(text: str) -> str:
    """A note reused as a list line gets the list's own punctuation (";" or ".")."""
    return clean_text(text).strip().rstrip(" .;,")
