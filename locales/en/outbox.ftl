## Delivery status for coordinators (the menu entry and `kehila outbox status`).

menu-outbox-status = 📬 Delivery status
outbox-status-title = 📬 Delivery status, last { $days } days
outbox-status-empty = Nothing was queued or scheduled in this period.
outbox-status-legend = ⏳ waiting · ✅ sent · ❌ failed · ✋ held · ❓ unknown · ⏭️ skipped
outbox-status-by-kind = By kind:
outbox-status-by-channel = By channel:
outbox-status-scheduled = Scheduled work:
outbox-status-reasons = Why messages wait, were held or failed:
outbox-channel-none = not chosen yet

outbox-icon-pending = ⏳
outbox-icon-sent = ✅
outbox-icon-failed = ❌
outbox-icon-held = ✋
outbox-icon-unknown = ❓
outbox-icon-skipped = ⏭️

outbox-state-pending = waiting
outbox-state-sent = sent
outbox-state-failed = failed
outbox-state-held = held
outbox-state-unknown = unknown (may have arrived)
outbox-state-skipped = skipped

outbox-schedule-pending = waiting
outbox-schedule-done = done
outbox-schedule-skipped = skipped
outbox-schedule-failed = failed
outbox-schedule-cancelled = cancelled
