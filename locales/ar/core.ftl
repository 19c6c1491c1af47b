## First contact, menu, help and errors in Arabic.

language-prompt =
    مرحبًا! 👋 بأي لغة نكمل؟
    בחרו שפה · Choose a language · Выберите язык
lang-he = עברית
lang-ar = العربية
lang-en = English
lang-ru = Русский

form-prompt = بالعبرية، كيف نخاطبك؟
form-m = بصيغة المذكر
form-f = بصيغة المؤنث
form-p = بصيغة الجمع

privacy-notice =
    قبل أن نبدأ، كلمة عن الخصوصية 🔒
    لمساعدتك نحفظ ما تخبرنا به هنا: إجابات الاستبيان، التسجيل للقاءات البيتية والتطوع. نستخدم ذلك فقط لتنسيق نشاطات المجتمع، ولا ننقله لأحد دون إذنك.
    في أي وقت يمكنك كتابة "بياناتي" لتحصل على كل ما نحفظه عنك، أو "احذفني" لحذف كل شيء.
    هل توافق؟
consent-yes = أوافق
consent-no = ليس الآن
consent-declined = لا بأس. بدون موافقة لا نحفظ عنك أي شيء. إذا غيرت رأيك اكتب "ابدأ".
consent-required = للمتابعة يجب الموافقة على شروط الخصوصية أولًا.
welcome = أهلًا وسهلًا! 🎉 هذه هي القائمة الرئيسية. يمكنك دائمًا كتابة "قائمة" للعودة إليها، أو "مساعدة".

menu-title = ماذا تريد أن تفعل؟
menu-settings = ⚙️ اللغة وصيغة المخاطبة
menu-link-phone = 📱 ربط رقم الهاتف
menu-mydata = 📄 بياناتي
menu-deleteme = 🗑️ حذف بياناتي

help-text =
    كيف تتحدث معي:
    • "قائمة" – العودة إلى القائمة الرئيسية
    • "رجوع" – السؤال السابق
    • "إلغاء" – الخروج مما تفعله الآن
    • "بياناتي" – ملف بكل ما نحفظه عنك
    • "احذفني" – حذف كل بياناتك
    اضغط على الأزرار أو اكتب رقم الخيار.

not-understood = لم أفهم 🙈 اختر أحد الخيارات، أو اكتب "مساعدة".
media-unsupported = حاليًا أستطيع قراءة النصوص فقط هنا ✍️ هل يمكنك الكتابة بالكلمات؟
text-too-long = الرسالة طويلة جدًا ({ $length } حرفًا). هل يمكن اختصارها إلى أقل من { $limit }؟
empty-text = لم يصلني نص. هل تحاول مرة أخرى؟
stale-button = هذا الزر من رسالة سابقة ⏳ هذا ما نحن فيه الآن:
nothing-to-go-back = لا يوجد ما نعود إليه من هنا.
cancelled = تم الإلغاء. عدنا إلى القائمة الرئيسية.
not-allowed = هذه العملية للمنسقين فقط.
error-internal = عذرًا، حدث خطأ لدينا 😕 لم نفقد شيئًا مما حُفظ. حاول مرة أخرى بعد قليل.
resume-prompt = نكمل من حيث توقفنا:
settings-done = تم التحديث ✔️

link-phone-prompt = لربط هذا الحساب بواتساب، شارك رقم هاتفك بالزر أدناه.
link-phone-button = 📱 مشاركة رقمي
link-phone-done = تم حفظ الرقم وربط الحسابات ✔️
link-phone-not-own = يمكنك مشاركة رقمك فقط.
link-phone-invalid = هذا الرقم لا يبدو صحيحًا.

mydata-caption = هذه كل البيانات المحفوظة عنك 📄
deleteme-confirm = هل أنت متأكد؟ ستُحذف كل بياناتك نهائيًا ولا يمكن استعادتها.
deleteme-yes = نعم، احذف كل شيء
deleteme-no = لا، أبقها
deleteme-done = تم حذف بياناتك. شكرًا لكونك معنا 💙 يمكنك العودة في أي وقت بكتابة "ابدأ".
deleteme-kept = لم يُحذف شيء.

cmd-start = البدء من جديد
cmd-menu = القائمة الرئيسية
cmd-help = مساعدة
cmd-back = السؤال السابق
cmd-cancel = إلغاء العملية الحالية
cmd-mydata = بياناتي
cmd-deleteme = حذف بياناتي

words-start = ابدأ, مرحبا
words-menu = قائمة, القائمة
words-help = مساعدة
words-back = رجوع
words-cancel = إلغاء, الغاء
words-mydata = بياناتي
words-deleteme = احذفني

# WhatsApp: the button that opens a list of options (at most 20 characters)
wa-list-button = اختيار
