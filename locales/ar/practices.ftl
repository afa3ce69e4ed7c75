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
