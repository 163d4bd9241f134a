# Reminders: the reminder messages and their buttons, /lichnhac (staff), /lich (calendar file).

cmd-lichnhac = Preview the reminders of a day (DD/MM/YYYY)
cmd-calendar = Get the unit's congress dates for your phone's calendar (.ics file)

reminder-head = 🔔 Congress reminder — { $unit }
reminder-open = The window opened on { $first }: { $title }.
reminder-before = Deadline approaching: { $title }.
reminder-overdue = Deadline passed: { $title }.
reminder-wording = The plan says: "{ $wording }".
reminder-last-day = Last day: { $last }.
reminder-days-left = { $days ->
    [0] Today is the last day.
    [1] 1 day left.
   *[other] { $days } days left.
}
reminder-days-over = { $days ->
    [1] 1 day overdue.
   *[other] { $days } days overdue.
} If your unit has held its congress, press "Done".
reminder-approximate = Note: the source gives only an approximate time, not a date; the last day { $last } is an estimate.
reminder-late = (Catching up: this reminder was due on { $due }.)
reminder-snoozed = (Reminding you again, as you asked.)
reminder-source = Source: { $cite }.
reminder-congress = { $days ->
    [1] Tomorrow ({ $date }) is your unit's congress.
   *[other] { $days } days to your unit's congress ({ $date }).
}
reminder-checklist-intro = Please check the preparations:
reminder-steps-open = { $open } of { $total } preparation steps are still open (send /prepare to tick them):
reminder-step-due = { $title } (due { $day })
reminder-steps-all-done = The unit has done all { $total } preparation steps.
reminder-step = Preparation step due on { $due }: { $title }.
reminder-step-days-left = { $days ->
    [0] It is due today.
    [1] 1 day left.
   *[other] { $days } days left.
}
reminder-step-source = Source: { $source }
reminder-step-hint = Once it is done, press "Mark this step done", or send /prepare for the whole checklist.
reminder-button-step-done = Mark this step done

checklist-title = What to prepare for the congress
checklist-reports = The two reports to the congress: the political report and the committee's self-review report (see /reports).
checklist-teams = The three support teams: personnel, documents and organising.
checklist-personnel = The new committee's members, chosen by the right standards, procedure and authority (see /personnel).
checklist-contents = The four contents of the congress: review of the term and direction for 2025–2030; comments on the draft documents of the 14th Congress and of the level above; electing the Executive Committee; electing the delegation to the congress above (see /contents).
checklist-source = Source: { $cite }.

reminder-button-done = Done
reminder-button-snooze = Remind me tomorrow
reminder-button-prepare = What to prepare
reminder-snooze-set = Set: the bot will remind you again at { $time } on { $day }.
reminder-not-registered = This chat has not registered a unit. Type /register to register.

lichnhac-bad-date = I could not read the date. Type: /lichnhac DD/MM/YYYY (for example /lichnhac 22/06/2025).
lichnhac-range-date = The year of { $given } is outside { $min }–{ $max }. Please check it.
lichnhac-impossible-date = { $given } is not a real date. Please check it.
lichnhac-head = Reminders going out on { $day } at { $time } (if the bot runs; catch-up reminders after downtime not counted):
lichnhac-line-window = • { $type } — { $title }: { $count } units, { $when }
lichnhac-line-congress = • { $type } — { $days } days before the congress date: { $count } units
lichnhac-line-step = • { $type } — step "{ $title }": { $count } units, { $days ->
    [0] on its due day
   *[other] { $days } days before its due day
}
lichnhac-when = { $kind ->
    [open] window opens
    [overdue] { $days } days overdue
   *[before] { $days ->
        [0] last day
       *[other] { $days } days left
    }
}
lichnhac-total = Total: { $count } reminders.
lichnhac-none = No reminders go out on { $day }.

calendar-caption = Congress calendar of { $unit }. Open the file to add it to your phone's calendar.
calendar-event-window = { $unit }: { $title }
calendar-event-congress = Congress of { $unit }
calendar-event-description = The plan says: "{ $wording }". Last day: { $last }.
calendar-event-approximate = Approximate time: the source gives no exact date.
