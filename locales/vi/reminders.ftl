# Reminders: the reminder messages and their buttons, /lichnhac (staff), /lich (calendar file).

cmd-lichnhac = Xem trước lời nhắc sẽ gửi trong một ngày (DD/MM/YYYY)
cmd-calendar = Tải lịch đại hội của đơn vị vào điện thoại (tệp .ics)

reminder-head = 🔔 Nhắc việc đại hội — { $unit }
reminder-open = Thời hạn đã bắt đầu từ ngày { $first }: { $title }.
reminder-before = Sắp đến hạn: { $title }.
reminder-overdue = Đã quá hạn: { $title }.
reminder-wording = Theo kế hoạch: "{ $wording }".
reminder-last-day = Ngày cuối cùng: { $last }.
reminder-days-left = { $days ->
    [0] Hôm nay là ngày cuối cùng.
   *[other] Còn { $days } ngày.
}
reminder-days-over = Đã quá hạn { $days } ngày. Nếu đơn vị đã tổ chức đại hội, đồng chí bấm "Đã hoàn thành".
reminder-approximate = Lưu ý: văn bản chỉ nêu thời gian ước lượng, không nêu ngày cụ thể; ngày cuối { $last } là ngày tính gần đúng.
reminder-late = (Nhắc bù: lời nhắc này lẽ ra được gửi ngày { $due }.)
reminder-snoozed = (Nhắc lại theo đề nghị của đồng chí.)
reminder-source = Nguồn: { $cite }.
reminder-congress = { $days ->
    [1] Ngày mai ({ $date }) là ngày đại hội của đơn vị.
   *[other] Còn { $days } ngày đến ngày đại hội của đơn vị ({ $date }).
}
reminder-checklist-intro = Đồng chí kiểm tra lại các việc chuẩn bị:
reminder-steps-open = Còn { $open }/{ $total } bước chuẩn bị chưa xong (gõ /chuanbi để đánh dấu):
reminder-step-due = { $title } (hạn { $day })
reminder-steps-all-done = Đơn vị đã xong cả { $total } bước chuẩn bị.
reminder-step = Bước chuẩn bị đến hạn ngày { $due }: { $title }.
reminder-step-days-left = { $days ->
    [0] Hôm nay là hạn.
   *[other] Còn { $days } ngày.
}
reminder-step-source = Nguồn: { $source }
reminder-step-hint = Khi đã xong, đồng chí bấm "Đánh dấu bước này đã xong", hoặc gõ /chuanbi để xem cả danh sách.
reminder-button-step-done = Đánh dấu bước này đã xong

checklist-title = Những việc cần chuẩn bị cho đại hội
checklist-reports = Hai báo cáo trình đại hội: báo cáo chính trị và báo cáo kiểm điểm của cấp ủy (xem /vankien).
checklist-teams = Ba tổ giúp việc: tổ nhân sự, tổ văn kiện, tổ tổ chức phục vụ đại hội.
checklist-personnel = Nhân sự cấp ủy khóa mới theo đúng tiêu chuẩn, quy trình và thẩm quyền (xem /nhansu).
checklist-contents = Bốn nội dung của đại hội: tổng kết nhiệm kỳ và phương hướng 2025 - 2030; góp ý dự thảo văn kiện Đại hội XIV và văn kiện cấp trên; bầu Ban Chấp hành; bầu đoàn đại biểu dự đại hội cấp trên (xem /noidung).
checklist-source = Nguồn: { $cite }.

reminder-button-done = Đã hoàn thành
reminder-button-snooze = Nhắc lại ngày mai
reminder-button-prepare = Xem nội dung cần chuẩn bị
reminder-snooze-set = Đã hẹn: bot sẽ nhắc lại lúc { $time } ngày { $day }.
reminder-not-registered = Nhóm/cuộc trò chuyện này chưa đăng ký đơn vị. Đồng chí gõ /dangky để đăng ký.

lichnhac-bad-date = Chưa đọc được ngày. Đồng chí gõ: /lichnhac DD/MM/YYYY (ví dụ /lichnhac 22/06/2025).
lichnhac-range-date = Năm của ngày { $given } nằm ngoài khoảng { $min }–{ $max }. Đồng chí kiểm tra lại.
lichnhac-impossible-date = Ngày { $given } không có thật. Đồng chí kiểm tra lại.
lichnhac-head = Lời nhắc sẽ gửi ngày { $day } lúc { $time } (nếu bot chạy; chưa tính lời nhắc bù sau thời gian ngừng):
lichnhac-line-window = • { $type } — { $title }: { $count } đơn vị, { $when }
lichnhac-line-congress = • { $type } — trước ngày đại hội { $days } ngày: { $count } đơn vị
lichnhac-line-step = • { $type } — bước "{ $title }": { $count } đơn vị, { $days ->
    [0] đúng ngày hạn
   *[other] trước hạn { $days } ngày
}
lichnhac-when = { $kind ->
    [open] mở thời hạn
    [overdue] quá hạn { $days } ngày
   *[before] { $days ->
        [0] ngày cuối cùng
       *[other] còn { $days } ngày
    }
}
lichnhac-total = Tổng cộng: { $count } lời nhắc.
lichnhac-none = Ngày { $day } không có lời nhắc nào sẽ gửi.

calendar-caption = Lịch đại hội của { $unit }. Đồng chí mở tệp để thêm vào lịch của điện thoại.
calendar-event-window = { $unit }: { $title }
calendar-event-congress = Đại hội { $unit }
calendar-event-description = Theo kế hoạch: "{ $wording }". Ngày cuối cùng: { $last }.
calendar-event-approximate = Thời gian ước lượng: văn bản không nêu ngày cụ thể.
