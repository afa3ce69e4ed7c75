## Events (issue 12): events of learning communities, RSVP, reminders, calendars.

events-upcoming = الفعاليات القادمة
events-past = الفعاليات السابقة
events-none-upcoming = لا توجد فعاليات مخطط لها بعد.
events-none-past = لم تُعقد أي فعالية بعد.
events-all-upcoming = كل الفعاليات القادمة
events-all-past = كل الفعاليات السابقة
events-subscribe = الاشتراك في تقويمك
events-schedule = جدولة فعالية

event-title = فعالية
event-new-title = جدولة فعالية
event-edit-title = تعديل الفعالية
event-cancelled = أُلغيت
event-cancelled-notice = أُلغيت هذه الفعالية.
event-when = { $date }، { $start }–{ $end } ({ $zone })
event-when-days = { $start } – { $end } ({ $zone })
event-field-when = الموعد
event-organiser-time = بتوقيت المنظِّم: { $when }
event-field-organiser = المنظِّم
event-field-online = المشاركة عبر الإنترنت
event-field-places = الأماكن
event-field-recording = التسجيل
event-recording-watch = شاهد التسجيل أو استمع إليه
event-going = { $count ->
    [zero] لا أحد سيحضر بعد.
    [one] شخص واحد سيحضر.
    [two] شخصان سيحضران.
    [few] { $n } أشخاص سيحضرون.
    [many] { $n } شخصًا سيحضرون.
   *[other] { $n } شخص سيحضرون.
}
event-places-left = { $count ->
    [zero] لم يبقَ أي مكان.
    [one] بقي مكان واحد.
    [two] بقي مكانان.
    [few] بقيت { $n } أماكن.
    [many] بقي { $n } مكانًا.
   *[other] بقي { $n } مكان.
}
event-waiting = { $count ->
    [zero] لا أحد في قائمة الانتظار.
    [one] شخص واحد في قائمة الانتظار.
    [two] شخصان في قائمة الانتظار.
    [few] { $n } أشخاص في قائمة الانتظار.
    [many] { $n } شخصًا في قائمة الانتظار.
   *[other] { $n } شخص في قائمة الانتظار.
}
event-who-going = من سيحضر
event-rsvp-heading = هل ستحضر؟
event-rsvp-going = ستحضر.
event-rsvp-waiting = ترتيبك { $n } في قائمة الانتظار. إذا شغر مكان فهو لك وسنرسل إليك بريدًا إلكترونيًا.
event-rsvp-none = لم تذكر أنك ستحضر.
event-rsvp-go = سأحضر
event-rsvp-wait = الانضمام إلى قائمة الانتظار
event-rsvp-withdraw = لن أحضر
event-rsvp-sign-in = سجّل الدخول لتذكر أنك ستحضر
event-add-to-calendar = أضفها إلى تقويمي (‎.ics)
event-manage = التنظيم
event-edit = تعديل الفعالية
event-cancel = إلغاء الفعالية
event-cancel-warning = تبقى الفعالية في الصفحة مع علامة الإلغاء، وتظهر ملغاة في التقاويم التي تتضمنها.
event-cancel-confirm = نعم، ألغِ الفعالية
event-label-title = العنوان
event-label-description = الوصف
event-label-time-zone = المنطقة الزمنية للأوقات أدناه
event-label-starts = تبدأ
event-label-ends = تنتهي
event-label-online-url = رابط المشاركة عبر الإنترنت
event-label-capacity = الأماكن
event-label-recording = التسجيل
event-hint-description = اختياري. يمكنك استخدام Markdown: **غامق**، *مائل*، قوائم وروابط.
event-hint-times = يرى كل قارئ الأوقات بمنطقته الزمنية.
event-hint-online-url = اختياري. يجب أن يبدأ بـ https://.
event-hint-capacity = اختياري. اتركه فارغًا إذا كان بإمكان أي شخص الحضور؛ وعند امتلاء الأماكن ينضم الناس إلى قائمة انتظار.
event-hint-recording = بعد الفعالية: رابط تسجيلها (‎/media/…) أو معرّفه.
event-schedule = جدولة الفعالية

error-event-ends-before-start = يجب أن تنتهي الفعالية بعد أن تبدأ.
error-event-time-invalid = أدخل تاريخًا ووقتًا، مثل 2026-12-01 14:00.
error-event-time-skipped = هذا الوقت غير موجود في هذه المنطقة الزمنية (تقفز عنه الساعات). اختر وقتًا آخر.
error-event-link-https = أدخل رابطًا يبدأ بـ https://.
error-event-recording-invalid = أدخل رابط التسجيل (‎/media/…) أو معرّفه.
error-event-capacity = أدخل عددًا صحيحًا من الأماكن بين 1 و100000، أو اتركه فارغًا.

calendar-title = الاشتراك في التقويم
calendar-intro = يمكن لبرامج التقويم (على هاتفك أو حاسوبك) متابعة فعاليات هذا المجتمع: تظهر الفعاليات الجديدة والتعديلات تلقائيًا.
calendar-public-link = رابط التقويم: انسخه إلى برنامج التقويم لديك
calendar-subscribe = الاشتراك عبر برنامج التقويم لديّ
calendar-download = تنزيل التقويم (‎.ics)
calendar-private-intro = فعاليات هذا المجتمع لقرّائه فقط، لذا يحتاج برنامج التقويم لديك إلى رابط خاص بك. لا تشاركه: كل من يملكه يرى هذه الفعاليات.
calendar-private-link = رابط تقويمك الخاص: انسخه إلى برنامج التقويم لديك
calendar-private-once = يظهر هذا الرابط الآن فقط. وهو يعمل لكل المجتمعات التي يمكنك قراءة فعالياتها.
calendar-revoked = لم يعد رابط تقويمك الخاص يعمل.
calendar-has-link = لديك رابط خاص بالفعل. إنشاء رابط جديد يوقف القديم.
calendar-make-link = أنشئ رابطي الخاص
calendar-new-link = أنشئ رابطًا خاصًا جديدًا
calendar-revoke = أوقف رابطي الخاص

email-event-when = الموعد: { $when }
email-event-online = المشاركة عبر الإنترنت: { $link }
email-event-page = الفعالية: { $link }
email-event-ics = أضفها إلى تقويمك: { $link }
email-event-place-subject = لديك مكان: { $title }
email-event-place-body = مرحبًا { $name }،

    شغر مكان في «{ $title }» في { $community }، وهو لك: ستحضر.
    إذا لم يعد بإمكانك الحضور، فاذكر ذلك في صفحة الفعالية ليحصل الشخص التالي على المكان.
email-event-reminder-day-subject = تذكير: { $title }
email-event-reminder-day-body = مرحبًا { $name }،

    تذكير: تبدأ «{ $title }» في { $community } بعد يوم تقريبًا، وقد ذكرت أنك ستحضر.
email-event-reminder-hour-subject = تبدأ قريبًا: { $title }
email-event-reminder-hour-body = مرحبًا { $name }،

    تذكير: تبدأ «{ $title }» في { $community } بعد ساعة تقريبًا، وقد ذكرت أنك ستحضر.
email-event-cancelled-subject = أُلغيت: { $title }
email-event-cancelled-body = مرحبًا { $name }،

    أُلغيت «{ $title }» في { $community }، وكنت قد ذكرت أنك ستحضرها.

## perms-notices
error-event-recording-unknown = لا يوجد تسجيل يمكنك رؤيته بهذا العنوان. الصق عنوان صفحة تسجيل (‎/media/…).
