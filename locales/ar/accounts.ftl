## تسجيل الدخول والدعوات وكلمات المرور وصفحة الحساب

field-email = البريد الإلكتروني
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-password-confirm = تأكيد كلمة المرور الجديدة
field-current-password = كلمة المرور الحالية
field-name = الاسم
field-language = اللغة
field-time-zone = المنطقة الزمنية
field-organisation = المنظمة
field-role = الدور
password-rule = 10 أحرف على الأقل. بضع كلمات لا رابط بينها تشكّل كلمة مرور قوية.

login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-forgot = هل نسيت كلمة المرور؟
login-invite-only = الانضمام إلى Minga متاح لأعضاء الشبكة بدعوة فقط. اطلب دعوة من مسؤول منظمتك أو من الأمانة العامة.
error-login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-login-org-archived = أُرشفت منظمتك في Minga، لذا لم يعد بإمكان أعضائها تسجيل الدخول. تواصل مع الأمانة إن كان ذلك خطأ.
error-login-rate-limited = عدد كبير جدًا من محاولات تسجيل الدخول. يُرجى الانتظار 15 دقيقة، أو إعادة تعيين كلمة المرور.

invite-title = انضم إلى مركز التعلّم
invite-intro-org = تلقيت دعوة للانضمام إلى { $org }
invite-intro-role = بصفة { $role }.
invite-intro-email = سيستخدم حسابك العنوان { $email }.
invite-submit = إنشاء حسابي
invite-closed-title = لا يمكن استخدام هذه الدعوة
invite-used = سبق استخدام هذه الدعوة. إن كنت أنت من استخدمها فسجّل الدخول، وإلا فاطلب دعوة جديدة.
invite-expired = انتهت صلاحية هذه الدعوة. الدعوات صالحة لمدة 7 أيام: اطلب دعوة جديدة.
invite-unknown = رابط الدعوة هذا غير صالح. تحقّق من أنك نسخت الرابط كاملًا من رسالة البريد الإلكتروني.

forgot-title = إعادة تعيين كلمة المرور
forgot-intro = أدخل عنوان البريد الإلكتروني لحسابك. إذا كان مرتبطًا بحساب، فسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = إرسال الرابط
forgot-sent = إذا كان هذا العنوان مرتبطًا بحساب، فقد أُرسل إليه رابط صالح لمدة ساعة واحدة. إذا لم يصلك، فتحقّق من مجلد الرسائل غير المرغوب فيها.
reset-title = اختر كلمة مرور جديدة
reset-submit = حفظ كلمة المرور الجديدة
reset-invalid = لم يعد هذا الرابط صالحًا: فقد سبق استخدامه أو مضت عليه أكثر من ساعة. اطلب رابطًا جديدًا.

account-title = حسابي
account-profile = الملف الشخصي
account-password = كلمة المرور
account-change-password = تغيير كلمة المرور
error-password-short = يجب ألا تقل كلمة المرور عن 10 أحرف.
error-password-long = يجب ألا تزيد كلمة المرور على 256 حرفًا.
error-password-mismatch = كلمتا المرور غير متطابقتين.
error-password-wrong = كلمة المرور الحالية غير صحيحة.
error-wait-seconds = عدد كبير جدًا من المحاولات الفاشلة. يُرجى المحاولة مرة أخرى بعد { $seconds ->
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
   *[other] { $seconds } ثانية
    }.

## time zones (issue 11)
tz-option = { $city } ({ $offset })
tz-area-africa = أفريقيا
tz-area-america = الأمريكتان
tz-area-antarctica = القارة القطبية الجنوبية
tz-area-arctic = القطب الشمالي
tz-area-asia = آسيا
tz-area-atlantic = المحيط الأطلسي
tz-area-australia = أستراليا
tz-area-europe = أوروبا
tz-area-indian = المحيط الهندي
tz-area-pacific = المحيط الهادئ
