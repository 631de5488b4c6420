"""One clock for everything a person reads: times are stored in UTC and shown or printed in the
inspection's local time, Asia/Ho_Chi_Minh, in one format.

Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact and needs
no time-zone database (a bare Windows Python has none). The laptop's own time zone is never used:
a laptop set to UTC (or left on a travel setting) showed "14:16" in a probe note while the minutes
said "21 giờ 16 phút" for the same moment.

    format_time      "14:18:37"            the save indicator ("Đã lưu lúc 14:18:37")
    format_datetime  "07/10/2016 14:18"    notes, banners, sync status, evidence captions
    format_date      "07/10/2016"          dates in lists and forms
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

INSPECTION_TIME_ZONE = "Asia/Ho_Chi_Minh"
VIETNAM = timezone(timedelta(hours=7), "ICT")

TIME_FORMAT = "%H:%M:%S"
DATETIME_FORMAT = "%d/%m/%Y %H:%M"
DATE_FORMAT = "%d/%m/%Y"


def now_utc() -> datetime:
    """The current moment, aware, in UTC (what is stored)."""
    return datetime.now(UTC)


def local(moment: datetime) -> datetime:
    """`moment` in Vietnam time. A naive datetime is taken as UTC, the way moments are stored."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(VIETNAM)


def local_now() -> datetime:
    """The current moment in Vietnam time."""
    return local(now_utc())


def local_date(moment: datetime) -> date:
    """The calendar day of `moment` in Vietnam."""
    return local(moment).date()


def format_time(moment: datetime) -> str:
    """"14:18:37" in Vietnam time."""
    return local(moment).strftime(TIME_FORMAT)


def format_datetime(moment: datetime) -> str:
    """"07/10/2016 14:18" in Vietnam time."""
    return local(moment).strftime(DATETIME_FORMAT)


def format_date(value: date | datetime) -> str:
    """"07/10/2016"; a datetime gives its day in Vietnam."""
    if isinstance(value, datetime):
        value = local_date(value)
    return value.strftime(DATE_FORMAT)
