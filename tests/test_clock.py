"""One clock: every time a person reads is Vietnam time in one format, whatever the laptop's time
zone. Each case runs in a fresh Python whose TZ is set (time.tzset reads it at start)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from inspector import clock

from support import REPO

MOMENT = "2016-10-07T14:16:05+00:00"  # 21:16:05 in Vietnam

SHOWN = r"""
import json, sys
from datetime import datetime
from inspector import clock
from inspector.minutes.formats import format_moment_words
from inspector.probe.describe import _local
from ui.i18n import format_datetime, format_time
from ui.sync.texts import when_text
m = datetime.fromisoformat(sys.argv[1])
print(json.dumps({
    "clock": clock.format_datetime(m), "clock_time": clock.format_time(m),
    "probe_note": _local(m), "ui_time": format_time(m), "ui_datetime": format_datetime(m),
    "sync_status": when_text(m), "minutes": format_moment_words(m),
}))
"""


def shown_under(tz: str) -> dict[str, str]:
    env = {**os.environ, "TZ": tz}
    done = subprocess.run([sys.executable, "-c", SHOWN, MOMENT], env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=60, check=True)
    return json.loads(done.stdout)


def test_every_time_shown_is_vietnam_time_whatever_the_machine_time_zone():
    seen = {tz: shown_under(tz) for tz in ("UTC", "America/New_York", "Asia/Ho_Chi_Minh")}
    for shown in seen.values():
        assert shown == seen["UTC"]
    shown = seen["UTC"]
    assert shown["clock"] == shown["probe_note"] == shown["ui_datetime"] == shown["sync_status"] == "07/10/2016 21:16"
    assert shown["clock_time"] == shown["ui_time"] == "21:16:05"
    assert shown["minutes"] == "21 giờ 16 phút ngày 07/10/2016"


def test_stored_moments_are_utc_and_naive_ones_are_read_as_utc():
    assert clock.now_utc().utcoffset() == timedelta(0)
    assert clock.format_datetime(datetime(2016, 10, 7, 14, 16)) == "07/10/2016 21:16"
    assert clock.local_date(datetime(2016, 10, 7, 18, 0, tzinfo=UTC)).isoformat() == "2016-10-08"


@given(st.datetimes(min_value=datetime(1976, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)))
def test_vietnam_time_is_always_utc_plus_seven(moment):
    local = clock.local(moment)
    assert local.utcoffset() == timedelta(hours=7) and local == moment
    assert clock.format_datetime(moment) == (moment + timedelta(hours=7)).strftime("%d/%m/%Y %H:%M")
