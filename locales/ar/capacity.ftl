## خريطة القدرات: الملفات التعريفية وجولات الرصد والأقران المقترحون

nav-capacity = القدرات
capacity-nav-label = القدرات
capacity-nav-profile = ملفنا التعريفي
capacity-nav-matches = الأقران المقترحون
capacity-nav-map = الخريطة
capacity-nav-rounds = جولات الرصد

level-0 = 0 — لا يوجد
level-1 = 1 — أساسي
level-2 = 2 — قوي
level-3 = 3 — قادر على قيادة الآخرين
priority-high = عالية
priority-medium = متوسطة
priority-low = منخفضة
status-not_started = لم يبدأ بعد
status-draft = مسودة
status-submitted = مُرسَل
kind-theme-plural = المجالات المواضيعية
kind-capacity-plural = القدرات الفنية

profile-title = ملف القدرات
profile-intro = قيّم منظمتك في كل مجال مواضيعي وكل قدرة فنية، من 0 (لا يوجد) إلى 3 (قادر على قيادة الآخرين). اذكر ما يستند إليه تقييمك، وحدّد ما تودّ مشاركته مع الأقران، وأدرج ما ترغب في تعلّمه.
profile-round = الجولة: { $title }. الموعد النهائي: { $date }.
profile-status = الحالة: { $status }
profile-carried = تم ملء إجاباتك من «{ $title }» مسبقًا: راجعها، وعدّل ما تغيّر، ثم أرسل الملف.
profile-no-round = لا توجد حاليًا جولة رصد مفتوحة لمنظمتك. تتولى الأمانة العامة فتح الجولات؛ ويظهر أدناه آخر ملف أرسلته منظمتك.
profile-no-profile = لم ترسل منظمتك أي ملف قدرات بعد.
profile-read-only = لا يمكن تعديل هذا الملف إلا لمسؤولي منظمتك.
profile-languages = لغات العمل
profile-level = المستوى
profile-evidence = الشواهد (الأعمال المنجزة، والروابط)
profile-share = يمكننا دعم الأقران في هذا المجال
profile-need = نرغب في التعلّم في هذا المجال
profile-need-none = لا
profile-need-description = ما الذي تحتاجه تحديدًا؟
profile-save-draft = حفظ المسودة
profile-save-changes = حفظ التغييرات
profile-submit = إرسال الملف
notice-profile-draft = تم حفظ المسودة. أرسل الملف عندما يصبح جاهزًا.
notice-profile-submitted = شكرًا لك: تم إرسال ملفك. يمكن للأقران الآن العثور على منظمتك.
error-level-range = اختر مستوى من 0 إلى 3.
error-share-needs-level = يمكنك عرض الدعم ابتداءً من المستوى 2 (قوي).
error-need-priority = اختر أولوية لهذه الحاجة، أو امسح وصفها.
error-languages-required = اختر لغة عمل واحدة على الأقل.
error-no-open-round = لا توجد جولة رصد مفتوحة لمنظمتك.
error-code-invalid = استخدم أحرفًا لاتينية صغيرة وأرقامًا وشَرطات.

matches-title = الأقران المقترحون
matches-intro = لكل حاجة من احتياجات منظمتك: الأعضاء القادرون على المساعدة، بدءًا بالأنسب، مع أسباب اقتراحهم.
matches-none-profile = لم تُدرج منظمتك أي احتياجات بعد. أضفها إلى ملف القدرات لمعرفة من يمكنه المساعدة.
matches-none-for-need = لا أحد يقدّم الدعم في هذا المجال حتى الآن. وتعدّه الأمانة العامة فجوةً في الشبكة.
matches-need = { $item } (الأولوية: { $priority })
reason-strength = تقييمها الذاتي في هذا المجال: { $level }.
reason-evidence = تدعم تقييمها بشواهد: «{ $evidence }»
reason-languages = لغات العمل المشتركة معك: { $languages }.
reason-region = تقع أيضًا في منطقة { $region }.
reason-hours = { $hours ->
    [one] تتقاطع ساعات عملها مع ساعات عملك لمدة ساعة واحدة.
    [two] تتقاطع ساعات عملها مع ساعات عملك لمدة ساعتين.
    [few] تتقاطع ساعات عملها مع ساعات عملك لمدة { $hours } ساعات.
    [many] تتقاطع ساعات عملها مع ساعات عملك لمدة { $hours } ساعة.
   *[other] تتقاطع ساعات عملها مع ساعات عملك لمدة { $hours } ساعة.
}
reason-past = { $count ->
    [one] أتمّت عملية تبادل واحدة بين الأقران.
    [two] أتمّت عمليتَي تبادل بين الأقران.
    [few] أتمّت { $count } عمليات تبادل بين الأقران.
    [many] أتمّت { $count } عملية تبادل بين الأقران.
   *[other] أتمّت { $count } عملية تبادل بين الأقران.
}
reason-together = { $count ->
    [one] أتمّت معك عملية تبادل واحدة.
    [two] أتمّت معك عمليتَي تبادل.
    [few] أتمّت معك { $count } عمليات تبادل.
    [many] أتمّت معك { $count } عملية تبادل.
   *[other] أتمّت معك { $count } عملية تبادل.
}
reason-busy = { $count ->
    [one] تدعم حاليًا منظمة واحدة.
    [two] تدعم حاليًا منظمتين.
    [few] تدعم حاليًا { $count } منظمات.
    [many] تدعم حاليًا { $count } منظمة.
   *[other] تدعم حاليًا { $count } منظمة.
}

rounds-title = جولات الرصد
rounds-intro = تطلب كل جولة من المنظمات تحديث ملفات قدراتها قبل موعد نهائي. وترسل Minga رسائل بريد إلكتروني بلغاتهم إلى الأشخاص الذين يملؤون كل ملف (مسؤولو المنظمة، أو موظفو المنظمة الشريكة)، وتذكّر من لم يُرسل ملفه مع اقتراب الموعد النهائي.
rounds-none = لم تُفتح أي جولة بعد.
rounds-open-title = إعداد جولة
rounds-field-title = العنوان
rounds-field-deadline = الموعد النهائي
rounds-deadline-hint = تُغلق الجولة في نهاية هذا اليوم بتوقيت { $zone }، للجميع أينما كانوا.
rounds-scope = المنظمات المعنية (جميع الأعضاء إذا تُرك الخيار على «الكل»)
rounds-open-submit = إعداد الجولة
rounds-state-open = مفتوحة
rounds-state-closed = مغلقة
rounds-state-overdue = تجاوزت موعدها النهائي
rounds-deadline = الموعد النهائي: { $date }
error-deadline-past = يجب أن يكون الموعد النهائي يومًا في المستقبل.
error-date-invalid = أدخل تاريخًا مثل 2026-12-31.
error-round-no-orgs = لا توجد منظمة تطابق هذا الاختيار.
notice-round-opened = فُتحت الجولة، ويجري الآن إرسال رسائل البريد الإلكتروني إلى من يملؤون الملفات.

round-title = تقدّم الجولة
round-by-region = التقدّم حسب المنطقة
round-by-kind = التقدّم حسب نوع المنظمة
round-overdue = المتأخرة: لم ترسل ملفها بعد انقضاء الموعد النهائي
round-none-overdue = لا توجد منظمات متأخرة.
round-overdue-more = …و{ $n } أخرى: ملف CSV يذكرها كلها.
round-all = جميع المنظمات المشمولة بالجولة
round-csv = تنزيل بصيغة CSV
round-total = المجموع
round-updated = آخر تغيير
round-close = إغلاق الجولة
round-close-warning = { $count ->
    [zero] قدّمت جميع المنظمات ملفاتها. بعد إغلاق الجولة لا يمكن لأحد التقديم فيها ولا تُرسل تذكيرات أخرى؛ ويمكنك إعادة فتحها لاحقًا.
    [one] لم تقدّم منظمة واحدة ملفها. بعد إغلاق الجولة لا يمكن لأحد التقديم فيها ولا تُرسل تذكيرات أخرى؛ ويمكنك إعادة فتحها لاحقًا.
    [two] لم تقدّم منظمتان ملفيهما. بعد إغلاق الجولة لا يمكن لأحد التقديم فيها ولا تُرسل تذكيرات أخرى؛ ويمكنك إعادة فتحها لاحقًا.
    [few] لم تقدّم { $n } منظمات ملفاتها. بعد إغلاق الجولة لا يمكن لأحد التقديم فيها ولا تُرسل تذكيرات أخرى؛ ويمكنك إعادة فتحها لاحقًا.
   *[other] لم تقدّم { $n } منظمة ملفاتها. بعد إغلاق الجولة لا يمكن لأحد التقديم فيها ولا تُرسل تذكيرات أخرى؛ ويمكنك إعادة فتحها لاحقًا.
}
round-close-confirm = نعم، أغلق الجولة
round-reopen = أعد فتح الجولة
round-reopen-deadline = الموعد النهائي الجديد
round-reopen-submit = أعد الفتح حتى هذا اليوم
notice-round-closed = أُغلقت الجولة.
notice-round-reopened = أُعيد فتح الجولة.

email-round-open-subject = { $network }: يُرجى تحديث ملف القدرات ({ $title })
email-round-open-body =
    مرحبًا { $name }،

    فتحت الأمانة العامة جولة الرصد «{ $title }». يُرجى تحديث ملف القدرات الخاص بمنظمة { $org } في موعد أقصاه { $date }: قيّم نقاط القوة، وحدّد ما تودّ مشاركته وما ترغب في تعلّمه، لكي يتمكن الأعضاء من التعلّم بعضهم من بعض.

    إجاباتك من الجولة السابقة معبّأة مسبقًا:
    { $link }
email-round-reminder-subject = { $network }: تذكير بشأن { $title }
email-round-reminder-body =
    مرحبًا { $name }،

    لم يُرسَل بعد ملف القدرات الخاص بمنظمة { $org } في جولة «{ $title }». الموعد النهائي هو { $date }.

    لن يستغرق الأمر سوى بضع دقائق، وإجاباتك من الجولة السابقة معبّأة مسبقًا:
    { $link }
profile-status-short = الحالة

map-title = خريطة القدرات
map-intro = أين تكمن نقاط قوة الشبكة (المنظمات التي تقيّم نفسها بالمستوى 2 أو 3) وما يرغب الأعضاء في تعلّمه، حسب المجال المواضيعي والمنطقة، في الشمال العالمي والجنوب العالمي. اختر خلية لعرض المنظمات التي تندرج فيها.
map-filters = عوامل تصفية الخريطة
map-round = الملفات
map-current = أحدث ملف لكل منظمة
map-compare = المقارنة مع
map-compare-none = بدون مقارنة
map-item = المجال المواضيعي أو القدرة
map-measure = العرض
map-strengths = نقاط القوة
map-needs = الاحتياجات
map-empty = لم يُرسَل أي ملف لهذا الاختيار بعد.
map-legend = المنظمات:
map-no-countries = لا توجد أي منظمة في هذه الحالة بعد.
world-title = خريطة العالم للقدرات
map-world-intro = مجال مواضيعي أو قدرة واحدة، بلدًا بلدًا. أما الخرائط الحرارية حسب المنطقة ففي صفحة
    خريطة القدرات:
map-world-hint = اختر مجالًا مواضيعيًا أو قدرة لعرضها على خريطة العالم، بلدًا بلدًا، أو افتح
map-group-none = لم يُحتسب بعد أي ملف لمنظمة من هذه المجموعة.
map-group-zero = لا توجد بعد أي منظمة من هذه المجموعة لديها أي من هذه.
map-table = الخريطة على شكل جدول
map-organisations = المنظمات
map-cell-title = المنظمات على الخريطة
map-cell-empty = لا توجد منظمة مطابقة.

capacity-nav-exchanges = عمليات التبادل بين الأقران
exchange-status-requested = مطلوبة
exchange-status-agreed = مقبولة
exchange-status-in-progress = قيد التنفيذ
exchange-status-completed = مكتملة
exchange-status-declined = مرفوضة
exchanges-title = عمليات التبادل بين الأقران
exchanges-intro = عمليات التبادل التي طلبتها منظمتك أو طُلبت منها، بدءًا بالأحدث.
exchanges-none = لا توجد أي عملية تبادل بعد. اطلب عملية تبادل من قائمة الأقران المقترحين.
exchanges-asked = طلب أرسلناه إلى { $org }
exchanges-asked-by = طلب تلقّيناه من { $org }
exchange-title = عملية تبادل بين الأقران
exchange-about = المجال: { $item }
exchange-message = الطلب
exchange-reply = الرد
exchange-outcome-seeker = ما تعلّمته المنظمة الطالبة
exchange-outcome-helper = ما تعلّمته المنظمة الداعمة
exchange-step-accept = قبول
exchange-step-decline = رفض
exchange-step-start = تغيير الحالة إلى «قيد التنفيذ»
exchange-step-complete = تغيير الحالة إلى «مكتملة»
exchange-text-reply = ردّك (اختياري)
exchange-text-outcome = ما الذي أسفر عنه التبادل وما الذي تعلّمتموه (يُرحَّب بإضافة روابط إلى ما نتج عنه)
exchange-outcome-save = حفظ ما تعلّمناه
exchange-request = طلب عملية تبادل
matches-engaged = سبق أن طلبت منهم الدعم في هذه الحاجة. عملية التبادل:
exchange-request-message = رسالتك: ما الذي تحتاجه، وكيف تودّ أن تعمل منظمتانا معًا
exchange-request-send = إرسال الطلب
exchange-secretariat-view = أنت تطّلع على عملية التبادل هذه بصفتك عضوًا في الأمانة العامة.
error-exchange-exists = لديك بالفعل عملية تبادل مفتوحة مع هذه المنظمة بشأن هذه الحاجة.
error-exchange-moved = سبق أن ردّ شخص آخر على عملية التبادل هذه. أعد تحميل الصفحة.
notice-exchange-requested = تم إرسال طلبك، وسيصلك الرد عبر البريد الإلكتروني.
notice-exchange-updated = تم تحديث عملية التبادل، وأُبلغت المنظمة الأخرى بذلك عبر البريد الإلكتروني.

email-exchange-requested-subject = { $network }: تطلب منظمة { $org } دعمك في مجال { $item }
email-exchange-requested-body =
    مرحبًا { $name }،

    تودّ منظمة { $org } أن تتعلّم من منظمتك في مجال { $item }. رسالتها:

    { $message }

    الحالة: { $status }. اقبل الطلب أو ارفضه على Minga:
    { $link }
email-exchange-agreed-subject = { $network }: حالة عملية التبادل مع منظمة { $org } في مجال { $item } الآن «{ $status }»
email-exchange-agreed-body =
    مرحبًا { $name }،

    أخبار سارّة: قبلت منظمة { $org } طلبك لإجراء عملية تبادل بين الأقران في مجال { $item }. الحالة: { $status }. اطّلع على ردّها:
    { $link }
email-exchange-declined-subject = { $network }: حالة عملية التبادل مع منظمة { $org } في مجال { $item } الآن «{ $status }»
email-exchange-declined-body =
    مرحبًا { $name }،

    لا تستطيع منظمة { $org } دعمك في مجال { $item } هذه المرة. الحالة: { $status }. ستجد ردّها، ومنظمات أخرى يمكنها المساعدة، على Minga:
    { $link }
email-exchange-in-progress-subject = { $network }: حالة عملية التبادل مع منظمة { $org } في مجال { $item } الآن «{ $status }»
email-exchange-in-progress-body =
    مرحبًا { $name }،

    تقدّمت منظمة { $org } بعملية التبادل بين الأقران في مجال { $item }. الحالة: { $status }.
    { $link }
email-exchange-completed-subject = { $network }: حالة عملية التبادل مع منظمة { $org } في مجال { $item } الآن «{ $status }»
email-exchange-completed-body =
    مرحبًا { $name }،

    سجّلت منظمة { $org } انتهاء عملية التبادل بين الأقران في مجال { $item }. الحالة: { $status }. يُرجى تسجيل ما تعلّمته منظمتك، لكي تستفيد الشبكة بأكملها من ذلك أيضًا:
    { $link }

capacity-nav-taxonomy = المجالات المواضيعية والقدرات
taxonomy-title = المجالات المواضيعية والقدرات
taxonomy-intro = المجالات المواضيعية والقدرات الفنية التي تقيّم المنظمات نفسها فيها. يجب إدخال الأسماء باللغات الخمس جميعها؛ وتساعد الأوصاف وكلمات البحث الأعضاءَ على الاختيار.
taxonomy-new = إضافة مجال مواضيعي أو قدرة
taxonomy-edit-title = المجال المواضيعي أو القدرة
taxonomy-code = الرمز
taxonomy-code-hint = أحرف لاتينية صغيرة وأرقام وشَرطات، مثل digital-advocacy. لا يمكن تغييره لاحقًا.
taxonomy-position = الترتيب في القائمة
taxonomy-label = الاسم
taxonomy-description = الوصف
taxonomy-synonyms = كلمات البحث، مفصولة بفواصل
error-code-taken = هذا الرمز مستخدم بالفعل.
error-number-invalid = أدخل عددًا صحيحًا.
gaps-title = الفجوات: احتياجات لا يقدّم أحد الدعم فيها
gaps-intro = احتياجات أدرجها الأعضاء ولا توجد منظمة تقيّم نفسها بالمستوى 2 أو أعلى وتقدّم الدعم فيها، مصنّفة حسب المنطقة.
gaps-none = لا توجد فجوات: هناك من يقدّم الدعم لكل حاجة مُدرَجة.
gaps-count = عدد المنظمات التي لديها هذه الحاجة: { $n }

profile-upload = إضافة ملفات
profile-upload-hint = (تقارير، صور، تسجيلات؛ حتى { $max } لكل ملف)
exchange-resources = ما أنتجه التبادل
exchange-upload = أرفق ما أنتجه التبادل
matches-evidence-files = الأدلة التي يشاركونها:

## Rounds prepared as drafts, in several languages, with who fills in each profile
rounds-field-title-in = العنوان بـ{ $language }
rounds-field-message-in = الرسالة بـ{ $language } (اختيارية)
rounds-texts = العنوان والرسالة
rounds-texts-hint = اكتبهما بكل لغة تستطيعها: يرى كل قارئ لغته، وإلا فأول عنوان كُتب.
rounds-open-intro = سترى قائمة المنظمات ومن سيتلقى البريد الإلكتروني قبل فتح الجولة.
rounds-state-draft = مسودة: لم تُفتح بعد
round-draft-title = إعداد جولة
round-draft-intro = هذه الجولة لم تُفتح بعد: لم يُطلب من أحد شيء ولم تُرسل أي رسالة. راجع منظماتها، وأضف أو احذف بعضها، ثم افتحها.
round-draft-open = فتح الجولة
round-draft-orgs = { $count ->
    [zero] لا منظمات.
    [one] منظمة واحدة.
    [two] منظمتان.
    [few] { $n } منظمات.
    [many] { $n } منظمة.
   *[other] { $n } منظمة.
}
round-draft-people = { $count ->
    [zero] لا أحد يملأ هذه الملفات.
    [one] شخص واحد يملأ هذه الملفات وسيتلقى بريدًا إلكترونيًا.
    [two] شخصان يملآن هذه الملفات وسيتلقيان بريدًا إلكترونيًا.
    [few] { $n } أشخاص يملؤون هذه الملفات وسيتلقون بريدًا إلكترونيًا.
   *[other] { $n } شخصًا يملؤون هذه الملفات وسيتلقون بريدًا إلكترونيًا.
}
round-open-submit = { $count ->
    [one] فتح الجولة ومراسلة شخص واحد
    [two] فتح الجولة ومراسلة شخصين
    [few] فتح الجولة ومراسلة { $n } أشخاص
   *[other] فتح الجولة ومراسلة { $n } شخصًا
}
round-nobody-warning = { $count ->
    [one] منظمة واحدة ليس فيها من يستطيع ملء ملفها (لا مسؤول، ولا موظفون إن كانت شريكة): ادعُ أحدًا أولًا، أو احذفها.
    [two] منظمتان ليس فيهما من يستطيع ملء ملفيهما (لا مسؤول، ولا موظفون إن كانتا شريكتين): ادعُ أحدًا أولًا، أو احذفهما.
   *[other] { $n } منظمات ليس فيها من يستطيع ملء ملفاتها (لا مسؤول، ولا موظفون إن كانت شريكة): ادعُ أحدًا أولًا، أو احذفها.
}
round-nobody-invite = دعوة شخص
round-nobody-title = لا أحد لملء الملف
round-nobody-open = { $count ->
    [one] منظمة واحدة في هذه الجولة ليس فيها من يستطيع ملء ملفها، لذا لم يتلقَّ أحد فيها بريدًا. ادعُ أحدًا: سيستطيع ملأه فور انضمامه.
    [two] منظمتان في هذه الجولة ليس فيهما من يستطيع ملء ملفيهما، لذا لم يتلقَّ أحد فيهما بريدًا. ادعُ أحدًا: سيستطيع ملأه فور انضمامه.
   *[other] { $n } منظمات في هذه الجولة ليس فيها من يستطيع ملء ملفاتها، لذا لم يتلقَّ أحد فيها بريدًا. ادعُ أحدًا: سيستطيع ملأه فور انضمامه.
}
round-draft-list = المنظمات في هذه الجولة
round-draft-empty = لا منظمات في هذه الجولة بعد: أضف بعضها أدناه.
round-fillers = من يملؤه
round-nobody = لا أحد
round-somebody = يوجد من يملؤه
round-remove = حذف
round-add = إضافة منظمات
round-add-search = الاسم أو البلد أو الموضوع
round-add-find = بحث
round-add-none = لا توجد منظمة خارج هذه الجولة مطابقة.
round-add-one = إضافة
round-add-matching = إضافة كل المنظمات المطابقة
round-add-matching-submit = إضافتها
round-edit = تغيير العنوان أو الرسالة أو الموعد النهائي
round-edit-submit = حفظ
round-delete = حذف هذه المسودة
round-delete-warning = تُحذف المسودة وقائمتها. لم يُطلب من أحد شيء بعد، لذا لا يُبلَّغ أحد.
round-delete-confirm = نعم، احذف المسودة
notice-round-prepared = أُعدّت الجولة. راجع منظماتها ثم افتحها.
notice-round-deleted = حُذفت المسودة.
error-round-message-needs-title = تحتاج الرسالة إلى عنوان باللغة نفسها.
error-round-title-required = أعطِ الجولة عنوانًا بلغة واحدة على الأقل.
error-too-long-max = النص طويل جدًا: { $max } حرف على الأكثر.
email-round-message-intro = تضيف الأمانة:
profile-filled-by = يملأ ملف منظمتك: { $names }.
profile-filled-by-nobody = لا أحد في منظمتك يستطيع ملء هذا الملف بعد. الأمانة ترى ذلك وستدعو أحدًا.
## profile form (issue 11)
profile-not-answered = بلا إجابة
profile-answered-of = أُجيب عن { $n } من { $total }
profile-limit = حتى { $max } حرف
profile-jump = أقسام الاستمارة
profile-error-item = { $item }: { $message }
profile-kept-unsaved = احتُفظ بما كتبته عند تغيير اللغة، لكنه لم يُحفظ بعد: احفظه مسودة أو أرسله.
profile-sent-title = ما أرسلته
profile-sent-needs = احتياجاتك
profile-sent-matches = اعرض النظراء الذين يمكنهم مساعدتك
error-level-required = لـ{ $item } شواهد بلا مستوى: اختر مستوى (فـ«0 — لا يوجد» إجابة أيضًا).
error-evidence-too-long = شواهد { $item } أطول من اللازم: الحد { $max } حرف، وفيها { $count }.
error-need-too-long = وصف الاحتياج في { $item } أطول من اللازم: الحد { $max } حرف، وفيه { $count }.
## Exchanges people can follow (issue 11): emails
email-exchange-withdrawn-subject = { $network }: حالة عملية التبادل مع منظمة { $org } في مجال { $item } الآن «{ $status }»
email-exchange-withdrawn-body =
    مرحبًا { $name }،

    سحبت منظمة { $org } طلبها لإجراء عملية تبادل بين الأقران في مجال { $item }، ولا يلزمك القيام بأي شيء آخر. الحالة: { $status }.
    { $link }
email-exchange-message-subject = { $network }: كتبت منظمة { $org } بشأن عملية التبادل في مجال { $item }
email-exchange-message-body =
    مرحبًا { $name }،

    كتبت منظمة { $org } في عملية التبادل بين الأقران في مجال { $item }:

    { $message }

    يمكنك الردّ على Minga:
    { $link }

## Exchanges people can follow (issue 11): pages
exchange-status-withdrawn = مسحوبة
exchange-step-withdraw = سحب الطلب
exchange-withdraw-warning = ستُبلَّغ المنظمة التي طلبت دعمها بالبريد الإلكتروني. لا يمكن إعادة فتح طلب مسحوب، ويمكنك إرسال طلب جديد لاحقًا.
exchange-withdraw-confirm = نعم، اسحب الطلب
exchange-asked = مقدّم الطلب
exchange-answered = صاحب الردّ
exchange-person-of = { $person } ({ $org })
exchange-people = الأشخاص المشاركون
exchange-people-hint = لا يرى بيانات الاتصال هذه إلا المنظمتان والأمانة.
exchange-people-org = المنظمة
exchange-thread = الرسائل
exchange-thread-none = لا توجد رسائل بعد.
exchange-thread-write = رسالتك
exchange-thread-hint = نص عادي أو Markdown. يتلقّاها المشاركون من المنظمة الأخرى بالبريد الإلكتروني، بلغتهم.
exchange-thread-send = أرسل الرسالة
notice-message-sent = أُرسلت رسالتك.
exchanges-network-intro = كل عمليات التبادل بين الأقران في الشبكة، بدءًا بأحدثها تعديلًا. تنطبق المنطقة أو المجموعة على أيٍّ من المنظمتين.
exchanges-filters = تصفية عمليات التبادل
exchanges-filter-status = الحالة
exchanges-filter-item = القدرة
exchanges-count = { $count ->
    [zero] لا توجد عمليات تبادل
    [one] عملية تبادل واحدة
    [two] عمليتا تبادل
    [few] { $n } عمليات تبادل
    [many] { $n } عملية تبادل
   *[other] { $n } عملية تبادل
}
exchanges-network-none = لا توجد عملية تبادل تطابق عوامل التصفية هذه.
exchanges-between = طلبت { $seeker } دعم { $helper }
reason-item-completed = { $count ->
    [one] أتمّت عملية تبادل واحدة بين الأقران في هذه القدرة.
    [two] أتمّت عمليتَي تبادل بين الأقران في هذه القدرة.
    [few] أتمّت { $count } عمليات تبادل بين الأقران في هذه القدرة.
   *[other] أتمّت { $count } عملية تبادل بين الأقران في هذه القدرة.
}
reason-item-learnt = { $count ->
    [one] في واحدة منها، سجّلت المنظمة التي تلقّت الدعم ما تعلّمته.
    [two] في اثنتين منها، سجّلت المنظمات التي تلقّت الدعم ما تعلّمته.
   *[other] في { $count } منها، سجّلت المنظمات التي تلقّت الدعم ما تعلّمته.
}
reason-item-declined = { $count ->
    [one] اعتذرت عن طلب واحد في هذه القدرة.
    [two] اعتذرت عن طلبين في هذه القدرة.
    [few] اعتذرت عن { $count } طلبات في هذه القدرة.
   *[other] اعتذرت عن { $count } طلبًا في هذه القدرة.
}
