## Подбор волонтёров: профили, просьбы о помощи, предложения, проверка, координаторы.

menu-ask-help = 🤝 Попросить о помощи
menu-volunteer = 🙋 Профиль волонтёра
menu-help-requests = 📋 Просьбы о помощи (координаторам)

help-cat-budget = Помощь с семейным бюджетом
help-cat-food_rescue = Спасение продуктов
help-cat-medicine = Сбор лекарств
help-cat-contact_person = Контактное лицо для человека в трудной ситуации
help-cat-rides = Подвезти
help-cat-tutoring = Репетиторство
help-cat-elderly_visits = Визиты к пожилым
help-cat-home_repairs = Мелкий ремонт дома
help-cat-translation = Перевод
help-cat-emotional_support = Первая психологическая помощь

help-urgency-today = Сегодня
help-urgency-week = На этой неделе
help-urgency-flexible = Не срочно

help-day-sun = Вс
help-day-mon = Пн
help-day-tue = Вт
help-day-wed = Ср
help-day-thu = Чт
help-day-fri = Пт
help-day-sat = Сб
help-part-morning = Утро
help-part-afternoon = День
help-part-evening = Вечер

help-state-open = открыта
help-state-offered = предложена волонтёру
help-state-matched = волонтёр найден
help-state-resolved = решена
help-state-escalated = у координаторов
help-state-cancelled = отменена

help-event-opened = открыта
help-event-offered = предложена
help-event-declined = отказ
help-event-expired = предложение истекло
help-event-matched = принята
help-event-assigned = назначена вручную
help-event-followup = спросили, решена ли
help-event-resolved = решена
help-event-reopened = открыта заново
help-event-escalated = передана координаторам
help-event-search = новый поиск
help-event-cancelled = отменена

help-filter-paused = на паузе
help-filter-asked = уже спрашивали
help-filter-skill = нет нужного навыка
help-filter-language = нет общего языка
help-filter-place = не в этом районе
help-filter-time = нет общего времени
help-filter-load = достигнут лимит

help-part-name-proximity = близость
help-part-name-availability = доступность
help-part-name-load = загрузка
help-part-name-fairness = справедливость
help-part-name-reliability = надёжность

help-someone = человек из общины
help-summary =
    📌 Просьба №{ $number }: { $category }
    📍 { $place }
    ⏱️ { $urgency } · { $times }

choose-done = ✔️ Готово
choose-at-least-one = Пожалуйста, выберите хотя бы один вариант.
locality-which = Какой населённый пункт вы имеете в виду?
locality-again = ✏️ Написать заново
locality-not-found = Не нашёл населённый пункт с таким названием. Можете написать по-другому?
ask-name = Как к вам обращаться? (Имя увидят только те, с кем мы вас свяжем.)
ask-name-invalid = Можете написать имя не длиннее { $limit } символов?
ask-phone = Хотите оставить номер телефона, чтобы с вами могли связаться? Его получит только тот, с кем мы вас свяжем.
ask-phone-skip = Без телефона, через бота

vol-intro = Как здорово, что вы хотите помогать 💛 Несколько коротких вопросов; всё можно изменить в любой момент.
vol-skills-prompt = Чем вы можете помочь? Выберите сколько угодно, затем «Готово».
vol-regions-prompt = В каких регионах? Выберите несколько или «Дистанционно» (по телефону или видео).
vol-remote = 🌐 Дистанционно
vol-localities-prompt = Добавить конкретные населённые пункты? Напишите название или «Готово».
    Выбрано: { $chosen }
vol-days-prompt = В какие дни недели?
vol-every-day = Всю неделю
vol-parts-prompt = А в какое время дня?
vol-languages-prompt = На каких языках вы говорите?
vol-load-prompt = Сколько открытых просьб одновременно, не больше?
vol-registered = Вы зарегистрированы как волонтёр 🎉 Когда появится подходящая просьба, я пришлю её вам.
vol-summary =
    🙋 Ваш профиль
    Имя: { $name }
    Навыки: { $skills }
    Регионы: { $places }
    Время: { $times }
    Языки: { $languages }
    Одновременно не больше { $load ->
        [1] одной просьбы
        [one] { $load } просьбы
       *[other] { $load } просьб
    }
    Статус: { $status }
vol-status-active = активен ✅
vol-status-paused = на паузе ⏸️
vol-edit-skills = Навыки
vol-edit-places = Регионы
vol-edit-times = Время
vol-edit-languages = Языки
vol-edit-load = Лимит
vol-pause = ⏸️ Пауза
vol-resume = ▶️ Возобновить
vol-my-requests = 📋 Мои просьбы
vol-finish = 🏠 Меню
vol-paused = Ваш профиль на паузе: предложений не будет, пока вы его не возобновите.
vol-resumed = Вы снова в деле 💪
vol-no-requests = Вы пока не взяли ни одной просьбы.
vol-requests-title = Ваши просьбы:
vol-request-line = №{ $number } { $category } · { $place } · { $state }

req-who-prompt = Для кого эта просьба? (имя)
req-who-phone = Номер телефона этого человека? (Его получит только волонтёр, который возьмёт просьбу.)
req-who-phone-skip = Без номера
req-category-prompt = С чем нужна помощь?
req-description-prompt = Коротко: что нужно (до { $limit } символов)? Без имени и телефона — их получит только волонтёр, который возьмёт просьбу.
req-description-invalid = Можете уложить описание в { $limit } символов?
req-skip = Пропустить
req-locality-prompt = В каком населённом пункте?
req-urgency-prompt = К какому сроку это нужно?
req-times-prompt = Какое время вам удобно? Выберите несколько, затем «Готово».
req-any-time = В любое время
req-language-prompt = На каком языке вам удобнее всего?
req-phone-prompt = Как волонтёр может с вами связаться? Поделитесь номером или напишите его, или общайтесь через бота. Номер получит только тот, кто возьмёт просьбу.
req-phone-skip = Через бота
req-confirm =
    Вот ваша просьба:
    { $summary }
    Отправить?
req-send = ✅ Отправить
req-cancel = Отмена
req-cancelled = Просьба не отправлена.
req-sent = Просьба №{ $number } отправлена 🙏 Мы ищем волонтёра и сообщим, как только кто-то её возьмёт.

offer-text =
    🤝 Просьба о помощи, которая вам подходит:
    { $summary }
    Сможете помочь? Если ответа не будет в течение { $within }, мы передадим её дальше.
offer-accept = ✅ Смогу
offer-decline = ❌ Не в этот раз
offer-accepted = Спасибо! 🙏 Контакты уже в пути.
offer-declined-thanks = Спасибо за ответ! Передадим просьбу дальше.
offer-expired = Мы не получили ответа по просьбе №{ $number }, поэтому передали её дальше. Ничего страшного 🙂
offer-taken-later = Просьбу №{ $number } взял другой волонтёр. Спасибо за готовность помочь 💛
offer-withdrawn = Помощь по просьбе №{ $number } больше не нужна: её автор отменил просьбу. Спасибо за готовность помочь 💛
offer-already-taken = Эту просьбу уже взял кто-то другой. Спасибо за готовность помочь 💛
offer-already-accepted = Вы уже взяли эту просьбу.
offer-already-declined = Вы уже отказались от этой просьбы.
offer-already-expired = Это предложение истекло, и просьба передана дальше.

contact-with-phone = { $name }, телефон: { $phone }
contact-write-here = { $name } (без телефона: пишите через бота кнопкой ниже)
contact-write-button = ✉️ Написать через бота
matched-volunteer =
    Спасибо! 🙏 Просьба теперь за вами.
    { $summary }
    Контакт: { $contact }
matched-requester = Хорошие новости! 🎉 С просьбой №{ $number } ({ $category }) поможет волонтёр: { $contact }

followup-text = Как дела с просьбой №{ $number } ({ $category })? Вопрос решён?
followup-yes = ✅ Да, решён
followup-no = ❌ Пока нет
followup-thanks-yes = Замечательно! Просьба закрыта. Спасибо 💛
followup-thanks-no = Спасибо, что сообщили. Поищем того, кто сможет помочь.
followup-already = Статус просьбы уже обновлён ({ $state }).

escalation-text =
    ⚠️ Просьба требует вашего внимания:
    { $summary }
    Причина: { $reason }
escalation-none = Подходящий волонтёр не найден.
escalation-unanswered = { $offers ->
        [one] { $offers } предложение подряд
        [few] { $offers } предложения подряд
       *[other] { $offers } предложений подряд
    }, и никто не согласился.
escalation-assign = 👤 Назначить вручную
escalation-search = 🔄 Искать снова

admin-list-title = Активные просьбы:
admin-list-empty = Сейчас активных просьб нет.
admin-request-line = №{ $number } { $category } · { $state }
admin-new-request = ➕ Просьба от имени другого человека
admin-back = ↩️ Назад
admin-request-gone = Такая просьба не найдена.
admin-detail =
    { $summary }
    Статус: { $state }
    { $history }
    Почему эти волонтёры? (балл = составляющие × веса)
    { $why }
admin-pick-prompt =
    Кого назначить? (балл = составляющие × веса)
    { $why }
admin-assigned = { $name } назначен(а) на просьбу №{ $number }. Обе стороны получили контакты друг друга.
admin-assign-failed = Назначить нельзя: просьба уже не открыта.
admin-searching = Ищем снова. Статус просьбы: { $state }

relay-prompt = Что передать? Я перешлю ваше сообщение как есть.
relay-sent = Сообщение отправлено ✉️
relay-closed = Писать через бота можно только по просьбе, которая сейчас в работе.
relay-invalid = Можете уложить сообщение в { $limit } символов?
relay-message = ✉️ Сообщение от { $name } (просьба №{ $number }):
    { $text }
relay-reply = ✉️ Ответить

digest-volunteering-line = • { $category } · { $place } · { $urgency }

req-mine-title = Ваши открытые просьбы:
req-new = ➕ Новая просьба
req-cancel-one = ❌ Отменить просьбу №{ $number }
req-withdrawn = Просьба №{ $number } отменена. Если снова понадобится помощь, мы рядом.
request-cancelled-volunteer = Просьбу №{ $number } отменил тот, кто её оставил. Спасибо за вашу помощь 💛
help-summary-new =
    📌 Новая просьба: { $category }
    📍 { $place }
    ⏱️ { $urgency } · { $times }
offer-already-withdrawn = Эта просьба больше не нуждается в помощи: её отменили. Спасибо за готовность помочь 💛
help-relaxed-time = без учёта времени
help-relaxed-place = и за пределами района
admin-search-widened = Никто не подошёл по всем условиям, поэтому поиск расширен ({ $relaxed }). Состояние просьбы: { $state }
admin-search-nobody = Даже расширенный поиск (любое время, за пределами района) не нашёл нового волонтёра. Можно назначить вручную.
escalation-excluded = { $total ->
        [one] Проверен { $total } волонтёр, не подошёл
        [few] Проверены { $total } волонтёра, не подошли
       *[other] Проверено { $total } волонтёров, не подошли
    }: { $counts }
escalation-no-volunteers = Активных волонтёров пока нет.
words-weekdays = будни, все будни, по будням, с воскресенья по четверг
request-released-volunteer = Спасибо за помощь по просьбе №{ $number } 💛 Автор просьбы сообщил, что она ещё не решена, поэтому мы поищем другого волонтёра. От вас ничего не требуется.
