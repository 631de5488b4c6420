"""diff_templates: per-item changes between two versions of a checklist (the office's corrections),
and `inspector checklist diff OLD NEW`."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.checklists.catalog import load_catalog
from inspector.checklists.diff import ChangeKind, diff_templates
from inspector.checklists.template import ItemKind, template_from_dict, template_to_dict
from inspector.cli import main

BASE = load_catalog().get("nd43-tt25")
IDS = [it.id for it in BASE.items()]
EDITS = ("text", "guidance", "kind", "requirement", "citation-date")


def edited(removed: set[str], changed: dict[str, str], added: list[tuple[int, str]]):
    """BASE with items removed, fields changed, and new items appended to sections."""
    documents = BASE.documents
    sections = []
    for n, section in enumerate(BASE.sections):
        items = []
        for it in section.items:
            if it.id in removed:
                continue
            edit = changed.get(it.id)
            if edit == "text":
                it = dataclasses.replace(it, text=it.text + " (đã sửa)")
            elif edit == "guidance":
                it = dataclasses.replace(it, guidance=it.guidance + " Xem thêm hướng dẫn mới.")
            elif edit == "kind":
                it = dataclasses.replace(it, kind=ItemKind.PRACTICE if it.kind is ItemKind.LEGAL else ItemKind.LEGAL)
            elif edit == "requirement":
                it = dataclasses.replace(it, requirement="Yêu cầu mới: " + it.text)
            items.append(it)
        items += [dataclasses.replace(section.items[0], id=new_id, text=f"Nội dung mới {new_id}")
                  for where, new_id in added if where % len(BASE.sections) == n]
        sections.append(dataclasses.replace(section, items=tuple(items)))
    return dataclasses.replace(BASE, version="1.1", sections=tuple(sections), documents=documents, content_hash="")


@settings(max_examples=60, deadline=None)
@given(
    removed=st.sets(st.sampled_from(IDS), max_size=8),
    changed=st.dictionaries(st.sampled_from(IDS), st.sampled_from(EDITS[:4]), max_size=10),
    added=st.lists(st.tuples(st.integers(0, 30), st.from_regex(r"moi\.[a-z]{1,6}", fullmatch=True)),
                   unique_by=lambda t: t[1], max_size=5),
)
def test_the_diff_names_exactly_the_items_edited(removed, changed, added):
    changed = {k: v for k, v in changed.items() if k not in removed}
    new = edited(removed, changed, added)
    changes = diff_templates(BASE, new)
    by_kind = {k: {c.item_id for c in changes if c.kind is k} for k in ChangeKind}
    assert by_kind[ChangeKind.REMOVED] == removed
    assert by_kind[ChangeKind.ADDED] == {i for _, i in added}
    assert by_kind[ChangeKind.CHANGED] == set(changed)
    for c in changes:
        if c.kind is ChangeKind.CHANGED:
            assert [f.field for f in c.fields] == [changed[c.item_id]]
            f = c.fields[0]
            assert f.old != f.new and f.old == str(getattr(c.old, f.field).value if f.field == "kind"
                                                   else getattr(c.old, f.field))
        else:
            assert c.fields == () and (c.old is None) == (c.kind is ChangeKind.ADDED)
    # order: changed and added as the new version lists them, then the removed as the old one did
    new_order = [it.id for it in new.items()]
    listed = [c.item_id for c in changes if c.kind is not ChangeKind.REMOVED]
    assert listed == sorted(listed, key=new_order.index)
    gone = [c.item_id for c in changes if c.kind is ChangeKind.REMOVED]
    assert gone == sorted(gone, key=IDS.index)
    # and backwards: added ↔ removed, old ↔ new
    back = diff_templates(new, BASE)
    assert {c.item_id for c in back if c.kind is ChangeKind.ADDED} == removed
    assert {c.item_id for c in back if c.kind is ChangeKind.REMOVED} == {i for _, i in added}
    assert {(c.item_id, f.field, f.new, f.old) for c in changes for f in c.fields} == {
        (c.item_id, f.field, f.old, f.new) for c in back for f in c.fields}


def test_no_change_no_diff_also_against_a_stored_snapshot():
    assert diff_templates(BASE, BASE) == []
    snapshot = template_from_dict(template_to_dict(BASE))
    assert diff_templates(snapshot, BASE) == []


def test_a_corrected_in_force_date_shows_on_every_item_citing_the_text():
    doc = BASE.documents[0]
    later = dataclasses.replace(doc, in_force_from="2011-08-01")
    new = dataclasses.replace(BASE, version="1.1", content_hash="",
                              documents=(later, *BASE.documents[1:]))
    changes = diff_templates(BASE, new)
    citing = {it.id for it in BASE.items() if any(c.document == doc.id for c in it.citations)}
    assert citing and {c.item_id for c in changes} == citing
    field = changes[0].fields[0]
    assert field.field == "citations" and "2011-08-01" in field.new and doc.in_force_from in field.old


def test_moving_an_item_to_another_section_is_a_change():
    first, second = BASE.sections[1], BASE.sections[2]
    moved = first.items[0]
    sections = list(BASE.sections)
    sections[1] = dataclasses.replace(first, items=first.items[1:])
    sections[2] = dataclasses.replace(second, items=(*second.items, moved))
    changes = diff_templates(BASE, dataclasses.replace(BASE, sections=tuple(sections), content_hash=""))
    assert [(c.item_id, [f.field for f in c.fields]) for c in changes] == [(moved.id, ["section"])]


def test_cli_prints_the_changes_item_by_item(tmp_path, capsys):
    import yaml

    source = (BASE_PATH := load_catalog_path()).read_text(encoding="utf-8")
    data = yaml.safe_load(source)
    data["version"] = "1.1"
    first = data["sections"][1]["items"][0]
    first["text"] = first["text"] + " (đã sửa)"
    removed = data["sections"][1]["items"].pop(1)
    new_file = tmp_path / "nd43-tt25-1.1.yaml"
    new_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert main(["checklist", "diff", str(BASE_PATH), str(new_file)]) == 0
    out = capsys.readouterr().out
    assert f"~ {first['id']}" in out and "(đã sửa)" in out
    assert f"- {removed['id']}" in out
    assert "2 items changed" in out or "2 items" in out
    # the same version twice: nothing
    assert main(["checklist", "diff", str(BASE_PATH), str(BASE_PATH)]) == 0
    assert "no item changed" in capsys.readouterr().out


def test_cli_refuses_checklists_with_different_ids(capsys):
    nd42 = load_catalog_path("nd42-2022")
    assert main(["checklist", "diff", str(load_catalog_path()), str(nd42)]) == 1
    assert "nd43-tt25" in capsys.readouterr().err


def load_catalog_path(name: str = "nd43-tt25"):
    from inspector.checklists.catalog import builtin_dir

    return builtin_dir() / f"{name}.yaml"


@pytest.mark.parametrize("spec", ["nd43-tt25@9.9", "khong-co"])
def test_cli_names_what_it_cannot_find(spec, capsys):
    assert main(["checklist", "diff", spec, "nd43-tt25"]) == 1
    assert spec in capsys.readouterr().err
