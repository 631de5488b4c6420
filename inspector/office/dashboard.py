"""The dashboard: provinces ranked by compliance for one checklist and a period, the score of
each section of the checklist, and the items most often "Không đạt" across provinces.

What counts (see `scores` for the formula): in each inspection, only the items that are a legal
duty (`ItemKind.LEGAL`) and whose legal text was in force on the inspection's date count in the
score. Practice items (guidance, evaluation criteria, good practice) are tallied apart and never
change a score; figure items (addresses, counts) are never scored. "Chưa đánh giá" is an item with
no answer of any kind (no status, no value, no figures); an answered figure or text item is
assessed. Counts are per inspection: an inspection counts the items of its own checklist version.

Mixed checklist versions: inspections of every version of the chosen checklist (same template
id) are taken together and items are matched by id. An item that is not in the version an
inspection was made under is simply not counted for it (it is neither a failure nor unanswered);
the item's text is taken from the newest version that has it.

The year of an inspection is the year it started (an inspection without a start date counts in
the year it was last changed), as stored (UTC; inspections happen in office hours, far from
midnight in Vietnam).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from inspector.checklists.template import (
    ChecklistItem,
    ChecklistTemplate,
    version_key,
)
from inspector.collation import vietnamese_sort_key
from inspector.domain.inspection import InspectionSummary, ProvinceRef
from inspector.domain.status import FindingStatus
from inspector.errors import InvalidInputError
from inspector.office.samples import NO_SAMPLES, SampleRule, apply_sample_rule
from inspector.office.scores import StatusCounts, competition_ranks
from inspector.storage import Store

Statuses = Mapping[str, FindingStatus | None]
InspectionData = tuple[InspectionSummary, Statuses]
TemplateLookup = Callable[[str], ChecklistTemplate]
"""template(content_hash) → the checklist version (the Store's `template`)."""


@dataclass(frozen=True, order=True)
class Period:
    """Whole years, both ends included: Period(2016, 2016) is the year 2016."""

    first_year: int
    last_year: int

    def __post_init__(self) -> None:
        if self.first_year > self.last_year:
            raise InvalidInputError("period", (self.first_year, self.last_year), "the first year is after the last")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(year, year)

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.first_year <= year <= self.last_year

    @property
    def years(self) -> int:
        return self.last_year - self.first_year + 1

    def previous(self) -> Period:
        """The period of the same length just before: 2016 → 2015, 2014–2016 → 2011–2013."""
        return Period(self.first_year - self.years, self.first_year - 1)

    @property
    def label(self) -> str:
        """"2016" or "2012–2016"."""
        if self.first_year == self.last_year:
            return str(self.first_year)
        return f"{self.first_year}–{self.last_year}"


LEGAL, PRACTICE, FIGURE = "legal", "practice", "figure"
OUT_OF_FORCE = "out_of_force"  # a legal item whose texts were not in force on the day: not counted


def item_kind(item: ChecklistItem) -> str:
    """"legal", "practice" or "figure" (`ChecklistItem.kind`; a template snapshot stored before
    items had a kind loads them as legal)."""
    return item.kind.value


def item_scope(template: ChecklistTemplate, item: ChecklistItem, on: date | None) -> str:
    """How `item` counts in an inspection of `on`: LEGAL (scored), PRACTICE, FIGURE, or
    OUT_OF_FORCE (not shown that day: a legal duty whose texts were not in force, or guidance
    not yet or no longer applying) — see `ChecklistTemplate.item_in_force`."""
    if on is not None and not template.item_in_force(item, on):
        return OUT_OF_FORCE
    return item_kind(item)


@dataclass(frozen=True)
class SectionRef:
    """A section of the checklist (matched by id across versions; the newest title)."""

    id: str
    title: str
    number: int  # 1, 2, … in the newest version's order


@dataclass(frozen=True)
class InspectionTally:
    """One inspection counted: the legal items in force (the score), practice items apart, the
    legal items per section, and how many items of any kind were answered or not."""

    summary: InspectionSummary
    day: date | None
    year: int | None
    legal: StatusCounts
    practice: StatusCounts
    sections: Mapping[str, StatusCounts]
    answered: int  # items with an answer of any kind (status, value or figures)
    unanswered: int  # items with no answer of any kind
    items: int  # items of its checklist version
    counted: frozenset[str] = frozenset()  # legal items in force and practice items: the items tables


@dataclass(frozen=True)
class ProvinceScore:
    """One row of the dashboard's table. `counts` are the legal-duty items in force (the score);
    `counts.unanswered` is such items with no answer of any kind."""

    province: ProvinceRef  # as named in its latest inspection of the period
    inspections: int
    counts: StatusCounts
    score: Fraction | None
    rank: int | None
    last_inspection: date | None
    last_inspection_id: str
    inspection_ids: tuple[str, ...]
    practice: StatusCounts = StatusCounts()
    sections: Mapping[str, StatusCounts] = field(default_factory=dict)
    answered: int = 0  # items of any kind answered, summed over its inspections
    unanswered: int = 0  # items of any kind with no answer, summed over its inspections

    @property
    def score_float(self) -> float | None:
        return None if self.score is None else float(self.score)

    @property
    def key(self) -> tuple[str, str]:
        return (self.province.era, self.province.code)

    def section_score(self, section_id: str) -> Fraction | None:
        counts = self.sections.get(section_id)
        return None if counts is None else counts.score


@dataclass(frozen=True)
class ItemMisses:
    """How often one checklist item was "Không đạt" across provinces (legal items: only where
    in force; practice items: shown apart, never scored)."""

    item_id: str
    text: str
    legal_ref: str
    section: str
    provinces_not_met: int  # provinces with at least one "Không đạt" on the item
    provinces_assessed: int  # provinces with a scorable status on it (Đạt / một phần / Không đạt)
    not_met: int  # findings "Không đạt" (several per province over several years)
    partly: int
    assessed: int  # scorable findings
    in_versions: tuple[str, ...]  # checklist versions that have the item
    kind: str = LEGAL
    requirement: str = ""  # the duty as a statement (the checklist's `requirement`, else its text)
    section_id: str = ""
    order: int = 0  # position in the newest checklist version

    @property
    def miss_rate(self) -> float | None:
        """Share of assessed provinces where the item was "Không đạt"."""
        return self.provinces_not_met / self.provinces_assessed if self.provinces_assessed else None

    @property
    def miss_fraction(self) -> Fraction | None:
        return Fraction(self.provinces_not_met, self.provinces_assessed) if self.provinces_assessed else None


@dataclass(frozen=True)
class Dashboard:
    template_id: str
    title: str
    versions: tuple[str, ...]  # checklist versions among the inspections, oldest first
    period: Period
    provinces: tuple[ProvinceScore, ...]  # by rank, unranked last, then by name
    items: tuple[ItemMisses, ...]  # legal and practice items, most often "Không đạt" first
    totals: StatusCounts  # legal items in force, every inspection of the period
    inspections: int
    sections: tuple[SectionRef, ...] = ()
    section_totals: Mapping[str, StatusCounts] = field(default_factory=dict)
    practice_totals: StatusCounts = StatusCounts()
    answered: int = 0  # items of any kind answered, over every inspection
    unanswered: int = 0  # items of any kind with no answer, over every inspection
    first_day: date | None = None  # the period's first and last inspection dates
    last_day: date | None = None
    samples: SampleRule = NO_SAMPLES  # sample inspections left out, or sample data only

    @property
    def national_score(self) -> Fraction | None:
        """All findings of the period pooled (each finding weighs the same)."""
        return self.totals.score

    @property
    def mean_score(self) -> Fraction | None:
        """Mean of the provinces' scores (each province weighs the same)."""
        scores = [p.score for p in self.provinces if p.score is not None]
        return sum(scores, Fraction(0)) / len(scores) if scores else None

    def best(self) -> list[ProvinceScore]:
        """Every province with the highest score (ties all named)."""
        return [p for p in self.provinces if p.rank == 1]

    def worst(self) -> list[ProvinceScore]:
        """Every province with the lowest score (ties all named)."""
        ranked = [p for p in self.provinces if p.score is not None]
        if not ranked:
            return []
        low = min(p.score for p in ranked)  # type: ignore[type-var]
        return [p for p in ranked if p.score == low]

    def legal_items(self) -> list[ItemMisses]:
        return [m for m in self.items if m.kind == LEGAL]

    def practice_items(self) -> list[ItemMisses]:
        return [m for m in self.items if m.kind == PRACTICE]

    def province(self, key: tuple[str, str]) -> ProvinceScore | None:
        for p in self.provinces:
            if p.key == key:
                return p
        return None


def inspection_year(summary: InspectionSummary) -> int | None:
    when = summary.started_at or summary.updated_at
    return when.year if when else None


def inspection_date(summary: InspectionSummary) -> date | None:
    when = summary.started_at or summary.updated_at
    return when.date() if when else None


_Scope = tuple[tuple[str, str, str], ...]  # (item id, section id, scope) per item of a version


def tally_inspections(data: Iterable[InspectionData], template: TemplateLookup,
                      template_id: str) -> list[InspectionTally]:
    """Count every inspection of checklist `template_id` in `data` once (see the module's
    docstring for what counts); the dashboards of any period are built from these."""
    scopes: dict[tuple[object, ...], tuple[_Scope, frozenset[str]]] = {}
    out = []
    for s, statuses in data:
        if s.template.id != template_id:
            continue
        day = inspection_date(s)
        t = template(s.template.content_hash)
        # What is in force on a day depends only on which of the template's documents are in force
        # and whether the template applies: inspections on days alike share one computation.
        key: tuple[object, ...] = (t.content_hash, None) if day is None else (
            t.content_hash, t.applies_on(day), *(d.in_force(day) for d in t.documents))
        found = scopes.get(key)
        if found is None:
            scope = tuple((item.id, section.id, item_scope(t, item, day))
                          for section in t.sections for item in section.items)
            found = scopes[key] = (scope, frozenset(i for i, _, kind in scope if kind in (LEGAL, PRACTICE)))
        out.append(_tally(s, day, statuses, *found))
    return out


_WEIGHT = {FindingStatus.MET: 0, FindingStatus.PARTLY_MET: 1, FindingStatus.NOT_MET: 2,
           FindingStatus.NOT_APPLICABLE: 3}


def _tally(s: InspectionSummary, day: date | None, statuses: Statuses, scope: _Scope,
           counted: frozenset[str]) -> InspectionTally:
    legal = [0, 0, 0, 0, 0]  # met, partly, not met, not applicable, no answer
    practice = [0, 0, 0, 0, 0]
    sections: dict[str, list[int]] = {}
    answered = unanswered = 0
    for item_id, section_id, kind in scope:
        if item_id in statuses:  # a finding with a status, a value or figures
            answered += 1
            status = statuses[item_id]
            slot = _WEIGHT[status] if status is not None else None
        elif kind == OUT_OF_FORCE:  # not shown on that day: not an unanswered item either
            continue
        else:
            unanswered += 1
            slot = 4
        if kind == LEGAL:
            per_section = sections.setdefault(section_id, [0, 0, 0, 0, 0])
            if slot is not None:
                legal[slot] += 1
                per_section[slot] += 1
        elif kind == PRACTICE and slot is not None:
            practice[slot] += 1
    return InspectionTally(
        summary=s, day=day, year=inspection_year(s), legal=StatusCounts(*legal), practice=StatusCounts(*practice),
        sections={k: StatusCounts(*v) for k, v in sections.items()}, answered=answered,
        unanswered=unanswered, items=len(scope), counted=counted)



def build_dashboard(data: Iterable[InspectionData], template: TemplateLookup, template_id: str,
                    period: Period) -> Dashboard:
    """Aggregate `data` (what `Store.inspection_statuses` returns) for checklist `template_id`
    over `period`. Inspections of other checklists or years are ignored, and so are sample
    inspections beside real ones (`samples`)."""
    mine, rule = apply_sample_rule([(s, st) for s, st in data if s.template.id == template_id],
                                   counted=lambda s: inspection_year(s) in period)
    chosen = [(s, st) for s, st in mine if inspection_year(s) in period]
    return dashboard_from_tallies(chosen, tally_inspections(chosen, template, template_id), template,
                                  template_id, period, rule)


def dashboard_from_tallies(data: Sequence[InspectionData], tallies: Sequence[InspectionTally],
                           template: TemplateLookup, template_id: str, period: Period,
                           samples: SampleRule = NO_SAMPLES) -> Dashboard:
    """The dashboard of `period` from inspections already counted (`tally_inspections`);
    `data` is the same inspections' statuses (for the items most often missed). `samples` is the
    rule the caller applied to sample inspections (`samples.apply_sample_rule`), kept for the
    report and the office view to say."""
    chosen_ids = {t.summary.id for t in tallies if t.year in period}
    tallies = [t for t in tallies if t.summary.id in chosen_ids]
    chosen = [(s, st) for s, st in data if s.id in chosen_ids]
    versions = checklist_versions(template, (t.summary for t in tallies))
    by_province: dict[tuple[str, str], list[InspectionTally]] = {}
    for t in tallies:
        by_province.setdefault((t.summary.province.era, t.summary.province.code), []).append(t)

    rows = []
    for group in by_province.values():
        group.sort(key=lambda t: (t.day or date.min, t.summary.id))
        sections: dict[str, StatusCounts] = {}
        for t in group:
            for k, c in t.sections.items():
                sections[k] = sections.get(k, StatusCounts()) + c
        rows.append((group, sum((t.legal for t in group), StatusCounts()),
                     sum((t.practice for t in group), StatusCounts()), sections))
    ranks = competition_ranks([legal.score for _, legal, _, _ in rows])
    provinces = [
        ProvinceScore(
            province=group[-1].summary.province, inspections=len(group), counts=legal, score=legal.score,
            rank=rank, last_inspection=group[-1].day, last_inspection_id=group[-1].summary.id,
            inspection_ids=tuple(t.summary.id for t in group), practice=practice, sections=sections,
            answered=sum(t.answered for t in group), unanswered=sum(t.unanswered for t in group))
        for (group, legal, practice, sections), rank in zip(rows, ranks, strict=True)
    ]
    provinces.sort(key=lambda p: (p.rank is None, p.rank or 0, vietnamese_sort_key(p.province.name), p.province.code))
    section_totals: dict[str, StatusCounts] = {}
    for p in provinces:
        for k, c in p.sections.items():
            section_totals[k] = section_totals.get(k, StatusCounts()) + c
    latest = versions[-1] if versions else None
    days = [t.day for t in tallies if t.day is not None]
    return Dashboard(
        template_id=template_id, title=latest.title if latest else template_id,
        versions=tuple(v.version for v in versions), period=period, provinces=tuple(provinces),
        items=tuple(_item_misses(chosen, tallies, versions)), totals=sum((p.counts for p in provinces), StatusCounts()),
        inspections=len(tallies), sections=tuple(_sections(versions)), section_totals=section_totals,
        practice_totals=sum((p.practice for p in provinces), StatusCounts()),
        answered=sum(p.answered for p in provinces), unanswered=sum(p.unanswered for p in provinces),
        first_day=min(days) if days else None, last_day=max(days) if days else None, samples=samples,
    )


def _sections(versions: Sequence[ChecklistTemplate]) -> list[SectionRef]:
    """Sections by id: the newest version's order and titles, then sections only older ones had."""
    titles: dict[str, str] = {}
    order: list[str] = []
    for version in reversed(versions):
        for section in version.sections:
            if section.id not in titles:
                titles[section.id] = section.title
                order.append(section.id)
    return [SectionRef(sid, titles[sid], n) for n, sid in enumerate(order, 1)]


def checklist_versions(template: TemplateLookup, summaries: Iterable[InspectionSummary]) -> list[ChecklistTemplate]:
    """The checklist versions the inspections were made under, oldest first."""
    hashes = {s.template.content_hash for s in summaries}
    found = [template(h) for h in hashes]
    return sorted(found, key=lambda t: (_safe_version(t.version), t.content_hash))


def _safe_version(version: str) -> tuple[int, ...]:
    try:
        return version_key(version)
    except ValueError:
        return ()


@dataclass
class _ItemTally:
    provinces_not_met: set[tuple[str, str]]
    provinces_assessed: set[tuple[str, str]]
    not_met: int = 0
    partly: int = 0
    assessed: int = 0


def _item_misses(chosen: Sequence[InspectionData], tallies: Sequence[InspectionTally],
                 versions: Sequence[ChecklistTemplate]) -> list[ItemMisses]:
    """Legal and practice items by their rate of provinces not met, then by how many provinces,
    then checklist order. A legal item counts only in inspections where it was in force."""
    info: dict[str, tuple[ChecklistItem, str, str]] = {}
    holders: dict[str, list[str]] = {}
    for version in versions:  # oldest first: the newest text wins
        for section in version.sections:
            for item in section.items:
                info[item.id] = (item, section.title, section.id)
                holders.setdefault(item.id, []).append(version.version)
    order: dict[str, int] = {}
    for version in reversed(versions):
        for item in version.items():
            order.setdefault(item.id, len(order))
    counted = {t.summary.id: t.counted for t in tallies}  # inspection id → items that count for it
    tallied = {item_id: _ItemTally(set(), set()) for item_id, (item, _, _) in info.items()
               if item_kind(item) in (LEGAL, PRACTICE)}
    for s, statuses in chosen:
        key = (s.province.era, s.province.code)
        wanted = counted.get(s.id, set())
        for item_id, status in statuses.items():
            tally = tallied.get(item_id)
            if tally is None or status is None or status is FindingStatus.NOT_APPLICABLE or item_id not in wanted:
                continue
            tally.assessed += 1
            tally.provinces_assessed.add(key)
            if status is FindingStatus.NOT_MET:
                tally.not_met += 1
                tally.provinces_not_met.add(key)
            elif status is FindingStatus.PARTLY_MET:
                tally.partly += 1
    out = []
    for item_id, t in tallied.items():
        item, section_title, section_id = info[item_id]
        out.append(ItemMisses(
            item_id=item_id, text=item.text, legal_ref=item.legal_ref, section=section_title,
            provinces_not_met=len(t.provinces_not_met), provinces_assessed=len(t.provinces_assessed),
            not_met=t.not_met, partly=t.partly, assessed=t.assessed,
            in_versions=tuple(dict.fromkeys(holders[item_id])), kind=item_kind(item),
            requirement=getattr(item, "requirement", "") or item.text, section_id=section_id,
            order=order[item_id]))
    out.sort(key=lambda m: (-(m.miss_fraction or 0), -m.provinces_not_met, m.order))
    return out


def load_dashboard(store: Store, template_id: str, period: Period) -> Dashboard:
    """`build_dashboard` on a Store's data (two queries; see `Store.inspection_statuses`)."""
    return build_dashboard(store.inspection_statuses(template_id=template_id), store.template,
                           template_id, period)
