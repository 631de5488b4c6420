<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>installed program</source>
        <translation>bản cài đặt</translation>
    </message>
    <message>
        <source>installed package</source>
        <translation>gói đã cài</translation>
    </message>
    <message>
        <source>source checkout</source>
        <translation>mã nguồn</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã phê duyệt</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>dự thảo</translation>
    </message>
    <message>
        <source>Inspections of provincial government portals and online public services (Decree 43/2011/NĐ-CP, Circular 25/2014/TT-BTTTT, Decree 42/2022/NĐ-CP).</source>
        <translation>Kiểm tra Cổng thông tin điện tử và dịch vụ công trực tuyến của tỉnh, thành phố (Nghị định 43/2011/NĐ-CP, Thông tư 25/2014/TT-BTTTT, Nghị định 42/2022/NĐ-CP).</translation>
    </message>
    <message>
        <source>Python {0}, Qt {1}, PySide6 {2}, {3}</source>
        <translation>Python {0}, Qt {1}, PySide6 {2}, {3}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Cơ sở dữ liệu: {0}</translation>
    </message>
    <message>
        <source>Evidence files: {0}</source>
        <translation>Tệp minh chứng: {0}</translation>
    </message>
    <message>
        <source>Log files: {0}</source>
        <translation>Tệp nhật ký: {0}</translation>
    </message>
    <message>
        <source>Checklists shipped with this version:</source>
        <translation>Các danh mục kiểm tra đi kèm phiên bản này:</translation>
    </message>
    <message>
        <source>{0} items, {1}, content hash {2}</source>
        <translation>{0} mục, {1}, mã nội dung {2}</translation>
    </message>
    <message>
        <source>Inspector is free software under the MIT License. It runs on these packages (full texts: the Licenses tab):</source>
        <translation>Inspector là phần mềm tự do theo Giấy phép MIT. Chương trình sử dụng các gói phần mềm sau (toàn văn giấy phép: thẻ Giấy phép):</translation>
    </message>
    <message>
        <source>The full text is in {0}.</source>
        <translation>Toàn văn giấy phép có trong {0}.</translation>
    </message>
    <message>
        <source>The package carries no license file; its license is named above. The installed program lists the full text in THIRD-PARTY-LICENSES.txt.</source>
        <translation>Gói này không kèm tệp giấy phép; tên giấy phép ghi ở trên. Bản cài đặt của chương trình có toàn văn trong tệp THIRD-PARTY-LICENSES.txt.</translation>
    </message>
    <message>
        <source>About Inspector</source>
        <translation>Giới thiệu Inspector</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Gói phần mềm</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>All license texts</source>
        <translation>Toàn văn mọi giấy phép</translation>
    </message>
    <message>
        <source>Select a package to read its license.</source>
        <translation>Chọn một gói để đọc giấy phép của gói đó.</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy this information, e.g. into a support request</source>
        <translation>Sao chép các thông tin này, ví dụ để gửi bộ phận hỗ trợ</translation>
    </message>
</context>
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
        <translation>Mở cuộc kiểm tra mẫ&amp;u</translation>
    </message>
    <message>
        <source>Open a sample inspection to see how Inspector works</source>
        <translation>Mở một cuộc kiểm tra mẫu để xem cách Inspector hoạt động</translation>
    </message>
    <message>
        <source>Back to &amp;my data</source>
        <translation>&amp;Quay lại dữ liệu của tôi</translation>
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
        <translation>Câ&amp;y danh mục</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>Thẻ &amp;kế tiếp</translation>
    </message>
    <message>
        <source>Previous t&amp;ab</source>
        <translation>Thẻ &amp;liền trước</translation>
    </message>
    <message>
        <source>N&amp;ote of this item</source>
        <translation>&amp;Ghi chú của mục này</translation>
    </message>
    <message>
        <source>&amp;Value of this item</source>
        <translation>&amp;Số liệu của mục này</translation>
    </message>
    <message>
        <source>Type the number or text this item asks for (Enter in the list too)</source>
        <translation>Nhập số liệu hoặc nội dung mà mục này yêu cầu (cũng có thể bấm Enter trong danh mục)</translation>
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
        <translation>Đính kèm tệp &amp;minh chứng…</translation>
    </message>
    <message>
        <source>Attach a photo, scan or document to this item</source>
        <translation>Đính kèm ảnh, bản quét hoặc tài liệu cho mục này</translation>
    </message>
    <message>
        <source>Paste &amp;image as evidence</source>
        <translation>&amp;Dán ảnh làm minh chứng</translation>
    </message>
    <message>
        <source>Make a &amp;recommendation…</source>
        <translation>Đư&amp;a ra kiến nghị…</translation>
    </message>
    <message>
        <source>A recommendation (kiến nghị) for the item on screen, linked to it</source>
        <translation>Kiến nghị cho mục đang xem, gắn với mục đó</translation>
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
        <translation>Kiểm tra cơ sở dữ liệu, các niêm phong và mọi tệp minh chứng</translation>
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
        <source>User &amp;manual</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Read the user manual: step by step, with pictures</source>
        <translation>Đọc hướng dẫn sử dụng: từng bước, có hình minh họa</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Chào mừng…</translation>
    </message>
    <message>
        <source>Your name, title and unit, the sample inspection, where data is kept</source>
        <translation>Họ tên, chức vụ, đơn vị của bạn; cuộc kiểm tra mẫu; nơi lưu dữ liệu</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <source>Open the folder of the log files, to send them to support</source>
        <translation>Mở thư mục chứa các tệp nhật ký để gửi cho bộ phận hỗ trợ</translation>
    </message>
    <message>
        <source>E&amp;xport minutes…</source>
        <translation>&amp;Xuất biên bản…</translation>
    </message>
    <message>
        <source>Write the minutes (biên bản) of this inspection as a Word file</source>
        <translation>Lập biên bản của cuộc kiểm tra này thành tệp Word</translation>
    </message>
    <message>
        <source>Minutes &amp;wording…</source>
        <translation>&amp;Lời văn biên bản…</translation>
    </message>
    <message>
        <source>Agency names, signature titles, fixed sentences and copies printed on the minutes</source>
        <translation>Tên cơ quan, chức danh ký, các câu cố định và số bản in trên biên bản</translation>
    </message>
    <message>
        <source>&amp;Probe the portal…</source>
        <translation>Kiểm tra trực &amp;tuyến cổng thông tin…</translation>
    </message>
    <message>
        <source>Check the portal live over the Internet and propose statuses for the items</source>
        <translation>Kiểm tra trực tiếp cổng thông tin qua Internet và đề xuất kết quả cho các mục</translation>
    </message>
    <message>
        <source>&amp;Office view…</source>
        <translation>Tổng hợp tại &amp;văn phòng…</translation>
    </message>
    <message>
        <source>Compare provinces and years, follow up recommendations, export the national report</source>
        <translation>So sánh các tỉnh và các năm, theo dõi thực hiện kiến nghị, xuất báo cáo tổng hợp toàn quốc</translation>
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
        <source>Sync con&amp;flicts…</source>
        <translation>&amp;Xung đột đồng bộ…</translation>
    </message>
    <message>
        <source>Items changed on two computers: compare and keep one version</source>
        <translation>Các mục bị sửa trên hai máy: so sánh và giữ một phiên bản</translation>
    </message>
    <message>
        <source>Export minutes for &amp;signing (PDF/A)…</source>
        <translation>Xuất biên bản để ký số (&amp;PDF/A)…</translation>
    </message>
    <message>
        <source>The minutes of the finalized inspection as an archival PDF/A with signature fields</source>
        <translation>Biên bản của cuộc kiểm tra đã hoàn thành dưới dạng PDF/A lưu trữ, có sẵn ô chữ ký</translation>
    </message>
    <message>
        <source>Si&amp;gning settings…</source>
        <translation>Thiết lập ký &amp;số…</translation>
    </message>
    <message>
        <source>Signature and stamp images, USB token module, timestamp server, root CA files</source>
        <translation>Hình chữ ký và con dấu, thư viện của USB token, máy chủ dấu thời gian, tệp CA gốc</translation>
    </message>
    <message>
        <source>Sig&amp;n a PDF…</source>
        <translation>Ký số tệp P&amp;DF…</translation>
    </message>
    <message>
        <source>Sign the minutes PDF/A digitally, or counter-sign it, with a certificate file or a USB token</source>
        <translation>Ký số biên bản PDF/A, hoặc ký tiếp vào biên bản đã ký, bằng tệp chứng thư số hoặc USB token</translation>
    </message>
    <message>
        <source>&amp;Verify a signed PDF…</source>
        <translation>Kiểm tra tệp &amp;PDF đã ký số…</translation>
    </message>
    <message>
        <source>Check the digital signatures of a signed minutes PDF</source>
        <translation>Kiểm tra chữ ký số trên tệp PDF biên bản đã ký</translation>
    </message>
    <message>
        <source>Compare with the newest &amp;checklist…</source>
        <translation>So sánh với danh mục mới &amp;nhất…</translation>
    </message>
    <message>
        <source>Show, item by item, what a newer version of this inspection&apos;s checklist says differently (for example a correction published by the office)</source>
        <translation>Xem từng nội dung kiểm tra khác nhau giữa danh mục của cuộc kiểm tra này và phiên bản mới hơn (ví dụ bản sửa do Văn phòng phát hành)</translation>
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
    <name>ChecklistChanges</name>
    <message>
        <source>Added</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã bỏ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Requirement (minutes)</source>
        <translation>Yêu cầu (ghi trong biên bản)</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Loại mục</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>Kiểu trả lời</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Legal reference (note)</source>
        <translation>Ghi chú căn cứ</translation>
    </message>
    <message>
        <source>Reference checked</source>
        <translation>Mức độ đối chiếu căn cứ</translation>
    </message>
    <message>
        <source>Live check</source>
        <translation>Kiểm tra trực tuyến</translation>
    </message>
    <message>
        <source>Changes in the checklist</source>
        <translation>Thay đổi của danh mục kiểm tra</translation>
    </message>
    <message>
        <source>This inspection uses “{0}”, version {1}. Version {2} is installed; {3} items differ. The inspection keeps its own version: this list only shows what the newer one says.</source>
        <translation>Cuộc kiểm tra này dùng “{0}”, phiên bản {1}. Máy đã có phiên bản {2}; {3} mục khác nhau. Cuộc kiểm tra vẫn giữ phiên bản của mình: danh sách này chỉ cho biết phiên bản mới ghi khác thế nào.</translation>
    </message>
    <message>
        <source>This inspection uses version {0} of “{1}”, the newest installed: nothing to compare.</source>
        <translation>Cuộc kiểm tra này dùng phiên bản {0} của “{1}”, là phiên bản mới nhất trên máy: không có gì để so sánh.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục kiểm tra</translation>
    </message>
    <message>
        <source>Before (version {0})</source>
        <translation>Trước (phiên bản {0})</translation>
    </message>
    <message>
        <source>After (version {0})</source>
        <translation>Sau (phiên bản {0})</translation>
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
        <source>Not in force on the inspection date: not counted.</source>
        <translation>Căn cứ chưa có hoặc đã hết hiệu lực vào ngày kiểm tra: không tính.</translation>
    </message>
    <message>
        <source>Good practice or guidance, not a legal duty: not scored.</source>
        <translation>Thực tiễn tốt hoặc hướng dẫn, không phải nghĩa vụ pháp lý: không tính điểm.</translation>
    </message>
    <message>
        <source>Figure for the minutes: not scored.</source>
        <translation>Số liệu phục vụ biên bản: không tính điểm.</translation>
    </message>
    <message>
        <source>Legal reference not fully verified.</source>
        <translation>Căn cứ pháp lý chưa được đối chiếu đầy đủ.</translation>
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
        <source>Score = (Met + 0.5 × Partly met) / (Met + Partly met + Not met), over the legal-duty items in force on the inspection date; practice and figure items never count. Not applicable and unanswered items are left out; a province&apos;s inspections in the period are pooled. Equal scores share a rank and the next rank is skipped (1, 2, 2, 4).</source>
        <translation>Điểm = (Đạt + 0,5 × Đạt một phần) / (Đạt + Đạt một phần + Không đạt), trên các mục là nghĩa vụ pháp lý còn hiệu lực vào ngày kiểm tra; mục thực tiễn và mục số liệu không bao giờ được tính. Không tính các mục Không áp dụng và chưa đánh giá; các cuộc kiểm tra của một tỉnh trong kỳ được cộng gộp. Điểm bằng nhau thì cùng hạng và hạng kế tiếp được bỏ qua (1, 2, 2, 4).</translation>
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
        <translation>Mục</translation>
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
        <translation>Các mục không đạt nhiều nhất giữa các tỉnh</translation>
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
        <source>These are the sample inspections (invented data).</source>
        <translation>Đây là các cuộc kiểm tra mẫu (dữ liệu giả định).</translation>
    </message>
    <message>
        <source>Sample inspections left out (invented data): {0}.</source>
        <translation>Số cuộc kiểm tra mẫu đã bỏ ra (dữ liệu giả định): {0}.</translation>
    </message>
    <message>
        <source>Compliance score (%)</source>
        <translation>Điểm tuân thủ (%)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>chưa có điểm</translation>
    </message>
    <message>
        <source>axis starts at {start}%</source>
        <translation>trục bắt đầu từ {start}%</translation>
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
        <translation>{0} cuộc kiểm tra, {1} kết quả, {2} minh chứng; đã kiểm tra {3} tệp.</translation>
    </message>
    <message>
        <source>Everything is in order: the database is sound, every seal matches its content and every evidence file is intact.</source>
        <translation>Mọi thứ đều ổn: cơ sở dữ liệu nguyên vẹn, mọi niêm phong khớp với nội dung và mọi tệp minh chứng còn nguyên.</translation>
    </message>
    <message>
        <source>The data folder is read-only: the data was checked, nothing was changed.</source>
        <translation>Thư mục dữ liệu chỉ đọc: dữ liệu đã được kiểm tra, không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Seal problem in inspection {0}: {1}</source>
        <translation>Lỗi niêm phong ở cuộc kiểm tra {0}: {1}</translation>
    </message>
    <message>
        <source>Inspection {0} differs from its saved history: {1}</source>
        <translation>Cuộc kiểm tra {0} không khớp với lịch sử đã lưu: {1}</translation>
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
        <translation>Tệp minh chứng {0}: {1} (được {2} bản ghi sử dụng)</translation>
    </message>
    <message>
        <source>{0} files in the evidence folder belong to no record (harmless).</source>
        <translation>Có {0} tệp trong thư mục minh chứng không thuộc bản ghi nào (vô hại).</translation>
    </message>
    <message>
        <source>{0} temporary files left by an interrupted copy or export were removed.</source>
        <translation>Đã xóa {0} tệp tạm còn sót lại do một lần sao chép hoặc xuất tài liệu bị gián đoạn.</translation>
    </message>
    <message>
        <source>The database file is damaged, so Inspector writes nothing to it.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng nên Inspector không ghi gì vào đó.</translation>
    </message>
    <message>
        <source>“Rebuild from history” makes a new database from the saved history of every change; the current file is kept beside it, the evidence files are not touched.</source>
        <translation>“Dựng lại từ lịch sử” tạo một cơ sở dữ liệu mới từ lịch sử lưu của mọi thay đổi; tệp hiện tại được giữ bên cạnh, các tệp minh chứng không bị đụng tới.</translation>
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
        <translation>Đang kiểm tra tệp minh chứng: {0}/{1}</translation>
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
        <source>Rebuild from history</source>
        <translation>Dựng lại từ lịch sử</translation>
    </message>
    <message>
        <source>Rebuilding the database from its history…</source>
        <translation>Đang dựng lại cơ sở dữ liệu từ lịch sử lưu…</translation>
    </message>
    <message>
        <source>Rebuilt from {0} saved versions. The old file is kept as {1}.</source>
        <translation>Đã dựng lại từ {0} phiên bản đã lưu. Tệp cũ được giữ với tên {1}.</translation>
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
        <translation>tệp minh chứng</translation>
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
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>recommendation text</source>
        <translation>nội dung kiến nghị</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>kết luận</translation>
    </message>
    <message>
        <source>opinion of the inspected unit</source>
        <translation>ý kiến của đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>chú thích</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>lý do</translation>
    </message>
    <message>
        <source>name of the inspected unit</source>
        <translation>tên đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>responsible unit</source>
        <translation>đơn vị thực hiện</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>câu trả lời</translation>
    </message>
    <message>
        <source>figure name</source>
        <translation>tên số liệu</translation>
    </message>
    <message>
        <source>place</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>basis of the inspection</source>
        <translation>căn cứ kiểm tra</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>tên tệp</translation>
    </message>
    <message>
        <source>list of people</source>
        <translation>danh sách thành phần</translation>
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
        <source>The {0} is too long to be saved ({1} characters; at most {2}). Shorten it or attach it as a file.</source>
        <translation>Mục “{0}” quá dài nên không lưu được ({1} ký tự; tối đa {2}). Hãy rút gọn hoặc đính kèm thành tệp.</translation>
    </message>
    <message>
        <source>The {0} holds a character that cannot be saved ({1}); it may come from a damaged copy-and-paste. Retype that part.</source>
        <translation>Mục “{0}” có một ký tự không lưu được ({1}), có thể do sao chép – dán bị lỗi. Hãy gõ lại phần đó.</translation>
    </message>
    <message>
        <source>The certificate file {0} cannot be used: choose a .pem file holding the certificates of the certification authority.</source>
        <translation>Không dùng được tệp chứng thư {0}: hãy chọn tệp .pem chứa chứng thư của tổ chức cấp chứng thư số.</translation>
    </message>
    <message>
        <source>The address {0} cannot be probed: only addresses starting with http:// or https:// can be checked.</source>
        <translation>Không kiểm tra được địa chỉ {0}: chỉ kiểm tra được địa chỉ bắt đầu bằng http:// hoặc https://.</translation>
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
        <source>The file {0} is open in another program (for example Word). Close it there, then export again.</source>
        <translation>Tệp {0} đang được mở trong chương trình khác (ví dụ Word). Hãy đóng tệp đó rồi xuất lại.</translation>
    </message>
    <message>
        <source>Inspector cannot write in the folder {1}. Choose another folder, for example Documents, and export again.</source>
        <translation>Inspector không ghi được vào thư mục {1}. Chọn thư mục khác, ví dụ thư mục Tài liệu (Documents), rồi xuất lại.</translation>
    </message>
    <message>
        <source>The folder {1} does not exist. Choose another folder and export again.</source>
        <translation>Thư mục {1} không tồn tại. Chọn thư mục khác rồi xuất lại.</translation>
    </message>
    <message>
        <source>The disk is full, so {0} could not be written. Free some space or choose another disk (a USB stick), then export again. The old file, if any, is unchanged.</source>
        <translation>Ổ đĩa đã đầy nên không ghi được {0}. Hãy giải phóng bớt dung lượng hoặc chọn ổ khác (ví dụ USB) rồi xuất lại. Tệp cũ (nếu có) vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>LibreOffice was not found, so no PDF can be made. Install LibreOffice, or export only the Word file and save it as PDF from Word.</source>
        <translation>Không tìm thấy LibreOffice nên không tạo được PDF. Hãy cài LibreOffice, hoặc chỉ xuất tệp Word rồi lưu thành PDF từ Word.</translation>
    </message>
    <message>
        <source>LibreOffice could not turn the minutes into a PDF. Open the Word file and save it as PDF from Word.</source>
        <translation>LibreOffice không chuyển được biên bản sang PDF. Hãy mở tệp Word và lưu thành PDF từ Word.</translation>
    </message>
    <message>
        <source>LibreOffice took too long to make the PDF and was stopped. Open the Word file and save it as PDF from Word.</source>
        <translation>LibreOffice chạy quá lâu khi tạo PDF nên đã bị dừng. Hãy mở tệp Word và lưu thành PDF từ Word.</translation>
    </message>
    <message>
        <source>The file {0} could not be written ({2}).</source>
        <translation>Không ghi được tệp {0} ({2}).</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>toàn bộ tệp</translation>
    </message>
    <message>
        <source>The wording of the minutes is not valid: “{0}” uses a word in braces that Inspector does not fill ({1}). Correct it in Tools › Minutes wording.</source>
        <translation>Lời văn biên bản không hợp lệ: “{0}” có một từ trong ngoặc nhọn mà Inspector không điền được ({1}). Hãy sửa tại Công cụ › Lời văn biên bản.</translation>
    </message>
    <message>
        <source>Minutes wording</source>
        <translation>Lời văn biên bản</translation>
    </message>
    <message>
        <source>The wording file {0} has an entry “{1}” that Inspector does not know: check its spelling, or remove that entry. Tools › Minutes wording replaces your own file when you press OK.</source>
        <translation>Tệp lời văn {0} có mục “{1}” mà Inspector không biết: hãy kiểm tra chính tả hoặc xóa mục đó. Công cụ › Lời văn biên bản sẽ ghi lại tệp của bạn khi bấm Đồng ý.</translation>
    </message>
    <message>
        <source>The wording file {0} cannot be read ({1}). Correct it or remove it; Tools › Minutes wording replaces your own file when you press OK.</source>
        <translation>Không đọc được tệp lời văn {0} ({1}). Hãy sửa hoặc xóa tệp đó; Công cụ › Lời văn biên bản sẽ ghi lại tệp của bạn khi bấm Đồng ý.</translation>
    </message>
    <message>
        <source>The wording of the minutes is not valid ({0}, “{1}”: {2}). Correct it in Tools › Minutes wording, or remove the file.</source>
        <translation>Lời văn biên bản không hợp lệ ({0}, “{1}”: {2}). Hãy sửa tại Công cụ › Lời văn biên bản, hoặc xóa tệp đó.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Inspector (format {0}; this version knows {1}). Update Inspector to open it. The file has not been changed.</source>
        <translation>Cơ sở dữ liệu này do phiên bản Inspector mới hơn tạo ra (định dạng {0}; phiên bản này chỉ biết {1}). Hãy cập nhật Inspector để mở. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The database file {0} is empty (0 bytes), so Inspector neither opened nor replaced it; the evidence files are untouched. To recover, run “inspector doctor --repair” (it moves the empty file aside), then copy your latest backup in its place or sync again.</source>
        <translation>Tệp cơ sở dữ liệu {0} rỗng (0 byte) nên Inspector không mở và không thay thế nó; các tệp minh chứng vẫn nguyên vẹn. Để khôi phục, hãy chạy “inspector doctor --repair” (lệnh này đổi tên tệp rỗng sang bên cạnh), rồi chép bản sao lưu gần nhất vào chỗ đó hoặc đồng bộ lại.</translation>
    </message>
    <message>
        <source>The database file {0} is damaged, so Inspector writes nothing to it. To recover, choose Tools › Check data, then “Rebuild from history” (or run “inspector doctor --repair”): the database is rebuilt from its saved history into a new file and the damaged one is kept beside it. Or restore a backup.</source>
        <translation>Tệp cơ sở dữ liệu {0} bị hỏng nên Inspector không ghi gì vào đó. Để khôi phục, chọn Công cụ › Kiểm tra dữ liệu, rồi “Dựng lại từ lịch sử” (hoặc chạy “inspector doctor --repair”): cơ sở dữ liệu được dựng lại từ lịch sử lưu vào một tệp mới, tệp hỏng được giữ bên cạnh. Hoặc khôi phục từ bản sao lưu.</translation>
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
        <translation>Tệp minh chứng {0} không có trong thư mục minh chứng.</translation>
    </message>
    <message>
        <source>The evidence file {0} has been altered since it was added (its fingerprint no longer matches).</source>
        <translation>Tệp minh chứng {0} đã bị thay đổi sau khi đính kèm (mã băm không còn khớp).</translation>
    </message>
    <message>
        <source>The evidence file could not be read: {0}</source>
        <translation>Không đọc được tệp minh chứng: {0}</translation>
    </message>
    <message>
        <source>The checklist template is not valid ({0} problems). First: {1}</source>
        <translation>Mẫu danh mục kiểm tra không hợp lệ ({0} lỗi). Lỗi đầu tiên: {1}</translation>
    </message>
    <message>
        <source>The inspection file {0} cannot be used{1}: {2}</source>
        <translation>Không dùng được tệp cuộc kiểm tra {0}{1}: {2}</translation>
    </message>
    <message>
        <source>(sample data)</source>
        <translation>(dữ liệu mẫu)</translation>
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
    <name>ExportMinutesDialog</name>
    <message>
        <source>Export the minutes</source>
        <translation>Xuất biên bản</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Word document (.docx), Decree 30/2020 format</source>
        <translation>Văn bản Word (.docx), thể thức theo Nghị định 30/2020</translation>
    </message>
    <message>
        <source>Also save a PDF copy next to it (made with LibreOffice)</source>
        <translation>Lưu thêm một bản PDF bên cạnh (tạo bằng LibreOffice)</translation>
    </message>
    <message>
        <source>&amp;Working copy for the team (not for issue): reference marks, item codes, points to check</source>
        <translation>Bản &amp;làm việc của Đoàn (không phát hành): có dấu căn cứ chưa đối chiếu, mã mục, các điểm cần kiểm tra</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Save the minutes as</source>
        <translation>Lưu biên bản thành</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Type a file name, or press Choose…</source>
        <translation>Hãy gõ tên tệp, hoặc bấm Chọn…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Thay tệp đã có?</translation>
    </message>
    <message>
        <source>These files already exist:
{0}

Replace them with the new minutes?</source>
        <translation>Các tệp sau đã có:
{0}

Thay chúng bằng biên bản mới?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay</translation>
    </message>
    <message>
        <source>Keep the old file</source>
        <translation>Giữ tệp cũ</translation>
    </message>
    <message>
        <source>Nothing was written. Choose another name, or export again and replace the file.</source>
        <translation>Không có gì được ghi. Hãy chọn tên khác, hoặc xuất lại và chọn thay tệp.</translation>
    </message>
    <message>
        <source>Saving what you typed…</source>
        <translation>Đang lưu những gì vừa nhập…</translation>
    </message>
    <message>
        <source>Writing the Word file…</source>
        <translation>Đang ghi tệp Word…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Making the PDF with LibreOffice…</source>
        <translation>Đang tạo PDF bằng LibreOffice…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written; an existing file was left as it was.</source>
        <translation>Đã dừng. Không có gì được ghi; tệp đã có vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>The minutes were not exported.</source>
        <translation>Chưa xuất được biên bản.</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Đã lưu: {0}</translation>
    </message>
    <message>
        <source>The minutes were saved:
{0}</source>
        <translation>Đã lưu biên bản:
{0}</translation>
    </message>
    <message>
        <source>PDF copy: {0}</source>
        <translation>Bản PDF: {0}</translation>
    </message>
    <message>
        <source>The PDF copy could not be made: {0}</source>
        <translation>Không tạo được bản PDF: {0}</translation>
    </message>
    <message>
        <source>{0} evidence files were not found on this computer; the appendix marks them. Run Tools › Check data.</source>
        <translation>{0} tệp minh chứng không tìm thấy trên máy này; phụ lục có ghi chú các tệp đó. Hãy chạy Công cụ › Kiểm tra dữ liệu.</translation>
    </message>
    <message>
        <source>{0} evidence files no longer match their fingerprint; the appendix marks them.</source>
        <translation>{0} tệp minh chứng không còn khớp mã SHA-256; phụ lục có ghi chú các tệp đó.</translation>
    </message>
    <message>
        <source>The data no longer matches its seal; the appendix says so.</source>
        <translation>Dữ liệu không còn khớp mã niêm phong; phụ lục có ghi rõ điều này.</translation>
    </message>
    <message>
        <source>Minutes exported</source>
        <translation>Đã xuất biên bản</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Mở &amp;tệp</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Mở thư &amp;mục</translation>
    </message>
</context>
<context>
    <name>FiguresEditor</name>
    <message>
        <source>Figure</source>
        <translation>Tên số liệu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Con số</translation>
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
        <source>&amp;Go to item</source>
        <translation>Đến &amp;mục này</translation>
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
    <name>FirstRunDialog</name>
    <message>
        <source>Your inspections are kept on this computer only:
  Database: {0}
  Evidence files: {1}
  Log files (for support; they never contain your notes): {2}

Nothing leaves this laptop by itself. Data reaches the office when you sync or when you copy the data folder as a backup or send exported minutes yourself. You can move the data folder in Settings.</source>
        <translation>Các cuộc kiểm tra chỉ được lưu trên máy tính này:
  Cơ sở dữ liệu: {0}
  Tệp minh chứng: {1}
  Tệp nhật ký (để hỗ trợ kỹ thuật; không bao giờ chứa ghi chú của bạn): {2}

Dữ liệu không tự rời khỏi máy. Dữ liệu chỉ đến văn phòng khi bạn đồng bộ, hoặc khi bạn tự sao chép thư mục dữ liệu để sao lưu hay gửi biên bản đã xuất. Có thể chuyển thư mục dữ liệu trong Thiết lập.</translation>
    </message>
    <message>
        <source>Welcome to Inspector</source>
        <translation>Chào mừng bạn đến với Inspector</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>e.g. Chuyên viên chính</source>
        <translation>ví dụ: Chuyên viên chính</translation>
    </message>
    <message>
        <source>e.g. Cục Chuyển đổi số quốc gia</source>
        <translation>ví dụ: Cục Chuyển đổi số quốc gia</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Thông tin của bạn</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>&amp;Title (chức vụ)</source>
        <translation>&amp;Chức vụ</translation>
    </message>
    <message>
        <source>&amp;Unit (đơn vị)</source>
        <translation>Đơn &amp;vị</translation>
    </message>
    <message>
        <source>Your name is written beside every change you make, and you are added to the team of each new inspection, so the minutes list you. Settings can change this later.</source>
        <translation>Tên của bạn được ghi bên cạnh mọi thay đổi bạn thực hiện, và bạn được thêm vào đoàn kiểm tra của mỗi cuộc kiểm tra mới, nên có tên trong biên bản. Có thể sửa lại trong Thiết lập.</translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation>Nơi lưu dữ liệu</translation>
    </message>
    <message>
        <source>Open the &amp;sample inspection to look around (it is kept apart from your own data)</source>
        <translation>Mở cuộc kiểm tra &amp;mẫu để xem thử (dữ liệu mẫu tách riêng khỏi dữ liệu của bạn)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>Type your name to start, or skip this for now (Help › Welcome… opens it again).</source>
        <translation>Gõ họ tên để bắt đầu, hoặc để sau (mở lại bằng Trợ giúp › Chào mừng…).</translation>
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
    <name>Help</name>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>The folder could not be opened here. It is:
{0}</source>
        <translation>Không mở được thư mục trên máy này. Thư mục nằm ở:
{0}</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>This copy of Inspector was installed without its manual.</source>
        <translation>Bản Inspector này được cài đặt không kèm hướng dẫn sử dụng.</translation>
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
        <source>conflicts: {0}</source>
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
        <source>&amp;Note (F2; Esc returns to the list)</source>
        <translation>&amp;Ghi chú (F2; Esc để quay lại danh mục)</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>Số liệu khác</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Recommendations for this item</source>
        <translation>Kiến nghị cho mục này</translation>
    </message>
    <message>
        <source>Make a recommendation… (Ctrl+R)</source>
        <translation>Đưa ra kiến nghị… (Ctrl+R)</translation>
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
        <source>Answer (F3)</source>
        <translation>Nội dung trả lời (F3)</translation>
    </message>
    <message>
        <source>Figure (F3)</source>
        <translation>Số liệu (F3)</translation>
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
        <translation>Không phải con số: số liệu này chưa được lưu cho đến khi sửa lại.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The database could not be opened.</source>
        <translation>Không mở được cơ sở dữ liệu.</translation>
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
        <source>Data (read-only): {0}</source>
        <translation>Dữ liệu (chỉ đọc): {0}</translation>
    </message>
    <message>
        <source>Data: {0}</source>
        <translation>Dữ liệu: {0}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>User manual</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Mục lục</translation>
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
    <name>MinutesWordingDialog</name>
    <message>
        <source>the inspected unit&apos;s name</source>
        <translation>tên đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>the province, e.g. Tỉnh Phú Thọ</source>
        <translation>tên tỉnh, ví dụ: Tỉnh Phú Thọ</translation>
    </message>
    <message>
        <source>the province in running text, e.g. tỉnh Phú Thọ</source>
        <translation>tên tỉnh viết trong câu, ví dụ: tỉnh Phú Thọ</translation>
    </message>
    <message>
        <source>the place on the date line</source>
        <translation>địa danh ở dòng ngày tháng</translation>
    </message>
    <message>
        <source>the team, as named above</source>
        <translation>tên đoàn kiểm tra, như ghi ở trên</translation>
    </message>
    <message>
        <source>the ministry, as named above</source>
        <translation>tên bộ, như ghi ở trên</translation>
    </message>
    <message>
        <source>the unit abbreviation, as above</source>
        <translation>chữ viết tắt tên đơn vị, như ghi ở trên</translation>
    </message>
    <message>
        <source>what is inspected and under which decree</source>
        <translation>nội dung kiểm tra và nghị định làm căn cứ</translation>
    </message>
    <message>
        <source>what is inspected and under which decree, in running text</source>
        <translation>nội dung kiểm tra và nghị định làm căn cứ, viết trong câu</translation>
    </message>
    <message>
        <source>the date of the minutes</source>
        <translation>ngày lập biên bản</translation>
    </message>
    <message>
        <source>the time the inspection started, e.g. 8 giờ 30 phút</source>
        <translation>giờ bắt đầu kiểm tra, ví dụ: 8 giờ 30 phút</translation>
    </message>
    <message>
        <source>the day it started, in words</source>
        <translation>ngày bắt đầu, viết bằng chữ</translation>
    </message>
    <message>
        <source>where the team worked (Place on the Participants tab)</source>
        <translation>nơi đoàn làm việc (Địa điểm ở thẻ Thành phần)</translation>
    </message>
    <message>
        <source>the time the inspection ended</source>
        <translation>giờ kết thúc kiểm tra</translation>
    </message>
    <message>
        <source>the day it ended (or &apos;the same day&apos;)</source>
        <translation>ngày kết thúc (hoặc “cùng ngày”)</translation>
    </message>
    <message>
        <source>the number of copies, as set on the Signatures and copies tab</source>
        <translation>số bản, như đặt ở thẻ Chữ ký và số bản</translation>
    </message>
    <message>
        <source>copies kept by the team</source>
        <translation>số bản đoàn kiểm tra giữ</translation>
    </message>
    <message>
        <source>copies kept by the inspected unit</source>
        <translation>số bản đơn vị được kiểm tra giữ</translation>
    </message>
    <message>
        <source>the plan number (Participants tab)</source>
        <translation>số kế hoạch (thẻ Thành phần)</translation>
    </message>
    <message>
        <source>when the inspection started: the time only if one was entered, and the day</source>
        <translation>thời điểm bắt đầu kiểm tra: giờ (chỉ khi đã nhập giờ) và ngày</translation>
    </message>
    <message>
        <source>when the inspection ended: the time only if one was entered, and the day</source>
        <translation>thời điểm kết thúc kiểm tra: giờ (chỉ khi đã nhập giờ) và ngày</translation>
    </message>
    <message>
        <source>what is inspected, with the full first citation of each legal text</source>
        <translation>nội dung kiểm tra, dẫn đầy đủ mỗi văn bản pháp luật ở lần đầu</translation>
    </message>
    <message>
        <source>the unit that files the original (Lưu: VT, …), by the inspection&apos;s date</source>
        <translation>đơn vị lưu bản gốc (Lưu: VT, …), theo ngày kiểm tra</translation>
    </message>
    <message>
        <source>Parent agency (top left)</source>
        <translation>Cơ quan chủ quản (góc trái)</translation>
    </message>
    <message>
        <source>Empty: no parent agency line</source>
        <translation>Để trống: không in dòng cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Issuing unit (bold, under it)</source>
        <translation>Đơn vị lập biên bản (in đậm, bên dưới)</translation>
    </message>
    <message>
        <source>Unit abbreviation (Số: …/BB-…)</source>
        <translation>Chữ viết tắt của đơn vị (Số: …/BB-…)</translation>
    </message>
    <message>
        <source>Ministry, in sentences</source>
        <translation>Tên Bộ, trong câu văn</translation>
    </message>
    <message>
        <source>The team, in sentences</source>
        <translation>Tên Đoàn, trong câu văn</translation>
    </message>
    <message>
        <source>Place on the date line</source>
        <translation>Địa danh ở dòng ngày tháng</translation>
    </message>
    <message>
        <source>Empty: the province of the inspection</source>
        <translation>Để trống: tên tỉnh của cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Inspected unit&apos;s signature heading</source>
        <translation>Tiêu đề ký của đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>Inspected unit&apos;s signer title</source>
        <translation>Chức danh người ký của đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>Empty: the title of the unit&apos;s first representative</source>
        <translation>Để trống: chức vụ của người đại diện đầu tiên của đơn vị</translation>
    </message>
    <message>
        <source>Team&apos;s signature heading</source>
        <translation>Tiêu đề ký của Đoàn</translation>
    </message>
    <message>
        <source>Team&apos;s signer title</source>
        <translation>Chức danh người ký của Đoàn</translation>
    </message>
    <message>
        <source>Secretary&apos;s signature heading</source>
        <translation>Tiêu đề ký của thư ký</translation>
    </message>
    <message>
        <source>Copies kept by the team</source>
        <translation>Số bản Đoàn giữ</translation>
    </message>
    <message>
        <source>Copies kept by the inspected unit</source>
        <translation>Số bản đơn vị được kiểm tra giữ</translation>
    </message>
    <message>
        <source>Recipients (Nơi nhận), one per line</source>
        <translation>Nơi nhận, mỗi dòng một nơi</translation>
    </message>
    <message>
        <source>Opening sentence</source>
        <translation>Câu mở đầu</translation>
    </message>
    <message>
        <source>Basis line when none was entered</source>
        <translation>Dòng căn cứ khi chưa nhập căn cứ</translation>
    </message>
    <message>
        <source>Closing sentence</source>
        <translation>Câu kết thúc</translation>
    </message>
    <message>
        <source>When there is no recommendation</source>
        <translation>Khi không có kiến nghị</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Signatures and copies</source>
        <translation>Chữ ký và số bản</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Câu văn</translation>
    </message>
    <message>
        <source>Minutes wording</source>
        <translation>Lời văn biên bản</translation>
    </message>
    <message>
        <source>These texts are printed on every minutes you export. Words in braces, such as {inspected_unit} or {copies}, are filled in by Inspector: keep them as they are. Use Enter for a line break in the agency names.</source>
        <translation>Các nội dung này được in trên mọi biên bản bạn xuất. Những từ trong ngoặc nhọn, như {inspected_unit} hay {copies}, do Inspector tự điền: hãy giữ nguyên. Bấm Enter để xuống dòng trong tên cơ quan.</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Put back the texts of the office&apos;s file, or the built-in ones; OK keeps them</source>
        <translation>Đưa về lời văn trong tệp của cơ quan, hoặc lời văn có sẵn; bấm OK để lưu</translation>
    </message>
    <message>
        <source>Words in braces that Inspector fills in:</source>
        <translation>Những từ trong ngoặc nhọn do Inspector tự điền:</translation>
    </message>
    <message>
        <source>“{0}” cannot be kept: {1}</source>
        <translation>Chưa lưu được “{0}”: {1}</translation>
    </message>
    <message>
        <source>{0} is not a word Inspector fills in. Check its spelling, or write {{{{ and }}}} for real braces.</source>
        <translation>{0} không phải là từ Inspector điền được. Hãy kiểm tra chính tả, hoặc viết {{{{ và }}}} nếu cần dấu ngoặc nhọn thật.</translation>
    </message>
    <message>
        <source>the value is outside what Decree 30/2020 allows ({0}).</source>
        <translation>giá trị nằm ngoài giới hạn Nghị định 30/2020 cho phép ({0}).</translation>
    </message>
    <message>
        <source>the value is not accepted ({0}).</source>
        <translation>giá trị không hợp lệ ({0}).</translation>
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
        <source>No built-in checklist covers {0}: this one is for inspections from {1} to {2}. Check the law in force on the inspection date before relying on it.</source>
        <translation>Không có danh mục kiểm tra sẵn có nào áp dụng cho ngày {0}: danh mục này dành cho các cuộc kiểm tra từ {1} đến {2}. Hãy kiểm tra văn bản còn hiệu lực vào ngày kiểm tra trước khi dựa vào danh mục.</translation>
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
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>There is nothing to report yet: no inspection has a checklist.</source>
        <translation>Chưa có gì để báo cáo: chưa có cuộc kiểm tra nào theo danh mục kiểm tra.</translation>
    </message>
    <message>
        <source>The report wording file cannot be used: {0}</source>
        <translation>Không dùng được tệp lời văn báo cáo: {0}</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Thay thế tệp?</translation>
    </message>
    <message>
        <source>These files already exist:
{0}

Replace them with the new report?</source>
        <translation>Các tệp sau đã có:
{0}

Thay thế bằng báo cáo mới?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Writing the national report…</source>
        <translation>Đang lập báo cáo tổng hợp toàn quốc…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>Đã ghi: {0}</translation>
    </message>
    <message>
        <source>National report written</source>
        <translation>Đã lập báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>The national report ({0} provinces, {1} inspections, {2} recommendations) was written to:
{3}</source>
        <translation>Báo cáo tổng hợp toàn quốc ({0} tỉnh, {1} cuộc kiểm tra, {2} kiến nghị) đã được ghi vào:
{3}</translation>
    </message>
    <message>
        <source>It holds only the sample inspections (invented data): every page says &quot;DỮ LIỆU MẪU&quot;.</source>
        <translation>Báo cáo chỉ gồm các cuộc kiểm tra mẫu (dữ liệu giả định): mỗi trang đều ghi &quot;DỮ LIỆU MẪU&quot;.</translation>
    </message>
    <message>
        <source>Open Word file</source>
        <translation>Mở tệp Word</translation>
    </message>
    <message>
        <source>Open Excel file</source>
        <translation>Mở tệp Excel</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
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
        <source>you are not allowed to write there; choose another folder</source>
        <translation>không được phép ghi vào đó; hãy chọn thư mục khác</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>The report could not be written to {0}: {1}.</source>
        <translation>Không ghi được báo cáo vào {0}: {1}.</translation>
    </message>
    <message>
        <source>The report could not be made. {0}</source>
        <translation>Không lập được báo cáo. {0}</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Đã hủy xuất báo cáo: không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>không ghi được tệp</translation>
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
        <source>Sample inspections left out (invented data): {0}.</source>
        <translation>Số cuộc kiểm tra mẫu đã bỏ ra (dữ liệu giả định): {0}.</translation>
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
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Mr (Ông)</source>
        <translation>Ông</translation>
    </message>
    <message>
        <source>Ms (Bà)</source>
        <translation>Bà</translation>
    </message>
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
        <source>Ông/Bà</source>
        <translation>Ông/Bà</translation>
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
    <name>ProbePanel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Thời gian (ms)</translation>
    </message>
    <message>
        <source>Matched text</source>
        <translation>Đoạn trích</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Chưa xác định</translation>
    </message>
    <message>
        <source>No check</source>
        <translation>Không có phép kiểm tra</translation>
    </message>
    <message>
        <source>Not found — check</source>
        <translation>Không tìm thấy — cần kiểm tra</translation>
    </message>
    <message>
        <source>Could not tell — check</source>
        <translation>Chưa xác định — cần kiểm tra</translation>
    </message>
    <message>
        <source>Not checked — no DVC address</source>
        <translation>Chưa kiểm tra — thiếu địa chỉ Cổng dịch vụ công</translation>
    </message>
    <message>
        <source>Not checked — time ran out</source>
        <translation>Chưa kiểm tra — hết thời gian</translation>
    </message>
    <message>
        <source>Value: {0}</source>
        <translation>Số liệu: {0}</translation>
    </message>
    <message>
        <source>No proposal</source>
        <translation>Không có đề xuất</translation>
    </message>
    <message>
        <source>Address to probe</source>
        <translation>Địa chỉ cần kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>Cổng &amp;thông tin điện tử</translation>
    </message>
    <message>
        <source>Public-&amp;service portal</source>
        <translation>Cổng &amp;dịch vụ công</translation>
    </message>
    <message>
        <source>Optional: without it, the probe looks for a link to dichvucong.* or dvc.* on the portal</source>
        <translation>Không bắt buộc: nếu để trống, chương trình tìm liên kết tới dichvucong.* hoặc dvc.* trên cổng</translation>
    </message>
    <message>
        <source>Extra trusted &amp;CA file</source>
        <translation>Tệp chứng thư &amp;gốc bổ sung</translation>
    </message>
    <message>
        <source>optional: a .pem file from the national root CA</source>
        <translation>không bắt buộc: tệp .pem chứng thư gốc (CA) quốc gia</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Certificates are always checked against the system&apos;s trusted authorities (and the CA file above, if any); checking cannot be turned off. The probe only reads pages: it never logs in or sends forms.</source>
        <translation>Chứng thư số luôn được kiểm tra theo các tổ chức cấp chứng thư mà máy tin cậy (và tệp chứng thư gốc ở trên, nếu có); không thể tắt việc kiểm tra này. Chức năng chỉ đọc trang, không bao giờ đăng nhập hay gửi biểu mẫu.</translation>
    </message>
    <message>
        <source>&amp;Run the probe</source>
        <translation>&amp;Bắt đầu kiểm tra</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Apply &amp;all proposals…</source>
        <translation>Áp dụng tất &amp;cả đề xuất…</translation>
    </message>
    <message>
        <source>&amp;Open evidence file</source>
        <translation>&amp;Mở tệp minh chứng</translation>
    </message>
    <message>
        <source>&amp;Kept runs:</source>
        <translation>Các lần kiểm tra đã &amp;lưu:</translation>
    </message>
    <message>
        <source>Co&amp;mpare with the previous run</source>
        <translation>So sánh với lần t&amp;rước</translation>
    </message>
    <message>
        <source>Pages read:</source>
        <translation>Các trang đã đọc:</translation>
    </message>
    <message>
        <source>Evidence files of this item from the probe:</source>
        <translation>Tệp minh chứng của mục này do kiểm tra trực tuyến tạo ra:</translation>
    </message>
    <message>
        <source>This inspection is finalized: the probe can run, but its results cannot be applied.</source>
        <translation>Cuộc kiểm tra đã hoàn thành: vẫn chạy kiểm tra trực tuyến được, nhưng không áp dụng được kết quả.</translation>
    </message>
    <message>
        <source>Extra trusted CA file</source>
        <translation>Tệp chứng thư gốc bổ sung</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Chứng thư (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Enter the address of the portal to probe.</source>
        <translation>Nhập địa chỉ cổng thông tin cần kiểm tra.</translation>
    </message>
    <message>
        <source>Probing {0}…</source>
        <translation>Đang kiểm tra {0}…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Checking item {0} ({1} of {2})</source>
        <translation>Đang đánh giá mục {0} ({1}/{2})</translation>
    </message>
    <message>
        <source>Pages read: {0} of {1} so far — {2}</source>
        <translation>Đã đọc {0}/{1} trang — {2}</translation>
    </message>
    <message>
        <source>{0} — {1} — {2} pages read</source>
        <translation>{0} — {1} — đọc {2} trang</translation>
    </message>
    <message>
        <source>Compared with the run of {0}:</source>
        <translation>So sánh với lần kiểm tra lúc {0}:</translation>
    </message>
    <message>
        <source>no proposal</source>
        <translation>không có đề xuất</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Pages that appeared:</source>
        <translation>Trang mới xuất hiện:</translation>
    </message>
    <message>
        <source>Pages that disappeared (or could not be read):</source>
        <translation>Trang không còn (hoặc không đọc được):</translation>
    </message>
    <message>
        <source>The probe could not run.</source>
        <translation>Không chạy được việc kiểm tra trực tuyến.</translation>
    </message>
    <message>
        <source>The probe was stopped. Nothing was changed.</source>
        <translation>Đã dừng kiểm tra trực tuyến. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Probed {0} at {1}: {2} pages read, {3} requests, {4} s.</source>
        <translation>Đã kiểm tra {0} lúc {1}: đọc {2} trang, {3} yêu cầu, {4} giây.</translation>
    </message>
    <message>
        <source>Public-service portal: {0}.</source>
        <translation>Cổng dịch vụ công: {0}.</translation>
    </message>
    <message>
        <source>Only {0} pages of {1} could be read (at least {2} are needed): whatever was not found there needs checking in person.</source>
        <translation>Chỉ đọc được {0} trang của {1} (cần ít nhất {2}): những gì không tìm thấy đều cần kiểm tra trực tiếp.</translation>
    </message>
    <message>
        <source>The home page could not be read: {0}.</source>
        <translation>Không đọc được trang chủ: {0}.</translation>
    </message>
    <message>
        <source>The time allowed ran out: some pages were not read.</source>
        <translation>Đã hết thời gian cho phép: một số trang chưa được đọc.</translation>
    </message>
    <message>
        <source>The page limit was reached.</source>
        <translation>Đã đạt giới hạn số trang.</translation>
    </message>
    <message>
        <source>{0} items checked, {1} with a proposal. Results of {2}.</source>
        <translation>{0} mục được kiểm tra, {1} mục có đề xuất. Kết quả lúc {2}.</translation>
    </message>
    <message>
        <source>No results shown: run the probe, or choose one of the kept runs.</source>
        <translation>Chưa có kết quả: bấm Bắt đầu kiểm tra, hoặc chọn một lần kiểm tra đã lưu.</translation>
    </message>
    <message>
        <source>Apply probe results ({0} items)</source>
        <translation>Áp dụng kết quả kiểm tra tự động ({0} mục)</translation>
    </message>
    <message>
        <source>Apply the probe&apos;s proposals</source>
        <translation>Áp dụng các đề xuất của kiểm tra tự động</translation>
    </message>
    <message>
        <source>Items without an answer are filled in. Items you have already answered keep your answer unless you tick them below. Notes already written are kept: the probe&apos;s note is added below them. Ctrl+Z undoes the whole apply.</source>
        <translation>Các mục chưa trả lời sẽ được điền. Các mục đã trả lời giữ nguyên câu trả lời, trừ khi bạn đánh dấu chọn ở danh sách dưới đây. Ghi chú đã viết được giữ nguyên: ghi chú của kiểm tra tự động được thêm bên dưới. Ctrl+Z hoàn tác toàn bộ lần áp dụng.</translation>
    </message>
    <message>
        <source>{0}   {1} → {2}   {3}</source>
        <translation>{0}   {1} → {2}   {3}</translation>
    </message>
    <message>
        <source>Already answered: tick to replace the answer</source>
        <translation>Đã trả lời: đánh dấu chọn để thay câu trả lời</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Áp &amp;dụng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>{0} of {1} items will be applied.</source>
        <translation>Sẽ áp dụng {0} trong {1} mục.</translation>
    </message>
    <message>
        <source>{0} files</source>
        <translation>{0} tệp</translation>
    </message>
    <message>
        <source>The probe proposes nothing for this item: check it in person.</source>
        <translation>Chương trình không đề xuất gì cho mục này: đề nghị kiểm tra trực tiếp.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Đã áp dụng</translation>
    </message>
    <message>
        <source>Checked at {0}; SHA-256 of the page: {1}</source>
        <translation>Kiểm tra lúc {0}; SHA-256 của trang: {1}</translation>
    </message>
    <message>
        <source>Probe results applied to {0} items.</source>
        <translation>Đã áp dụng kết quả kiểm tra trực tuyến cho {0} mục.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
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
        <source>For the item</source>
        <translation>Cho mục</translation>
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
        <source>Double-click a file to open it.</source>
        <translation>Nhấp đúp vào một tệp để mở.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Mở tệp</translation>
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
        <source>Follow-up evidence:</source>
        <translation>Minh chứng khắc phục:</translation>
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
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>{0} recommendations shown, {1} overdue</source>
        <translation>Hiển thị {0} kiến nghị, {1} quá hạn</translation>
    </message>
    <message>
        <source>For the item: {0}</source>
        <translation>Cho mục: {0}</translation>
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
        <source>the file {0} cannot be found</source>
        <translation>không tìm thấy tệp {0}</translation>
    </message>
    <message>
        <source>choose a new status, write a note or add a file</source>
        <translation>hãy chọn trạng thái mới, ghi chú hoặc thêm tệp</translation>
    </message>
    <message>
        <source>Files to add:</source>
        <translation>Tệp sẽ thêm:</translation>
    </message>
    <message>
        <source>No program on this computer opens {0}. The file is at {1}.</source>
        <translation>Máy tính này không có chương trình mở được {0}. Tệp nằm tại {1}.</translation>
    </message>
    <message>
        <source>The file {0} is missing or damaged in the evidence store. Sync again, or use Tools → Check data.</source>
        <translation>Tệp {0} bị thiếu hoặc bị hỏng trong kho minh chứng. Hãy đồng bộ lại, hoặc dùng Công cụ → Kiểm tra dữ liệu.</translation>
    </message>
    <message>
        <source>The file {0} could not be opened. {1}</source>
        <translation>Không mở được tệp {0}. {1}</translation>
    </message>
    <message>
        <source>The follow-up was not saved. {0}</source>
        <translation>Chưa lưu được kết quả theo dõi. {0}</translation>
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
        <source>For the item</source>
        <translation>Cho mục</translation>
    </message>
    <message>
        <source>No recommendations yet. Add one here with Insert, or from a failing item in the checklist with Ctrl+R (Make a recommendation…): it then stays linked to that item.</source>
        <translation>Chưa có kiến nghị nào. Thêm kiến nghị tại đây bằng phím Insert, hoặc từ một mục chưa đạt trong danh mục bằng Ctrl+R (Đưa ra kiến nghị…): kiến nghị khi đó gắn với mục ấy.</translation>
    </message>
    <message>
        <source>Go to the item</source>
        <translation>Đến mục</translation>
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
    <name>ReportDetailsDialog</name>
    <message>
        <source>National report details</source>
        <translation>Thông tin báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>blank: filled in by hand</source>
        <translation>để trống: ghi tay sau</translation>
    </message>
    <message>
        <source>blank: written by hand after signing</source>
        <translation>để trống: ghi tay sau khi ký</translation>
    </message>
    <message>
        <source>Report number (Số)</source>
        <translation>Số báo cáo</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Ngày báo cáo</translation>
    </message>
    <message>
        <source>Signing authority (KT., TL., …)</source>
        <translation>Quyền hạn ký (KT., TL., …)</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>What the report&apos;s first and last lines say. The signer is remembered for the next report.</source>
        <translation>Những gì phần đầu và phần cuối báo cáo ghi. Người ký được nhớ cho lần báo cáo sau.</translation>
    </message>
    <message>
        <source>The report will say: {0}</source>
        <translation>Báo cáo sẽ ghi: {0}</translation>
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
        <source>Agency names, unit abbreviation, signature titles, fixed sentences and number of copies.</source>
        <translation>Tên cơ quan, chữ viết tắt của đơn vị, chức danh ký, các câu cố định và số bản.</translation>
    </message>
    <message>
        <source>Minutes &amp;wording…</source>
        <translation>&amp;Lời văn biên bản…</translation>
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
    <name>SignPdfDialog</name>
    <message>
        <source>The image cannot be read.</source>
        <translation>Không đọc được tệp ảnh.</translation>
    </message>
    <message>
        <source>The image is not a PNG, as Decree 30/2020 requires.</source>
        <translation>Ảnh không phải định dạng PNG như Nghị định 30/2020 quy định.</translation>
    </message>
    <message>
        <source>The image has no transparent background, as Decree 30/2020 requires.</source>
        <translation>Ảnh không có nền trong suốt như Nghị định 30/2020 quy định.</translation>
    </message>
    <message>
        <source>The signature image is not blue, as Decree 30/2020 requires.</source>
        <translation>Ảnh chữ ký không phải màu xanh như Nghị định 30/2020 quy định.</translation>
    </message>
    <message>
        <source>The stamp image is not red, as Decree 30/2020 requires.</source>
        <translation>Ảnh con dấu không phải màu đỏ như Nghị định 30/2020 quy định.</translation>
    </message>
    <message>
        <source>The stamp image does not record its resolution, so its real size is unknown: it is drawn as high as the signature block.</source>
        <translation>Ảnh con dấu không ghi độ phân giải nên không biết kích thước thật của dấu: dấu được vẽ cao bằng ô chữ ký.</translation>
    </message>
    <message>
        <source>The certificate file&apos;s password is wrong.</source>
        <translation>Mật khẩu tệp chứng thư số không đúng.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is wrong.</source>
        <translation>Mã PIN của USB token không đúng.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked.</source>
        <translation>Mã PIN của USB token đã bị khóa.</translation>
    </message>
    <message>
        <source>No private key with its certificate was found.</source>
        <translation>Không tìm thấy khóa bí mật cùng chứng thư số.</translation>
    </message>
    <message>
        <source>No USB token was found: plug it in and try again.</source>
        <translation>Không thấy USB token: hãy cắm vào rồi thử lại.</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module could not be loaded: check Tools › Signing settings.</source>
        <translation>Không nạp được thư viện PKCS#11 của USB token: hãy xem Công cụ › Thiết lập ký số.</translation>
    </message>
    <message>
        <source>This PDF has no empty signature place for that person.</source>
        <translation>Tệp PDF này không có ô chữ ký trống cho người ký đó.</translation>
    </message>
    <message>
        <source>That signature place is already signed.</source>
        <translation>Ô chữ ký đó đã được ký.</translation>
    </message>
    <message>
        <source>No timestamp could be had from the timestamp server.</source>
        <translation>Không lấy được dấu thời gian từ máy chủ cấp dấu thời gian.</translation>
    </message>
    <message>
        <source>The file could not be read as a PDF.</source>
        <translation>Không đọc được tệp như một tệp PDF.</translation>
    </message>
    <message>
        <source>The signed file could not be written there.</source>
        <translation>Không ghi được tệp đã ký vào chỗ đó.</translation>
    </message>
    <message>
        <source>A root CA file in the signing settings could not be read.</source>
        <translation>Không đọc được một tệp CA gốc trong thiết lập ký số.</translation>
    </message>
    <message>
        <source>The signature or stamp image set in the signing settings is not there.</source>
        <translation>Không có tệp ảnh chữ ký hoặc ảnh con dấu đã chọn trong thiết lập ký số.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>Không ký được.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Không ghi gì.</translation>
    </message>
    <message>
        <source>Sign a PDF</source>
        <translation>Ký số tệp PDF</translation>
    </message>
    <message>
        <source>&amp;PDF to sign</source>
        <translation>Tệp &amp;PDF cần ký</translation>
    </message>
    <message>
        <source>Sign &amp;as</source>
        <translation>Ký với &amp;tư cách</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Khóa ký</translation>
    </message>
    <message>
        <source>&amp;Certificate file</source>
        <translation>Tệp &amp;chứng thư số</translation>
    </message>
    <message>
        <source>Token module</source>
        <translation>Thư viện của token</translation>
    </message>
    <message>
        <source>Image shown</source>
        <translation>Ảnh hiển thị</translation>
    </message>
    <message>
        <source>Sa&amp;ve the signed file to</source>
        <translation>&amp;Lưu tệp đã ký vào</translation>
    </message>
    <message>
        <source>The a&amp;gency&apos;s stamp (con dấu) over this signature</source>
        <translation>Co&amp;n dấu của cơ quan trùm lên chữ ký này</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>Verif&amp;y it</source>
        <translation>Kiểm tra c&amp;hữ ký</translation>
    </message>
    <message>
        <source>Token P&amp;IN</source>
        <translation>Mã P&amp;IN của token</translation>
    </message>
    <message>
        <source>Pass&amp;word of the certificate file</source>
        <translation>&amp;Mật khẩu tệp chứng thư số</translation>
    </message>
    <message>
        <source>Head of the inspection team (first signature)</source>
        <translation>Trưởng đoàn kiểm tra (ký trước)</translation>
    </message>
    <message>
        <source>Inspected unit&apos;s representative (counter-signature)</source>
        <translation>Đại diện đơn vị được kiểm tra (ký tiếp)</translation>
    </message>
    <message>
        <source>Certificate file (.p12, .pfx)</source>
        <translation>Tệp chứng thư số (.p12, .pfx)</translation>
    </message>
    <message>
        <source>USB token (PKCS#11)</source>
        <translation>USB token (PKCS#11)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Add a &amp;timestamp from {0}</source>
        <translation>Gắn dấu thời Gắn &amp;dấu thời gian từ {0}amp;gian từ {0}</translation>
    </message>
    <message>
        <source>No timestamp server is set (Tools › Signing settings)</source>
        <translation>Chưa thiết lập máy chủ cấp dấu thời gian (Công cụ › Thiết lập ký số)</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>Ký &amp;số</translation>
    </message>
    <message>
        <source>&amp;Open the signed file</source>
        <translation>&amp;Xem tệp đã ký</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>No token module is set: choose it in Tools › Signing settings.</source>
        <translation>Chưa chọn thư viện của token: hãy chọn trong Công cụ › Thiết lập ký số.</translation>
    </message>
    <message>
        <source>The image set in the signing settings is not there: {0}</source>
        <translation>Không có tệp ảnh đã chọn trong thiết lập ký số: {0}</translation>
    </message>
    <message>
        <source>No image is set: the signature shows the name and the time as text.</source>
        <translation>Chưa chọn ảnh: chữ ký hiển thị họ tên và thời gian ký bằng chữ.</translation>
    </message>
    <message>
        <source>PDF to sign</source>
        <translation>Tệp PDF cần ký</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Tệp chứng thư số</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx)</source>
        <translation>Tệp chứng thư số (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Save the signed file to</source>
        <translation>Lưu tệp đã ký vào</translation>
    </message>
    <message>
        <source>Choose the PDF to sign.</source>
        <translation>Hãy chọn tệp PDF cần ký.</translation>
    </message>
    <message>
        <source>Choose where to save the signed file.</source>
        <translation>Hãy chọn nơi lưu tệp đã ký.</translation>
    </message>
    <message>
        <source>Choose the certificate file (.p12, .pfx).</source>
        <translation>Hãy chọn tệp chứng thư số (.p12, .pfx).</translation>
    </message>
    <message>
        <source>Type the token&apos;s PIN.</source>
        <translation>Hãy nhập mã PIN của token.</translation>
    </message>
    <message>
        <source>Type the certificate file&apos;s password.</source>
        <translation>Hãy nhập mật khẩu tệp chứng thư số.</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it with the signed file?</source>
        <translation>Đã có tệp {0}. Thay tệp đó bằng tệp đã ký?</translation>
    </message>
    <message>
        <source>Signing {0}…</source>
        <translation>Đang ký số {0}…</translation>
    </message>
    <message>
        <source>Signed; checking every signature in {0}…</source>
        <translation>Đã ký; đang kiểm tra mọi chữ ký trong {0}…</translation>
    </message>
    <message>
        <source>Stopping: the signature being made is thrown away; nothing is written.</source>
        <translation>Đang dừng: chữ ký đang tạo bị bỏ, không ghi gì.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Đã dừng. Không ghi gì.</translation>
    </message>
    <message>
        <source>Signed: {0}, {1} ({2}), PAdES {3}.</source>
        <translation>Đã ký: {0}, {1} ({2}), PAdES {3}.</translation>
    </message>
    <message>
        <source>Every signature in the file is valid.</source>
        <translation>Mọi chữ ký trong tệp đều hợp lệ.</translation>
    </message>
    <message>
        <source>Some signature in the file is not valid or could not be established: see Verify.</source>
        <translation>Có chữ ký trong tệp không hợp lệ hoặc chưa xác định được: hãy bấm Kiểm tra chữ ký.</translation>
    </message>
    <message>
        <source>Keeping it as evidence of the open inspection…</source>
        <translation>Đang lưu tệp làm minh chứng của cuộc kiểm tra đang mở…</translation>
    </message>
    <message>
        <source>Not kept as evidence of the inspection while a signature is not valid.</source>
        <translation>Chưa lưu làm minh chứng của cuộc kiểm tra vì có chữ ký không hợp lệ.</translation>
    </message>
    <message>
        <source>Kept as evidence of the open inspection.</source>
        <translation>Đã lưu tệp làm minh chứng của cuộc kiểm tra đang mở.</translation>
    </message>
    <message>
        <source>It could not be kept as evidence of the inspection.</source>
        <translation>Không lưu được tệp làm minh chứng của cuộc kiểm tra.</translation>
    </message>
    <message>
        <source>The signing settings could not be read: check Tools › Signing settings.</source>
        <translation>Không đọc được thiết lập ký số: hãy xem Công cụ › Thiết lập ký số.</translation>
    </message>
</context>
<context>
    <name>SigningExport</name>
    <message>
        <source>Export minutes for signing (PDF/A)</source>
        <translation>Xuất biên bản để ký số (PDF/A)</translation>
    </message>
    <message>
        <source>Writing the PDF/A with LibreOffice…</source>
        <translation>Đang tạo tệp PDF/A bằng LibreOffice…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Saved {0} ({1} pages) with {2} signature fields. Sign it with: inspector sign &quot;{0}&quot; --pkcs12 … or --pkcs11 …</source>
        <translation>Đã lưu {0} ({1} trang), có {2} ô chữ ký. Ký số bằng lệnh: inspector sign &quot;{0}&quot; --pkcs12 … hoặc --pkcs11 …</translation>
    </message>
    <message>
        <source>Only a finalized inspection can be exported for signing: finalize it first.</source>
        <translation>Chỉ xuất để ký số được khi cuộc kiểm tra đã hoàn thành: hãy hoàn thành cuộc kiểm tra trước.</translation>
    </message>
    <message>
        <source>The file is open in another program; close it and try again.</source>
        <translation>Tệp đang được mở trong chương trình khác; hãy đóng tệp rồi thử lại.</translation>
    </message>
    <message>
        <source>The PDF/A could not be written ({0}).</source>
        <translation>Không tạo được tệp PDF/A ({0}).</translation>
    </message>
</context>
<context>
    <name>SigningSettingsDialog</name>
    <message>
        <source>Signing settings</source>
        <translation>Thiết lập ký số</translation>
    </message>
    <message>
        <source>My signature image (PNG)</source>
        <translation>Hình chữ ký của tôi (PNG)</translation>
    </message>
    <message>
        <source>Agency stamp image (PNG)</source>
        <translation>Hình con dấu của cơ quan (PNG)</translation>
    </message>
    <message>
        <source>Agency name (shown when there is no stamp image)</source>
        <translation>Tên cơ quan (hiển thị khi không có ảnh con dấu)</translation>
    </message>
    <message>
        <source>USB token&apos;s PKCS#11 module</source>
        <translation>Thư viện PKCS#11 của USB token</translation>
    </message>
    <message>
        <source>Timestamp server (TSA) address</source>
        <translation>Địa chỉ máy chủ cấp dấu thời gian (TSA)</translation>
    </message>
    <message>
        <source>Extra root CA files (one a line)</source>
        <translation>Tệp CA gốc bổ sung (mỗi dòng một tệp)</translation>
    </message>
    <message>
        <source>Empty boxes use the office&apos;s settings (shown in grey). Without an image the signature shows text only. Passwords and PINs are asked at each signature and never kept.</source>
        <translation>Ô để trống dùng thiết lập của văn phòng (chữ màu xám). Không có hình thì chữ ký chỉ hiện chữ. Mật khẩu và mã PIN được hỏi mỗi lần ký và không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.dll *.so *.dylib)</source>
        <translation>Thư viện PKCS#11 (*.dll *.so *.dylib)</translation>
    </message>
    <message>
        <source>There is no file {0}.</source>
        <translation>Không có tệp {0}.</translation>
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
        <source>Not scored</source>
        <translation>Không tính điểm</translation>
    </message>
    <message>
        <source>Answered, not scored (values, figures, practice items)</source>
        <translation>Đã trả lời, không tính điểm (giá trị, số liệu, mục thực tiễn)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Con số</translation>
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
        <source>You are not allowed to read the sync target (no read permission on the folder or the server).</source>
        <translation>Bạn không có quyền đọc nơi đồng bộ (thư mục hoặc máy chủ không cho phép đọc).</translation>
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
        <source>This is not a sync target this computer has used (it has another identity): another office&apos;s folder or server, another USB stick, or a folder that was reset.</source>
        <translation>Đây không phải nơi đồng bộ mà máy này từng dùng (mã nhận diện khác): thư mục hoặc máy chủ của đơn vị khác, một USB khác, hoặc thư mục đã bị làm lại từ đầu.</translation>
    </message>
    <message>
        <source>If you go on, this computer&apos;s inspections are merged with what is there, both ways.</source>
        <translation>Nếu tiếp tục, các cuộc kiểm tra trên máy này và dữ liệu ở đó sẽ được trộn vào nhau theo cả hai chiều.</translation>
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
        <source>{0} of the {1} records were deleted on this computer. This sync would delete them on every other computer too.</source>
        <translation>{0} trong số {1} bản ghi đã bị xóa trên máy này. Lần đồng bộ này sẽ xóa chúng trên mọi máy khác.</translation>
    </message>
    <message>
        <source>If you go on, the deletions are sent (their history is kept).</source>
        <translation>Nếu tiếp tục, việc xóa sẽ được gửi đi (lịch sử vẫn được giữ).</translation>
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
        <source>Tidying up the sync target (merging old changes)…</source>
        <translation>Đang sắp xếp lại nơi đồng bộ (gộp các thay đổi cũ)…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>changes received: {0}, sent: {1}</source>
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
        <source>{0} damaged files on the target set aside (see the manual: a damaged file on the sync target)</source>
        <translation>{0} tệp hỏng trên nơi đồng bộ đã được để riêng (xem hướng dẫn: một tệp trên nơi đồng bộ bị hỏng)</translation>
    </message>
    <message>
        <source>{0} finalized inspections no longer match their seal (run Tools › Check data)</source>
        <translation>{0} cuộc kiểm tra đã hoàn thành không còn khớp niêm phong (chạy Công cụ › Kiểm tra dữ liệu)</translation>
    </message>
    <message>
        <source>sample inspections kept on this computer (never sent): {0}</source>
        <translation>cuộc kiểm tra mẫu giữ lại trên máy này (không bao giờ được gửi): {0}</translation>
    </message>
    <message>
        <source>sample inspections on the target not taken in: {0}</source>
        <translation>cuộc kiểm tra mẫu trên nơi đồng bộ không được nhận về: {0}</translation>
    </message>
    <message>
        <source>conflicts to resolve: {0}</source>
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
        <source>not allowed to read</source>
        <translation>không có quyền đọc</translation>
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
        <translation>Số liệu</translation>
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
        <source>conflicts: {0}</source>
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
    <name>VerifySignedDialog</name>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>This file has no digital signature.</source>
        <translation>Tệp này không có chữ ký số.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>(not validated)</source>
        <translation>(chưa kiểm tra được)</translation>
    </message>
    <message>
        <source>Signature {0} ({1})</source>
        <translation>Chữ ký {0} ({1})</translation>
    </message>
    <message>
        <source>Signer: {0}</source>
        <translation>Người ký: {0}</translation>
    </message>
    <message>
        <source>Certificate issued by: {0}</source>
        <translation>Tổ chức cấp chứng thư số: {0}</translation>
    </message>
    <message>
        <source>Signing time (signer&apos;s computer): {0}</source>
        <translation>Thời gian ký (theo máy người ký): {0}</translation>
    </message>
    <message>
        <source>Timestamp: {0}</source>
        <translation>Dấu thời gian: {0}</translation>
    </message>
    <message>
        <source>Changed after signing: {0}</source>
        <translation>Tài liệu bị sửa sau khi ký: {0}</translation>
    </message>
    <message>
        <source>Chains to a trusted root CA: {0}</source>
        <translation>Dẫn tới tổ chức chứng thực gốc tin cậy: {0}</translation>
    </message>
    <message>
        <source>Revoked: {0}</source>
        <translation>Chứng thư số bị thu hồi: {0}</translation>
    </message>
    <message>
        <source>(not checked: no revocation list could be had)</source>
        <translation>(chưa kiểm tra được: không lấy được danh sách thu hồi)</translation>
    </message>
    <message>
        <source>Verdict: {0}</source>
        <translation>Kết luận: {0}</translation>
    </message>
    <message>
        <source>All signatures are valid.</source>
        <translation>Tất cả chữ ký đều hợp lệ.</translation>
    </message>
    <message>
        <source>Some signatures are NOT valid or could not be established.</source>
        <translation>Có chữ ký KHÔNG hợp lệ hoặc chưa xác định được.</translation>
    </message>
    <message>
        <source>Verify a signed PDF</source>
        <translation>Kiểm tra tệp PDF đã ký số</translation>
    </message>
    <message>
        <source>Checking the signatures of {0}…</source>
        <translation>Đang kiểm tra chữ ký số của {0}…</translation>
    </message>
    <message>
        <source>&amp;Keep as evidence of the inspection</source>
        <translation>&amp;Lưu làm minh chứng của cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Not kept: a signature is not valid.</source>
        <translation>Không lưu: có chữ ký không hợp lệ.</translation>
    </message>
    <message>
        <source>Kept as evidence of the open inspection: {0}</source>
        <translation>Đã lưu làm minh chứng của cuộc kiểm tra đang mở: {0}</translation>
    </message>
    <message>
        <source>The file could not be kept as evidence.</source>
        <translation>Không lưu được tệp làm minh chứng.</translation>
    </message>
    <message>
        <source>The file could not be read as a PDF: {0}</source>
        <translation>Không đọc được tệp PDF: {0}</translation>
    </message>
    <message>
        <source>A CA file in the signing settings could not be read.</source>
        <translation>Không đọc được tệp CA trong thiết lập ký số.</translation>
    </message>
    <message>
        <source>The signatures could not be checked.</source>
        <translation>Không kiểm tra được chữ ký số.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
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
        <translation>Inspector giúp đoàn kiểm tra đánh giá việc vận hành cổng thông tin điện tử và dịch vụ công trực tuyến của tỉnh: danh mục kiểm tra dùng không cần mạng, kết quả kèm ghi chú, số liệu và minh chứng, và hồ sơ kết quả được niêm phong. Mọi nội dung được lưu ngay khi bạn nhập.</translation>
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
        <source>Show items not in force on the inspection date ({0})</source>
        <translation>Hiện các mục có căn cứ không có hiệu lực vào ngày kiểm tra ({0})</translation>
    </message>
    <message>
        <source>The data folder cannot be written (read-only), so editing is off: you can browse, export and check the data. To edit, copy the data folder to this computer or choose a folder you can write to in Settings.</source>
        <translation>Không ghi được vào thư mục dữ liệu (chỉ đọc) nên không sửa được: vẫn xem, xuất tài liệu và kiểm tra dữ liệu được. Muốn sửa, hãy chép thư mục dữ liệu vào máy này hoặc chọn trong Cài đặt một thư mục ghi được.</translation>
    </message>
    <message>
        <source>Finalized on {0} by {1}. Seal (SHA-256): {2}</source>
        <translation>Đã hoàn thành ngày {0}, người thực hiện: {1}. Niêm phong (SHA-256): {2}</translation>
    </message>
    <message>
        <source>Reopened for amendment on {0}: {1}</source>
        <translation>Đã mở lại để sửa đổi ngày {0}: {1}</translation>
    </message>
    <message>
        <source>{0} (in force until {1})</source>
        <translation>{0} (hiệu lực đến hết ngày {1})</translation>
    </message>
    <message>
        <source>Check the law first: {0} had ceased to be in force before this inspection&apos;s date. This checklist follows it; decide item by item which of its requirements applied on the inspection date.</source>
        <translation>Hãy kiểm tra văn bản trước: {0} đã không còn hiệu lực vào ngày kiểm tra này. Danh mục này theo văn bản đó; hãy xem xét từng nội dung xem yêu cầu nào còn áp dụng vào ngày kiểm tra.</translation>
    </message>
    <message>
        <source>Check the law first: {0} is reported to have ceased to be in force after {1} (secondary sources; the text that would end it has not been read). This checklist still follows it; decide item by item whether its requirements still apply on the inspection date.</source>
        <translation>Hãy kiểm tra văn bản trước: có nguồn cho biết {0} hết hiệu lực sau ngày {1} (nguồn thứ cấp; chưa đọc được văn bản bãi bỏ). Danh mục này vẫn theo văn bản đó; hãy xem xét từng nội dung xem yêu cầu còn áp dụng vào ngày kiểm tra hay không.</translation>
    </message>
    <message>
        <source>Every item has an answer.</source>
        <translation>Tất cả các mục đã có câu trả lời.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Đính kèm minh chứng</translation>
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
        <translation>Đã đính kèm minh chứng: {0}</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Gỡ bỏ minh chứng</translation>
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
    <message>
        <source>Live probe</source>
        <translation>Kiểm tra trực tuyến</translation>
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
        <translation>Mục</translation>
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
        <translation>{0} cuộc kiểm tra của {1}. So với lần kiểm tra trước: {2} mục tiến bộ, {3} mục kém đi.</translation>
    </message>
</context>
</TS>
