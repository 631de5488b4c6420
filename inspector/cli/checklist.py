"""`inspector checklist …`: validate, list and compare checklist templates."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inspector.checklists.catalog import Catalog, load_catalog
from inspector.checklists.loader import load_template
from inspector.checklists.template import ChecklistTemplate
from inspector.cli.messages import say
from inspector.errors import ChecklistError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "checklist",
        help="validate, list or compare checklist templates",
        description="Validate checklist template files, list the templates installed, or show what changed "
                    "item by item between two versions.",
        epilog="Examples:\n  inspector checklist validate my-checklist.yaml\n  inspector checklist list\n"
               "  inspector checklist diff nd43-tt25@1.0 nd43-tt25",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    csub = p.add_subparsers(dest="checklist_command", metavar="ACTION", required=True)
    v = csub.add_parser(
        "validate",
        help="check template files; print every problem with file, line and item",
        description="Check checklist template files strictly. Exit code 0 when all are valid, 1 otherwise.",
        epilog="Example:\n  inspector checklist validate resources/checklists/nd43-tt25.yaml",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    v.add_argument("files", nargs="+", metavar="FILE")
    v.set_defaults(func=_validate)
    ls = csub.add_parser(
        "list",
        help="list the installed templates (built in and published by the office)",
        description="List installed checklist templates with version, item count and content hash.",
        epilog="Example:\n  inspector checklist list",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ls.set_defaults(func=_list)
    d = csub.add_parser(
        "diff",
        help="show, item by item, what changed between two versions of a checklist",
        description="Compare two versions of one checklist (e.g. the one an inspection was made under and the "
                    "corrected version the office published): items added, removed, and for each changed "
                    "item the fields that differ, old and new. OLD and NEW are template files (.yaml) or "
                    "installed templates as ID or ID@VERSION (ID alone: the newest installed).",
        epilog="Examples:\n  inspector checklist diff nd43-tt25@1.0 nd43-tt25\n"
               "  inspector checklist diff resources/checklists/nd43-tt25.yaml ban-sua/nd43-tt25.yaml",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    d.add_argument("old", metavar="OLD")
    d.add_argument("new", metavar="NEW")
    d.set_defaults(func=_diff)


def _validate(args: argparse.Namespace) -> int:
    failed = 0
    for file in args.files:
        try:
            t = load_template(file)
        except ChecklistError as exc:
            failed += 1
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            continue
        low = sum(1 for it in t.items() if it.ref_confidence.value != "high")
        print(f"{file}: OK — {t.id} {t.version}, {t.item_count} items "
              f"({low} with legal references not fully verified), hash {t.content_hash[:12]}")
    return 1 if failed else 0


def _list(args: argparse.Namespace) -> int:
    catalog = load_catalog()
    for t in sorted(catalog.templates, key=lambda t: (t.id, t.version)):
        print(f"{t.id}\t{t.version}\t{t.status}\t{t.item_count} items\t{t.content_hash[:12]}\t{t.title}")
    for problem in catalog.problems:
        print(problem, file=sys.stderr)
    return 1 if catalog.problems else 0


_MARK = {"added": "+", "removed": "-", "changed": "~"}


def _diff(args: argparse.Namespace) -> int:
    from inspector.checklists.diff import ChangeKind, diff_templates

    catalog: list[Catalog] = []
    try:
        old, new = _template(args.old, catalog), _template(args.new, catalog)
    except ChecklistError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except LookupError as exc:
        say(f"Không tìm thấy danh mục {exc.args[0]}", f"no such checklist: {exc.args[0]}")
        return 1
    if old.id != new.id:
        say(f"Hai danh mục khác nhau ({old.id}, {new.id}): chỉ so sánh hai phiên bản của cùng một danh mục",
            f"different checklists ({old.id}, {new.id}): compare two versions of one checklist")
        return 1
    changes = diff_templates(old, new)
    head = f"{old.id} {old.version} ({old.content_hash[:12]}) → {new.version} ({new.content_hash[:12]})"
    if not changes:
        print(f"{head}: no item changed")
        return 0
    count = {k: sum(1 for c in changes if c.kind is k) for k in ChangeKind}
    print(f"{head}: {len(changes)} items ({count[ChangeKind.CHANGED]} changed, {count[ChangeKind.ADDED]} added, "
          f"{count[ChangeKind.REMOVED]} removed)")
    for c in changes:
        print(f"{_MARK[c.kind]} {c.item_id}  {c.text}")
        for f in c.fields:
            print(f"    {f.field}: {f.old or '—'}")
            print(f"    {' ' * len(f.field)}→ {f.new or '—'}")
    return 0


def _template(spec: str, catalog: list[Catalog]) -> ChecklistTemplate:
    """A template file, or an installed template as ID or ID@VERSION."""
    if spec.endswith((".yaml", ".yml")) or Path(spec).is_file():
        return load_template(spec)
    if not catalog:
        catalog.append(load_catalog())
    template_id, _, version = spec.partition("@")
    try:
        return catalog[0].get(template_id, version or None)
    except KeyError:
        raise LookupError(spec) from None
