## Buenas prácticas (issue 13)

notification-kind-practice = Buenas prácticas de su organización, y revisiones
notification-text-practice = { $event ->
    [submit] { $actor } envió la práctica «{ $title }» para revisión
    [request-changes] La Secretaría pide cambios en la práctica «{ $title }»
    [publish] La práctica «{ $title }» está publicada
    [unpublish] La práctica «{ $title }» volvió a ser un borrador
    [tried] { $actor } registró que su organización probó «{ $title }»
   *[other] La práctica «{ $title }» avanzó
}

nav-practices = Prácticas
practices-title = Buenas prácticas
practices-intro = Lo que hicieron las organizaciones de la red, cómo lo hicieron y qué cambió — con la revisión de la Secretaría y las organizaciones que lo probaron después.
practices-write = Escribir una práctica
practices-ours-title = Las prácticas de nuestra organización
practices-review-title = Prácticas pendientes de revisión
practices-filters = Filtrar las prácticas
practices-sort-newest = Más recientes primero
practices-sort-tried = Más probadas primero
practices-results = Prácticas
practices-count = { $count ->
    [one] { $n } práctica
   *[other] { $n } prácticas
}
practices-tried-count = { $count ->
    [0] Aún no se ha probado en otro lugar
    [one] Probada por { $n } organización más
   *[other] Probada por { $n } organizaciones más
}
practices-empty-title = Todavía no hay ninguna práctica
practices-empty = Las prácticas aparecen aquí cuando se han escrito, revisado y publicado.

practice-section-context = Contexto
practice-section-challenge = El desafío
practice-section-approach = Lo que hicimos
practice-section-results = Resultados y evidencias
practice-section-lessons = Lecciones aprendidas
practice-section-replicate = Cómo hacerlo en otro lugar
practice-section-contact = A quién preguntar
practice-hint-context = Dónde y cuándo: el país, las organizaciones, las personas implicadas.
practice-hint-challenge = El problema que se quería resolver y por qué era importante.
practice-hint-approach = Los pasos que se dieron, quién participó y cuánto costó.
practice-hint-results = Qué cambió y cómo lo sabe: cifras, documentos, testimonios.
practice-hint-lessons = Qué funcionó, qué no y qué haría de otra manera.
practice-hint-replicate = Lo que otra organización necesita para hacer lo mismo: condiciones, tiempo, competencias, dinero.
practice-hint-contact = Una persona o un cargo a quien escribir, si no es la dirección de la organización.

practice-state-draft = Borrador
practice-state-submitted = Pendiente de revisión
practice-state-changes-requested = Cambios solicitados
practice-state-published = Publicada
practices-note-draft = Es un borrador: solo lo ven su organización y la Secretaría. Envíelo a revisión cuando esté listo.
practices-note-submitted = Enviada a revisión: la Secretaría la lee y deja comentarios junto a cada sección; después la publica o pide cambios.
practices-note-changes-requested = La Secretaría pide cambios: vea los comentarios junto a las secciones, edite la práctica y vuelva a enviarla.

practices-new-title = Escribir una práctica
practices-edit-title = Editar la práctica
practices-form-intro = Escriba cada sección con sus propias palabras; solo la última es opcional. Se conserva cada versión del borrador que guarde.
practices-field-lang = Escrita en
practices-field-title = Título
practices-optional = opcional
practices-field-orgs = Otras organizaciones que participaron
practices-orgs-hint = Mantenga pulsada la tecla Ctrl (o ⌘) para elegir varias.
practices-field-resources = Recursos de la biblioteca
practices-resources-hint = Pegue las direcciones de los recursos de la biblioteca, una por línea.
practices-save-hint = Guarde el borrador a medida que avanza: si se corta la conexión, no se pierde nada de lo guardado.
practices-save-draft = Guardar el borrador
practices-submit = Enviar a revisión
practices-edit = Editar

practices-section-empty = Aún sin escribir.
practices-comments = Comentarios de la revisión
practices-comment-on = Comentario sobre «{ $section }»
practices-version-n = Versión { $version }
practices-request-changes = Pedir cambios
practices-publish = Publicar
practices-links = Relacionado
practices-versions-title = Versiones
practices-versions-count = { $count ->
    [one] { $n } versión
   *[other] { $n } versiones
}
practices-history = La revisión hasta ahora
practices-history-line = { $step }: { $name }, { $date } (versión { $version })
practices-step-submit = Enviada a revisión
practices-step-request-changes = Cambios solicitados
practices-step-publish = Publicada
practices-step-unpublish = Devuelta a borrador

practices-tried-title = Lo hemos probado
practices-tried-none = Ninguna otra organización ha registrado todavía que la haya probado.
practices-tried-form = ¿Su organización la probó? Cuénteselo a la red
practices-tried-context = Nuestro contexto
practices-tried-results = Qué pasó
practices-tried-button = Registrar que la probamos

error-practice-section-required = Escriba esta sección antes de enviar la práctica a revisión.
error-practice-too-long = Use menos de { $max } caracteres en esta sección.
error-practice-org = Elija organizaciones de la lista.
error-practice-resource = «{ $line }» no es un recurso de la biblioteca al que usted tenga acceso.
error-practice-say-what = Indique qué debe cambiar, junto a la sección correspondiente.
error-practice-moved-on = Otra persona modificó esta práctica mientras tanto: vuelva a cargarla e inténtelo de nuevo.
error-practice-tried-already = Su organización ya registró que probó esta práctica.

notice-practice-saved = Borrador guardado.
notice-practice-submitted = Enviada a revisión. Se ha avisado a la Secretaría.
notice-practice-changes-requested = Devuelta con sus comentarios. Se ha avisado a quienes la escribieron.
notice-practice-published = Publicada. Se ha avisado a quienes la escribieron.
notice-practice-tried = Gracias: su experiencia queda registrada junto a la práctica.
notice-practice-moved-on = Otra persona modificó esta práctica mientras tanto: aquí la tiene tal como está ahora.
