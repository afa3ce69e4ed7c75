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
