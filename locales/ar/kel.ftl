## استراتيجية تبادل المعرفة والتعلّم: الأهداف ومبادرات التعلّم (issue 13)

nav-kel = التعلّم
kel-title = تبادل المعرفة والتعلّم
kel-intro = استراتيجية التعلّم في الشبكة: أهدافها، ومبادرات التعلّم التي يقودها الأعضاء ويساهمون فيها. تابع تقدّمها، واعرض ما يمكن أن تقدّمه منظمتك، واربط بها ما تنتجه.
kel-empty-title = لا توجد أهداف بعد
kel-empty = لم تكتب الأمانة العامة أهداف الاستراتيجية بعد.
kel-no-initiatives = لا توجد بعد أي مبادرة تعلّم تخدم هذا الهدف.
kel-new-objective = كتابة هدف
kel-edit-objective = تعديل هذا الهدف
kel-objective-intro = اكتب الهدف بأكبر عدد ممكن من اللغات الخمس. يراه كل قارئ بلغته، وإلا فبالإنجليزية، وإلا فباللغة الأولى التي كُتب بها. لا تُعرض اللغة التي تُترك فارغة.
kel-new-initiative = إطلاق مبادرة تعلّم
kel-edit-initiative = تعديل المبادرة
kel-initiative-title = مبادرة تعلّم
kel-led-by = بقيادة
kel-from = ابتداءً من { $date }
kel-until = حتى { $date }
kel-progress = { $total ->
    [0] لا توجد مراحل رئيسية بعد
   *[other] المراحل الرئيسية المنجزة: { $done } من { $total }
}
kel-contributors-count = { $count ->
    [0] لا توجد منظمات مساهمة بعد
    [one] منظمة مساهمة واحدة
    [two] منظمتان مساهمتان
    [few] { $count } منظمات مساهمة
    [many] { $count } منظمة مساهمة
   *[other] { $count } منظمة مساهمة
}
kel-choose = اختر…
kel-field-objective = الهدف
kel-field-lead = المنظمة القائدة
kel-field-title = العنوان
kel-field-body = ما يسعى إلى تحقيقه
kel-field-summary = ما تقوم به المبادرة وكيف يشارك فيها الأعضاء
kel-field-state = الحالة
kel-field-starts = تاريخ البدء
kel-field-ends = تاريخ الانتهاء
kel-field-partners = يمكن للمنظمات الشريكة متابعتها والمساهمة فيها
kel-partners-admitted = تشارك المنظمات الشريكة في هذه المبادرة.
kel-state-planned = مخطّط لها
kel-state-running = قيد التنفيذ
kel-state-completed = مكتملة

kel-milestones = المراحل الرئيسية والتقدّم
kel-no-milestones = لا توجد مراحل رئيسية بعد.
kel-milestone-pending = لم تُنجز بعد
kel-milestone-done = منجزة
kel-milestone-dropped = ملغاة
kel-milestone-late = متأخرة
kel-milestone-mark-done = تعليم كمنجزة
kel-milestone-drop = إلغاء
kel-milestone-reopen = إعادة فتح
kel-add-milestone = إضافة مرحلة رئيسية
kel-field-due = التاريخ

kel-contributions = المساهمات
kel-contributors = المنظمات المساهمة
kel-no-contributions = لم تُعرض أي مساهمة بعد.
kel-contribution-offered = بانتظار الرد
kel-contribution-accepted = مقبولة
kel-contribution-declined = مرفوضة
kel-offer = عرض مساهمة
kel-offer-hint = اذكر ما ستقدّمه منظمتك، وموعد تقديمه، ومن سيتولّى ذلك. تردّ المنظمة القائدة للمبادرة، ويصلك ردّها.
kel-field-what = ما ستساهم به منظمتك
kel-field-by-when = الموعد النهائي
kel-field-who = من سيتولّى ذلك
kel-offer-button = عرض هذه المساهمة
kel-offered-by = مقدَّمة من
kel-reason = السبب
kel-reason-label = ردّك (يلزم ذكر سبب عند الرفض)
kel-accept = قبول
kel-decline = رفض

kel-outputs = المخرجات
kel-no-outputs = لم تُربط أي مخرجات بعد.
kel-output-resource = مورد
kel-output-practice = ممارسة
kel-output-recording = تسجيل
kel-output-community = مجتمع
kel-output-exchange = عملية تبادل بين الأقران
kel-field-address = عنوان مورد أو ممارسة أو تسجيل أو مجتمع أو عملية تبادل بين الأقران
kel-address-hint = افتحه في Minga وانسخ عنوانه من المتصفح، مثلًا ‎https://…/library/…‎
kel-add-output = ربط هذا المُخرَج
kel-remove-output = إزالة

kel-timeline = السجلّ الزمني
kel-log-created = أطلق { $actor } المبادرة «{ $detail }» بقيادة { $org }
kel-log-edited = حدّث { $actor } المبادرة
kel-log-offered = عرضت { $org } مساهمة: { $detail }
kel-log-accepted = قُبلت مساهمة { $org }: { $detail }
kel-log-declined = رُفضت مساهمة { $org }: { $detail }
kel-log-milestone-added = أُضيفت مرحلة رئيسية: { $detail }
kel-log-milestone-done = أُنجزت مرحلة رئيسية: { $detail }
kel-log-milestone-dropped = أُلغيت مرحلة رئيسية: { $detail }
kel-log-milestone-reopened = أُعيد فتح مرحلة رئيسية: { $detail }
kel-log-output-added = ربطت { $org } مُخرَجًا: { $detail }
kel-log-output-removed = أزال { $actor } مُخرَجًا: { $detail }

error-kel-date = أدخل التاريخ بصيغة السنة-الشهر-اليوم، مثل 2027-03-31.
error-kel-date-past = اختر تاريخ اليوم أو تاريخًا لاحقًا.
error-kel-ends-before = يجب أن يكون تاريخ الانتهاء بعد تاريخ البدء.
error-kel-state = اختر حالة من القائمة.
error-kel-objective = اختر هدفًا من القائمة.
error-kel-objective-empty = اكتب عنوان الهدف بلغة واحدة على الأقل.
error-kel-lead = اختر المنظمة القائدة من القائمة.
error-kel-lead-secretariat = لا يمكن إلا للأمانة العامة نقل قيادة مبادرة إلى منظمة أخرى.
error-kel-reason = اذكر سبب الرفض، لكي تتمكن المنظمة من عرض شيء آخر.
error-kel-closed = هذه المبادرة مكتملة: لم تعد تقبل مساهمات.
error-kel-output-address = الصق عنوان مورد أو ممارسة أو تسجيل أو مجتمع أو عملية تبادل بين الأقران في Minga.
error-kel-output-unknown = لا يوجد في هذا العنوان شيء يمكنك فتحه.
error-kel-output-twice = هذا المُخرَج مرتبط بهذه المبادرة بالفعل.

notice-kel-objective-saved = حُفظ الهدف.
notice-initiative-saved = حُفظت المبادرة.
notice-milestone-added = أُضيفت المرحلة الرئيسية.
notice-milestone-changed = حُدّثت المرحلة الرئيسية.
notice-contribution-offered = عُرضت المساهمة، وأُبلغت المنظمة القائدة للمبادرة.
notice-contribution-answered = حُفظ الرد، وأُبلغت المنظمة.
notice-contribution-already-answered = ردّ شخص آخر على هذا العرض في هذه الأثناء: اطّلع على الرد أدناه.
notice-output-added = رُبط المُخرَج.
notice-output-removed = أُزيل المُخرَج. عنوانه موجود في النموذج أدناه إذا أردت ربطه من جديد.

notification-kind-initiative = مبادرات التعلّم التي تقودها منظمتك أو تساهم فيها
notification-text-initiative = { $event ->
    [offered] عرض { $actor } مساهمة في «{ $title }»
    [accepted] قُبلت مساهمة منظمتك في «{ $title }»
    [declined] رُفضت مساهمة منظمتك في «{ $title }»
   *[other] تقدّمت مبادرة التعلّم «{ $title }»
}

## Consultations

kel-objectives = أهداف الاستراتيجية
consultations-title = الاستشارات
consultations-none = لا توجد استشارات بعد.
consultation-new = إعداد استشارة
consultation-edit = تعديل الاستشارة
consultation-title = استشارة
consultation-translate = ترجمة الاستشارة
consultation-synthesis-write = كتابة الخلاصة
consultation-results = الإجابات
consultation-question-title = الإجابات عن سؤال واحد
consultation-kind-open = إجابة مفتوحة
consultation-kind-choice = خيار واحد من قائمة
consultation-kind-scale = مقياس من 1 إلى 5
consultation-answer-open = اكتب إجابتك
consultation-answer-choice = اختر إجابة واحدة
consultation-answer-scale = من 1 (لا على الإطلاق) إلى 5 (بالكامل)
consultation-form-intro = تبقى الاستشارة مسودةً لا تراها إلا الأمانة العامة إلى أن تفتحها. عندئذٍ تُبلَّغ المنظمات المعنية، ويُرسَل إليها تذكير قبل الموعد النهائي بأسبوع ثم بيوم إن لم تكن قد ردّت.
consultation-field-lang = اللغة التي تكتب بها
consultation-field-document = ورقة النقاش (نصّها أو ملخّص لها)
consultation-document-hint = تُحفظ فواصل الأسطر. أضف لغات أخرى بعد حفظ الاستشارة.
consultation-field-resource = ملف الورقة في المكتبة (اختياري)
consultation-resource-hint = شارك الملف في المكتبة أولًا (بكل اللغات المتوفرة لديك)، ثم الصق عنوانه هنا، مثلًا ‎https://…/library/…‎
consultation-field-deadline = الموعد النهائي
consultation-field-audience = إلى من تُوجَّه الاستشارة
consultation-audience-all = جميع المنظمات الأعضاء (الائتلافات والمنظمات الدولية)
consultation-audience-some = المنظمات المختارة أدناه فقط
consultation-field-orgs = المنظمات المعنية
consultation-questions = الأسئلة
consultation-questions-hint = لا تُحفظ خانات الأسئلة المتروكة فارغة. في أسئلة الاختيار، اكتب خيارًا واحدًا في كل سطر.
consultation-question-n = السؤال { $n }
consultation-field-kind = نوع الإجابة
consultation-field-prompt = السؤال
consultation-field-choices = الخيارات، خيار واحد في كل سطر
consultation-more-rows = المزيد من خانات الأسئلة
consultation-save-draft = حفظ المسودة
consultation-translate-intro = اكتب الاستشارة بهذه اللغة؛ يظهر النص الأصلي فوق كل سؤال. لغات أخرى:
consultation-synthesis-intro = ما استخلصته الأمانة العامة من الإجابات، بأكبر عدد ممكن من اللغات. يقرؤها جميع الأعضاء في صفحة الاستشارة.
consultation-share-answers = السماح للأعضاء أيضًا بقراءة جميع الإجابات (وإلا فلا يرى إجابات كل منظمة إلا الأمانة العامة)
consultation-publish-synthesis = نشر الخلاصة
consultation-draft = مسودة
consultation-closed = مغلقة
consultation-open = مفتوحة
consultation-deadline = تُقبل الإجابات حتى { $date }
consultation-responses-count = { $count ->
    [0] لا توجد ردود بعد
    [one] ردّ واحد
    [two] ردّان
    [few] { $count } ردود
    [many] { $count } ردًّا
   *[other] { $count } ردّ
}
consultation-open-button = فتحها للمنظمات المعنية
consultation-translations = اللغات:
consultation-move-deadline = الموعد النهائي الجديد
consultation-move-deadline-button = تغيير الموعد النهائي
consultation-synthesis = الخلاصة
consultation-document = ورقة النقاش
consultation-document-file = الملف في المكتبة
consultation-status-none = لم تردّ منظمتك بعد.
consultation-status-draft = ردّ منظمتك مسودة، حفظها { $name } آخر مرة في { $date }.
consultation-status-submitted = أرسل { $name } ردّ منظمتك في { $date }. يمكنك تعديله حتى الموعد النهائي.
consultation-hint-admin = احفظ مسودة متى شئت؛ يراها زملاؤك ويمكنهم الإضافة إليها. وبالإرسال يُقدَّم ردّ منظمتك.
consultation-hint-staff = احفظ مسودة؛ يراها زملاؤك ويمكنهم الإضافة إليها. ويتولّى مسؤول منظمتك إرسالها.
consultation-not-asked = هذه الاستشارة غير موجّهة إلى منظمتك.
consultation-save-response = حفظ المسودة
consultation-submit = إرسال ردّ منظمتنا
consultation-resubmit = إرسال التعديلات
consultation-ours-none = لم تردّ منظمتك
consultation-ours-draft = ردّ منظمتك مسودة
consultation-ours-submitted = ردّت منظمتك
consultation-answered-of = ردّت { $n } من أصل { $total } من المنظمات المعنية.
consultation-group-by = تجميع الإجابات حسب
consultation-by-region = المنطقة
consultation-by-kind = نوع المنظمة
consultation-by-group = الشمال العالمي والجنوب العالمي
consultation-export = تصدير (CSV)
consultation-show = عرض
consultation-answered-by-group = الردود حسب المجموعة
consultation-question-document = جميع الإجابات عن هذا السؤال، للقراءة أو الطباعة
consultation-no-answers = لا توجد إجابات بعد.
consultation-scale-value = القيمة
consultation-choice = الخيار
consultation-all = الكل
consultation-mean = المتوسط
consultation-missing = المنظمات التي لم تردّ
consultation-missing-none = ردّت جميع المنظمات المعنية.
consultation-draft-begun = مسودة قيد الإعداد
consultation-submitted-at = تاريخ الإرسال

error-consultation-kind = اختر نوع الإجابة من القائمة.
error-consultation-choices = اكتب خيارين على الأقل، خيارًا واحدًا في كل سطر.
error-consultation-no-question = اكتب سؤالًا واحدًا على الأقل.
error-consultation-choice = اختر إحدى الإجابات المعروضة.
error-consultation-audience = اختر المنظمات المعنية، أو وجّه الاستشارة إلى جميع المنظمات الأعضاء.
error-consultation-choice-count = اكتب عدد الخيارات نفسه ({ $n })، خيارًا واحدًا في كل سطر، وبالترتيب نفسه الوارد في النص الأصلي.
error-consultation-closed = انقضى الموعد النهائي: لم تعد الاستشارة تقبل إجابات. ما كتبته موجود أدناه لتتمكن من الاحتفاظ به.
error-consultation-unanswered = أجب عن هذا السؤال قبل الإرسال، أو احفظ مسودة.
error-consultation-changed = حفظ أحد زملائك ردّ منظمتك في هذه الأثناء. نسخته معروضة أدناه وقد وُضعت إجاباتك فوقها: راجعها ثم احفظ من جديد.
error-consultation-not-open = افتح الاستشارة أولًا.
error-consultation-synthesis = اكتب الخلاصة بلغة واحدة على الأقل.

notice-consultation-saved = حُفظت الاستشارة.
notice-consultation-translated = حُفظت الترجمة.
notice-consultation-opened = فُتحت الاستشارة، وأُبلغت المنظمات المعنية.
notice-consultation-open-already = الاستشارة مفتوحة بالفعل: لم يعد ممكنًا تغيير أسئلتها.
notice-consultation-deadline-past = غيّر الموعد النهائي إلى يوم لاحق قبل فتح الاستشارة.
notice-consultation-deadline-moved = غُيّر الموعد النهائي.
notice-synthesis-published = نُشرت الخلاصة، وأُبلغت المنظمات المعنية.
notice-response-saved = حُفظت المسودة، ويمكن لزملائك رؤيتها.
notice-response-submitted = أُرسل ردّ منظمتك. شكرًا لك.

notification-kind-consultation = الاستشارات الموجّهة إلى منظمتك
notification-text-consultation = { $event ->
    [open] تستشير الأمانة العامة منظمتك: «{ $title }»
    [reminder] يحين الموعد النهائي لـ«{ $title }» بعد أسبوع، ولم تردّ منظمتك بعد
    [reminder-last] يحين الموعد النهائي لـ«{ $title }» غدًا، ولم تردّ منظمتك بعد
    [synthesis] نُشرت خلاصة «{ $title }»
   *[other] تقدّمت الاستشارة «{ $title }»
}
