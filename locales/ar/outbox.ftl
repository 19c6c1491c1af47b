## حالة الإرسال للمنسقين.

menu-outbox-status = 📬 حالة الإرسال
outbox-status-title = 📬 حالة الإرسال في { $days ->
        [one] آخر يوم
        [two] آخر يومين
        [few] آخر { $days } أيام
        [many] آخر { $days } يومًا
       *[other] آخر { $days } يوم
    }
outbox-status-empty = لم تُرسل ولم تُجدول أي رسائل في هذه الفترة.
outbox-status-legend = ⏳ بانتظار · ✅ أُرسلت · ❌ فشلت · ✋ مُعلّقة · ❓ غير معروف · ⏭️ تم تخطيها
outbox-status-by-kind = حسب النوع:
outbox-status-by-channel = حسب القناة:
outbox-status-scheduled = مهام مجدولة:
outbox-status-reasons = لماذا تنتظر الرسائل أو عُلّقت أو فشلت:
outbox-channel-none = لم تُحدد بعد
outbox-icon-pending = ⏳
outbox-icon-sent = ✅
outbox-icon-failed = ❌
outbox-icon-held = ✋
outbox-icon-unknown = ❓
outbox-icon-skipped = ⏭️

outbox-state-pending = بانتظار
outbox-state-sent = أُرسلت
outbox-state-failed = فشلت
outbox-state-held = مُعلّقة
outbox-state-unknown = غير معروف (ربما وصلت)
outbox-state-skipped = تم تخطيها
outbox-schedule-pending = بانتظار
outbox-schedule-done = نُفذت
outbox-schedule-skipped = تم تخطيها
outbox-schedule-failed = فشلت
outbox-schedule-cancelled = أُلغيت
