## Pieces several features share (issue 18): digest headings, quoting a person's own words,
## and the outbox's reasons not named in outbox.ftl.
## First wording by the he/en helper: the Russian owner, please review.

digest-section-meetings = 🏠 Ближайшие домашние встречи со свободными местами:
digest-section-volunteering = { $form ->
        [m] 🤝 Просьбы о помощи, которые тебе подходят:
        [f] 🤝 Просьбы о помощи, которые тебе подходят:
       *[p] 🤝 Просьбы о помощи, которые вам подходят:
    }

outbox-reason-undelivered = не доставлено (канал не назвал причину)
outbox-reason-kept-failing = задача раз за разом завершалась ошибкой
outbox-reason-no-handler = нет обработчика для задач вида «{ $kind }»
outbox-reason-quiet-early = часы тишины ({ $why }, { $start } – { $end }), а срок истекает { $expires }: отправлено до их начала
outbox-reason-quiet-skip = часы тишины ({ $why }, { $start } – { $end }), а срок истекает { $expires }: разрешённого времени не осталось

# A person's own words quoted inside a text, in this language's quotation marks
quoted = «{ $text }»

# A span of time inside a sentence, in the genitive that «в течение …» needs (offer-text)
duration-hours = { $n ->
        [1] часа
        [one] { $n } часа
        [few] { $n } часов
       *[many] { $n } часов
    }
duration-minutes = { $n ->
        [1] минуты
        [one] { $n } минуты
        [few] { $n } минут
       *[many] { $n } минут
    }
duration-seconds = { $n ->
        [1] секунды
        [one] { $n } секунды
        [few] { $n } секунд
       *[many] { $n } секунд
    }
