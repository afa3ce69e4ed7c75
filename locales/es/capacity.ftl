## El mapa de capacidades: perfiles, rondas y pares recomendados

nav-capacity = Capacidades
capacity-nav-label = Capacidades
capacity-nav-profile = Nuestro perfil
capacity-nav-matches = Pares recomendados
capacity-nav-map = Mapa
capacity-nav-rounds = Rondas de mapeo

level-0 = 0 — ninguno
level-1 = 1 — básico
level-2 = 2 — sólido
level-3 = 3 — puede liderar a otros
priority-high = Alta
priority-medium = Media
priority-low = Baja
status-not_started = Sin empezar
status-draft = Borrador
status-submitted = Enviado
kind-theme-plural = Temas
kind-capacity-plural = Capacidades técnicas

profile-title = Perfil de capacidades
profile-intro = Evalúe a su organización en cada tema y capacidad técnica, de 0 (ninguno) a 3 (puede liderar a otros). Indique en qué se basa su evaluación, marque lo que puede compartir con sus pares y enumere lo que desea aprender.
profile-round = Ronda: { $title }. Fecha límite: { $date }.
profile-status = Estado: { $status }
profile-carried = Ya aparecen sus respuestas de «{ $title }»: revíselas, modifique lo que haya cambiado y envíe el perfil.
profile-no-round = En este momento no hay ninguna ronda de mapeo abierta para su organización. La Secretaría abre las rondas; a continuación se muestra el último perfil que envió su organización.
profile-no-profile = Su organización aún no ha enviado ningún perfil.
profile-read-only = Solo quienes administran su organización pueden editar este perfil.
profile-languages = Idiomas de trabajo
profile-level = Nivel
profile-evidence = Evidencias (trabajo realizado, enlaces)
profile-share = Podemos apoyar a nuestros pares en este ámbito
profile-need = Queremos aprender en este ámbito
profile-need-none = No
profile-need-description = ¿Qué necesita exactamente?
profile-save-draft = Guardar borrador
profile-save-changes = Guardar cambios
profile-submit = Enviar el perfil
notice-profile-draft = Se ha guardado el borrador. Envíelo cuando lo tenga listo.
notice-profile-submitted = Gracias: se ha enviado su perfil. Ahora sus pares ya pueden encontrar a su organización.
error-level-range = Elija un nivel del 0 al 3.
error-share-needs-level = Puede ofrecer apoyo a partir del nivel 2 (sólido).
error-need-priority = Elija una prioridad para esta necesidad o borre su descripción.
error-languages-required = Elija al menos un idioma de trabajo.
error-no-open-round = No hay ninguna ronda de mapeo abierta para su organización.
error-code-invalid = Use letras minúsculas, cifras y guiones.

matches-title = Pares recomendados
matches-intro = Para cada necesidad de su organización, los miembros que pueden ayudar, empezando por los más adecuados, y por qué.
matches-none-profile = Su organización aún no ha indicado ninguna necesidad. Añádalas a su perfil de capacidades para ver quién puede ayudar.
matches-none-for-need = Todavía nadie ofrece apoyo en este ámbito. La Secretaría lo considera una carencia de la red.
matches-need = { $item } (prioridad: { $priority })
reason-strength = Su autoevaluación en este ámbito: { $level }.
reason-evidence = La respalda con evidencias: «{ $evidence }»
reason-languages = Trabaja en { $languages }, como su organización.
reason-region = También está en { $region }.
reason-hours = { $hours ->
    [one] Su jornada laboral coincide con la suya durante { $hours } hora.
   *[other] Su jornada laboral coincide con la suya durante { $hours } horas.
}
reason-past = { $count ->
    [one] Ha completado { $count } intercambio entre pares.
   *[other] Ha completado { $count } intercambios entre pares.
}
reason-together = { $count ->
    [one] Ha completado { $count } intercambio con su organización.
   *[other] Ha completado { $count } intercambios con su organización.
}
reason-busy = { $count ->
    [one] Actualmente apoya a { $count } organización.
   *[other] Actualmente apoya a { $count } organizaciones.
}

rounds-title = Rondas de mapeo
rounds-intro = En cada ronda se pide a las organizaciones que actualicen su perfil de capacidades antes de una fecha límite. Minga escribe por correo electrónico, en su idioma, a las personas que completan cada perfil (quienes administran la organización o, en una organización aliada, su personal) y, a medida que se acerca la fecha límite, envía recordatorios a quienes aún no lo han enviado.
rounds-none = Todavía no se ha abierto ninguna ronda.
rounds-open-title = Preparar una ronda
rounds-field-title = Título
rounds-field-deadline = Fecha límite
rounds-deadline-hint = La ronda se cierra al final de este día, hora de { $zone }, para todas las personas estén donde estén.
rounds-scope = Qué organizaciones (todos los miembros si se deja en «Cualquiera»)
rounds-open-submit = Preparar la ronda
rounds-state-open = Abierta
rounds-state-closed = Cerrada
rounds-state-overdue = Fecha límite vencida
rounds-deadline = Fecha límite: { $date }
error-deadline-past = La fecha límite debe ser un día futuro.
error-date-invalid = Escriba una fecha, por ejemplo 2026-12-31.
error-round-no-orgs = Ninguna organización coincide con esta selección.
notice-round-opened = La ronda está abierta y se está avisando por correo electrónico a quienes completan los perfiles.

round-title = Avance de la ronda
round-by-region = Avance por región
round-by-kind = Avance por tipo de organización
round-overdue = Con retraso: sin enviar después de la fecha límite
round-none-overdue = Ninguna organización tiene retraso.
round-overdue-more = …y { $n } más: el CSV las lista todas.
round-all = Todas las organizaciones de la ronda
round-csv = Descargar en CSV
round-total = Total
round-updated = Último cambio
round-close = Cerrar la ronda
round-close-warning = { $count ->
    [one] { $n } organización no ha enviado su perfil. Una vez cerrada la ronda, nadie podrá enviar en ella ni se enviarán más recordatorios; podrá abrirla de nuevo más adelante.
   *[other] { $n } organizaciones no han enviado su perfil. Una vez cerrada la ronda, nadie podrá enviar en ella ni se enviarán más recordatorios; podrá abrirla de nuevo más adelante.
}
round-close-confirm = Sí, cerrar la ronda
round-reopen = Abrir de nuevo la ronda
round-reopen-deadline = Nueva fecha límite
round-reopen-submit = Abrir de nuevo hasta ese día
notice-round-closed = Se ha cerrado la ronda.
notice-round-reopened = La ronda está abierta de nuevo.

email-round-open-subject = { $network }: actualice su perfil de capacidades ({ $title })
email-round-open-body =
    Hola, { $name }:

    La Secretaría ha abierto la ronda de mapeo «{ $title }». Le pedimos que actualice el perfil de capacidades de { $org } a más tardar el { $date }: evalúe sus fortalezas e indique lo que puede compartir y lo que desea aprender, para que los miembros puedan aprender unos de otros.

    Sus respuestas de la ronda anterior ya aparecen en el formulario:
    { $link }
email-round-reminder-subject = { $network }: recordatorio sobre { $title }
email-round-reminder-body =
    Hola, { $name }:

    El perfil de capacidades de { $org } para «{ $title }» aún no se ha enviado. La fecha límite es el { $date }.

    Solo le llevará unos minutos, y sus respuestas de la ronda anterior ya aparecen en el formulario:
    { $link }
profile-status-short = Estado

map-title = Mapa de capacidades
map-intro = Dónde están las fortalezas de la red (organizaciones que se autoevalúan con 2 o 3) y qué desean aprender los miembros, por tema y región, en el Norte global y el Sur global. Elija una celda para ver las organizaciones que la componen.
map-filters = Filtros del mapa
map-round = Perfiles
map-current = Último perfil de cada organización
map-compare = Comparar con
map-compare-none = Sin comparación
map-item = Tema o capacidad
map-measure = Mostrar
map-strengths = Fortalezas
map-needs = Necesidades
map-empty = Todavía no se ha enviado ningún perfil para esta selección.
map-legend = Organizaciones:
map-no-countries = Todavía ninguna organización se encuentra en este caso.
world-title = Mapa mundial de capacidades
map-world-intro = Un tema o capacidad, país por país. Los mapas de calor por región están en la página
    del mapa de capacidades:
map-world-hint = Elija un tema o capacidad para verlo en el mapa mundial, país por país, o abra el
map-group-none = Todavía no se cuenta ningún perfil de una organización de este grupo.
map-group-zero = Ninguna organización de este grupo tiene todavía ninguno de estos.
map-table = El mapa en forma de tabla
map-organisations = Organizaciones
map-cell-title = Organizaciones del mapa
map-cell-empty = Ninguna organización coincide.

capacity-nav-exchanges = Intercambios entre pares
exchange-status-requested = Solicitado
exchange-status-agreed = Aceptado
exchange-status-in-progress = En curso
exchange-status-completed = Completado
exchange-status-declined = Rechazado
exchanges-title = Intercambios entre pares
exchanges-intro = Intercambios que su organización ha solicitado o que le han solicitado, empezando por los más recientes.
exchanges-none = Todavía no hay ningún intercambio. Solicite uno desde sus pares recomendados.
exchanges-asked = Solicitud enviada a { $org }
exchanges-asked-by = Solicitud recibida de { $org }
exchange-title = Intercambio entre pares
exchange-about = Ámbito: { $item }
exchange-message = Solicitud
exchange-reply = Respuesta
exchange-outcome-seeker = Lo que aprendió la organización solicitante
exchange-outcome-helper = Lo que aprendió la organización que presta el apoyo
exchange-step-accept = Aceptar
exchange-step-decline = Rechazar
exchange-step-start = Marcar como en curso
exchange-step-complete = Marcar como completado
exchange-text-reply = Su respuesta (opcional)
exchange-text-outcome = Qué resultados tuvo y qué se aprendió (puede añadir enlaces a lo que se produjo)
exchange-outcome-save = Guardar lo aprendido
exchange-request = Solicitar un intercambio
matches-engaged = Ya les ha consultado sobre esta necesidad. El intercambio:
exchange-request-message = Su mensaje: qué necesita y cómo le gustaría colaborar
exchange-request-send = Enviar la solicitud
exchange-secretariat-view = Está viendo este intercambio en calidad de Secretaría.
error-exchange-exists = Ya tiene un intercambio abierto con esta organización sobre esta necesidad.
error-exchange-moved = Otra persona ya ha respondido a este intercambio. Vuelva a cargar la página.
notice-exchange-requested = Se ha enviado su solicitud. Recibirá la respuesta por correo electrónico.
notice-exchange-updated = Se ha actualizado el intercambio y se ha avisado por correo electrónico a la otra organización.

email-exchange-requested-subject = { $network }: { $org } solicita su apoyo en { $item }
email-exchange-requested-body =
    Hola, { $name }:

    { $org } desea aprender de su organización en el ámbito de { $item }. Su mensaje:

    { $message }

    Estado: { $status }. Acepte o rechace la solicitud en Minga:
    { $link }
email-exchange-agreed-subject = { $network }: el intercambio con { $org } sobre { $item } está ahora «{ $status }»
email-exchange-agreed-body =
    Hola, { $name }:

    Buenas noticias: { $org } ha aceptado su solicitud de intercambio entre pares sobre { $item }. Estado: { $status }. Puede leer la respuesta aquí:
    { $link }
email-exchange-declined-subject = { $network }: el intercambio con { $org } sobre { $item } está ahora «{ $status }»
email-exchange-declined-body =
    Hola, { $name }:

    { $org } no puede brindarle apoyo en { $item } en esta ocasión. Estado: { $status }. En Minga encontrará la respuesta de esa organización y otras organizaciones que pueden ayudar:
    { $link }
email-exchange-in-progress-subject = { $network }: el intercambio con { $org } sobre { $item } está ahora «{ $status }»
email-exchange-in-progress-body =
    Hola, { $name }:

    { $org } ha hecho avanzar su intercambio entre pares sobre { $item }. Estado: { $status }.
    { $link }
email-exchange-completed-subject = { $network }: el intercambio con { $org } sobre { $item } está ahora «{ $status }»
email-exchange-completed-body =
    Hola, { $name }:

    { $org } ha registrado el final de su intercambio entre pares sobre { $item }. Estado: { $status }. Le pedimos que registre lo que ha aprendido su organización, para que la red también pueda aprender de ello:
    { $link }

capacity-nav-taxonomy = Temas y capacidades
taxonomy-title = Temas y capacidades
taxonomy-intro = Los temas y las capacidades técnicas en los que se autoevalúan las organizaciones. Los nombres deben indicarse en los cinco idiomas; las descripciones y los términos de búsqueda ayudan a los miembros a elegir.
taxonomy-new = Añadir un tema o una capacidad
taxonomy-edit-title = Tema o capacidad
taxonomy-code = Código
taxonomy-code-hint = Letras minúsculas, cifras y guiones; por ejemplo, digital-advocacy. No se podrá cambiar más adelante.
taxonomy-position = Posición en la lista
taxonomy-label = Nombre
taxonomy-description = Descripción
taxonomy-synonyms = Términos de búsqueda, separados por comas
error-code-taken = Este código ya está en uso.
error-number-invalid = Escriba un número entero.
gaps-title = Carencias: necesidades para las que nadie ofrece apoyo
gaps-intro = Necesidades indicadas por los miembros para las que ninguna organización con una autoevaluación de 2 o más ofrece apoyo, desglosadas por región.
gaps-none = No hay carencias: alguien ofrece apoyo para cada una de las necesidades indicadas.
gaps-count = organizaciones con esta necesidad: { $n }

profile-upload = Añadir archivos
profile-upload-hint = (informes, fotos, grabaciones; hasta { $max } cada uno)
exchange-resources = Lo que produjo
exchange-upload = Adjunte lo que produjo el intercambio
matches-evidence-files = Evidencia que comparten:

## Rounds prepared as drafts, in several languages, with who fills in each profile
rounds-field-title-in = Título en { $language }
rounds-field-message-in = Mensaje en { $language } (opcional)
rounds-texts = Título y mensaje
rounds-texts-hint = Escríbalos en todos los idiomas que pueda: cada persona ve el suyo y, si no existe, el primer título escrito.
rounds-open-intro = Antes de abrir la ronda verá la lista de organizaciones y quién recibirá el correo.
rounds-state-draft = Borrador: aún no abierta
round-draft-title = Preparar una ronda
round-draft-intro = Esta ronda aún no está abierta: no se ha pedido nada ni enviado ningún correo. Revise sus organizaciones, añada o quite algunas y después ábrala.
round-draft-open = Abrir la ronda
round-draft-orgs = { $count ->
    [one] { $n } organización.
   *[other] { $n } organizaciones.
}
round-draft-people = { $count ->
    [one] { $n } persona completa estos perfiles y recibirá un correo.
   *[other] { $n } personas completan estos perfiles y recibirán un correo.
}
round-open-submit = { $count ->
    [one] Abrir la ronda y escribir a { $n } persona
   *[other] Abrir la ronda y escribir a { $n } personas
}
round-nobody-warning = { $count ->
    [one] { $n } organización no tiene a nadie que pueda completar su perfil (ninguna persona administradora ni, si es aliada, personal): invite a alguien primero o quítela.
   *[other] { $n } organizaciones no tienen a nadie que pueda completar su perfil (ninguna persona administradora ni, si son aliadas, personal): invite a alguien primero o quítelas.
}
round-nobody-invite = Invitar a alguien
round-nobody-title = Nadie para completar el perfil
round-nobody-open = { $count ->
    [one] { $n } organización de esta ronda no tiene a nadie que pueda completar su perfil, así que allí nadie recibió el correo. Invite a alguien: podrá completarlo en cuanto se una.
   *[other] { $n } organizaciones de esta ronda no tienen a nadie que pueda completar su perfil, así que allí nadie recibió el correo. Invite a alguien: podrá completarlo en cuanto se una.
}
round-draft-list = Organizaciones de esta ronda
round-draft-empty = Esta ronda aún no tiene organizaciones: añada algunas más abajo.
round-fillers = Quién lo completa
round-nobody = Nadie
round-somebody = Hay alguien
round-remove = Quitar
round-add = Añadir organizaciones
round-add-search = Nombre, país o tema
round-add-find = Buscar
round-add-none = Ninguna organización fuera de esta ronda coincide.
round-add-one = Añadir
round-add-matching = Añadir todas las que coincidan
round-add-matching-submit = Añadirlas
round-edit = Cambiar el título, el mensaje o la fecha límite
round-edit-submit = Guardar
round-delete = Eliminar este borrador
round-delete-warning = Se eliminan el borrador y su lista. Todavía no se ha pedido nada a nadie, así que no se avisa a nadie.
round-delete-confirm = Sí, eliminar el borrador
notice-round-prepared = La ronda está preparada. Revise sus organizaciones y después ábrala.
notice-round-deleted = Se ha eliminado el borrador.
error-round-message-needs-title = Un mensaje necesita un título en el mismo idioma.
error-round-title-required = Dé a la ronda un título en al menos un idioma.
error-too-long-max = Es demasiado largo: como máximo { $max } caracteres.
email-round-message-intro = La Secretaría añade:
profile-filled-by = El perfil de su organización lo completan { $names }.
profile-filled-by-nobody = Nadie en su organización puede completar todavía este perfil. La Secretaría lo ve e invitará a alguien.
## profile form (issue 11)
profile-not-answered = Sin responder
profile-answered-of = { $n } de { $total } respondidos
profile-limit = hasta { $max } caracteres
profile-jump = Secciones del formulario
profile-error-item = { $item }: { $message }
profile-kept-unsaved = Lo que escribió se conservó al cambiar de idioma. Aún no está guardado: guarde un borrador o envíelo.
profile-sent-title = Lo que envió
profile-sent-needs = Sus necesidades
profile-sent-matches = Ver las organizaciones pares que pueden ayudarle
error-level-required = { $item } tiene evidencia pero no tiene nivel: elija uno (0 — ninguno es una respuesta).
error-evidence-too-long = La evidencia de { $item } es demasiado larga: hasta { $max } caracteres, y tiene { $count }.
error-need-too-long = La descripción de la necesidad de { $item } es demasiado larga: hasta { $max } caracteres, y tiene { $count }.
## Exchanges people can follow (issue 11): emails
email-exchange-withdrawn-subject = { $network }: el intercambio con { $org } sobre { $item } está ahora «{ $status }»
email-exchange-withdrawn-body =
    Hola, { $name }:

    { $org } ha retirado su solicitud de intercambio entre pares sobre { $item }; no necesita hacer nada más. Estado: { $status }.
    { $link }
email-exchange-message-subject = { $network }: { $org } le ha escrito sobre el intercambio en { $item }
email-exchange-message-body =
    Hola, { $name }:

    { $org } ha escrito en su intercambio entre pares sobre { $item }:

    { $message }

    Responda en Minga:
    { $link }

## Exchanges people can follow (issue 11): pages
exchange-status-withdrawn = Retirado
exchange-step-withdraw = Retirar la solicitud
exchange-withdraw-warning = La organización a la que se dirigió recibirá un aviso por correo electrónico. Una solicitud retirada no puede reabrirse; podrá enviar una nueva más adelante.
exchange-withdraw-confirm = Sí, retirar la solicitud
exchange-asked = Solicitado por
exchange-answered = Respondido por
exchange-person-of = { $person } ({ $org })
exchange-people = Personas participantes
exchange-people-hint = Solo las dos organizaciones y la Secretaría ven estos contactos.
exchange-people-org = Organización
exchange-thread = Mensajes
exchange-thread-none = Todavía no hay mensajes.
exchange-thread-write = Su mensaje
exchange-thread-hint = Texto sin formato o Markdown. Las personas participantes de la otra organización lo reciben por correo electrónico, en su idioma.
exchange-thread-send = Enviar el mensaje
notice-message-sent = Su mensaje se ha enviado.
exchanges-network-intro = Todos los intercambios entre pares de la red, empezando por los modificados más recientemente. Una región o un grupo coincide con cualquiera de las dos organizaciones.
exchanges-filters = Filtrar los intercambios
exchanges-filter-status = Estado
exchanges-filter-item = Capacidad
exchanges-count = { $count ->
    [one] { $n } intercambio
   *[other] { $n } intercambios
}
exchanges-network-none = Ningún intercambio coincide con estos filtros.
exchanges-between = { $seeker } solicitó a { $helper }
reason-item-completed = { $count ->
    [one] Ha completado { $count } intercambio entre pares en esta capacidad.
   *[other] Ha completado { $count } intercambios entre pares en esta capacidad.
}
reason-item-learnt = { $count ->
    [one] En { $count } de ellos, la organización apoyada dejó constancia de lo que aprendió.
   *[other] En { $count } de ellos, las organizaciones apoyadas dejaron constancia de lo que aprendieron.
}
reason-item-declined = { $count ->
    [one] Ha rechazado { $count } solicitud en esta capacidad.
   *[other] Ha rechazado { $count } solicitudes en esta capacidad.
}
