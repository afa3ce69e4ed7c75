## discussions
topics-title = المواضيع
topics-none = لا مواضيع بعد.
topic-title = موضوع
topic-start = ابدأ موضوعًا
topic-new-title = ابدأ موضوعًا
topic-field-title = العنوان
topic-field-body = رسالتك
topic-body-hint = يمكنك استخدام Markdown: **عريض**، قوائم، روابط. اذكر شخصًا بكتابة @ وجزء بريده الإلكتروني الذي يسبق @ (مثل @maria)، ومنظمةً بكتابة @ والجزء الأخير من عنوانها (مثل @ong-educa).
topic-replies = { $count ->
    [zero] لا ردود
    [one] رد واحد
    [two] ردّان
    [few] { $n } ردود
   *[other] { $n } ردًّا
}
topic-new-posts = { $count ->
    [zero] لا جديد
    [one] مشاركة جديدة واحدة
    [two] مشاركتان جديدتان
    [few] { $n } مشاركات جديدة
   *[other] { $n } مشاركة جديدة
}
topic-page-of = الصفحة { $page }
topic-first-unread = انتقل إلى أول مشاركة لم تقرأها
topic-pinned = مثبّت
topic-locked = مقفل
topic-locked-hint = هذا الموضوع مقفل: لا يمكن لأحد الرد.
topic-follow = متابعة
topic-following = أنت تتابع هذا الموضوع.
topic-unfollow = إلغاء المتابعة
topic-mute = كتم
topic-muted = كتمت هذا الموضوع: لن تصلك تنبيهات عنه.
topic-unmute = إلغاء الكتم
topic-reply = رد
topic-reply-label = ردك
topic-answering = ردًّا على { $name }
topic-answering-post = ردًّا على مشاركة سابقة
topic-mention-here = أشخاص هنا:
topic-send = أرسل الرد
topic-save-draft = احفظ المسودة
topic-sign-in-to-reply = سجّل الدخول لتردّ
topic-moderate = إدارة هذا الموضوع
topic-lock = إقفال
topic-unlock = فتح
topic-pin = تثبيت
topic-unpin = إلغاء التثبيت
topic-move-to = انقل إلى مجتمع (الجزء الأخير من عنوانه)
topic-move = نقل
topic-split-posts = الردود التي تنتقل إلى موضوع جديد
topic-split-hint = أرقامها، مثل 5، 6، 9 أو 5-9 (الرقم موجود في عنوان كل رد، ‎#p5).
topic-split-title = عنوان الموضوع الجديد
topic-split = فصل
post-title = مشاركة
post-reply = رد
post-quote = اقتباس
post-edit = تعديل
post-more = المزيد
post-react = تفاعل، أبلغ…
post-edited = معدّلة
post-edited-by = آخر تعديل بواسطة { $name }
post-answers = ردًّا على { $name }:
post-hidden = أخفاها أحد المشرفين.
post-hidden-reason = أخفاها أحد المشرفين: { $reason }
post-attach = أرفق ملفات
post-history = النسخ السابقة
post-flag = أبلغ عن هذه المشاركة
post-flag-reason = لماذا ينبغي أن ينظر فيها المشرفون؟
post-flag-send = أرسل إلى المشرفين
post-moderate = الإشراف
post-hide-reason = السبب (سيراه كاتبها)
post-hide = أخفِ هذه المشاركة
post-unhide = أظهر هذه المشاركة من جديد
post-edit-title = تعديل مشاركة
post-edit-hint = يستطيع القرّاء رؤية النسخ السابقة.
post-edit-save = احفظ التغييرات
reaction-thumbs-up = إعجاب
reaction-heart = حب
reaction-party = احتفال
reaction-idea = مفيد
flags-title = بلاغات تنتظر
flags-none = لا بلاغات تنتظر.
flags-reason = السبب:
flags-review = راجع المشاركة
flags-dismiss = تجاهل: لا شيء يلزم
modlog-title = سجل الإشراف
modlog-none = لا إشراف بعد.
modlog-when = متى
modlog-who = من
modlog-act = ماذا
modlog-topic = الموضوع
modlog-reason = السبب
modlog-hide = أخفى مشاركة
modlog-unhide = أظهر مشاركة من جديد
modlog-lock = أقفل موضوعًا
modlog-unlock = فتح موضوعًا
modlog-pin = ثبّت موضوعًا
modlog-unpin = ألغى تثبيت موضوع
modlog-move = نقل موضوعًا
modlog-split = فصل موضوعًا
modlog-dismiss = تجاهل بلاغات
modlog-edit = عدّل مشاركة
error-topic-move-target = اختر مجتمعًا تشرف عليه.
error-topic-split-none = اذكر ردًّا واحدًا على الأقل (ليس المشاركة الأولى) من هذا الموضوع.
community-recent-topics = أحدث المواضيع
community-all-topics = كل المواضيع
community-topics-new-since = { $count ->
    [zero] لا مواضيع فيها جديد منذ زيارتك الأخيرة.
    [one] موضوع واحد فيه مشاركات جديدة منذ زيارتك الأخيرة.
    [two] موضوعان فيهما مشاركات جديدة منذ زيارتك الأخيرة.
    [few] { $n } مواضيع فيها مشاركات جديدة منذ زيارتك الأخيرة.
   *[other] { $n } موضوعًا فيه مشاركات جديدة منذ زيارتك الأخيرة.
}
