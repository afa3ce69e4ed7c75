## التخطيط والتنقل والعبارات المشتركة والأخطاء

skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-orgs = الأعضاء
nav-account = حسابي
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
language-switcher = اللغة
footer-text = Minga — مركز التعلّم التابع للشبكة. برنامج حر ومفتوح المصدر.
save = حفظ
cancel = إلغاء
choose = اختر…
filter-any = الكل
filter-apply = تطبيق عوامل التصفية
filter-clear = مسح عوامل التصفية
pager-label = الصفحات
pager-prev = الصفحة السابقة
pager-next = الصفحة التالية
pager-position = الصفحة { $page } من { $pages }

home-title = مركز التعلّم
home-intro = Minga هي المساحة التي تتبادل فيها ائتلافات الشبكة ومنظماتها الدولية وشركاؤها ما لديهم من معارف: من يعمل على ماذا، وأين، وكيف يمكن التواصل معهم.
home-welcome-back = مرحبًا، { $name }
home-your-org = منظمتك
home-edit-org = تعديل ملفها التعريفي
home-invite = دعوة زملاء
home-network = الشبكة
home-network-count = عدد المنظمات التي يمكنك الاطلاع عليها: { $n }، موزعةً حسب المنطقة:
home-browse = تصفّح دليل الأعضاء

notice-saved = تم حفظ التغييرات.
notice-invited = تم إرسال الدعوة بالبريد الإلكتروني.
notice-welcome = أهلًا بك! حسابك جاهز.
notice-password-changed = تم تغيير كلمة المرور.
notice-signed-out = تم تسجيل خروجك.
notice-archived = تمت أرشفة المنظمة: لم تعد تظهر في الدليل.
notice-restored = عادت المنظمة إلى الظهور في الدليل.
notice-created = تم إنشاء المنظمة.

error-title = حدث خطأ ما
error-home-link = الانتقال إلى الصفحة الرئيسية
error-400 = تعذّر فهم الطلب. يُرجى التحقق مما أرسلته والمحاولة مرة أخرى.
error-403 = ليست لديك صلاحية القيام بهذا الإجراء.
error-404 = هذه الصفحة غير موجودة، أو ليست لديك صلاحية الوصول إليها.
error-409 = عدّل شخص آخر هذا في الوقت نفسه، أو أن الاسم مستخدم بالفعل. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
error-429 = عدد كبير جدًا من المحاولات. يُرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.
error-500 = حدث خطأ غير متوقع من جهتنا، وقد تم تسجيله. يُرجى المحاولة مرة أخرى لاحقًا.
error-csrf = انتهت صلاحية هذا النموذج أو أنه لم يصدر عن هذا الموقع. ارجع إلى الصفحة السابقة، وأعد تحميلها، ثم حاول مرة أخرى.
error-form-summary = يُرجى تصحيح المشكلات الموضحة أدناه.
error-required = هذا الحقل مطلوب.
error-too-long = النص طويل جدًا.
error-markdown-too-complex = سيُنتج هذا النص صفحة كبيرة جدًا (جدول بأعمدة وصفوف كثيرة، أو قوائم واقتباسات متداخلة بعمق كبير). اختصر جداوله أو تداخله؛ كل ما كتبته ما زال هنا.
error-text-invalid = يحتوي النص على أحرف غير مسموح بها.
error-choose-option = يُرجى اختيار أحد الخيارات.
error-email-invalid = أدخل عنوان بريد إلكتروني صحيحًا، مثل name@example.org.
error-url-invalid = أدخل عنوان موقع يبدأ بـ https:// أو http://.
error-phone-invalid = استخدم الأرقام والمسافات والرموز + - ( ) . فقط (40 حرفًا كحد أقصى).
error-country-invalid = اختر بلدًا من القائمة.
error-slug-invalid = استخدم أحرفًا لاتينية صغيرة وأرقامًا وشَرطات غير متتالية.
error-timezone-invalid = اختر منطقة زمنية من القائمة.

region-africa = أفريقيا
region-asia-pacific = آسيا والمحيط الهادئ
region-latin-america-caribbean = أمريكا اللاتينية والبحر الكاريبي
region-mena = الشرق الأوسط وشمال أفريقيا
region-europe-north-america = أوروبا وأمريكا الشمالية
group-north = الشمال العالمي
group-south = الجنوب العالمي
kind-coalition = ائتلاف وطني أو إقليمي
kind-international = منظمة دولية
kind-partner = شريك
kind-secretariat = الأمانة العامة
role-secretariat = الأمانة العامة
role-org-admin = مسؤول المنظمة
role-member = عضو
role-partner = شريك

# الملفات
file-size-kb = { $n } ك.ب
file-size-mb = { $n } م.ب
error-file-too-large = حجم «{ $name }» أكبر من { $max }، وهو الحد الأقصى للملف الواحد. لم يُحفظ الملف؛ وبقية النموذج كما تركتَه.
error-file-empty = الملف «{ $name }» فارغ، لذلك لم يُحفظ.
error-quota-exceeded = لم يُحفظ «{ $name }»: ستتجاوز ملفات منظمتك مساحة التخزين المخصصة لها وهي { $max }. بقية النموذج كما تركتَه؛ اطلب من الأمانة مساحة أكبر إن احتجت إليها.
error-file-interrupted = انقطع رفع «{ $name }». يُرجى اختيار الملف مرة أخرى.
error-too-many-files = يمكن دعم الإجابة الواحدة بعشرة ملفات على الأكثر. ألغِ تحديد بعضها للاحتفاظ بالبقية.
error-too-many-files-at-once = يمكن إرسال { $max } ملفًا على الأكثر في المرة الواحدة؛ ولم تُحفظ البقية.
deadline-end-of-day = { $date }، في نهاية اليوم (بتوقيت { $zone })
error-field-named = { $field }: { $message }

## Home dashboards
home-round = جولة رسم الخريطة
home-fill-profile = املأ ملف منظمتك
home-see-profile = اطّلع على ملف منظمتك
home-to-answer = بانتظار ردّك
home-to-answer-none = لا يوجد طلب بانتظار رد منظمتك.
home-asks-about = { $org } تطلب المساعدة في { $item }
home-under-way = { $count ->
    [zero] لا تبادلات متفق عليها أو جارية
    [one] تبادل واحد متفق عليه أو جارٍ
    [two] تبادلان متفق عليهما أو جاريان
    [few] { $n } تبادلات متفق عليها أو جارية
   *[other] { $n } تبادلًا متفقًا عليه أو جاريًا
}
home-needs = من يستطيع المساعدة في احتياجاتك
home-needs-none = أضف إلى الملف ما تريد منظمتك تعلّمه، وستظهر هنا المنظمات التي تستطيع المساعدة.
home-need-match = { $item }: { $org }
home-all-matches = كل التطابقات
home-rounds-none = لا توجد جولة مفتوحة أو قيد الإعداد.
home-round-line = { $title } · { $state } · أُرسل { $submitted } من { $total }
home-round-nobody = { $count ->
    [one] · منظمة واحدة بلا أحد يملأ ملفها
    [two] · منظمتان بلا أحد يملأ ملفيهما
   *[other] · { $n } بلا أحد يملأ ملفها
}
home-exchanges = تبادلات الأقران في الشبكة
home-exchanges-none = لا توجد تبادلات أقران بعد.

## profile form (issue 11)
error-413 = ما أرسلته أكبر بكثير مما تقبله أي استمارة هنا، فتعذّرت قراءته. ارجع واختصر أطول النصوص ثم حاول مرة أخرى.
error-text-field-too-large = هذا النص أطول بكثير من المسموح: لم يُحتفظ إلا بأول { $max } كيلوبايت منه. اختصره.
error-file-kind = رُفض الملف «{ $name }»: لا تُقبل إلا المستندات وجداول البيانات والعروض التقديمية والصور والصوت والفيديو والنصوص العادية. ولم يُخزَّن منه شيء.
nav-waiting = { $count ->
    [one] طلب واحد بانتظار الرد
    [two] طلبان بانتظار الرد
    [few] { $n } طلبات بانتظار الرد
   *[other] { $n } طلبًا بانتظار الرد
}
home-your-exchanges = تبادلات الأقران الخاصة بك
home-nobody = لا أحد لملء الملف
home-nobody-none = لكل منظمة عضو من يملأ ملفها ويتلقى رسائل الجولات.
home-nobody-count = { $count ->
    [one] منظمة عضو واحدة ليس فيها من يستطيع ملء ملفها، فلا تصلها أي جولة. ادعُ أحدًا:
    [two] منظمتان عضوان ليس فيهما من يستطيع ملء ملفيهما، فلا تصلهما أي جولة. ادعُ أحدًا:
    [few] { $n } منظمات أعضاء ليس فيها من يستطيع ملء ملفاتها، فلا تصلها أي جولة. ادعُ أحدًا:
   *[other] { $n } منظمة عضوًا ليس فيها من يستطيع ملء ملفاتها، فلا تصلها أي جولة. ادعُ أحدًا:
}

## notifications (issue 12)
nav-notifications = الإشعارات
nav-notifications-unread = { $count ->
    [zero] لا إشعارات غير مقروءة
    [one] إشعار واحد غير مقروء
    [two] إشعاران غير مقروءين
    [few] { $n } إشعارات غير مقروءة
    [many] { $n } إشعارًا غير مقروء
   *[other] { $n } إشعار غير مقروء
}
nav-notifications-many = أكثر من 99 إشعارًا غير مقروء
notification-someone = شخص ما
notification-text-reply = ردّ { $actor } على «{ $topic }» في { $community }
notification-text-mention = ذكرك { $actor } في «{ $topic }» في { $community }
notification-text-new-topic = بدأ { $actor } موضوع «{ $topic }» في { $community }
notification-text-new-event = فعالية جديدة في { $community }: «{ $title }»
notification-text-exchange = { $event ->
    [requested] تطلب { $org } دعمكم في { $item }
    [message] كتب { $actor } من { $org } عن التبادل في { $item }
   *[other] أصبح التبادل مع { $org } حول { $item } الآن «{ $status }»
}
notification-text-round = { $event ->
    [reminder] تذكير: ملف القدرات الخاص بـ«{ $title }» مطلوب قبل { $date }
   *[other] جولة رسم خرائط جديدة «{ $title }»: يُرجى تحديث ملف القدرات قبل { $date }
}
notification-kind-reply = الردود على ما كتبته
notification-kind-mention = الإشارات إليك
notification-kind-new-topic = المواضيع الجديدة في المجتمعات التي تتابعها
notification-kind-new-event = الفعاليات الجديدة في المجتمعات التي تتابعها
notification-kind-exchange = تبادلات الأقران الخاصة بمنظمتك
notification-kind-round = جولات رسم الخرائط
notification-delivery-off = بلا بريد
notification-delivery-immediately = بريد فوري
notification-delivery-daily = ملخص يومي
notifications-title = الإشعارات
notifications-none = لا إشعارات بعد. ستظهر هنا الردود والإشارات والتبادلات وجولات رسم الخرائط التي تعنيك.
notifications-unread = غير مقروء
notifications-mark-read = تعليم كمقروء
notifications-mark-all-read = تعليم الكل كمقروء
notifications-older = إشعارات أقدم
notifications-newest = أحدث الإشعارات
notifications-settings-link = اختر الرسائل التي تصلك بالبريد
notifications-settings-title = رسائل الإشعارات بالبريد
notifications-settings-intro = تجد إشعاراتك دائمًا في مينغا. اختر لكل نوع هل تصلك أيضًا رسالة فورية، أو ملخص واحد في اليوم، أو لا رسالة. تصلك الرسائل بلغتك.
notifications-settings-save = حفظ اختياراتي
account-notifications = الإشعارات
## Recordings and data saver (issue 12)
media-title = تسجيل
media-list-title = التسجيلات ومقاطع الفيديو
media-list-empty = لا توجد تسجيلات بعد.
media-new-title = رفع تسجيل أو مقطع فيديو
media-field-title = العنوان
media-chapters = الفصول
media-chapters-hint = فصل في كل سطر: اللحظة ثم عنوانها، مثل «0:00 مقدمة» أو «1:02:30 أسئلة».
media-captions-optional = الترجمة المكتوبة (اختياري)
media-caption-language = لغة الترجمة المكتوبة
media-caption-file = ملف الترجمة المكتوبة (WebVTT، ‎.vtt)
media-caption-hint = ملف WebVTT: يبدأ بالسطر WEBVTT، ثم أوقات كل عبارة وكلماتها.
media-file = تسجيل أو مقطع فيديو
media-file-hint = ملفات صوت أو فيديو، حتى { $max }.
media-upload = رفع
media-player = المشغّل
media-no-player = لا يستطيع متصفحك تشغيل هذا هنا: نزّله بدلًا من ذلك.
media-saver-intro = توفير البيانات مفعّل: لا يُنزَّل شيء حتى تختار ما تريد تشغيله.
media-captions = الترجمة المكتوبة
media-transcript-link = قراءة النص المكتوب
media-no-captions = لا توجد ترجمة مكتوبة لهذا التسجيل بعد.
media-downloads = تنزيل
media-edit-chapters = تعديل الفصول
media-add-captions = إضافة ترجمة مكتوبة
media-transcript-title = النص المكتوب
media-transcript-in = الترجمة المكتوبة باللغة { $language }.
media-transcript-others = متوفرة أيضًا بـ:
media-by = رفعه { $name }
media-play-audio = تشغيل الصوت فقط ({ $size })
media-play-small = تشغيل الفيديو الصغير ({ $size })
media-play-original = تشغيل الفيديو كاملًا ({ $size })
media-play-original-audio = تشغيل ({ $size })
media-rendition-audio = الصوت فقط — { $size }
media-rendition-small = فيديو صغير — { $size }
media-rendition-poster = صورة ثابتة — { $size }
media-rendition-original = كما رُفع — { $size }
media-renditions-pending = يجري إعداد نسخ أخف (الصوت فقط، فيديو صغير)؛ عد بعد بضع دقائق.
media-renditions-unavailable = النسخ الأخف (الصوت فقط، فيديو صغير) غير متاحة على هذا الخادم: التسجيل كما رُفع فقط.
media-renditions-failed = تعذّر إعداد نسخ أخف من هذا الملف: التسجيل كما رُفع فقط.
error-media-kind = «{ $name }» ليس ملف صوت أو فيديو، لذلك لم يُحفظ.
error-media-missing = اختر التسجيل أو الفيديو الذي تريد رفعه.
error-caption-missing = اختر ملف ترجمة مكتوبة.
error-chapter-line = السطر { $line } ليس لحظة يتبعها عنوان، مثل «1:23 أسئلة».
error-chapter-order = السطر { $line } يبدأ قبل الفصل الذي فوقه؛ رتّب الفصول.
error-chapter-too-many = السطر { $line } فصل زائد (100 على الأكثر).
error-vtt-too-large = ملف الترجمة المكتوبة هذا كبير جدًا (512 كيلوبايت على الأكثر).
error-vtt-encoding = ملف الترجمة المكتوبة هذا ليس نصًا بترميز UTF-8.
error-vtt-header = هذا ليس ملف WebVTT: يجب أن يكون سطره الأول WEBVTT (السطر { $line }).
error-vtt-timestamp = السطر { $line }: تُكتب أوقات العبارة هكذا 00:01:02.500 --> 00:01:04.000.
error-vtt-end-before-start = السطر { $line }: تنتهي هذه العبارة قبل أن تبدأ.
error-vtt-order = السطر { $line }: تبدأ هذه العبارة قبل العبارة التي فوقها.
error-vtt-no-cues = لا يحتوي ملف WebVTT هذا على أي عبارات.
data-saver-title = توفير البيانات
data-saver-label = توفير البيانات: لا تحمّل شيئًا ثقيلًا حتى أطلب
data-saver-hint = تعرض التسجيلات الصوت أولًا ولا تحمّل شيئًا حتى تضغط تشغيل؛ وتصل الصور بأصغر حجم لها.

## perms-notices
notification-text-join-request = يطلب { $actor } الانضمام إلى { $community }
notification-text-membership = { $event ->
    [accepted] قُبل طلبك للانضمام إلى { $community }
   *[other] دعاك { $actor } للانضمام إلى { $community }
}
notification-text-event-change = تغيّر موعد أو مكان «{ $title }» في { $community }
notification-kind-join-request = طلبات الانضمام إلى المجتمعات التي تشرف عليها
notification-kind-membership = الدعوات إلى المجتمعات والردود على طلباتك
notification-kind-event-change = التغييرات في الفعاليات التي ستحضرها
