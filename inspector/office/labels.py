"""Vietnamese wording of the national summary (document text, like the minutes' legal wording;
the window's own texts are translated in the UI)."""

from __future__ import annotations

from inspector.office.followup import FollowUpState

STATE_LABELS = {
    FollowUpState.OPEN: "Chưa thực hiện",
    FollowUpState.IN_PROGRESS: "Đang thực hiện",
    FollowUpState.DONE: "Đã hoàn thành",
    FollowUpState.OVERDUE: "Quá hạn",
}

SCORE_METHOD = (
    "Điểm tuân thủ = (số nội dung Đạt + 0,5 × số nội dung Đạt một phần) / (số nội dung Đạt + "
    "Đạt một phần + Không đạt); nội dung Không áp dụng và nội dung chưa đánh giá không tính. "
    "Điểm của một tỉnh, thành phố gộp mọi nội dung của các cuộc kiểm tra trong kỳ."
)
RANK_METHOD = (
    "Các tỉnh, thành phố bằng điểm nhau được xếp cùng hạng, hạng kế tiếp bỏ qua số hạng "
    "tương ứng (ví dụ 1, 2, 2, 4); tỉnh, thành phố không có nội dung tính điểm không xếp hạng."
)
VERSION_METHOD = (
    "Các cuộc kiểm tra theo các phiên bản khác nhau của danh mục được đối chiếu theo mã nội "
    "dung; nội dung không có trong phiên bản của một cuộc kiểm tra không được tính cho cuộc "
    "kiểm tra đó (không coi là không đạt)."
)

PROVINCE_COLUMNS = ("Hạng", "Tỉnh, thành phố", "Số cuộc kiểm tra", "Đạt", "Đạt một phần", "Không đạt",
                    "Không áp dụng", "Chưa đánh giá", "Điểm tuân thủ", "Ngày kiểm tra gần nhất")
ITEM_COLUMNS = ("Mã nội dung", "Nội dung kiểm tra", "Nhóm nội dung", "Căn cứ pháp lý",
                "Số tỉnh không đạt", "Số tỉnh được đánh giá", "Tỷ lệ tỉnh không đạt",
                "Số lượt không đạt", "Số lượt đạt một phần", "Số lượt đánh giá", "Có trong phiên bản")
RECOMMENDATION_COLUMNS = ("Tỉnh, thành phố", "Đơn vị được kiểm tra", "Năm kiểm tra", "Nội dung kiến nghị",
                          "Đơn vị thực hiện", "Thời hạn", "Trạng thái", "Số ngày quá hạn", "Ghi chú theo dõi")
