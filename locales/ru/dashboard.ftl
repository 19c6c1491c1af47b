# The coordinators' web dashboard (bot/web/) and the public results page.

menu-dashboard = 🖥️ Панель
dash-link = { $form ->
    [m] Вот твоя ссылка на панель координатора. Она сработает один раз в течение { $minutes ->
        [one] { $minutes } минуты
        [few] { $minutes } минут
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    } и откроет панель в браузере:
    [f] Вот твоя ссылка на панель координатора. Она сработает один раз в течение { $minutes ->
        [one] { $minutes } минуты
        [few] { $minutes } минут
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    } и откроет панель в браузере:
   *[p] Вот ваша ссылка на панель координатора. Она сработает один раз в течение { $minutes ->
        [one] { $minutes } минуты
        [few] { $minutes } минут
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    } и откроет панель в браузере:
}
    { $link }
dash-name = Панель «Кехила»
dash-logout = Выйти
dash-login-prompt = { $form ->
    [m] Чтобы открыть панель, нажми кнопку.
    [f] Чтобы открыть панель, нажми кнопку.
   *[p] Чтобы открыть панель, нажмите кнопку.
}
dash-login-button = Открыть панель
dash-login-bad = { $form ->
    [m] Эта ссылка уже использована или устарела. Запроси новую кнопкой «🖥️ Панель» в меню бота.
    [f] Эта ссылка уже использована или устарела. Запроси новую кнопкой «🖥️ Панель» в меню бота.
   *[p] Эта ссылка уже использована или устарела. Запросите новую кнопкой «🖥️ Панель» в меню бота.
}
dash-login-needed = { $form ->
    [m] Сеанс закончился. Запроси новую ссылку кнопкой «🖥️ Панель» в меню бота.
    [f] Сеанс закончился. Запроси новую ссылку кнопкой «🖥️ Панель» в меню бота.
   *[p] Сеанс закончился. Запросите новую ссылку кнопкой «🖥️ Панель» в меню бота.
}
dash-not-coordinator = Панель доступна только координаторам.
dash-csrf = Форма устарела. Обновите страницу и попробуйте ещё раз.
dash-logged-out = { $form ->
    [m] Ты вышел из панели.
    [f] Ты вышла из панели.
   *[p] Вы вышли из панели.
}
dash-not-found = Такой страницы нет.
dash-scope = Показаны только люди из региона: { $region }
dash-page-overview = Обзор
dash-page-survey = Опрос
dash-page-regions = Регионы
dash-page-meetings = Домашние встречи
dash-page-matching = Подбор помощи
dash-page-outbox = Сообщения и доставка
dash-col-what = Что
dash-col-people = Люди
dash-col-week = Неделя с
dash-col-new = Первое обращение
dash-col-finished = Завершили опрос
dash-funnel = Путь: от первого обращения до группы
dash-funnel-contact = Написали боту
dash-funnel-consent = Дали согласие
dash-funnel-survey-started = Начали опрос
dash-funnel-survey-finished = Завершили опрос
dash-funnel-meeting-signed-up = Записались на домашнюю встречу
dash-funnel-meeting-attended = Пришли на домашнюю встречу
dash-funnel-group-lead = Заинтересованы в гарине
dash-funnel-garin-member = Участники гарина
dash-channels = По каналам
dash-languages = По языкам
dash-consent = Согласие
dash-consent-consented = Согласились
dash-consent-not_yet = Ещё не согласились
dash-consent-opted_out = Отказались от сообщений
dash-activity = Активность за последние недели
dash-activity-note = Синим: первое обращение; зелёным: завершили опрос.
dash-regions = Где люди живут и куда хотят переехать
dash-col-region = Регион
dash-col-live = Живут там
dash-col-want = Хотят переехать
dash-localities = Крупнейшие населённые пункты
dash-col-locality = Населённый пункт
dash-survey-intro = Опрос { $started ->
    [one] начал { $started } человек
    [few] начали { $started } человека
    [many] начали { $started } человек
   *[other] начали { $started } человека
}, { $finished ->
    [one] завершил { $finished }
    [few] завершили { $finished }
    [many] завершили { $finished }
   *[other] завершили { $finished }
} ({ $rate }%).
dash-no-survey = Активного опроса нет.
dash-dropoff = Где люди останавливаются
dash-started = Начали
dash-finished = Завершили
dash-col-question = Вопрос
dash-col-reached = Дошли до него
dash-col-skipped = Пропустили
dash-col-stopped = Остановились здесь
dash-col-answer = Ответ
dash-col-percent = %
dash-answered = { $n ->
    [one] Ответил { $n } человек.
    [few] Ответили { $n } человека.
    [many] Ответили { $n } человек.
   *[other] Ответили { $n } человека.
}
dash-multi-note = { $n ->
    [one] Ответил { $n } человек; можно было выбрать несколько ответов, поэтому сумма может превышать число ответивших.
    [few] Ответили { $n } человека; можно было выбрать несколько ответов, поэтому сумма может превышать число ответивших.
    [many] Ответили { $n } человек; можно было выбрать несколько ответов, поэтому сумма может превышать число ответивших.
   *[other] Ответили { $n } человека; можно было выбрать несколько ответов, поэтому сумма может превышать число ответивших.
}
dash-filter-region = Регион проживания
dash-filter-locality = Населённый пункт
dash-filter-any = Все
dash-filter-apply = Отфильтровать
dash-filter-clear = Сбросить фильтр
dash-meetings = Заполненность, лист ожидания и посещаемость
dash-col-meeting = Встреча
dash-col-when = Когда
dash-col-capacity = Мест
dash-col-confirmed = Записались
dash-col-waitlist = В листе ожидания
dash-col-attended = Пришли
dash-col-feedback = Отзывы
dash-col-score = Средняя оценка
dash-comments = Комментарии из отзывов
dash-col-comment = Комментарий
dash-open-requests = Открытые запросы по категориям и по времени ожидания
dash-no-personal = Без личных данных тех, кто просит о помощи.
dash-col-category = Категория
dash-col-total = Всего
dash-age-day = Меньше суток
dash-age-week = До недели
dash-age-month = До месяца
dash-age-older = Больше месяца
dash-match-times = Время подбора
dash-col-value = Значение
dash-hours-to-offer = Часов до первого предложения волонтёру (медиана)
dash-hours-to-match = Часов до согласия волонтёра (медиана)
dash-matched = Запросы, для которых нашёлся волонтёр
dash-escalated = Открытые запросы, переданные координаторам
dash-volunteer-load = Нагрузка волонтёров: сколько активных запросов у каждого
dash-col-requests = Активных запросов
dash-col-volunteers = Волонтёров
dash-broadcasts = Доставка рассылок
dash-col-broadcast = Рассылка №
dash-col-state = Состояние
dash-col-recipients = Получателей
dash-delivery-sent = Отправлено
dash-delivery-delivered = Доставлено
dash-delivery-read = Прочитано
dash-delivery-failed = Не доставлено
dash-delivery-held = Задержано
dash-delivery-skipped = Пропущено
dash-delivery-unknown = Неизвестно
dash-delivery-pending = Ожидают
dash-delivery-cancelled = Отменено
dash-state-scheduled = Запланирована
dash-state-sending = Отправляется
dash-state-paused = Приостановлена
dash-state-done = Завершена
dash-state-cancelled = Отменена
dash-reasons = Почему сообщения не ушли
dash-col-reason = Причина
dash-col-count = Сколько
dash-quiet = Ждут окончания тихих часов
dash-col-kind = Вид
dash-public-title = Результаты опроса
dash-public-fewer = меньше { $k }
dash-public-too-few = Пока слишком мало ответов, чтобы показать результаты (нужно не меньше { $k }).
dash-public-intro = Опрос { $finished ->
    [one] завершил { $finished } человек
    [few] завершили { $finished } человека
    [many] завершили { $finished } человек
   *[other] завершили { $finished } человека
}. Чтобы никого нельзя было узнать, число меньше { $k } показано как «меньше { $k }».
dash-public-choose = Публичная страница: какие вопросы на ней показаны
dash-public-on = Публичная страница открыта всем, на ней только итоговые числа.
dash-public-off = Публичная страница выключена. Уже сейчас можно выбрать, какие вопросы она покажет.
dash-public-save = Сохранить выбор
dash-public-link = Открыть публичную страницу
dash-public-broadcast = Отправить участникам, что опрос показал в их регионе
dash-public-broadcast-text = Что показал опрос { $region }? Результаты без чьих-либо личных данных: { $link }
dash-public-broadcast-done = { $n ->
    [one] Сообщение получит { $n } человек.
    [few] Сообщение получат { $n } человека.
    [many] Сообщение получат { $n } человек.
   *[other] Сообщение получат { $n } человека.
}
