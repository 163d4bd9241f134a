# District staff: broadcasts, statistics, list of units, daily digest.

cmd-broadcast = Send a notice to units (can be scheduled)
cmd-broadcast-detail = Units a notice did not reach
cmd-broadcast-cancel = Cancel a scheduled notice
cmd-stats = Units by type, with a chart
cmd-units = List of units (Excel file; /units csv: CSV file)
cmd-digest = Turn the daily digest on or off

staff-refused = This command is for the district Organisation Board. You do not have access; if you need it, please ask the bot's administrator.
staff-private-only = Please use this command in a private chat with the bot.

broadcast-ask-text =
    Send the text of the notice in your next message.
    To schedule it, start with: at DD/MM/YYYY HH:mm (e.g. at 25/03/2025 08:00 Dear comrades…).
broadcast-asked-cancelled = Notice discarded.
broadcast-error-empty = The notice has no text. Type: /broadcast TEXT
broadcast-error-too-long = The notice is longer than 4096 characters. Please shorten it.
broadcast-error-time-format = Could not read the time. Type: /broadcast at DD/MM/YYYY HH:mm TEXT
broadcast-error-time-impossible = That date or time does not exist. Please check it (times from 00:00 to 23:59).
broadcast-error-time-range = The year of the date is outside 2000–2099. Please check it.
broadcast-error-time-past = That time has passed. Please choose a time after now.
broadcast-preview-note =
    ⬆️ Preview of notice #{ $id }: units will receive exactly the above.
    Choose the recipients:
broadcast-preview-note-scheduled =
    ⬆️ Preview of notice #{ $id }, scheduled for { $time }: units will receive exactly the above.
    Choose the recipients:
broadcast-aud-all = All units
broadcast-aud-type = Type: { $type }
broadcast-aud-not-done = Units whose congress is not done
broadcast-aud-late = Late units
broadcast-aud-pilot = Pilot-congress units
broadcast-aud-step-open = Not done: { $step }
broadcast-aud-button = { $label } ({ $count })
broadcast-ack-on = ☑️ With a "Received" button
broadcast-ack-off = ⬜ With a "Received" button
broadcast-cancel-button = ✖️ Cancel
broadcast-back-button = ↩️ Choose again
broadcast-none = No unit is in this group now. Please choose another.
broadcast-confirm = Send notice #{ $id } to { $count } units ({ $audience })?
broadcast-confirm-scheduled = Schedule notice #{ $id } for { $time } to { $audience } ({ $count } units now)?
broadcast-send-button = ✅ Send now
broadcast-schedule-button = ✅ Schedule
broadcast-confirm-twice = ⚠️ Notice #{ $id } will reach { $count } units (more than { $limit }). Please confirm a second time.
broadcast-confirm-twice-button = ✅ Confirm: send to { $count } units
broadcast-cancelled = Notice #{ $id } cancelled; no unit received it.
broadcast-scheduled =
    Notice #{ $id } is scheduled for { $time } to { $audience } ({ $count } units now; the list is taken again when it goes).
    To cancel before then: /broadcast_cancel { $id }
broadcast-unschedule-button = ✖️ Cancel the schedule
broadcast-progress = Sending notice #{ $id }: { $done }/{ $total } …
broadcast-progress-retrying = Waiting to retry: { $count }
broadcast-report =
    Notice #{ $id } has been sent ({ $audience }).
    ✅ Delivered: { $sent }/{ $total }
    🚫 Blocked the bot or left: { $gone }
    ⚠️ Other errors: { $failed }
broadcast-report-acks = 📩 Pressed "Received": { $acks }/{ $sent }
broadcast-report-detail = Details: /broadcast_detail { $id }
broadcast-detail-usage = Type /broadcast_detail ID, e.g. /broadcast_detail ABC234
broadcast-not-found = Notice #{ $id } not found.
broadcast-not-sent-yet = Notice #{ $id } has not been sent yet.
broadcast-detail-title = Notice #{ $id }: { $count } units did not receive it.
broadcast-detail-none = Notice #{ $id }: no unit failed.
broadcast-detail-gone = 🚫 { $name } — blocked the bot or left the group
broadcast-detail-failed = ⚠️ { $name } — { $reason }
broadcast-detail-pending = { $count } messages still waiting to be sent.
broadcast-detail-acks = 📩 Pressed "Received": { $acks }/{ $sent }
broadcast-unknown-unit = (removed unit, chat { $chatId })
broadcast-scheduled-none = No notice is scheduled.
broadcast-scheduled-list = Scheduled notices (press one to cancel it):
broadcast-scheduled-item = #{ $id } at { $time }
broadcast-cancel-too-late = Notice #{ $id } is already being sent and cannot be cancelled.
broadcast-stale = This notice has already been handled.
broadcast-ack-button = ✅ Received
broadcast-ack-thanks = Noted. Thank you.
broadcast-ack-already = Your unit already confirmed. Thank you.
broadcast-ack-preview = This is the preview; units press this button to confirm.

stats-title = Units as of { $date }
stats-col-type = Type
stats-col-registered = Reg
stats-col-active = Act
stats-col-done = Done
stats-col-late = Late
stats-col-open = Open
stats-col-upcoming = Next
stats-col-unreachable = Lost
stats-total = Total
stats-legend = Reg: registered · Act: reachable · Done: congress held · Late: window passed, not held · Open: within the window · Next: window not open yet · Lost: not held, no longer reachable (blocked the bot, removed it)
stats-readiness-title = Congress preparation (units that have done the step / units that must):
stats-readiness-line = • { $title }: { $done }/{ $of }

units-none = No unit has registered yet.
units-caption = List of { $count } units, made at { $time }.
units-caption-xlsx = List of { $count } units, made at { $time }. For a CSV file: /units csv
units-sheet = Units
units-format-usage = There is no format "{ $given }". Send /units (Excel file) or /units csv (CSV file).
csv-no = No.
csv-name = Unit
csv-type = Unit type
csv-typeCode = Type code
csv-pilot = Pilot congress
csv-parent = Parent
csv-chatId = Telegram chat id
csv-chatType = Chat type
csv-registered = Registered on
csv-deadline = Congress deadline
csv-congressDate = Planned congress date
csv-doneOn = Held on
csv-standing = Standing
csv-active = Reachable
csv-yes = Yes
csv-step = Preparation: { $title }
csv-step-na = n/a
csv-no-value = No
csv-standing-done = Held
csv-standing-late = Late
csv-standing-open = Within the window
csv-standing-upcoming = Window not open yet
csv-inactive = No ({ $reason ->
        [blocked] blocked the bot
        [removed] bot removed from the group
       *[unregistered] unregistered
    })

digest-status-on = The daily digest is on (sent at { $hour }).
digest-status-off = The daily digest is off. It lists late units and units whose window closes within 7 days, every day at { $hour }.
digest-on-button = On
digest-off-button = Off
digest-turned-on = The daily digest is on, sent at { $hour }. Today's:
digest-turned-off = The daily digest is off.
digest-usage = Type /digest on or /digest off.
digest-title = Digest for { $date }
digest-none = No unit is late or about to be.
digest-late-title = Late, congress not held ({ $count }):
digest-late-line = • { $name } — deadline { $last }, { $days } days ago
digest-closing-title = Window closing within 7 days ({ $count }):
digest-closing-line = • { $name } — deadline { $last }, { $days } days left
digest-more = … and { $count } more units.
stats-col-org = Organisation
stats-own-units = (its own)
csv-org = Organisation
