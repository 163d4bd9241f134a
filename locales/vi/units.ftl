cmd-register = Đăng ký chat này là một đơn vị (chi bộ, đảng bộ)
cmd-status = Tình hình đơn vị: thời hạn, số ngày còn lại, ngày đại hội
cmd-congressdate = Đặt ngày đại hội dự kiến (DD/MM/YYYY)
cmd-done = Báo đơn vị đã tổ chức xong đại hội
cmd-prepare = Danh sách bước chuẩn bị đại hội của đơn vị, bấm để đánh dấu
cmd-pause = Tạm dừng nhắc việc
cmd-resume = Bật lại nhắc việc
cmd-handover = Bàn giao đơn vị cho bí thư mới (mã dùng một lần)
cmd-takeover = Nhận bàn giao đơn vị bằng mã
cmd-unregister = Hủy đăng ký đơn vị

units-perm-not-admin = Trong nhóm, chỉ quản trị viên của nhóm mới được đăng ký, thay đổi hoặc hủy đơn vị.
units-perm-check-failed = Chưa kiểm tra được đồng chí có phải quản trị viên của nhóm không (Telegram chưa trả lời), nên chưa thực hiện. Đồng chí vui lòng thử lại sau ít phút.
units-perm-no-sender = Không xác định được người gửi, nên chưa thực hiện.

units-not-registered = Chat này chưa đăng ký đơn vị. Bí thư (trong nhóm: quản trị viên) gõ { $register } để đăng ký.
units-example-name = Chi bộ Khu phố 3
units-example = Ví dụ: { $example }
units-unknown-type = Không có loại đơn vị "{ $given }". Các loại hợp lệ:
units-name-empty = Đồng chí chưa gõ tên đơn vị.
units-name-short = Tên quá ngắn: cần ít nhất { $min } ký tự.
units-name-long = Tên quá dài: tối đa { $max } ký tự.
units-name-control = Tên không được chứa ký tự điều khiển (xuống dòng, tab…). Đồng chí gõ tên trên một dòng.

units-ask-type = Đăng ký đơn vị. Đồng chí chọn loại đơn vị:
units-ask-name = Loại: { $type }. Đồng chí gõ tên đơn vị ({ $min }–{ $max } ký tự), ví dụ: Chi bộ Khu phố 3
units-ask-parent = Tên tổ chức cấp trên (ví dụ: Đảng ủy phường Bến Nghé)? Đồng chí gõ tên, hoặc bấm Bỏ qua.
units-ask-pilot = Đơn vị có được chọn tổ chức đại hội điểm không?
units-group-reply-hint = (Trong nhóm, đồng chí trả lời vào tin nhắn này.)
units-cancelled = Đã hủy đăng ký dở dang. Gõ lại /dangky khi cần.
units-kept = Giữ nguyên thông tin đơn vị.
units-already = Chat này đã đăng ký đơn vị { $name }. Đồng chí có muốn cập nhật thông tin không?
units-already-one-line = Chat này đã đăng ký đơn vị { $name }. Cập nhật thành { $newName } ({ $newType })?
units-unchanged = Chat này đã đăng ký đơn vị { $name } đúng như vậy; không có gì thay đổi.
units-registered = Đã đăng ký đơn vị: { $name } ({ $type }).
units-registered-window = Thời hạn đại hội: từ { $first } đến { $last }.
units-registered-next = Gõ { $status } để xem tình hình, { $date } DD/MM/YYYY để đặt ngày đại hội.

units-button-cancel = Hủy
units-button-skip = Bỏ qua
units-button-yes = Có
units-button-no = Không
units-button-update = Cập nhật
units-button-keep = Giữ nguyên
units-button-confirm-done = Xác nhận đã tổ chức
units-button-undo = Hoàn tác
units-button-unregister = Hủy đăng ký
units-button-keep-unit = Giữ lại

units-status-unit = Đơn vị: { $name } ({ $type })
units-status-parent = Trực thuộc: { $parent }
units-status-pilot = Đơn vị tổ chức đại hội điểm.
units-status-window = Thời hạn đại hội: { $first } – { $last } (kế hoạch: "{ $wording }")
units-status-approximate = Nguồn chỉ nêu thời gian ước chừng; ngày ở trên là ước tính.
units-status-upcoming = Chưa đến thời hạn: mở sau { $open } ngày; còn { $days } ngày đến hạn chót.
units-status-open = { $days ->
    [0] Hôm nay là ngày cuối của thời hạn.
   *[other] Còn { $days } ngày.
  }
units-status-overdue = Đã quá hạn { $days } ngày, chưa báo hoàn thành.
units-status-done = Đã hoàn thành (ghi nhận ngày { $day }).
units-status-date = Ngày đại hội dự kiến: { $day }
units-status-date-none = Ngày đại hội: chưa đặt ({ $command } DD/MM/YYYY).
units-status-date-outside = Lưu ý: ngày này nằm ngoài thời hạn đại hội.
units-status-reminders-on = Nhắc việc: đang bật ({ $pause } để tạm dừng).
units-status-reminders-paused = Nhắc việc: đang tạm dừng ({ $resume } để bật lại).
units-status-reminders-stopped = Nhắc việc: đã dừng vì đơn vị đã hoàn thành.
units-status-inactive-blocked = Bot đang bị chặn ở chat này nên không gửi được nhắc việc.
units-status-inactive-removed = Bot đã bị mời ra khỏi nhóm nên không gửi được nhắc việc.
units-status-inactive-unregistered = Đơn vị đã hủy đăng ký.

units-date-unset = Ngày đại hội: chưa đặt.
units-date-usage = Đồng chí gõ ngày đại hội dự kiến theo dạng DD/MM/YYYY. { units-example }
units-date-format = Không đọc được ngày "{ $given }". Đồng chí gõ theo dạng DD/MM/YYYY. Ví dụ: { $example }
units-date-impossible = Ngày { $given } không có trên lịch (ví dụ tháng 2 không có ngày 31). Đồng chí kiểm tra lại. Ví dụ: { $example }
units-date-range = Năm của ngày { $given } nằm ngoài khoảng { $min }–{ $max }. Đồng chí kiểm tra lại. Ví dụ: { $example }
units-date-set = Đã đặt ngày đại hội dự kiến: { $day }.
units-date-outside = Lưu ý: ngày này nằm ngoài thời hạn đại hội của đơn vị ({ $first } – { $last }). Đã ghi nhận; nếu nhầm, đồng chí gõ lại.

units-done-confirm = Xác nhận đơn vị { $name } đã tổ chức xong đại hội? Nhắc việc sẽ dừng.
units-done = Đã ghi nhận đơn vị { $name } đã tổ chức xong đại hội. Nhắc việc dừng. Nếu nhầm, bấm Hoàn tác.
units-done-already = Đơn vị { $name } đã báo hoàn thành ngày { $day }. Nếu nhầm, bấm Hoàn tác.
units-done-cancelled = Đã hủy; chưa ghi nhận hoàn thành.
units-undone = Đã hoàn tác: đơn vị { $name } chưa hoàn thành; nhắc việc bật lại.

units-unregister-confirm = Hủy đăng ký đơn vị { $name }? Bot sẽ không nhắc việc cho chat này nữa.
units-unregister-kept = Giữ nguyên đăng ký đơn vị { $name }.
units-unregistered = Đã hủy đăng ký đơn vị { $name }. Đồng chí có thể đăng ký lại bằng { $register }.

units-paused = Đã tạm dừng nhắc việc. Gõ { $resume } để bật lại.
units-resumed = Đã bật lại nhắc việc.
units-resumed-but-done = Đơn vị đã báo hoàn thành nên hiện không có nhắc việc.

units-handover-code = Mã bàn giao đơn vị { $name }: { $code }
    Dùng một lần, hiệu lực đến { $time } ngày { $day }.
    Đồng chí bí thư mới gửi cho bot: { $takeover }
units-handover-sent-private = Đã gửi mã bàn giao vào trò chuyện riêng của đồng chí với bot.
units-handover-open-private = Chưa gửi được mã vào trò chuyện riêng. Đồng chí mở trò chuyện riêng với bot, bấm Start, rồi gõ lại { $command } trong nhóm.
units-takeover-usage = Đồng chí gõ mã bàn giao nhận được. Ví dụ: { $example }
units-takeover-unknown = Mã bàn giao không đúng hoặc đã được dùng. Đồng chí kiểm tra lại mã.
units-takeover-expired = Mã bàn giao đã hết hạn. Đồng chí đề nghị bí thư cũ gõ /bangiao để lấy mã mới.
units-takeover-own = Đồng chí đang là bí thư của đơn vị này; không cần nhận bàn giao.
units-takeover-private-only = Đơn vị này đăng ký trong trò chuyện riêng: đồng chí gửi mã trong trò chuyện riêng với bot.
units-takeover-taken = Chat của đồng chí đã đăng ký đơn vị { $name }. Gõ { $unregister } trước nếu muốn nhận đơn vị khác.
units-takeover-ok = Đồng chí đã nhận bàn giao đơn vị { $name }. Gõ { $status } để xem tình hình.
units-handover-notice-moved = Đơn vị { $name } đã được bàn giao cho đồng chí { $who }. Chat này không còn nhận nhắc việc của đơn vị.
units-handover-notice-group = Đơn vị { $name }: đồng chí { $who } đã nhận bàn giao làm bí thư.

units-added-to-group = Cảm ơn đã thêm bot vào nhóm. Quản trị viên gõ { $register } để đăng ký nhóm là một đơn vị.

## Readiness checklist (/chuanbi)
readiness-title = Chuẩn bị đại hội của { $name }: { $done }/{ $total } bước đã xong.
readiness-count = Chuẩn bị: { $done }/{ $total } bước đã xong.
readiness-next = Bước tiếp theo: { $title }
readiness-next-due = Bước tiếp theo: { $title } (hạn { $day })
readiness-all-done = Đã xong mọi bước chuẩn bị.
readiness-none = Loại đơn vị này chưa có danh sách bước chuẩn bị.
readiness-line-open = ⬜ { $title }
readiness-line-open-due = ⬜ { $title } (hạn { $day })
readiness-line-done = ✅ { $title } (ngày { $day })
readiness-line-retired = ✅ { $id }: bước này không còn trong danh sách hiện hành (ghi nhận ngày { $day })
readiness-hint = Bấm một bước để đánh dấu đã xong hoặc chưa xong.
readiness-closed = Đơn vị đã báo hoàn thành đại hội; danh sách chuẩn bị chỉ để xem.
readiness-ticked = Đã đánh dấu xong: { $title }
readiness-unticked = Đã bỏ đánh dấu: { $title }
readiness-already-done = Bước này đã được đánh dấu xong; không có gì thay đổi.
readiness-already-open = Bước này đang chưa xong; không có gì thay đổi.
readiness-other-unit = Nút này thuộc danh sách của đơn vị khác; không có gì thay đổi.
readiness-step-gone = Bước này không còn trong danh sách chuẩn bị; không có gì thay đổi. Gõ { $command } để xem danh sách hiện hành.
readiness-not-for-type = Bước này không thuộc danh sách của loại đơn vị này; không có gì thay đổi.
readiness-congress-done = Đơn vị đã báo hoàn thành đại hội nên không đánh dấu thêm được; không có gì thay đổi.
readiness-done-open-steps = Còn { $open }/{ $total } bước chuẩn bị chưa đánh dấu xong: { $steps }. Đồng chí vẫn có thể xác nhận.
