## Correos electrónicos (texto sin formato)

email-footer = Enviado por { $network }. Su configuración, incluido el idioma de estos correos: { $link }

email-invitation-subject = { $network }: invitación para unirse a { $org }
email-invitation-body =
    Hola:

    { $name } le invita a unirse a { $org } en { $network }, el Centro de Aprendizaje de la red, con el rol de { $role }.

    Para aceptar, abra este enlace y elija su nombre, su contraseña y su idioma:
    { $link }

    El enlace solo funciona una vez y caduca en { $days } días. Si no esperaba esta invitación, puede ignorar este correo.
email-already-member-subject = { $network }: ya tiene una cuenta
email-already-member-body =
    Hola:

    { $name } ha intentado invitarle a { $org }, pero esta dirección ya tiene una cuenta. Inicie sesión aquí:
    { $link }

    Si ha olvidado su contraseña, utilice «¿Olvidó su contraseña?» en esa página.
email-reset-subject = { $network }: elija una nueva contraseña
email-reset-body =
    Hola, { $name }:

    Alguien ha solicitado restablecer la contraseña de su cuenta. Para elegir una nueva contraseña, abra este enlace:
    { $link }

    El enlace solo funciona una vez y caduca en { $minutes } minutos. Si no lo ha solicitado usted, ignore este correo: su contraseña seguirá siendo la misma.

## notifications (issue 12)
email-notification-subject = { $network }: { $text }
email-notification-body =
    Hola, { $name }:

    { $text }

    { $link }

    Para elegir qué correos recibes: { $settings }
email-digest-subject = { $network }: { $count ->
    [one] { $n } notificación
   *[other] { $n } notificaciones
} desde tu último resumen
email-digest-body =
    Hola, { $name }:

    Esto es lo que pasó desde tu último resumen diario:

    { $list }

    Todas tus notificaciones: { $all }
    Para elegir qué correos recibes: { $settings }
