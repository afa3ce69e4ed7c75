## رسائل البريد الإلكتروني (نص عادي)

email-footer = أُرسلت هذه الرسالة من { $network }. إعداداتك، ومنها لغة هذه الرسائل: { $link }

email-invitation-subject = { $network }: دعوة للانضمام إلى { $org }
email-invitation-body =
    مرحبًا،

    تلقيت دعوة من { $name } للانضمام إلى { $org } على { $network }، مركز التعلّم التابع للشبكة، بصفة { $role }.

    للقبول، افتح هذا الرابط واختر اسمك وكلمة المرور واللغة:
    { $link }

    يعمل الرابط مرة واحدة فقط، وتنتهي صلاحيته بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. إذا لم تكن تتوقع هذه الدعوة، يمكنك تجاهل هذه الرسالة.
email-already-member-subject = { $network }: لديك حساب بالفعل
email-already-member-body =
    مرحبًا،

    جرت محاولة من { $name } لدعوتك إلى { $org }، لكن هذا العنوان مرتبط بحساب بالفعل. سجّل الدخول من هنا:
    { $link }

    إذا نسيت كلمة المرور، فاستخدم «هل نسيت كلمة المرور؟» في تلك الصفحة.
email-reset-subject = { $network }: اختر كلمة مرور جديدة
email-reset-body =
    مرحبًا { $name }،

    طلب شخص ما إعادة تعيين كلمة المرور لحسابك. لاختيار كلمة مرور جديدة، افتح هذا الرابط:
    { $link }

    يعمل الرابط مرة واحدة فقط، وتنتهي صلاحيته بعد { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }. إذا لم تطلب ذلك، فتجاهل هذه الرسالة: ستبقى كلمة المرور كما هي.

## notifications (issue 12)
email-notification-subject = { $network }: { $text }
email-notification-body =
    مرحبًا { $name }،

    { $text }

    { $link }

    لاختيار الرسائل التي تصلك: { $settings }
email-digest-subject = { $network }: { $count ->
    [zero] لا إشعارات
    [one] إشعار واحد
    [two] إشعاران
    [few] { $n } إشعارات
    [many] { $n } إشعارًا
   *[other] { $n } إشعار
} منذ آخر ملخص
email-digest-body =
    مرحبًا { $name }،

    إليك ما حدث منذ آخر ملخص يومي:

    { $list }

    كل إشعاراتك: { $all }
    لاختيار الرسائل التي تصلك: { $settings }
