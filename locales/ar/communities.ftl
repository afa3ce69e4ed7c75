# Learning Communities (issue 12).

## Communities: errors
error-community-languages-required = اختر لغة واحدة على الأقل يكتب بها الناس هناك.
error-community-invite-unknown = لا أحد في الشبكة لديه عنوان البريد الإلكتروني هذا. اطلب من منظمته أن تدعوه إلى Minga أولًا.
error-community-partners-not-admitted = يعمل هذا الشخص لدى منظمة شريكة، وهذا المجتمع لا يقبل الشركاء.
error-community-already-member = هذا الشخص عضو بالفعل.
