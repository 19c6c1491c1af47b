## Слова самого опроса (сами вопросы – в conversations/surveys/*.yaml).

menu-survey-start = 📋 Пройти опрос
menu-survey-continue = ▶️ Продолжить опрос
menu-survey-review = 📋 Мои ответы на опрос
menu-survey-summary = 📊 Итоги опроса

survey-progress = ({ $n }/{ $total })
survey-skip = ⏭️ Пропустить
survey-back = ↩️ Назад
survey-done = ✔️ Готово
survey-yes = Да
survey-no = Нет
survey-welcome-back = Рады, что вы вернулись! Продолжим с того места, где остановились 👇
survey-already-done = Вы уже ответили на опрос, спасибо! Вот ответы, которые мы сохранили; любой из них можно изменить.
survey-unknown = Этот опрос больше не проводится.

survey-required = На этот вопрос нам очень нужен ответ, поэтому его нельзя пропустить.
survey-not-an-option = Пожалуйста, выберите один из вариантов: нажмите на него или напишите его номер.
survey-type-answer = Пожалуйста, напишите ответ здесь ✍️
survey-multi-empty = Выберите хотя бы один вариант, а затем «Готово».
survey-invalid-number = Это не похоже на число. Пожалуйста, пишите только цифры, например 2019.
survey-invalid-range = Пожалуйста, укажите число от { $low } до { $high }.
survey-invalid-empty = Я не получил ответа. Можете написать ещё раз?
survey-invalid-length = Ответ слишком длинный ({ $length ->
        [one] { $length } символ
        [few] { $length } символа
       *[other] { $length } символов
    }). Можно сократить до { $limit }?
survey-invalid-date = Не удалось распознать дату. Пожалуйста, напишите день/месяц/год, например { $example }.

survey-locality-unknown = Не нашёл населённый пункт «{ $text }». Попробуете другое написание?
survey-locality-pick = Вы имели в виду:
survey-locality-none = Ничего из этого – напишу заново
survey-locality-found = 📍 { $place } ({ $region })

survey-review-title = Почти готово! Вот ваши ответы:
survey-review-skipped = (пропущено)
survey-review-missing = (ответа пока нет)
survey-submit = ✅ Отправить
survey-change = ✏️ Изменить ответ
survey-change-prompt = Какой ответ вы хотите изменить?

survey-nudge = Здравствуйте 👋 Вы начали опрос и ответили на { $answered } из { $total ->
        [one] { $total } вопроса
       *[other] { $total } вопросов
    }. Осталось всего несколько минут – продолжим с того места, где вы остановились?
survey-nudge-continue = ▶️ Продолжить опрос

## Результаты для координаторов
survey-col-person = Участник
survey-col-channel = Канал
survey-col-language = Язык
survey-col-status = Статус
survey-col-started = Начало
survey-col-finished = Окончание
survey-col-version = Версия
survey-col-region = регион
survey-status-started = в процессе
survey-status-finished = завершён
survey-summary-title = 📊 { $title }
survey-summary-funnel = Начали: { $started } · закончили: { $finished } ({ $rate }%)
survey-summary-stops = На каком вопросе останавливаются:
survey-chart-started = Начали
survey-chart-finished = Закончили
survey-chart-funnel = Ответы на каждый вопрос
survey-chart-caption = 📊 График

# A bare number on a number question that also names a listed option: the number was taken
survey-number-taken = Записал { $number } как ответ. Если вы имели в виду «{ $option }», напишите «назад» и выберите это.
