## Boas práticas (issue 13)

notification-kind-practice = Boas práticas da sua organização, e revisões
notification-text-practice = { $event ->
    [submit] { $actor } enviou a prática “{ $title }” para revisão
    [request-changes] O Secretariado pede alterações à prática “{ $title }”
    [publish] A prática “{ $title }” foi publicada
    [unpublish] A prática “{ $title }” voltou a ser um rascunho
    [tried] { $actor } registou que a sua organização experimentou “{ $title }”
   *[other] A prática “{ $title }” avançou
}

nav-practices = Práticas
practices-title = Boas práticas
practices-intro = O que as organizações da rede fizeram, como, e o que isso mudou — com a revisão do Secretariado e as organizações que experimentaram depois.
practices-write = Escrever uma prática
practices-ours-title = As práticas da nossa organização
practices-review-title = Práticas aguardando revisão
practices-filters = Filtrar as práticas
practices-sort-newest = Mais recentes primeiro
practices-sort-tried = Mais experimentadas primeiro
practices-results = Práticas
practices-count = { $count ->
    [one] { $n } prática
   *[other] { $n } práticas
}
practices-tried-count = { $count ->
    [0] Ainda não experimentada em outro lugar
    [one] Experimentada por { $n } outra organização
   *[other] Experimentada por { $n } outras organizações
}
practices-empty-title = Nenhuma prática aqui ainda
practices-empty = As práticas aparecem aqui depois de escritas, revisadas e publicadas.

practice-section-context = Contexto
practice-section-challenge = O desafio
practice-section-approach = O que fizemos
practice-section-results = Resultados e evidências
practice-section-lessons = Lições aprendidas
practice-section-replicate = Como fazer em outro lugar
practice-section-contact = A quem perguntar
practice-hint-context = Onde e quando: o país, as organizações, as pessoas envolvidas.
practice-hint-challenge = O problema que vocês queriam resolver, e por que ele era importante.
practice-hint-approach = Os passos que vocês seguiram, quem participou, quanto custou.
practice-hint-results = O que mudou, e como vocês sabem: números, documentos, depoimentos.
practice-hint-lessons = O que funcionou, o que não funcionou, o que vocês fariam de outra forma.
practice-hint-replicate = O que outra organização precisa para fazer o mesmo: condições, tempo, competências, dinheiro.
practice-hint-contact = Uma pessoa ou uma função a quem escrever, se não for o endereço da organização.

practice-state-draft = Rascunho
practice-state-submitted = Aguardando revisão
practice-state-changes-requested = Alterações solicitadas
practice-state-published = Publicada
practices-note-draft = Um rascunho: só a sua organização e o Secretariado podem vê-lo. Envie para revisão quando estiver pronto.
practices-note-submitted = Enviada para revisão: o Secretariado lê e comenta ao lado de cada seção, e depois publica ou pede alterações.
practices-note-changes-requested = O Secretariado pede alterações: veja os comentários ao lado das seções, edite e envie novamente.

practices-new-title = Escrever uma prática
practices-edit-title = Editar a prática
practices-form-intro = Escreva cada seção com suas próprias palavras; só a última é opcional. Cada versão do rascunho que você salvar fica guardada.
practices-field-lang = Escrita em
practices-field-title = Título
practices-optional = opcional
practices-field-orgs = Outras organizações que participaram
practices-orgs-hint = Mantenha Ctrl (ou ⌘) pressionado para escolher várias.
practices-field-resources = Recursos da biblioteca
practices-resources-hint = Cole os endereços dos recursos da biblioteca, um por linha.
practices-save-hint = Salve o rascunho à medida que escreve: nada do que foi salvo se perde se a conexão cair.
practices-save-draft = Salvar o rascunho
practices-submit = Enviar para revisão
practices-edit = Editar

practices-section-empty = Ainda não escrita.
practices-comments = Comentários da revisão
practices-comment-on = Comentário sobre “{ $section }”
practices-version-n = Versão { $version }
practices-request-changes = Pedir alterações
practices-publish = Publicar
practices-links = Relacionado
practices-versions-title = Versões
practices-versions-count = { $count ->
    [one] { $n } versão
   *[other] { $n } versões
}
practices-history = A revisão até agora
practices-history-line = { $step }: { $name }, { $date } (versão { $version })
practices-step-submit = Enviada para revisão
practices-step-request-changes = Alterações solicitadas
practices-step-publish = Publicada
practices-step-unpublish = Voltou a ser rascunho

practices-tried-title = Experimentamos esta prática
practices-tried-none = Nenhuma outra organização registrou ainda que a experimentou.
practices-tried-form = A sua organização experimentou? Conte para a rede
practices-tried-context = O nosso contexto
practices-tried-results = O que aconteceu
practices-tried-button = Registrar que experimentamos

error-practice-section-required = Escreva esta seção antes de enviar a prática para revisão.
error-practice-too-long = Esta seção deve ter menos de { $max } caracteres.
error-practice-org = Escolha organizações da lista.
error-practice-resource = “{ $line }” não é um recurso da biblioteca que você pode ler.
error-practice-say-what = Diga o que deve mudar, ao lado da seção correspondente.
error-practice-moved-on = Alguém alterou esta prática enquanto isso: recarregue a página e tente novamente.
error-practice-tried-already = A sua organização já registrou que experimentou esta prática.

notice-practice-saved = Rascunho salvo.
notice-practice-submitted = Enviada para revisão. O Secretariado foi avisado.
notice-practice-changes-requested = Devolvida com os seus comentários. Os autores foram avisados.
notice-practice-published = Publicada. Os autores foram avisados.
notice-practice-tried = Obrigado: a sua experiência foi registrada junto com a prática.
notice-practice-moved-on = Alguém alterou esta prática enquanto isso: aqui está ela como está agora.
