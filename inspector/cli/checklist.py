"""`inspector checklist …`: validate and list checklist templates."""

from __future__ import annotations

import argparse
import sys

from inspector.checklists.catalog import load_catalog
from inspector.checklists.loader import load_template
from inspector.errors import ChecklistError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "checklist",
        help="validate or list checklist templates",
        description="Validate checklist template files, or list the templates installed.",
        epilog="Examples:\n  inspector checklist validate my-checklist.yaml\n  inspector checklist list",
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
