## Events (issue 12): events of learning communities, RSVP, reminders, calendars.

events-upcoming = Próximos eventos
events-past = Eventos pasados
events-none-upcoming = Todavía no hay eventos previstos.
events-none-past = Todavía no se ha celebrado ningún evento.
events-all-upcoming = Todos los próximos eventos
events-all-past = Todos los eventos pasados
events-subscribe = Suscribirse en su calendario
events-schedule = Programar un evento

event-title = Evento
event-new-title = Programar un evento
event-edit-title = Cambiar el evento
event-cancelled = Cancelado
event-cancelled-notice = Este evento ha sido cancelado.
event-when = { $date }, { $start }–{ $end } ({ $zone })
event-when-days = { $start } – { $end } ({ $zone })
event-field-when = Cuándo
event-organiser-time = Hora de quien organiza: { $when }
event-field-organiser = Organiza
event-field-online = Participar en línea
event-field-places = Plazas
event-field-recording = Grabación
event-recording-watch = Ver o escuchar la grabación
event-going = { $count ->
    [one] { $n } persona asistirá.
   *[other] { $n } personas asistirán.
}
event-places-left = { $count ->
    [0] No quedan plazas.
    [one] Queda { $n } plaza.
   *[other] Quedan { $n } plazas.
}
event-waiting = { $count ->
    [one] { $n } persona en la lista de espera.
   *[other] { $n } personas en la lista de espera.
}
event-who-going = Quién asistirá
event-rsvp-heading = ¿Asistirá?
event-rsvp-going = Usted asistirá.
event-rsvp-waiting = Usted es el número { $n } de la lista de espera. Si se libera una plaza, será suya y le avisaremos por correo.
event-rsvp-none = No ha indicado que asistirá.
event-rsvp-go = Asistiré
event-rsvp-wait = Entrar en la lista de espera
event-rsvp-withdraw = No asistiré
event-rsvp-sign-in = Inicie sesión para indicar que asistirá
event-add-to-calendar = Añadir a mi calendario (.ics)
event-manage = Organizar
event-edit = Cambiar el evento
event-cancel = Cancelar el evento
event-cancel-warning = El evento sigue en la página marcado como cancelado, y los calendarios que lo tienen lo muestran cancelado.
event-cancel-confirm = Sí, cancelar el evento
event-label-title = Título
event-label-description = Descripción
event-label-time-zone = Zona horaria de las horas siguientes
event-label-starts = Empieza
event-label-ends = Termina
event-label-online-url = Enlace para participar en línea
event-label-capacity = Plazas
event-label-recording = Grabación
event-hint-description = Opcional. Puede usar Markdown: **negrita**, *cursiva*, listas y enlaces.
event-hint-times = Cada persona ve las horas en su propia zona horaria.
event-hint-online-url = Opcional. Debe empezar por https://.
event-hint-capacity = Opcional. Déjelo vacío si puede venir cualquiera; cuando esté completo, la gente entra en una lista de espera.
event-hint-recording = Después del evento: el enlace de su grabación (/media/…) o su identificador.
event-schedule = Programar el evento

error-event-ends-before-start = El evento debe terminar después de empezar.
error-event-time-invalid = Escriba una fecha y una hora, como 2026-12-01 14:00.
error-event-time-skipped = Esa hora no existe en esta zona horaria (los relojes la saltan). Elija otra hora.
error-event-link-https = Escriba un enlace que empiece por https://.
error-event-recording-invalid = Escriba el enlace de la grabación (/media/…) o su identificador.
error-event-capacity = Escriba un número entero de plazas de 1 a 100.000, o déjelo vacío.

calendar-title = Suscribirse al calendario
calendar-intro = Los programas de calendario (en su teléfono o su ordenador) pueden seguir los eventos de esta comunidad: los nuevos eventos y los cambios aparecen solos.
calendar-public-link = Enlace del calendario: cópielo en su programa de calendario
calendar-subscribe = Suscribirme con mi programa de calendario
calendar-download = Descargar el calendario (.ics)
calendar-private-intro = Los eventos de esta comunidad son solo para quienes pueden leerla, así que su programa de calendario necesita un enlace privado propio. No lo comparta: quien lo tenga ve estos eventos.
calendar-private-link = Su enlace privado de calendario: cópielo en su programa de calendario
calendar-private-once = Este enlace solo se muestra ahora. Sirve para todas las comunidades cuyos eventos puede leer.
calendar-revoked = Su enlace privado de calendario ya no funciona.
calendar-has-link = Ya tiene un enlace privado. Si crea uno nuevo, el anterior deja de funcionar.
calendar-make-link = Crear mi enlace privado
calendar-new-link = Crear un nuevo enlace privado
calendar-revoke = Desactivar mi enlace privado

email-event-when = Cuándo: { $when }
email-event-online = Participar en línea: { $link }
email-event-page = El evento: { $link }
email-event-ics = Añádalo a su calendario: { $link }
email-event-place-subject = Tiene una plaza: { $title }
email-event-place-body = Hola, { $name }:

    Se ha liberado una plaza en «{ $title }» en { $community }, y es suya: asistirá.
    Si ya no puede venir, indíquelo en la página del evento para que la plaza pase a la siguiente persona.
email-event-reminder-day-subject = Recordatorio: { $title }
email-event-reminder-day-body = Hola, { $name }:

    Un recordatorio: «{ $title }» en { $community } empieza dentro de un día, más o menos, y usted indicó que asistirá.
email-event-reminder-hour-subject = Empieza pronto: { $title }
email-event-reminder-hour-body = Hola, { $name }:

    Un recordatorio: «{ $title }» en { $community } empieza dentro de una hora, más o menos, y usted indicó que asistirá.
email-event-cancelled-subject = Cancelado: { $title }
email-event-cancelled-body = Hola, { $name }:

    «{ $title }» en { $community }, al que usted indicó que asistiría, ha sido cancelado.

## perms-notices
error-event-recording-unknown = Ninguna grabación que pueda ver tiene esta dirección. Pegue la dirección de la página de una grabación (/media/…).
