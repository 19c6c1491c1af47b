## A garin's linked Telegram group (conversations/garinim/group_link.py)
garin-group-link-button = 🔗 Подключить группу в Telegram
garin-link-code = 🔗 Чтобы подключить группу в Telegram к «{ $garin }», { $form ->
        [m] добавь
        [f] добавь
       *[p] добавьте
    } бота в группу администратором и { $form ->
        [m] отправь
        [f] отправь
       *[p] отправьте
    } там:
    /link_garin { $code }
    Код срабатывает один раз, только { $form ->
        [m] для тебя
        [f] для тебя
       *[p] для вас
    }, { $minutes ->
        [one] в течение { $minutes } минуты
        [few] в течение { $minutes } минут
        [many] в течение { $minutes } минут
       *[other] в течение { $minutes } минуты
    }.
garin-link-usage = Чтобы подключить эту группу к гарину, отправьте /link_garin с кодом с экрана гарина в личном чате с ботом.
garin-link-not-admin = ⚠️ Чтобы подключить группу, бот должен быть в ней администратором. Назначьте его администратором и отправьте команду ещё раз.
garin-link-bad-code = ⚠️ Этот код не работает: срок истёк или он уже использован. Новый код есть на экране гарина в личном чате с ботом.
garin-link-not-allowed = ⛔ Подключить или отключить группу может только тот, кто запросил этот код, и только для гарина, который он сопровождает или координирует.
garin-link-done = ✅ Группа подключена к «{ $garin }». Сообщения гарина будут публиковаться и здесь.
garin-unlink-none = Эта группа не подключена ни к одному гарину.
garin-unlink-done = Группа больше не подключена к «{ $garin }». Сообщения гарина здесь больше публиковаться не будут.
garin-group-lost = ⚠️ Бота удалили из группы в Telegram гарина «{ $garin }», поэтому группа больше не подключена к гарину. Участники по-прежнему получают сообщения гарина в личном чате. Подключить группу заново можно с экрана гарина.
garin-group-demoted = ⚠️ Бот больше не администратор группы гарина «{ $garin }» в Telegram. Он по-прежнему публикует там сообщения гарина, но не может создавать ссылки для вступления, пока его снова не назначат администратором.
garin-group-join = 🔗 Вступить в группу в Telegram
garin-group-invite-failed = ⚠️ Сейчас не удалось создать ссылку на группу: возможно, бот там больше не администратор. Координатор гарина поможет.
garin-group-none = У этого гарина пока нет группы в Telegram.
garin-group-invite = 🔗 { $form ->
        [m] Твоя
        [f] Твоя
       *[p] Ваша
    } ссылка для вступления в группу гарина «{ $garin }» в Telegram (для одного человека, { $hours ->
        [one] действует { $hours } час
        [few] действует { $hours } часа
        [many] действует { $hours } часов
       *[other] действует { $hours } часа
    }):
garin-group-relayed = 💬 Сообщения группы «{ $garin }» { $form ->
        [m] приходят тебе
        [f] приходят тебе
       *[p] приходят вам
    } сюда, а «✍️ Написать группе» отвечает всем, в том числе участникам группы в Telegram.

## Invitations that expire (conversations/garinim/expiry.py)
garin-invitation-expired = ⌛ Срок приглашения в «{ $garin }» истёк: время ответить на него прошло.
garin-invitation-reminder = ⏳ Напоминание: приглашение в гарин «{ $garin }» действует до { $expires }. { $form ->
        [m] Хочешь присоединиться?
        [f] Хочешь присоединиться?
       *[p] Хотите присоединиться?
    }
garin-invitations-expired = ⌛ «{ $garin }»: { $count ->
        [one] { $count } приглашение истекло без ответа
        [few] { $count } приглашения истекли без ответа
        [many] { $count } приглашений истекли без ответа
       *[other] { $count } приглашения истекли без ответа
    }: { $names }.
garin-invitations-expired-lead = ⌛ «{ $garin }»: { $count ->
        [one] { $count } приглашение истекло без ответа.
        [few] { $count } приглашения истекли без ответа.
        [many] { $count } приглашений истекли без ответа.
       *[other] { $count } приглашения истекли без ответа.
    }

## Outbox kinds
outbox-kind-garin-group-post = Сообщение гарина в его группе в Telegram
outbox-kind-garin-group-lost = Группа в Telegram отключена
outbox-kind-garin-invitation-reminder = Напоминание о приглашении в гарин
outbox-kind-garin-invitations-expired = Истёкшие приглашения в гарин
outbox-kind-garin-invitation-expire = Истечение приглашения в гарин
outbox-kind-garin-invitation-remind = Запланированное напоминание о приглашении в гарин
outbox-kind-garin-group-demoted = Группа в Telegram: бот больше не администратор
