"""export_minutes as a job: progress, cancel, atomic replacement, clear errors."""

from __future__ import annotations

import os
import sys

import docx
import pytest

from inspector.errors import Cancelled, ExportError
from inspector.minutes import export_minutes


def test_progress_rises_to_the_total(tmp_path, demo, nd43):
    seen: list[tuple[int, int]] = []
    export_minutes(demo, nd43, tmp_path / "bb.docx", progress=lambda d, t: seen.append((d, t)))
    assert len(seen) > 5
    totals = {t for _, t in seen}
    assert len(totals) == 1
    done = [d for d, _ in seen]
    assert done == sorted(done)
    assert seen[-1][0] == seen[-1][1]
    assert all(d < t for d, t in seen[:-1])


@pytest.mark.parametrize("after", [1, 3, 8])
def test_cancel_stops_and_leaves_the_old_file_and_no_temporary(tmp_path, demo, nd43, after):
    out = tmp_path / "bb.docx"
    out.write_bytes(b"the clerk's earlier copy")
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > after

    with pytest.raises(Cancelled):
        export_minutes(demo, nd43, out, cancelled=cancelled)
    assert out.read_bytes() == b"the clerk's earlier copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bb.docx"]


def test_existing_file_is_replaced_whole(tmp_path, demo, nd43):
    out = tmp_path / "bb.docx"
    out.write_bytes(b"old")
    result = export_minutes(demo, nd43, out)
    assert result.size == out.stat().st_size > 10_000
    docx.Document(str(out))  # a complete document
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bb.docx"]


def test_missing_folder(tmp_path, demo, nd43):
    with pytest.raises(ExportError) as info:
        export_minutes(demo, nd43, tmp_path / "khong-co" / "bb.docx")
    assert info.value.reason == "missing-folder"


def test_a_folder_in_the_way(tmp_path, demo, nd43):
    (tmp_path / "bb.docx").mkdir()
    with pytest.raises(ExportError) as info:
        export_minutes(demo, nd43, tmp_path / "bb.docx")
    assert info.value.reason == "not-writable"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="root (and Windows ACLs) ignore a read-only folder's mode")
def test_read_only_folder(tmp_path, demo, nd43):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError) as info:
            export_minutes(demo, nd43, folder / "bb.docx")
        assert info.value.reason == "not-writable"
    finally:
        folder.chmod(0o700)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses Linux's read-only /proc")
def test_read_only_folder_as_root_through_a_read_only_mount(tmp_path, demo, nd43):
    """/proc is read-only for everyone, root included: the error must still be a clean one."""
    with pytest.raises(ExportError) as info:
        export_minutes(demo, nd43, "/proc/bb.docx")
    assert info.value.reason == "not-writable"


def test_result_describes_the_file(tmp_path, sealed_demo, nd43):
    result = export_minutes(sealed_demo, nd43, tmp_path / "bb.docx")
    assert result.items == nd43.item_count
    assert result.evidence == len(sealed_demo.evidence)
    assert result.warnings == ()  # files not checked without evidence_path
