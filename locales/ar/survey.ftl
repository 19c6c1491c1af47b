## كلمات الاستبيان نفسه (الأسئلة موجودة في conversations/surveys/*.yaml).

menu-survey-start = 📋 الإجابة عن الاستبيان
menu-survey-continue = ▶️ متابعة الاستبيان
menu-survey-review = 📋 إجاباتي في الاستبيان
menu-survey-summary = 📊 ملخص الاستبيان

survey-progress = ({ $n }/{ $total })
survey-skip = ⏭️ تخطٍّ
survey-back = ↩️ رجوع
survey-done = ✔️ انتهيت
survey-yes = نعم
survey-no = لا
survey-welcome-back = سعداء بعودتك! نكمل من حيث توقفنا 👇
survey-already-done = لقد أجبت عن الاستبيان من قبل، شكرًا لك! هذه هي الإجابات التي حفظناها، ويمكنك تغيير أي منها.
survey-unknown = هذا الاستبيان لم يعد متاحًا.

survey-required = نحتاج فعلًا إلى إجابة عن هذا السؤال، لذا لا يمكن تخطيه.
survey-not-an-option = يُرجى اختيار أحد الخيارات، بالضغط عليه أو بكتابة رقمه.
survey-type-answer = يُرجى كتابة إجابتك هنا ✍️
survey-multi-empty = اختر خيارًا واحدًا على الأقل، ثم «انتهيت».
survey-invalid-number = هذا لا يبدو رقمًا. يُرجى كتابة أرقام فقط، مثلًا 2019.
survey-invalid-range = يُرجى كتابة رقم بين { $low } و{ $high }.
survey-invalid-empty = لم تصلني إجابة. هل يمكنك كتابتها مرة أخرى؟
survey-invalid-length = الإجابة طويلة جدًا ({ $length ->
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }). هل يمكن اختصارها إلى { $limit }؟
survey-invalid-date = لم أستطع قراءة التاريخ. يُرجى كتابته بصيغة يوم/شهر/سنة، مثلًا { $example }.

survey-locality-unknown = لم أجد بلدة باسم «{ $text }». هل تجرّب كتابة أخرى؟
survey-locality-pick = هل تقصد:
survey-locality-none = لا شيء مما سبق – سأكتب مرة أخرى
survey-locality-found = 📍 { $place } ({ $region })

survey-review-title = أوشكنا على الانتهاء! هذه إجاباتك:
survey-review-skipped = (تم التخطي)
survey-review-missing = (لا توجد إجابة بعد)
survey-submit = ✅ إرسال
survey-change = ✏️ تغيير إجابة
survey-change-prompt = أي إجابة تريد أن تغيّر؟

survey-nudge = مرحبًا 👋 بدأت الاستبيان وأجبت عن { $answered } من أصل { $total ->
        [few] { $total } أسئلة
        [many] { $total } سؤالًا
       *[other] { $total } سؤال
    }. بقيت بضع دقائق فقط – هل تودّ المتابعة من حيث توقفت؟
survey-nudge-continue = ▶️ متابعة الاستبيان

## النتائج للمنسقين
survey-col-person = الشخص
survey-col-channel = القناة
survey-col-language = اللغة
survey-col-status = الحالة
survey-col-started = البدء
survey-col-finished = الانتهاء
survey-col-version = الإصدار
survey-col-region = المنطقة
survey-status-started = قيد التعبئة
survey-status-finished = مكتمل
survey-summary-title = 📊 { $title }
survey-summary-funnel = بدأوا: { $started } · أنهوا: { $finished } ({ $rate }%)
survey-summary-stops = أين يتوقف الناس:
survey-chart-started = بدأوا
survey-chart-finished = أنهوا
survey-chart-funnel = عدد الإجابات لكل سؤال
survey-chart-caption = 📊 رسم بياني

# A bare number on a number question that also names a listed option: the number was taken
survey-number-taken = سجّلت { $number } كإجابة. إذا كان المقصود «{ $option }»، يُرجى كتابة «رجوع» واختياره.
