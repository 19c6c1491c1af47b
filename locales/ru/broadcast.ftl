## Рассылки, подписки на темы и еженедельная сводка.
## $form: [m] «ты», мужской род; [f] «ты», женский род; *[p] «вы».

menu-broadcast = 📣 Отправить рассылку
menu-subscriptions = 🔔 Подписки на новости

topic-announcements = Общие объявления
topic-settlement_news = Новости общин
topic-volunteering = Просьбы о помощи
topic-digest = Еженедельная сводка

channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-terminal = Терминал

segment-field-language = Язык
segment-field-channel = Канал
segment-field-region_interest = Интересующий регион
segment-field-residence_region = Регион проживания
segment-field-academy = Мехина
segment-field-skill = Направление волонтёрства

## Что видят получатели.
broadcast-unsubscribe = 🔕 Отписаться от «{ $topic }»
broadcast-urgent-mark = 🚨 Срочно
unsubscribed = { $form ->
        [m] Готово: ты больше не будешь получать «{ $topic }». Изменить это можно в любой момент в разделе «Подписки на новости» в меню.
        [f] Готово: ты больше не будешь получать «{ $topic }». Изменить это можно в любой момент в разделе «Подписки на новости» в меню.
       *[p] Готово: вы больше не будете получать «{ $topic }». Изменить это можно в любой момент в разделе «Подписки на новости» в меню.
    }
resubscribe = 🔔 Подписаться снова
resubscribed = { $form ->
        [m] Ты снова подписан на «{ $topic }» ✔️
        [f] Ты снова подписана на «{ $topic }» ✔️
       *[p] Вы снова подписаны на «{ $topic }» ✔️
    }
subscriptions-prompt = { $form ->
        [m] Какие сообщения ты хочешь получать? Нажми на тему, чтобы включить или выключить её.
        [f] Какие сообщения ты хочешь получать? Нажми на тему, чтобы включить или выключить её.
       *[p] Какие сообщения вы хотите получать? Нажмите на тему, чтобы включить или выключить её.
    }
subscriptions-done = ✔️ Готово
digest-title = { $form ->
        [m] 🗓️ Твоя еженедельная сводка
        [f] 🗓️ Твоя еженедельная сводка
       *[p] 🗓️ Ваша еженедельная сводка
    }

## Составление рассылки (для координаторов).
broadcast-audience-prompt = { $form ->
        [m] 📣 Кому это сообщение? Выбери сохранённую аудиторию или собери новую.
        [f] 📣 Кому это сообщение? Выбери сохранённую аудиторию или собери новую.
       *[p] 📣 Кому это сообщение? Выберите сохранённую аудиторию или соберите новую.
    }
broadcast-build = 🧩 Собрать аудиторию
broadcast-all = 👥 Всем
broadcast-everyone = Все, кто согласился получать сообщения
broadcast-field-prompt = По какому признаку отобрать?
broadcast-values-prompt = { $field }: какие значения? { $form ->
        [m] Нажми на одно или напиши несколько через запятую.
        [f] Нажми на одно или напиши несколько через запятую.
       *[p] Нажмите на одно или напишите несколько через запятую.
    }
broadcast-values-unknown = Такого значения я не знаю. Можно нажать на один из вариантов или написать их точно так, как они показаны, через запятую.
broadcast-more-prompt =
    Аудитория сейчас:
    { $conditions }
    { $total ->
        [one] То есть { $total } человек.
        [few] То есть { $total } человека.
       *[many] То есть { $total } человек.
    } Добавить условие (сузит круг) или продолжить?
broadcast-add-condition = ➕ Добавить условие
broadcast-conditions-done = ✅ Продолжить
broadcast-save-prompt = { $form ->
        [m] Чтобы потом использовать эту аудиторию снова, напиши для неё название. Или пропусти.
        [f] Чтобы потом использовать эту аудиторию снова, напиши для неё название. Или пропусти.
       *[p] Чтобы потом использовать эту аудиторию снова, напишите для неё название. Или пропустите.
    }
broadcast-save-skip = Пропустить
broadcast-save-invalid = Нужно название длиной от 1 до { $limit ->
        [one] { $limit } символа
        [few] { $limit } символов
       *[many] { $limit } символов
    }.
broadcast-saved = Аудитория «{ $name }» сохранена ✔️
broadcast-topic-prompt = К какой теме относится сообщение? Его получат только подписчики темы, и отписаться можно одним нажатием.
broadcast-audience-summary = Аудитория: { $audience }
broadcast-split = { $total ->
        [one] { $total } получатель
        [few] { $total } получателя
       *[many] { $total } получателей
    } · по каналам: { $channels } · по языкам: { $languages }
broadcast-scope-note = { $form ->
        [m] (только твой регион: { $region })
        [f] (только твой регион: { $region })
       *[p] (только ваш регион: { $region })
    }
broadcast-nobody = Никто не подходит. Изменить аудиторию?
broadcast-change-audience = ↩️ Другая аудитория
broadcast-continue = ✍️ Написать текст
broadcast-text-prompt = { $form ->
        [m] Напиши сообщение так, как его увидят получатели.
        [f] Напиши сообщение так, как его увидят получатели.
       *[p] Напишите сообщение так, как его увидят получатели.
    }
broadcast-per-language = 🌐 Отдельный текст для каждого языка
broadcast-text-lang-prompt = Текст на языке «{ $lang }»:
broadcast-button-prompt = Добавить кнопку, которая открывает что-то в боте?
broadcast-no-button = Без кнопки
broadcast-preview-intro = 👀 Предпросмотр — ровно так, как увидят получатели:
broadcast-preview-question = Отправляем?
broadcast-send-now = 📤 Отправить сейчас
broadcast-send-urgent = 🚨 Отправить сейчас как срочное
broadcast-send-later = ⏰ Запланировать
broadcast-edit-text = ✏️ Изменить текст
broadcast-drop = 🗑️ Отменить рассылку
broadcast-dropped = Рассылка отменена. Ничего не отправлено.
broadcast-when-prompt = Когда отправить? Например, «18:30», «завтра 09:00» или «{ $example }» (время в Израиле).
broadcast-when-invalid = Не удалось разобрать время. Можно написать «18:30», «завтра 09:00» или «{ $example }».
broadcast-when-past = Это время уже прошло. Нужно время попозже.
broadcast-when-now = сейчас
broadcast-confirm = { $total ->
        [1] Отправить одному получателю, { $when }?
        [one] Отправить { $total } получателю, { $when }?
        [few] Отправить { $total } получателям, { $when }?
       *[many] Отправить { $total } получателям, { $when }?
    }
broadcast-confirm-urgent = 🚨 Отправить СРОЧНОЕ сообщение { $total ->
        [1] одному получателю
        [one] { $total } получателю
        [few] { $total } получателям
       *[many] { $total } получателям
    } прямо сейчас? Срочные сообщения уходят и в шабат, и ночью.
broadcast-yes = ✅ Да, отправить
broadcast-no = ↩️ К предпросмотру
broadcast-queued = Рассылка №{ $id } в очереди ({ $when }) ✔️ Буду сообщать, как идёт отправка.

## Ход рассылки, управление и отчёт.
broadcast-progress = 📊 Рассылка №{ $id }: отправлено: { $sent } · осталось: { $remaining } · ждут: { $held } · ошибки: { $failed }.
broadcast-report =
    ✅ Рассылка №{ $id } завершена.
    Получателей: { $recipients }
    Отправлено: { $sent } ({ $receipts })
    Ошибки: { $failed } — { $failed_reasons }
    Ждут: { $held } — { $held_reasons }
    Неизвестно: { $unknown } · Отменено: { $cancelled }
broadcast-pause = ⏸️ Пауза
broadcast-resume = ▶️ Продолжить
broadcast-cancel = ⛔ Не отправлять оставшиеся
broadcast-export = 📥 Выгрузить отчёт
broadcast-paused = ⏸️ Рассылка №{ $id } на паузе; { $count ->
        [one] ждёт { $count } сообщение.
        [few] ждут { $count } сообщения.
       *[many] ждут { $count } сообщений.
    }
broadcast-resumed = ▶️ Рассылка №{ $id } продолжается ({ $count ->
        [one] { $count } сообщение
        [few] { $count } сообщения
       *[many] { $count } сообщений
    }).
broadcast-cancelled = ⛔ Рассылка №{ $id } отменена: { $count ->
        [one] { $count } сообщение не будет отправлено.
        [few] { $count } сообщения не будут отправлены.
       *[many] { $count } сообщений не будут отправлены.
    }
broadcast-not-sending = Рассылка №{ $id } сейчас не отправляется.
broadcast-not-paused = Рассылка №{ $id } не на паузе.

words-tomorrow = завтра

## Receipts and who is unknown in the report (issue 20).
broadcast-receipts = { $channels }: доставлено: { $delivered } · прочитано: { $read }
broadcast-no-receipts = { $channels }: не сообщает о доставке и прочтении
broadcast-unknown-who = ❓ Неизвестно, дошло ли сообщение до: { $people }
broadcast-unknown-more = { $count ->
        [one] и ещё { $count } человек
        [few] и ещё { $count } человека
       *[many] и ещё { $count } человек
    } — все они в выгруженном отчёте.
broadcast-unknown-person = получатель №{ $id }
