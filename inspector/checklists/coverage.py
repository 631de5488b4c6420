"""The coverage table the office reviews: which obligation each item checks, with what
confidence, and which of the Ministry's published evaluation criteria each item serves.

`render_coverage` writes docs/coverage.md from the shipped templates (scripts/coverage.py); a test
keeps the page in step with the data.
"""

from __future__ import annotations

from collections.abc import Sequence

from inspector.checklists.citation import cite, pinpoint, short_title
from inspector.checklists.template import ChecklistItem, ChecklistTemplate, Citation, ItemKind

# The criteria the Ministry scored in its published evaluations and the Phú Thọ inspection
# (../shared/domain/seeds/), each mapped to the items that serve it, per template id.
# "" in a list of items means: no item (a gap, listed again under "Not covered").
SEED_CRITERIA: tuple[tuple[str, str, dict[str, tuple[str, ...]]], ...] = (
    ("Thông tin chỉ đạo, điều hành (hạng mục yếu năm 2012)", "000",
     {"nd43-tt25": ("nd43.d10.1c.1", "nd43.d10.1c.4", "nd43.d10.1c.5", "nd43.d10.1c.6"), "nd42-2022": ("nd42.d4.vb.1",)}),
    ("Chiến lược, định hướng, quy hoạch, kế hoạch (hạng mục yếu năm 2012)", "000",
     {"nd43-tt25": ("nd43.d10.1dd.1", "nd43.d17.5"), "nd42-2022": ("nd42.d4.chienluoc", "nd42.d4.kehoachcongtac")}),
    ("Dự án, hạng mục đầu tư, đấu thầu, mua sắm công (hạng mục yếu năm 2012)", "000",
     {"nd43-tt25": ("nd43.d10.1h.1", "nd43.d10.1h.2", "nd43.d17.5"), "nd42-2022": ("nd42.d4.chienluoc",)}),
    ("Số lượng, chất lượng dịch vụ công trực tuyến mức độ 3, 4 và mức độ sử dụng", "000, 001",
     {"nd43-tt25": ("nd43.d18.2", "nd43.d18.4", "nd43.d18.5", "nd43.dvc.n2", "nd43.dvc.n3", "nd43.dvc.n4", "nd43.dvc.n6"),
      "nd42-2022": ("nd42.d11.1", "nd42.d11.n2", "nd42.d11.n3", "nd42.dvc.n4", "nd42.dvc.n5", "nd42.dvc.n6")}),
    ("Tuyên truyền, khuyến khích người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến", "000",
     {"nd43-tt25": ("dg.quangba",), "nd42-2022": ()}),
    ("Lộ trình cung cấp dịch vụ công trực tuyến phù hợp, khả thi", "000",
     {"nd43-tt25": ("nd43.d19.3",), "nd42-2022": ()}),
    ("Vận hành ổn định, an toàn thông tin, quy chế quản lý vận hành, đầu tư nâng cấp", "000",
     {"nd43-tt25": ("nd43.d27.2", "nd43.d27.3", "nd43.d30.2", "nd43.d30.3b", "attt.1", "attt.2", "attt.3", "attt.4"),
      "nd42-2022": ("tt22.duphong", "tt22.attt", "nd42.d20", "nd42.d26.1", "nd42.d26.2")}),
    ("Tỷ lệ dịch vụ mức độ 4; dịch vụ toàn trình", "001, 002",
     {"nd43-tt25": ("nd43.dvc.n4",), "nd42-2022": ("nd42.d11.1", "nd42.d11.n2")}),
    ("Kết nối Cổng Dịch vụ công quốc gia, đăng nhập một lần, theo dõi tình trạng hồ sơ", "002",
     {"nd43-tt25": (), "nd42-2022": ("nd42.d4.tthc", "nd42.d12.1", "nd42.d12.4", "nd42.d12.5", "nd42.d13.2")}),
    ("Chữ ký số trong dịch vụ công", "003",
     {"nd43-tt25": (), "nd42-2022": ("nd42.d11.2",)}),
    ("Danh mục dịch vụ công trực tuyến mức độ 3, 4 bắt buộc (63/82 dịch vụ)", "002, 003",
     {"nd43-tt25": (), "nd42-2022": ()}),
    ("Bảo vệ thông tin cá nhân", "002",
     {"nd43-tt25": ("nd43.d9", "tt25-2010.d10"), "nd42-2022": ("nd42.d26.1",)}),
    ("Dữ liệu mở, chia sẻ dữ liệu", "002",
     {"nd43-tt25": ("tt25.7",), "nd42-2022": ("nd42.d5.2", "tt22.dulieu", "nd42.d9.3")}),
    ("Phú Thọ 2016: cập nhật quy định Nghị định 43, quy chế Cổng", "004",
     {"nd43-tt25": ("nd43.d30.3a", "nd43.d30.3b"), "nd42-2022": ()}),
    ("Phú Thọ 2016: trang thành phần tích hợp trên Cổng", "004",
     {"nd43-tt25": ("nd43.d4", "nd43.d16.1", "chung.thanhphan"), "nd42-2022": ("nd42.d5.1", "chung.thanhphan")}),
    ("Phú Thọ 2016: một cửa điện tử tích hợp dịch vụ công trực tuyến", "004",
     {"nd43-tt25": ("nd43.d10.1g.1", "nd43.d18.2"), "nd42-2022": ("nd42.d4.tthc",)}),
    ("Phú Thọ 2016: số tin bài, thông tin quy hoạch, thông tin cho chỉ số PCI", "004",
     {"nd43-tt25": ("nd43.d10.1b.2", "nd43.d10.1dd.1", "nd43.d10.1dd.3"), "nd42-2022": ("nd42.d4.chienluoc",)}),
    ("Phú Thọ 2016: trang tiếng Anh (và tiếng nước ngoài khác)", "004",
     {"nd43-tt25": ("nd43.d13.1",), "nd42-2022": ("nd42.d7.2a", "nd42.d7.2b", "nd42.d7.2c")}),
    ("Phú Thọ 2016: hỏi đáp (≈500 câu/năm), tìm kiếm", "004",
     {"nd43-tt25": ("nd43.d15.hoidap", "nd43.d17.6", "nd43.d17.7", "nd43.d15.timkiem"), "nd42-2022": ("nd42.d8.1a", "nd42.d7.1a")}),
    ("Phú Thọ 2016: nhân lực trang thành phần", "004",
     {"nd43-tt25": ("nd43.nl.1", "nd43.nl.2", "nd43.nl.3"), "nd42-2022": ("nd42.d17",)}),
    ("Phú Thọ 2016: hệ thống từ Trung ương, trùng lặp, chia sẻ dữ liệu (Thông tư 25/2014)", "004",
     {"nd43-tt25": ("tt25.5", "tt25.6", "tt25.7"), "nd42-2022": ("nd42.d9.3",)}),
    ("Phú Thọ 2016: kiểm tra dịch vụ thực sự đạt mức độ 3", "004",
     {"nd43-tt25": ("nd43.d18.5",), "nd42-2022": ("nd42.d11.1",)}),
)

NOT_COVERED = (
    "Danh mục dịch vụ công trực tuyến mức độ 3, 4 bắt buộc do Thủ tướng Chính phủ ban hành: văn bản chưa đọc, chưa có mục.",
    "Thông tư 22/2023/TT-BTTTT: nội dung từng điều về cấu trúc, bố cục, yêu cầu chức năng và chỉ tiêu hiệu năng chưa đọc được"
    " (chỉ đọc tin của các sở về yêu cầu chung; mục hiệu năng ở mức trung bình, không có chỉ tiêu).",
    "Nghị định 42/2022/NĐ-CP: đào tạo, bồi dưỡng và trách nhiệm báo cáo của Ủy ban nhân dân tỉnh (khoản 3 Điều 16, chương"
    " tổ chức thực hiện) chưa đọc được nội dung; đã đọc Điều 17 (nhân lực biên tập) và đoạn đầu Điều 20 (kinh phí).",
    "Tuyên truyền dịch vụ công trực tuyến trong danh mục Nghị định 42/2022/NĐ-CP: chưa xác định căn cứ.",
)

_KIND = {ItemKind.LEGAL: "nghĩa vụ", ItemKind.PRACTICE: "thực tiễn", ItemKind.FIGURE: "số liệu"}
_CONF = {"high": "cao", "medium": "trung bình", "low": "thấp"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _obligation(t: ChecklistTemplate, c: Citation) -> str:
    doc = t.document(c.document)
    return cite(c, doc) if pinpoint(c) else f"{short_title(doc)} (không rõ điều)"


def _template_part(t: ChecklistTemplate) -> list[str]:
    out = [f"## {t.title} (`{t.id}` {t.version})", ""]
    period = f"{t.applies_from or '…'} → {t.applies_until or 'nay'}"
    counts = {k: sum(1 for i in t.items() if i.kind is k) for k in ItemKind}
    out += [f"Áp dụng: {period}. {t.item_count} mục: {counts[ItemKind.LEGAL]} nghĩa vụ pháp lý (tính điểm), "
            f"{counts[ItemKind.PRACTICE]} thực tiễn, {counts[ItemKind.FIGURE]} số liệu (không tính điểm).", ""]
    out += ["### Văn bản được dẫn chiếu", "", "| Văn bản | Ban hành | Hiệu lực | Nguồn đã đọc |", "|---|---|---|---|"]
    for d in t.documents:
        force = f"{d.in_force_from or '?'} → {d.in_force_until or 'còn hiệu lực'}"
        out.append(f"| {_cell(short_title(d))} | {d.issued} | {force} | {_cell(d.source) or 'chưa đọc'} |")
    out += ["", "### Nghĩa vụ → mục", "", "| Căn cứ | Mục | Độ tin cậy |", "|---|---|---|"]
    by_obligation: dict[str, list[tuple[ChecklistItem, Citation]]] = {}
    for item in t.items():
        if item.kind is not ItemKind.LEGAL:
            continue
        for c in item.citations:
            by_obligation.setdefault(_obligation(t, c), []).append((item, c))
    for obligation, rows in by_obligation.items():
        items = "<br>".join(f"`{i.id}` {_cell(i.statement)}" for i, _ in rows)
        confidences = ", ".join(sorted({_CONF[c.confidence.value] for _, c in rows}))
        out.append(f"| {_cell(obligation)} | {items} | {confidences} |")
    out += ["", "### Mục không phải nghĩa vụ pháp lý (không tính điểm)", "", "| Mục | Loại | Nội dung |", "|---|---|---|"]
    for item in t.items():
        if item.kind is not ItemKind.LEGAL:
            out.append(f"| `{item.id}` | {_KIND[item.kind]} | {_cell(item.text)} |")
    return out + [""]


def render_coverage(templates: Sequence[ChecklistTemplate]) -> str:
    """docs/coverage.md for `templates` (the shipped ones, newest version of each)."""
    out = [
        "# Bảng đối chiếu nghĩa vụ – mục kiểm tra (coverage)",
        "",
        "Trang này được sinh từ các danh mục trong `resources/checklists/` bằng `python scripts/coverage.py`;"
        " đừng sửa tay. Văn phòng dùng nó để rà soát: mỗi nghĩa vụ pháp lý được kiểm tra bởi mục nào, với độ tin"
        " cậy nào (cao = đã đọc nội dung điều; trung bình = từ bản tóm tắt, mục lục hoặc bản rà soát 12/2026;"
        " thấp = chưa xác định điều), và các tiêu chí Bộ đã chấm trong các kỳ đánh giá công bố"
        " (`../shared/domain/seeds/`) tương ứng với mục nào. Nguồn và ngày đọc của từng văn bản: xem"
        " [CHANGES.md](../resources/checklists/CHANGES.md).",
        "",
        "Chỉ các mục *nghĩa vụ* có căn cứ còn hiệu lực vào ngày kiểm tra được hiển thị và tính điểm;"
        " mục *thực tiễn* và *số liệu* được ghi nhận và báo cáo riêng.",
        "",
        "## Tiêu chí trong các kỳ đánh giá của Bộ → mục",
        "",
        "| Tiêu chí | Nguồn (seed) | " + " | ".join(f"`{t.id}`" for t in templates) + " |",
        "|---|---|" + "---|" * len(templates),
    ]
    for criterion, seed, mapping in SEED_CRITERIA:
        cells = []
        for t in templates:
            ids = mapping.get(t.id, ())
            cells.append(", ".join(f"`{i}`" for i in ids) if ids else "— (chưa có mục)")
        out.append(f"| {_cell(criterion)} | {seed} | " + " | ".join(cells) + " |")
    out += ["", "## Chưa có mục (khoảng trống còn lại)", ""] + [f"- {g}" for g in NOT_COVERED] + [""]
    for t in templates:
        out += _template_part(t)
    return "\n".join(out).rstrip() + "\n"
