## A estratégia de intercâmbio de conhecimentos e aprendizagem: objetivos e iniciativas de aprendizagem (issue 13)

nav-kel = Aprendizagem
kel-title = Intercâmbio de conhecimentos e aprendizagem
kel-intro = A estratégia de aprendizagem da rede: os seus objetivos e as iniciativas de aprendizagem que os membros lideram e para as quais contribuem. Acompanhe o andamento delas, ofereça o que a sua organização pode trazer e vincule o que elas produzem.
kel-empty-title = Ainda não há objetivos
kel-empty = O Secretariado ainda não escreveu os objetivos da estratégia.
kel-no-initiatives = Ainda não há nenhuma iniciativa de aprendizagem a serviço deste objetivo.
kel-new-objective = Escrever um objetivo
kel-edit-objective = Editar este objetivo
kel-objective-intro = Escreva o objetivo no maior número possível dos cinco idiomas. Cada leitor o vê no seu idioma; se não houver, em inglês; se também não houver, no primeiro idioma em que foi escrito. Um idioma deixado em branco não é exibido.
kel-new-initiative = Lançar uma iniciativa de aprendizagem
kel-edit-initiative = Editar a iniciativa
kel-initiative-title = Iniciativa de aprendizagem
kel-led-by = Liderada por
kel-from = a partir de { $date }
kel-until = até { $date }
kel-progress = { $total ->
    [0] Ainda não há marcos
   *[other] { $done } de { $total } marcos concluídos
}
kel-contributors-count = { $count ->
    [0] Ainda nenhuma organização contribui
    [one] Uma organização contribui
   *[other] { $count } organizações contribuem
}
kel-choose = Escolher…
kel-field-objective = Objetivo
kel-field-lead = Organização líder
kel-field-title = Título
kel-field-body = O que se pretende alcançar
kel-field-summary = O que a iniciativa faz e como os membros participam
kel-field-state = Estado
kel-field-starts = Começa em
kel-field-ends = Termina em
kel-field-partners = As organizações parceiras podem acompanhá-la e contribuir
kel-partners-admitted = As organizações parceiras participam desta iniciativa.
kel-state-planned = Prevista
kel-state-running = Em andamento
kel-state-completed = Concluída

kel-milestones = Marcos e andamento
kel-no-milestones = Ainda não há marcos.
kel-milestone-pending = A fazer
kel-milestone-done = Concluído
kel-milestone-dropped = Descartado
kel-milestone-late = Atrasado
kel-milestone-mark-done = Marcar como concluído
kel-milestone-drop = Descartar
kel-milestone-reopen = Reabrir
kel-add-milestone = Acrescentar um marco
kel-field-due = Data

kel-contributions = Contribuições
kel-contributors = Organizações que contribuem
kel-no-contributions = Ainda não foi oferecida nenhuma contribuição.
kel-contribution-offered = Aguardando resposta
kel-contribution-accepted = Aceita
kel-contribution-declined = Recusada
kel-offer = Oferecer uma contribuição
kel-offer-hint = Diga com o que a sua organização vai contribuir, até quando e quem vai fazer. A organização líder da iniciativa responde, e você recebe a resposta.
kel-field-what = Com o que a sua organização vai contribuir
kel-field-by-when = Até quando
kel-field-who = Quem vai fazer
kel-offer-button = Oferecer esta contribuição
kel-offered-by = oferecida por
kel-reason = Motivo
kel-reason-label = A sua resposta (é preciso um motivo para recusar)
kel-accept = Aceitar
kel-decline = Recusar

kel-outputs = Resultados
kel-no-outputs = Ainda não há resultados vinculados.
kel-output-resource = Recurso
kel-output-practice = Prática
kel-output-recording = Gravação
kel-output-community = Comunidade
kel-output-exchange = Intercâmbio entre pares
kel-field-address = Endereço de um recurso, prática, gravação, comunidade ou intercâmbio entre pares
kel-address-hint = Abra-o no Minga e copie o endereço no navegador, por exemplo https://…/library/…
kel-add-output = Vincular este resultado
kel-remove-output = Retirar

kel-timeline = Linha do tempo
kel-log-created = { $actor } lançou a iniciativa “{ $detail }”, liderada por { $org }
kel-log-edited = { $actor } atualizou a iniciativa
kel-log-offered = { $org } ofereceu uma contribuição: { $detail }
kel-log-accepted = A contribuição de { $org } foi aceita: { $detail }
kel-log-declined = A contribuição de { $org } foi recusada: { $detail }
kel-log-milestone-added = Marco acrescentado: { $detail }
kel-log-milestone-done = Marco concluído: { $detail }
kel-log-milestone-dropped = Marco descartado: { $detail }
kel-log-milestone-reopened = Marco reaberto: { $detail }
kel-log-output-added = { $org } vinculou um resultado: { $detail }
kel-log-output-removed = { $actor } retirou um resultado: { $detail }

error-kel-date = Indique a data no formato ano-mês-dia, por exemplo 2027-03-31.
error-kel-date-past = Escolha hoje ou uma data posterior.
error-kel-ends-before = O fim deve ser posterior ao início.
error-kel-state = Escolha um estado da lista.
error-kel-objective = Escolha um objetivo da lista.
error-kel-objective-empty = Escreva o título do objetivo em pelo menos um idioma.
error-kel-lead = Escolha a organização líder da lista.
error-kel-lead-secretariat = Só o Secretariado pode passar uma iniciativa para outra organização líder.
error-kel-reason = Diga por que recusa, para que a organização possa oferecer outra coisa.
error-kel-closed = Esta iniciativa está concluída: não aceita mais contribuições.
error-kel-output-address = Cole o endereço de um recurso, prática, gravação, comunidade ou intercâmbio entre pares no Minga.
error-kel-output-unknown = Não há nada que você possa abrir neste endereço.
error-kel-output-twice = Esta iniciativa já tem esse resultado vinculado.

notice-kel-objective-saved = Objetivo salvo.
notice-initiative-saved = Iniciativa salva.
notice-milestone-added = Marco acrescentado.
notice-milestone-changed = Marco atualizado.
notice-contribution-offered = Contribuição oferecida. A organização líder da iniciativa foi avisada.
notice-contribution-answered = Resposta salva. A organização foi avisada.
notice-contribution-already-answered = Alguém respondeu a esta oferta enquanto isso: veja a resposta abaixo.
notice-output-added = Resultado vinculado.
notice-output-removed = Resultado retirado. O endereço dele está no formulário abaixo, se quiser vinculá-lo novamente.

notification-kind-initiative = Iniciativas de aprendizagem que a sua organização lidera ou para as quais contribui
notification-text-initiative = { $event ->
    [offered] { $actor } ofereceu uma contribuição para “{ $title }”
    [accepted] A sua contribuição para “{ $title }” foi aceita
    [declined] A sua contribuição para “{ $title }” foi recusada
   *[other] A iniciativa de aprendizagem “{ $title }” avançou
}

## Consultations

kel-objectives = Os objetivos da estratégia
consultations-title = Consultas
consultations-none = Ainda não há nenhuma consulta.
consultation-new = Preparar uma consulta
consultation-edit = Editar a consulta
consultation-title = Consulta
consultation-translate = Traduzir a consulta
consultation-synthesis-write = Escrever a síntese
consultation-results = Respostas
consultation-question-title = Respostas a uma pergunta
consultation-kind-open = Resposta aberta
consultation-kind-choice = Uma única opção de uma lista
consultation-kind-scale = Uma escala de 1 a 5
consultation-answer-open = Escreva a sua resposta
consultation-answer-choice = Escolha uma opção
consultation-answer-scale = De 1 (nada) a 5 (totalmente)
consultation-form-intro = A consulta continua sendo um rascunho, visível apenas para o Secretariado, até que você a abra. Então as organizações consultadas são avisadas e, se não tiverem respondido, recebem um lembrete uma semana antes do prazo e outro um dia antes.
consultation-field-lang = Idioma em que você escreve
consultation-field-document = O documento de discussão (o texto dele ou um resumo)
consultation-document-hint = As quebras de linha são mantidas. Acrescente outros idiomas depois de salvar a consulta.
consultation-field-resource = O arquivo do documento na biblioteca (opcional)
consultation-resource-hint = Primeiro compartilhe o arquivo na biblioteca (em todos os idiomas em que você o tiver) e depois cole o endereço dele aqui, por exemplo https://…/library/…
consultation-field-deadline = Prazo
consultation-field-audience = Quem é consultado
consultation-audience-all = Todas as organizações membro (coalizões e organizações internacionais)
consultation-audience-some = Apenas as organizações escolhidas abaixo
consultation-field-orgs = Organizações consultadas
consultation-questions = Perguntas
consultation-questions-hint = As linhas deixadas em branco não são salvas. Para uma pergunta de escolha, escreva uma opção por linha.
consultation-question-n = Pergunta { $n }
consultation-field-kind = Tipo de resposta
consultation-field-prompt = Pergunta
consultation-field-choices = Opções, uma por linha
consultation-more-rows = Mais linhas de perguntas
consultation-save-draft = Salvar o rascunho
consultation-translate-intro = Escreva a consulta neste idioma; o original aparece acima de cada pergunta. Outros idiomas:
consultation-synthesis-intro = O que o Secretariado aprendeu com as respostas, no maior número possível de idiomas. Todos os membros a leem na página da consulta.
consultation-share-answers = Permitir também que os membros leiam todas as respostas (caso contrário, as respostas de cada organização só são vistas pelo Secretariado)
consultation-publish-synthesis = Publicar a síntese
consultation-draft = Rascunho
consultation-closed = Encerrada
consultation-open = Aberta
consultation-deadline = Respostas até { $date }
consultation-responses-count = { $count ->
    [0] Ainda não há respostas
    [one] Uma resposta
   *[other] { $count } respostas
}
consultation-open-button = Abrir para as organizações consultadas
consultation-translations = Idiomas:
consultation-move-deadline = Novo prazo
consultation-move-deadline-button = Alterar o prazo
consultation-synthesis = Síntese
consultation-document = O documento de discussão
consultation-document-file = o arquivo, na biblioteca
consultation-status-none = A sua organização ainda não respondeu.
consultation-status-draft = A resposta da sua organização é um rascunho, salvo pela última vez em { $date } por { $name }.
consultation-status-submitted = A resposta da sua organização foi enviada em { $date } por { $name }. Você pode alterá-la até o fim do prazo.
consultation-hint-admin = Salve um rascunho quantas vezes quiser; os seus colegas o veem e podem complementá-lo. Ao enviar, você entrega a resposta da sua organização.
consultation-hint-staff = Salve um rascunho; os seus colegas o veem e podem complementá-lo. Quem envia é o administrador da sua organização.
consultation-not-asked = Esta consulta não se dirige à sua organização.
consultation-save-response = Salvar o rascunho
consultation-submit = Enviar a resposta da nossa organização
consultation-resubmit = Enviar as alterações
consultation-ours-none = A sua organização não respondeu
consultation-ours-draft = A resposta da sua organização é um rascunho
consultation-ours-submitted = A sua organização respondeu
consultation-answered-of = { $n } de { $total } organizações consultadas responderam.
consultation-group-by = Agrupar as respostas por
consultation-by-region = Região
consultation-by-kind = Tipo de organização
consultation-by-group = Norte Global e Sul Global
consultation-export = Exportar (CSV)
consultation-show = Mostrar
consultation-answered-by-group = Respostas por grupo
consultation-question-document = Todas as respostas a esta pergunta, para ler ou imprimir
consultation-no-answers = Ainda não há respostas.
consultation-scale-value = Valor
consultation-choice = Opção
consultation-all = Total
consultation-mean = Média
consultation-missing = Organizações que não responderam
consultation-missing-none = Todas as organizações consultadas responderam.
consultation-draft-begun = rascunho iniciado
consultation-submitted-at = Data de envio

error-consultation-kind = Escolha o tipo de resposta da lista.
error-consultation-choices = Escreva pelo menos duas opções, uma por linha.
error-consultation-no-question = Escreva pelo menos uma pergunta.
error-consultation-choice = Escolha uma das respostas oferecidas.
error-consultation-audience = Escolha as organizações consultadas ou consulte todas as organizações membro.
error-consultation-choice-count = Escreva { $n } opções, uma por linha, na mesma ordem do original.
error-consultation-closed = O prazo terminou: a consulta não aceita mais respostas. O que você digitou está abaixo, para que possa guardá-lo.
error-consultation-unanswered = Responda a esta pergunta antes de enviar, ou salve um rascunho.
error-consultation-changed = Enquanto isso, um colega salvou a resposta da sua organização. A versão dele está abaixo, com as suas respostas por cima: verifique-as e salve novamente.
error-consultation-not-open = Abra a consulta primeiro.
error-consultation-synthesis = Escreva a síntese em pelo menos um idioma.

notice-consultation-saved = Consulta salva.
notice-consultation-translated = Tradução salva.
notice-consultation-opened = A consulta está aberta. As organizações consultadas foram avisadas.
notice-consultation-open-already = A consulta já está aberta: as perguntas dela não podem mais ser alteradas.
notice-consultation-deadline-past = Antes de abrir a consulta, mude o prazo para uma data posterior.
notice-consultation-deadline-moved = Prazo alterado.
notice-synthesis-published = Síntese publicada. As organizações consultadas foram avisadas.
notice-response-saved = Rascunho salvo. Os seus colegas podem vê-lo.
notice-response-submitted = A resposta da sua organização foi enviada. Obrigado.

notification-kind-consultation = Consultas dirigidas à sua organização
notification-text-consultation = { $event ->
    [open] O Secretariado consulta a sua organização: “{ $title }”
    [reminder] O prazo de “{ $title }” termina daqui a uma semana, e a sua organização ainda não respondeu
    [reminder-last] O prazo de “{ $title }” termina amanhã, e a sua organização ainda não respondeu
    [synthesis] A síntese de “{ $title }” foi publicada
   *[other] A consulta “{ $title }” avançou
}
