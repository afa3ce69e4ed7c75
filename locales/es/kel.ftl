## La estrategia de intercambio de conocimientos y aprendizaje: objetivos e iniciativas de aprendizaje (issue 13)

nav-kel = Aprendizaje
kel-title = Intercambio de conocimientos y aprendizaje
kel-intro = La estrategia de aprendizaje de la red: sus objetivos y las iniciativas de aprendizaje que los miembros dirigen y a las que contribuyen. Siga sus avances, ofrezca lo que su organización puede aportar y vincule lo que producen.
kel-empty-title = Todavía no hay objetivos
kel-empty = La Secretaría aún no ha redactado los objetivos de la estrategia.
kel-no-initiatives = Todavía no hay ninguna iniciativa de aprendizaje al servicio de este objetivo.
kel-new-objective = Redactar un objetivo
kel-edit-objective = Editar este objetivo
kel-objective-intro = Redacte el objetivo en tantos de los cinco idiomas como pueda. Cada lector lo ve en su idioma; si no está, en inglés; y si tampoco, en el primer idioma en que se redactó. Un idioma que se deje en blanco no se muestra.
kel-new-initiative = Poner en marcha una iniciativa de aprendizaje
kel-edit-initiative = Editar la iniciativa
kel-initiative-title = Iniciativa de aprendizaje
kel-led-by = Dirigida por
kel-from = desde el { $date }
kel-until = hasta el { $date }
kel-progress = { $total ->
    [0] Todavía no hay hitos
   *[other] { $done } de { $total } hitos cumplidos
}
kel-contributors-count = { $count ->
    [0] Todavía no contribuye ninguna organización
    [one] Contribuye una organización
   *[other] Contribuyen { $count } organizaciones
}
kel-choose = Elegir…
kel-field-objective = Objetivo
kel-field-lead = Organización líder
kel-field-title = Título
kel-field-body = Qué se busca lograr
kel-field-summary = Qué hace la iniciativa y cómo participan los miembros
kel-field-state = Estado
kel-field-starts = Comienza el
kel-field-ends = Termina el
kel-field-partners = Las organizaciones aliadas pueden seguirla y contribuir
kel-partners-admitted = Las organizaciones aliadas participan en esta iniciativa.
kel-state-planned = Prevista
kel-state-running = En curso
kel-state-completed = Completada

kel-milestones = Hitos y avances
kel-no-milestones = Todavía no hay hitos.
kel-milestone-pending = Pendiente
kel-milestone-done = Cumplido
kel-milestone-dropped = Descartado
kel-milestone-late = Con retraso
kel-milestone-mark-done = Marcar como cumplido
kel-milestone-drop = Descartar
kel-milestone-reopen = Reabrir
kel-add-milestone = Añadir un hito
kel-field-due = Fecha

kel-contributions = Contribuciones
kel-contributors = Organizaciones que contribuyen
kel-no-contributions = Todavía no se ha ofrecido ninguna contribución.
kel-contribution-offered = A la espera de respuesta
kel-contribution-accepted = Aceptada
kel-contribution-declined = Rechazada
kel-offer = Ofrecer una contribución
kel-offer-hint = Indique qué aportará su organización, para cuándo y quién se encargará. La organización líder de la iniciativa responde y se le avisa a usted.
kel-field-what = Qué aportará su organización
kel-field-by-when = Para cuándo
kel-field-who = Quién se encargará
kel-offer-button = Ofrecer esta contribución
kel-offered-by = ofrecida por
kel-reason = Motivo
kel-reason-label = Su respuesta (para rechazar hay que indicar un motivo)
kel-accept = Aceptar
kel-decline = Rechazar

kel-outputs = Resultados
kel-no-outputs = Todavía no hay resultados vinculados.
kel-output-resource = Recurso
kel-output-practice = Práctica
kel-output-recording = Grabación
kel-output-community = Comunidad
kel-output-exchange = Intercambio entre pares
kel-field-address = Dirección de un recurso, una práctica, una grabación, una comunidad o un intercambio entre pares
kel-address-hint = Ábralo en Minga y copie su dirección desde el navegador, por ejemplo https://…/library/…
kel-add-output = Vincular este resultado
kel-remove-output = Quitar

kel-timeline = Cronología
kel-log-created = { $actor } puso en marcha la iniciativa «{ $detail }», dirigida por { $org }
kel-log-edited = { $actor } actualizó la iniciativa
kel-log-offered = { $org } ofreció una contribución: { $detail }
kel-log-accepted = Se aceptó la contribución de { $org }: { $detail }
kel-log-declined = Se rechazó la contribución de { $org }: { $detail }
kel-log-milestone-added = Hito añadido: { $detail }
kel-log-milestone-done = Hito cumplido: { $detail }
kel-log-milestone-dropped = Hito descartado: { $detail }
kel-log-milestone-reopened = Hito reabierto: { $detail }
kel-log-output-added = { $org } vinculó un resultado: { $detail }
kel-log-output-removed = { $actor } quitó un resultado: { $detail }

error-kel-date = Escriba la fecha como año-mes-día, por ejemplo 2027-03-31.
error-kel-date-past = Elija la fecha de hoy o una posterior.
error-kel-ends-before = El final debe ser posterior al inicio.
error-kel-state = Elija un estado de la lista.
error-kel-objective = Elija un objetivo de la lista.
error-kel-objective-empty = Escriba el título del objetivo en al menos un idioma.
error-kel-lead = Elija la organización líder de la lista.
error-kel-lead-secretariat = Solo la Secretaría puede pasar una iniciativa a otra organización líder.
error-kel-reason = Indique por qué la rechaza, para que la organización pueda ofrecer otra cosa.
error-kel-closed = Esta iniciativa está completada: ya no admite contribuciones.
error-kel-output-address = Pegue la dirección de un recurso, una práctica, una grabación, una comunidad o un intercambio entre pares en Minga.
error-kel-output-unknown = En esta dirección no hay nada que usted pueda abrir.
error-kel-output-twice = Esta iniciativa ya tiene vinculado ese resultado.

notice-kel-objective-saved = Objetivo guardado.
notice-initiative-saved = Iniciativa guardada.
notice-milestone-added = Hito añadido.
notice-milestone-changed = Hito actualizado.
notice-contribution-offered = Contribución ofrecida. Se ha avisado a la organización líder de la iniciativa.
notice-contribution-answered = Respuesta guardada. Se ha avisado a la organización.
notice-contribution-already-answered = Otra persona respondió a esta oferta mientras tanto: vea la respuesta más abajo.
notice-output-added = Resultado vinculado.
notice-output-removed = Resultado quitado. Su dirección está en el formulario de abajo por si quiere volver a vincularlo.

notification-kind-initiative = Iniciativas de aprendizaje que su organización dirige o a las que contribuye
notification-text-initiative = { $event ->
    [offered] { $actor } ofreció una contribución a «{ $title }»
    [accepted] Se aceptó su contribución a «{ $title }»
    [declined] Se rechazó su contribución a «{ $title }»
   *[other] La iniciativa de aprendizaje «{ $title }» avanzó
}

## Consultations

kel-objectives = Los objetivos de la estrategia
consultations-title = Consultas
consultations-none = Todavía no hay ninguna consulta.
consultation-new = Preparar una consulta
consultation-edit = Editar la consulta
consultation-title = Consulta
consultation-translate = Traducir la consulta
consultation-synthesis-write = Redactar la síntesis
consultation-results = Respuestas
consultation-question-title = Respuestas a una pregunta
consultation-kind-open = Respuesta abierta
consultation-kind-choice = Una sola opción de una lista
consultation-kind-scale = Una escala del 1 al 5
consultation-answer-open = Escriba su respuesta
consultation-answer-choice = Elija una opción
consultation-answer-scale = De 1 (nada) a 5 (totalmente)
consultation-form-intro = La consulta sigue siendo un borrador, visible solo para la Secretaría, hasta que usted la abra. Entonces se avisa a las organizaciones consultadas y, si no han respondido, se les envía un recordatorio una semana antes de la fecha límite y otro un día antes.
consultation-field-lang = Idioma en el que escribe
consultation-field-document = El documento de debate (su texto o un resumen)
consultation-document-hint = Se conservan los saltos de línea. Añada otros idiomas una vez guardada la consulta.
consultation-field-resource = El archivo del documento en la biblioteca (opcional)
consultation-resource-hint = Comparta primero el archivo en la biblioteca (en todos los idiomas en que lo tenga) y después pegue aquí su dirección, por ejemplo https://…/library/…
consultation-field-deadline = Fecha límite
consultation-field-audience = A quién se consulta
consultation-audience-all = Todas las organizaciones miembro (coaliciones y organizaciones internacionales)
consultation-audience-some = Solo las organizaciones elegidas a continuación
consultation-field-orgs = Organizaciones consultadas
consultation-questions = Preguntas
consultation-questions-hint = Las filas que se dejen en blanco no se guardan. Para una pregunta de opción, escriba una opción por línea.
consultation-question-n = Pregunta { $n }
consultation-field-kind = Tipo de respuesta
consultation-field-prompt = Pregunta
consultation-field-choices = Opciones, una por línea
consultation-more-rows = Más filas de preguntas
consultation-save-draft = Guardar el borrador
consultation-translate-intro = Redacte la consulta en este idioma; el original se muestra encima de cada pregunta. Otros idiomas:
consultation-synthesis-intro = Lo que la Secretaría ha aprendido de las respuestas, en tantos idiomas como pueda. Todos los miembros la leen en la página de la consulta.
consultation-share-answers = Permitir también que los miembros lean todas las respuestas (de lo contrario, las respuestas de cada organización solo las ve la Secretaría)
consultation-publish-synthesis = Publicar la síntesis
consultation-draft = Borrador
consultation-closed = Cerrada
consultation-open = Abierta
consultation-deadline = Respuestas hasta el { $date }
consultation-responses-count = { $count ->
    [0] Todavía no hay respuestas
    [one] Una respuesta
   *[other] { $count } respuestas
}
consultation-open-button = Abrirla a las organizaciones consultadas
consultation-translations = Idiomas:
consultation-move-deadline = Nueva fecha límite
consultation-move-deadline-button = Cambiar la fecha límite
consultation-synthesis = Síntesis
consultation-document = El documento de debate
consultation-document-file = el archivo, en la biblioteca
consultation-status-none = Su organización aún no ha respondido.
consultation-status-draft = La respuesta de su organización es un borrador; { $name } la guardó por última vez el { $date }.
consultation-status-submitted = { $name } envió la respuesta de su organización el { $date }. Puede modificarla hasta la fecha límite.
consultation-hint-admin = Guarde un borrador tantas veces como quiera: sus colegas lo ven y pueden completarlo. Al enviarlo, se transmite la respuesta de su organización.
consultation-hint-staff = Guarde un borrador: sus colegas lo ven y pueden completarlo. Quien administra su organización se encarga de enviarlo.
consultation-not-asked = Esta consulta no está dirigida a su organización.
consultation-save-response = Guardar el borrador
consultation-submit = Enviar la respuesta de nuestra organización
consultation-resubmit = Enviar los cambios
consultation-ours-none = Su organización no ha respondido
consultation-ours-draft = La respuesta de su organización es un borrador
consultation-ours-submitted = Su organización ha respondido
consultation-answered-of = Han respondido { $n } de las { $total } organizaciones consultadas.
consultation-group-by = Agrupar las respuestas por
consultation-by-region = Región
consultation-by-kind = Tipo de organización
consultation-by-group = Norte global y Sur global
consultation-export = Exportar (CSV)
consultation-show = Mostrar
consultation-answered-by-group = Respuestas por grupo
consultation-question-document = Todas las respuestas a esta pregunta, para leer o imprimir
consultation-no-answers = Todavía no hay respuestas.
consultation-scale-value = Valor
consultation-choice = Opción
consultation-all = Total
consultation-mean = Media
consultation-missing = Organizaciones que no han respondido
consultation-missing-none = Todas las organizaciones consultadas han respondido.
consultation-draft-begun = borrador iniciado
consultation-submitted-at = Fecha de envío

error-consultation-kind = Elija el tipo de respuesta de la lista.
error-consultation-choices = Escriba al menos dos opciones, una por línea.
error-consultation-no-question = Escriba al menos una pregunta.
error-consultation-choice = Elija una de las respuestas propuestas.
error-consultation-audience = Elija las organizaciones consultadas o consulte a todas las organizaciones miembro.
error-consultation-choice-count = Escriba { $n } opciones, una por línea, en el mismo orden que en el original.
error-consultation-closed = La fecha límite ya pasó: la consulta no admite más respuestas. Lo que usted escribió aparece más abajo, para que pueda conservarlo.
error-consultation-unanswered = Responda a esta pregunta antes de enviar, o guarde un borrador.
error-consultation-changed = Mientras tanto, un colega guardó la respuesta de su organización. Abajo se muestra esa versión, con sus respuestas por encima: revíselas y vuelva a guardar.
error-consultation-not-open = Primero abra la consulta.
error-consultation-synthesis = Redacte la síntesis en al menos un idioma.

notice-consultation-saved = Consulta guardada.
notice-consultation-translated = Traducción guardada.
notice-consultation-opened = La consulta está abierta. Se ha avisado a las organizaciones consultadas.
notice-consultation-open-already = La consulta ya está abierta: sus preguntas ya no se pueden modificar.
notice-consultation-deadline-past = Antes de abrir la consulta, cambie la fecha límite a un día posterior.
notice-consultation-deadline-moved = Fecha límite cambiada.
notice-synthesis-published = Síntesis publicada. Se ha avisado a las organizaciones consultadas.
notice-response-saved = Borrador guardado. Sus colegas pueden verlo.
notice-response-submitted = Se ha enviado la respuesta de su organización. Gracias.

notification-kind-consultation = Consultas dirigidas a su organización
notification-text-consultation = { $event ->
    [open] La Secretaría consulta a su organización: «{ $title }»
    [reminder] La fecha límite de «{ $title }» vence dentro de una semana y su organización aún no ha respondido
    [reminder-last] La fecha límite de «{ $title }» vence mañana y su organización aún no ha respondido
    [synthesis] Se ha publicado la síntesis de «{ $title }»
   *[other] La consulta «{ $title }» avanzó
}
