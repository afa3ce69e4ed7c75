## O mapa de capacidades: perfis, ciclos e pares recomendados

nav-capacity = Capacidades
capacity-nav-label = Capacidades
capacity-nav-profile = O nosso perfil
capacity-nav-matches = Pares recomendados
capacity-nav-map = Mapa
capacity-nav-rounds = Ciclos de mapeamento

level-0 = 0 — nenhum
level-1 = 1 — básico
level-2 = 2 — sólido
level-3 = 3 — pode liderar outros
priority-high = Alta
priority-medium = Média
priority-low = Baixa
status-not_started = Não iniciado
status-draft = Rascunho
status-submitted = Enviado
kind-theme-plural = Temas
kind-capacity-plural = Capacidades técnicas

profile-title = Perfil de capacidades
profile-intro = Avalie a sua organização em cada tema e capacidade técnica, de 0 (nenhum) a 3 (pode liderar outros). Indique em que se baseia a sua avaliação, assinale o que pode compartilhar com os seus pares e indique o que deseja aprender.
profile-round = Ciclo: { $title }. Prazo: { $date }.
profile-status = Estado: { $status }
profile-carried = As suas respostas de “{ $title }” já estão preenchidas: verifique-as, altere o que mudou e envie o perfil.
profile-no-round = Neste momento, não há nenhum ciclo de mapeamento aberto para a sua organização. Os ciclos são abertos pelo Secretariado; abaixo é mostrado o último perfil enviado pela sua organização.
profile-no-profile = A sua organização ainda não enviou nenhum perfil.
profile-read-only = Apenas os administradores da sua organização podem editar este perfil.
profile-languages = Idiomas de trabalho
profile-level = Nível
profile-evidence = Evidências (trabalho realizado, links)
profile-share = Podemos apoiar os nossos pares nesta área
profile-need = Queremos aprender nesta área
profile-need-none = Não
profile-need-description = Qual é exatamente a sua necessidade?
profile-save-draft = Guardar rascunho
profile-save-changes = Guardar alterações
profile-submit = Enviar o perfil
notice-profile-draft = Rascunho guardado. Envie o perfil quando estiver pronto.
notice-profile-submitted = Obrigado: o seu perfil foi enviado. Os seus pares já podem encontrar a sua organização.
error-level-range = Escolha um nível de 0 a 3.
error-share-needs-level = Pode oferecer apoio a partir do nível 2 (sólido).
error-need-priority = Escolha uma prioridade para esta necessidade ou apague a descrição.
error-languages-required = Escolha pelo menos um idioma de trabalho.
error-no-open-round = Não há nenhum ciclo de mapeamento aberto para a sua organização.
error-code-invalid = Use letras minúsculas, algarismos e hífens.

matches-title = Pares recomendados
matches-intro = Para cada necessidade da sua organização, os membros que podem ajudar, começando pelos mais indicados, e os motivos da recomendação.
matches-none-profile = A sua organização ainda não indicou nenhuma necessidade. Adicione-as ao seu perfil de capacidades para ver quem pode ajudar.
matches-none-for-need = Ainda ninguém oferece apoio nesta área. Para o Secretariado, trata-se de uma lacuna da rede.
matches-need = { $item } (prioridade: { $priority })
reason-strength = Autoavaliação nesta área: { $level }.
reason-evidence = Apresenta evidências: “{ $evidence }”
reason-languages = Trabalha em { $languages }, tal como a sua organização.
reason-region = Mesma região: { $region }.
reason-hours = { $hours ->
    [one] O seu dia de trabalho coincide com o seu durante { $hours } hora.
   *[other] O seu dia de trabalho coincide com o seu durante { $hours } horas.
}
reason-past = { $count ->
    [one] Concluiu { $count } intercâmbio entre pares.
   *[other] Concluiu { $count } intercâmbios entre pares.
}
reason-together = { $count ->
    [one] Concluiu { $count } intercâmbio com a sua organização.
   *[other] Concluiu { $count } intercâmbios com a sua organização.
}
reason-busy = { $count ->
    [one] Apoia atualmente { $count } organização.
   *[other] Apoia atualmente { $count } organizações.
}

rounds-title = Ciclos de mapeamento
rounds-intro = Em cada ciclo, as organizações são convidadas a atualizar o seu perfil de capacidades dentro de um prazo. Minga envia um e-mail, no idioma de cada pessoa, a quem preenche cada perfil (os administradores ou, numa organização parceira, a sua equipa) e, à medida que o prazo se aproxima, envia lembretes a quem ainda não enviou.
rounds-none = Ainda não foi aberto nenhum ciclo.
rounds-open-title = Preparar um ciclo
rounds-field-title = Título
rounds-field-deadline = Prazo
rounds-deadline-hint = O ciclo fecha no fim deste dia, hora de { $zone }, para todas as pessoas, estejam onde estiverem.
rounds-scope = Que organizações (todos os membros se deixar “Qualquer”)
rounds-open-submit = Preparar o ciclo
rounds-state-open = Aberto
rounds-state-closed = Fechado
rounds-state-overdue = Prazo ultrapassado
rounds-deadline = Prazo: { $date }
error-deadline-past = O prazo deve ser uma data futura.
error-date-invalid = Indique uma data como 2026-12-31.
error-round-no-orgs = Nenhuma organização corresponde a esta seleção.
notice-round-opened = O ciclo foi aberto e quem preenche os perfis vai receber um e-mail.

round-title = Progresso do ciclo
round-by-region = Progresso por região
round-by-kind = Progresso por tipo de organização
round-overdue = Em atraso: perfil não enviado após o prazo
round-none-overdue = Nenhuma organização está em atraso.
round-overdue-more = …e mais { $n }: o CSV lista todas.
round-all = Todas as organizações do ciclo
round-csv = Exportar em CSV
round-total = Total
round-updated = Última alteração
round-close = Fechar o ciclo
round-close-warning = { $count ->
    [one] { $n } organização não enviou o seu perfil. Depois de fechado o ciclo, ninguém pode enviar nele e não são enviados mais lembretes; pode reabri-lo mais tarde.
   *[other] { $n } organizações não enviaram o seu perfil. Depois de fechado o ciclo, ninguém pode enviar nele e não são enviados mais lembretes; pode reabri-lo mais tarde.
}
round-close-confirm = Sim, fechar o ciclo
round-reopen = Reabrir o ciclo
round-reopen-deadline = Novo prazo
round-reopen-submit = Reabrir até esse dia
notice-round-closed = O ciclo foi fechado.
notice-round-reopened = O ciclo está aberto novamente.

email-round-open-subject = { $network }: pedido de atualização do perfil de capacidades ({ $title })
email-round-open-body =
    Olá, { $name },

    O Secretariado abriu o ciclo de mapeamento “{ $title }”. Pedimos que atualize o perfil de capacidades de { $org } até { $date }: avalie os seus pontos fortes e indique o que pode compartilhar e o que deseja aprender, para que os membros possam aprender uns com os outros.

    As suas respostas do ciclo anterior já estão preenchidas:
    { $link }
email-round-reminder-subject = { $network }: lembrete sobre { $title }
email-round-reminder-body =
    Olá, { $name },

    O perfil de capacidades de { $org } para “{ $title }” ainda não foi enviado. O prazo termina em { $date }.

    Leva apenas alguns minutos, e as suas respostas do ciclo anterior já estão preenchidas:
    { $link }
profile-status-short = Estado

map-title = Mapa de capacidades
map-intro = Onde estão os pontos fortes da rede (organizações que se autoavaliam com 2 ou 3) e o que os membros desejam aprender, por tema e região, no Norte Global e no Sul Global. Escolha uma célula para ver as organizações correspondentes.
map-filters = Filtros do mapa
map-round = Perfis
map-current = Último perfil de cada organização
map-compare = Comparar com
map-compare-none = Sem comparação
map-item = Tema ou capacidade
map-measure = Mostrar
map-strengths = Pontos fortes
map-needs = Necessidades
map-empty = Ainda não foi enviado nenhum perfil para esta seleção.
map-legend = Organizações:
map-no-countries = Ainda nenhuma organização se encontra nesta situação.
world-title = Mapa mundial de capacidades
map-world-intro = Um tema ou capacidade, país por país. Os mapas de calor por região estão na página do
    mapa de capacidades:
map-world-hint = Escolha um tema ou capacidade para vê-lo no mapa mundial, país por país, ou abra o
map-group-none = Ainda não há perfil contado de uma organização deste grupo.
map-group-zero = Nenhuma organização deste grupo tem ainda algum destes.
map-table = O mapa em forma de tabela
map-organisations = Organizações
map-cell-title = Organizações no mapa
map-cell-empty = Nenhuma organização corresponde.

capacity-nav-exchanges = Intercâmbios entre pares
exchange-status-requested = Solicitado
exchange-status-agreed = Acordado
exchange-status-in-progress = Em curso
exchange-status-completed = Concluído
exchange-status-declined = Recusado
exchanges-title = Intercâmbios entre pares
exchanges-intro = Intercâmbios que a sua organização pediu ou que lhe foram pedidos, começando pelos mais recentes.
exchanges-none = Ainda não há nenhum intercâmbio. Peça um a partir dos seus pares recomendados.
exchanges-asked = Pedido enviado a { $org }
exchanges-asked-by = Pedido recebido de { $org }
exchange-title = Intercâmbio entre pares
exchange-about = Área: { $item }
exchange-message = Pedido
exchange-reply = Resposta
exchange-outcome-seeker = O que a organização solicitante aprendeu
exchange-outcome-helper = O que a organização que prestou apoio aprendeu
exchange-step-accept = Aceitar
exchange-step-decline = Recusar
exchange-step-start = Marcar como em curso
exchange-step-complete = Marcar como concluído
exchange-text-reply = A sua resposta (opcional)
exchange-text-outcome = Que resultados teve e o que se aprendeu (pode incluir links para o que foi produzido)
exchange-outcome-save = Guardar o que aprendemos
exchange-request = Pedir um intercâmbio
matches-engaged = Já lhes pediu apoio para esta necessidade. O intercâmbio:
exchange-request-message = A sua mensagem: o que precisa e como gostaria de trabalhar em conjunto
exchange-request-send = Enviar o pedido
exchange-secretariat-view = Vê este intercâmbio na qualidade de Secretariado.
error-exchange-exists = Já existe um intercâmbio aberto com esta organização sobre esta necessidade.
error-exchange-moved = Outra pessoa já respondeu a este intercâmbio. Recarregue a página.
notice-exchange-requested = O seu pedido foi enviado. Receberá a resposta por e-mail.
notice-exchange-updated = O intercâmbio foi atualizado e a outra organização foi avisada por e-mail.

email-exchange-requested-subject = { $network }: { $org } pede o apoio da sua organização em { $item }
email-exchange-requested-body =
    Olá, { $name },

    { $org } gostaria de aprender com a sua organização sobre { $item }. A mensagem:

    { $message }

    Estado: { $status }. Aceite ou recuse o pedido na Minga:
    { $link }
email-exchange-agreed-subject = { $network }: o intercâmbio com { $org } sobre { $item } está agora «{ $status }»
email-exchange-agreed-body =
    Olá, { $name },

    Boas notícias: { $org } aceitou o seu pedido de intercâmbio entre pares sobre { $item }. Estado: { $status }. Veja a resposta:
    { $link }
email-exchange-declined-subject = { $network }: o intercâmbio com { $org } sobre { $item } está agora «{ $status }»
email-exchange-declined-body =
    Olá, { $name },

    { $org } não pode prestar apoio sobre { $item } desta vez. Estado: { $status }. Na plataforma Minga, pode ver a resposta e outras organizações que podem ajudar:
    { $link }
email-exchange-in-progress-subject = { $network }: o intercâmbio com { $org } sobre { $item } está agora «{ $status }»
email-exchange-in-progress-body =
    Olá, { $name },

    { $org } fez avançar o intercâmbio entre pares sobre { $item }. Estado: { $status }.
    { $link }
email-exchange-completed-subject = { $network }: o intercâmbio com { $org } sobre { $item } está agora «{ $status }»
email-exchange-completed-body =
    Olá, { $name },

    { $org } registou o fim do intercâmbio entre pares sobre { $item }. Estado: { $status }. Indique o que a sua organização aprendeu, para que a rede também possa aprender com isso:
    { $link }

capacity-nav-taxonomy = Temas e capacidades
taxonomy-title = Temas e capacidades
taxonomy-intro = Os temas e as capacidades técnicas em que as organizações se autoavaliam. Os nomes são obrigatórios nos cinco idiomas; as descrições e os termos de pesquisa ajudam os membros a escolher.
taxonomy-new = Adicionar um tema ou uma capacidade
taxonomy-edit-title = Tema ou capacidade
taxonomy-code = Código
taxonomy-code-hint = Letras minúsculas, algarismos e hífens, por exemplo digital-advocacy. Não poderá ser alterado mais tarde.
taxonomy-position = Posição na lista
taxonomy-label = Nome
taxonomy-description = Descrição
taxonomy-synonyms = Termos de pesquisa, separados por vírgulas
error-code-taken = Este código já está em uso.
error-number-invalid = Indique um número inteiro.
gaps-title = Lacunas: necessidades sem oferta de apoio
gaps-intro = Necessidades indicadas pelos membros para as quais nenhuma organização com autoavaliação de 2 ou mais oferece apoio, por região.
gaps-none = Não há lacunas: há quem ofereça apoio para cada uma das necessidades indicadas.
gaps-count = organizações com esta necessidade: { $n }

profile-upload = Adicionar arquivos
profile-upload-hint = (relatórios, fotos, gravações; até { $max } cada)
exchange-resources = O que produziu
exchange-upload = Anexe o que o intercâmbio produziu
matches-evidence-files = Evidências que compartilham:

## Rounds prepared as drafts, in several languages, with who fills in each profile
rounds-field-title-in = Título em { $language }
rounds-field-message-in = Mensagem em { $language } (opcional)
rounds-texts = Título e mensagem
rounds-texts-hint = Escreva-os em todos os idiomas que puder: cada pessoa vê o seu e, se não existir, o primeiro título escrito.
rounds-open-intro = Antes de o ciclo abrir, verá a lista de organizações e quem vai receber o e-mail.
rounds-state-draft = Rascunho: ainda não aberto
round-draft-title = Preparar um ciclo
round-draft-intro = Este ciclo ainda não está aberto: ninguém foi contactado nem recebeu e-mail. Verifique as organizações, acrescente ou retire algumas e depois abra-o.
round-draft-open = Abrir o ciclo
round-draft-orgs = { $count ->
    [one] { $n } organização.
   *[other] { $n } organizações.
}
round-draft-people = { $count ->
    [one] { $n } pessoa preenche estes perfis e vai receber um e-mail.
   *[other] { $n } pessoas preenchem estes perfis e vão receber um e-mail.
}
round-open-submit = { $count ->
    [one] Abrir o ciclo e escrever a { $n } pessoa
   *[other] Abrir o ciclo e escrever a { $n } pessoas
}
round-nobody-warning = { $count ->
    [one] { $n } organização não tem ninguém que possa preencher o seu perfil (nenhum administrador e, se for parceira, nenhum membro da equipa): convide alguém primeiro ou retire-a.
   *[other] { $n } organizações não têm ninguém que possa preencher o seu perfil (nenhum administrador e, se forem parceiras, nenhum membro da equipa): convide alguém primeiro ou retire-as.
}
round-nobody-invite = Convidar alguém
round-nobody-title = Ninguém para preencher o perfil
round-nobody-open = { $count ->
    [one] { $n } organização deste ciclo não tem ninguém que possa preencher o seu perfil, por isso ninguém lá recebeu o e-mail. Convide alguém: poderá preenchê-lo assim que entrar.
   *[other] { $n } organizações deste ciclo não têm ninguém que possa preencher o seu perfil, por isso ninguém lá recebeu o e-mail. Convide alguém: poderá preenchê-lo assim que entrar.
}
round-draft-list = Organizações deste ciclo
round-draft-empty = Este ciclo ainda não tem organizações: acrescente algumas abaixo.
round-fillers = Quem o preenche
round-nobody = Ninguém
round-somebody = Há alguém
round-remove = Retirar
round-add = Acrescentar organizações
round-add-search = Nome, país ou tema
round-add-find = Procurar
round-add-none = Nenhuma organização fora deste ciclo corresponde.
round-add-one = Acrescentar
round-add-matching = Acrescentar todas as que correspondem
round-add-matching-submit = Acrescentá-las
round-edit = Mudar o título, a mensagem ou o prazo
round-edit-submit = Guardar
round-delete = Eliminar este rascunho
round-delete-warning = O rascunho e a sua lista são eliminados. Ainda ninguém foi contactado, por isso ninguém é avisado.
round-delete-confirm = Sim, eliminar o rascunho
notice-round-prepared = O ciclo está preparado. Verifique as organizações e depois abra-o.
notice-round-deleted = O rascunho foi eliminado.
error-round-message-needs-title = Uma mensagem precisa de um título no mesmo idioma.
error-round-title-required = Dê ao ciclo um título em pelo menos um idioma.
error-too-long-max = É demasiado longo: no máximo { $max } caracteres.
email-round-message-intro = O Secretariado acrescenta:
profile-filled-by = O perfil da sua organização é preenchido por { $names }.
profile-filled-by-nobody = Ainda ninguém na sua organização pode preencher este perfil. O Secretariado vê isto e vai convidar alguém.
## profile form (issue 11)
profile-not-answered = Sem resposta
profile-answered-of = { $n } de { $total } respondidos
profile-limit = até { $max } caracteres
profile-jump = Seções do formulário
profile-error-item = { $item }: { $message }
profile-kept-unsaved = O que você digitou foi guardado quando mudou de idioma. Ainda não está salvo: salve um rascunho ou envie.
profile-sent-title = O que você enviou
profile-sent-needs = Suas necessidades
profile-sent-matches = Ver as organizações pares que podem ajudar
error-level-required = { $item } tem evidências mas não tem nível: escolha um (0 — nenhum é uma resposta).
error-evidence-too-long = As evidências de { $item } são longas demais: até { $max } caracteres, e há { $count }.
error-need-too-long = A descrição da necessidade de { $item } é longa demais: até { $max } caracteres, e há { $count }.
## Exchanges people can follow (issue 11): emails
email-exchange-withdrawn-subject = { $network }: o intercâmbio com { $org } sobre { $item } está agora «{ $status }»
email-exchange-withdrawn-body =
    Olá, { $name },

    { $org } retirou o pedido de intercâmbio entre pares sobre { $item }; não precisa de fazer mais nada. Estado: { $status }.
    { $link }
email-exchange-message-subject = { $network }: { $org } escreveu sobre o intercâmbio em { $item }
email-exchange-message-body =
    Olá, { $name },

    { $org } escreveu no intercâmbio entre pares sobre { $item }:

    { $message }

    Responda na Minga:
    { $link }

## Exchanges people can follow (issue 11): pages
exchange-status-withdrawn = Retirado
exchange-step-withdraw = Retirar o pedido
exchange-withdraw-warning = A organização contactada é informada por e-mail. Um pedido retirado não pode ser reaberto; pode enviar um novo mais tarde.
exchange-withdraw-confirm = Sim, retirar o pedido
exchange-asked = Pedido por
exchange-answered = Respondido por
exchange-person-of = { $person } ({ $org })
exchange-people = Pessoas envolvidas
exchange-people-hint = Só as duas organizações e o Secretariado veem estes contactos.
exchange-people-org = Organização
exchange-thread = Mensagens
exchange-thread-none = Ainda não há mensagens.
exchange-thread-write = A sua mensagem
exchange-thread-hint = Texto simples ou Markdown. As pessoas envolvidas da outra organização recebem-na por e-mail, na sua língua.
exchange-thread-send = Enviar a mensagem
notice-message-sent = A sua mensagem foi enviada.
exchanges-network-intro = Todos os intercâmbios entre pares da rede, dos alterados mais recentemente para os mais antigos. Uma região ou um grupo corresponde a qualquer uma das organizações.
exchanges-filters = Filtrar os intercâmbios
exchanges-filter-status = Estado
exchanges-filter-item = Capacidade
exchanges-count = { $count ->
    [one] { $n } intercâmbio
   *[other] { $n } intercâmbios
}
exchanges-network-none = Nenhum intercâmbio corresponde a estes filtros.
exchanges-between = { $seeker } pediu a { $helper }
reason-item-completed = { $count ->
    [one] Concluiu { $count } intercâmbio entre pares nesta capacidade.
   *[other] Concluiu { $count } intercâmbios entre pares nesta capacidade.
}
reason-item-learnt = { $count ->
    [one] Em { $count } deles, a organização apoiada registou o que aprendeu.
   *[other] Em { $count } deles, as organizações apoiadas registaram o que aprenderam.
}
reason-item-declined = { $count ->
    [one] Recusou { $count } pedido nesta capacidade.
   *[other] Recusou { $count } pedidos nesta capacidade.
}
