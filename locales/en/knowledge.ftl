cmd-ask = Ask about the congress
cmd-contents = The four contents of a congress
cmd-reports = The reports submitted to the congress
cmd-timeline = Congress timeline by kind of unit
cmd-personnel = Choosing the new committee, and the rules
cmd-documents = The documents: number, date, issuer, status
cmd-newquestions = Questions the bot could not answer (staff)
knowledge-source = Source: { $sources }.
knowledge-rests-on = Documents: { $docs }.
knowledge-superseded = Note: { $doc } was replaced by { $by } on { $on }.
knowledge-window-line = • { $title }: "{ $wording }" ({ $first } - { $last }): { $status }.
knowledge-window-passed = passed, ended { $days ->
    [one] 1 day ago
   *[other] { $days } days ago
}
knowledge-window-open = open, { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
knowledge-window-last-day = today is the last day
knowledge-window-upcoming = opens in { $days ->
    [one] 1 day
   *[other] { $days } days
}
knowledge-window-approximate = (approximate: the source gives no exact day)
knowledge-unit-line = Your unit: { $name } ({ $type }{ $pilot }).
knowledge-unit-pilot = , pilot congress
knowledge-named-type = For a { $type }:
knowledge-unit-done = Your unit reported its congress held on { $date }.
knowledge-unit-congress-date = Your unit's planned congress date: { $date }.
knowledge-doc-line = • { $cite }: { $title }. { $status }
knowledge-doc-unchanged = No later change recorded in the bot's sources as of { $asOf }.
knowledge-doc-replaces = It replaced { $docs }.
knowledge-card-head = { $cite }
knowledge-card-facts = Number: { $number } · Issued: { $date } · Issuer: { $issuer }.
knowledge-card-title = Title: { $title }.
knowledge-card-about = About: { $about }.
knowledge-card-no-title = The bot's sources do not give this document's title.
knowledge-card-status = { $status }
knowledge-card-topics = Topics resting on it: { $topics }.
knowledge-card-no-topics = No topic of the bot rests on this document yet.
knowledge-card-lookalike = The bot does not use this document's rules.
knowledge-card-sources = Sources: { $sources }.
knowledge-doc-unknown = { $ref } is not in the bot's sources, so the bot does not answer about it. The nearest documents the bot holds:
knowledge-doc-unknown-footer = See the whole list with /documents.
knowledge-second-part = The second part of your question:
knowledge-part-not-covered = The part “{ $part }” of your question: the bot found no answer to it in its congress documents, so it does not answer that part.
knowledge-doc-superseded = Replaced by { $by } on { $on }.
knowledge-doc-unconfirmed = Current status not confirmed in the bot's sources.
knowledge-no-answer = Sorry, I found no answer to that in the congress documents. I answer about the 2025–2030 party congresses: their contents, reports, preparation, timeline, personnel and documents. Here are the nearest topics; or try asking in other words.
knowledge-ask-usage = Type /ask followed by your question, e.g. /ask what must a congress include
knowledge-button-stale = That topic is no longer in the knowledge base. Type /ask to ask again.
knowledge-doc-button-stale = That document is no longer in the bot's sources. Type /documents for the list.
knowledge-topic-missing = The knowledge base has no such topic yet.
knowledge-unanswered-title = Recent questions the bot could not answer ({ $count }):
knowledge-unanswered-line = • { $at }: { $text }
knowledge-unanswered-empty = No unanswered questions so far.
knowledge-unanswered-footer = Add a topic or sample questions to the pack (config/) and run npm run pack:check.
