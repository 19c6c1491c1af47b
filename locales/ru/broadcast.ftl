## Что видят получатели.
menu-subscriptions = 🔔 Мои подписки
topic-announcements = Общие объявления
topic-settlement_news = Новости поселений
topic-volunteering = Запросы волонтёров
topic-digest = Еженедельная сводка
broadcast-unsubscribe = 🔕 Отписаться от «{ $topic }»
broadcast-urgent-mark = 🚨 Срочно
unsubscribed = Готово: вы больше не будете получать «{ $topic }». Изменить это можно в любой момент в разделе «Мои подписки» в меню.
resubscribe = 🔔 Отменить
resubscribed = Вы снова будете получать «{ $topic }» ✔️
subscriptions-prompt = Какие сообщения вы хотите получать? Нажмите на тему, чтобы включить или выключить её.
subscriptions-done = ✔️ Готово
digest-title = 🗓️ Ваша еженедельная сводка
words-tomorrow = завтра
