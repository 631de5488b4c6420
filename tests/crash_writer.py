"""Writer process for the crash test: saves findings and evidence, reporting each save after
it returns. Killed with SIGKILL at random moments by tests/test_crash_safety.py."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inspector.checklists import load_catalog  # noqa: E402
from inspector.domain import ProvinceRef  # noqa: E402
from inspector.storage import Store  # noqa: E402


def main(db: str, run: str) -> None:
    template = load_catalog().get("nd43-tt25")
    items = [i.id for i in template.items() if i.response.type.value == "status"]
    with Store.open(Path(db)) as store:
        ids = store.inspection_ids()
        iid = ids[0] if ids else store.create_inspection(
            template=template, province=ProvinceRef("63", "25", "Tỉnh Phú Thọ"),
            inspected_unit="Sở TT&TT", actor="crash").id
        n = 0
        while True:
            item = items[n % len(items)]
            store.record_finding(iid, item, actor="crash", note=f"{run}-{n}",
                                 status=["dat", "khong_dat"][n % 2])
            print(f"F {item} {run}-{n}", flush=True)
            if n % 7 == 0:
                e = store.add_evidence(iid, f"{run}-{n}".encode() * 500, f"{run}-{n}.txt", actor="crash")
                print(f"E {e.id} {e.sha256}", flush=True)
            n += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
