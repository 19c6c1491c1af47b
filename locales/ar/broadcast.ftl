## ما يراه المستلمون.
menu-subscriptions = 🔔 اشتراكاتي
topic-announcements = إعلانات عامة
topic-settlement_news = أخبار الاستيطان
topic-volunteering = طلبات التطوع
topic-digest = الملخص الأسبوعي
broadcast-unsubscribe = 🔕 إيقاف "{ $topic }"
broadcast-urgent-mark = 🚨 عاجل
unsubscribed = تم: لن تصلك بعد الآن "{ $topic }". يمكنك تغيير ذلك في أي وقت من "اشتراكاتي" في القائمة.
resubscribe = 🔔 تراجع
resubscribed = ستصلك "{ $topic }" مجددًا ✔️
subscriptions-prompt = ما الرسائل التي تود استلامها؟ اضغط على موضوع لتشغيله أو إيقافه.
subscriptions-done = ✔️ تم
digest-title = 🗓️ ملخصك الأسبوعي
words-tomorrow = غدا, غدًا
