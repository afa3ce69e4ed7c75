# Learning Communities (issue 12).

## Communities: errors
error-community-languages-required = Escolha pelo menos uma língua em que se escreve ali.
error-community-invite-unknown = Ninguém na rede tem este endereço de e-mail. Peça primeiro à sua organização que a convide para o Minga.
error-community-partners-not-admitted = Esta pessoa trabalha para uma organização parceira, e esta comunidade não admite parceiras.
error-community-already-member = Esta pessoa já é membro.

## Communities: pages
nav-communities = Comunidades
communities-title = Comunidades de Aprendizagem
communities-intro = Aqui os membros aprendem uns com os outros: discussões abertas, eventos e gravações partilhadas, cada comunidade em torno de um tema da rede.
communities-new = Nova comunidade
communities-create = Criar a comunidade
communities-invitations = Convites para si
communities-filters = Filtrar comunidades
communities-filter-theme = Tema ou capacidade
communities-filter-language = Língua
communities-filter-mine = Só as minhas comunidades
communities-count = { $count ->
    [one] { $n } comunidade
   *[other] { $n } comunidades
}
communities-empty-title = Não há comunidades para mostrar
communities-empty = Ainda não há comunidades.
communities-empty-filtered = Nenhuma comunidade corresponde a estes filtros.
community-visibility-public = Pública
community-visibility-public-hint = Qualquer pessoa a pode ler, mesmo sem entrar; as pessoas da rede juntam-se livremente.
community-visibility-members = Só membros
community-visibility-members-hint = Só as pessoas da rede a leem; juntam-se livremente.
community-visibility-invite-only = Só por convite
community-visibility-invite-only-hint = As pessoas da rede veem que existe e podem pedir para entrar; só os seus membros a leem.
community-partners-admitted = Admite parceiras
community-hidden = Oculta
community-members-count = { $count ->
    [one] { $n } membro
   *[other] { $n } membros
}
community-standing-requested = Pedido enviado
community-standing-invited = Foi convidado/a
community-standing-member = É membro
community-standing-moderator = Modera-a
community-last-visit = A sua última visita: { $when }.
community-note-hint = Opcional: diga porque gostaria de entrar (até { $max } caracteres).
community-leave-confirm = Vai sair de { $title }. Pode voltar a entrar mais tarde.
community-you-are-invited = Foi convidado/a a juntar-se a esta comunidade.
community-accept = Aceitar o convite
community-decline = Recusar
community-request-waiting = O seu pedido para entrar aguarda a resposta de um moderador.
community-withdraw = Retirar o pedido
community-you-moderate = Modera esta comunidade.
community-you-are-member = É membro desta comunidade.
community-join = Juntar-se à comunidade
community-request-note = Mensagem para a moderação
community-request = Pedir para entrar
community-sign-in-to-join = Entre para se juntar
community-edit = Editar a comunidade
community-requests-waiting = { $count ->
    [one] { $n } pessoa pede para entrar
   *[other] { $n } pessoas pedem para entrar
}
community-purpose = Para que serve esta comunidade
community-members-only-inside = Só os seus membros leem o que aqui se escreve.
community-no-members = Ainda ninguém se juntou.
community-moderator = Moderação
community-all-members = Ver todos os membros
community-leave = Sair da comunidade
community-leave-button = Sair
community-field-title = Título
community-field-purpose = Propósito
community-field-themes = Temas e capacidades
community-field-languages = Línguas em que se escreve
community-field-visibility = Quem a pode ler
community-field-partners = Admitir pessoas de organizações parceiras
community-chars-hint = Até { $max } caracteres.
community-purpose-hint = O que os membros vão aprender e fazer juntos. Markdown: **negrito**, listas, ligações. Até { $max } caracteres.
community-save = Guardar
community-hide = Ocultar a comunidade
community-hide-hint = Ninguém além do Secretariado a verá, nem nada do que contém, até voltar a ser mostrada.
community-show-again = Voltar a mostrar a comunidade
community-show-again-hint = Os seus membros e, conforme quem a pode ler, outras pessoas vão vê-la de novo.
community-members-title = Membros
community-requests = Pedidos para entrar
community-no-requests = Ninguém aguarda resposta.
community-request-accept = Aceitar
community-request-decline = Recusar
community-invite = Convidar alguém
community-invite-email = O endereço de e-mail
community-invite-hint = Qualquer pessoa com conta no Minga. Aceita ou recusa na página da comunidade.
community-invite-send = Enviar o convite
community-invited = Convidadas, ainda sem resposta
community-appoint = Nomear moderador/a
community-unappoint = Deixar de moderar
community-remove = Retirar
notice-community-created = A comunidade foi criada.
notice-community-joined = Bem-vindo/a: agora é membro.
notice-community-left = Já não está nesta comunidade.
notice-community-requested = O seu pedido foi enviado à moderação.
notice-community-invited = O convite foi enviado.
notice-community-answered = A resposta foi registada.
notice-community-hidden = A comunidade está oculta.
notice-community-shown = A comunidade voltou a ser mostrada.

## People's pages
person-title = Pessoa
person-language = Língua no Minga
person-time = Hora onde está
person-communities = Comunidades
person-no-communities = Não está em nenhuma comunidade que possa ver.

## perms-notices
home-my-communities = As minhas comunidades
home-my-communities-none = Ainda não faz parte de nenhuma comunidade.
home-my-communities-find = Encontrar uma comunidade
home-my-communities-all = Todas as comunidades
