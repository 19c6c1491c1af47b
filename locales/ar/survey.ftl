## كلمات الاستبيان نفسه (الأسئلة في conversations/survey/definitions/*.yaml).
## $form: [m] أنتَ، [f] أنتِ، *[p] أنتم.

menu-survey-start = 📋 الإجابة عن الاستبيان
menu-survey-continue = ▶️ متابعة الاستبيان
menu-survey-review = 📋 إجاباتي عن الاستبيان
menu-survey-summary = 📊 ملخّص الاستبيان

survey-progress = ({ $n }/{ $total })
survey-skip = ⏭️ تخطٍّ
survey-back = ↩️ رجوع
survey-done = ✔️ انتهيت
survey-yes = نعم
survey-no = لا
survey-welcome-back = { $form ->
        [m] جميل أنك عدت! نكمل من حيث توقفنا 👇
        [f] جميل أنكِ عدتِ! نكمل من حيث توقفنا 👇
       *[p] جميل أنكم عدتم! نكمل من حيث توقفنا 👇
    }
survey-already-done = { $form ->
        [m] لقد أجبت عن الاستبيان من قبل، شكرًا لك! هذه هي الإجابات التي حفظناها، ويمكنك تغيير أي منها.
        [f] لقد أجبتِ عن الاستبيان من قبل، شكرًا لكِ! هذه هي الإجابات التي حفظناها، ويمكنكِ تغيير أي منها.
       *[p] لقد أجبتم عن الاستبيان من قبل، شكرًا لكم! هذه هي الإجابات التي حفظناها، ويمكنكم تغيير أي منها.
    }
survey-unknown = هذا الاستبيان لم يعد متاحًا.

survey-required = نحتاج فعلًا إلى إجابة عن هذا السؤال، لذلك لا يمكن تخطّيه.
survey-not-an-option = { $form ->
        [m] اختر أحد الخيارات: اضغط عليه أو اكتب رقمه.
        [f] اختاري أحد الخيارات: اضغطي عليه أو اكتبي رقمه.
       *[p] اختاروا أحد الخيارات: اضغطوا عليه أو اكتبوا رقمه.
    }
survey-type-answer = { $form ->
        [m] هنا يجب أن تكتب الإجابة بالكلمات أو بالأرقام ✍️
        [f] هنا يجب أن تكتبي الإجابة بالكلمات أو بالأرقام ✍️
       *[p] هنا يجب أن تكتبوا الإجابة بالكلمات أو بالأرقام ✍️
    }
survey-multi-empty = { $form ->
        [m] اختر خيارًا واحدًا على الأقل، ثم «انتهيت».
        [f] اختاري خيارًا واحدًا على الأقل، ثم «انتهيت».
       *[p] اختاروا خيارًا واحدًا على الأقل، ثم «انتهيت».
    }
survey-invalid-number = { $form ->
        [m] هذا لا يبدو رقمًا. اكتب أرقامًا فقط، مثلًا 2019.
        [f] هذا لا يبدو رقمًا. اكتبي أرقامًا فقط، مثلًا 2019.
       *[p] هذا لا يبدو رقمًا. اكتبوا أرقامًا فقط، مثلًا 2019.
    }
survey-invalid-range = نحتاج إلى رقم بين { $low } و{ $high }.
survey-invalid-empty = { $form ->
        [m] لم تصلني إجابة. هل تكتبها مرة أخرى؟
        [f] لم تصلني إجابة. هل تكتبينها مرة أخرى؟
       *[p] لم تصلني إجابة. هل تكتبونها مرة أخرى؟
    }
survey-invalid-length = الإجابة طويلة جدًا ({ $length ->
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }). هل يمكن اختصارها إلى { $limit ->
        [one] حرف واحد
        [two] حرفين
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    }؟
survey-invalid-date = { $form ->
        [m] لم أستطع قراءة التاريخ. اكتبه بصيغة يوم/شهر/سنة، مثلًا { $example }.
        [f] لم أستطع قراءة التاريخ. اكتبيه بصيغة يوم/شهر/سنة، مثلًا { $example }.
       *[p] لم أستطع قراءة التاريخ. اكتبوه بصيغة يوم/شهر/سنة، مثلًا { $example }.
    }

survey-locality-unknown = { $form ->
        [m] لم أجد بلدة باسم «{ $text }». هل تجرّب كتابتها بشكل آخر؟
        [f] لم أجد بلدة باسم «{ $text }». هل تجرّبين كتابتها بشكل آخر؟
       *[p] لم أجد بلدة باسم «{ $text }». هل تجرّبون كتابتها بشكل آخر؟
    }
survey-locality-pick = { $form ->
        [m] أيّها تقصد؟
        [f] أيّها تقصدين؟
       *[p] أيّها تقصدون؟
    }
survey-locality-none = لا شيء مما سبق – سأكتب مرة أخرى
survey-locality-found = 📍 { $place } ({ $region })

survey-review-title = { $form ->
        [m] أوشكنا على الانتهاء! هذه إجاباتك:
        [f] أوشكنا على الانتهاء! هذه إجاباتكِ:
       *[p] أوشكنا على الانتهاء! هذه إجاباتكم:
    }
survey-review-skipped = (تم التخطّي)
survey-review-missing = (لا إجابة بعد)
survey-submit = ✅ إرسال
survey-change = ✏️ تغيير إجابة
survey-change-prompt = { $form ->
        [m] أي إجابة تريد أن تغيّر؟
        [f] أي إجابة تريدين أن تغيّري؟
       *[p] أي إجابة تريدون أن تغيّروا؟
    }

survey-nudge = { $form ->
        [m] مرحبًا 👋 بدأت الاستبيان وأجبت عن { $answered } من أصل { $total ->
            [one] سؤال واحد
            [two] سؤالين
            [few] { $total } أسئلة
            [many] { $total } سؤالًا
           *[other] { $total } سؤال
        }. بقيت بضع دقائق فقط – هل تريد أن تكمل من حيث توقفت؟
        [f] مرحبًا 👋 بدأتِ الاستبيان وأجبتِ عن { $answered } من أصل { $total ->
            [one] سؤال واحد
            [two] سؤالين
            [few] { $total } أسئلة
            [many] { $total } سؤالًا
           *[other] { $total } سؤال
        }. بقيت بضع دقائق فقط – هل تريدين أن تكملي من حيث توقفتِ؟
       *[p] مرحبًا 👋 بدأتم الاستبيان وأجبتم عن { $answered } من أصل { $total ->
            [one] سؤال واحد
            [two] سؤالين
            [few] { $total } أسئلة
            [many] { $total } سؤالًا
           *[other] { $total } سؤال
        }. بقيت بضع دقائق فقط – هل تريدون أن تكملوا من حيث توقفتم؟
    }
survey-nudge-continue = ▶️ متابعة الاستبيان

## النتائج للمنسّقين
survey-col-person = الرقم التعريفي
survey-col-channel = القناة
survey-col-language = اللغة
survey-col-status = الحالة
survey-col-started = البدء
survey-col-finished = الانتهاء
survey-col-version = الإصدار
survey-col-region = المنطقة
survey-status-started = قيد الإجابة
survey-status-finished = مكتمل
survey-summary-title = 📊 { $title }
survey-summary-funnel = بدأوا: { $started } · أنهوا: { $finished } ({ $rate }%)
survey-summary-stops = أين يتوقف الناس:
survey-chart-started = بدأوا
survey-chart-finished = أنهوا
survey-chart-funnel = كم شخصًا أجاب عن كل سؤال
survey-chart-caption = 📊 رسم بياني

# A bare number on a number question that also names a listed option: the number was taken
survey-number-taken = { $form ->
        [m] سجّلتُ { $number } إجابةً. إذا كنت تقصد «{ $option }»، فاكتب «رجوع» واختره.
        [f] سجّلتُ { $number } إجابةً. إذا كنتِ تقصدين «{ $option }»، فاكتبي «رجوع» واختاريه.
       *[p] سجّلتُ { $number } إجابةً. إذا كنتم تقصدون «{ $option }»، فاكتبوا «رجوع» واختاروه.
    }
