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
