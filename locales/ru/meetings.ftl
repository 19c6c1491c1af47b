## Домашние встречи (חוגי בית). Обращение на «вы», поэтому $form не нужен.

menu-meetings = 🏠 Домашние встречи
menu-my-meetings = 📅 Мои встречи
menu-meetings-admin = 🗂️ Управление домашними встречами

## Описание встречи
meeting-status-open = открыта
meeting-status-full = мест нет – открыт лист ожидания
meeting-status-past = уже состоялась
meeting-status-cancelled = отменена
meeting-site = 🌱 Представляют: { $site }
meeting-when = 🗓️ { $when } ({ $minutes } мин)
meeting-where = 📍 { $place }, { $region }
meeting-address = 🏡 Адрес: { $address }
meeting-seats-left = { $seats ->
        [1] Осталось одно место
        [one] Осталось { $seats } место
        [few] Осталось { $seats } места
        [many] Осталось { $seats } мест
       *[other] Осталось { $seats } места
    }
meeting-someone = участник
meeting-minutes = { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
       *[other] { $minutes } минут
    }

## Просмотр
meetings-pick-region = В каком регионе искать?
meetings-all-regions = 🌍 Везде
meetings-everywhere = по всей стране
meetings-change-region = 🧭 Другой регион
meetings-to-menu = ↩️ В меню
meetings-none = Ближайших домашних встреч { $where } пока нет. Попробуйте другой регион или загляните через несколько дней.
meetings-list = Домашние встречи { $where } ({ $count }, страница { $page } из { $pages }). Выберите встречу, чтобы увидеть подробности:
meetings-more = ➡️ Дальше
meetings-previous = ⬅️ Предыдущие
meetings-mine = 📅 Мои встречи
meetings-back = ↩️ Назад
meetings-browse = 🔎 Найти домашнюю встречу
meetings-mine-title = Ваши встречи (✅ записаны · ⏳ лист ожидания · 🔑 принимаете у себя):
meetings-mine-empty = Вы пока не записались ни на одну домашнюю встречу.
meeting-gone = Этой встречи больше нет.

## Одна встреча
meeting-you-are-in = ✅ Вы записаны ({ $seats ->
        [1] одно место
        [one] { $seats } место
        [few] { $seats } места
        [many] { $seats } мест
       *[other] { $seats } места
    }).
meeting-you-wait = ⏳ Вы в листе ожидания ({ $seats ->
        [1] одно место
        [one] { $seats } место
        [few] { $seats } места
        [many] { $seats } мест
       *[other] { $seats } места
    }). Сообщим, как только освободится место.
meeting-sign-up = ✋ Записаться
meeting-join-waitlist = ⏳ В лист ожидания
meeting-cancel-seat = ❌ Отменить запись
meeting-leave-waitlist = ❌ Выйти из листа ожидания
meeting-calendar-again = 🗓️ Файл для календаря ещё раз
meeting-how-many = Сколько вас придёт, включая вас? Нажмите или напишите число.
meeting-seats-invalid = Пожалуйста, укажите число от 1 до { $most }.
meeting-your-name = Какое имя показать хозяевам встречи? (Достаточно имени.)
meeting-name-invalid = Пожалуйста, имя не длиннее { $most } символов.
meeting-full-offer = Ой, последние места только что заняли 😕 Записать вас в лист ожидания? Если место освободится, оно автоматически достанется вам.
meeting-confirmed = Вы записаны! 🎉 Ждём вас.
meeting-calendar-caption = 🗓️ Файл для календаря – откройте его, чтобы добавить встречу в свой календарь.
meeting-waitlisted = Вы в листе ожидания (номер { $position }). Если место освободится, оно автоматически перейдёт к вам, и мы пришлём адрес.
meeting-already = Вы уже записаны на эту встречу.
meeting-closed = Запись на эту встречу закрыта.
meeting-cancel-sure = Отменить запись? Ваше место перейдёт следующему в листе ожидания.
meeting-cancel-yes = Да, отменить
meeting-cancel-no = Нет, оставить
meeting-seat-cancelled = Запись отменена, место освободилось. Спасибо, что предупредили 🙏
meeting-nothing-to-cancel = Не нашёл активной записи на эту встречу.

## Сообщения, которые приходят позже
meeting-promoted = Освободилось место – вы записаны! 🎉
meeting-cancelled-notice = ❗ Домашняя встреча «{ $title }» ({ $when }) отменена. Простите! Другую встречу можно найти в меню, в разделе «Домашние встречи».
meeting-changed-notice = ✏️ Обратите внимание: детали встречи изменились. Вот новые:
meeting-reminder = ⏰ Напоминание: скоро увидимся!
meeting-reminder-ask = ⏰ Напоминание: встреча { $day }! Вы придёте?
meeting-still-coming-yes = ✅ Приду
meeting-still-coming-no = ❌ Не смогу прийти
meeting-see-you = Отлично, до встречи! 👋
meeting-host-signup = ✋ { $name } записался(-ась) на «{ $title }» ({ $seats ->
        [1] одно место
        [one] { $seats } место
        [few] { $seats } места
        [many] { $seats } мест
       *[other] { $seats } места
    }). Заполнено: { $fill }.
meeting-host-waitlisted = ⏳ { $name } встал(а) в лист ожидания на «{ $title }» (мест: { $seats }).
meeting-host-cancelled = ❌ { $name } отменил(а) запись на «{ $title }» (мест: { $seats }). Заполнено: { $fill }.
meeting-host-promoted = ⬆️ { $name } перешёл(-шла) из листа ожидания в участники «{ $title }». Заполнено: { $fill }.
meeting-host-assigned = 🔑 Встреча «{ $title }» ({ $when }) проходит у вас. Мы сообщим о каждой записи и отмене, а список участников – в разделе «Мои встречи».

## Отзывы
meeting-feedback-ask = Как прошла встреча «{ $title }»? Оцените от 1 до 5 ⭐
meeting-feedback-comment = Спасибо! Хотите что-нибудь добавить? Напишите здесь или пропустите.
meeting-feedback-skip = ⏭️ Пропустить
meeting-comment-invalid = Пожалуйста, не длиннее { $most } символов.
meeting-feedback-thanks = Спасибо за отзыв 💙
meeting-lead-ask = Сообщить вам, когда соберётся группа { $region }?
meeting-lead-yes = Да, сообщите
meeting-lead-no = Не сейчас
meeting-lead-saved = Записали! Координатор свяжется с вами, когда группа соберётся 🌱
meeting-lead-declined = Хорошо. Вы всегда можете к нам вернуться.

## Хозяева встреч и координаторы
meeting-not-yours = У вас нет прав управлять этой встречей.
meetings-all-title = Все ближайшие встречи ({ $count }) и их заполненность:
meetings-all-empty = Ближайших встреч нет.
meeting-new = ➕ Новая встреча
meeting-fill = 👥 Заполнено { $fill } · в ожидании: { $waiting } · подтвердили приход: { $reconfirmed }
meeting-attendees = 👥 Список участников
meeting-mark-attendance = ☑️ Отметить, кто пришёл
meeting-edit = ✏️ Изменить
meeting-set-host = 🔑 Назначить хозяина встречи
meeting-cancel-meeting = 🚫 Отменить встречу
meeting-attendees-title = Участники «{ $title }» – { $fill }:
meeting-attendee-line = { $number }. { $name } · { $seats } { $marks }
meeting-no-attendees = Пока никто не записался.
meeting-attendee-legend = ✔️ подтвердил(а) приход · ⏳ лист ожидания · ✅ пришёл(-шла) · ❌ не пришёл(-шла)
meeting-attendance-prompt = Нажмите на имя, чтобы отметить: ▫️ → ✅ пришёл(-шла) → ❌ не пришёл(-шла).
meeting-attendance-done = ✔️ Готово
meeting-attendance-saved = Посещаемость сохранена.
meeting-edit-which = Что изменить?
meeting-field-starts_at = 🗓️ Дата и время
meeting-field-address = 🏡 Адрес
meeting-field-capacity = 👥 Количество мест
meeting-field-duration = ⏱️ Продолжительность
meeting-field-title = 🏷️ Название
meeting-field-notes = 📝 Примечания
meeting-edit-prompt-starts_at = Новые дата и время? Например, { $example }
meeting-edit-prompt-address = Новый адрес?
meeting-edit-prompt-capacity = Сколько всего мест?
meeting-edit-prompt-duration = Сколько минут продлится встреча?
meeting-edit-prompt-title = Новое название?
meeting-edit-prompt-notes = Какие примечания?
meeting-edit-saved = Сохранено ✔️ { $count ->
        [0] {""}
        [1] Сообщили одному участнику.
        [one] Сообщили { $count } участнику.
       *[other] Сообщили { $count } участникам.
    }
meeting-when-invalid = Не удалось распознать дату и время в будущем. Например: { $example }
meeting-number-invalid = Пожалуйста, укажите положительное число.
meeting-capacity-invalid = Пожалуйста, укажите число – не меньше, чем уже занятых мест ({ $taken }).
meeting-host-prompt = Кто принимает встречу? Напишите номер телефона или идентификатор канала (например, tg:123456).
meeting-host-unknown = Я не знаю такого человека. Хозяин встречи должен сначала написать боту (и привязать телефон, если ищем по телефону).
meeting-host-saved = Хозяин встречи назначен и получит сообщение.
meeting-cancel-meeting-sure = Отменить эту встречу? Занято мест: { $count } – все записавшиеся и ожидающие получат сообщение.
meeting-cancel-meeting-yes = Да, отменить встречу
meeting-cancelled-done = Встреча отменена. Сообщение получат { $count } чел.

## Новая встреча
meeting-new-title = Новая домашняя встреча 🏠 Как она называется?
meeting-new-site = Какой населённый пункт, гарин или общину представляют на встрече?
meeting-new-locality = В каком населённом пункте?
meeting-new-locality-unknown = Не нашёл такого населённого пункта. Попробуете другое написание?
meeting-new-pick-locality = Какой именно?
meeting-new-type-again = ✍️ Написать заново
meeting-new-starts-at = Когда? Например, { $example } (время в Израиле)
meeting-new-duration = Сколько продлится? Выберите или напишите число минут.
meeting-new-capacity = Сколько мест?
meeting-new-address = Адрес? (Его увидят только записавшиеся и хозяева встречи.)
meeting-new-host = Кто принимает? Телефон или идентификатор канала (tg:123456), или пропустите.
meeting-new-language = На каком языке пройдёт встреча?
meeting-new-notes = Примечания для участников (что взять с собой, парковка…)? Можно пропустить.
meeting-new-skip = ⏭️ Пропустить
meeting-new-check = Вот как это будет выглядеть. Публикуем?
meeting-new-publish = 📣 Опубликовать
meeting-new-drop = 🗑️ Не сохранять
meeting-new-dropped = Встреча не сохранена.
meeting-new-published = «{ $title }» опубликована ✔️ Напоминания настроены.

## Еженедельная рассылка
meeting-digest-line = 🏠 { $when } · { $place }: { $title } ({ $seats ->
        [1] последнее место
        [one] { $seats } место
        [few] { $seats } места
        [many] { $seats } мест
       *[other] { $seats } места
    })

meeting-day-today = сегодня
meeting-day-tomorrow = завтра
meeting-day-on = { $date }
