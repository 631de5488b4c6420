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


def test_decree_42_is_reported_ended_from_july_2026_not_set_ended():
    nd42 = load_catalog().get("nd42-2022")
    doc = nd42.document("nd42-2022")
    assert doc.in_force_until is None and doc.reported_until == "2026-06-30" and "224/2026" in doc.reported_source
    assert nd42.reported_ended(datetime.date(2026, 12, 4)) == [doc]
    assert len(nd42.items_for_inspection(datetime.date(2026, 12, 4))) == len(
        nd42.items_for_inspection(datetime.date(2026, 6, 1)))
