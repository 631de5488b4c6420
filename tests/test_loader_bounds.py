"""Issue 17 holes 4–6: the guarded template loader. Size is checked before reading; nesting,
number of values, text length and number size are bounded; identifiers match in full (no
trailing newline); at most MAX_PROBLEMS problems are listed, then a count; a bad published file
is quarantined and named and never breaks `checklist list`, `export --demo` or
`probe --template`. A hypothesis fuzz run in a child process measures time and memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from test_checklist_loader import GOOD

from inspector.checklists import load_template, parse_template
from inspector.checklists.catalog import load_catalog, published_dir
from inspector.checklists.loader import ID_RE, MAX_FILE_BYTES, MAX_PROBLEMS
from inspector.cli import main
from inspector.errors import ChecklistError

from support import REPO

NESTED = b"a: " + b"[" * 50_000 + b"]" * 50_000 + b"\n"


def codes(raw: bytes) -> list[str]:
    with pytest.raises(ChecklistError) as info:
        parse_template(raw, "t.yaml")
    return [p.code for p in info.value.problems]


def test_identifiers_match_in_full():
    for good in ("s1.a", "nd43.d10.1b.1", "a-b_c"):
        assert ID_RE.fullmatch(good)
    for bad in ("s1.a\n", "s1.a\r", "S1", "", "a" * 81, "s1 a", "s1.a\x00", "\ns1"):
        assert not ID_RE.fullmatch(bad), bad
    # The attack of hole 6: "s1.a" and "s1.a\n" as two items.
    twin = GOOD.replace("  - id: s1.b\n", '  - id: "s1.a\\n"\n')
    assert "bad-value" in codes(twin.encode())
    assert "bad-value" in codes(GOOD.replace('version: "1.0"', 'version: "1.0\\n"').encode())
    assert "bad-value" in codes(GOOD.replace("id: test-list", 'id: "test-list\\n"').encode())


def test_nesting_numbers_and_long_texts_are_bounded():
    assert codes(NESTED) == ["too-deep"]
    assert codes(b"a: " + b"9" * 4400 + b"\n") == ["bad-value"]
    assert codes(GOOD.replace("guidance: Xem menu.", "guidance: " + "x" * 20_000).encode()) == ["too-long"]
    assert codes(b"- a\n" * 30_000) == ["too-large"]


def test_size_is_checked_before_reading(tmp_path):
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as fh:
        fh.truncate(2 * 1024**3)  # 2 GB, sparse: reading it would take 2 GB of memory
    with pytest.raises(ChecklistError) as info:
        load_template(huge)
    assert info.value.problems[0].code == "too-large"
    with pytest.raises(ChecklistError) as info:
        load_template("/dev/zero")
    assert info.value.problems[0].detail == "not a regular file"
    assert codes(b"x" * (MAX_FILE_BYTES + 1)) == ["too-large"]


def test_at_most_n_problems_then_a_count():
    items = "".join(f"  - id: s1.x{i}\n    text: ''\n" for i in range(400))
    raw = GOOD.split("  items:\n")[0] + "  items:\n" + items
    with pytest.raises(ChecklistError) as info:
        parse_template(raw.encode(), "t.yaml")
    problems = info.value.problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[-1].code == "more-problems" and "more problems not listed" in problems[-1].detail
    assert int(problems[-1].detail.split()[1]) > 400


def test_a_bad_published_template_is_quarantined_and_named(tmp_path, capsys):
    folder = published_dir()
    folder.mkdir(parents=True)
    (folder / "nested.yaml").write_bytes(NESTED)
    (folder / "huge-number.yaml").write_bytes(b"a: " + b"9" * 4400 + b"\n")
    catalog = load_catalog()
    assert {t.id for t in catalog.templates} >= {"nd43-tt25", "nd42-2022"}
    assert sorted(p.code for p in catalog.problems) == ["bad-value", "quarantined", "quarantined", "too-deep"]
    assert not list(folder.glob("*.yaml"))
    assert sorted(p.name for p in (folder / "quarantine").iterdir()) == ["huge-number.yaml", "nested.yaml"]
    # The commands that read the catalog work with such a file present (hole 4).
    (folder / "nested.yaml").write_bytes(NESTED)
    assert main(["checklist", "list"]) == 1
    out = capsys.readouterr()
    assert "nd43-tt25" in out.out and "quarantined" in out.err
    (folder / "nested.yaml").write_bytes(NESTED)
    assert main(["export", "minutes", "--demo", "-o", str(tmp_path / "demo.docx")]) == 0
    assert main(["checklist", "validate", str(folder / "quarantine" / "nested.yaml")]) == 1
    assert "too-deep" in capsys.readouterr().err


FUZZ = textwrap.dedent("""
    import json, resource, sys, time
    from hypothesis import example, given, settings, HealthCheck, strategies as st
    from inspector.checklists import parse_template
    from inspector.errors import ChecklistError
    slowest = [0.0]

    def check(raw):
        start = time.perf_counter()
        try:
            parse_template(raw, "fuzz.yaml")
        except ChecklistError:
            pass
        slowest[0] = max(slowest[0], time.perf_counter() - start)
        assert time.perf_counter() - start < 2.0, len(raw)

    nested = st.integers(1, 200_000).map(lambda n: b"a: " + b"[" * n + b"]" * n)
    block = st.integers(1, 3_000).map(lambda n: "".join(" " * i + "- x:\\n" for i in range(n)).encode())
    scalar = st.integers(1, 600_000).map(lambda n: b"a: " + b"x" * n)
    number = st.integers(1, 100_000).map(lambda n: b"a: " + b"7" * n)
    many = st.integers(1, 120_000).map(lambda n: b"- a\\n" * n)
    text = st.text(max_size=2_000).map(lambda s: s.encode("utf-8", "surrogatepass"))

    @settings(max_examples=int(sys.argv[1]), deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.one_of(st.binary(max_size=4_000), text, nested, block, scalar, number, many))
    @example(b"a: " + b"[" * 500_000 + b"]" * 500_000)
    @example(b"\\xff\\xfe" * 200_000)
    @example(open(sys.argv[2], "rb").read())
    def fuzz(raw):
        check(raw)

    fuzz()

    def peak_mb():
        # VmHWM: this program's own peak. ru_maxrss would include the parent's size at fork on
        # Linux (it survives execve), i.e. pytest's after hundreds of tests.
        try:
            with open("/proc/self/status") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(json.dumps({"peak_mb": peak_mb(), "slowest_s": slowest[0]}))
""")


def test_fuzz_the_loader_in_a_child_process_within_2_s_and_200_mb():
    real = REPO / "resources" / "checklists" / "nd43-tt25.yaml"
    run = subprocess.run([sys.executable, "-c", FUZZ, os.environ.get("LOADER_FUZZ_EXAMPLES", "150"), str(real)],
                         cwd=REPO, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    assert figures["slowest_s"] < 2.0
    assert figures["peak_mb"] < 200, figures


def test_hostile_templates_on_a_sync_target_are_rejected_and_the_sync_goes_on(tmp_path):
    """Hole 4: one nested template in a shared folder broke every sync with RecursionError."""
    from inspector.storage import Store
    from inspector.sync import FolderTarget, SyncSettings, sync_now

    stick = tmp_path / "stick"
    stick.mkdir()
    settings = SyncSettings(FolderTarget(stick), "tester")
    with Store.open(tmp_path / "a" / "inspector.sqlite3") as store:
        sync_now(store, settings, init=True)
        (stick / "templates").mkdir(exist_ok=True)
        (stick / "templates" / "nested@1.0.yaml").write_bytes(NESTED)
        (stick / "templates" / "number@1.0.yaml").write_bytes(b"a: " + b"9" * 4400 + b"\n")
        (stick / "templates" / "zero@1.0.yaml").write_bytes(b"\x00" * 1000)
        report = sync_now(store, settings)
        assert sorted(r.split(":")[0] for r in report.templates_rejected) == [
            "nested@1.0.yaml", "number@1.0.yaml", "zero@1.0.yaml"]
        assert sync_now(store, settings).templates_rejected == ()  # reported once
