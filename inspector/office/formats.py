"""How the national summary prints numbers, percentages and dates (one rule for the Word
report, the workbook's texts and the chart).

- Percentages: always one decimal, Vietnamese decimal comma, rounded half up from the exact
  score (0.7394 → "73,9%", never "74%"). A whole value keeps its decimal ("75,0%"), so a
  column never mixes "75%" with "58,3%".
- Changes: percentage points with a sign ("+3,2", "−1,5", "0,0").
- Dates: dd/mm/yyyy with two-digit day and month ("04/05/2016").
- Numbers: thousands with a dot ("8.127").

Dates, percentages and counts never break across lines: the Word tables mark such cells "no
wrap" and give their columns a width that fits them whole.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from inspector.minutes.formats import format_number
from inspector.office.scores import score_percent

NBSP = "\u00a0"
MINUS = "\u2212"


def pct(score: Fraction | None, none: str = "–") -> str:
    """"73,9%" (one decimal always, half up from the exact value); `none` without a score."""
    if score is None:
        return none
    value = score_percent(score, 1)
    whole, _, frac = f"{value:.1f}".partition(".")
    return f"{_group(int(whole))},{frac}%"


def points(delta: Fraction | None, none: str = "–") -> str:
    """A change in percentage points: "+3,2", "−1,5", "0,0"."""
    if delta is None:
        return none
    exact = Decimal(abs(delta.numerator)) * 100 / Decimal(delta.denominator)
    value = exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    whole, _, frac = f"{value:.1f}".partition(".")
    text = f"{_group(int(whole))},{frac}"
    if value == 0:
        return text
    return f"+{text}" if delta > 0 else f"{MINUS}{text}"


def day(when: date | None, none: str = "") -> str:
    """"04/05/2016"."""
    return when.strftime("%d/%m/%Y") if when else none


def number(value: int) -> str:
    """"8.127"."""
    return format_number(value)


def _group(whole: int) -> str:
    return f"{whole:,}".replace(",", ".")
