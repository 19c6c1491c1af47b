## Рассылки, подписки на темы и еженедельная сводка.

menu-broadcast = 📣 Отправить рассылку
menu-subscriptions = 🔔 Мои рассылки

topic-announcements = Общие объявления
topic-settlement_news = Новости поселений
topic-volunteering = Просьбы о волонтёрской помощи
topic-digest = Еженедельная сводка

channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-terminal = Терминал

segment-field-language = Язык
segment-field-channel = Канал
segment-field-region_interest = Интересующий регион
segment-field-residence_region = Регион проживания
segment-field-academy = Мехина
segment-field-skill = Волонтёрский навык

## Что видят получатели.
broadcast-unsubscribe = 🔕 Отписаться от «{ $topic }»
broadcast-urgent-mark = 🚨 Срочно
unsubscribed = Готово: вы больше не будете получать «{ $topic }». Изменить это можно в любой момент в разделе «Мои рассылки» в меню.
resubscribe = 🔔 Отменить
resubscribed = Вы снова будете получать «{ $topic }» ✔️
subscriptions-prompt = Какие сообщения вы хотите получать? Нажмите на тему, чтобы включить или выключить её.
subscriptions-done = ✔️ Готово
digest-title = 🗓️ Ваша еженедельная сводка

## Составление рассылки (для координаторов).
broadcast-audience-prompt = 📣 Кому это сообщение? Выберите сохранённую аудиторию или соберите новую.
broadcast-build = 🧩 Собрать аудиторию
broadcast-all = 👥 Всем
broadcast-everyone = Все, кто согласился получать сообщения
broadcast-field-prompt = По какому признаку отобрать?
broadcast-values-prompt = { $field }: какие значения? Нажмите на одно или напишите несколько через запятую.
broadcast-values-unknown = Я не знаю такого значения. Нажмите на один из вариантов или напишите их точно так, как показано, через запятую.
broadcast-more-prompt =
    Аудитория сейчас:
    { $conditions }
    Всего человек: { $total }. Добавить ещё условие (сузит круг) или продолжить?
broadcast-add-condition = ➕ Добавить условие
broadcast-conditions-done = ✅ Продолжить
broadcast-save-prompt = Чтобы использовать эту аудиторию потом, напишите для неё название. Или пропустите.
broadcast-save-skip = Пропустить
broadcast-save-invalid = Пожалуйста, название от 1 до { $limit } символов.
broadcast-saved = Аудитория «{ $name }» сохранена ✔️
broadcast-topic-prompt = К какой теме относится сообщение? Его получат только подписчики этой темы, и отписаться можно одним нажатием.
broadcast-audience-summary = Аудитория: { $audience }
broadcast-split = Получателей: { $total } · по каналам: { $channels } · по языкам: { $languages }
broadcast-scope-note = (только ваш регион: { $region })
broadcast-nobody = Никто не подходит. Изменить аудиторию?
broadcast-change-audience = ↩️ Изменить аудиторию
broadcast-continue = ✍️ Написать сообщение
broadcast-text-prompt = Напишите сообщение так, как его должны увидеть получатели.
broadcast-per-language = 🌐 Отдельный текст для каждого языка
broadcast-text-lang-prompt = Напишите текст на языке: { $lang }
broadcast-button-prompt = Добавить кнопку, которая что-то открывает в боте?
broadcast-no-button = Без кнопки
broadcast-preview-intro = 👀 Предпросмотр – ровно так, как увидят получатели:
broadcast-preview-question = Отправляем?
broadcast-send-now = 📤 Отправить сейчас
broadcast-send-urgent = 🚨 Отправить сейчас как срочное
broadcast-send-later = ⏰ Запланировать
broadcast-edit-text = ✏️ Изменить текст
broadcast-drop = 🗑️ Не отправлять
broadcast-dropped = Отменено. Ничего не отправлено.
broadcast-when-prompt = Когда отправить? Например, «18:30», «завтра 09:00» или «{ $example }» (время в Израиле).
broadcast-when-invalid = Не удалось распознать время. Попробуйте «18:30», «завтра 09:00» или «{ $example }».
broadcast-when-past = Это время уже прошло. Пожалуйста, выберите более позднее.
broadcast-when-now = сейчас
broadcast-confirm = { $total ->
    [1] Отправить одному человеку, { $when }?
    [one] Отправить { $total } человеку, { $when }?
   *[other] Отправить { $total } людям, { $when }?
}
broadcast-confirm-urgent = 🚨 Отправить СРОЧНОЕ сообщение { $total ->
    [1] одному человеку
    [one] { $total } человеку
   *[other] { $total } людям
} прямо сейчас? Срочные сообщения уходят и в шабат, и ночью.
broadcast-yes = ✅ Да, отправить
broadcast-no = ↩️ Назад к предпросмотру
broadcast-queued = Рассылка №{ $id } поставлена в очередь ({ $when }) ✔️ Я буду сообщать, как она идёт.

## Ход рассылки, управление и отчёт.
broadcast-progress = 📊 Рассылка №{ $id }: отправлено { $sent }, осталось { $remaining }, задержано { $held }, ошибок { $failed }.
broadcast-report =
    ✅ Рассылка №{ $id } завершена.
    Получателей: { $recipients }
    Отправлено: { $sent } ({ $receipts })
    Ошибки: { $failed } — { $failed_reasons }
    Задержано: { $held } — { $held_reasons }
    Неизвестно: { $unknown } · Отменено: { $cancelled }
broadcast-pause = ⏸️ Пауза
broadcast-resume = ▶️ Продолжить
broadcast-cancel = ⛔ Отменить остальное
broadcast-export = 📥 Выгрузить отчёт
broadcast-paused = ⏸️ Рассылка №{ $id } на паузе; ждут сообщений: { $count }.
broadcast-resumed = ▶️ Рассылка №{ $id } продолжается (сообщений: { $count }).
broadcast-cancelled = ⛔ Рассылка №{ $id } отменена: не будет отправлено сообщений: { $count }.
broadcast-not-sending = Рассылка №{ $id } сейчас не отправляется.
broadcast-not-paused = Рассылка №{ $id } не на паузе.

words-tomorrow = завтра

## Receipts and who is unknown in the report (issue 20).
broadcast-receipts = { $channels }: доставлено { $delivered }, прочитано { $read }
broadcast-no-receipts = { $channels } не сообщает о доставке и прочтении
broadcast-unknown-who = ❓ Неизвестно, дошло ли до: { $people }
broadcast-unknown-more = и ещё { $count } — все они в выгрузке.
broadcast-unknown-person = получатель №{ $id }
