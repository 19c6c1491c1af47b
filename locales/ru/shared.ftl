## Pieces several features share (issue 18): digest headings, quoting a person's own words,
## and the outbox's reasons not named in outbox.ftl.
## First wording by the he/en helper: the Russian owner, please review.

digest-section-meetings = 🏠 Ближайшие домашние встречи со свободными местами:
digest-section-volunteering = 🤝 Просьбы о помощи, которые вам подходят:

outbox-reason-undelivered = не доставлено (канал не назвал причину)
outbox-reason-kept-failing = задача раз за разом завершалась ошибкой
outbox-reason-no-handler = нет обработчика для задач вида «{ $kind }»
outbox-reason-quiet-early = часы тишины ({ $why }, { $start } – { $end }), а срок истекает { $expires }: отправлено до их начала
outbox-reason-quiet-skip = часы тишины ({ $why }, { $start } – { $end }), а срок истекает { $expires }: разрешённого времени не осталось

# A person's own words quoted inside a text, in this language's quotation marks
quoted = «{ $text }»
