"""Issue 17 holes 7, 8 and 17: every free-text field has a length limit and its error names the
field itself; a lone surrogate is refused with a sentence at the boundary, never escaping as
UnicodeEncodeError."""

from __future__ import annotations

import pytest

from inspector.domain.inspection import TeamMember
from inspector.errors import InvalidInputError
from inspector.storage.store import MAX_NOTE_CHARS

ITEM = "nd43.d10.1b.1"
SURROGATE = "Thiếu lịch \ud800 làm việc"


def field_of(call) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as info:
        call()
    return info.value


def test_each_free_text_field_has_a_limit_named_after_it(store, inspection):
    big = "x" * (MAX_NOTE_CHARS + 1)
    cases = {
        "conclusion": lambda: store.update_inspection(inspection.id, actor="A", conclusion="x" * 1_000_000),
        "host_opinion": lambda: store.update_inspection(inspection.id, actor="A", host_opinion=big),
        "place": lambda: store.update_inspection(inspection.id, actor="A", place="x" * 600),
        "inspected_unit": lambda: store.update_inspection(inspection.id, actor="A", inspected_unit="x" * 600),
        "team.name": lambda: store.update_inspection(inspection.id, actor="A", team=(TeamMember("x" * 600),)),
        "note": lambda: store.record_finding(inspection.id, ITEM, actor="A", note=big),
        "figure": lambda: store.record_finding(inspection.id, ITEM, actor="A", figures={"x" * 300: 1}),
        "caption": lambda: store.add_evidence(inspection.id, b"p", "a.jpg", caption="x" * 3000, actor="A"),
        "text": lambda: store.add_recommendation(inspection.id, "x" * 6000, actor="A"),
        "responsible_unit": lambda: store.add_recommendation(inspection.id, "Sửa", actor="A",
                                                             responsible_unit="x" * 600),
    }
    for name, call in cases.items():
        err = field_of(call)
        assert (err.field_name, err.detail.split(" ")[0]) == (name, "longer"), (name, err)
    # A recommendation's own note is "note", its text is "text" (hole 17).
    rec = store.add_recommendation(inspection.id, "Bổ sung lịch làm việc", actor="A")
    assert field_of(lambda: store.update_recommendation(rec.id, actor="A", note=big)).field_name == "note"
    assert field_of(lambda: store.update_recommendation(rec.id, actor="A", text="x" * 6000)).field_name == "text"
    store.finalize(inspection.id, actor="A")
    err = field_of(lambda: store.amend(inspection.id, reason="x" * 3000, actor="A"))
    assert err.field_name == "reason"


def test_a_lone_surrogate_is_refused_with_the_field_named(store, inspection):
    calls = {
        "note": lambda: store.record_finding(inspection.id, ITEM, actor="A", note=SURROGATE),
        "conclusion": lambda: store.update_inspection(inspection.id, actor="A", conclusion=SURROGATE),
        "text": lambda: store.add_recommendation(inspection.id, SURROGATE, actor="A"),
        "caption": lambda: store.add_evidence(inspection.id, b"p", "a.jpg", caption=SURROGATE, actor="A"),
        "actor": lambda: store.record_finding(inspection.id, ITEM, actor=SURROGATE, status="dat"),
    }
    for name, call in calls.items():
        err = field_of(call)
        assert err.field_name == name and err.detail.startswith("unencodable") and err.value == "U+D800", err
    assert store.finding(inspection.id, ITEM) is None  # nothing half-saved
    assert store.check_integrity() == []


def test_the_interface_names_the_field_in_a_sentence(qapp):
    from ui.errors import describe_error
    from ui.i18n import install_language

    install_language("en")
    try:
        long_note = InvalidInputError("note", 20_001, "longer than 20000 characters", extra={"limit": 20000})
        assert describe_error(long_note) == ("The note is too long to be saved (20001 characters; at most 20000). "
                                             "Shorten it or attach it as a file.")
        long_text = InvalidInputError("text", 6000, "longer than 5000 characters", extra={"limit": 5000})
        assert "recommendation text is too long" in describe_error(long_text)
        bad = InvalidInputError("conclusion", "U+D800", "unencodable: holds a character that cannot be stored")
        assert "conclusion holds a character that cannot be saved (U+D800)" in describe_error(bad)
    finally:
        install_language("vi")
