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

## Names for kinds and reasons in the delivery status (issue 20).
outbox-kind-broadcast = رسالة جماعية
outbox-kind-broadcast-report = تقرير الإرسال للمنسّق
outbox-kind-broadcast-send = إرسال رسالة جماعية
outbox-kind-broadcast-progress = تقدّم الإرسال
outbox-kind-digest = الملخّص الأسبوعي
outbox-kind-survey-nudge = تذكير بالاستبيان
outbox-kind-meeting-reminder = تذكير بلقاء بيتي
outbox-kind-meeting-feedback = رأي في لقاء بيتي
outbox-kind-help-offer = عرض لطلب مساعدة
outbox-reason-opted-out = طلب المستلم عدم تلقّي الرسائل
outbox-reason-no-channel = لا توجد قناة تصل إلى المستلم
outbox-reason-expired = انتهت صلاحيتها قبل أن يمكن إرسالها
outbox-reason-cancelled = ألغاها منسّق
outbox-reason-paused = أوقفها منسّق مؤقتًا
outbox-reason-quiet-wait = ساعات الهدوء ({ $why }، { $start } – { $end }): تنتظر انتهاءها
outbox-quiet-shabbat = السبت
outbox-quiet-night = الليل
outbox-quiet-holiday = عيد: { $names }
holiday-pesach = عيد الفصح العبري
holiday-pesach-vii = اليوم السابع من عيد الفصح العبري
holiday-shavuot = عيد الأسابيع (شفوعوت)
holiday-rosh-hashana-i = رأس السنة العبرية، اليوم الأول
holiday-rosh-hashana-ii = رأس السنة العبرية، اليوم الثاني
holiday-yom-kippur = يوم الغفران (يوم كيبور)
holiday-sukkot = عيد العُرُش (سوكوت)
holiday-shmini-atzeret = شميني عتسيرت
holiday-simchat-torah = عيد فرحة التوراة (سمحات توراه)
outbox-kind-help-cancelled = إلغاء طلب مساعدة
outbox-kind-help-escalation = تحويل طلب إلى المنسّق
outbox-kind-help-followup = متابعة بعد المساعدة
outbox-kind-help-matched = تعيين متطوّع لطلب
outbox-kind-help-offer-expired = عرض انتهت مهلته
outbox-kind-help-offer-taken = عرض أخذه متطوّع آخر
outbox-kind-help-offer-withdrawn = عرض مسحوب
outbox-kind-help-relay = رسالة بين طالب المساعدة والمتطوّع
outbox-kind-help-released = طلب عاد إلى البحث
outbox-kind-meeting-cancelled = إلغاء لقاء بيتي
outbox-kind-meeting-changed = تغيير في لقاء بيتي
outbox-kind-meeting-host = إشعار للمضيف
outbox-kind-meeting-promoted = مقعد من قائمة الانتظار
outbox-kind-meeting-refill = ملء المقاعد من قائمة الانتظار
outbox-kind-offer-expiry = انتهاء مهلة العرض
