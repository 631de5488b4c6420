"""Issue 17 holes 10–11: adding the original again repairs a damaged evidence file; evidence
names are made safe for every system when stored (and when a copy is written)."""

from __future__ import annotations

import pytest

from inspector.doctor import run_doctor
from inspector.domain.evidence import safe_file_name


def test_adding_the_original_again_repairs_a_damaged_blob(store, inspection, tmp_path):
    photo = b"\xff\xd8 the original photo of the portal"
    ev = store.add_evidence(inspection.id, photo, "trang-chu.jpg", actor="A")
    blob = store.evidence_path(ev.sha256)
    blob.write_bytes(b"altered")
    assert [e.problem for e in run_doctor(store).evidence] == ["altered"]
    store.add_evidence(inspection.id, photo, "trang-chu.jpg", actor="A")
    assert blob.read_bytes() == photo
    assert run_doctor(store).evidence == ()
    # the same through a file (streamed), and for a missing blob
    original = tmp_path / "scan.pdf"
    original.write_bytes(b"%PDF-1.4 scan of the report")
    ev2 = store.add_evidence_file(inspection.id, original, actor="A")
    store.evidence_path(ev2.sha256).write_bytes(b"%PDF-1.4 scan of the rep0rt")
    store.add_evidence_file(inspection.id, original, actor="A")
    assert store.blobs.read(ev2.sha256) == original.read_bytes()
    store.evidence_path(ev2.sha256).unlink()
    store.add_evidence_file(inspection.id, original, actor="A")
    assert store.blobs.verify(ev2.sha256) is None


@pytest.mark.parametrize(("given", "stored"), [
    ("..", "evidence"), (".", "evidence"), ("", "evidence"), ("../../etc/passwd", "passwd"),
    ("C:\\Users\\an\\ảnh chụp.jpg", "ảnh chụp.jpg"), ("a\x00b.jpg", "a_b.jpg"), ("tab\there.png", "tab_here.png"),
    ("CON", "_CON"), ("con.txt", "_con.txt"), ("NUL.tar.gz", "_NUL.tar.gz"), ("COM1.jpg", "_COM1.jpg"),
    ("lpt9", "_lpt9"), ("x\u202ey.txt", "x_y.txt"), ("báo cáo. ", "báo cáo"), ('a<b>:c"d|e?f*.jpg', "a_b__c_d_e_f_.jpg"),
    ("conference.jpg", "conference.jpg"), ("x" * 300 + ".jpeg", "x" * 250 + ".jpeg"),
])
def test_evidence_names_are_safe_for_every_system(given, stored):
    assert safe_file_name(given) == stored


def test_stored_evidence_names_open_everywhere(store, inspection, tmp_path):
    for name in ("..", "a\x00b.jpg", "CON", "x\u202ey.txt"):
        ev = store.add_evidence(inspection.id, b"data " + name.encode("utf-8", "replace"), name, actor="A")
        assert "\x00" not in ev.file_name and ev.file_name not in ("..", ".", "CON")
        target = tmp_path / ev.file_name
        target.write_bytes(store.blobs.read(ev.sha256))  # no IsADirectoryError, no embedded null byte
        assert target.parent == tmp_path
