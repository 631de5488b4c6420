"""The probe vocabulary (resources/probe/vocabulary.yaml): valid, cited, and used by the plan."""

from __future__ import annotations

import pytest

from inspector.checklists import load_catalog
from inspector.errors import InvalidInputError
from inspector.probe.plan import plan_probe
from inspector.probe.vocabulary import load_vocabulary, parse_vocabulary, validate_vocabulary


def test_shipped_vocabulary_names_real_items_with_a_probe_spec():
    catalog = load_catalog()
    templates = [catalog.get("nd43-tt25"), catalog.get("nd42-2022")]
    vocabulary = load_vocabulary()
    assert validate_vocabulary(vocabulary, templates) == []
    # Every template the vocabulary speaks of is shipped.
    assert set(vocabulary.items) <= {t.id for t in templates}
    # Every source says what was read and when.
    assert all(src["where"] and src["read"] for src in vocabulary.sources.values())


def test_offline_items_are_never_planned_and_dvc_items_go_to_the_dvc():
    nd42 = load_catalog().get("nd42-2022")
    portal = dict(plan_probe(nd42).specs)
    dvc = dict(plan_probe(nd42, target="dvc").specs)
    assert "tt22.duphong" not in portal and "tt22.duphong" not in dvc  # contingency plan: offline
    assert {"nd42.d13.1", "nd42.d13.2", "nd42.d12.2", "nd42.d12.5"} <= set(dvc)
    assert not set(dvc) & set(portal)
    # Synonyms are added to the checklist's own keywords.
    assert "Hỏi - Đáp trực tuyến" in portal["nd42.d8.1a"].keywords
    assert "hỏi đáp" in portal["nd42.d8.1a"].keywords


@pytest.mark.parametrize("text, problem", [
    ("templates: {t: {i: {target: moon, sources: [s]}}}\nsources: {s: {where: x, read: '2026-12-04'}}", "target"),
    ("templates: {t: {i: {synonyms: [a]}}}\nsources: {s: {where: x, read: '2026-12-04'}}", "sources"),
    ("templates: {t: {i: {synonyms: [a], sources: [nope]}}}\nsources: {s: {where: x, read: '2026-12-04'}}",
     "unknown source"),
    ("templates: {t: {i: {synonyms: [''], sources: [s]}}}\nsources: {s: {where: x, read: '2026-12-04'}}", "non-empty"),
    ("sources: {s: {where: x}}", "read"),
    ("other: 1", "expected"),
])
def test_bad_vocabulary_is_refused_with_the_place(text, problem):
    with pytest.raises(InvalidInputError) as err:
        parse_vocabulary(text)
    assert problem in str(err.value)


def test_unknown_items_are_reported():
    nd43 = load_catalog().get("nd43-tt25")
    vocabulary = parse_vocabulary(
        "sources: {s: {where: x, read: '2026-12-04'}}\n"
        "templates: {nd43-tt25: {no.such.item: {sources: [s]}, nd43.d6: {sources: [s]}, chung.ghichu: {sources: [s]}}}")
    problems = validate_vocabulary(vocabulary, [nd43])
    assert any("no.such.item: no such item" in p for p in problems)
