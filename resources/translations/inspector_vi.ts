<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New inspection…</source>
        <translation>Cuộc kiểm tra &amp;mới…</translation>
    </message>
    <message>
        <source>Start a new inspection</source>
        <translation>Bắt đầu một cuộc kiểm tra mới</translation>
    </message>
    <message>
        <source>&amp;Inspection list</source>
        <translation>&amp;Danh sách cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Back to the list of inspections</source>
        <translation>Quay lại danh sách các cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Open the &amp;sample inspection</source>
        <translation>Mở cuộc kiểm tra &amp;mẫu</translation>
    </message>
    <message>
        <source>Open a sample inspection to see how Inspector works</source>
        <translation>Mở một cuộc kiểm tra mẫu để xem cách Inspector hoạt động</translation>
    </message>
    <message>
        <source>Back to &amp;my data</source>
        <translation>Quay lại &amp;dữ liệu của tôi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Thiết lập…</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>Mục &amp;tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>Mục t&amp;rước</translation>
    </message>
    <message>
        <source>Next &amp;unanswered item</source>
        <translation>Mục &amp;chưa trả lời tiếp theo</translation>
    </message>
    <message>
        <source>Jump to the next item without an answer</source>
        <translation>Chuyển đến mục tiếp theo chưa có câu trả lời</translation>
    </message>
    <message>
        <source>&amp;Go to section…</source>
        <translation>Đi tới &amp;phần…</translation>
    </message>
    <message>
        <source>Checklist &amp;tree</source>
        <translation>&amp;Cây danh mục</translation>
    </message>
    <message>
        <source>N&amp;ote of this item</source>
        <translation>&amp;Ghi chú của mục này</translation>
    </message>
    <message>
        <source>Mark as Met</source>
        <translation>Đánh giá: Đạt</translation>
    </message>
    <message>
        <source>Mark as Partly met</source>
        <translation>Đánh giá: Đạt một phần</translation>
    </message>
    <message>
        <source>Mark as Not met</source>
        <translation>Đánh giá: Không đạt</translation>
    </message>
    <message>
        <source>Mark as Not applicable</source>
        <translation>Đánh giá: Không áp dụng</translation>
    </message>
    <message>
        <source>Clear the status</source>
        <translation>Bỏ đánh giá</translation>
    </message>
    <message>
        <source>Attach &amp;evidence file…</source>
        <translation>Đính kèm tệp &amp;bằng chứng…</translation>
    </message>
    <message>
        <source>Attach a photo, scan or document to this item</source>
        <translation>Đính kèm ảnh, bản quét hoặc tài liệu cho mục này</translation>
    </message>
    <message>
        <source>&amp;Paste image as evidence</source>
        <translation>&amp;Dán ảnh làm bằng chứng</translation>
    </message>
    <message>
        <source>&amp;Finalize…</source>
        <translation>&amp;Hoàn thành…</translation>
    </message>
    <message>
        <source>Seal the inspection: its content can no longer change</source>
        <translation>Niêm phong cuộc kiểm tra: nội dung không thể thay đổi nữa</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Sửa đổi…</translation>
    </message>
    <message>
        <source>Reopen a finalized inspection, giving a reason</source>
        <translation>Mở lại cuộc kiểm tra đã hoàn thành, có nêu lý do</translation>
    </message>
    <message>
        <source>&amp;Check data…</source>
        <translation>&amp;Kiểm tra dữ liệu…</translation>
    </message>
    <message>
        <source>Check the database, the seals and every evidence file</source>
        <translation>Kiểm tra cơ sở dữ liệu, các niêm phong và mọi tệp bằng chứng</translation>
    </message>
    <message>
        <source>Switch &amp;language (Tiếng Việt / English)</source>
        <translation>Đổi &amp;ngôn ngữ (Tiếng Việt / English)</translation>
    </message>
    <message>
        <source>&amp;About Inspector</source>
        <translation>&amp;Giới thiệu Inspector</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Đồn&amp;g bộ ngay</translation>
    </message>
    <message>
        <source>Merge this computer&apos;s inspections with the office&apos;s sync target</source>
        <translation>Hợp nhất các cuộc kiểm tra trên máy này với nơi đồng bộ của cơ quan</translation>
    </message>
    <message>
        <source>Sync se&amp;ttings…</source>
        <translation>Thiết lập đồng &amp;bộ…</translation>
    </message>
    <message>
        <source>Choose the office&apos;s sync folder or WebDAV server</source>
        <translation>Chọn thư mục đồng bộ hoặc máy chủ WebDAV của cơ quan</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>&amp;Xung đột đồng bộ…</translation>
    </message>
    <message>
        <source>Items changed on two computers: compare and keep one version</source>
        <translation>Các mục bị sửa trên hai máy: so sánh và giữ một phiên bản</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the inspection</source>
        <translation>Sửa đổi cuộc kiểm tra</translation>
    </message>
    <message>
        <source>The inspection becomes editable again. Its seal and sealed content are kept; finalize it again when the correction is done.</source>
        <translation>Cuộc kiểm tra được mở lại để chỉnh sửa. Niêm phong và nội dung đã niêm phong vẫn được lưu giữ; hãy hoàn thành lại khi đã sửa xong.</translation>
    </message>
    <message>
        <source>Current seal: {0}</source>
        <translation>Niêm phong hiện tại: {0}</translation>
    </message>
    <message>
        <source>Why it must change, e.g. the unit sent corrected figures</source>
        <translation>Lý do phải sửa, ví dụ: đơn vị gửi lại số liệu đã điều chỉnh</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Lý do (bắt buộc)</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Sửa đổi</translation>
    </message>
</context>
<context>
    <name>ChecklistTreeModel</name>
    <message>
        <source>Checklist</source>
        <translation>Danh mục kiểm tra</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Items not met in this section</source>
        <translation>Số mục không đạt trong phần này</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Checklist:</source>
        <translation>Danh mục:</translation>
    </message>
    <message>
        <source>From year:</source>
        <translation>Từ năm:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>đến:</translation>
    </message>
    <message>
        <source>Score = (Met + 0.5 × Partly met) / (Met + Partly met + Not met). Not applicable and unanswered items are left out; a province&apos;s inspections in the period are pooled. Equal scores share a rank and the next rank is skipped (1, 2, 2, 4).</source>
        <translation>Điểm = (Đạt + 0,5 × Đạt một phần) / (Đạt + Đạt một phần + Không đạt). Không tính các nội dung Không áp dụng và chưa đánh giá; các cuộc kiểm tra của một tỉnh trong kỳ được cộng gộp. Điểm bằng nhau thì cùng hạng và hạng kế tiếp được bỏ qua (1, 2, 2, 4).</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Số cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Đạt một phần</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>Lần kiểm tra gần nhất</translation>
    </message>
    <message>
        <source>Double-click a province to open its latest inspection.</source>
        <translation>Nhấp đúp vào một tỉnh để mở cuộc kiểm tra gần nhất.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Provinces not met</source>
        <translation>Số tỉnh không đạt</translation>
    </message>
    <message>
        <source>Provinces assessed</source>
        <translation>Số tỉnh được đánh giá</translation>
    </message>
    <message>
        <source>Share not met</source>
        <translation>Tỷ lệ không đạt</translation>
    </message>
    <message>
        <source>Items most often not met across provinces</source>
        <translation>Các nội dung không đạt nhiều nhất giữa các tỉnh</translation>
    </message>
    <message>
        <source>No inspections yet.</source>
        <translation>Chưa có cuộc kiểm tra nào.</translation>
    </message>
    <message>
        <source>{0} inspections in {1} provinces, {2}; mean score {3}</source>
        <translation>{0} cuộc kiểm tra tại {1} tỉnh/thành phố, {2}; điểm trung bình {3}</translation>
    </message>
    <message>
        <source>Compliance score (%)</source>
        <translation>Điểm tuân thủ (%)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Trung bình</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <source>Database: {0} (format {1})</source>
        <translation>Cơ sở dữ liệu: {0} (định dạng {1})</translation>
    </message>
    <message>
        <source>{0} inspections, {1} findings, {2} evidence records, {3} files checked.</source>
        <translation>{0} cuộc kiểm tra, {1} kết quả, {2} bằng chứng; đã kiểm tra {3} tệp.</translation>
    </message>
    <message>
        <source>Everything is in order: the database is sound, every seal matches its content and every evidence file is intact.</source>
        <translation>Mọi thứ đều ổn: cơ sở dữ liệu nguyên vẹn, mọi niêm phong khớp với nội dung và mọi tệp bằng chứng còn nguyên.</translation>
    </message>
    <message>
        <source>Seal problem in inspection {0}: {1}</source>
        <translation>Lỗi niêm phong ở cuộc kiểm tra {0}: {1}</translation>
    </message>
    <message>
        <source>Database problem ({0}): {1}</source>
        <translation>Lỗi cơ sở dữ liệu ({0}): {1}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>bị thiếu</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>đã bị thay đổi</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>Evidence file {0}: {1} (used by {2} records)</source>
        <translation>Tệp bằng chứng {0}: {1} (được {2} bản ghi sử dụng)</translation>
    </message>
    <message>
        <source>{0} files in the evidence folder belong to no record (harmless).</source>
        <translation>Có {0} tệp trong thư mục bằng chứng không thuộc bản ghi nào (vô hại).</translation>
    </message>
    <message>
        <source>Check data</source>
        <translation>Kiểm tra dữ liệu</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Đang kiểm tra cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Checking evidence files: {0} of {1}</source>
        <translation>Đang kiểm tra tệp bằng chứng: {0}/{1}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Phát hiện vấn đề:</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>inspection</source>
        <translation>cuộc kiểm tra</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>kết quả kiểm tra</translation>
    </message>
    <message>
        <source>evidence file</source>
        <translation>tệp bằng chứng</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>kiến nghị</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>mẫu danh mục kiểm tra</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>niêm phong</translation>
    </message>
    <message>
        <source>Enter the name of the inspected unit.</source>
        <translation>Hãy nhập tên đơn vị được kiểm tra.</translation>
    </message>
    <message>
        <source>Give a reason for reopening the inspection.</source>
        <translation>Hãy nêu lý do mở lại cuộc kiểm tra.</translation>
    </message>
    <message>
        <source>Some items were changed on two devices. Choose the version to keep for each of them before finalizing.</source>
        <translation>Một số mục đã được sửa trên hai máy. Hãy chọn phiên bản cần giữ cho từng mục trước khi hoàn thành.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc sớm hơn ngày bắt đầu.</translation>
    </message>
    <message>
        <source>A recommendation needs some text.</source>
        <translation>Kiến nghị cần có nội dung.</translation>
    </message>
    <message>
        <source>Only a finalized inspection can be amended.</source>
        <translation>Chỉ sửa đổi được cuộc kiểm tra đã hoàn thành.</translation>
    </message>
    <message>
        <source>This item takes a number, for example 1500 or 12,5.</source>
        <translation>Mục này cần một con số, ví dụ 1500 hoặc 12,5.</translation>
    </message>
    <message>
        <source>The text is too long to be saved. Shorten it or attach it as a file.</source>
        <translation>Văn bản quá dài để lưu. Hãy rút gọn hoặc đính kèm thành tệp.</translation>
    </message>
    <message>
        <source>Each figure needs a name and a number.</source>
        <translation>Mỗi số liệu cần có tên và con số.</translation>
    </message>
    <message>
        <source>The value given for “{0}” is not accepted ({1}).</source>
        <translation>Giá trị nhập cho “{0}” không hợp lệ ({1}).</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Inspector (format {0}; this version knows {1}). Update Inspector to open it. The file has not been changed.</source>
        <translation>Cơ sở dữ liệu này do phiên bản Inspector mới hơn tạo ra (định dạng {0}; phiên bản này chỉ biết {1}). Hãy cập nhật Inspector để mở. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The database file {0} is damaged and cannot be read. Run Tools › Check data, or restore the file from a backup.</source>
        <translation>Tệp cơ sở dữ liệu {0} bị hỏng, không đọc được. Hãy chạy Công cụ › Kiểm tra dữ liệu, hoặc khôi phục tệp từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The data folder {0} cannot be written to. Choose another folder in Settings.</source>
        <translation>Không ghi được vào thư mục dữ liệu {0}. Hãy chọn thư mục khác trong Thiết lập.</translation>
    </message>
    <message>
        <source>The disk holding {0} is full. Free some space: what you typed is kept on screen and will be saved as soon as there is room.</source>
        <translation>Ổ đĩa chứa {0} đã đầy. Hãy giải phóng dung lượng: nội dung bạn đã nhập vẫn còn trên màn hình và sẽ được lưu ngay khi có chỗ.</translation>
    </message>
    <message>
        <source>The data folder {0} cannot be found or opened.</source>
        <translation>Không tìm thấy hoặc không mở được thư mục dữ liệu {0}.</translation>
    </message>
    <message>
        <source>This inspection is finalized. Amend it before changing anything.</source>
        <translation>Cuộc kiểm tra này đã hoàn thành. Hãy chọn Sửa đổi trước khi thay đổi nội dung.</translation>
    </message>
    <message>
        <source>This {0} no longer exists; it may have been removed on another device.</source>
        <translation>{0} này không còn nữa; có thể đã bị xóa trên máy khác.</translation>
    </message>
    <message>
        <source>The database could not be read or written: {0}</source>
        <translation>Không đọc hoặc ghi được cơ sở dữ liệu: {0}</translation>
    </message>
    <message>
        <source>The evidence file {0} is missing from the evidence folder.</source>
        <translation>Tệp bằng chứng {0} không có trong thư mục bằng chứng.</translation>
    </message>
    <message>
        <source>The evidence file {0} has been altered since it was added (its fingerprint no longer matches).</source>
        <translation>Tệp bằng chứng {0} đã bị thay đổi sau khi đính kèm (mã băm không còn khớp).</translation>
    </message>
    <message>
        <source>The evidence file could not be read: {0}</source>
        <translation>Không đọc được tệp bằng chứng: {0}</translation>
    </message>
    <message>
        <source>The checklist template is not valid ({0} problems). First: {1}</source>
        <translation>Mẫu danh mục kiểm tra không hợp lệ ({0} lỗi). Lỗi đầu tiên: {1}</translation>
    </message>
    <message>
        <source>The reference data file {0} is not valid at line {1}: {2}</source>
        <translation>Tệp dữ liệu tham chiếu {0} không hợp lệ ở dòng {1}: {2}</translation>
    </message>
    <message>
        <source>The file {0} does not exist.</source>
        <translation>Tệp {0} không tồn tại.</translation>
    </message>
    <message>
        <source>You are not allowed to read or write {0}.</source>
        <translation>Bạn không có quyền đọc hoặc ghi {0}.</translation>
    </message>
    <message>
        <source>The file {0} could not be read or written ({1}).</source>
        <translation>Không đọc hoặc ghi được tệp {0} ({1}).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing you saved is lost. The details are in the log file {0}.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu không bị mất. Chi tiết được ghi trong tệp nhật ký {0}.</translation>
    </message>
    <message>
        <source>Inspector — problem</source>
        <translation>Inspector — có lỗi</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ẩn chi tiết</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Caption (F2 to edit)</source>
        <translation>Chú thích (F2 để sửa)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Dán ảnh</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Drop files here, or paste an image with Ctrl+V</source>
        <translation>Kéo thả tệp vào đây, hoặc dán ảnh bằng Ctrl+V</translation>
    </message>
</context>
<context>
    <name>FiguresEditor</name>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Add figure</source>
        <translation>Thêm số liệu</translation>
    </message>
    <message>
        <source>Remove figure</source>
        <translation>Xóa số liệu</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <source>Finalize the inspection</source>
        <translation>Hoàn thành cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Finalizing seals the inspection: its content gets a fingerprint (SHA-256) and can no longer change. To correct it later you will have to amend it, giving a reason; the seal stays in the history.</source>
        <translation>Hoàn thành sẽ niêm phong cuộc kiểm tra: nội dung được gắn mã băm (SHA-256) và không thể thay đổi nữa. Muốn sửa sau này phải chọn Sửa đổi và nêu lý do; niêm phong vẫn được lưu trong lịch sử.</translation>
    </message>
    <message>
        <source>{0} of {1} items have no answer yet.</source>
        <translation>Còn {0}/{1} mục chưa có câu trả lời.</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Hoàn thành</translation>
    </message>
</context>
<context>
    <name>FindingStatus</name>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Đạt một phần</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Chưa trả lời</translation>
    </message>
</context>
<context>
    <name>GotoSectionDialog</name>
    <message>
        <source>Go to section</source>
        <translation>Đi tới phần</translation>
    </message>
    <message>
        <source>Type part of the section name or its number</source>
        <translation>Gõ một phần tên hoặc số thứ tự của phần</translation>
    </message>
</context>
<context>
    <name>InspectionListPage</name>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Các cuộc kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>Tỉn&amp;h:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
        <source>unit, province, place… (without accents is fine)</source>
        <translation>đơn vị, tỉnh, địa điểm… (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Tất cả các tỉnh</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>No inspection matches these filters.</source>
        <translation>Không có cuộc kiểm tra nào phù hợp với bộ lọc.</translation>
    </message>
    <message>
        <source>No inspections yet. Press Ctrl+N to start one.</source>
        <translation>Chưa có cuộc kiểm tra nào. Nhấn Ctrl+N để bắt đầu.</translation>
    </message>
</context>
<context>
    <name>InspectionStatus</name>
    <message>
        <source>Finalized</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Đang thực hiện</translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation>Đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>{0} conflicts</source>
        <translation>{0} xung đột</translation>
    </message>
    <message>
        <source>{0}% ({1}/{2})</source>
        <translation>{0}% ({1}/{2})</translation>
    </message>
    <message>
        <source>{0} of {1} items answered, {2} not met</source>
        <translation>Đã trả lời {0}/{1} mục, {2} mục không đạt</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <source>Legal reference</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>How to check</source>
        <translation>Hướng dẫn kiểm tra</translation>
    </message>
    <message>
        <source>Result (keys 1–4, 0 clears)</source>
        <translation>Kết quả (phím 1–4, phím 0 để bỏ)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>&amp;Note (F2; Esc returns to the list)</source>
        <translation>&amp;Ghi chú (F2; Esc để quay lại danh mục)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>number, e.g. 1500</source>
        <translation>con số, ví dụ 1500</translation>
    </message>
    <message>
        <source>What you saw, where, and what is missing…</source>
        <translation>Những gì đã thấy, ở đâu, còn thiếu gì…</translation>
    </message>
    <message>
        <source>⚠ Reference not verified</source>
        <translation>⚠ Căn cứ chưa được kiểm chứng</translation>
    </message>
    <message>
        <source>This reference comes from summaries or reconstructed numbering. Check it against the official text before citing it in the minutes.</source>
        <translation>Căn cứ này lấy từ bản tóm tắt hoặc đánh số suy luận. Hãy đối chiếu văn bản gốc trước khi trích dẫn trong biên bản.</translation>
    </message>
    <message>
        <source>⚠ Reference uncertain: check the official text</source>
        <translation>⚠ Căn cứ chưa chắc chắn: cần đối chiếu văn bản gốc</translation>
    </message>
    <message>
        <source>This reference may be wrong. Check it against the official text before relying on it.</source>
        <translation>Căn cứ này có thể chưa chính xác. Hãy đối chiếu văn bản gốc trước khi sử dụng.</translation>
    </message>
    <message>
        <source>This item was changed on two devices. Versions:</source>
        <translation>Mục này đã được sửa trên hai máy. Các phiên bản:</translation>
    </message>
    <message>
        <source>{0} by {1}: {2}</source>
        <translation>{0} – {1}: {2}</translation>
    </message>
    <message>
        <source>Any change you make here keeps what you see and ends the conflict.</source>
        <translation>Bất kỳ thay đổi nào bạn thực hiện ở đây sẽ giữ nội dung đang hiển thị và kết thúc xung đột.</translation>
    </message>
    <message>
        <source>Not a number: this value is not saved until it is corrected.</source>
        <translation>Không phải con số: giá trị này chưa được lưu cho đến khi sửa lại.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The database could not be opened.</source>
        <translation>Không mở được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Inspector {0}
Inspections of provincial government portals and online public services (Decree 43/2011/NĐ-CP, Decree 42/2022/NĐ-CP).

Database: {1}
Log file: {2}</source>
        <translation>Inspector {0}
Kiểm tra cổng thông tin điện tử và dịch vụ công trực tuyến của các tỉnh (Nghị định 43/2011/NĐ-CP, Nghị định 42/2022/NĐ-CP).

Cơ sở dữ liệu: {1}
Tệp nhật ký: {2}</translation>
    </message>
    <message>
        <source>About Inspector</source>
        <translation>Giới thiệu Inspector</translation>
    </message>
    <message>
        <source>In the checklist: arrows move in the tree, Esc returns from a text box to the tree, Tab moves between fields.</source>
        <translation>Trong danh mục: phím mũi tên để di chuyển trên cây, Esc để từ ô văn bản quay về cây, Tab để chuyển giữa các ô.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <source>You are looking at sample data. Changes here never touch your own inspections.</source>
        <translation>Bạn đang xem dữ liệu mẫu. Thay đổi ở đây không ảnh hưởng đến các cuộc kiểm tra của bạn.</translation>
    </message>
    <message>
        <source>Back to my data</source>
        <translation>Quay lại dữ liệu của tôi</translation>
    </message>
    <message>
        <source>Data: {0}</source>
        <translation>Dữ liệu: {0}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <source>&amp;Inspection</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <source>New inspection</source>
        <translation>Cuộc kiểm tra mới</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <source>P&amp;rovince</source>
        <translation>&amp;Tỉnh</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Danh mục</translation>
    </message>
    <message>
        <source>Inspected &amp;unit</source>
        <translation>Đơn vị được &amp;kiểm tra</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Địa chỉ Cổng TTĐT</translation>
    </message>
    <message>
        <source>Online services portal</source>
        <translation>Cổng dịch vụ công</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Đị&amp;a điểm</translation>
    </message>
    <message>
        <source>&amp;Basis (decision or plan)</source>
        <translation>&amp;Căn cứ (quyết định, kế hoạch)</translation>
    </message>
    <message>
        <source>Plan &amp;number</source>
        <translation>&amp;Số kế hoạch</translation>
    </message>
    <message>
        <source>e.g. Kế hoạch kiểm tra năm 2016 của Bộ</source>
        <translation>ví dụ: Kế hoạch kiểm tra năm 2016 của Bộ</translation>
    </message>
    <message>
        <source>e.g. Việt Trì</source>
        <translation>ví dụ: Việt Trì</translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Representatives of the inspected unit</source>
        <translation>Đại diện đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source> (until {0})</source>
        <translation> (đến {0})</translation>
    </message>
    <message>
        <source> (from {0})</source>
        <translation> (từ {0})</translation>
    </message>
    <message>
        <source>Choose a province from the list.</source>
        <translation>Hãy chọn tỉnh trong danh sách.</translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation>Hãy chọn danh mục kiểm tra.</translation>
    </message>
    <message>
        <source>Enter the name of the inspected unit.</source>
        <translation>Hãy nhập tên đơn vị được kiểm tra.</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Đạt một phần</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Chưa đánh giá</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <source>Inspector — office view</source>
        <translation>Inspector — tổng hợp tại văn phòng</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>So sánh qua các năm</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Export national report…</source>
        <translation>Xuất báo cáo tổng hợp toàn quốc…</translation>
    </message>
    <message>
        <source>the file is open in another program (e.g. Word); close it and try again</source>
        <translation>tệp đang được mở trong chương trình khác (ví dụ Word); hãy đóng tệp rồi thử lại</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>thư mục không tồn tại</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>The report could not be written to {0}: {1}</source>
        <translation>Không ghi được báo cáo vào {0}: {1}</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>không ghi được tệp</translation>
    </message>
    <message>
        <source>The report could not be made: {0}</source>
        <translation>Không lập được báo cáo: {0}</translation>
    </message>
    <message>
        <source>Export national report</source>
        <translation>Xuất báo cáo tổng hợp toàn quốc</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Written: {0} and {1}</source>
        <translation>Đã ghi: {0} và {1}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Inspected unit</source>
        <translation>Đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Địa chỉ Cổng TTĐT</translation>
    </message>
    <message>
        <source>Online public services portal</source>
        <translation>Cổng dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Basis (decision, plan)</source>
        <translation>Căn cứ (quyết định, kế hoạch)</translation>
    </message>
    <message>
        <source>Plan number</source>
        <translation>Số kế hoạch</translation>
    </message>
    <message>
        <source>Minutes number</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Representatives of the inspected unit</source>
        <translation>Đại diện đơn vị được kiểm tra</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Xóa người</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Đồng ý</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Sửa kiến nghị</translation>
    </message>
    <message>
        <source>What the unit must do, e.g. review the online services…</source>
        <translation>Việc đơn vị phải làm, ví dụ: rà soát các dịch vụ công trực tuyến…</translation>
    </message>
    <message>
        <source>Has a deadline</source>
        <translation>Có thời hạn</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation>&amp;Kiến nghị</translation>
    </message>
    <message>
        <source>Responsible &amp;unit</source>
        <translation>&amp;Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Theo dõi</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>RecommendationStatus</name>
    <message>
        <source>Open</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã thực hiện</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Search text, unit, note…</source>
        <translation>Tìm theo nội dung, đơn vị, ghi chú…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Tỉnh/thành phố:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation>Đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <source>Double-click to open the inspection.</source>
        <translation>Nhấp đúp để mở cuộc kiểm tra.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>What was done, by whom, with which document…</source>
        <translation>Đã làm gì, ai làm, theo văn bản nào…</translation>
    </message>
    <message>
        <source>Add evidence file…</source>
        <translation>Thêm tệp minh chứng…</translation>
    </message>
    <message>
        <source>Save follow-up</source>
        <translation>Lưu kết quả theo dõi</translation>
    </message>
    <message>
        <source>Recommendation and follow-up log:</source>
        <translation>Kiến nghị và nhật ký theo dõi:</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>Trạng thái mới:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Minh chứng:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>{0} recommendations shown, {1} overdue</source>
        <translation>Hiển thị {0} kiến nghị, {1} quá hạn</translation>
    </message>
    <message>
        <source>Responsible unit: {0}</source>
        <translation>Đơn vị thực hiện: {0}</translation>
    </message>
    <message>
        <source>Deadline: {0}</source>
        <translation>Thời hạn: {0}</translation>
    </message>
    <message>
        <source>Evidence files: {0}</source>
        <translation>Tệp minh chứng: {0}</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation>Chưa lưu gì: {0}</translation>
    </message>
    <message>
        <source>This recommendation no longer exists (it may have been removed by sync).</source>
        <translation>Kiến nghị này không còn nữa (có thể đã bị xóa khi đồng bộ).</translation>
    </message>
    <message>
        <source>The follow-up could not be saved: {0}</source>
        <translation>Không lưu được kết quả theo dõi: {0}</translation>
    </message>
    <message>
        <source>the file {0} cannot be found</source>
        <translation>không tìm thấy tệp {0}</translation>
    </message>
    <message>
        <source>choose a new status, write a note or add a file</source>
        <translation>hãy chọn trạng thái mới, ghi chú hoặc thêm tệp</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi thực hiện</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>RecommendationsTab</name>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <source>Add (Insert)</source>
        <translation>Thêm (Insert)</translation>
    </message>
    <message>
        <source>Edit (Enter)</source>
        <translation>Sửa (Enter)</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>Xóa (Delete)</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>✓ Saved at {0}</source>
        <translation>✓ Đã lưu lúc {0}</translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ Đã lưu mọi thay đổi</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>⚠ Not saved yet: will retry</source>
        <translation>⚠ Chưa lưu được: sẽ thử lại</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>Inspection finalized</source>
        <translation>Đã hoàn thành cuộc kiểm tra</translation>
    </message>
    <message>
        <source>The inspection is sealed. Write this fingerprint in the minutes or keep it: anyone can check the record against it.</source>
        <translation>Cuộc kiểm tra đã được niêm phong. Hãy ghi mã băm này vào biên bản hoặc lưu lại: bất kỳ ai cũng có thể dùng nó để đối chiếu hồ sơ.</translation>
    </message>
    <message>
        <source>Seal no. {0}, {1}, by {2}</source>
        <translation>Niêm phong lần {0}, {1}, người thực hiện: {2}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Thông tin của bạn</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Chức vụ</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Đơn vị</translation>
    </message>
    <message>
        <source>Printed on the minutes</source>
        <translation>In trên biên bản</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan lập biên bản</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Ứng dụng</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>Thư mục &amp;dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Passwords are never stored here: they stay in the system&apos;s keyring.</source>
        <translation>Mật khẩu không bao giờ được lưu ở đây: chúng được giữ trong kho khóa của hệ điều hành.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Results by status</source>
        <translation>Kết quả theo mức đánh giá</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>Theo từng phần</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Conclusion of the team</source>
        <translation>Kết luận của Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Opinion of the inspected unit</source>
        <translation>Ý kiến của đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Mức đánh giá</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Số mục</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>{0} of {1} items answered</source>
        <translation>Đã trả lời {0}/{1} mục</translation>
    </message>
    <message>
        <source>compliance {0}%</source>
        <translation>mức đáp ứng {0}%</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Chưa trả lời</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The passphrase of this encrypted folder is wrong.</source>
        <translation>Cụm mật khẩu của thư mục mã hóa này không đúng.</translation>
    </message>
    <message>
        <source>This folder is encrypted: type its passphrase.</source>
        <translation>Thư mục này được mã hóa: hãy nhập cụm mật khẩu của nó.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired, so the connection is not safe. Ask the office&apos;s IT staff to renew it.</source>
        <translation>Chứng chỉ của máy chủ đã hết hạn nên kết nối không an toàn. Đề nghị bộ phận công nghệ thông tin của cơ quan gia hạn.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another address. Check the address, or ask the office&apos;s IT staff.</source>
        <translation>Chứng chỉ của máy chủ cấp cho một địa chỉ khác. Kiểm tra lại địa chỉ hoặc hỏi bộ phận công nghệ thông tin của cơ quan.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer. If your office uses its own certificate authority, choose its CA file in Sync settings.</source>
        <translation>Chứng chỉ của máy chủ không được máy tính này tin cậy. Nếu cơ quan dùng tổ chức cấp chứng chỉ (CA) riêng, hãy chọn tệp CA đó trong Thiết lập đồng bộ.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the address and the network connection.</source>
        <translation>Không tìm thấy tên máy chủ. Kiểm tra lại địa chỉ và kết nối mạng.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the network and try again.</source>
        <translation>Máy chủ không trả lời kịp. Kiểm tra mạng rồi thử lại.</translation>
    </message>
    <message>
        <source>The server could not be reached (connection refused or no network). Check the address and the network connection.</source>
        <translation>Không kết nối được tới máy chủ (bị từ chối kết nối hoặc không có mạng). Kiểm tra lại địa chỉ và kết nối mạng.</translation>
    </message>
    <message>
        <source>The connection to the server broke off. Try again: nothing is lost, the next sync completes the work.</source>
        <translation>Kết nối tới máy chủ bị ngắt giữa chừng. Hãy thử lại: không mất gì, lần đồng bộ sau sẽ làm tiếp phần còn lại.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Máy chủ từ chối tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>You are not allowed to write to the sync target (folder not writable or no permission on the server).</source>
        <translation>Bạn không có quyền ghi vào nơi đồng bộ (thư mục không ghi được hoặc không có quyền trên máy chủ).</translation>
    </message>
    <message>
        <source>The sync folder or address does not exist. Is the USB stick plugged in, or the network share connected?</source>
        <translation>Thư mục hoặc địa chỉ đồng bộ không tồn tại. USB đã cắm chưa, hoặc thư mục dùng chung trên mạng đã kết nối chưa?</translation>
    </message>
    <message>
        <source>The server answered, but it is not a WebDAV server. Check the address (for Nextcloud it ends in /remote.php/dav/files/&lt;user&gt;/…).</source>
        <translation>Máy chủ có trả lời nhưng không phải máy chủ WebDAV. Kiểm tra lại địa chỉ (với Nextcloud, địa chỉ kết thúc bằng /remote.php/dav/files/&lt;tên đăng nhập&gt;/…).</translation>
    </message>
    <message>
        <source>The sync target is full. Free some space on it and sync again.</source>
        <translation>Nơi đồng bộ đã hết chỗ. Giải phóng bớt dung lượng rồi đồng bộ lại.</translation>
    </message>
    <message>
        <source>Another computer is setting up this sync target right now. Try again in a few minutes.</source>
        <translation>Một máy khác đang khởi tạo nơi đồng bộ này. Thử lại sau vài phút.</translation>
    </message>
    <message>
        <source>A file on the sync target is damaged or is not an Inspector sync file. Ask the office to check the target.</source>
        <translation>Một tệp trên nơi đồng bộ bị hỏng hoặc không phải tệp đồng bộ của Inspector. Đề nghị cơ quan kiểm tra nơi đồng bộ.</translation>
    </message>
    <message>
        <source>This sync target was made by a newer version of Inspector. Update Inspector first.</source>
        <translation>Nơi đồng bộ này do phiên bản Inspector mới hơn tạo ra. Hãy cập nhật Inspector trước.</translation>
    </message>
    <message>
        <source>There is no Inspector sync data at this target yet.</source>
        <translation>Nơi này chưa có dữ liệu đồng bộ của Inspector.</translation>
    </message>
    <message>
        <source>Use an address that starts with https:// (plain http is allowed only to this computer).</source>
        <translation>Hãy dùng địa chỉ bắt đầu bằng https:// (http thường chỉ được dùng với chính máy này).</translation>
    </message>
    <message>
        <source>The sync settings are not valid: {0}</source>
        <translation>Thiết lập đồng bộ chưa hợp lệ: {0}</translation>
    </message>
    <message>
        <source>The server reported an error ({0}). Try again later: nothing is lost.</source>
        <translation>Máy chủ báo lỗi ({0}). Hãy thử lại sau: không mất gì.</translation>
    </message>
    <message>
        <source>The WebDAV password is needed.</source>
        <translation>Cần mật khẩu WebDAV.</translation>
    </message>
    <message>
        <source>The sync target is empty, although it held Inspector data at the last sync. It may be another USB stick, or the data on it was deleted.</source>
        <translation>Nơi đồng bộ đang trống, dù lần đồng bộ trước có dữ liệu Inspector. Có thể đây là một USB khác, hoặc dữ liệu trên đó đã bị xóa.</translation>
    </message>
    <message>
        <source>If you go on, this computer&apos;s inspections are copied to it as a new start.</source>
        <translation>Nếu tiếp tục, các cuộc kiểm tra trên máy này sẽ được chép lên đó như bắt đầu lại từ đầu.</translation>
    </message>
    <message>
        <source>This is not the sync target used last time (it has another identity): another USB stick, or a server folder that was reset.</source>
        <translation>Đây không phải nơi đồng bộ đã dùng lần trước (mã nhận dạng khác): một USB khác, hoặc thư mục trên máy chủ đã bị làm lại.</translation>
    </message>
    <message>
        <source>If you go on, this computer&apos;s inspections are merged with what is there.</source>
        <translation>Nếu tiếp tục, các cuộc kiểm tra trên máy này sẽ được hợp nhất với dữ liệu ở đó.</translation>
    </message>
    <message>
        <source>{0} files that this computer saw on the sync target are gone.</source>
        <translation>{0} tệp mà máy này từng thấy trên nơi đồng bộ đã biến mất.</translation>
    </message>
    <message>
        <source>If you go on, this computer sends all its data again.</source>
        <translation>Nếu tiếp tục, máy này sẽ gửi lại toàn bộ dữ liệu của mình.</translation>
    </message>
    <message>
        <source>This sync would delete {0} of the {1} records on this computer, because another device deleted them.</source>
        <translation>Lần đồng bộ này sẽ xóa {0} trong số {1} bản ghi trên máy này, vì một máy khác đã xóa chúng.</translation>
    </message>
    <message>
        <source>If you go on, they are deleted here too (their history is kept).</source>
        <translation>Nếu tiếp tục, chúng cũng bị xóa trên máy này (lịch sử vẫn được giữ).</translation>
    </message>
    <message>
        <source>The sync would make a drastic change ({0}).</source>
        <translation>Lần đồng bộ này sẽ gây thay đổi lớn ({0}).</translation>
    </message>
    <message>
        <source>The sync stopped before changing anything.</source>
        <translation>Đồng bộ đã dừng lại, chưa thay đổi gì.</translation>
    </message>
    <message>
        <source>Continue only if you are sure.</source>
        <translation>Chỉ tiếp tục nếu bạn chắc chắn.</translation>
    </message>
    <message>
        <source>Connecting to the sync target…</source>
        <translation>Đang kết nối tới nơi đồng bộ…</translation>
    </message>
    <message>
        <source>Looking for changes…</source>
        <translation>Đang tìm các thay đổi…</translation>
    </message>
    <message>
        <source>Receiving changes: {0} of {1}</source>
        <translation>Đang nhận thay đổi: {0}/{1}</translation>
    </message>
    <message>
        <source>Receiving evidence files: {0} of {1}</source>
        <translation>Đang nhận tệp minh chứng: {0}/{1}</translation>
    </message>
    <message>
        <source>Merging the changes…</source>
        <translation>Đang hợp nhất các thay đổi…</translation>
    </message>
    <message>
        <source>Sending evidence files: {0} of {1}</source>
        <translation>Đang gửi tệp minh chứng: {0}/{1}</translation>
    </message>
    <message>
        <source>Sending changes: {0} of {1}</source>
        <translation>Đang gửi thay đổi: {0}/{1}</translation>
    </message>
    <message>
        <source>Receiving checklist templates: {0} of {1}</source>
        <translation>Đang nhận mẫu danh mục kiểm tra: {0}/{1}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>received {0} changes, sent {1}</source>
        <translation>nhận {0} thay đổi, gửi {1}</translation>
    </message>
    <message>
        <source>evidence files: {0} in, {1} out</source>
        <translation>tệp minh chứng: nhận {0}, gửi {1}</translation>
    </message>
    <message>
        <source>{0} new checklist templates</source>
        <translation>{0} mẫu danh mục kiểm tra mới</translation>
    </message>
    <message>
        <source>{0} evidence files missing (run Tools › Check data)</source>
        <translation>thiếu {0} tệp minh chứng (chạy Công cụ › Kiểm tra dữ liệu)</translation>
    </message>
    <message>
        <source>{0} conflicts to resolve</source>
        <translation>{0} xung đột cần xử lý</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>password refused</source>
        <translation>mật khẩu bị từ chối</translation>
    </message>
    <message>
        <source>target not found</source>
        <translation>không tìm thấy nơi đồng bộ</translation>
    </message>
    <message>
        <source>not allowed to write</source>
        <translation>không có quyền ghi</translation>
    </message>
    <message>
        <source>target full</source>
        <translation>nơi đồng bộ hết chỗ</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>chứng chỉ không được tin cậy</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>không tìm thấy máy chủ</translation>
    </message>
    <message>
        <source>server unreachable</source>
        <translation>không kết nối được máy chủ</translation>
    </message>
    <message>
        <source>server too slow</source>
        <translation>máy chủ trả lời quá chậm</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>sai cụm mật khẩu</translation>
    </message>
    <message>
        <source>passphrase needed</source>
        <translation>cần cụm mật khẩu</translation>
    </message>
    <message>
        <source>no sync data at the target</source>
        <translation>nơi đồng bộ chưa có dữ liệu</translation>
    </message>
    <message>
        <source>stopped by the safety brake</source>
        <translation>đã dừng để an toàn</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>không thành công</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>Last sync {0}: done, {1}</source>
        <translation>Lần đồng bộ gần nhất {0}: xong, {1}</translation>
    </message>
    <message>
        <source>Last sync {0}: {1}</source>
        <translation>Lần đồng bộ gần nhất {0}: {1}</translation>
    </message>
    <message>
        <source>last successful {0}</source>
        <translation>lần thành công gần nhất {0}</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>Finding</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Inspection details</source>
        <translation>Thông tin cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>(deleted on this computer)</source>
        <translation>(đã bị xóa trên máy đó)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Xung đột đồng bộ</translation>
    </message>
    <message>
        <source>These items were changed on two computers without either knowing of the other. Compare the versions and keep the right one; the other is kept in the history.</source>
        <translation>Các mục dưới đây đã được sửa trên hai máy khác nhau, máy nào cũng không biết thay đổi của máy kia. Hãy so sánh các phiên bản và giữ phiên bản đúng; phiên bản còn lại vẫn được lưu trong lịch sử.</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Các phiên bản</translation>
    </message>
    <message>
        <source>There are no conflicts.</source>
        <translation>Không có xung đột nào.</translation>
    </message>
    <message>
        <source>Version {0}: {1}, {2}</source>
        <translation>Phiên bản {0}: {1}, {2}</translation>
    </message>
    <message>
        <source>&amp;Keep this version</source>
        <translation>&amp;Giữ phiên bản này</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Giữ phiên bản này</translation>
    </message>
    <message>
        <source>Computer {0}</source>
        <translation>Máy {0}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Keep it in this computer&apos;s system keyring</source>
        <translation>Lưu trong kho khóa (keyring) của hệ điều hành trên máy này</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so Inspector does not store the password anywhere: it asks for it at each sync.</source>
        <translation>Máy này không có kho khóa (keyring) của hệ điều hành, nên Inspector không lưu mật khẩu ở bất cứ đâu: mỗi lần đồng bộ sẽ hỏi lại.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Connecting to the sync target…</source>
        <translation>Đang kết nối tới nơi đồng bộ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Sync is off for the sample data</source>
        <translation>Không đồng bộ dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Chưa thiết lập đồng bộ</translation>
    </message>
    <message>
        <source>{0} conflicts</source>
        <translation>{0} xung đột</translation>
    </message>
    <message>
        <source>Sync is not available while you look at the sample data.</source>
        <translation>Không thể đồng bộ khi đang xem dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Sync settings saved.</source>
        <translation>Đã lưu thiết lập đồng bộ.</translation>
    </message>
    <message>
        <source>Sync is not set up yet: choose the office&apos;s sync folder or server.</source>
        <translation>Chưa thiết lập đồng bộ: hãy chọn thư mục hoặc máy chủ đồng bộ của cơ quan.</translation>
    </message>
    <message>
        <source>Type the WebDAV password of {0}.</source>
        <translation>Nhập mật khẩu WebDAV của {0}.</translation>
    </message>
    <message>
        <source>WebDAV password</source>
        <translation>Mật khẩu WebDAV</translation>
    </message>
    <message>
        <source>Passphrase of the encrypted folder</source>
        <translation>Cụm mật khẩu của thư mục mã hóa</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Đang dừng sau bước hiện tại…</translation>
    </message>
    <message>
        <source>Sync done: {0}.</source>
        <translation>Đồng bộ xong: {0}.</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Xung đột đồng bộ</translation>
    </message>
    <message>
        <source>{0} items were changed on two computers. Both versions are kept. Compare them now and keep the right one?</source>
        <translation>{0} mục đã bị sửa trên hai máy. Cả hai phiên bản đều được giữ. So sánh ngay và giữ phiên bản đúng?</translation>
    </message>
    <message>
        <source>Review conflicts</source>
        <translation>Xem các xung đột</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing is lost: the next sync completes the work.</source>
        <translation>Đã hủy đồng bộ. Không mất gì: lần đồng bộ sau sẽ làm tiếp phần còn lại.</translation>
    </message>
    <message>
        <source>Sync stopped for safety</source>
        <translation>Đồng bộ dừng lại để an toàn</translation>
    </message>
    <message>
        <source>Continue the sync</source>
        <translation>Tiếp tục đồng bộ</translation>
    </message>
    <message>
        <source>There is no Inspector sync data in this folder yet. Create a new sync folder here, encrypted with your passphrase?</source>
        <translation>Thư mục này chưa có dữ liệu đồng bộ của Inspector. Tạo nơi đồng bộ mới tại đây, mã hóa bằng cụm mật khẩu của bạn?</translation>
    </message>
    <message>
        <source>There is no Inspector sync data in this folder yet. Create a new sync folder here (not encrypted)?</source>
        <translation>Thư mục này chưa có dữ liệu đồng bộ của Inspector. Tạo nơi đồng bộ mới tại đây (không mã hóa)?</translation>
    </message>
    <message>
        <source>There is no Inspector sync data at this address yet. Start a new sync target there?</source>
        <translation>Địa chỉ này chưa có dữ liệu đồng bộ của Inspector. Tạo nơi đồng bộ mới tại đó?</translation>
    </message>
    <message>
        <source>New sync target</source>
        <translation>Nơi đồng bộ mới</translation>
    </message>
    <message>
        <source>Create it</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Type the password again.</source>
        <translation>Hãy nhập lại mật khẩu.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>Sync settings</source>
        <translation>Thiết lập đồng bộ</translation>
    </message>
    <message>
        <source>A folder (USB stick, network share)</source>
        <translation>Một thư mục (USB, thư mục dùng chung trên mạng)</translation>
    </message>
    <message>
        <source>A WebDAV server (Nextcloud, ownCloud, IIS, Apache)</source>
        <translation>Một máy chủ WebDAV (Nextcloud, ownCloud, IIS, Apache)</translation>
    </message>
    <message>
        <source>At the office, every laptop syncs with one shared place. Nothing is lost: when two people changed the same item, both versions are kept for you to choose.</source>
        <translation>Tại cơ quan, mọi máy tính đồng bộ với một nơi dùng chung. Không mất gì: khi hai người cùng sửa một mục, cả hai phiên bản được giữ lại để bạn chọn.</translation>
    </message>
    <message>
        <source>for example E:\inspector or \\server\share\inspector</source>
        <translation>ví dụ E:\inspector hoặc \\maychu\dungchung\inspector</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>đã lưu trong kho khóa của hệ điều hành</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Thư mục</translation>
    </message>
    <message>
        <source>Encryption (optional, for USB sticks that may get lost): a new sync folder is encrypted with this passphrase. For a folder that is already encrypted, type its passphrase. Without the passphrase nobody can read the folder, not even the office.</source>
        <translation>Mã hóa (không bắt buộc, dành cho USB có thể bị thất lạc): nơi đồng bộ mới sẽ được mã hóa bằng cụm mật khẩu này. Với thư mục đã mã hóa, hãy nhập cụm mật khẩu của nó. Không có cụm mật khẩu thì không ai đọc được thư mục, kể cả cơ quan.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation>Nhập &amp;lại cụm mật khẩu</translation>
    </message>
    <message>
        <source>only if your office has its own certificate authority</source>
        <translation>chỉ khi cơ quan có tổ chức cấp chứng chỉ (CA) riêng</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Tên đăng &amp;nhập</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation>Tệp &amp;CA</translation>
    </message>
    <message>
        <source>Keep the password and passphrase in this computer&apos;s system keyring</source>
        <translation>Lưu mật khẩu và cụm mật khẩu trong kho khóa (keyring) của hệ điều hành trên máy này</translation>
    </message>
    <message>
        <source>This computer has no system keyring (such as Windows Credential Manager), so Inspector cannot keep the password safely. It will not store it anywhere: you will be asked for it at each sync.</source>
        <translation>Máy này không có kho khóa của hệ điều hành (như Windows Credential Manager), nên Inspector không thể lưu mật khẩu an toàn. Mật khẩu sẽ không được lưu ở bất cứ đâu: mỗi lần đồng bộ bạn sẽ được hỏi lại.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Sync &amp;with</source>
        <translation>Đồng bộ &amp;với</translation>
    </message>
    <message>
        <source>choose a folder</source>
        <translation>hãy chọn một thư mục</translation>
    </message>
    <message>
        <source>type the user name</source>
        <translation>hãy nhập tên đăng nhập</translation>
    </message>
    <message>
        <source>the CA file does not exist</source>
        <translation>tệp CA không tồn tại</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>hai lần nhập cụm mật khẩu không khớp</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Thư mục đồng bộ</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Chứng chỉ CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Chứng chỉ (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Đang kiểm tra kết nối…</translation>
    </message>
    <message>
        <source>Connection works. There is no Inspector sync data here yet: the first sync will create it.</source>
        <translation>Kết nối được. Nơi này chưa có dữ liệu đồng bộ của Inspector: lần đồng bộ đầu tiên sẽ tạo.</translation>
    </message>
    <message>
        <source>Connection works. This sync target holds {0} change files from other computers.</source>
        <translation>Kết nối được. Nơi đồng bộ này đang có {0} tệp thay đổi từ các máy.</translation>
    </message>
    <message>
        <source>It is encrypted and the passphrase is right.</source>
        <translation>Nơi này được mã hóa và cụm mật khẩu đúng.</translation>
    </message>
    <message>
        <source>It is encrypted: type its passphrase to sync.</source>
        <translation>Nơi này được mã hóa: hãy nhập cụm mật khẩu để đồng bộ.</translation>
    </message>
</context>
<context>
    <name>TeamRole</name>
    <message>
        <source>Head of team</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>Phó Trưởng đoàn</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Inspector</source>
        <translation>Chào mừng đến với Inspector</translation>
    </message>
    <message>
        <source>Inspector helps an inspection team check how a province runs its government web portal and online public services: an offline checklist, findings with notes, figures and evidence, and a sealed record of the result. Everything is saved as you type.</source>
        <translation>Inspector giúp đoàn kiểm tra đánh giá việc vận hành cổng thông tin điện tử và dịch vụ công trực tuyến của tỉnh: danh mục kiểm tra dùng không cần mạng, kết quả kèm ghi chú, số liệu và bằng chứng, và hồ sơ kết quả được niêm phong. Mọi nội dung được lưu ngay khi bạn nhập.</translation>
    </message>
    <message>
        <source>Start a new inspection (Ctrl+N)</source>
        <translation>Bắt đầu cuộc kiểm tra mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the sample inspection</source>
        <translation>Mở cuộc kiểm tra mẫu</translation>
    </message>
    <message>
        <source>Tip: every command has a key; press F1 to see them.</source>
        <translation>Mẹo: lệnh nào cũng có phím tắt; nhấn F1 để xem.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Finalized on {0} by {1}. Seal (SHA-256): {2}</source>
        <translation>Đã hoàn thành ngày {0}, người thực hiện: {1}. Niêm phong (SHA-256): {2}</translation>
    </message>
    <message>
        <source>Reopened for amendment on {0}: {1}</source>
        <translation>Đã mở lại để sửa đổi ngày {0}: {1}</translation>
    </message>
    <message>
        <source>Every item has an answer.</source>
        <translation>Tất cả các mục đã có câu trả lời.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Đính kèm bằng chứng</translation>
    </message>
    <message>
        <source>Photos, scans and documents (*.png *.jpg *.jpeg *.pdf *.docx *.doc *.xlsx *.txt *.html *.htm)</source>
        <translation>Ảnh, bản quét và tài liệu (*.png *.jpg *.jpeg *.pdf *.docx *.doc *.xlsx *.txt *.html *.htm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file.</source>
        <translation>Bộ nhớ tạm không có ảnh hoặc tệp nào.</translation>
    </message>
    <message>
        <source>Evidence attached: {0}</source>
        <translation>Đã đính kèm bằng chứng: {0}</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Gỡ bỏ bằng chứng</translation>
    </message>
    <message>
        <source>Remove “{0}” from this item? The file stays in the history of the inspection.</source>
        <translation>Gỡ “{0}” khỏi mục này? Tệp vẫn được giữ trong lịch sử của cuộc kiểm tra.</translation>
    </message>
    <message>
        <source>Remove recommendation</source>
        <translation>Xóa kiến nghị</translation>
    </message>
    <message>
        <source>Remove this recommendation?</source>
        <translation>Xóa kiến nghị này?</translation>
    </message>
</context>
<context>
    <name>WorkspaceTabs</name>
    <message>
        <source>Checklist</source>
        <translation>Danh mục kiểm tra</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
</context>
<context>
    <name>YearOverYearPage</name>
    <message>
        <source>Checklist:</source>
        <translation>Danh mục:</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Tỉnh/thành phố:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Double-click an inspection&apos;s heading to open it.</source>
        <translation>Nhấp đúp vào tiêu đề cột của một cuộc kiểm tra để mở cuộc kiểm tra đó.</translation>
    </message>
    <message>
        <source>No inspections for this checklist.</source>
        <translation>Chưa có cuộc kiểm tra nào theo danh mục này.</translation>
    </message>
    <message>
        <source>{0} (v{1})
score {2}</source>
        <translation>{0} (phiên bản {1})
score {2}</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>So với lần trước</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Tiến bộ</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Kém đi</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Not in checklist version {0}</source>
        <translation>Không có trong danh mục phiên bản {0}</translation>
    </message>
    <message>
        <source>{0} inspections of {1}. Since the previous inspection: {2} items improved, {3} got worse.</source>
        <translation>{0} cuộc kiểm tra của {1}. So với lần kiểm tra trước: {2} nội dung tiến bộ, {3} nội dung kém đi.</translation>
    </message>
</context>
</TS>
