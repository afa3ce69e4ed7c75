## discussions
topics-title = Temas
topics-none = Todavía no hay temas.
topic-title = Tema
topic-start = Abrir un tema
topic-new-title = Abrir un tema
topic-field-title = Título
topic-field-body = Tu mensaje
topic-body-hint = Puedes usar Markdown: **negrita**, listas, enlaces. Menciona a alguien con @ y la parte de su correo antes de la @ (como @maria), a una organización con @ y la última parte de su dirección (como @ong-educa).
topic-replies = { $count ->
    [one] 1 respuesta
   *[other] { $n } respuestas
}
topic-new-posts = { $count ->
    [one] 1 nueva
   *[other] { $n } nuevas
}
topic-page-of = Página { $page }
topic-first-unread = Ir a la primera publicación sin leer
topic-pinned = Fijado
topic-locked = Cerrado
topic-locked-hint = Este tema está cerrado: nadie puede responder.
topic-follow = Seguir
topic-following = Sigues este tema.
topic-unfollow = Dejar de seguir
topic-mute = Silenciar
topic-muted = Silenciaste este tema: no recibirás avisos de él.
topic-unmute = Quitar el silencio
topic-reply = Responder
topic-reply-label = Tu respuesta
topic-answering = Respondes a { $name }
topic-answering-post = Respondes a una publicación anterior
topic-mention-here = Personas aquí:
topic-send = Enviar respuesta
topic-save-draft = Guardar borrador
topic-sign-in-to-reply = Inicia sesión para responder
topic-moderate = Moderar este tema
topic-lock = Cerrar
topic-unlock = Reabrir
topic-pin = Fijar
topic-unpin = Dejar de fijar
topic-move-to = Mover a la comunidad (la última parte de su dirección)
topic-move = Mover
topic-split-posts = Respuestas que pasan a un tema nuevo
topic-split-hint = Sus números, como 5, 6, 9 o 5-9 (el número está en la dirección de cada respuesta, #p5).
topic-split-title = Título del tema nuevo
topic-split = Separar
post-title = Publicación
post-reply = Responder
post-quote = Citar
post-edit = Editar
post-more = Más
post-react = Reaccionar, señalar…
post-edited = editado
post-edited-by = Editado por última vez por { $name }
post-answers = En respuesta a { $name }:
post-hidden = Ocultado por una persona moderadora.
post-hidden-reason = Ocultado por una persona moderadora: { $reason }
post-attach = Adjuntar archivos
post-history = Versiones anteriores
post-flag = Señalar esta publicación
post-flag-reason = ¿Por qué deberían revisarla las personas moderadoras?
post-flag-send = Enviar a moderación
post-moderate = Moderación
post-hide-reason = Motivo (quien la escribió lo verá)
post-hide = Ocultar esta publicación
post-unhide = Volver a mostrar esta publicación
post-edit-title = Editar una publicación
post-edit-hint = Quienes leen pueden ver las versiones anteriores.
post-edit-save = Guardar cambios
reaction-thumbs-up = Me gusta
reaction-heart = Me encanta
reaction-party = Celebrar
reaction-idea = Interesante
flags-title = Señalamientos pendientes
flags-none = No hay señalamientos pendientes.
flags-reason = Motivo:
flags-review = Revisar la publicación
flags-dismiss = Descartar: no hay nada que hacer
modlog-title = Registro de moderación
modlog-none = Todavía no hay moderación.
modlog-when = Cuándo
modlog-who = Quién
modlog-act = Qué
modlog-topic = Tema
modlog-reason = Motivo
modlog-hide = Ocultó una publicación
modlog-unhide = Volvió a mostrar una publicación
modlog-lock = Cerró un tema
modlog-unlock = Reabrió un tema
modlog-pin = Fijó un tema
modlog-unpin = Dejó de fijar un tema
modlog-move = Movió un tema
modlog-split = Separó un tema
modlog-dismiss = Descartó señalamientos
modlog-edit = Editó una publicación
error-topic-move-target = Elige una comunidad que moderes.
error-topic-split-none = Indica al menos una respuesta (no la primera publicación) de este tema.
community-recent-topics = Temas recientes
community-all-topics = Todos los temas
community-topics-new-since = { $count ->
    [one] 1 tema tiene publicaciones nuevas desde tu última visita.
   *[other] { $n } temas tienen publicaciones nuevas desde tu última visita.
}
