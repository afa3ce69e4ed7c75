## مكتبة الموارد (issue 13)

nav-library = المكتبة

library-title = المكتبة
library-intro = تقارير ومجموعات أدوات وموجزات سياسات ومواد تدريبية وتسجيلات وبيانات يتشاركها أعضاء الشبكة، بكل اللغات المتوفرة بها.
library-share = مشاركة مورد
library-featured = من اختيار الأمانة العامة
library-featured-tag = مميَّز
library-filters = تصفية المكتبة
library-search = كلمات من العنوان أو الملخص
library-field-kind = النوع
library-field-item = الموضوع أو القدرة
library-field-items = المواضيع والقدرات
library-field-lang = اللغة
library-field-year = سنة النشر
library-field-sort = الترتيب
library-sort-newest = الأحدث أولًا
library-sort-title = حسب العنوان
library-choice-count = { $label } ({ $n })
library-results = الموارد
library-count = { $count ->
    [zero] لا توجد موارد
    [one] مورد واحد
    [two] موردان
    [few] { $n } موارد
    [many] { $n } موردًا
   *[other] { $n } مورد
}
library-empty-title = لم يُشارَك أي شيء بعد
library-empty = تمتلئ المكتبة كلما شارك الأعضاء ما أنتجوه واستخدموه.
library-empty-filtered-title = لا يوجد مورد مطابق
library-empty-filtered = جرّب عددًا أقل من عوامل التصفية أو كلمات أخرى.
library-also-in = متوفر أيضًا بـ:
library-link-to = رابط إلى { $host }
library-archived = المؤرشفة
library-show-archived = عرض الموارد المؤرشفة
library-show-current = العودة إلى الموارد الحالية
library-global = عالمي (بلا بلد محدد)
library-lang-other = لغة أخرى

library-kind-report = تقرير
library-kind-toolkit = مجموعة أدوات
library-kind-policy-brief = موجز سياسات
library-kind-training = مادة تدريبية
library-kind-recording = تسجيل
library-kind-dataset = مجموعة بيانات
library-kind-presentation = عرض تقديمي
library-kind-article = مقال
library-kind-other = أخرى

library-licence-cc-by = رخصة المشاع الإبداعي نسب المصنف (CC BY)
library-licence-cc-by-sa = رخصة المشاع الإبداعي نسب المصنف - الترخيص بالمثل (CC BY-SA)
library-licence-cc-by-nc = رخصة المشاع الإبداعي نسب المصنف - غير تجاري (CC BY-NC)
library-licence-cc-by-nc-sa = رخصة المشاع الإبداعي نسب المصنف - غير تجاري - الترخيص بالمثل (CC BY-NC-SA)
library-licence-cc-by-nd = رخصة المشاع الإبداعي نسب المصنف - منع الاشتقاق (CC BY-ND)
library-licence-cc-by-nc-nd = رخصة المشاع الإبداعي نسب المصنف - غير تجاري - منع الاشتقاق (CC BY-NC-ND)
library-licence-cc0 = الملك العام (CC0)
library-licence-copyright = جميع الحقوق محفوظة
library-licence-unknown = غير محددة

library-reach-public = الجميع، بمن فيهم من لم يسجّلوا الدخول
library-reach-members = المنظمات الأعضاء في الشبكة
library-reach-community = الأشخاص الذين يمكنهم قراءة مجتمع معيّن
library-reach-community-named = الأشخاص الذين يمكنهم قراءة مجتمع { $community }

library-origin = المصدر
library-origin-exchange = نتاج عملية تبادل بين الأقران جمعت { $seeker } و{ $helper }
library-origin-exchange-short = نتاج عملية تبادل بين الأقران
library-origin-recording = تسجيل من مجتمع { $community }
library-origin-recording-network = تسجيل مُشارَك مع الشبكة بأكملها

library-about = عن هذا المورد
library-field-countries = البلدان
library-field-licence = الرخصة
library-field-reach = من يمكنه القراءة
library-shared-by = شاركته
library-download = تنزيل
library-open-link = فتحه على { $host }
library-play = تشغيل التسجيل
library-see-preview = عرض الصفحة الأولى
library-preview-waiting = يجري إعداد معاينة للصفحة الأولى.
library-archived-note = أرشفت الأمانة العامة هذا المورد: لم يعد مدرجًا في المكتبة.
library-add-language = إضافة لغة

library-curate = إدارة المورد
library-feature = تمييزه في المكتبة
library-unfeature = إلغاء التمييز
library-archive = أرشفة
library-restore = إعادته إلى المكتبة
library-merge-into = دمج هذه النسخة المكررة في
library-merge-hint = الصق عنوان المورد الذي سيُحتفظ به. تُنقل إليه من هذا المورد اللغات التي تنقصه، وسيقود هذا العنوان إليه.
library-merge = دمج

library-preview-title = الصفحة الأولى
library-preview-alt = الصفحة الأولى من { $title }
library-preview-caption = صورة صغيرة للصفحة الأولى، لتكوين فكرة قبل التنزيل.

library-new-title = مشاركة مورد
library-new-intro = شارك الآن نسخته بلغة واحدة؛ ويمكنك إضافة اللغات الأخرى لاحقًا.
library-translate-title = إضافة لغة
library-translate-intro = نسخة بلغة أخرى من:
library-field-title = العنوان
library-field-summary = الملخص
library-summary-hint = ما هو، ولمن، وما الذي سيجده القارئ فيه.
library-file-or-link = الملف، أو رابط إليه
library-field-file = الملف
library-file-kept = احتُفظ بهذا الملف من محاولتك السابقة: ألغِ تحديده لاستبعاده.
library-field-url = أو عنوان موقع ويب
library-url-hint = عندما يكون المورد موجودًا على موقع آخر.
library-choose = اختر…
library-year-hint = أربعة أرقام، مثل 2024. اتركه فارغًا إن كانت السنة غير معروفة.
library-field-community = المجتمع
library-no-community = لا يوجد
library-themes = المواضيع
library-capacities = القدرات الفنية
library-countries-hint = اتركه فارغًا إن كان المورد يتناول العالم كله. اضغط مع الاستمرار على Ctrl (أو ⌘) لاختيار أكثر من بلد.

error-library-lang = اختر لغة هذه النسخة.
error-library-lang-taken = هذا المورد موجود بالفعل بهذه اللغة.
error-library-file-or-link = اختر ملفًا أو أدخل عنوان موقع ويب.
error-library-not-both = أدخل ملفًا أو عنوان موقع ويب، لا الاثنين معًا.
error-library-kind = اختر نوع المورد.
error-library-licence = اختر رخصة من القائمة.
error-library-year = أدخل سنة بين { $min } و{ $max }، أو اترك الحقل فارغًا.
error-library-reach = اختر من يمكنه القراءة.
error-library-community = اختر مجتمعًا تشارك فيه.
error-library-item = اختر المواضيع والقدرات من القائمة.
error-library-too-many = اختر { $max } على الأكثر.
error-library-too-long = اجعله أقل من { $max } حرفًا.
error-library-merge-target = الصق عنوان مورد آخر من المكتبة.

notice-resource-shared = تمت المشاركة. شكرًا لك: أصبح المورد في المكتبة الآن.
notice-translation-added = أُضيفت اللغة الجديدة.
notice-resource-featured = أصبح مميَّزًا في المكتبة.
notice-resource-unfeatured = لم يعد مميَّزًا.
notice-resource-archived = تمت الأرشفة: لم يعد مدرجًا. يمكنك استعادته من هنا.
notice-resource-restored = أُعيد إلى المكتبة.
notice-resource-merged = تم الدمج: النسخة المكررة تقود الآن إلى هنا.

library-edit-title = تعديل المورد
library-edit-intro = عدّل عنوان هذه اللغة وملخّصها، وموضوع المورد. يبقى ملفه أو رابطه كما هو: ملف آخر يعني لغة أخرى.
library-edit = تعديل
library-save = حفظ التعديلات
notice-resource-edited = تم الحفظ.
