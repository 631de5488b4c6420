"""The compliance score and the ranking of provinces.

Score (điểm tuân thủ) of a set of findings:

    score = (Đạt + 0.5 × Đạt một phần) / (Đạt + Đạt một phần + Không đạt)

Each finding counts once: Đạt 1, Đạt một phần 0.5, Không đạt 0 (`FindingStatus.score`).
Không áp dụng and items not assessed (no status, or a figure without a status) are left out of
both sides. Findings with no scorable status at all give no score (None), not 0: a province
whose every item was "Không áp dụng" has not failed anything.

Which findings count is decided per inspection in `dashboard` (legal-duty items whose texts
were in force on the inspection's date; practice and figure items never).

A province's score pools the findings of all its inspections in the period (so a province
inspected twice weighs each inspection by the items it assessed).

Ranking is "competition ranking" (1, 2, 2, 4): provinces with equal scores share the better
rank, and the next rank skips as many places as were shared. Scores are compared as exact
fractions, so two scores that print alike (85,7% and 85,7%) but differ get different ranks,
and equal ones are never split by floating-point noise. Provinces without a score are unranked
(rank None) and listed last.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from inspector.domain.status import FindingStatus

SCORE_WEIGHTS: dict[FindingStatus, Fraction | None] = {
    FindingStatus.MET: Fraction(1),
    FindingStatus.PARTLY_MET: Fraction(1, 2),
    FindingStatus.NOT_MET: Fraction(0),
    FindingStatus.NOT_APPLICABLE: None,
}


@dataclass(frozen=True)
class StatusCounts:
    """How many findings had each status; `unanswered` = items of the checklist without one."""

    met: int = 0
    partly: int = 0
    not_met: int = 0
    not_applicable: int = 0
    unanswered: int = 0

    def __add__(self, other: StatusCounts) -> StatusCounts:
        return StatusCounts(self.met + other.met, self.partly + other.partly, self.not_met + other.not_met,
                            self.not_applicable + other.not_applicable, self.unanswered + other.unanswered)

    @property
    def scored(self) -> int:
        """Findings that count in the score (Đạt, Đạt một phần, Không đạt)."""
        return self.met + self.partly + self.not_met

    @property
    def score(self) -> Fraction | None:
        """The exact compliance score in [0, 1], or None when nothing is scorable."""
        return compliance_score(self)

    @property
    def score_float(self) -> float | None:
        score = self.score
        return None if score is None else float(score)


def count_statuses(statuses: Iterable[FindingStatus | None], item_count: int | None = None) -> StatusCounts:
    """Count `statuses` (one per finding). With `item_count` (the items of the checklist
    version), the items without a status are counted as unanswered."""
    met = partly = not_met = na = none = 0
    for status in statuses:
        if status is FindingStatus.MET:
            met += 1
        elif status is FindingStatus.PARTLY_MET:
            partly += 1
        elif status is FindingStatus.NOT_MET:
            not_met += 1
        elif status is FindingStatus.NOT_APPLICABLE:
            na += 1
        else:
            none += 1
    counted = met + partly + not_met + na
    unanswered = max(0, item_count - counted) if item_count is not None else none
    return StatusCounts(met, partly, not_met, na, unanswered)


def compliance_score(counts: StatusCounts) -> Fraction | None:
    """(Đạt + ½ Đạt một phần) / (Đạt + Đạt một phần + Không đạt); None when the divisor is 0."""
    if counts.scored == 0:
        return None
    return Fraction(2 * counts.met + counts.partly, 2 * counts.scored)


def competition_ranks(scores: Sequence[Fraction | None]) -> list[int | None]:
    """Rank of each score, highest first, ties sharing the better rank (1, 2, 2, 4); None for
    a missing score. The result is in the order of `scores`."""
    ranked = sorted((s for s in scores if s is not None), reverse=True)
    first: dict[Fraction, int] = {}
    for position, score in enumerate(ranked, start=1):
        first.setdefault(score, position)
    return [None if s is None else first[s] for s in scores]




def score_percent(score: Fraction, places: int = 1) -> Decimal:
    """The score in percent, rounded half up from the exact value (5/8 → 62.5, 51/80 → 63.8):
    printing the float would round 63.75 down, since 0.6375 × 100 is 63.7499… in binary."""
    exact = Decimal(score.numerator) * 100 / Decimal(score.denominator)
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
