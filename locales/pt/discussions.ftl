## discussions
topics-title = Tópicos
topics-none = Ainda não há tópicos.
topic-title = Tópico
topic-start = Abrir um tópico
topic-new-title = Abrir um tópico
topic-field-title = Título
topic-field-body = Sua mensagem
topic-body-hint = Markdown funciona: **negrito**, listas, links. Mencione alguém com @ e a parte do e-mail antes do @ (como @maria), uma organização com @ e a última parte do endereço dela (como @ong-educa).
topic-replies = { $count ->
    [one] 1 resposta
   *[other] { $n } respostas
}
topic-new-posts = { $count ->
    [one] 1 nova
   *[other] { $n } novas
}
topic-page-of = Página { $page }
topic-first-unread = Ir para a primeira publicação não lida
topic-pinned = Fixado
topic-locked = Trancado
topic-locked-hint = Este tópico está trancado: ninguém pode responder.
topic-follow = Seguir
topic-following = Você segue este tópico.
topic-unfollow = Deixar de seguir
topic-mute = Silenciar
topic-muted = Você silenciou este tópico: não receberá avisos dele.
topic-unmute = Tirar do silêncio
topic-reply = Responder
topic-reply-label = Sua resposta
topic-answering = Respondendo a { $name }
topic-answering-post = Respondendo a uma publicação anterior
topic-mention-here = Pessoas aqui:
topic-send = Enviar resposta
topic-save-draft = Salvar rascunho
topic-sign-in-to-reply = Entre para responder
topic-moderate = Moderar este tópico
topic-lock = Trancar
topic-unlock = Destrancar
topic-pin = Fixar
topic-unpin = Desafixar
topic-move-to = Mover para a comunidade (a última parte do endereço dela)
topic-move = Mover
topic-split-posts = Respostas que vão para um novo tópico
topic-split-hint = Os números delas, como 5, 6, 9 ou 5-9 (o número está no endereço de cada resposta, #p5).
topic-split-title = Título do novo tópico
topic-split = Separar
post-title = Publicação
post-reply = Responder
post-quote = Citar
post-edit = Editar
post-more = Mais
post-react = Reagir, denunciar…
post-edited = editada
post-edited-by = Editada pela última vez por { $name }
post-answers = Em resposta a { $name }:
post-hidden = Ocultada pela moderação.
post-hidden-reason = Ocultada pela moderação: { $reason }
post-attach = Anexar arquivos
post-history = Versões anteriores
post-flag = Denunciar esta publicação
post-flag-reason = Por que a moderação deveria olhar?
post-flag-send = Enviar à moderação
post-moderate = Moderação
post-hide-reason = Motivo (quem escreveu verá)
post-hide = Ocultar esta publicação
post-unhide = Mostrar esta publicação de novo
post-edit-title = Editar uma publicação
post-edit-hint = Quem lê pode ver as versões anteriores.
post-edit-save = Salvar alterações
reaction-thumbs-up = Curtir
reaction-heart = Amei
reaction-party = Comemorar
reaction-idea = Esclarecedor
flags-title = Denúncias pendentes
flags-none = Não há denúncias pendentes.
flags-reason = Motivo:
flags-review = Revisar a publicação
flags-dismiss = Arquivar: nada a fazer
modlog-title = Registro de moderação
modlog-none = Ainda não houve moderação.
modlog-when = Quando
modlog-who = Quem
modlog-act = O quê
modlog-topic = Tópico
modlog-reason = Motivo
modlog-hide = Ocultou uma publicação
modlog-unhide = Mostrou de novo uma publicação
modlog-lock = Trancou um tópico
modlog-unlock = Destrancou um tópico
modlog-pin = Fixou um tópico
modlog-unpin = Desafixou um tópico
modlog-move = Moveu um tópico
modlog-split = Separou um tópico
modlog-dismiss = Arquivou denúncias
modlog-edit = Editou uma publicação
error-topic-move-target = Escolha uma comunidade que você modera.
error-topic-split-none = Indique pelo menos uma resposta (não a primeira publicação) deste tópico.
community-recent-topics = Tópicos recentes
community-all-topics = Todos os tópicos
community-topics-new-since = { $count ->
    [one] 1 tópico tem publicações novas desde a sua última visita.
   *[other] { $n } tópicos têm publicações novas desde a sua última visita.
}
