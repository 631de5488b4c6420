"""Strict template validation: every problem named with file, line and item."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.checklists import load_template, parse_template
from inspector.checklists.signals import SIGNALS
from inspector.checklists.template import (
    RefConfidence,
    ResponseType,
    template_from_dict,
    template_to_dict,
)
from inspector.errors import ChecklistError

from support import REPO

GOOD = """\
schema_version: 1
id: test-list
version: "1.0"
title: Danh mục thử
language: vi
status: draft
legal_basis:
- code: 43/2011/NĐ-CP
  title: Nghị định về cung cấp thông tin
  issued: "2011-06-13"
sections:
- id: s1
  title: Thông tin
  items:
  - id: s1.a
    text: Có chuyên mục hỏi đáp không?
    legal_ref: Điều 10 Nghị định 43/2011/NĐ-CP
    ref_confidence: high
    guidance: Xem menu.
    response:
      type: status
    probe:
      signals: [link_text]
      keywords: [hỏi đáp]
  - id: s1.b
    text: Số tin bài trong năm
    legal_ref: Điều 17
    ref_confidence: low
    guidance: ''
    response:
      type: number
      unit: tin/năm
"""


def write(tmp_path: Path, text: str, name: str = "t.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def problems_of(tmp_path: Path, text: str) -> list:
    with pytest.raises(ChecklistError) as info:
        load_template(write(tmp_path, text))
    return info.value.problems


def test_good_template_loads(tmp_path):
    t = load_template(write(tmp_path, GOOD))
    assert (t.id, t.version, t.item_count) == ("test-list", "1.0", 2)
    b = t.item("s1.b")
    assert b.response.type is ResponseType.NUMBER and b.response.unit == "tin/năm"
    assert b.ref_confidence is RefConfidence.LOW
    assert t.item("s1.a").probe.keywords == ("hỏi đáp",)


def test_duplicate_item_id_names_line_and_item(tmp_path):
    text = GOOD.replace("id: s1.b", "id: s1.a")
    [p] = problems_of(tmp_path, text)
    assert p.code == "duplicate-id" and p.item == "s1.a"
    assert p.line == text.splitlines().index("  - id: s1.a", 20) + 1
    assert p.file.endswith("t.yaml")
    assert "line 15" in p.detail


def test_unknown_response_type_and_signal_are_both_reported(tmp_path):
    text = GOOD.replace("type: status", "type: yesno").replace("signals: [link_text]", "signals: [link_txt]")
    probs = problems_of(tmp_path, text)
    codes = {(p.code, p.item, p.line) for p in probs}
    assert ("unknown-response-type", "s1.a", 21) in codes
    assert ("unknown-signal", "s1.a", 23) in codes


def test_missing_field_and_unknown_field(tmp_path):
    text = GOOD.replace("    legal_ref: Điều 17\n", "").replace("    guidance: ''\n", "    guidence: ''\n")
    probs = problems_of(tmp_path, text)
    assert {(p.code, p.item) for p in probs} >= {("missing-field", "s1.b"), ("unknown-field", "s1.b")}
    unknown = next(p for p in probs if p.code == "unknown-field")
    assert "guidence" in unknown.detail and unknown.line == 28


def test_number_needs_unit(tmp_path):
    [p] = problems_of(tmp_path, GOOD.replace("      unit: tin/năm\n", ""))
    assert (p.code, p.item) == ("missing-field", "s1.b")


def test_bad_yaml_names_line(tmp_path):
    text = GOOD.replace("    guidance: Xem menu.", "    guidance: [Xem menu.")
    [p] = problems_of(tmp_path, text)
    assert p.code == "bad-yaml" and p.line is not None and 17 <= p.line <= 25


def test_aliases_are_refused(tmp_path):
    text = GOOD.replace("    response:\n      type: status", "    response: &r\n      type: status", 1)
    text = text.replace("    response:\n      type: number\n      unit: tin/năm", "    response: *r")
    [p] = problems_of(tmp_path, text)
    assert p.code == "alias-not-allowed"


def test_billion_laughs_is_refused_quickly(tmp_path):
    lol = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))
    [p] = problems_of(tmp_path, lol)
    assert p.code == "alias-not-allowed"


def test_duplicate_yaml_key(tmp_path):
    text = GOOD.replace("    guidance: Xem menu.\n", "    guidance: Xem menu.\n    guidance: again\n")
    probs = problems_of(tmp_path, text)
    assert any(p.code == "duplicate-key" and p.line == 20 for p in probs)


def test_not_utf8_and_not_a_mapping_and_too_large(tmp_path):
    p = tmp_path / "latin.yaml"
    p.write_bytes(GOOD.encode("utf-8").replace("Danh mục".encode(), "Danh m\xfcc".encode("latin-1")))
    with pytest.raises(ChecklistError) as info:
        load_template(p)
    assert info.value.problems[0].code == "bad-encoding"
    assert problems_of(tmp_path, "- just\n- a list\n")[0].code == "bad-type"
    with pytest.raises(ChecklistError) as info:
        parse_template(b"#" * (3 * 1024 * 1024), "big.yaml")
    assert info.value.problems[0].code == "too-large"
    with pytest.raises(ChecklistError) as info:
        load_template(tmp_path / "absent.yaml")
    assert info.value.problems[0].code == "unreadable"


def test_freshness_needs_max_age(tmp_path):
    [p] = problems_of(tmp_path, GOOD.replace("signals: [link_text]", "signals: [freshness]"))
    assert p.code == "missing-field" and "max_age_days" in p.detail


def test_version_must_be_quoted_text(tmp_path):
    [p] = problems_of(tmp_path, GOOD.replace('version: "1.0"', "version: 1.0"))
    assert p.code == "bad-value" and p.line == 3


def test_hash_ignores_layout_but_not_content(tmp_path):
    a = load_template(write(tmp_path, GOOD, "a.yaml"))
    b = load_template(write(tmp_path, "# comment\n" + GOOD.replace("\n", "\r\n"), "b.yaml"))
    c = load_template(write(tmp_path, GOOD.replace("Xem menu.", "Xem menu chính."), "c.yaml"))
    assert a.content_hash == b.content_hash != c.content_hash


def test_template_round_trips_through_dict(nd43):
    again = template_from_dict(template_to_dict(nd43))
    assert again == nd43 and again.content_hash == nd43.content_hash


@pytest.mark.parametrize("name", ["nd43-tt25.yaml", "nd42-2022.yaml"])
def test_shipped_templates_are_valid_and_use_known_signals(name):
    t = load_template(REPO / "resources" / "checklists" / name)
    assert t.item_count > 50
    for item in t.items():
        if item.probe:
            assert set(item.probe.signals) <= set(SIGNALS)


def test_cli_validate_reports_and_exits_nonzero(tmp_path):
    bad = write(tmp_path, GOOD.replace("id: s1.b", "id: s1.a"), "bad.yaml")
    good = write(tmp_path, GOOD, "good.yaml")
    run = subprocess.run([sys.executable, "-m", "inspector", "checklist", "validate", str(good), str(bad)],
                         cwd=REPO, capture_output=True, text=True)
    assert run.returncode == 1
    assert f"{bad}:25 [s1.a]: duplicate-id" in run.stderr
    assert "good.yaml: OK" in run.stdout
    ok = subprocess.run([sys.executable, "-m", "inspector", "checklist", "validate", str(good)],
                        cwd=REPO, capture_output=True, text=True)
    assert ok.returncode == 0


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes_the_loader(text):
    try:
        parse_template(text.encode("utf-8", "surrogatepass"), "fuzz.yaml")
    except ChecklistError as exc:
        assert exc.problems and all(p.file == "fuzz.yaml" for p in exc.problems)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=len(GOOD) - 1), st.sampled_from(["", ":", "-", "  ", "[", "'", "\n"]))
def test_mutated_good_file_gives_template_or_located_problems(pos, insert):
    text = GOOD[:pos] + insert + GOOD[pos + 1:]
    try:
        parse_template(text.encode(), "m.yaml")
    except ChecklistError as exc:
        for p in exc.problems:
            assert p.file == "m.yaml" and p.code
