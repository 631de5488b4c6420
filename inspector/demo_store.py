"""A sample inspection, written through the Store API, for newcomers and for the manual.

Modelled on the Ministry's 2016 inspection of Phú Thọ's Department of Information and
Communications (shared/domain/seeds/004_*): about 9,000 news items a year, some 500 questions
answered a year, online services mostly at levels 1–2 with a few at level 3 and few online
applications, and a department that did not know which central information systems ministries had
deployed in the province. People's names are fictional. Findings, figures, notes, two evidence
files (a screenshot-like PNG drawn here without any imaging library, and a text file) and the
team's recommendations are written as a real secretary would enter them.
"""

from __future__ import annotations

import random
import struct
import uuid
import zlib
from datetime import date, datetime, timedelta, timezone

from inspector.checklists import ChecklistTemplate, ResponseType
from inspector.domain import FindingStatus, Participant, TeamMember, TeamRole
from inspector.errors import NotFoundError
from inspector.reference.provinces import ProvinceTable
from inspector.storage.store import Store

DEMO_INSPECTION_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "inspector:demo:phu-tho-2016"))
ACTOR = "Vũ Quang Huy"
VN = timezone(timedelta(hours=7))

DAT, MOT_PHAN, KHONG_DAT, KAD = (FindingStatus.MET, FindingStatus.PARTLY_MET, FindingStatus.NOT_MET,
                                 FindingStatus.NOT_APPLICABLE)

# item id → (status, value, note, figures)
FINDINGS: dict[str, tuple[FindingStatus | None, float | str | None, str, dict[str, float]]] = {
    "chung.url": (None, "Cổng giao tiếp điện tử tỉnh: https://phutho.gov.vn; trang của Sở TT&TT: "
                        "https://stttt.phutho.gov.vn (trang thành phần trên Cổng tỉnh).", "", {}),
    "chung.chuquan": (None, "Cơ quan chủ quản: UBND tỉnh Phú Thọ. Thường trực Ban Biên tập: Sở TT&TT. "
                            "Vận hành kỹ thuật: Trung tâm Công nghệ thông tin và Truyền thông (Sở TT&TT).", "", {}),
    "chung.nentang": (None, "Phần mềm lõi cổng thông tin (.NET, SQL Server), đơn vị phát triển trong nước, "
                            "đưa vào sử dụng năm 2012, nâng cấp năm 2015.", "", {}),
    "chung.thanhphan": (DAT, 45.0, "Theo danh sách Sở cung cấp: 20 sở, ban, ngành và 13 huyện, thành, thị có trang "
                                 "thành phần; kiểm tra ngẫu nhiên 5 trang, cả 5 đều truy cập được.",
                        {"Trang của sở, ban, ngành": 32, "Trang của UBND cấp huyện": 13}),
    "chung.truycap": (None, 1_850_000.0, "Số liệu từ công cụ thống kê của Cổng, tính đến 30/9/2016.", {}),
    "nd43.d4": (DAT, None, "Cổng tỉnh tích hợp trang của các sở, ngành, huyện và liên kết tới hệ thống một cửa điện tử.", {}),
    "nd43.d6": (DAT, None, "Tên miền phutho.gov.vn đúng quy định; trang của Sở là tên miền cấp dưới của Cổng tỉnh.", {}),
    "nd43.d7.unicode": (DAT, None, "", {}),
    "nd43.d8": (MOT_PHAN, None, "Chưa có chức năng phóng to chữ, chưa có mô tả thay thế cho ảnh ở phần lớn tin bài; "
                         "tương phản màu đạt.", {}),
    "nd43.d9": (KHONG_DAT, None, "Cổng không có chức năng đăng ký tài khoản; hỏi đáp chỉ yêu cầu họ tên và thư điện tử.", {}),
    "nd43.d10.1a.3": (MOT_PHAN, None, "Có bản đồ hành chính cấp huyện; chưa có bản đồ đến cấp xã, phường.", {}),
    "nd43.d10.1a.6": (MOT_PHAN, None, "Có tiểu sử lãnh đạo UBND tỉnh; trang của Sở thiếu số điện thoại, thư điện tử "
                               "của Phó Giám đốc phụ trách.", {}),
    "nd43.d10.1b.1": (DAT, None, "Tin tức cập nhật hằng ngày; 3 tin mới nhất đăng trong ngày kiểm tra.", {}),
    "nd43.d10.1b.2": (DAT, 8_950.0, "Theo báo cáo của Sở: trung bình gần 9.000 tin, bài/năm.",
                      {"Tin bài tự sản xuất": 3_200}),
    "nd43.d10.1c.2": (None, 412.0, "Số liệu từ hệ thống quản lý văn bản và điều hành, 9 tháng đầu năm 2016.", {}),
    "nd43.d10.1c.3": (MOT_PHAN, 305.0, "Tỷ lệ đăng tải khoảng 74%; một số văn bản chỉ đạo chưa được đăng.", {}),
    "nd43.d10.1c.6": (KHONG_DAT, None, "Không có lịch làm việc của lãnh đạo Sở trên trang; lịch UBND tỉnh cập nhật không đều "
                               "(tuần gần nhất: 19/9/2016).", {}),
    "nd43.d10.1d.2": (None, 640.0, "", {}),
    "nd43.d10.1dd.1": (DAT, None, "Có chuyên mục quy hoạch, kế hoạch; công khai thông tin phục vụ nâng cao chỉ số PCI.", {}),
    "nd43.d10.1e.5": (KHONG_DAT, None, "Chưa có liên kết tới Cơ sở dữ liệu quốc gia về văn bản pháp luật.", {}),
    "nd43.d10.1e.6": (None, 1_120.0, "", {}),
    "nd43.d10.1g.1": (DAT, None, "Trang chủ có biểu tượng liên kết tới Cổng dịch vụ công và một cửa điện tử.", {}),
    "nd43.d10.1h.3": (None, 37.0, "", {}),
    "nd43.d10.1i.4": (MOT_PHAN, 6.0, "Có mục lấy ý kiến dự thảo nhưng 2/6 dự thảo không ghi thời hạn nhận góp ý.", {}),
    "nd43.d13.1": (DAT, None, "Một số trang thành phần có tiếng Anh và tiếng Hàn Quốc phục vụ nhà đầu tư nước ngoài.", {}),
    "nd43.d14.1": (MOT_PHAN, None, "Tin bài có tiêu đề, tác giả, ngày đăng; thiếu từ khóa và mô tả theo Thông tư 24/2011.", {}),
    "nd43.d15.hoidap": (DAT, None, "Mục hỏi đáp trực tuyến hoạt động, tiếp nhận và trả lời công khai.", {}),
    "tt26.rss": (KHONG_DAT, None, "Không có kênh RSS; người dùng không theo dõi được tin mới qua phần mềm đọc tin.", {}),
    "tt26.thietbi": (MOT_PHAN, None, "Trang chủ hiển thị được trên điện thoại nhưng các trang con vỡ bố cục.", {}),
    "tt32.bachuot": (DAT, None, "Từ trang chủ vào dịch vụ cấp giấy phép xây dựng: 2 lần bấm.", {}),
    "nd43.d17.7": (None, 520.0, "", {}),
    "nd43.d17.8": (DAT, 498.0, "Khoảng 500 câu hỏi/năm được trả lời công khai trên Cổng.", {}),
    "nd43.d17.9": (None, 14.0, "", {}),
    "nd43.d18.4": (MOT_PHAN, None, "Chỉ 4/19 dịch vụ mức độ 3 có hướng dẫn sử dụng và tra cứu tình trạng hồ sơ.", {}),
    "nd43.d19.3": (KHONG_DAT, None, "Chưa ban hành lộ trình cung cấp DVC trực tuyến mức độ 3, 4 giai đoạn 2016–2020.", {}),
    "nd43.dvc.n1": (None, 1_815.0, "", {}),
    "nd43.dvc.n2": (None, 1_790.0, "", {}),
    "nd43.dvc.n3": (MOT_PHAN, 19.0, "Dịch vụ công chủ yếu ở mức độ 1, 2; một số mức độ 3. Cần rà soát lại: "
                             "có dịch vụ chỉ cho tải biểu mẫu nhưng được báo cáo là mức độ 3.", {}),
    "nd43.dvc.n4": (None, 0.0, "", {}),
    "nd43.dvc.n6": (KHONG_DAT, 86.0, "Số hồ sơ nộp trực tuyến rất thấp so với tổng số hồ sơ; người dân ít sử dụng.",
                    {"Hồ sơ nộp trực tiếp cùng thủ tục": 6_430}),
    "nd43.nl.2": (MOT_PHAN, 3.0, "1 chuyên trách, 2 kiêm nhiệm; các trang thành phần thiếu nhân lực vận hành.", {}),
    "nd43.nl.3": (None, 2.0, "", {}),
    "nd43.d30.3a": (DAT, None, "Quy chế phối hợp ban hành kèm Quyết định của UBND tỉnh năm 2013.", {}),
    "nd43.d30.5a": (MOT_PHAN, None, "Báo cáo năm 2015 gửi Bộ ngày 15/12/2015, chậm so với thời hạn 01/12.", {}),
    "attt.4": (KHONG_DAT, None, "Chưa lập hồ sơ đề xuất cấp độ an toàn hệ thống thông tin cho Cổng.", {}),
    "attt.5": (KHONG_DAT, None, "Cổng chỉ chạy HTTP, chưa có chứng thư số.", {}),
    "attt.7": (None, 1.0, "Một lần gián đoạn 6 giờ do sự cố máy chủ (tháng 3/2016).", {}),
    "tt25.1": (None, "Quản lý hộ tịch; lý lịch tư pháp; đăng ký kinh doanh; giám sát lái xe; CSDL tài nguyên "
                     "môi trường; kê khai thuế qua mạng; trợ cấp ưu đãi người có công.", "", {}),
    "tt25.2": (None, 7.0, "Sở liệt kê được 7 hệ thống; chưa chắc đã đầy đủ.", {}),
    "tt25.4": (KHONG_DAT, None, "Các bộ, ngành triển khai xuống sở chuyên ngành, không thông tin cho Sở TT&TT; Sở không "
                        "nắm kịp thời hiện trạng triển khai.", {}),
    "tt25.5": (KHONG_DAT, None, "Chưa có báo cáo tổng hợp danh mục các hệ thống từ Trung ương triển khai tại tỉnh.", {}),
    "tt25.6": (MOT_PHAN, None, "Có nguy cơ trùng lặp giữa phần mềm hộ tịch của Bộ Tư pháp và phần mềm một cửa của tỉnh.", {}),
    "tt25.13": (None, "Đề nghị các bộ, ngành thông báo cho UBND tỉnh (qua Sở TT&TT) trước khi triển khai hệ thống "
                      "tại địa phương; hỗ trợ kết nối, chia sẻ dữ liệu với hệ thống của tỉnh.", "", {}),
    "tonghop.uudiem": (None, "Cổng giao tiếp điện tử tích hợp 100% trang của các cơ quan, đơn vị; một cửa điện tử "
                             "tích hợp cung cấp DVC trực tuyến; gần 9.000 tin bài/năm; hỏi đáp trực tuyến hoạt động "
                             "tốt (khoảng 500 câu hỏi/năm); có thông tin bằng tiếng Anh, tiếng Hàn.", "", {}),
    "tonghop.tontai": (None, "DVC trực tuyến chủ yếu mức độ 1, 2, số hồ sơ trực tuyến thấp; nhân lực vận hành các "
                             "trang thành phần còn thiếu; chưa nắm được hiện trạng các hệ thống thông tin do bộ, "
                             "ngành triển khai tại tỉnh; Cổng chưa dùng HTTPS.", "", {}),
}

RECOMMENDATIONS = [
    ("Đẩy mạnh công tác tuyên truyền, triển khai có hiệu quả việc cung cấp dịch vụ công trực tuyến mức độ cao "
     "(mức độ 3, 4).", date(2016, 12, 31), ("nd43.dvc.n3", "nd43.dvc.n6")),
    ("Rà soát, đánh giá các dịch vụ công trực tuyến đã triển khai, xác định cụ thể dịch vụ nào đạt đúng mức độ 3; "
     "báo cáo kết quả về Bộ Thông tin và Truyền thông.", date(2016, 11, 30), ("nd43.dvc.n3", "nd43.d18.4")),
    ("Rà soát, thống kê hiện trạng, danh mục các hệ thống thông tin do các bộ, ngành triển khai tại địa phương; "
     "gửi Bộ Thông tin và Truyền thông (Cục Tin học hóa) để tổng hợp, đánh giá.", date(2016, 11, 30),
     ("tt25.4", "tt25.5")),
    ("Trong triển khai ứng dụng CNTT của tỉnh, tránh đầu tư trùng lặp với các hệ thống của bộ, ngành; phối hợp "
     "kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin, cơ sở dữ liệu.", None, ("tt25.6",)),
    ("Triển khai HTTPS với chứng thư số hợp lệ cho Cổng và lập hồ sơ đề xuất cấp độ an toàn hệ thống thông tin.",
     date(2017, 3, 31), ("attt.4", "attt.5")),
]

INTERVIEW_NOTES = """BIÊN GHI LÀM VIỆC — Sở Thông tin và Truyền thông tỉnh Phú Thọ, 07/10/2016

Thành phần: Đoàn kiểm tra Bộ TT&TT; lãnh đạo Sở và Phòng CNTT, Trung tâm CNTT&TT.

1. Cổng giao tiếp điện tử: 100% cơ quan, đơn vị có trang tích hợp trên Cổng. Trung bình gần
   9.000 tin, bài/năm. Hỏi đáp trực tuyến: khoảng 500 câu hỏi/năm, trả lời công khai.
2. Dịch vụ công trực tuyến: chủ yếu mức độ 1, 2; 19 dịch vụ báo cáo mức độ 3. Hồ sơ nộp trực
   tuyến 9 tháng: 86. Người dân chưa quen nộp trực tuyến.
3. Các hệ thống của bộ, ngành tại tỉnh (hộ tịch, lý lịch tư pháp, đăng ký kinh doanh, giám sát
   lái xe, thuế, người có công…): Sở không được thông báo, chưa có danh mục đầy đủ.
4. Nhân lực: 1 biên tập viên chuyên trách, 2 kiêm nhiệm; trang thành phần thiếu người.

Người ghi: Vũ Quang Huy
"""


def create_demo_inspection(store: Store, template: ChecklistTemplate, provinces: ProvinceTable) -> str:
    """Write the sample inspection into `store` (once: an existing one is kept) and return its id."""
    try:
        store.inspection(DEMO_INSPECTION_ID)
        return DEMO_INSPECTION_ID
    except NotFoundError:
        pass
    day = date(2016, 10, 7)
    if template.applies_from and date.fromisoformat(template.applies_from) > day:
        day = date.fromisoformat(template.applies_from) + timedelta(days=60)
    province = provinces.get("63", "25") if day < date(2025, 7, 1) else provinces.successor_of("25")
    started = datetime(day.year, day.month, day.day, 8, 30, tzinfo=VN)
    store.create_inspection(
        template=template, province=province.ref(day), inspected_unit=province.department_name(day),
        actor=ACTOR, inspection_id=DEMO_INSPECTION_ID,
        portal_url=province.portal_url, dvc_url=province.dvc_url, place="Việt Trì, Phú Thọ",
        basis=f"Kế hoạch kiểm tra tình hình thực hiện Nghị định số 43/2011/NĐ-CP và Thông tư số 25/2014/TT-BTTTT "
              f"tại các bộ, ngành, địa phương năm {day.year}",
        plan_number="1234/KH-BTTTT", started_at=started, ended_at=started + timedelta(hours=7),
        team=(
            TeamMember("Phạm Minh Tuấn", "Phó Cục trưởng Cục Tin học hóa", "Bộ Thông tin và Truyền thông", TeamRole.HEAD),
            TeamMember("Đỗ Thị Lan", "Chuyên viên chính", "Cục Tin học hóa", TeamRole.MEMBER),
            TeamMember("Vũ Quang Huy", "Chuyên viên", "Cục Tin học hóa", TeamRole.SECRETARY),
        ),
        host_participants=(
            Participant("Nguyễn Văn Bình", "Phó Giám đốc", province.department_name(day)),
            Participant("Hoàng Thị Mai", "Trưởng phòng Công nghệ thông tin", province.department_name(day)),
            Participant("Lê Đức Thắng", "Giám đốc Trung tâm CNTT và Truyền thông", province.department_name(day)),
        ),
    )
    _write_findings(store, template)
    _write_evidence(store, template)
    for text, deadline, items in RECOMMENDATIONS:
        known = tuple(i for i in items if _has_item(template, i))
        store.add_recommendation(DEMO_INSPECTION_ID, text, actor=ACTOR, responsible_unit=province.department_name(day),
                                 deadline=deadline, item_ids=known)
    store.update_inspection(
        DEMO_INSPECTION_ID, actor=ACTOR,
        conclusion="Sở Thông tin và Truyền thông tỉnh Phú Thọ đã triển khai cơ bản các quy định của Nghị định "
                   "43/2011/NĐ-CP về cung cấp thông tin trên Cổng. Cần khắc phục các tồn tại về dịch vụ công trực "
                   "tuyến mức độ cao, an toàn thông tin và việc nắm bắt các hệ thống thông tin do bộ, ngành triển khai.",
        host_opinion="Đơn vị nhất trí với kết quả kiểm tra và sẽ báo cáo UBND tỉnh để khắc phục.",
    )
    return DEMO_INSPECTION_ID


def _has_item(template: ChecklistTemplate, item_id: str) -> bool:
    try:
        template.item(item_id)
    except KeyError:
        return False
    return True


def _write_findings(store: Store, template: ChecklistTemplate) -> None:
    rng = random.Random(2016)  # same demo every time
    items = list(template.items())
    for n, item in enumerate(items):
        tailored = FINDINGS.get(item.id)
        if tailored is not None:
            status, value, note, figures = tailored
            expected = {ResponseType.NUMBER: float, ResponseType.TEXT: str}.get(item.response.type)
            if expected is None or not isinstance(value, expected):  # the item takes no such value
                value = None
            store.record_finding(DEMO_INSPECTION_ID, item.id, actor=ACTOR, status=status, value=value,
                                 note=note, figures=figures)
            continue
        # About one item in eight is left for the newcomer to answer; the last section too.
        if n >= len(items) - 3 or rng.random() < 0.12 or item.response.type is not ResponseType.STATUS:
            continue
        # items about the province's portal only, or the department's only, are often not applicable
        status = DAT if rng.random() < 0.9 else KAD
        store.record_finding(DEMO_INSPECTION_ID, item.id, actor=ACTOR, status=status)


def _write_evidence(store: Store, template: ChecklistTemplate) -> None:
    homepage_item = next((i for i in ("nd43.d10.1g.1", "chung.url") if _has_item(template, i)), None)
    store.add_evidence(DEMO_INSPECTION_ID, portal_screenshot_png(), "trang-chu-cong-phutho-07-10-2016.png",
                       "image/png", item_id=homepage_item,
                       caption="Ảnh chụp trang chủ Cổng giao tiếp điện tử tỉnh lúc 09:15 ngày 07/10/2016; khung đỏ: "
                               "liên kết Dịch vụ công trực tuyến.", actor=ACTOR)
    tt25_item = "tt25.4" if _has_item(template, "tt25.4") else None
    store.add_evidence(DEMO_INSPECTION_ID, INTERVIEW_NOTES.encode("utf-8"), "bien-ghi-lam-viec-so-tttt.txt",
                       "text/plain", item_id=tt25_item,
                       caption="Biên ghi buổi làm việc với lãnh đạo Sở (do thư ký đoàn ghi).", actor=ACTOR)


# ------------------------------------------------------------------ a PNG without an imaging library
def portal_screenshot_png(width: int = 640, height: int = 400) -> bytes:
    """A screenshot-like picture of a provincial portal's home page (banner, menu, news columns,
    an online-services box circled in red), encoded as PNG with zlib only."""
    px = bytearray(b"\xff\xff\xff" * width * height)

    def rect(x0: int, y0: int, x1: int, y1: int, rgb: tuple[int, int, int]) -> None:
        row = bytes(rgb) * (min(x1, width) - max(x0, 0))
        for y in range(max(y0, 0), min(y1, height)):
            start = (y * width + max(x0, 0)) * 3
            px[start:start + len(row)] = row

    def frame(x0: int, y0: int, x1: int, y1: int, rgb: tuple[int, int, int], t: int = 3) -> None:
        rect(x0, y0, x1, y0 + t, rgb)
        rect(x0, y1 - t, x1, y1, rgb)
        rect(x0, y0, x0 + t, y1, rgb)
        rect(x1 - t, y0, x1, y1, rgb)

    def disc(cx: int, cy: int, r: int, rgb: tuple[int, int, int]) -> None:
        for y in range(cy - r, cy + r + 1):
            half = int((r * r - (y - cy) ** 2) ** 0.5)
            rect(cx - half, y, cx + half + 1, y + 1, rgb)

    rect(0, 0, width, 70, (183, 28, 28))  # banner
    disc(45, 35, 24, (255, 213, 79))  # emblem
    disc(45, 35, 10, (183, 28, 28))
    for i, w in enumerate((300, 220)):  # banner title as two bars of "text"
        rect(85, 20 + i * 18, 85 + w, 30 + i * 18, (255, 236, 179))
    rect(0, 70, width, 96, (21, 101, 192))  # menu
    for i in range(7):
        rect(14 + i * 88, 79, 14 + i * 88 + 60, 87, (227, 242, 253))
    rect(16, 110, 400, 250, (236, 239, 241))  # headline picture
    disc(120, 190, 35, (176, 190, 197))
    for i in range(7):  # news list
        rect(16, 262 + i * 16, 16 + 380 - (i % 3) * 40, 270 + i * 16, (120, 144, 156))
    rect(420, 110, 624, 136, (21, 101, 192))  # right column: online services
    rect(430, 118, 560, 128, (255, 255, 255))
    for i in range(4):
        rect(424, 146 + i * 34, 620, 172 + i * 34, (232, 245, 233) if i % 2 else (241, 248, 233))
        rect(432, 155 + i * 34, 560, 163 + i * 34, (56, 142, 60))
    frame(414, 104, 630, 286, (229, 57, 53), 4)  # the inspector's red box
    rect(0, 376, width, height, (55, 71, 79))  # footer
    rect(16, 386, 360, 392, (176, 190, 197))
    raw = b"".join(b"\x00" + bytes(px[y * width * 3:(y + 1) * width * 3]) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
