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
