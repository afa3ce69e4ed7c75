## Events (issue 12): events of learning communities, RSVP, reminders, calendars.

events-upcoming = Próximos eventos
events-past = Eventos passados
events-none-upcoming = Ainda não há eventos previstos.
events-none-past = Ainda não se realizou nenhum evento.
events-all-upcoming = Todos os próximos eventos
events-all-past = Todos os eventos passados
events-subscribe = Subscrever no seu calendário
events-schedule = Agendar um evento

event-title = Evento
event-new-title = Agendar um evento
event-edit-title = Alterar o evento
event-cancelled = Cancelado
event-cancelled-notice = Este evento foi cancelado.
event-when = { $date }, { $start }–{ $end } ({ $zone })
event-when-days = { $start } – { $end } ({ $zone })
event-field-when = Quando
event-organiser-time = Hora de quem organiza: { $when }
event-field-organiser = Organização
event-field-online = Participar online
event-field-places = Lugares
event-field-recording = Gravação
event-recording-watch = Ver ou ouvir a gravação
event-going = { $count ->
    [one] { $n } pessoa vai participar.
   *[other] { $n } pessoas vão participar.
}
event-places-left = { $count ->
    [0] Já não há lugares.
    [one] Resta { $n } lugar.
   *[other] Restam { $n } lugares.
}
event-waiting = { $count ->
    [one] { $n } pessoa na lista de espera.
   *[other] { $n } pessoas na lista de espera.
}
event-who-going = Quem vai participar
event-rsvp-heading = Vai participar?
event-rsvp-going = Vai participar.
event-rsvp-waiting = É o número { $n } na lista de espera. Se um lugar ficar livre, é seu e enviamos-lhe um email.
event-rsvp-none = Ainda não indicou que vai participar.
event-rsvp-go = Vou participar
event-rsvp-wait = Entrar na lista de espera
event-rsvp-withdraw = Não vou participar
event-rsvp-sign-in = Inicie sessão para indicar que vai participar
event-add-to-calendar = Adicionar ao meu calendário (.ics)
event-manage = Organizar
event-edit = Alterar o evento
event-cancel = Cancelar o evento
event-cancel-warning = O evento continua na página marcado como cancelado, e os calendários que o têm mostram-no cancelado.
event-cancel-confirm = Sim, cancelar o evento
event-label-title = Título
event-label-description = Descrição
event-label-time-zone = Fuso horário das horas abaixo
event-label-starts = Começa
event-label-ends = Termina
event-label-online-url = Ligação para participar online
event-label-capacity = Lugares
event-label-recording = Gravação
event-hint-description = Opcional. Pode usar Markdown: **negrito**, *itálico*, listas e ligações.
event-hint-times = Cada pessoa vê as horas no seu próprio fuso horário.
event-hint-online-url = Opcional. Tem de começar por https://.
event-hint-capacity = Opcional. Deixe em branco se qualquer pessoa puder vir; quando estiver cheio, as pessoas entram numa lista de espera.
event-hint-recording = Depois do evento: a ligação da gravação (/media/…) ou o seu identificador.
event-schedule = Agendar o evento

error-event-ends-before-start = O evento tem de terminar depois de começar.
error-event-time-invalid = Escreva uma data e uma hora, por exemplo 2026-12-01 14:00.
error-event-time-skipped = Essa hora não existe neste fuso horário (os relógios saltam-na). Escolha outra hora.
error-event-link-https = Escreva uma ligação que comece por https://.
error-event-recording-invalid = Escreva a ligação da gravação (/media/…) ou o seu identificador.
error-event-capacity = Escreva um número inteiro de lugares de 1 a 100 000, ou deixe em branco.

calendar-title = Subscrever o calendário
calendar-intro = Os programas de calendário (no telemóvel ou no computador) podem acompanhar os eventos desta comunidade: os novos eventos e as alterações aparecem sozinhos.
calendar-public-link = Ligação do calendário: copie-a para o seu programa de calendário
calendar-subscribe = Subscrever com o meu programa de calendário
calendar-download = Descarregar o calendário (.ics)
calendar-private-intro = Os eventos desta comunidade são só para quem a pode ler, por isso o seu programa de calendário precisa de uma ligação privada sua. Não a partilhe: quem a tiver vê estes eventos.
calendar-private-link = A sua ligação privada de calendário: copie-a para o seu programa de calendário
calendar-private-once = Esta ligação só é mostrada agora. Funciona para todas as comunidades cujos eventos pode ler.
calendar-revoked = A sua ligação privada de calendário já não funciona.
calendar-has-link = Já tem uma ligação privada. Criar uma nova desativa a anterior.
calendar-make-link = Criar a minha ligação privada
calendar-new-link = Criar uma nova ligação privada
calendar-revoke = Desativar a minha ligação privada

email-event-when = Quando: { $when }
email-event-online = Participar online: { $link }
email-event-page = O evento: { $link }
email-event-ics = Adicione-o ao seu calendário: { $link }
email-event-place-subject = Tem um lugar: { $title }
email-event-place-body = Olá, { $name },

    Ficou livre um lugar em «{ $title }» em { $community }, e é seu: vai participar.
    Se já não puder vir, indique-o na página do evento para que o lugar passe à pessoa seguinte.
email-event-reminder-day-subject = Lembrete: { $title }
email-event-reminder-day-body = Olá, { $name },

    Um lembrete: «{ $title }» em { $community } começa dentro de cerca de um dia, e indicou que vai participar.
email-event-reminder-hour-subject = Começa em breve: { $title }
email-event-reminder-hour-body = Olá, { $name },

    Um lembrete: «{ $title }» em { $community } começa dentro de cerca de uma hora, e indicou que vai participar.
email-event-cancelled-subject = Cancelado: { $title }
email-event-cancelled-body = Olá, { $name },

    «{ $title }» em { $community }, em que indicou que ia participar, foi cancelado.

## perms-notices
error-event-recording-unknown = Nenhuma gravação que possa ver tem este endereço. Cole o endereço da página de uma gravação (/media/…).
