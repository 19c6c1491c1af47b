# The coordinators' web dashboard (bot/web/) and the public results page.

menu-dashboard = 🖥️ لوحة المتابعة
dash-link = { $form ->
    [m] إليك رابط لوحة المتابعة. يعمل مرة واحدة، لمدة { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، ويفتحها في متصفحك:
    [f] إليكِ رابط لوحة المتابعة. يعمل مرة واحدة، لمدة { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، ويفتحها في متصفحكِ:
   *[p] إليكم رابط لوحة المتابعة. يعمل مرة واحدة، لمدة { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، ويفتحها في متصفحكم:
}
    { $link }
dash-name = لوحة متابعة كهيلا
dash-logout = خروج
dash-login-prompt = { $form ->
    [m] لفتح لوحة المتابعة، اضغط على الزر.
    [f] لفتح لوحة المتابعة، اضغطي على الزر.
   *[p] لفتح لوحة المتابعة، اضغطوا على الزر.
}
dash-login-button = فتح لوحة المتابعة
dash-login-bad = { $form ->
    [m] هذا الرابط استُخدم من قبل أو انتهت صلاحيته. اطلب رابطًا جديدًا من «🖥️ لوحة المتابعة» في قائمة البوت.
    [f] هذا الرابط استُخدم من قبل أو انتهت صلاحيته. اطلبي رابطًا جديدًا من «🖥️ لوحة المتابعة» في قائمة البوت.
   *[p] هذا الرابط استُخدم من قبل أو انتهت صلاحيته. اطلبوا رابطًا جديدًا من «🖥️ لوحة المتابعة» في قائمة البوت.
}
dash-login-needed = { $form ->
    [m] انتهت الجلسة. اطلب رابطًا جديدًا من «🖥️ لوحة المتابعة» في قائمة البوت.
    [f] انتهت الجلسة. اطلبي رابطًا جديدًا من «🖥️ لوحة المتابعة» في قائمة البوت.
   *[p] انتهت الجلسة. اطلبوا رابطًا جديدًا من «🖥️ لوحة المتابعة» في قائمة البوت.
}
dash-not-coordinator = لوحة المتابعة للمنسّقين فقط.
dash-csrf = انتهت صلاحية النموذج. يُرجى إعادة تحميل الصفحة والمحاولة مجددًا.
dash-logged-out = { $form ->
    [m] لقد خرجت من لوحة المتابعة.
    [f] لقد خرجتِ من لوحة المتابعة.
   *[p] لقد خرجتم من لوحة المتابعة.
}
dash-not-found = لا توجد صفحة كهذه.
dash-scope = يظهر هنا فقط الأشخاص من منطقة: { $region }
dash-page-overview = نظرة عامة
dash-page-survey = الاستبيان
dash-page-regions = المناطق
dash-page-meetings = اللقاءات البيتية
dash-page-matching = المطابقة
dash-page-outbox = الرسائل والإرسال
dash-col-what = البند
dash-col-people = الأشخاص
dash-col-week = أسبوع يبدأ في
dash-col-new = تواصل أول
dash-col-finished = أنهوا الاستبيان
dash-funnel = المسار: من التواصل الأول حتى المجموعة
dash-funnel-contact = تواصلوا مع البوت
dash-funnel-consent = أعطوا الموافقة
dash-funnel-survey-started = بدأوا الاستبيان
dash-funnel-survey-finished = أنهوا الاستبيان
dash-funnel-meeting-signed-up = سجّلوا للقاء بيتي
dash-funnel-meeting-attended = حضروا لقاءً بيتيًا
dash-funnel-group-lead = مهتمّون بنواة
dash-funnel-garin-member = أعضاء في النواة
dash-channels = حسب القناة
dash-languages = حسب اللغة
dash-consent = الموافقة
dash-consent-consented = وافقوا
dash-consent-not_yet = لم يوافقوا بعد
dash-consent-opted_out = طلبوا عدم تلقي الرسائل
dash-activity = النشاط في الأسابيع الأخيرة
dash-activity-note = بالأزرق: تواصل أول؛ بالأخضر: أنهوا الاستبيان.
dash-regions = أين يسكن الناس وإلى أين يريدون الانتقال
dash-col-region = المنطقة
dash-col-live = يسكنون هناك
dash-col-want = يريدون الانتقال
dash-localities = أكبر البلدات
dash-col-locality = البلدة
dash-survey-intro = بدأ الاستبيان { $started ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $started } أشخاص
    [many] { $started } شخصًا
   *[other] { $started } شخص
}، وأنهاه { $finished ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $finished } أشخاص
    [many] { $finished } شخصًا
   *[other] { $finished } شخص
} ({ $rate }%).
dash-no-survey = لا يوجد استبيان فعّال.
dash-dropoff = أين يتوقف الناس
dash-started = بدأوا
dash-finished = أنهوا
dash-col-question = السؤال
dash-col-reached = وصلوا إليه
dash-col-skipped = تخطّوه
dash-col-stopped = توقفوا عنده
dash-col-answer = الإجابة
dash-col-percent = %
dash-answered = { $n ->
    [zero] لم يُجب أحد.
    [one] أجاب شخص واحد.
    [two] أجاب شخصان.
    [few] أجاب { $n } أشخاص.
    [many] أجاب { $n } شخصًا.
   *[other] أجاب { $n } شخص.
}
dash-multi-note = { $n ->
    [zero] لم يُجب أحد.
    [one] أجاب شخص واحد؛ كان بالإمكان اختيار أكثر من إجابة، لذا قد يزيد المجموع على عدد المجيبين.
    [two] أجاب شخصان؛ كان بالإمكان اختيار أكثر من إجابة، لذا قد يزيد المجموع على عدد المجيبين.
    [few] أجاب { $n } أشخاص؛ كان بالإمكان اختيار أكثر من إجابة، لذا قد يزيد المجموع على عدد المجيبين.
    [many] أجاب { $n } شخصًا؛ كان بالإمكان اختيار أكثر من إجابة، لذا قد يزيد المجموع على عدد المجيبين.
   *[other] أجاب { $n } شخص؛ كان بالإمكان اختيار أكثر من إجابة، لذا قد يزيد المجموع على عدد المجيبين.
}
dash-filter-region = منطقة السكن
dash-filter-locality = البلدة
dash-filter-any = الكل
dash-filter-apply = تصفية
dash-filter-clear = إلغاء التصفية
dash-meetings = الامتلاء وقائمة الانتظار والحضور
dash-col-meeting = اللقاء
dash-col-when = متى
dash-col-capacity = الأماكن
dash-col-confirmed = سجّلوا
dash-col-waitlist = في قائمة الانتظار
dash-col-attended = حضروا
dash-col-feedback = التقييمات
dash-col-score = متوسط التقييم
dash-comments = ملاحظات من التقييمات
dash-col-comment = ملاحظة
dash-open-requests = الطلبات المفتوحة حسب المجال وحسب مدة انتظارها
dash-no-personal = دون أي تفاصيل شخصية لأصحاب الطلبات.
dash-col-category = المجال
dash-col-total = المجموع
dash-age-day = أقل من يوم
dash-age-week = حتى أسبوع
dash-age-month = حتى شهر
dash-age-older = أكثر من شهر
dash-match-times = أوقات المطابقة
dash-col-value = القيمة
dash-hours-to-offer = ساعات حتى أول عرض على متطوع (الوسيط)
dash-hours-to-match = ساعات حتى قبل متطوع الطلب (الوسيط)
dash-matched = طلبات وُجد لها متطوع
dash-escalated = طلبات مفتوحة أُحيلت إلى المنسّقين
dash-volunteer-load = العبء على المتطوعين: كم طلبًا فعّالًا لدى كل واحد
dash-col-requests = طلبات فعّالة
dash-col-volunteers = المتطوعون
dash-broadcasts = إرسال الرسائل الجماعية
dash-col-broadcast = رقم الرسالة
dash-col-state = الحالة
dash-col-recipients = المستلمون
dash-delivery-sent = أُرسلت
dash-delivery-delivered = وصلت
dash-delivery-read = قُرئت
dash-delivery-failed = فشلت
dash-delivery-held = أُوقفت
dash-delivery-skipped = تُخطّيت
dash-delivery-unknown = غير معروف
dash-delivery-pending = تنتظر
dash-delivery-cancelled = أُلغيت
dash-state-scheduled = مجدولة
dash-state-sending = قيد الإرسال
dash-state-paused = متوقفة مؤقتًا
dash-state-done = انتهت
dash-state-cancelled = أُلغيت
dash-reasons = لماذا لم تُرسل رسائل
dash-col-reason = السبب
dash-col-count = العدد
dash-quiet = تنتظر انتهاء ساعات الهدوء
dash-col-kind = النوع
dash-public-title = نتائج الاستبيان
dash-public-fewer = أقل من { $k }
dash-public-too-few = لا توجد بعد إجابات كافية لعرض النتائج (على الأقل { $k }).
dash-public-intro = { $finished ->
    [zero] لم يُنهِ أحد الاستبيان بعد.
    [one] أنهى الاستبيان شخص واحد.
    [two] أنهى الاستبيان شخصان.
    [few] أنهى الاستبيان { $finished } أشخاص.
    [many] أنهى الاستبيان { $finished } شخصًا.
   *[other] أنهى الاستبيان { $finished } شخص.
} حتى لا يمكن التعرّف على أي مشارك، يظهر كل عدد أقل من { $k } كـ«أقل من { $k }».
dash-public-choose = الصفحة العامة: أي الأسئلة تظهر فيها
dash-public-on = الصفحة العامة مفتوحة للجميع، وتظهر فيها المجاميع فقط.
dash-public-off = { $form ->
    [m] الصفحة العامة مغلقة. يمكنك أن تختار منذ الآن أي الأسئلة ستظهر فيها.
    [f] الصفحة العامة مغلقة. يمكنكِ أن تختاري منذ الآن أي الأسئلة ستظهر فيها.
   *[p] الصفحة العامة مغلقة. يمكنكم أن تختاروا منذ الآن أي الأسئلة ستظهر فيها.
}
dash-public-save = حفظ الاختيار
dash-public-link = فتح الصفحة العامة
dash-public-broadcast = إرسال ما أظهره الاستبيان في منطقة المشاركين إليهم
dash-public-broadcast-text = ماذا أظهر الاستبيان { $region }؟ النتائج، دون أي تفاصيل شخصية: { $link }
dash-public-broadcast-done = { $n ->
    [zero] لن تصل الرسالة إلى أحد.
    [one] ستصل الرسالة إلى شخص واحد.
    [two] ستصل الرسالة إلى شخصين.
    [few] ستصل الرسالة إلى { $n } أشخاص.
    [many] ستصل الرسالة إلى { $n } شخصًا.
   *[other] ستصل الرسالة إلى { $n } شخص.
}
