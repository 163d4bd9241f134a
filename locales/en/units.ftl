cmd-register = Register this chat as a unit (party cell or committee)
cmd-status = The unit's window, days left and congress date
cmd-congressdate = Set the planned congress date (DD/MM/YYYY)
cmd-done = Report that the unit has held its congress
cmd-prepare = The unit's congress preparation checklist, press a step to tick it
cmd-pause = Pause reminders
cmd-resume = Resume reminders
cmd-handover = Hand the unit to a new secretary (one-time code)
cmd-takeover = Take over a unit with a code
cmd-unregister = Remove the unit

units-perm-not-admin = In a group, only the group's administrators may register, change or remove the unit.
units-perm-check-failed = Could not check whether you are an administrator of this group (Telegram did not answer), so nothing was done. Please try again in a few minutes.
units-perm-no-sender = The sender is unknown, so nothing was done.

units-not-registered = This chat is not registered as a unit. The secretary (in a group: an administrator) can send { $register }.
units-example-name = Chi bộ Khu phố 3
units-example = Example: { $example }
units-unknown-type = There is no unit type "{ $given }". Valid types:
units-name-empty = The unit's name is missing.
units-name-short = The name is too short: at least { $min } characters.
units-name-long = The name is too long: at most { $max } characters.
units-name-control = The name may not contain control characters (line breaks, tabs…). Please type it on one line.

units-ask-type = Registering a unit. Choose the unit type:
units-ask-name = Type: { $type }. Send the unit's name ({ $min }–{ $max } characters), e.g. Chi bộ Khu phố 3
units-ask-parent = The organisation above it (e.g. Đảng ủy phường Bến Nghé)? Send its name, or press Skip.
units-ask-pilot = Was the unit chosen to hold a pilot congress?
units-group-reply-hint = (In a group, reply to this message.)
units-cancelled = Registration cancelled. Send /register again when needed.
units-kept = The unit is left as it was.
units-already = This chat is already registered as { $name }. Update its details?
units-already-one-line = This chat is already registered as { $name }. Change it to { $newName } ({ $newType })?
units-unchanged = This chat is already registered as { $name } exactly so; nothing changed.
units-registered = Unit registered: { $name } ({ $type }).
units-registered-window = Congress window: { $first } to { $last }.
units-registered-next = Send { $status } for the unit's status, { $date } DD/MM/YYYY to set the congress date.

units-button-cancel = Cancel
units-button-skip = Skip
units-button-yes = Yes
units-button-no = No
units-button-update = Update
units-button-keep = Keep as is
units-button-confirm-done = Confirm: congress held
units-button-undo = Undo
units-button-unregister = Remove the unit
units-button-keep-unit = Keep it

units-status-unit = Unit: { $name } ({ $type })
units-status-parent = Under: { $parent }
units-status-pilot = Holds a pilot congress.
units-status-window = Congress window: { $first } – { $last } (plan: "{ $wording }")
units-status-approximate = The source gives only an approximate time; the dates above are an estimate.
units-status-upcoming = Not open yet: opens in { $open } { $open ->
    [one] day
   *[other] days
  }; { $days } { $days ->
    [one] day
   *[other] days
  } to the deadline.
units-status-open = { $days ->
    [0] Today is the last day of the window.
    [one] 1 day left.
   *[other] { $days } days left.
  }
units-status-overdue = Overdue by { $days } { $days ->
    [one] day
   *[other] days
  }; not reported done.
units-status-done = Done (reported on { $day }).
units-status-date = Planned congress date: { $day }
units-status-date-none = Congress date: not set ({ $command } DD/MM/YYYY).
units-status-date-outside = Note: this date is outside the congress window.
units-status-reminders-on = Reminders: on ({ $pause } to pause).
units-status-reminders-paused = Reminders: paused ({ $resume } to resume).
units-status-reminders-stopped = Reminders: stopped, the unit is done.
units-status-inactive-blocked = The bot is blocked in this chat, so reminders cannot be sent.
units-status-inactive-removed = The bot was removed from the group, so reminders cannot be sent.
units-status-inactive-unregistered = The unit was removed.

units-date-unset = Congress date: not set.
units-date-usage = Send the planned congress date as DD/MM/YYYY. { units-example }
units-date-format = Could not read the date "{ $given }". Please use DD/MM/YYYY. Example: { $example }
units-date-impossible = { $given } is not a date on the calendar (February has no 31st, for instance). Please check it. Example: { $example }
units-date-range = The year of { $given } is outside { $min }–{ $max }. Please check it. Example: { $example }
units-date-set = Planned congress date set: { $day }.
units-date-outside = Note: this date is outside the unit's congress window ({ $first } – { $last }). It is kept; if it is a mistake, send the command again.

units-done-confirm = Confirm that { $name } has held its congress? Reminders will stop.
units-done = Recorded: { $name } has held its congress. Reminders stop. If this is a mistake, press Undo.
units-done-already = { $name } reported its congress held on { $day }. If this is a mistake, press Undo.
units-done-cancelled = Cancelled; nothing recorded.
units-undone = Undone: { $name } is not done; reminders are back on.

units-unregister-confirm = Remove the unit { $name }? The bot will send no more reminders to this chat.
units-unregister-kept = { $name } stays registered.
units-unregistered = The unit { $name } was removed. You can register again with { $register }.

units-paused = Reminders paused. Send { $resume } to turn them back on.
units-resumed = Reminders are back on.
units-resumed-but-done = The unit is done, so there are no reminders for now.

units-handover-code = Handover code for { $name }: { $code }
    Single use, valid until { $time } on { $day }.
    The new secretary sends the bot: { $takeover }
units-handover-sent-private = The handover code was sent to your private chat with the bot.
units-handover-open-private = Could not send you the code in private. Open a private chat with the bot, press Start, then send { $command } in the group again.
units-takeover-usage = Send the handover code you received. Example: { $example }
units-takeover-unknown = That handover code is wrong or already used. Please check it.
units-takeover-expired = That handover code has expired. Ask the previous secretary to send /handover for a new one.
units-takeover-own = You are already this unit's secretary; there is nothing to take over.
units-takeover-private-only = This unit is registered in a private chat: send the code in your private chat with the bot.
units-takeover-taken = Your chat is already registered as { $name }. Send { $unregister } first to take over another unit.
units-takeover-ok = You have taken over the unit { $name }. Send { $status } for its status.
units-handover-notice-moved = The unit { $name } was handed over to { $who }. This chat no longer gets the unit's reminders.
units-handover-notice-group = { $name }: { $who } has taken over as secretary.

units-added-to-group = Thanks for adding the bot. An administrator can send { $register } to register this group as a unit.

## Readiness checklist (/prepare)
readiness-title = Congress preparation of { $name }: { $done }/{ $total } steps done.
readiness-count = Preparation: { $done }/{ $total } steps done.
readiness-next = Next step: { $title }
readiness-next-due = Next step: { $title } (due { $day })
readiness-all-done = Every preparation step is done.
readiness-none = This unit type has no preparation checklist yet.
readiness-line-open = ⬜ { $title }
readiness-line-open-due = ⬜ { $title } (due { $day })
readiness-line-done = ✅ { $title } ({ $day })
readiness-line-retired = ✅ { $id }: this step is no longer in the current checklist (ticked { $day })
readiness-hint = Press a step to mark it done or not done.
readiness-closed = The unit has reported its congress done; the checklist is for reading only.
readiness-ticked = Marked done: { $title }
readiness-unticked = Marked not done: { $title }
readiness-already-done = This step is already marked done; nothing changed.
readiness-already-open = This step is already not done; nothing changed.
readiness-other-unit = This button belongs to another unit's checklist; nothing changed.
readiness-step-gone = This step is no longer in the checklist; nothing changed. Send { $command } for the current list.
readiness-not-for-type = This step is not on this unit type's checklist; nothing changed.
readiness-congress-done = The unit has reported its congress done, so no more steps can be ticked; nothing changed.
readiness-done-open-steps = { $open } of { $total } preparation steps are not marked done: { $steps }. You can still confirm.
