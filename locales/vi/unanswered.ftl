# /cauhoimoi: pages of the unanswered questions (src/bot/features/unanswered.ts)
unanswered-page = Trang { $page }/{ $pages }
unanswered-prev = ◀️ Trang trước
unanswered-next = Trang sau ▶️
unanswered-kept = Bot giữ { $max } câu hỏi gần nhất; câu cũ hơn đã được xoá.
unanswered-page-invalid = Nút chuyển trang này không hợp lệ. Đồng chí gõ /cauhoimoi để xem lại danh sách.
unanswered-page-gone = Danh sách hiện chỉ có { $pages } trang, không có trang { $page }. Đồng chí gõ /cauhoimoi để xem lại danh sách mới.
