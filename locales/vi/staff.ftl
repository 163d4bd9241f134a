# District staff: broadcasts, statistics, list of units, daily digest.

cmd-broadcast = Gửi thông báo tới các đơn vị (có thể hẹn giờ)
cmd-broadcast-detail = Các đơn vị chưa nhận được một thông báo
cmd-broadcast-cancel = Hủy thông báo đã hẹn giờ
cmd-stats = Thống kê đơn vị theo loại, kèm biểu đồ
cmd-units = Danh sách đơn vị (tệp Excel; /danhsach csv: tệp CSV)
cmd-digest = Bật hoặc tắt bản tóm tắt hằng ngày

staff-refused = Lệnh này dành cho cán bộ Ban Tổ chức. Đồng chí chưa được cấp quyền; nếu cần, đề nghị liên hệ quản trị viên của bot.
staff-private-only = Đồng chí vui lòng dùng lệnh này trong tin nhắn riêng với bot.

broadcast-ask-text =
    Đồng chí gửi nội dung thông báo trong tin nhắn tiếp theo.
    Để hẹn giờ, bắt đầu bằng: lúc DD/MM/YYYY HH:mm (ví dụ: lúc 25/03/2025 08:00 Kính gửi…).
broadcast-asked-cancelled = Đã hủy soạn thông báo.
broadcast-error-empty = Thông báo chưa có nội dung. Đồng chí gõ: /thongbao NỘI DUNG
broadcast-error-too-long = Thông báo dài quá 4096 ký tự. Đồng chí vui lòng rút gọn.
broadcast-error-time-format = Chưa đọc được thời gian hẹn. Đồng chí gõ: /thongbao lúc DD/MM/YYYY HH:mm NỘI DUNG
broadcast-error-time-impossible = Ngày hoặc giờ hẹn không có thật. Đồng chí kiểm tra lại (giờ từ 00:00 đến 23:59).
broadcast-error-time-range = Năm của ngày hẹn nằm ngoài khoảng 2000–2099. Đồng chí kiểm tra lại.
broadcast-error-time-past = Thời gian hẹn đã qua. Đồng chí chọn một thời điểm sau bây giờ.
broadcast-preview-note =
    ⬆️ Bản xem trước thông báo #{ $id }: các đơn vị sẽ nhận đúng như trên.
    Đồng chí chọn đơn vị nhận:
broadcast-preview-note-scheduled =
    ⬆️ Bản xem trước thông báo #{ $id }, hẹn gửi lúc { $time }: các đơn vị sẽ nhận đúng như trên.
    Đồng chí chọn đơn vị nhận:
broadcast-aud-all = Tất cả đơn vị
broadcast-aud-type = Loại: { $type }
broadcast-aud-not-done = Đơn vị chưa hoàn thành đại hội
broadcast-aud-late = Đơn vị trễ hạn
broadcast-aud-pilot = Đơn vị đại hội điểm
broadcast-aud-step-open = Chưa xong: { $step }
broadcast-aud-button = { $label } ({ $count })
broadcast-ack-on = ☑️ Kèm nút «Đã nhận»
broadcast-ack-off = ⬜ Kèm nút «Đã nhận»
broadcast-cancel-button = ✖️ Hủy
broadcast-back-button = ↩️ Chọn lại
broadcast-none = Nhóm này hiện không có đơn vị nào. Đồng chí chọn nhóm khác.
broadcast-confirm = Gửi thông báo #{ $id } tới { $count } đơn vị ({ $audience })?
broadcast-confirm-scheduled = Hẹn gửi thông báo #{ $id } lúc { $time } tới { $audience } (hiện có { $count } đơn vị)?
broadcast-send-button = ✅ Gửi ngay
broadcast-schedule-button = ✅ Hẹn giờ gửi
broadcast-confirm-twice = ⚠️ Thông báo #{ $id } sẽ tới { $count } đơn vị (nhiều hơn { $limit }). Đồng chí xác nhận lần thứ hai?
broadcast-confirm-twice-button = ✅ Xác nhận gửi tới { $count } đơn vị
broadcast-cancelled = Đã hủy thông báo #{ $id }; không đơn vị nào nhận được.
broadcast-scheduled =
    Đã hẹn gửi thông báo #{ $id } lúc { $time } tới { $audience } (hiện có { $count } đơn vị; danh sách được xác định lại lúc gửi).
    Hủy trước giờ gửi: /thongbao_huy { $id }
broadcast-unschedule-button = ✖️ Hủy hẹn giờ
broadcast-progress = Đang gửi thông báo #{ $id }: { $done }/{ $total } …
broadcast-progress-retrying = Đang chờ gửi lại: { $count }
broadcast-report =
    Thông báo #{ $id } đã gửi xong ({ $audience }).
    ✅ Đã gửi: { $sent }/{ $total }
    🚫 Chặn bot hoặc đã rời: { $gone }
    ⚠️ Lỗi khác: { $failed }
broadcast-report-acks = 📩 Đã bấm «Đã nhận»: { $acks }/{ $sent }
broadcast-report-detail = Chi tiết: /thongbao_chitiet { $id }
broadcast-detail-usage = Đồng chí gõ /thongbao_chitiet MÃ, ví dụ: /thongbao_chitiet ABC234
broadcast-not-found = Không tìm thấy thông báo #{ $id }.
broadcast-not-sent-yet = Thông báo #{ $id } chưa được gửi.
broadcast-detail-title = Thông báo #{ $id }: { $count } đơn vị chưa nhận được.
broadcast-detail-none = Thông báo #{ $id }: không có đơn vị nào bị lỗi.
broadcast-detail-gone = 🚫 { $name } — đã chặn bot hoặc rời nhóm
broadcast-detail-failed = ⚠️ { $name } — { $reason }
broadcast-detail-pending = Còn { $count } tin đang chờ gửi.
broadcast-detail-acks = 📩 Đã bấm «Đã nhận»: { $acks }/{ $sent }
broadcast-unknown-unit = (đơn vị đã xóa, chat { $chatId })
broadcast-scheduled-none = Không có thông báo nào đang hẹn giờ.
broadcast-scheduled-list = Các thông báo đang hẹn giờ (bấm để hủy):
broadcast-scheduled-item = #{ $id } lúc { $time }
broadcast-cancel-too-late = Thông báo #{ $id } đã bắt đầu gửi, không thể hủy.
broadcast-stale = Thông báo này đã được xử lý rồi.
broadcast-ack-button = ✅ Đã nhận
broadcast-ack-thanks = Đã ghi nhận. Cảm ơn đồng chí.
broadcast-ack-already = Đơn vị đã xác nhận trước đó. Cảm ơn đồng chí.
broadcast-ack-preview = Đây là bản xem trước; các đơn vị sẽ bấm nút này để xác nhận.

stats-title = Thống kê đơn vị đến ngày { $date }
stats-col-type = Loại
stats-col-registered = ĐK
stats-col-active = HĐ
stats-col-done = Xong
stats-col-late = Trễ
stats-col-open = Đang
stats-col-upcoming = Sắp
stats-col-unreachable = Mất
stats-total = Tổng
stats-legend = ĐK: đã đăng ký · HĐ: còn liên lạc được · Xong: đã đại hội · Trễ: quá hạn, chưa đại hội · Đang: trong thời hạn · Sắp: chưa đến thời hạn · Mất: chưa đại hội, không còn liên lạc được (chặn bot, xoá bot khỏi nhóm)
stats-readiness-title = Chuẩn bị đại hội (số đơn vị đã xong bước / số đơn vị phải làm):
stats-readiness-line = • { $title }: { $done }/{ $of }

units-none = Chưa có đơn vị nào đăng ký.
units-caption = Danh sách { $count } đơn vị, lập lúc { $time }.
units-caption-xlsx = Danh sách { $count } đơn vị, lập lúc { $time }. Cần tệp CSV: /danhsach csv
units-sheet = Đơn vị
units-format-usage = Không có định dạng «{ $given }». Đồng chí gõ /danhsach (tệp Excel) hoặc /danhsach csv (tệp CSV).
csv-no = STT
csv-name = Tên đơn vị
csv-type = Loại đơn vị
csv-typeCode = Mã loại
csv-pilot = Đại hội điểm
csv-parent = Cấp trên
csv-chatId = Mã chat Telegram
csv-chatType = Loại chat
csv-registered = Ngày đăng ký
csv-deadline = Hạn đại hội
csv-congressDate = Ngày đại hội dự kiến
csv-doneOn = Ngày hoàn thành
csv-standing = Tình trạng
csv-active = Còn liên lạc
csv-yes = Có
csv-step = Chuẩn bị: { $title }
csv-step-na = không áp dụng
csv-no-value = Không
csv-standing-done = Đã đại hội
csv-standing-late = Trễ hạn
csv-standing-open = Trong thời hạn
csv-standing-upcoming = Chưa đến thời hạn
csv-inactive = Không ({ $reason ->
        [blocked] đã chặn bot
        [removed] bot bị xóa khỏi nhóm
       *[unregistered] đã hủy đăng ký
    })

digest-status-on = Bản tóm tắt hằng ngày đang bật (gửi lúc { $hour }).
digest-status-off = Bản tóm tắt hằng ngày đang tắt. Bản tóm tắt liệt kê đơn vị trễ hạn và đơn vị sắp hết hạn trong 7 ngày, gửi lúc { $hour } mỗi ngày.
digest-on-button = Bật
digest-off-button = Tắt
digest-turned-on = Đã bật bản tóm tắt hằng ngày, gửi lúc { $hour }. Bản hôm nay:
digest-turned-off = Đã tắt bản tóm tắt hằng ngày.
digest-usage = Đồng chí gõ /tomtat bat hoặc /tomtat tat.
digest-title = Tóm tắt ngày { $date }
digest-none = Không có đơn vị trễ hạn hay sắp hết hạn.
digest-late-title = Trễ hạn, chưa đại hội ({ $count }):
digest-late-line = • { $name } — hạn { $last }, quá { $days } ngày
digest-closing-title = Sắp hết hạn trong 7 ngày ({ $count }):
digest-closing-line = • { $name } — hạn { $last }, còn { $days } ngày
digest-more = … và { $count } đơn vị khác.
stats-col-org = Tổ chức
stats-own-units = (trực tiếp)
csv-org = Tổ chức
