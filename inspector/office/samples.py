"""Sample inspections in the office's figures.

The shipped sample inspections (`inspector.sample`, marked `sample`) are invented data. An
office database that also holds real inspections (a sample imported by hand, or one synced from
a laptop before sync held samples back) must not let them into a dashboard or a national
report: they are left out, and the app and the CLI say how many. A database that holds nothing
but samples (the one `inspector --demo` opens) is shown whole, so a newcomer sees what the office
view does; its report then says "DỮ LIỆU MẪU" on every page, as the sample's minutes do.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from inspector.domain.inspection import InspectionSummary

T = TypeVar("T")

# What every page of a report made only of sample data says (the minutes say the same, from
# their wording file: `document.sample_mark`).
SAMPLE_MARK = "DỮ LIỆU MẪU"


@dataclass(frozen=True)
class SampleRule:
    """How the sample inspections among some data were treated."""

    left_out: int = 0  # sample inspections dropped because real ones are there too
    sample_only: bool = False  # every inspection is sample data: kept, and every page says so

    def keeps(self, summary: InspectionSummary) -> bool:
        return self.sample_only or not summary.sample


NO_SAMPLES = SampleRule()


def sample_rule(summaries: Iterable[InspectionSummary]) -> SampleRule:
    """The rule for a set of inspections: samples out when any real one is among them."""
    summaries = list(summaries)
    samples = sum(1 for s in summaries if s.sample)
    if summaries and samples == len(summaries):
        return SampleRule(sample_only=True)
    return SampleRule(left_out=samples)


def apply_sample_rule(data: Sequence[T], summary_of: Callable[[T], InspectionSummary] = operator.itemgetter(0),
                      counted: Callable[[InspectionSummary], bool] = lambda _s: True,
                      ) -> tuple[list[T], SampleRule]:
    """`data` without its sample inspections when real ones are there too, and the rule applied.
    `summary_of(row)` gives a row's InspectionSummary (default: the first element of a pair);
    `left_out` counts only the samples `counted` accepts (those of the period reported on)."""
    rule = sample_rule(summary_of(row) for row in data)
    if rule.left_out:
        rule = SampleRule(left_out=sum(1 for row in data if summary_of(row).sample and counted(summary_of(row))))
    return [row for row in data if rule.keeps(summary_of(row))], rule
