"""Vietnamese wording of the national summary (document text, like the minutes' legal wording;
the window's own texts are translated in the UI)."""

from __future__ import annotations

from fractions import Fraction

from inspector.office.followup import FollowUpState

STATE_LABELS = {
    FollowUpState.OPEN: "Chưa thực hiện",
    FollowUpState.IN_PROGRESS: "Đang thực hiện",
    FollowUpState.DONE: "Đã hoàn thành",
    FollowUpState.OVERDUE: "Quá hạn",
}

KIND_LABELS = {"legal": "Nghĩa vụ pháp lý", "practice": "Thực tiễn tốt, hướng dẫn", "figure": "Số liệu, thông tin"}

SCORE_METHOD = (
    "Điểm tuân thủ = (số nội dung Đạt + 0,5 × số nội dung Đạt một phần) / (số nội dung Đạt + "
    "Đạt một phần + Không đạt); nội dung Không áp dụng và nội dung chưa đánh giá không tính. "
    "Điểm của một tỉnh, thành phố gộp mọi nội dung của các cuộc kiểm tra trong kỳ."
)
COUNT_METHOD = (
    "Chỉ các nội dung là nghĩa vụ pháp lý (quy định tại văn bản quy phạm pháp luật) và văn bản "
    "quy định còn hiệu lực vào ngày kiểm tra mới được tính điểm. Nội dung thực tiễn tốt, hướng dẫn, "
    "tiêu chí đánh giá được tổng hợp riêng và không làm thay đổi điểm; nội dung số liệu, thông tin "
    "(địa chỉ, số lượng…) được ghi nhận nhưng không tính điểm."
)
ASSESSED_METHOD = (
    "Một nội dung được ghi nhận khi có kết quả bất kỳ (kết quả đánh giá, số liệu hoặc thông tin); "
    "nội dung chưa đánh giá là nội dung không có kết quả nào. Số lượt được đếm theo từng cuộc kiểm "
    "tra, trên các nội dung của phiên bản danh mục mà cuộc kiểm tra đó sử dụng."
)
RANK_METHOD = (
    "Các tỉnh, thành phố bằng điểm nhau được xếp cùng hạng, hạng kế tiếp bỏ qua số hạng "
    "tương ứng (ví dụ 1, 2, 2, 4); tỉnh, thành phố không có nội dung tính điểm không xếp hạng. "
    "Khi nhiều tỉnh, thành phố cùng điểm cao nhất hoặc thấp nhất, báo cáo nêu tên tất cả."
)
VERSION_METHOD = (
    "Các cuộc kiểm tra theo các phiên bản khác nhau của danh mục được đối chiếu theo mã nội "
    "dung; nội dung không có trong phiên bản của một cuộc kiểm tra không được tính cho cuộc "
    "kiểm tra đó (không coi là không đạt)."
)
PERIOD_METHOD = (
    "Kết quả của kỳ báo cáo được so sánh với kỳ liền trước có cùng độ dài (năm 2016 so với năm "
    "2015; giai đoạn 2014–2016 so với giai đoạn 2011–2013). Mức thay đổi tính bằng điểm phần trăm; "
    "tỉnh, thành phố không được kiểm tra trong kỳ trước không có mức thay đổi. Khi kỳ báo cáo gồm "
    "nhiều năm, báo cáo nêu thêm kết quả của từng năm."
)
SECTION_METHOD = (
    "Điểm theo nhóm nội dung tính theo cùng công thức trên các nội dung nghĩa vụ pháp lý của nhóm. "
    "Màu trong bảng: xanh từ 80% trở lên, vàng từ 50% đến dưới 80%, đỏ dưới 50%, xám khi nhóm "
    "không có nội dung tính điểm."
)
MISSED_METHOD = (
    "Tỷ lệ không đạt của một nội dung = số tỉnh, thành phố có ít nhất một lượt Không đạt / số tỉnh, "
    "thành phố được đánh giá nội dung đó. Các nội dung được sắp xếp theo tỷ lệ; các nội dung cùng tỷ "
    "lệ với nội dung cuối danh sách được giữ lại cả."
)
FOLLOWUP_METHOD = (
    "Kiến nghị được theo dõi đến ngày lập báo cáo. Kiến nghị của các cuộc kiểm tra trước kỳ báo "
    "cáo chưa hoàn thành được tiếp tục theo dõi. Số ngày quá hạn = ngày lập báo cáo − thời hạn."
)
CONFIDENCE_METHOD = (
    "Báo cáo chỉ ghi căn cứ pháp lý theo văn bản đã được đối chiếu (số, ký hiệu văn bản và điều, "
    "khoản). Mức độ xác minh căn cứ của từng nội dung được theo dõi trong phần mềm và bản làm việc "
    "nội bộ, không in trong báo cáo; nội dung chưa xác định được là nghĩa vụ pháp lý được xếp vào "
    "nhóm thực tiễn, hướng dẫn và không tính điểm."
)
ROUNDING_METHOD = (
    "Tỷ lệ phần trăm được làm tròn đến một chữ số thập phân từ giá trị chính xác; việc xếp hạng "
    "so sánh giá trị chính xác, không so sánh giá trị đã làm tròn."
)

METHOD = (
    ("Công thức tính điểm", SCORE_METHOD),
    ("Nội dung được tính điểm", COUNT_METHOD),
    ("Nội dung được ghi nhận và chưa đánh giá", ASSESSED_METHOD),
    ("Xếp hạng", RANK_METHOD),
    ("So sánh với kỳ trước", PERIOD_METHOD),
    ("Kết quả theo nhóm nội dung", SECTION_METHOD),
    ("Nội dung thường không đạt", MISSED_METHOD),
    ("Theo dõi kiến nghị", FOLLOWUP_METHOD),
    ("Căn cứ pháp lý", CONFIDENCE_METHOD),
    ("Phiên bản danh mục", VERSION_METHOD),
    ("Làm tròn", ROUNDING_METHOD),
)

PROVINCE_COLUMNS = ("Hạng", "Tỉnh, thành phố", "Số cuộc kiểm tra", "Đạt", "Đạt một phần", "Không đạt",
                    "Không áp dụng", "Chưa đánh giá", "Điểm tuân thủ", "Ngày kiểm tra gần nhất")
ITEM_COLUMNS = ("Mã nội dung", "Nội dung kiểm tra", "Nhóm nội dung", "Căn cứ pháp lý",
                "Số tỉnh không đạt", "Số tỉnh được đánh giá", "Tỷ lệ tỉnh không đạt",
                "Số lượt không đạt", "Số lượt đạt một phần", "Số lượt đánh giá", "Có trong phiên bản")
RECOMMENDATION_COLUMNS = ("Tỉnh, thành phố", "Đơn vị được kiểm tra", "Năm kiểm tra", "Nội dung kiến nghị",
                          "Đơn vị thực hiện", "Thời hạn", "Trạng thái", "Số ngày quá hạn", "Ghi chú theo dõi")

# Heat-map bands (score ≥ bound → colour), the same in the Word report and the workbook.
HEAT_BANDS = ((Fraction(4, 5), "C6EFCE"), (Fraction(1, 2), "FFEB9C"), (Fraction(0), "FFC7CE"))
HEAT_NONE = "E7E6E6"


def heat_colour(score: Fraction | None) -> str:
    """The band's colour (exact comparison: 4/5 is green)."""
    if score is None:
        return HEAT_NONE
    for bound, colour in HEAT_BANDS:
        if score >= bound:
            return colour
    return HEAT_BANDS[-1][1]
