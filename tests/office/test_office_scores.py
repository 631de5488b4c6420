"""Scores, ranks, item misses and year over year on the known inspections (conftest), against
values computed by hand; the ranking rule checked on many inputs with hypothesis."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from inspector.domain import FindingStatus
from inspector.errors import InvalidInputError
from inspector.office import (
    Change,
    Period,
    StatusCounts,
    compare_years,
    competition_ranks,
    compliance_score,
    count_statuses,
    load_dashboard,
)

from conftest import BAC_KAN, CAO_BANG, HA_GIANG, HA_NOI
from support import PHU_THO


def test_formula_weights_met_one_partly_half_and_leaves_out_not_applicable():
    counts = count_statuses([FindingStatus.MET, FindingStatus.PARTLY_MET, FindingStatus.NOT_MET,
                             FindingStatus.NOT_APPLICABLE, None], item_count=6)
    assert counts == StatusCounts(met=1, partly=1, not_met=1, not_applicable=1, unanswered=2)
    assert compliance_score(counts) == Fraction(1, 2)
    assert count_statuses([FindingStatus.NOT_APPLICABLE] * 3).score is None
    assert count_statuses([]).score is None
    assert count_statuses([FindingStatus.NOT_MET]).score == 0


def test_competition_ranking_ties_share_and_skip():
    f = Fraction
    assert competition_ranks([f(1, 2), f(1), f(1, 2), None, f(1, 4)]) == [2, 1, 2, None, 4]
    assert competition_ranks([f(1), f(1), f(1)]) == [1, 1, 1]
    assert competition_ranks([None, None]) == [None, None]
    # Scores that print alike but differ are not tied (exact fractions, not rounded floats).
    assert competition_ranks([f(857, 1000), f(8571, 10000)]) == [2, 1]


@given(st.lists(st.one_of(st.none(), st.fractions(min_value=0, max_value=1)), max_size=40))
def test_rank_is_one_plus_the_number_of_better_scores(scores):
    ranks = competition_ranks(scores)
    for score, rank in zip(scores, ranks, strict=True):
        if score is None:
            assert rank is None
        else:
            assert rank == 1 + sum(1 for s in scores if s is not None and s > score)


def test_dashboard_scores_and_ranks_match_hand_computed(known):
    store, ids, _ = known
    d = load_dashboard(store, "mini", Period.year(2016))
    table = {p.province.code: p for p in d.provinces}
    assert {code: (p.score, p.rank) for code, p in table.items()} == {
        HA_GIANG.code: (Fraction(1), 1),
        PHU_THO.code: (Fraction(5, 8), 2),
        HA_NOI.code: (Fraction(5, 8), 2),
        BAC_KAN.code: (Fraction(3, 10), 4),
        CAO_BANG.code: (None, None),
    }
    # Ranked first, ties by name (Hà Nội before Phú Thọ), the unscorable province last.
    assert [p.province.code for p in d.provinces] == [HA_GIANG.code, HA_NOI.code, PHU_THO.code,
                                                      BAC_KAN.code, CAO_BANG.code]
    bac_kan = table[BAC_KAN.code]
    assert bac_kan.inspections == 2
    assert bac_kan.counts == StatusCounts(met=1, partly=1, not_met=3, not_applicable=0, unanswered=3)
    assert bac_kan.last_inspection == date(2016, 11, 20) and bac_kan.last_inspection_id == ids["backan2"]
    assert table[CAO_BANG.code].counts == StatusCounts(not_applicable=4)
    assert d.inspections == 6 and d.versions == ("1.0", "1.1")
    assert d.totals == StatusCounts(met=8, partly=3, not_met=5, not_applicable=5, unanswered=3)
    assert d.national_score == Fraction(2 * 8 + 3, 2 * 16)
    assert d.mean_score == (1 + Fraction(5, 8) * 2 + Fraction(3, 10)) / 4


def test_items_most_often_not_met_across_versions(known):
    store, _, _ = known
    d = load_dashboard(store, "mini", Period.year(2016))
    order = [m.item_id for m in d.items]
    # By the rate of provinces not meeting it (d 1/1, c 2/4, a 1/4, b 1/4, e 0/1), not by count;
    # equal rates by the number of provinces, then checklist order.
    assert order == ["mini.d", "mini.c", "mini.a", "mini.b", "mini.e"]
    items = {m.item_id: m for m in d.items}
    c = items["mini.c"]
    assert (c.provinces_not_met, c.provinces_assessed, c.not_met, c.partly) == (2, 4, 2, 1)
    assert c.miss_rate == 0.5
    # d is only in version 1.0: Hà Nội (1.1) is not counted as missing it.
    d_item = items["mini.d"]
    assert (d_item.provinces_not_met, d_item.provinces_assessed) == (1, 1)
    assert d_item.in_versions == ("1.0",)
    assert items["mini.e"].in_versions == ("1.1",) and items["mini.e"].provinces_not_met == 0
    # The newest version's text wins for an item in both.
    assert items["mini.a"].text == "Có lịch làm việc của lãnh đạo"


def test_period_filters_years_and_checklists(known):
    store, ids, _ = known
    only_2015 = load_dashboard(store, "mini", Period.year(2015))
    assert [p.inspection_ids for p in only_2015.provinces] == [(ids["phutho2015"],)]
    assert only_2015.provinces[0].score == Fraction(1, 4)
    three_years = load_dashboard(store, "mini", Period(2015, 2017))
    phu_tho = next(p for p in three_years.provinces if p.province.code == PHU_THO.code)
    assert phu_tho.inspections == 3 and phu_tho.last_inspection == date(2017, 5, 4)
    assert load_dashboard(store, "nd43-tt25", Period.year(2016)).provinces == ()
    assert Period(2012, 2016).label == "2012–2016" and 2013 in Period(2012, 2016)
    try:
        Period(2017, 2016)
    except InvalidInputError:
        pass
    else:
        raise AssertionError("a period ending before it starts was accepted")


def test_year_over_year_shows_improved_worse_and_missing_items(known):
    store, ids, _ = known
    cmp = compare_years(store, PHU_THO, "mini")
    assert [c.inspection_id for c in cmp.columns] == [ids["phutho2015"], ids["phutho2016"], ids["phutho2017"]]
    assert [c.version for c in cmp.columns] == ["1.0", "1.0", "1.1"]
    assert [c.score for c in cmp.columns] == [Fraction(1, 4), Fraction(5, 8), Fraction(5, 8)]
    rows = {r.item_id: r for r in cmp.rows}
    assert [r.item_id for r in cmp.rows] == ["mini.a", "mini.b", "mini.c", "mini.e", "mini.d"]
    # 2015 → 2016: a and c improved; 2016 → 2017: b got worse.
    assert rows["mini.a"].steps == (None, Change.IMPROVED, Change.SAME)
    assert rows["mini.c"].steps == (None, Change.IMPROVED, Change.SAME)
    assert rows["mini.b"].steps == (None, Change.SAME, Change.WORSE)
    # d is not in 1.1 and e not in 1.0: shown as missing, never as a failure.
    d_cells = rows["mini.d"].cells
    assert [c.in_version for c in d_cells] == [True, True, False] and d_cells[2].status is None
    assert rows["mini.d"].change is Change.NOT_COMPARABLE
    assert [c.in_version for c in rows["mini.e"].cells] == [False, False, True]
    assert [r.item_id for r in cmp.worse()] == ["mini.b"]
    assert cmp.improved() == []


def test_year_over_year_of_a_province_without_inspections(known):
    store, _, _ = known
    from inspector.domain import ProvinceRef

    cmp = compare_years(store, ProvinceRef("63", "99", "Tỉnh Không Có"), "mini")
    assert cmp.columns == () and cmp.rows == ()
