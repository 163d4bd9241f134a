# Organisations: the tree of party committees, their staff, invitation links.

cmd-orgs = Tổ chức của đồng chí và các tổ chức trực thuộc; tạo tổ chức mới
cmd-invite = Đường dẫn mời cán bộ và đăng ký đơn vị của tổ chức
cmd-staff = Cán bộ trong phạm vi của đồng chí

orgs-root-default = Cấp ủy cấp trên
orgs-unknown = (tổ chức không còn)
orgs-scope-line = Phạm vi: { $path }
scope-refused = Mục này không thuộc phạm vi tổ chức của đồng chí. Không có gì thay đổi.

orgs-view-title = Tổ chức: { $name }
orgs-view-own = Đơn vị trực tiếp: { $registered } đã đăng ký · { $done } đã đại hội · { $late } trễ hạn
orgs-view-children = Tổ chức trực thuộc ({ $count }):
orgs-view-child = • { $name }: { $registered } đơn vị · { $done } xong · { $late } trễ
orgs-view-no-children = Chưa có tổ chức trực thuộc. Tạo mới: /tochuc moi TÊN
orgs-view-page = Trang { $page }/{ $pages }
orgs-button-open = 📂 { $name }
orgs-button-up = ⬆️ Lên trên
orgs-button-prev = ◀️ Trước
orgs-button-next = Sau ▶️
orgs-button-links = 🔗 Đường dẫn
orgs-button-rename = ✏️ Đổi tên
orgs-button-remove = 🗑 Xóa
orgs-button-units = 🏷 Đơn vị trực tiếp
orgs-button-revoke = ⛔ Thu hồi đường dẫn đăng ký
orgs-button-remove-yes = Xóa tổ chức này
orgs-button-cancel = Không

orgs-new-usage = Đồng chí gõ: /tochuc moi TÊN (ví dụ: /tochuc moi Đảng ủy phường Ba Đình).
orgs-created = Đã tạo tổ chức { $name }, trực thuộc { $parent }.
orgs-name-empty = Tên tổ chức đang để trống. Đồng chí gõ: /tochuc moi TÊN
orgs-name-short = Tên tổ chức quá ngắn (ít nhất { $min } ký tự).
orgs-name-long = Tên tổ chức dài quá { $max } ký tự. Đồng chí vui lòng rút gọn.
orgs-name-control = Tên tổ chức có ký tự điều khiển (xuống dòng, tab…). Đồng chí gõ lại tên trên một dòng.
orgs-name-duplicate = Đã có tổ chức trực thuộc cùng cấp mang tên «{ $name }». Đồng chí chọn tên khác.
orgs-rename-ask = Đồng chí gửi tên mới cho { $name } trong tin nhắn tiếp theo.
orgs-renamed = Đã đổi tên thành { $name }.
orgs-rename-root = Tên của cấp ủy cấp trên đặt trong cấu hình của bot (ROOT_ORG_NAME), không đổi được trong bot.
orgs-rename-cancelled = Đã thôi đổi tên.
orgs-remove-ask = Xóa tổ chức { $name }? Tổ chức không còn đơn vị và tổ chức trực thuộc; cán bộ của tổ chức sẽ thôi quyền, các đường dẫn của tổ chức hết hiệu lực.
orgs-removed = Đã xóa tổ chức { $name }.
orgs-remove-has-units = Chưa xóa được: tổ chức còn { $count } đơn vị. Đồng chí chuyển các đơn vị sang tổ chức khác trước.
orgs-remove-has-children = Chưa xóa được: tổ chức còn tổ chức trực thuộc. Đồng chí xóa hoặc chuyển các tổ chức đó trước.
orgs-remove-root = Không xóa được cấp ủy cấp trên của bot.
orgs-remove-own = Không xóa được tổ chức của chính đồng chí; cán bộ cấp trên có thể xóa.

orgs-links-title = Đường dẫn của { $name }:
orgs-links-staff =
    👤 Mời cán bộ (dùng một lần, hết hạn lúc { $expires }):
    { $link }
orgs-links-register =
    🏷 Đăng ký đơn vị (dùng nhiều lần đến khi thu hồi; gửi cho các bí thư chi bộ):
    { $link }
orgs-links-group = Để đăng ký một nhóm chat: { $link }
orgs-links-note = Đường dẫn mời cán bộ chỉ gửi riêng cho người được mời. Mỗi lần gõ /moi có một đường dẫn mới.
orgs-revoked = Đã thu hồi đường dẫn đăng ký của { $name }. Đường dẫn cũ không dùng được nữa; gõ /moi để có đường dẫn mới.
orgs-revoke-none = { $name } hiện không có đường dẫn đăng ký nào.

orgs-units-title = Đơn vị trực tiếp của { $name } ({ $count }):
orgs-units-none = { $name } chưa có đơn vị trực tiếp nào.
orgs-unit-button = { $name }
orgs-move-ask = Chuyển { $name } sang tổ chức nào?
orgs-moved = Đã chuyển { $name } sang { $org }.
orgs-move-same = { $name } đã thuộc { $org }.
orgs-move-unknown = Đơn vị này không còn đăng ký.

orgs-staff-title = Cán bộ trong phạm vi { $name } ({ $count }):
orgs-staff-line = • { $who } — { $org }
orgs-staff-admin = • { $who } — { $org } (ADMIN_IDS, không gỡ được trong bot)
orgs-staff-none = Chưa có cán bộ nào được mời. Gõ /moi để có đường dẫn mời.
orgs-staff-remove = Gỡ quyền { $who }
orgs-staff-removed = Đã gỡ quyền cán bộ của { $who }.
orgs-staff-self = Đồng chí không tự gỡ quyền của mình được; cán bộ cùng cấp hoặc cấp trên có thể gỡ.
orgs-staff-admin-refused = Cán bộ trong ADMIN_IDS không gỡ được trong bot; quản trị viên sửa cấu hình.
orgs-staff-unknown = Người này hiện không phải cán bộ.

invite-joined = Chào mừng đồng chí! Đồng chí đã là cán bộ của { $name }. Gõ /trogiup để xem các lệnh.
invite-already = Đồng chí đã là cán bộ của { $name }. Đường dẫn này chưa được dùng, có thể chuyển cho người khác.
invite-admin = Đồng chí là cán bộ cấp ủy cấp trên (ADMIN_IDS); đường dẫn này chưa được dùng.
invite-used = Đường dẫn mời này đã được dùng. Đồng chí đề nghị Ban Tổ chức gửi đường dẫn mới.
invite-expired = Đường dẫn mời này đã hết hạn (sau 72 giờ). Đồng chí đề nghị Ban Tổ chức gửi đường dẫn mới.
invite-revoked = Đường dẫn này đã bị thu hồi. Đồng chí đề nghị Ban Tổ chức gửi đường dẫn mới.
invite-unknown = Đường dẫn này không đúng hoặc không còn hiệu lực. Đồng chí kiểm tra lại, hoặc đề nghị Ban Tổ chức gửi đường dẫn mới.
invite-malformed = Đường dẫn này không đúng dạng. Đồng chí sao chép lại nguyên đường dẫn đã nhận.
invite-gone = Tổ chức của đường dẫn này không còn. Không có gì thay đổi.
invite-group = Đường dẫn mời cán bộ chỉ dùng trong tin nhắn riêng với bot, không dùng trong nhóm. Không có gì thay đổi.
register-into = Đăng ký đơn vị vào { $name }.
register-already-there = Đơn vị này đã thuộc { $name }.
register-assigned = Đơn vị { $unit } nay thuộc { $name }.
register-elsewhere = Đơn vị { $unit } đang thuộc { $org }. Để chuyển sang tổ chức khác, đề nghị Ban Tổ chức chuyển trong /tochuc.
