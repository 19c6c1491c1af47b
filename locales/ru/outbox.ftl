## Статус рассылки для координаторов.

menu-outbox-status = 📬 Статус рассылки
outbox-status-title = 📬 Статус рассылки за { $days ->
        [1] последний день
        [one] последний { $days } день
        [few] последние { $days } дня
       *[other] последние { $days } дней
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
