## O diretório de membros e os perfis das organizações

orgs-title = Diretório de membros
orgs-intro = As coalizões, as organizações internacionais e os parceiros da rede.
orgs-new = Adicionar uma organização
orgs-filters = Filtrar o diretório
orgs-search = O nome contém
orgs-include-archived = Incluir arquivadas
orgs-count = { $count ->
    [one] { $n } organização
   *[other] { $n } organizações
}
orgs-empty-title = Nenhuma organização para mostrar
orgs-empty = O diretório ainda está vazio.
orgs-empty-filtered = Nenhuma organização corresponde a estes filtros.
field-region = Região
field-country = País
field-kind = Tipo
field-group = Norte / Sul
field-org-name = Nome da organização
field-description = Descrição
field-website = Site
field-contact-email = E-mail da organização
field-contact-phone = Telefone da organização
field-public = Mostrar este perfil publicamente
field-invite-language = Idioma do convite
hint-markdown = Pode usar Markdown: **negrito**, *itálico*, listas e links.
hint-public = Os perfis públicos são visíveis para todos. O e-mail, o telefone e as pessoas só são mostrados aos membros autenticados.

org-title = Organização
org-back = ← Todos os membros
org-about = Sobre
org-no-description = Ainda sem descrição.
org-demo = Dados de demonstração
org-archived = Arquivada
org-members-only = Apenas para membros
org-edit = Editar o perfil
org-invite = Convidar pessoas
org-archive = Arquivar
org-restore = Restaurar
org-updated = Última atualização
org-staff = Pessoas
org-no-staff = Ninguém desta organização aderiu ainda.
org-contacts-signed-in = O e-mail e o telefone são mostrados aos membros da rede autenticados.
org-edit-title = Editar a organização
org-new-title = Adicionar uma organização
org-derived = Definido a partir do país
org-invite-title = Convidar uma pessoa
org-invite-intro = A pessoa fará parte de { $org } com a função que escolher.
org-invite-submit = Enviar o convite
org-invite-hint = O link de convite só funciona uma vez e expira após 7 dias.
error-role-needs-secretariat = A função Secretariado só pode ser atribuída no Secretariado.
error-role-secretariat-only = No Secretariado, só pode ser atribuída a função Secretariado.
org-capacities = Pontos fortes e necessidades
org-no-strengths = Nenhum ponto forte com 2 ou 3 no seu último perfil.
org-no-needs = Nenhuma necessidade no seu último perfil.
org-offers = oferece ajuda aos pares
org-could-help = Oferece ajuda em { $item }, de que a sua organização precisa: peça-lhe apoio

## directory (issue 11)
orgs-search-any = Nome, país ou tema
orgs-country-option = { $country } ({ $count })
pager-past-end-title = Essa página não existe
pager-past-end = Os resultados terminam na página { $pages }.
pager-last = Ir para a última página
field-override-reason = Motivo de uma região ou grupo diferentes
hint-override-reason = Obrigatório quando a região ou o grupo não são os do país. Só o Secretariado vê.
org-override-reason = Região ou grupo definidos pelo Secretariado:
error-override-reason-required = Explique por que a região ou o grupo diferem dos do país.
error-override-forbidden = Só o Secretariado pode definir uma região ou um grupo diferentes dos do país.
## People and pictures (issue 11)
people-title = Pessoas
people-count = { $count ->
    [one] { $n } pessoa
   *[other] { $n } pessoas
}
people-role-of = Função de { $name }
people-change-role = Mudar a função
people-remove = Remover da organização
people-remove-confirm = { $name } não poderá mais entrar. O que escreveu permanece, com o seu nome.
people-remove-confirm-button = Remover
people-invitations = Convites pendentes
people-no-invitations = Nenhum convite pendente.
people-expires = Link válido até
people-actions = Ações
people-resend = Enviar de novo
people-revoke = Cancelar o convite
org-edit-details = Dados
error-last-admin-role = Esta é a última pessoa administradora da organização: dê primeiro a função de administração a outra pessoa.
error-last-admin-remove = Esta é a última pessoa administradora da organização e não pode ser removida: dê primeiro a função de administração a outra pessoa.
error-invite-already-in-org = Esta pessoa já faz parte da organização.
notice-invitation-resent = O convite foi enviado de novo com um link novo; o link anterior já não funciona.
notice-invitation-revoked = O convite foi cancelado; o seu link já não funciona.
notice-role-changed = A função foi alterada.
notice-person-removed = A pessoa foi removida da organização.
notice-picture-saved = A imagem foi guardada.
notice-picture-removed = A imagem foi removida.
picture-logo = Logotipo
picture-logo-choose = Novo logotipo
picture-logo-alt = Logotipo de { $org }
picture-avatar = Foto
picture-avatar-choose = Nova foto
picture-avatar-alt = Foto de { $name }
picture-hint = PNG, JPEG, GIF ou WebP. É recortada num quadrado à volta do centro.
picture-upload = Enviar
picture-remove = Remover a imagem
error-picture-choose = Escolha uma imagem para enviar.
error-picture-not-image = “{ $name }” não é uma imagem que o Minga consiga ler: envie um ficheiro PNG, JPEG, GIF ou WebP.
error-picture-too-large = “{ $name }” é grande demais: uma imagem pode ter no máximo { $max } pixels de largura e de altura.
error-picture-corrupt = “{ $name }” está danificada e não pode ser lida. Tente guardá-la de novo.
