# Organisations: the tree of party committees, their staff, invitation links.

cmd-orgs = Your organisation and those under it; create a new one
cmd-invite = Links to invite staff and register units into your organisation
cmd-staff = The staff within your scope

orgs-root-default = Top committee
orgs-unknown = (organisation no longer exists)
orgs-scope-line = Scope: { $path }
scope-refused = This item is outside your organisation's scope. Nothing was changed.

orgs-view-title = Organisation: { $name }
orgs-view-own = Its own units: { $registered } registered · { $done } congress held · { $late } late
orgs-view-children = Organisations under it ({ $count }):
orgs-view-child = • { $name }: { $registered } units · { $done } done · { $late } late
orgs-view-no-children = No organisations under it yet. Create one: /orgs new NAME
orgs-view-page = Page { $page }/{ $pages }
orgs-button-open = 📂 { $name }
orgs-button-up = ⬆️ Up
orgs-button-prev = ◀️ Previous
orgs-button-next = Next ▶️
orgs-button-links = 🔗 Links
orgs-button-rename = ✏️ Rename
orgs-button-remove = 🗑 Remove
orgs-button-units = 🏷 Its own units
orgs-button-revoke = ⛔ Revoke the registration link
orgs-button-remove-yes = Remove this organisation
orgs-button-cancel = No

orgs-new-usage = Type: /orgs new NAME (for example: /orgs new Ba Dinh ward committee).
orgs-created = Organisation { $name } created, under { $parent }.
orgs-name-empty = The organisation's name is empty. Type: /orgs new NAME
orgs-name-short = The organisation's name is too short (at least { $min } characters).
orgs-name-long = The organisation's name is over { $max } characters. Please shorten it.
orgs-name-control = The organisation's name contains control characters (line breaks, tabs…). Please type it on one line.
orgs-name-duplicate = An organisation named “{ $name }” already exists at the same level. Please choose another name.
orgs-rename-ask = Send the new name for { $name } in your next message.
orgs-renamed = Renamed to { $name }.
orgs-rename-root = The top committee's name is set in the bot's configuration (ROOT_ORG_NAME) and cannot be changed from the bot.
orgs-rename-cancelled = Renaming stopped.
orgs-remove-ask = Remove organisation { $name }? It has no units and no organisations under it; its staff lose their access and its links stop working.
orgs-removed = Organisation { $name } removed.
orgs-remove-has-units = Not removed: the organisation still has { $count } units. Move them to another organisation first.
orgs-remove-has-children = Not removed: the organisation still has organisations under it. Remove or move those first.
orgs-remove-root = The bot's top committee cannot be removed.
orgs-remove-own = You cannot remove your own organisation; staff above it can.

orgs-links-title = Links of { $name }:
orgs-links-staff =
    👤 Invite a staff member (single use, expires { $expires }):
    { $link }
orgs-links-register =
    🏷 Register a unit (many uses until revoked; send it to the cell secretaries):
    { $link }
orgs-links-group = To register a group chat: { $link }
orgs-links-note = Send the staff invitation only to the person invited. Every /invite makes a new one.
orgs-revoked = The registration link of { $name } is revoked. The old link no longer works; type /invite for a new one.
orgs-revoke-none = { $name } has no registration link at the moment.

orgs-units-title = Units directly in { $name } ({ $count }):
orgs-units-none = { $name } has no units of its own yet.
orgs-unit-button = { $name }
orgs-move-ask = Move { $name } to which organisation?
orgs-moved = { $name } moved to { $org }.
orgs-move-same = { $name } already belongs to { $org }.
orgs-move-unknown = This unit is no longer registered.

orgs-staff-title = Staff within { $name } ({ $count }):
orgs-staff-line = • { $who } — { $org }
orgs-staff-admin = • { $who } — { $org } (ADMIN_IDS, cannot be removed from the bot)
orgs-staff-none = No staff invited yet. Type /invite for an invitation link.
orgs-staff-remove = Remove { $who }
orgs-staff-removed = { $who } is no longer staff.
orgs-staff-self = You cannot remove yourself; staff at your level or above can.
orgs-staff-admin-refused = ADMIN_IDS staff cannot be removed from the bot; the operator changes the configuration.
orgs-staff-unknown = This person is not staff at the moment.

invite-joined = Welcome! You are now staff of { $name }. Type /help for the commands.
invite-already = You are already staff of { $name }. This link was not used and can go to someone else.
invite-admin = You are staff of the top committee (ADMIN_IDS); this link was not used.
invite-used = This invitation link has already been used. Ask the Organisation Board for a new one.
invite-expired = This invitation link has expired (after 72 hours). Ask the Organisation Board for a new one.
invite-revoked = This link has been revoked. Ask the Organisation Board for a new one.
invite-unknown = This link is wrong or no longer valid. Check it, or ask the Organisation Board for a new one.
invite-malformed = This link is not in the right form. Copy the whole link you received again.
invite-gone = The organisation of this link no longer exists. Nothing was changed.
invite-group = A staff invitation works only in a private chat with the bot, not in a group. Nothing was changed.
register-into = Registering a unit into { $name }.
register-already-there = This unit already belongs to { $name }.
register-assigned = Unit { $unit } now belongs to { $name }.
register-elsewhere = Unit { $unit } belongs to { $org }. To move it, ask the Organisation Board to move it in /orgs.
