"""Office tests: a small known set of inspections in a real database, with hand-computed scores.

Checklist "mini" has two versions: 1.0 (items a, b, c, d) and 1.1 (a, b, c, e: d removed, e
added). In 2016 (M = Đạt, P = Đạt một phần, N = Không đạt, X = Không áp dụng, · = unanswered):

    Phú Thọ    v1.0  a M  b M  c P  d N          (2·2+1)/(2·4) = 5/8    rank 2
    Hà Nội     v1.1  a M  b P  c N  e M          (2·2+1)/(2·4) = 5/8    rank 2 (tie)
    Hà Giang   v1.0  a M  b M  c M  d X          3/3 = 1                rank 1
    Cao Bằng   v1.0  a X  b X  c X  d X          no score               unranked
    Bắc Kạn    v1.0  a N  b N  c ·  d ·   and
               v1.1  a M  b P  c N  e ·   pooled (2·1+1)/(2·5) = 3/10   rank 4

Phú Thọ also has 2015 (v1.0: a N, b M, c N, d N → 1/4) and 2017 (v1.1: a M, b N, c P, e M).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, date, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from inspector.checklists.template import (  # noqa: E402
    ChecklistItem,
    ChecklistTemplate,
    RefConfidence,
    ResponseSpec,
    ResponseType,
    Section,
)
from inspector.domain import ProvinceRef  # noqa: E402
from inspector.storage import Store  # noqa: E402

from support import PHU_THO  # noqa: E402

HA_NOI = ProvinceRef("63", "01", "Thành phố Hà Nội")
HA_GIANG = ProvinceRef("63", "02", "Tỉnh Hà Giang")
CAO_BANG = ProvinceRef("63", "04", "Tỉnh Cao Bằng")
BAC_KAN = ProvinceRef("63", "06", "Tỉnh Bắc Kạn")
TODAY = date(2017, 6, 30)

M, P, N, X = "dat", "dat_mot_phan", "khong_dat", "khong_ap_dung"


def _item(item_id: str, text: str) -> ChecklistItem:
    return ChecklistItem(item_id, text, f"Điều {ord(item_id[-1]) - 96} Nghị định 43/2011/NĐ-CP",
                         RefConfidence.HIGH, "", ResponseSpec(ResponseType.STATUS))


def mini_template(version: str) -> ChecklistTemplate:
    items = {"a": "Có lịch làm việc của lãnh đạo", "b": "Có mục hỏi đáp", "c": "Có bản đồ địa giới hành chính",
             "d": "Có thông tin về dự án đầu tư", "e": "Có dữ liệu mở"}
    ids = "abcd" if version == "1.0" else "abce"
    return ChecklistTemplate(
        id="mini", version=version, title="Danh mục kiểm tra thử", language="vi", status="draft",
        legal_basis=(), sections=(Section("s1", "Thông tin chung", tuple(_item(f"mini.{i}", items[i]) for i in ids)),),
    )


def _inspect(store: Store, template: ChecklistTemplate, province: ProvinceRef, day: date,
             statuses: dict[str, str]) -> str:
    i = store.create_inspection(template=template, province=province,
                                inspected_unit=f"Sở Thông tin và Truyền thông {province.name.lower()}",
                                actor="test", started_at=datetime(day.year, day.month, day.day, 2, tzinfo=UTC))
    for item, status in statuses.items():
        store.record_finding(i.id, f"mini.{item}", actor="test", status=status)
    return i.id


@pytest.fixture
def known(tmp_path: Path):
    """The store above, with the inspection ids by name, and recommendations of three kinds."""
    v10, v11 = mini_template("1.0"), mini_template("1.1")
    store = Store.open(tmp_path / "office" / "inspector.sqlite3")
    ids = {
        "phutho2015": _inspect(store, v10, PHU_THO, date(2015, 9, 10), {"a": N, "b": M, "c": N, "d": N}),
        "phutho2016": _inspect(store, v10, PHU_THO, date(2016, 10, 7), {"a": M, "b": M, "c": P, "d": N}),
        "phutho2017": _inspect(store, v11, PHU_THO, date(2017, 5, 4), {"a": M, "b": N, "c": P, "e": M}),
        "hanoi": _inspect(store, v11, HA_NOI, date(2016, 4, 1), {"a": M, "b": P, "c": N, "e": M}),
        "hagiang": _inspect(store, v10, HA_GIANG, date(2016, 5, 2), {"a": M, "b": M, "c": M, "d": X}),
        "caobang": _inspect(store, v10, CAO_BANG, date(2016, 6, 3), {"a": X, "b": X, "c": X, "d": X}),
        "backan1": _inspect(store, v10, BAC_KAN, date(2016, 3, 1), {"a": N, "b": N}),
        "backan2": _inspect(store, v11, BAC_KAN, date(2016, 11, 20), {"a": M, "b": P, "c": N}),
    }
    recs = {
        "overdue": store.add_recommendation(ids["phutho2016"], "Bổ sung bản đồ địa giới hành chính", actor="test",
                                            responsible_unit="Văn phòng UBND tỉnh", deadline=date(2016, 12, 31),
                                            item_ids=["mini.c"]).id,
        "due_later": store.add_recommendation(ids["hanoi"], "Cập nhật mục hỏi đáp hằng tuần", actor="test",
                                              responsible_unit="Sở Thông tin và Truyền thông",
                                              deadline=date(2017, 12, 31)).id,
        "done": store.add_recommendation(ids["backan2"], "Công bố dữ liệu mở", actor="test",
                                         deadline=date(2016, 12, 31)).id,
        "no_deadline": store.add_recommendation(ids["phutho2015"], "Rà soát lịch làm việc", actor="test").id,
    }
    store.update_recommendation(recs["done"], actor="test", status="done")
    yield store, ids, recs
    store.close()
