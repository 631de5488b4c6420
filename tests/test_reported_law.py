"""A legal text reported (not read) to have ended: recorded with who reports it, changes nothing
the checklist shows or scores, and is named for inspections dated after it."""

from __future__ import annotations

import datetime

import pytest

from inspector.checklists import load_catalog
from inspector.checklists.loader import parse_template
from inspector.errors import ChecklistError

ROOT_YAML = """\
schema_version: 2
id: t
version: "1"
title: T
language: vi
status: draft
applies_from: "2020-01-01"
documents:
- id: d1
  type: Nghị định
  number: 1/2020/NĐ-CP
  issued: "2020-01-01"
  issuer: Chính phủ
  title: về một việc
  in_force_from: "2020-01-01"
{extra}
sections:
- id: s
  title: S
  items:
  - id: a
    text: Có làm không?
    citations:
    - document: d1
      article: 1
    guidance: ''
    response:
      type: status
"""


def _parse(extra: str):
    return parse_template(ROOT_YAML.format(extra=extra).encode(), "t.yaml")


def test_reported_until_needs_who_reports_it():
    _parse("")  # the template itself is valid
    with pytest.raises(ChecklistError) as err:
        _parse("  reported_until: '2021-06-30'")
    assert len(err.value.problems) == 1 and any(p.code == "missing-field" and "reported_source" in p.detail for p in err.value.problems)


def test_a_reported_end_hides_nothing_and_is_named_after_its_date():
    t = _parse("  reported_until: '2021-06-30'\n  reported_source: một bài báo")
    doc = t.document("d1")
    assert doc.reported_until == "2021-06-30" and doc.in_force(datetime.date(2022, 1, 1))
    assert [i.id for i in t.items_for_inspection(datetime.date(2022, 1, 1))] == ["a"]
    assert t.reported_ended(datetime.date(2021, 6, 30)) == []
    assert t.reported_ended(datetime.date(2021, 7, 1)) == [doc]
    assert t.reported_ended(None) == []


def test_decree_42_ended_on_30_june_2026_as_decree_224_says():
    """Decree 224/2026/NĐ-CP Art. 90 cl. 1 and cl. 2 point b (read 2026-12-04): Decree 42/2022 is no
    longer in force from 01/07/2026. A read end, not a report: the ND42 checklist serves inspections
    up to 30/06/2026 and nothing is left "reported"."""
    nd42 = load_catalog().get("nd42-2022")
    doc = nd42.document("nd42-2022")
    assert doc.in_force_until == "2026-06-30" and doc.reported_until is None and not doc.reported_source
    assert "224/2026" in doc.note and "Điều 90" in doc.note
    assert doc.in_force(datetime.date(2026, 6, 30)) and not doc.in_force(datetime.date(2026, 7, 1))
    assert nd42.applies_on(datetime.date(2026, 6, 30)) and not nd42.applies_on(datetime.date(2026, 7, 1))
    assert nd42.reported_ended(datetime.date(2026, 12, 4)) == []


def test_a_read_end_is_named_only_after_the_templates_period():
    t = parse_template(ROOT_YAML.replace('applies_from: "2020-01-01"', 'applies_from: "2020-01-01"\napplies_until: "2021-06-30"')
                       .format(extra="  in_force_until: '2021-06-30'").encode(), "t.yaml")
    doc = t.document("d1")
    assert t.ended_before(datetime.date(2021, 6, 30)) == [] and t.ended_before(None) == []
    assert t.ended_before(datetime.date(2021, 7, 1)) == [doc]
    assert t.reported_ended(datetime.date(2021, 7, 1)) == []
