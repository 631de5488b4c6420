"""Write docs/coverage.md (obligation → item table) from the shipped checklist templates.

Run after changing resources/checklists/*.yaml: `python scripts/coverage.py`. A test fails while
the page is out of date.
"""

from __future__ import annotations

from pathlib import Path

from inspector.checklists import load_catalog
from inspector.checklists.catalog import builtin_dir
from inspector.checklists.coverage import render_coverage

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    catalog = load_catalog(builtin_dir())
    out = REPO / "docs" / "coverage.md"
    out.write_text(render_coverage(catalog.latest()), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
