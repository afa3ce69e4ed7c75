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
