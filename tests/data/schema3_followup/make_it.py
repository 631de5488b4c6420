"""How `inspector.sqlite3` and `evidence/` here were made: by the program as it was at schema
version 3 (commit ebe23f5, before follow-up evidence had its own field), so the migration test
upgrades a real database of the previous schema, not one rebuilt by today's code.

    git archive ebe23f5 inspector resources | tar -x -C /tmp/old
    PYTHONPATH=/tmp/old python tests/data/schema3_followup/make_it.py tests/data/schema3_followup

It holds one finalized inspection of Phú Thọ (checklist "mini" 1.0) with one recommendation
whose follow-up names an evidence file in its note (the old stopgap), plus the seal's hash in
`seal.txt`.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

from inspector.checklists.template import (
    ChecklistItem,
    ChecklistTemplate,
    RefConfidence,
    ResponseSpec,
    ResponseType,
    Section,
)
from inspector.domain import ProvinceRef
from inspector.office.followup import update_followup
from inspector.storage import Store
from inspector.storage.migrations import LATEST

assert LATEST == 3, "run this with the program of schema version 3"
out = Path(sys.argv[1])
items = (ChecklistItem("mini.a", "Có lịch làm việc của lãnh đạo", "Điều 1", RefConfidence.HIGH, "",
                       ResponseSpec(ResponseType.STATUS)),
         ChecklistItem("mini.b", "Có mục hỏi đáp", "Điều 2", RefConfidence.HIGH, "", ResponseSpec(ResponseType.STATUS)))
template = ChecklistTemplate(id="mini", version="1.0", title="Danh mục kiểm tra thử", language="vi",
                             status="draft", legal_basis=(), sections=(Section("s1", "Thông tin chung", items),))
with Store.open(out / "inspector.sqlite3") as store:
    i = store.create_inspection(template=template, province=ProvinceRef("63", "25", "Tỉnh Phú Thọ"),
                                inspected_unit="Sở Thông tin và Truyền thông tỉnh Phú Thọ", actor="An",
                                started_at=datetime(2016, 10, 7, 2, tzinfo=UTC))
    store.record_finding(i.id, "mini.a", actor="An", status="dat")
    store.record_finding(i.id, "mini.b", actor="An", status="khong_dat", note="Không có mục hỏi đáp")
    rec = store.add_recommendation(i.id, "Bổ sung mục hỏi đáp", actor="An", responsible_unit="Sở TT&TT",
                                   deadline=date(2016, 12, 31), item_ids=["mini.b"])
    seal = store.finalize(i.id, actor="An")
    scan = out / "cong-van-so-12.pdf"
    scan.write_bytes(b"%PDF-1.4\n% cong van so 12 cua So TT&TT\n%%EOF\n")
    update_followup(store, rec.id, actor="Bình", today=date(2017, 1, 15), status="done",
                    note="Đã bổ sung mục hỏi đáp", files=[scan])
    scan.unlink()
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
(out / "seal.txt").write_text(f"{seal.sha256}\n")
