"""A realistic demonstration inspection, built from the domain dataclasses and a real template.

Modelled on the Ministry's inspection of Phú Thọ's Department of Information and Communications
on 07/10/2016 (`shared/domain/seeds/004_*`): its figures (about 9,000 news items a year, some
online services at level 3, about 500 questions a year, English and Korean pages) and its
conclusions (low use of online services, systems deployed by ministries not reported to the
Department, duplication and data sharing). People's names are invented and item results are
illustrative: this is not the real inspection's record.

`build_demo_record(template)` works with any template (items it does not know get a plain
"Đạt"); `demo_evidence_blobs(record)` gives the bytes behind each evidence entry (small PNG
screenshots and HTML pages), so a demo database or a test folder can hold real files.
"""

from __future__ import annotations

import dataclasses
import struct
import zlib
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from inspector.checklists.template import ChecklistTemplate, ResponseType
from inspector.domain import (
    Evidence,
    EvidenceSource,
    Finding,
    FindingStatus,
    Inspection,
    InspectionRecord,
    InspectionStatus,
    Participant,
    ProvinceRef,
    Recommendation,
    Seal,
    TeamMember,
    TeamRole,
    seal_hash,
)
from inspector.domain.serialize import sha256_hex

if TYPE_CHECKING:
    from inspector.storage import Store

DEMO_ID = "demo-phutho-2016"
UNIT = "Sở Thông tin và Truyền thông tỉnh Phú Thọ"
PROVINCE_UNIT = "Ủy ban nhân dân tỉnh Phú Thọ"
_ICT = timedelta(hours=7)


def _vn(day: int, hour: int, minute: int = 0, month: int = 10, year: int = 2016) -> datetime:
    """A Vietnam local time on the inspection day, as the aware UTC time the core stores."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC) - _ICT


M, P, N, NA = (FindingStatus.MET, FindingStatus.PARTLY_MET, FindingStatus.NOT_MET,
               FindingStatus.NOT_APPLICABLE)

# item id → (status, value, note, figures). Items not listed are "Đạt" without a note.
_RESULTS: dict[str, tuple[FindingStatus | None, float | str | None, str, dict[str, float]]] = {
    "chung.url": (None, "https://phutho.gov.vn (Cổng giao tiếp điện tử tỉnh); "
                  "https://stttt.phutho.gov.vn (Sở Thông tin và Truyền thông)", "", {}),
    "chung.chuquan": (None, "Cơ quan chủ quản: UBND tỉnh Phú Thọ; cơ quan thường trực Ban Biên tập: "
                      "Sở Thông tin và Truyền thông; đơn vị vận hành kỹ thuật: Trung tâm Công nghệ "
                      "thông tin và Truyền thông tỉnh", "", {}),
    "chung.nentang": (None, "Phần mềm cổng thông tin điện tử trên nền .NET, cơ sở dữ liệu SQL Server; "
                      "đưa vào sử dụng năm 2012, nâng cấp năm 2015", "", {}),
    "chung.thanhphan": (M, 62, "100% sở, ban, ngành và UBND cấp huyện có trang thông tin điện tử "
                        "tích hợp trên Cổng giao tiếp điện tử", {}),
    "chung.truycap": (None, 1_250_000, "Theo số liệu thống kê của hệ thống đến 30/9/2016", {}),
    "nd43.d4": (M, None, "Cổng giao tiếp điện tử tỉnh là điểm truy cập tích hợp thông tin; một cửa "
                "điện tử được tích hợp với cung cấp dịch vụ công trực tuyến trên Cổng", {}),
    "nd43.d6": (M, None, "Tên miền phutho.gov.vn đúng quy định", {}),
    "nd43.d7.tieuchuan": (P, None, "Một số trang thành phần hiển thị chưa đúng trên các trình duyệt "
                          "Firefox, Chrome (vỡ bố cục bảng biểu)", {}),
    "nd43.d8": (N, None, "Cổng chưa có chức năng hỗ trợ người khuyết tật (phóng to chữ, đọc nội "
                "dung, tăng độ tương phản)", {}),
    "nd43.d9": (P, None, "Chưa công bố chính sách thu thập, sử dụng thông tin cá nhân khi đăng ký "
                "tài khoản hỏi đáp", {}),
    "nd43.d10.1a.3": (N, None, "Chưa có bản đồ địa giới hành chính đến cấp xã, phường; mới có bản đồ "
                      "hành chính cấp huyện", {}),
    "nd43.d10.1a.4": (M, None, "Có chuyên mục giới thiệu vùng Đất Tổ, Khu di tích lịch sử Đền Hùng, "
                      "hát Xoan Phú Thọ", {}),
    "nd43.d10.1a.6": (P, None, "Có danh sách lãnh đạo nhưng chưa có tiểu sử tóm tắt của một số lãnh "
                      "đạo UBND tỉnh", {}),
    "nd43.d10.1b.1": (M, None, "Tin tức, sự kiện được cập nhật hằng ngày", {}),
    "nd43.d10.1b.2": (M, 8_950, "", {}),
    "nd43.d10.1c.2": (None, 1_240, "", {}),
    "nd43.d10.1c.3": (None, 1_105, "Đạt khoảng 89% số văn bản chỉ đạo, điều hành đã ban hành", {}),
    "nd43.d10.1c.5": (P, None, "Có thông tin khen thưởng; thông tin xử phạt vi phạm hành chính chưa "
                      "được đăng tải đầy đủ", {}),
    "nd43.d10.1c.6": (N, None, "Lịch làm việc của lãnh đạo chưa được cập nhật hằng tuần (lần cập nhật "
                      "gần nhất cách thời điểm kiểm tra 5 tuần)", {}),
    "nd43.d10.1d.2": (None, 312, "", {}),
    "nd43.d10.1dd.1": (M, None, "Có thông tin quy hoạch, kế hoạch phát triển kinh tế - xã hội; công "
                       "khai thông tin nhằm nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", {}),
    "nd43.d10.1dd.2": (None, 46, "", {}),
    "nd43.d10.1e.2": (P, None, "Nhiều văn bản thiếu thông tin ngày hiệu lực và tình trạng hiệu lực", {}),
    "nd43.d10.1e.5": (N, None, "Chưa có liên kết tới Cơ sở dữ liệu quốc gia về văn bản pháp luật", {}),
    "nd43.d10.1e.6": (None, 2_315, "", {}),
    "nd43.d10.1h.2": (P, None, "Phần lớn dự án chưa có thông tin về kinh phí và tiến độ thực hiện", {}),
    "nd43.d10.1h.3": (None, 87, "", {}),
    "nd43.d10.1i.2": (P, None, "Một số dự thảo chưa ghi thời hạn tiếp nhận ý kiến góp ý", {}),
    "nd43.d10.1i.3": (N, None, "Người dùng chưa gửi được ý kiến góp ý trực tuyến; Cổng chỉ nêu địa "
                      "chỉ thư điện tử tiếp nhận", {}),
    "nd43.d10.1i.4": (None, 14, "", {}),
    "nd43.d11.1": (P, None, "Có danh mục đề tài khoa học nhưng thiếu thông tin kinh phí, kết quả "
                   "nghiệm thu", {}),
    "nd43.d11.2": (None, 9, "", {}),
    "nd43.d13.1": (M, None, "Có thông tin bằng tiếng Anh và tiếng Hàn Quốc phục vụ người dân, doanh "
                   "nghiệp và nhà đầu tư nước ngoài", {}),
    "nd43.d14.1": (N, None, "Tin, bài chưa có dữ liệu đặc tả theo Thông tư số 24/2011/TT-BTTTT", {}),
    "nd43.d15.inan": (P, None, "Có chức năng in; chưa có chức năng gửi tin, bài qua thư điện tử", {}),
    "nd43.d15.hoidap": (M, None, "Có chuyên mục hỏi đáp trực tuyến; câu hỏi được tiếp nhận và trả lời "
                        "công khai trên Cổng", {}),
    "tt26.thietbi": (N, None, "Cổng chưa có giao diện dành cho thiết bị di động", {}),
    "tt32.bachuot": (NA, None, "Thông tư số 32/2017/TT-BTTTT chưa được ban hành tại thời điểm kiểm tra", {}),
    "nd43.d17.3": (P, None, "Một số văn bản được đăng sau 5 – 7 ngày làm việc kể từ ngày ban hành", {}),
    "nd43.d17.7": (None, 512, "", {}),
    "nd43.d17.8": (None, 486, "", {}),
    "nd43.d17.9": (None, 11, "", {}),
    "nd43.d18.1": (P, None, "Thông tin về dịch vụ công trực tuyến chưa được đồng bộ đầy đủ với Cơ sở "
                   "dữ liệu quốc gia về thủ tục hành chính", {}),
    "nd43.d18.4": (P, None, "Chưa có chức năng theo dõi tần suất sử dụng và quá trình xử lý của dịch "
                   "vụ mức độ 3", {}),
    "nd43.d19.3": (N, None, "Chưa ban hành lộ trình cung cấp dịch vụ công trực tuyến mức độ 3, 4 giai "
                   "đoạn 2016 – 2020", {}),
    "nd43.dvc.n1": (None, 1_856, "", {}),
    "nd43.dvc.n2": (None, 1_799, "", {"muc_1": 1_201, "muc_2": 598}),
    "nd43.dvc.n3": (P, 57, "Một số dịch vụ công bố mức độ 3 nhưng chưa đáp ứng đủ tiêu chí, cần rà soát", {}),
    "nd43.dvc.n4": (None, 0, "", {}),
    "nd43.dvc.n5": (None, 21, "", {}),
    "nd43.dvc.n6": (N, 1_432, "Tỷ lệ hồ sơ trực tuyến thấp, khoảng 1,5% tổng số hồ sơ của các thủ tục "
                    "có cung cấp trực tuyến mức độ 3", {}),
    "nd43.dvc.n7": (None, 96_540, "", {}),
    "nd43.dvc.n8": (None, 1_398, "", {}),
    "nd43.bbt.1": (M, None, "Có quyết định của UBND tỉnh thành lập Ban Biên tập Cổng giao tiếp điện tử "
                   "(năm 2013)", {}),
    "nd43.nl.1": (P, None, "Nhân lực vận hành các trang thông tin điện tử thành phần của các đơn vị còn "
                  "thiếu, chủ yếu kiêm nhiệm", {}),
    "nd43.nl.2": (None, 24, "Trong đó 4 người chuyên trách", {}),
    "nd43.nl.3": (None, 3, "", {}),
    "nd43.nl.4": (None, 45, "", {}),
    "nd43.d30.2n": (None, 850, "Không kể kinh phí nhuận bút", {}),
    "nd43.d30.5a": (P, None, "Báo cáo năm 2015 gửi Bộ Thông tin và Truyền thông sau thời hạn ngày 01/12", {}),
    "nd43.d30.dg": (N, None, "Chưa tổ chức đánh giá định kỳ chất lượng trang thông tin điện tử của các "
                    "sở, ngành, huyện", {}),
    "attt.2": (P, None, "Chưa có hệ thống giám sát an toàn thông tin tập trung; chủ yếu dựa vào tường "
               "lửa và phần mềm phòng chống mã độc", {}),
    "attt.4": (N, None, "Chưa xây dựng hồ sơ đề xuất cấp độ an toàn hệ thống thông tin cho Cổng", {}),
    "attt.5": (N, None, "Cổng chưa sử dụng giao thức HTTPS", {}),
    "attt.6": (P, None, "Chưa kiểm tra, đánh giá an toàn thông tin trước khi đưa phiên bản nâng cấp "
               "năm 2015 vào vận hành", {}),
    "attt.7": (None, 2, "Hai lần tấn công từ chối dịch vụ gây gián đoạn ngắn (dưới 2 giờ)", {}),
    "tt25.1": (None, "Quản lý hộ tịch; lý lịch tư pháp; đăng ký doanh nghiệp; giám sát hành trình, quản "
               "lý lái xe; cơ sở dữ liệu tài nguyên và môi trường; kê khai thuế qua mạng; quản lý trợ "
               "cấp ưu đãi người có công", "", {}),
    "tt25.2": (None, 7, "", {}),
    "tt25.4": (N, None, "Các bộ, ngành triển khai hệ thống xuống các sở, ngành chuyên môn chưa thông "
               "tin kịp thời cho Sở Thông tin và Truyền thông", {}),
    "tt25.5": (P, None, "Chưa tổng hợp đầy đủ danh mục, hiện trạng các hệ thống do bộ, ngành triển khai "
               "tại tỉnh", {}),
    "tt25.6": (P, None, "Chưa rà soát chức năng trùng lặp giữa các hệ thống do bộ, ngành triển khai và "
               "phần mềm do tỉnh đầu tư", {}),
    "tt25.7": (N, None, "Chưa kết nối, chia sẻ dữ liệu giữa các hệ thống từ Trung ương và hệ thống của "
               "tỉnh", {}),
    "tt25.8": (None, 0, "", {}),
    "tt25.12": (P, None, "Kinh phí duy trì, vận hành sau triển khai chưa được xác định rõ giữa Trung "
                "ương và địa phương", {}),
    "tt25.13": (None, "Đề nghị các bộ, ngành thông báo kế hoạch triển khai hệ thống thông tin tại địa "
                "phương cho Sở Thông tin và Truyền thông; hướng dẫn kết nối, chia sẻ dữ liệu với hệ "
                "thống của tỉnh", "", {}),
    "tonghop.uudiem": (None, "Sở Thông tin và Truyền thông đã cập nhật kịp thời các quy định của Nghị "
                       "định số 43/2011/NĐ-CP; 100% cơ quan, đơn vị có trang thông tin điện tử tích hợp "
                       "trên Cổng giao tiếp điện tử tỉnh; trung bình cung cấp gần 9.000 tin, bài mỗi năm; "
                       "công khai thông tin quy hoạch, kế hoạch nhằm nâng cao chỉ số PCI; một số trang "
                       "có thông tin bằng tiếng Anh, tiếng Hàn Quốc; chuyên mục hỏi đáp tiếp nhận và trả "
                       "lời công khai khoảng 500 câu hỏi mỗi năm.", "", {}),
    "tonghop.tontai": (None, "Dịch vụ công trực tuyến chủ yếu ở mức độ 1, 2; số dịch vụ mức độ 3 ít và "
                       "số hồ sơ xử lý trên môi trường điện tử thấp. Nguồn nhân lực vận hành các trang "
                       "thông tin điện tử thành phần còn khó khăn. Các hệ thống thông tin do bộ, ngành "
                       "Trung ương triển khai tại các sở, ngành của tỉnh chưa được thông tin kịp thời cho "
                       "Sở Thông tin và Truyền thông nên việc nắm bắt hiện trạng còn hạn chế.", "", {}),
    "tonghop.kiennghi": (None, "Đề nghị Bộ Thông tin và Truyền thông đôn đốc các bộ, ngành thông báo "
                         "kế hoạch, tình hình triển khai hệ thống thông tin tại địa phương; hướng dẫn "
                         "tiêu chí đánh giá mức độ dịch vụ công trực tuyến.", "", {}),
}

_RECOMMENDATIONS: tuple[tuple[str, str, date, tuple[str, ...]], ...] = (
    ("Đẩy mạnh công tác tuyên truyền, hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực "
     "tuyến; triển khai hiệu quả việc cung cấp dịch vụ công trực tuyến mức độ cao",
     UNIT, date(2016, 12, 31), ("nd43.dvc.n6",)),
    ("Rà soát, đánh giá các dịch vụ công trực tuyến đã triển khai, xác định cụ thể dịch vụ đạt đúng "
     "mức độ 3; tham mưu UBND tỉnh ban hành lộ trình cung cấp dịch vụ công trực tuyến mức độ 3, 4",
     UNIT, date(2016, 12, 31), ("nd43.dvc.n3", "nd43.d19.3")),
    ("Rà soát, thống kê hiện trạng, danh mục các hệ thống thông tin do các bộ, ngành triển khai tại "
     "địa phương; gửi Bộ Thông tin và Truyền thông (Cục Tin học hóa) để tổng hợp, đánh giá",
     UNIT, date(2016, 11, 30), ("tt25.5", "tt25.4")),
    ("Bổ sung các thông tin bắt buộc còn thiếu trên Cổng (bản đồ địa giới hành chính, liên kết Cơ sở "
     "dữ liệu quốc gia về văn bản pháp luật, dữ liệu đặc tả, chức năng hỗ trợ người khuyết tật); cập "
     "nhật lịch làm việc của lãnh đạo hằng tuần",
     UNIT, date(2017, 3, 31), ("nd43.d10.1a.3", "nd43.d10.1e.5", "nd43.d14.1", "nd43.d8")),
    ("Triển khai HTTPS cho Cổng; xây dựng hồ sơ đề xuất cấp độ an toàn hệ thống thông tin theo Nghị "
     "định số 85/2016/NĐ-CP",
     UNIT, date(2017, 6, 30), ("attt.4", "attt.5")),
    ("Chỉ đạo các sở, ngành khi triển khai ứng dụng công nghệ thông tin tránh trùng lặp với các hệ "
     "thống do bộ, ngành triển khai; phối hợp kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin, "
     "cơ sở dữ liệu",
     PROVINCE_UNIT, date(2017, 6, 30), ("tt25.6", "tt25.7")),
)

_CAPTIONS = (
    ("nd43.d10.1a.3", "Trang bản đồ hành chính: chỉ có bản đồ cấp huyện"),
    ("nd43.d10.1c.6", "Lịch công tác của lãnh đạo, lần cập nhật gần nhất"),
    ("nd43.d10.1e.5", "Chuyên mục văn bản: không có liên kết CSDL quốc gia về văn bản pháp luật"),
    ("nd43.d10.1i.3", "Mục lấy ý kiến dự thảo: không có biểu mẫu góp ý trực tuyến"),
    ("nd43.d14.1", "Mã nguồn một tin bài: không có thẻ dữ liệu đặc tả"),
    ("nd43.d8", "Trang chủ: không có công cụ hỗ trợ người khuyết tật"),
    ("nd43.d15.hoidap", "Chuyên mục hỏi đáp trực tuyến"),
    ("nd43.d13.1", "Phiên bản tiếng Anh và tiếng Hàn Quốc"),
    ("nd43.dvc.n3", "Danh mục dịch vụ công trực tuyến mức độ 3"),
    ("nd43.d19.3", "Kế hoạch ứng dụng CNTT năm 2016: chưa có lộ trình DVC mức độ 3, 4"),
    ("attt.5", "Trình duyệt báo kết nối không bảo mật (HTTP)"),
    ("tt26.thietbi", "Giao diện Cổng trên điện thoại di động"),
    ("nd43.bbt.1", "Quyết định thành lập Ban Biên tập (bản chụp)"),
    ("tt25.1", "Danh mục hệ thống thông tin do bộ, ngành triển khai (Sở cung cấp)"),
    ("nd43.d30.5a", "Công văn báo cáo tình hình hoạt động Cổng năm 2015"),
)


def build_demo_record(template: ChecklistTemplate, *, photos: int = 15, probe_pages: int = 2,
                      finalized: bool = False) -> InspectionRecord:
    """An inspection of Phú Thọ's Department of Information and Communications (07/10/2016)
    answered item by item under `template`, with evidence metadata and recommendations.

    `photos` screenshots and `probe_pages` saved pages are listed as evidence (see
    `demo_evidence_blobs` for their bytes). `finalized` seals the record as finalizing would.
    """
    start, end = _vn(7, 8, 30), _vn(7, 11, 45)
    inspection = Inspection(
        id=DEMO_ID,
        template=template.ref,
        province=ProvinceRef("63", "25", "Tỉnh Phú Thọ"),
        inspected_unit=UNIT,
        portal_url="https://phutho.gov.vn",
        dvc_url="",
        basis="Quyết định số 1530/QĐ-BTTTT ngày 12/9/2016 của Bộ trưởng Bộ Thông tin và Truyền "
              "thông về việc kiểm tra tình hình thực hiện Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 "
              "của Chính phủ và Thông tư số 25/2014/TT-BTTTT ngày 30/12/2014 của Bộ trưởng Bộ Thông "
              "tin và Truyền thông tại các bộ, ngành, địa phương năm 2016;",
        plan_number="",
        place="trụ sở Sở Thông tin và Truyền thông tỉnh Phú Thọ, thành phố Việt Trì",
        started_at=start,
        ended_at=end,
        team=(
            TeamMember("Trần Quốc Hưng", "Phó Cục trưởng", "Cục Tin học hóa", TeamRole.HEAD),
            TeamMember("Lê Thị Thu Hà", "Trưởng phòng Kế hoạch", "Cục Tin học hóa", TeamRole.DEPUTY_HEAD),
            TeamMember("Phan Văn Khải", "Chuyên viên chính", "Cục Tin học hóa", TeamRole.MEMBER),
            TeamMember("Nguyễn Thị Minh Ngọc", "Chuyên viên", "Cục An toàn thông tin", TeamRole.MEMBER),
            TeamMember("Đỗ Minh Khôi", "Chuyên viên", "Cục Tin học hóa", TeamRole.SECRETARY),
        ),
        host_participants=(
            Participant("Nguyễn Văn Thành", "Phó Giám đốc", UNIT),
            Participant("Hoàng Thị Lan", "Trưởng phòng Công nghệ thông tin", UNIT),
            Participant("Vũ Đức Anh", "Giám đốc Trung tâm Công nghệ thông tin và Truyền thông", UNIT),
        ),
        minutes_number="",
        conclusion="Sở Thông tin và Truyền thông tỉnh Phú Thọ đã tham mưu UBND tỉnh triển khai cơ bản "
                   "các quy định của Nghị định số 43/2011/NĐ-CP và Thông tư số 25/2014/TT-BTTTT; Cổng "
                   "giao tiếp điện tử tỉnh cung cấp tương đối đầy đủ các thông tin chủ yếu theo quy "
                   "định. Tuy nhiên, việc cung cấp dịch vụ công trực tuyến mức độ cao còn hạn chế, số "
                   "hồ sơ xử lý trên môi trường điện tử thấp; việc nắm bắt, phối hợp triển khai các hệ "
                   "thống thông tin từ Trung ương đến địa phương chưa kịp thời; một số yêu cầu về chức "
                   "năng và an toàn thông tin của Cổng chưa được đáp ứng.",
        host_opinion="Sở Thông tin và Truyền thông tỉnh Phú Thọ thống nhất với nội dung Biên bản; sẽ "
                     "báo cáo UBND tỉnh chỉ đạo khắc phục các tồn tại, hạn chế theo kiến nghị của Đoàn "
                     "kiểm tra.",
        created_by="khoi.dm",
        created_at=_vn(6, 16, 0),
        updated_at=end,
    )
    findings: dict[str, Finding] = {}
    for n, item in enumerate(template.items()):
        status, value, note, figures = _RESULTS.get(item.id, (M, None, "", {}))
        if item.response.type is ResponseType.NUMBER and value is None:
            value = float(10 + (n * 7) % 90)
        if item.response.type is ResponseType.TEXT and value is None:
            value = "Đơn vị cung cấp thông tin tại buổi kiểm tra"
        if isinstance(value, int):
            value = float(value)
        at = start + timedelta(minutes=(n * 97) % 190)
        findings[item.id] = Finding(
            inspection_id=DEMO_ID, item_id=item.id, status=status, value=value, note=note,
            figures={k: float(v) for k, v in figures.items()}, author="khoi.dm",
            created_at=at, updated_at=at,
        )
    record = InspectionRecord(
        inspection=inspection,
        findings=findings,
        evidence=_evidence(template, photos, probe_pages),
        recommendations=tuple(
            Recommendation(id=f"kn-{i + 1:02d}", inspection_id=DEMO_ID, text=text,
                           responsible_unit=unit, deadline=deadline, item_ids=items,
                           created_at=end, updated_at=end)
            for i, (text, unit, deadline, items) in enumerate(_RECOMMENDATIONS)
        ),
    )
    if finalized:
        sealed_at = _vn(7, 14, 0)
        seal = Seal(DEMO_ID, 1, seal_hash(record), sealed_at, "hung.tq")
        record = dataclasses.replace(
            record,
            inspection=dataclasses.replace(inspection, status=InspectionStatus.FINALIZED),
            seals=(seal,),
        )
    return record


def _evidence(template: ChecklistTemplate, photos: int, probe_pages: int) -> tuple[Evidence, ...]:
    known = {it.id for it in template.items()}
    out: list[Evidence] = []
    for i in range(photos):
        item_id, caption = _CAPTIONS[i % len(_CAPTIONS)]
        if i >= len(_CAPTIONS):
            caption = f"{caption} (ảnh {i // len(_CAPTIONS) + 1})"
        at = _vn(7, 9, 0) + timedelta(minutes=4 * i, seconds=(13 * i) % 60)
        local = at + _ICT
        data = _png(i)
        out.append(Evidence(
            id=f"ev-{i + 1:03d}", inspection_id=DEMO_ID, sha256=sha256_hex(data),
            file_name=f"ChupManHinh_{local:%Y-%m-%d_%H-%M-%S}.png", media_type="image/png",
            size=len(data), caption=caption, item_id=item_id if item_id in known else None,
            source=EvidenceSource.FILE, captured_at=at, added_by="khoi.dm",
        ))
    pages = (("https://phutho.gov.vn/", "trang-chu.html", "nd43.d4"),
             ("https://phutho.gov.vn/hoi-dap", "hoi-dap.html", "nd43.d15.hoidap"),
             ("https://phutho.gov.vn/van-ban", "van-ban.html", "nd43.d10.1e.1"))
    for j in range(probe_pages):
        url, name, item_id = pages[j % len(pages)]
        data = _html(j, url)
        at = _vn(7, 8, 10) + timedelta(minutes=j)
        out.append(Evidence(
            id=f"ev-p{j + 1:02d}", inspection_id=DEMO_ID, sha256=sha256_hex(data),
            file_name=name if j < len(pages) else f"{j}-{name}", media_type="text/html",
            size=len(data), caption="Trang Cổng tải về khi kiểm tra trực tuyến",
            item_id=item_id if item_id in known else None, source=EvidenceSource.PROBE, url=url,
            captured_at=at, added_by="khoi.dm",
        ))
    return tuple(out)


def demo_evidence_blobs(record: InspectionRecord) -> dict[str, bytes]:
    """sha256 → file content for every evidence entry `build_demo_record` made."""
    blobs: dict[str, bytes] = {}
    photo = page = 0
    for ev in record.evidence:
        if ev.source is EvidenceSource.PROBE:
            data = _html(page, ev.url or "")
            page += 1
        else:
            data = _png(photo)
            photo += 1
        if sha256_hex(data) != ev.sha256:
            raise ValueError(f"{ev.id} was not made by build_demo_record")
        blobs[ev.sha256] = data
    return blobs


def _html(index: int, url: str) -> bytes:
    return (
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
        f"<title>Cổng giao tiếp điện tử tỉnh Phú Thọ ({index + 1})</title></head><body>"
        f"<h1>Cổng giao tiếp điện tử tỉnh Phú Thọ</h1><p>Trang tải về từ {url}</p></body></html>"
    ).encode()


def _png(index: int, width: int = 96, height: int = 64) -> bytes:
    """A small real PNG (a coloured screen-like image), distinct for each index."""
    r, g, b = (40 + index * 53) % 256, (90 + index * 29) % 256, (160 + index * 71) % 256
    rows = []
    for y in range(height):
        line = bytearray([0])
        for x in range(width):
            if y < 10:  # a title bar
                line += bytes((180, 30, 30))
            elif (x // 12 + y // 8) % 5 == 0:
                line += bytes((r, g, b))
            else:
                line += bytes((245, 245, 245))
        rows.append(bytes(line))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def save_demo_inspection(store: Store, template: ChecklistTemplate, *, finalized: bool = False,
                         photos: int = 6, probe_pages: int = 2) -> str:
    """Write the demonstration inspection into `store` through its public API; return its id.

    Idempotent: if the demo is already there it is left as the user left it.
    """
    from inspector.errors import NotFoundError

    try:
        store.inspection(DEMO_ID)
        return DEMO_ID
    except NotFoundError:
        pass
    record = build_demo_record(template, photos=photos, probe_pages=probe_pages)
    h = record.inspection
    blobs = demo_evidence_blobs(record)
    store.create_inspection(
        template=template, province=h.province, inspected_unit=h.inspected_unit, actor=h.created_by,
        inspection_id=DEMO_ID, portal_url=h.portal_url, dvc_url=h.dvc_url, basis=h.basis,
        plan_number=h.plan_number, place=h.place, started_at=h.started_at, ended_at=h.ended_at,
        team=h.team, host_participants=h.host_participants, minutes_number=h.minutes_number,
        conclusion=h.conclusion, host_opinion=h.host_opinion,
    )
    for f in record.findings.values():
        store.record_finding(DEMO_ID, f.item_id, actor=f.author, status=f.status, value=f.value,
                             note=f.note, figures=f.figures)
    for e in record.evidence:
        store.add_evidence(DEMO_ID, blobs[e.sha256], e.file_name, e.media_type, item_id=e.item_id,
                           caption=e.caption, source=e.source, url=e.url, captured_at=e.captured_at,
                           actor=e.added_by)
    for r in record.recommendations:
        store.add_recommendation(DEMO_ID, r.text, actor=h.created_by, responsible_unit=r.responsible_unit,
                                 deadline=r.deadline, item_ids=r.item_ids)
    if finalized:
        store.finalize(DEMO_ID, actor=h.team[0].name if h.team else h.created_by)
    return DEMO_ID
