## Статус рассылки для координаторов.

menu-outbox-status = 📬 Статус рассылки
outbox-status-title = 📬 Статус рассылки за { $days ->
        [1] последний день
        [one] последний { $days } день
        [few] последние { $days } дня
       *[many] последние { $days } дней
    }
outbox-status-empty = За этот период ничего не отправлялось и не планировалось.
outbox-status-legend = ⏳ ждут · ✅ отправлены · ❌ ошибка · ✋ задержаны · ❓ неизвестно · ⏭️ пропущены
outbox-status-by-kind = По типу:
outbox-status-by-channel = По каналу:
outbox-status-scheduled = Запланированные задачи:
outbox-status-reasons = Почему сообщения ждут, задержаны или не отправлены:
outbox-channel-none = ещё не выбран
outbox-icon-pending = ⏳
outbox-icon-sent = ✅
outbox-icon-failed = ❌
outbox-icon-held = ✋
outbox-icon-unknown = ❓
outbox-icon-skipped = ⏭️

outbox-state-pending = ждут
outbox-state-sent = отправлены
outbox-state-failed = ошибка
outbox-state-held = задержаны
outbox-state-unknown = неизвестно (возможно, дошли)
outbox-state-skipped = пропущены
outbox-schedule-pending = ждут
outbox-schedule-done = выполнены
outbox-schedule-skipped = пропущены
outbox-schedule-failed = ошибка
outbox-schedule-cancelled = отменены

## Names for kinds and reasons in the delivery status (issue 20).
outbox-kind-broadcast = Рассылка
outbox-kind-broadcast-report = Отчёт о рассылке координатору
outbox-kind-broadcast-send = Запуск рассылки
outbox-kind-broadcast-progress = Ход рассылки
outbox-kind-digest = Еженедельная сводка
outbox-kind-survey-nudge = Напоминание об опросе
outbox-kind-meeting-reminder = Напоминание о домашней встрече
outbox-kind-meeting-feedback = Отзыв о домашней встрече
outbox-kind-help-offer = Предложение по просьбе о помощи
outbox-reason-opted-out = получатель отказался от сообщений
outbox-reason-no-channel = ни один канал не доходит до получателя
outbox-reason-expired = устарело, не успев отправиться
outbox-reason-cancelled = отменено координатором
outbox-reason-paused = приостановлено координатором
outbox-reason-quiet-wait = часы тишины ({ $why }, с { $start } до { $end }): ждёт их окончания
outbox-quiet-shabbat = шабат
outbox-quiet-night = ночь
outbox-quiet-holiday = праздник: { $names }
holiday-pesach = Песах
holiday-pesach-vii = седьмой день Песаха
holiday-shavuot = Шавуот
holiday-rosh-hashana-i = Рош ха-Шана, первый день
holiday-rosh-hashana-ii = Рош ха-Шана, второй день
holiday-yom-kippur = Йом Кипур
holiday-sukkot = Суккот
holiday-shmini-atzeret = Шмини Ацерет
holiday-simchat-torah = Симхат Тора
outbox-kind-help-cancelled = Отмена просьбы о помощи
outbox-kind-help-escalation = Передача просьбы координатору
outbox-kind-help-followup = Уточнение после помощи
outbox-kind-help-matched = Волонтёр назначен на просьбу
outbox-kind-help-offer-expired = Истёкшее предложение
outbox-kind-help-offer-taken = Предложение принял другой волонтёр
outbox-kind-help-offer-withdrawn = Отозванное предложение
outbox-kind-help-relay = Сообщение между просящим и волонтёром
outbox-kind-help-released = Просьба снова в поиске
outbox-kind-meeting-cancelled = Отмена домашней встречи
outbox-kind-meeting-changed = Изменение домашней встречи
outbox-kind-meeting-host = Сообщение хозяевам встречи
outbox-kind-meeting-promoted = Место из листа ожидания
outbox-kind-meeting-refill = Заполнение мест из листа ожидания
outbox-kind-offer-expiry = Срок предложения
