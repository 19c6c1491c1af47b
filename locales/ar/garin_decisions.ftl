## قرارات النواة: اقتراحات واستطلاعات وتحديد موعد. $form هي صيغة المخاطبة: m / f / p.

menu-garin-decisions = 🗳️ قرارات النواة
# Leaves what one is doing (drafting a decision, marking a milestone), like typing «إلغاء».

garin-decision-kind-proposal = 🤝 اقتراح للتصويت
garin-decision-kind-single = 🔘 استطلاع: خيار واحد
garin-decision-kind-multi = ☑️ استطلاع: عدة خيارات
garin-decision-kind-time = 📅 متى يناسبنا أن نلتقي؟

garin-decision-new-proposal = 🗳️ اقتراح للتصويت في { $garin }:
garin-decision-new-single = 🗳️ استطلاع في { $garin }:
garin-decision-new-multi = 🗳️ استطلاع في { $garin }:
garin-decision-new-time = 📅 متى يناسبنا أن نلتقي؟ نختار موعدًا في { $garin }:
garin-decision-deadline = ⏳ يمكن الإجابة حتى { $when }
garin-decision-quorum = { $quorum ->
        [zero] لا حاجة إلى حدّ أدنى من الإجابات.
        [one] يلزم إجابة واحدة على الأقل.
        [two] يلزم إجابتان على الأقل.
        [few] يلزم { $quorum } إجابات على الأقل.
        [many] يلزم { $quorum } إجابةً على الأقل.
       *[other] يلزم { $quorum } إجابة على الأقل.
    }
garin-decision-how-proposal = { $form ->
        [m] أجب: موافق، ممتنع، معارض أو فيتو (اعتراض مبدئي يوقف الاقتراح). يمكنك تغيير إجابتك حتى ذلك الحين.
        [f] أجيبي: موافقة، ممتنعة، معارضة أو فيتو (اعتراض مبدئي يوقف الاقتراح). يمكنكِ تغيير إجابتكِ حتى ذلك الحين.
       *[p] أجيبوا: موافقون، ممتنعون، معارضون أو فيتو (اعتراض مبدئي يوقف الاقتراح). يمكنكم تغيير إجابتكم حتى ذلك الحين.
    }
garin-decision-how-single = { $form ->
        [m] اخترْ خيارًا واحدًا. يمكنك تغيير إجابتك حتى ذلك الحين.
        [f] اختاري خيارًا واحدًا. يمكنكِ تغيير إجابتكِ حتى ذلك الحين.
       *[p] اختاروا خيارًا واحدًا. يمكنكم تغيير إجابتكم حتى ذلك الحين.
    }
garin-decision-how-multi = { $form ->
        [m] اخترْ كل خيار يناسبك؛ الضغط مرة أخرى يلغي الاختيار.
        [f] اختاري كل خيار يناسبكِ؛ الضغط مرة أخرى يلغي الاختيار.
       *[p] اختاروا كل خيار يناسبكم؛ الضغط مرة أخرى يلغي الاختيار.
    }
garin-decision-how-time = { $form ->
        [m] اخترْ كل موعد يناسبك؛ الضغط مرة أخرى يلغي الاختيار.
        [f] اختاري كل موعد يناسبكِ؛ الضغط مرة أخرى يلغي الاختيار.
       *[p] اختاروا كل موعد يناسبكم؛ الضغط مرة أخرى يلغي الاختيار.
    }

garin-vote-agree = { $form ->
        [m] موافق
        [f] موافقة
       *[p] موافقون
    }
garin-vote-abstain = { $form ->
        [m] ممتنع
        [f] ممتنعة
       *[p] ممتنعون
    }
garin-vote-disagree = { $form ->
        [m] معارض
        [f] معارضة
       *[p] معارضون
    }
garin-vote-block = فيتو
garin-vote-nothing = لم يُختر شيء
# A tally line, label and value: «• موافق: 3».
garin-decision-count-line = • { $option }: { $count }

garin-decision-closed-title = 📌 أُغلق قرار في { $garin }:
garin-outcome-passed = ✅ قُبل الاقتراح.
garin-outcome-rejected = ❌ لم يُقبل الاقتراح.
garin-outcome-blocked = ✋ أُوقف الاقتراح بفيتو.
garin-outcome-chosen = ✅ الخيار: { $winner }
garin-outcome-tie = ⚖️ تعادل بين: { $winner }
garin-outcome-no-votes = لم يُجب أحد.
garin-outcome-quorum-missed = { $quorum ->
        [zero] ⚠️ لا قرار: لم يكن يلزم حدّ أدنى من الإجابات.
        [one] ⚠️ لا قرار: كان يلزم إجابة واحدة على الأقل ولم تصل أي إجابة.
        [two] ⚠️ لا قرار: كان يلزم إجابتان ووصل { $voters }.
        [few] ⚠️ لا قرار: كان يلزم { $quorum } إجابات ووصل { $voters }.
        [many] ⚠️ لا قرار: كان يلزم { $quorum } إجابةً ووصل { $voters }.
       *[other] ⚠️ لا قرار: كان يلزم { $quorum } إجابة ووصل { $voters }.
    }
garin-decision-turnout = { $members ->
        [zero] لا أعضاء في النواة.
        [one] أجاب { $voters } من عضو واحد.
        [two] أجاب { $voters } من عضوين.
        [few] أجاب { $voters } من { $members } أعضاء.
        [many] أجاب { $voters } من { $members } عضوًا.
       *[other] أجاب { $voters } من { $members } عضو.
    }
garin-decision-reminder = { $form ->
        [m] ⏰ تذكير: لم تُجب بعد، ويمكن الإجابة حتى { $when }.
        [f] ⏰ تذكير: لم تُجيبي بعد، ويمكن الإجابة حتى { $when }.
       *[p] ⏰ تذكير: لم تُجيبوا بعد، ويمكن الإجابة حتى { $when }.
    }

garin-decision-gone = هذا القرار لم يعد موجودًا.
garin-decision-already-closed = هذا القرار أُغلق، لذلك لم تُسجَّل الإجابة. النتيجة موجودة في «قرارات النواة».
garin-decision-not-member = الإجابة على هذا القرار لأعضاء النواة فقط.
garin-vote-saved = { $form ->
        [m] 🗳️ حُفظت إجابتك: { $ballot }. يمكنك تغييرها حتى { $when }.
        [f] 🗳️ حُفظت إجابتكِ: { $ballot }. يمكنكِ تغييرها حتى { $when }.
       *[p] 🗳️ حُفظت إجابتكم: { $ballot }. يمكنكم تغييرها حتى { $when }.
    }
garin-vote-toggle-more = { $form ->
        [m] اضغط على خيار آخر لإضافته، أو على خيار مختار لإزالته.
        [f] اضغطي على خيار آخر لإضافته، أو على خيار مختار لإزالته.
       *[p] اضغطوا على خيار آخر لإضافته، أو على خيار مختار لإزالته.
    }
garin-vote-skip = ⏭️ بلا تعليق
garin-vote-comment-ask = { $form ->
        [m] هل تريد إضافة تعليق لمنسّق النواة؟ اكتبه، أو اضغط «بلا تعليق».
        [f] هل تريدين إضافة تعليق لمنسّق النواة؟ اكتبيه، أو اضغطي «بلا تعليق».
       *[p] هل تريدون إضافة تعليق لمنسّق النواة؟ اكتبوه، أو اضغطوا «بلا تعليق».
    }
garin-vote-comment-invalid = { $form ->
        [m] التعليق طويل جدًا. اكتب تعليقًا لا يزيد عن { $most ->
            [zero] 0 حرف
            [one] حرف واحد
            [two] حرفين
            [few] { $most } أحرف
            [many] { $most } حرفًا
           *[other] { $most } حرف
        }.
        [f] التعليق طويل جدًا. اكتبي تعليقًا لا يزيد عن { $most ->
            [zero] 0 حرف
            [one] حرف واحد
            [two] حرفين
            [few] { $most } أحرف
            [many] { $most } حرفًا
           *[other] { $most } حرف
        }.
       *[p] التعليق طويل جدًا. اكتبوا تعليقًا لا يزيد عن { $most ->
            [zero] 0 حرف
            [one] حرف واحد
            [two] حرفين
            [few] { $most } أحرف
            [many] { $most } حرفًا
           *[other] { $most } حرف
        }.
    }
garin-vote-comment-saved = 💬 حُفظ التعليق.

garin-decision-no-garin = { $form ->
        [m] أنت لا تنسّق نواة ولا ترافقها بعد، فلا مكان لفتح قرار.
        [f] أنتِ لا تنسّقين نواة ولا ترافقينها بعد، فلا مكان لفتح قرار.
       *[p] أنتم لا تنسّقون نواة ولا ترافقونها بعد، فلا مكان لفتح قرار.
    }
garin-decision-pick-garin = { $form ->
        [m] في أي نواة؟ اخترْ واحدة:
        [f] في أي نواة؟ اختاري واحدة:
       *[p] في أي نواة؟ اختاروا واحدة:
    }
garin-decision-pick-kind = { $form ->
        [m] ماذا تريد أن تسأل المجموعة؟
        [f] ماذا تريدين أن تسألي المجموعة؟
       *[p] ماذا تريدون أن تسألوا المجموعة؟
    }
garin-decision-ask-question-proposal = { $form ->
        [m] اكتب الاقتراح في رسالة واحدة.
        [f] اكتبي الاقتراح في رسالة واحدة.
       *[p] اكتبوا الاقتراح في رسالة واحدة.
    }
garin-decision-ask-question-single = { $form ->
        [m] اكتب سؤال الاستطلاع.
        [f] اكتبي سؤال الاستطلاع.
       *[p] اكتبوا سؤال الاستطلاع.
    }
garin-decision-ask-question-multi = { $form ->
        [m] اكتب سؤال الاستطلاع.
        [f] اكتبي سؤال الاستطلاع.
       *[p] اكتبوا سؤال الاستطلاع.
    }
garin-decision-ask-question-time = { $form ->
        [m] عن ماذا اللقاء؟ اكتب سطرًا واحدًا، مثلًا «أمسية تخطيط».
        [f] عن ماذا اللقاء؟ اكتبي سطرًا واحدًا، مثلًا «أمسية تخطيط».
       *[p] عن ماذا اللقاء؟ اكتبوا سطرًا واحدًا، مثلًا «أمسية تخطيط».
    }
garin-decision-question-invalid = { $form ->
        [m] السؤال طويل جدًا. اكتبه في { $most ->
            [zero] 0 حرف
            [one] حرف واحد
            [two] حرفين
            [few] { $most } أحرف
            [many] { $most } حرفًا
           *[other] { $most } حرف
        } على الأكثر.
        [f] السؤال طويل جدًا. اكتبيه في { $most ->
            [zero] 0 حرف
            [one] حرف واحد
            [two] حرفين
            [few] { $most } أحرف
            [many] { $most } حرفًا
           *[other] { $most } حرف
        } على الأكثر.
       *[p] السؤال طويل جدًا. اكتبوه في { $most ->
            [zero] 0 حرف
            [one] حرف واحد
            [two] حرفين
            [few] { $most } أحرف
            [many] { $most } حرفًا
           *[other] { $most } حرف
        } على الأكثر.
    }
garin-decision-ask-options = { $form ->
        [m] اكتب الخيارات، خيارًا في كل سطر (من خيارين إلى { $most ->
            [zero] 0 خيار
            [one] خيار واحد
            [two] خيارين
            [few] { $most } خيارات
            [many] { $most } خيارًا
           *[other] { $most } خيار
        }).
        [f] اكتبي الخيارات، خيارًا في كل سطر (من خيارين إلى { $most ->
            [zero] 0 خيار
            [one] خيار واحد
            [two] خيارين
            [few] { $most } خيارات
            [many] { $most } خيارًا
           *[other] { $most } خيار
        }).
       *[p] اكتبوا الخيارات، خيارًا في كل سطر (من خيارين إلى { $most ->
            [zero] 0 خيار
            [one] خيار واحد
            [two] خيارين
            [few] { $most } خيارات
            [many] { $most } خيارًا
           *[other] { $most } خيار
        }).
    }
garin-decision-ask-times = { $form ->
        [m] اكتب المواعيد الممكنة، موعدًا في كل سطر، مثل «3.12 20:00» أو «غدًا 19:30» (من موعدين إلى { $most ->
            [zero] 0 موعد
            [one] موعد واحد
            [two] موعدين
            [few] { $most } مواعيد
            [many] { $most } موعدًا
           *[other] { $most } موعد
        }).
        [f] اكتبي المواعيد الممكنة، موعدًا في كل سطر، مثل «3.12 20:00» أو «غدًا 19:30» (من موعدين إلى { $most ->
            [zero] 0 موعد
            [one] موعد واحد
            [two] موعدين
            [few] { $most } مواعيد
            [many] { $most } موعدًا
           *[other] { $most } موعد
        }).
       *[p] اكتبوا المواعيد الممكنة، موعدًا في كل سطر، مثل «3.12 20:00» أو «غدًا 19:30» (من موعدين إلى { $most ->
            [zero] 0 موعد
            [one] موعد واحد
            [two] موعدين
            [few] { $most } مواعيد
            [many] { $most } موعدًا
           *[other] { $most } موعد
        }).
    }
garin-decision-options-count = { $form ->
        [m] اكتب خيارات مختلفة، خيارًا في كل سطر: من خيارين إلى { $most ->
            [zero] 0 خيار
            [one] خيار واحد
            [two] خيارين
            [few] { $most } خيارات
            [many] { $most } خيارًا
           *[other] { $most } خيار
        }.
        [f] اكتبي خيارات مختلفة، خيارًا في كل سطر: من خيارين إلى { $most ->
            [zero] 0 خيار
            [one] خيار واحد
            [two] خيارين
            [few] { $most } خيارات
            [many] { $most } خيارًا
           *[other] { $most } خيار
        }.
       *[p] اكتبوا خيارات مختلفة، خيارًا في كل سطر: من خيارين إلى { $most ->
            [zero] 0 خيار
            [one] خيار واحد
            [two] خيارين
            [few] { $most } خيارات
            [many] { $most } خيارًا
           *[other] { $most } خيار
        }.
    }
garin-decision-option-too-long = { $form ->
        [m] أحد الخيارات طويل جدًا. اكتب كل خيار في { $most ->
            [zero] 0 حرف
            [one] حرف واحد
            [two] حرفين
            [few] { $most } أحرف
            [many] { $most } حرفًا
           *[other] { $most } حرف
        } على الأكثر.
        [f] أحد الخيارات طويل جدًا. اكتبي كل خيار في { $most ->
            [zero] 0 حرف
            [one] حرف واحد
            [two] حرفين
            [few] { $most } أحرف
            [many] { $most } حرفًا
           *[other] { $most } حرف
        } على الأكثر.
       *[p] أحد الخيارات طويل جدًا. اكتبوا كل خيار في { $most ->
            [zero] 0 حرف
            [one] حرف واحد
            [two] حرفين
            [few] { $most } أحرف
            [many] { $most } حرفًا
           *[other] { $most } حرف
        } على الأكثر.
    }
garin-decision-time-invalid = { $form ->
        [m] لم أستطع قراءة «{ $line }» كموعد قادم. اكتب مثلًا «3.12 20:00».
        [f] لم أستطع قراءة «{ $line }» كموعد قادم. اكتبي مثلًا «3.12 20:00».
       *[p] لم أستطع قراءة «{ $line }» كموعد قادم. اكتبوا مثلًا «3.12 20:00».
    }
garin-decision-ask-deadline = { $form ->
        [m] حتى متى يمكن الإجابة؟ اخترْ، أو اكتب تاريخًا وساعة (مثلًا «5.12 18:00»).
        [f] حتى متى يمكن الإجابة؟ اختاري، أو اكتبي تاريخًا وساعة (مثلًا «5.12 18:00»).
       *[p] حتى متى يمكن الإجابة؟ اختاروا، أو اكتبوا تاريخًا وساعة (مثلًا «5.12 18:00»).
    }
garin-decision-in-days = { $days ->
        [zero] ⏳ 0 يوم
        [one] ⏳ يوم واحد
        [two] ⏳ يومان
        [few] ⏳ { $days } أيام
        [many] ⏳ { $days } يومًا
       *[other] ⏳ { $days } يوم
    }
garin-decision-deadline-invalid = { $form ->
        [m] لم أستطع قراءة هذا كموعد قادم. اكتب مثلًا «5.12 18:00».
        [f] لم أستطع قراءة هذا كموعد قادم. اكتبي مثلًا «5.12 18:00».
       *[p] لم أستطع قراءة هذا كموعد قادم. اكتبوا مثلًا «5.12 18:00».
    }
garin-decision-deadline-after-times = يجب أن تُغلق الإجابات قبل أول موعد مقترح.
garin-decision-ask-quorum = { $form ->
        [m] كم إجابة يلزم كي يُحتسب القرار؟ { $members ->
            [zero] لا أعضاء في النواة.
            [one] في النواة عضو واحد.
            [two] في النواة عضوان.
            [few] في النواة { $members } أعضاء.
            [many] في النواة { $members } عضوًا.
           *[other] في النواة { $members } عضو.
        } اكتب عددًا أو نسبة (مثلًا «50%»)، أو اخترْ «بلا حدّ أدنى».
        [f] كم إجابة يلزم كي يُحتسب القرار؟ { $members ->
            [zero] لا أعضاء في النواة.
            [one] في النواة عضو واحد.
            [two] في النواة عضوان.
            [few] في النواة { $members } أعضاء.
            [many] في النواة { $members } عضوًا.
           *[other] في النواة { $members } عضو.
        } اكتبي عددًا أو نسبة (مثلًا «50%»)، أو اختاري «بلا حدّ أدنى».
       *[p] كم إجابة يلزم كي يُحتسب القرار؟ { $members ->
            [zero] لا أعضاء في النواة.
            [one] في النواة عضو واحد.
            [two] في النواة عضوان.
            [few] في النواة { $members } أعضاء.
            [many] في النواة { $members } عضوًا.
           *[other] في النواة { $members } عضو.
        } اكتبوا عددًا أو نسبة (مثلًا «50%»)، أو اختاروا «بلا حدّ أدنى».
    }
garin-decision-no-quorum = بلا حدّ أدنى
garin-decision-quorum-invalid = { $form ->
        [m] اكتب عدد أعضاء من 1 إلى { $members }، أو نسبة مثل «50%».
        [f] اكتبي عدد أعضاء من 1 إلى { $members }، أو نسبة مثل «50%».
       *[p] اكتبوا عدد أعضاء من 1 إلى { $members }، أو نسبة مثل «50%».
    }
garin-decision-preview = 👀 هكذا ستصل الرسالة إلى كل أعضاء النواة:
garin-decision-preview-options = الخيارات: { $options }
garin-decision-send = 📤 إرسال إلى المجموعة
garin-decision-dropped = لم يُرسل القرار.
garin-decision-opened = { $members ->
        [zero] 📤 لا أعضاء في النواة بعد. تُغلق الإجابات في { $when }.
        [one] 📤 أُرسل إلى عضو واحد. تُغلق الإجابات في { $when } وتصل النتيجة حينها.
        [two] 📤 أُرسل إلى عضوين. تُغلق الإجابات في { $when } وتصل النتيجة حينها.
        [few] 📤 أُرسل إلى { $members } أعضاء. تُغلق الإجابات في { $when } وتصل النتيجة حينها.
        [many] 📤 أُرسل إلى { $members } عضوًا. تُغلق الإجابات في { $when } وتصل النتيجة حينها.
       *[other] 📤 أُرسل إلى { $members } عضو. تُغلق الإجابات في { $when } وتصل النتيجة حينها.
    }

garin-decisions-title = { $form ->
        [m] قرارات المجموعة (🗳️ مفتوح · 📌 مغلق). اخترْ قرارًا لعرضه:
        [f] قرارات المجموعة (🗳️ مفتوح · 📌 مغلق). اختاري قرارًا لعرضه:
       *[p] قرارات المجموعة (🗳️ مفتوح · 📌 مغلق). اختاروا قرارًا لعرضه:
    }
garin-decisions-none = لا قرارات للمجموعة بعد.
garin-decisions-new = ➕ قرار جديد
garin-decisions-to-menu = ↩️ القائمة
garin-decisions-back = ↩️ رجوع
garin-decision-counts-so-far = { $voters ->
        [zero] لا إجابات حتى الآن:
        [one] إجابة واحدة حتى الآن:
        [two] إجابتان حتى الآن:
        [few] { $voters } إجابات حتى الآن:
        [many] { $voters } إجابةً حتى الآن:
       *[other] { $voters } إجابة حتى الآن:
    }
garin-decision-your-ballot = { $form ->
        [m] إجابتك: { $ballot }
        [f] إجابتكِ: { $ballot }
       *[p] إجابتكم: { $ballot }
    }
garin-decision-you-not-voted = { $form ->
        [m] لم تُجب بعد.
        [f] لم تُجيبي بعد.
       *[p] لم تُجيبوا بعد.
    }
garin-decision-who-title = { $form ->
        [m] 👁️ من أجاب بماذا (أنت فقط ترى هذا):
        [f] 👁️ من أجاب بماذا (أنتِ فقط ترين هذا):
       *[p] 👁️ من أجاب بماذا (أنتم فقط ترون هذا):
    }
garin-decision-voter-line = • { $name }: { $ballot }
garin-decision-voter-comment =   💬 { $comment }
garin-decision-former-member = عضو سابق
garin-decision-waiting = { $count ->
        [zero] ⏳ أجاب الجميع.
        [one] ⏳ ما زلنا ننتظر إجابة { $names }
        [two] ⏳ ما زلنا ننتظر إجابة عضوين: { $names }
        [few] ⏳ ما زلنا ننتظر إجابة { $count } أعضاء: { $names }
        [many] ⏳ ما زلنا ننتظر إجابة { $count } عضوًا: { $names }
       *[other] ⏳ ما زلنا ننتظر إجابة { $count } عضو: { $names }
    }

outbox-kind-garin-decision = قرار في النواة
outbox-kind-garin-decision-reminder = تذكير بقرار في النواة
outbox-kind-garin-decision-outcome = نتيجة قرار في النواة
outbox-kind-garin-decision-remind = إرسال تذكير بقرار في النواة
outbox-kind-garin-decision-close = إغلاق قرار في النواة

garin-home-no-open-decisions = 🗳️ لا قرارات مفتوحة.
garin-home-open-decisions = { $count ->
        [zero] 🗳️ لا قرارات مفتوحة.
        [one] 🗳️ قرار مفتوح واحد:
        [two] 🗳️ قراران مفتوحان:
        [few] 🗳️ { $count } قرارات مفتوحة:
        [many] 🗳️ { $count } قرارًا مفتوحًا:
       *[other] 🗳️ { $count } قرار مفتوح:
    }
garin-home-decision-answered = • { $question } (حتى { $when }) ✅ تمت الإجابة
garin-home-decision-waiting = { $form ->
        [m] • { $question } (حتى { $when }) ⏳ بانتظار إجابتك
        [f] • { $question } (حتى { $when }) ⏳ بانتظار إجابتكِ
       *[p] • { $question } (حتى { $when }) ⏳ بانتظار إجابتكم
    }

garin-decision-unnamed-member = عضو في النواة
