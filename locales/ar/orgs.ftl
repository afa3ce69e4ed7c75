## دليل الأعضاء والملفات التعريفية للمنظمات

orgs-title = دليل الأعضاء
orgs-intro = ائتلافات الشبكة ومنظماتها الدولية وشركاؤها.
orgs-new = إضافة منظمة
orgs-filters = تصفية الدليل
orgs-search = الاسم يحتوي على
orgs-include-archived = تضمين المنظمات المؤرشفة
orgs-count = عدد المنظمات: { $n }
orgs-empty-title = لا توجد منظمات لعرضها
orgs-empty = الدليل فارغ حاليًا.
orgs-empty-filtered = لا توجد منظمة تطابق عوامل التصفية هذه.
field-region = المنطقة
field-country = البلد
field-kind = النوع
field-group = الشمال / الجنوب
field-org-name = اسم المنظمة
field-description = الوصف
field-website = الموقع الإلكتروني
field-contact-email = البريد الإلكتروني للتواصل
field-contact-phone = هاتف التواصل
field-public = عرض هذا الملف التعريفي للعموم
field-invite-language = لغة الدعوة
hint-markdown = يمكنك استخدام Markdown: **غامق**، *مائل*، والقوائم والروابط.
hint-public = الملفات التعريفية العامة متاحة للجميع. أما بيانات التواصل وفريق العمل فلا تظهر إلا للأعضاء الذين سجّلوا الدخول.

org-title = المنظمة
org-back = → جميع الأعضاء
org-about = نبذة
org-no-description = لا يوجد وصف بعد.
org-demo = بيانات تجريبية
org-archived = مؤرشفة
org-members-only = للأعضاء فقط
org-edit = تعديل الملف التعريفي
org-invite = دعوة أشخاص
org-archive = أرشفة
org-restore = استعادة
org-updated = آخر تحديث
org-staff = الأشخاص
org-no-staff = لم ينضم أحد من هذه المنظمة بعد.
org-contacts-signed-in = تظهر بيانات التواصل لأعضاء الشبكة الذين سجّلوا الدخول.
org-edit-title = تعديل المنظمة
org-new-title = إضافة منظمة
org-derived = يُحدَّد تلقائيًا حسب البلد
org-invite-title = دعوة شخص
org-invite-intro = سينضم الشخص المدعو إلى { $org } بالدور الذي تختاره.
org-invite-submit = إرسال الدعوة
org-invite-hint = يعمل رابط الدعوة مرة واحدة فقط، وتنتهي صلاحيته بعد 7 أيام.
error-role-needs-secretariat = لا يمكن منح دور الأمانة العامة إلا داخل الأمانة العامة.
error-role-secretariat-only = داخل الأمانة العامة، لا يمكن منح أي دور سوى دور الأمانة العامة.
org-capacities = نقاط القوة والاحتياجات
org-no-strengths = لا توجد نقطة قوة بالمستوى 2 أو 3 في أحدث ملف لها.
org-no-needs = لا توجد احتياجات في أحدث ملف لها.
org-offers = تعرض مساعدة الأقران
org-could-help = تعرض المساعدة في { $item }، وهو ما تحتاجه منظمتك: اطلبها منها

## directory (issue 11)
orgs-search-any = الاسم أو البلد أو الموضوع
orgs-country-option = { $country } ({ $count })
pager-past-end-title = هذه الصفحة غير موجودة
pager-past-end = تنتهي النتائج عند الصفحة { $pages }.
pager-last = الانتقال إلى الصفحة الأخيرة
field-override-reason = سبب اختلاف المنطقة أو المجموعة
hint-override-reason = مطلوب عندما لا تكون المنطقة أو المجموعة هي التي يحددها البلد. لا تراه إلا الأمانة.
org-override-reason = المنطقة أو المجموعة التي حددتها الأمانة:
error-override-reason-required = اذكر سبب اختلاف المنطقة أو المجموعة عن تلك التي يحددها البلد.
error-override-forbidden = لا يمكن إلا للأمانة تحديد منطقة أو مجموعة غير تلك التي يحددها البلد.
## People and pictures (issue 11)
people-title = الأشخاص
people-count = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $n } أشخاص
   *[other] { $n } شخصًا
}
people-role-of = دور { $name }
people-change-role = تغيير الدور
people-remove = إزالة من المنظمة
people-remove-confirm = لن يتمكن { $name } من تسجيل الدخول بعد الآن. يبقى ما كتبه باسمه.
people-remove-confirm-button = إزالة
people-invitations = الدعوات المنتظرة
people-no-invitations = لا توجد دعوات منتظرة.
people-expires = الرابط صالح حتى
people-actions = الإجراءات
people-resend = إرسال مجددًا
people-revoke = إلغاء الدعوة
org-edit-details = البيانات
error-last-admin-role = هذا آخر مسؤول للمنظمة: امنح دور المسؤول لشخص آخر أولًا.
error-last-admin-remove = هذا آخر مسؤول للمنظمة، فلا يمكن إزالته: امنح دور المسؤول لشخص آخر أولًا.
error-invite-already-in-org = هذا الشخص عضو في المنظمة بالفعل.
notice-invitation-resent = أُرسلت الدعوة مجددًا برابط جديد؛ ولم يعد الرابط القديم يعمل.
notice-invitation-revoked = أُلغيت الدعوة؛ ولم يعد رابطها يعمل.
notice-role-changed = تم تغيير الدور.
notice-person-removed = أُزيل الشخص من المنظمة.
notice-picture-saved = تم حفظ الصورة.
notice-picture-removed = أُزيلت الصورة.
picture-logo = الشعار
picture-logo-choose = شعار جديد
picture-logo-alt = شعار { $org }
picture-avatar = الصورة
picture-avatar-choose = صورة جديدة
picture-avatar-alt = صورة { $name }
picture-hint = PNG أو JPEG أو GIF أو WebP. تُقص على شكل مربع حول مركزها.
picture-upload = رفع
picture-remove = إزالة الصورة
error-picture-choose = اختر صورة لرفعها.
error-picture-not-image = «{ $name }» ليس صورة يستطيع Minga قراءتها: ارفع ملف PNG أو JPEG أو GIF أو WebP.
error-picture-too-large = «{ $name }» كبيرة جدًا: لا يجوز أن يتجاوز عرض الصورة وارتفاعها { $max } بكسل.
error-picture-corrupt = «{ $name }» تالفة ولا يمكن قراءتها. حاول حفظها مرة أخرى.
