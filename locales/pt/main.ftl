## Estrutura, navegação, termos comuns e erros

skip-to-content = Ir para o conteúdo
nav-label = Principal
nav-orgs = Membros
nav-account = Minha conta
nav-sign-in = Entrar
nav-sign-out = Sair
language-switcher = Idioma
footer-text = Minga — o Centro de Aprendizagem da rede. Livre e de código aberto.
save = Guardar
cancel = Cancelar
choose = Escolher…
filter-any = Qualquer
filter-apply = Aplicar filtros
filter-clear = Limpar filtros
pager-label = Páginas
pager-prev = Página anterior
pager-next = Página seguinte
pager-position = Página { $page } de { $pages }

home-title = Centro de Aprendizagem
home-intro = Minga é o espaço onde as coalizões, as organizações internacionais e os parceiros da rede compartilham o que sabem: quem trabalha em quê, onde, e como falar com eles.
home-welcome-back = Boas-vindas, { $name }
home-your-org = A sua organização
home-edit-org = Editar o perfil
home-invite = Convidar colegas
home-network = A rede
home-network-count = { $count ->
    [one] { $n } organização visível, por região:
   *[other] { $n } organizações visíveis, por região:
}
home-browse = Explorar o diretório de membros

notice-saved = As alterações foram guardadas.
notice-invited = O convite foi enviado por e-mail.
notice-welcome = Boas-vindas! A sua conta está pronta.
notice-password-changed = A sua senha foi alterada.
notice-signed-out = Saiu da sua conta.
notice-archived = A organização foi arquivada: deixou de aparecer no diretório.
notice-restored = A organização voltou a aparecer no diretório.
notice-created = A organização foi criada.

error-title = Ocorreu um erro
error-home-link = Ir para a página inicial
error-400 = Não foi possível compreender o pedido. Verifique o que enviou e tente novamente.
error-403 = Não tem permissão para realizar esta ação.
error-404 = Esta página não existe ou não tem acesso a ela.
error-409 = Outra pessoa alterou isto ao mesmo tempo, ou o nome já está em uso. Recarregue a página e tente novamente.
error-429 = Excesso de tentativas. Aguarde alguns minutos e tente novamente.
error-500 = Ocorreu um erro inesperado no nosso sistema. O erro foi documentado; tente novamente mais tarde.
error-csrf = Este formulário expirou ou não veio deste site. Volte atrás, recarregue a página e tente novamente.
error-form-summary = Corrija os problemas indicados abaixo.
error-required = Este campo é obrigatório.
error-too-long = O texto excede o tamanho máximo.
error-markdown-too-complex = Este texto geraria uma página grande demais (uma tabela com muitas colunas e linhas, ou listas e citações aninhadas muito fundo). Encurte as tabelas ou o aninhamento; tudo o que você digitou continua aqui.
error-text-invalid = Contém caracteres que não são permitidos.
error-choose-option = Escolha uma das opções.
error-email-invalid = Indique um endereço de e-mail como nome@example.org.
error-url-invalid = Indique um endereço web iniciado por https:// ou http://.
error-phone-invalid = Use apenas algarismos, espaços e + - ( ) . (no máximo 40 caracteres).
error-country-invalid = Escolha um país da lista.
error-slug-invalid = Use letras minúsculas, algarismos e hífens não consecutivos.
error-timezone-invalid = Escolha um fuso horário da lista.

region-africa = África
region-asia-pacific = Ásia-Pacífico
region-latin-america-caribbean = América Latina e Caribe
region-mena = Médio Oriente e Norte de África
region-europe-north-america = Europa e América do Norte
group-north = Norte Global
group-south = Sul Global
kind-coalition = Coalizão nacional ou regional
kind-international = Organização internacional
kind-partner = Parceiro
kind-secretariat = Secretariado
role-secretariat = Secretariado
role-org-admin = Administrador da organização
role-member = Membro
role-partner = Parceiro

# Arquivos
file-size-kb = { $n } KB
file-size-mb = { $n } MB
error-file-too-large = “{ $name }” tem mais de { $max }, o máximo para um arquivo. Ele não foi guardado; o resto do formulário está como você deixou.
error-file-empty = “{ $name }” está vazio, por isso não foi guardado.
error-quota-exceeded = “{ $name }” não foi guardado: os arquivos da sua organização passariam do espaço de armazenamento de { $max }. O resto do formulário está como você deixou; peça mais espaço ao Secretariado se precisar.
error-file-interrupted = O envio de “{ $name }” foi interrompido. Escolha o arquivo novamente.
error-too-many-files = Uma resposta aceita no máximo 10 arquivos. Desmarque alguns para manter os outros.
error-too-many-files-at-once = É possível enviar no máximo { $max } arquivos de uma vez; os demais não foram guardados.
deadline-end-of-day = { $date }, ao fim do dia (hora de { $zone })
error-field-named = { $field }: { $message }

## Home dashboards
home-round = Ciclo de mapeamento
home-fill-profile = Preencher o perfil da sua organização
home-see-profile = Ver o perfil da sua organização
home-to-answer = À espera da sua resposta
home-to-answer-none = Nenhum pedido está à espera da resposta da sua organização.
home-asks-about = { $org } pergunta sobre { $item }
home-under-way = { $count ->
    [one] { $n } intercâmbio acordado ou em curso
   *[other] { $n } intercâmbios acordados ou em curso
}
home-needs = Quem pode ajudar com as suas necessidades
home-needs-none = Acrescente ao perfil o que a sua organização quer aprender, e as organizações que podem ajudar aparecem aqui.
home-need-match = { $item }: { $org }
home-all-matches = Todas as correspondências
home-rounds-none = Nenhum ciclo está aberto ou em preparação.
home-round-line = { $title } · { $state } · { $submitted } de { $total } enviados
home-round-nobody = { $count ->
    [one] · { $n } sem ninguém para o preencher
   *[other] · { $n } sem ninguém para o preencher
}
home-exchanges = Intercâmbios entre pares na rede
home-exchanges-none = Ainda não há intercâmbios entre pares.

## profile form (issue 11)
error-413 = O que você enviou é muito maior do que qualquer formulário aqui aceita, por isso não pôde ser lido. Volte, encurte os textos mais longos e tente de novo.
error-text-field-too-large = Isto é longo demais: só os primeiros { $max } KB foram guardados. Encurte o texto.
error-file-kind = “{ $name }” foi recusado: só são aceitos documentos, planilhas, apresentações, imagens, áudio, vídeo e texto simples. Nada dele foi guardado.
nav-waiting = { $count ->
    [one] { $n } pedido por responder
   *[other] { $n } pedidos por responder
}
home-your-exchanges = Os seus intercâmbios entre pares
home-nobody = Ninguém para preencher o perfil
home-nobody-none = Todas as organizações membro têm alguém que preenche o perfil e recebe os e-mails dos ciclos.
home-nobody-count = { $count ->
    [one] { $n } organização membro não tem ninguém que possa preencher o seu perfil, por isso nenhum ciclo a alcança. Convide alguém:
   *[other] { $n } organizações membro não têm ninguém que possa preencher o seu perfil, por isso nenhum ciclo as alcança. Convide alguém:
}

## notifications (issue 12)
nav-notifications = Notificações
nav-notifications-unread = { $count ->
    [one] { $n } notificação não lida
   *[other] { $n } notificações não lidas
}
nav-notifications-many = Mais de 99 notificações não lidas
notification-someone = Alguém
notification-text-reply = { $actor } respondeu a «{ $topic }» em { $community }
notification-text-mention = { $actor } mencionou você em «{ $topic }» em { $community }
notification-text-new-topic = { $actor } abriu «{ $topic }» em { $community }
notification-text-new-event = Novo evento em { $community }: «{ $title }»
notification-text-exchange = { $event ->
    [requested] { $org } pede o seu apoio em { $item }
    [message] { $actor } de { $org } escreveu sobre o intercâmbio em { $item }
   *[other] O intercâmbio com { $org } sobre { $item } está agora «{ $status }»
}
notification-text-round = { $event ->
    [reminder] Lembrete: o perfil de capacidades para «{ $title }» deve ser enviado até { $date }
   *[other] Nova ronda de mapeamento «{ $title }»: atualize o perfil de capacidades até { $date }
}
notification-kind-reply = Respostas ao que você escreveu
notification-kind-mention = Menções a você
notification-kind-new-topic = Novos tópicos nas comunidades que você segue
notification-kind-new-event = Novos eventos nas comunidades que você segue
notification-kind-exchange = Intercâmbios entre pares da sua organização
notification-kind-round = Rondas de mapeamento
notification-delivery-off = Sem e-mail
notification-delivery-immediately = E-mail na hora
notification-delivery-daily = Resumo diário
notifications-title = Notificações
notifications-none = Ainda não há notificações. Respostas, menções, intercâmbios e rondas de mapeamento que dizem respeito a você aparecerão aqui.
notifications-unread = Não lida
notifications-mark-read = Marcar como lida
notifications-mark-all-read = Marcar todas como lidas
notifications-older = Notificações anteriores
notifications-newest = Notificações mais recentes
notifications-settings-link = Escolher que e-mails você recebe
notifications-settings-title = E-mails de notificação
notifications-settings-intro = As suas notificações estão sempre no Minga. Para cada tipo, escolha se também recebe um e-mail na hora, um resumo por dia ou nenhum e-mail. Os e-mails chegam no seu idioma.
notifications-settings-save = Guardar as minhas escolhas
account-notifications = Notificações
## Recordings and data saver (issue 12)
media-title = Gravação
media-list-title = Gravações e vídeos
media-list-empty = Ainda não há gravações.
media-new-title = Enviar uma gravação ou um vídeo
media-field-title = Título
media-chapters = Capítulos
media-chapters-hint = Um por linha: o momento e depois o título, como “0:00 Introdução” ou “1:02:30 Perguntas”.
media-captions-optional = Legendas (opcional)
media-caption-language = Idioma das legendas
media-caption-file = Arquivo de legendas (WebVTT, .vtt)
media-caption-hint = Um arquivo WebVTT: começa com a linha WEBVTT e depois os tempos e as palavras de cada legenda.
media-file = Gravação ou vídeo
media-file-hint = Arquivos de som ou de vídeo, até { $max }.
media-upload = Enviar
media-player = Reprodutor
media-no-player = O seu navegador não consegue reproduzir isto aqui: baixe o arquivo.
media-saver-intro = A economia de dados está ativada: nada é baixado até você escolher o que reproduzir.
media-captions = Legendas
media-transcript-link = Ler a transcrição
media-no-captions = Esta gravação ainda não tem legendas.
media-downloads = Baixar
media-edit-chapters = Editar os capítulos
media-add-captions = Adicionar legendas
media-transcript-title = Transcrição
media-transcript-in = Legendas em { $language }.
media-transcript-others = Também em:
media-by = enviado por { $name }
media-play-audio = Reproduzir só o som ({ $size })
media-play-small = Reproduzir o vídeo pequeno ({ $size })
media-play-original = Reproduzir o vídeo completo ({ $size })
media-play-original-audio = Reproduzir ({ $size })
media-rendition-audio = Só o som — { $size }
media-rendition-small = Vídeo pequeno — { $size }
media-rendition-poster = Imagem parada — { $size }
media-rendition-original = Como foi enviado — { $size }
media-renditions-pending = Versões mais leves (só o som, vídeo pequeno) estão sendo preparadas; volte daqui a alguns minutos.
media-renditions-unavailable = As versões mais leves (só o som, vídeo pequeno) não estão disponíveis neste servidor: apenas a gravação como foi enviada.
media-renditions-failed = Não foi possível fazer versões mais leves deste arquivo: apenas a gravação como foi enviada.
error-media-kind = “{ $name }” não é um arquivo de som nem de vídeo, por isso não foi guardado.
error-media-missing = Escolha a gravação ou o vídeo a enviar.
error-caption-missing = Escolha um arquivo de legendas.
error-chapter-line = A linha { $line } não é um momento com um título, como “1:23 Perguntas”.
error-chapter-order = A linha { $line } começa antes do capítulo anterior; coloque os capítulos em ordem.
error-chapter-too-many = A linha { $line } é um capítulo a mais (no máximo 100).
error-vtt-too-large = Este arquivo de legendas é grande demais (no máximo 512 KB).
error-vtt-encoding = Este arquivo de legendas não é texto em UTF-8.
error-vtt-header = Isto não é um arquivo WebVTT: a primeira linha deve ser WEBVTT (linha { $line }).
error-vtt-timestamp = Linha { $line }: os tempos de uma legenda devem ser escritos como 00:01:02.500 --> 00:01:04.000.
error-vtt-end-before-start = Linha { $line }: esta legenda termina antes de começar.
error-vtt-order = Linha { $line }: esta legenda começa antes da anterior.
error-vtt-no-cues = Este arquivo WebVTT não tem legendas.
data-saver-title = Economia de dados
data-saver-label = Economizar dados: não carregar nada pesado até eu pedir
data-saver-hint = As gravações oferecem primeiro o som e não carregam nada até você tocar em reproduzir; as imagens chegam no menor tamanho.

## perms-notices
notification-text-join-request = { $actor } pede para entrar em { $community }
notification-text-membership = { $event ->
    [accepted] O seu pedido para entrar em { $community } foi aceite
   *[other] { $actor } convidou-o a entrar em { $community }
}
notification-text-event-change = «{ $title }» em { $community } mudou de horário ou de local
notification-kind-join-request = Pedidos para entrar nas comunidades que modera
notification-kind-membership = Convites para comunidades e respostas aos seus pedidos
notification-kind-event-change = Mudanças nos eventos em que vai participar
