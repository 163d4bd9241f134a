# /newquestions: pages of the unanswered questions (src/bot/features/unanswered.ts)
unanswered-page = Page { $page }/{ $pages }
unanswered-prev = ◀️ Previous page
unanswered-next = Next page ▶️
unanswered-kept = The bot keeps the latest { $max } questions; older ones have been deleted.
unanswered-page-invalid = This page button is not valid. Send /newquestions to see the list again.
unanswered-page-gone = The list now has { $pages } page(s); there is no page { $page }. Send /newquestions to see the current list.
