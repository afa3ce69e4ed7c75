## الممارسات الجيدة (issue 13)

notification-kind-practice = الممارسات الجيدة لمنظمتك ومراجعاتها
notification-text-practice = { $event ->
    [submit] أرسل { $actor } الممارسة «{ $title }» للمراجعة
    [request-changes] تطلب الأمانة العامة تعديلات على الممارسة «{ $title }»
    [publish] نُشرت الممارسة «{ $title }»
    [unpublish] أعيدت الممارسة «{ $title }» إلى مسودة
    [tried] سجّل { $actor } أن منظمته جرّبت «{ $title }»
   *[other] تقدّمت الممارسة «{ $title }»
}

nav-practices = الممارسات
practices-title = الممارسات الجيدة
practices-intro = ما قامت به منظمات الشبكة، وكيف، وما الذي غيّره — بعد مراجعة الأمانة العامة، ومع المنظمات التي جرّبته بعدها.
practices-write = كتابة ممارسة
practices-ours-title = ممارسات منظمتنا
practices-review-title = ممارسات بانتظار المراجعة
practices-filters = تصفية الممارسات
practices-sort-newest = الأحدث أولًا
practices-sort-tried = الأكثر تجريبًا أولًا
practices-results = الممارسات
practices-count = { $count ->
    [zero] لا توجد ممارسات
    [one] ممارسة واحدة
    [two] ممارستان
    [few] { $n } ممارسات
    [many] { $n } ممارسة
   *[other] { $n } ممارسة
}
practices-tried-count = { $count ->
    [0] لم تُجرَّب في مكان آخر بعد
    [zero] لم تُجرَّب في مكان آخر بعد
    [one] جرّبتها منظمة أخرى واحدة
    [two] جرّبتها منظمتان أخريان
    [few] جرّبتها { $n } منظمات أخرى
    [many] جرّبتها { $n } منظمة أخرى
   *[other] جرّبتها { $n } منظمة أخرى
}
practices-empty-title = لا توجد ممارسات هنا بعد
practices-empty = تظهر الممارسات هنا بعد كتابتها ومراجعتها ونشرها.

practice-section-context = السياق
practice-section-challenge = التحدي
practice-section-approach = ما قمنا به
practice-section-results = النتائج والأدلة
practice-section-lessons = الدروس المستفادة
practice-section-replicate = كيف يمكن تطبيقها في مكان آخر
practice-section-contact = بمن يمكن الاتصال
practice-hint-context = أين ومتى: البلد، والمنظمات، والأشخاص المعنيون.
practice-hint-challenge = المشكلة المراد حلها، ولماذا كانت مهمة.
practice-hint-approach = الخطوات المتّبعة، ومن شارك فيها، وكم كلّفت.
practice-hint-results = ما الذي تغيّر، وكيف تعرف ذلك: أرقام، ووثائق، وشهادات.
practice-hint-lessons = ما الذي نجح، وما الذي لم ينجح، وما الذي كنت ستفعله بطريقة مختلفة.
practice-hint-replicate = ما تحتاج إليه منظمة أخرى لتفعل الشيء نفسه: الظروف، والوقت، والمهارات، والمال.
practice-hint-contact = شخص أو منصب يمكن الكتابة إليه، إن لم يكن عنوان المنظمة.

practice-state-draft = مسودة
practice-state-submitted = بانتظار المراجعة
practice-state-changes-requested = طُلبت تعديلات
practice-state-published = منشورة
practices-note-draft = هذه مسودة: لا يراها إلا منظمتك والأمانة العامة. أرسلها للمراجعة عندما تصبح جاهزة.
practices-note-submitted = أُرسلت للمراجعة: تقرؤها الأمانة العامة وتعلّق بجانب كل قسم، ثم تنشرها أو تطلب تعديلات.
practices-note-changes-requested = تطلب الأمانة العامة تعديلات: اطّلع على التعليقات بجانب الأقسام، وعدّل الممارسة ثم أرسلها مجددًا.

practices-new-title = كتابة ممارسة
practices-edit-title = تعديل الممارسة
practices-form-intro = اكتب كل قسم بكلماتك؛ القسم الأخير وحده اختياري. يُحتفظ بكل نسخة تحفظها من المسودة.
practices-field-lang = لغة الكتابة
practices-field-title = العنوان
practices-optional = اختياري
practices-field-orgs = منظمات أخرى شاركت فيها
practices-orgs-hint = اضغط مع الاستمرار على Ctrl (أو ⌘) لاختيار أكثر من منظمة.
practices-field-resources = موارد من المكتبة
practices-resources-hint = الصق عناوين موارد المكتبة، عنوانًا في كل سطر.
practices-save-hint = احفظ المسودة أولًا بأول: لن يضيع شيء مما حفظته إذا انقطع الاتصال.
practices-save-draft = حفظ المسودة
practices-submit = إرسال للمراجعة
practices-edit = تعديل

practices-section-empty = لم يُكتب بعد.
practices-comments = تعليقات المراجعة
practices-comment-on = تعليق على «{ $section }»
practices-version-n = النسخة { $version }
practices-request-changes = طلب تعديلات
practices-publish = نشر
practices-links = ذات صلة
practices-versions-title = النسخ
practices-versions-count = { $count ->
    [zero] لا توجد نسخ
    [one] نسخة واحدة
    [two] نسختان
    [few] { $n } نسخ
    [many] { $n } نسخة
   *[other] { $n } نسخة
}
practices-history = مسار المراجعة حتى الآن
practices-history-line = { $step }: { $name }، { $date } (النسخة { $version })
practices-step-submit = أُرسلت للمراجعة
practices-step-request-changes = طُلبت تعديلات
practices-step-publish = نُشرت
practices-step-unpublish = أُعيدت إلى مسودة

practices-tried-title = جرّبنا هذه الممارسة
practices-tried-none = لم تسجّل أي منظمة أخرى بعد أنها جرّبتها.
practices-tried-form = هل جرّبتها منظمتك؟ أخبر الشبكة بذلك
practices-tried-context = سياقنا
practices-tried-results = ما الذي حدث
practices-tried-button = تسجيل أننا جرّبناها

error-practice-section-required = اكتب هذا القسم قبل إرسال الممارسة للمراجعة.
error-practice-too-long = اجعل هذا القسم أقل من { $max } حرفًا.
error-practice-org = اختر المنظمات من القائمة.
error-practice-resource = «{ $line }» ليس موردًا من المكتبة يمكنك قراءته.
error-practice-say-what = وضّح ما يجب تغييره، بجانب القسم المعني.
error-practice-moved-on = عدّل شخص آخر هذه الممارسة في هذه الأثناء: أعد تحميلها وحاول مرة أخرى.
error-practice-tried-already = سجّلت منظمتك بالفعل أنها جرّبت هذه الممارسة.

notice-practice-saved = حُفظت المسودة.
notice-practice-submitted = أُرسلت للمراجعة، وأُبلغت الأمانة العامة.
notice-practice-changes-requested = أُعيدت مع تعليقاتك، وأُبلغ كاتبوها.
notice-practice-published = نُشرت، وأُبلغ كاتبوها.
notice-practice-tried = شكرًا لك: سُجّلت تجربتك مع الممارسة.
notice-practice-moved-on = عدّل شخص آخر هذه الممارسة في هذه الأثناء: إليك نسختها الحالية.
