## E-mails (texto simples)

email-footer = Enviado por { $network }. As suas definições, incluindo o idioma destes e-mails: { $link }

email-invitation-subject = { $network }: convite para se juntar a { $org }
email-invitation-body =
    Olá,

    { $name } enviou um convite para se juntar a { $org } em { $network }, o Centro de Aprendizagem da rede, com a função de { $role }.

    Para aceitar, abra este link e escolha o seu nome, a sua senha e o seu idioma:
    { $link }

    O link só funciona uma vez e expira em { $days } dias. Se não esperava este convite, pode ignorar este e-mail.
email-already-member-subject = { $network }: conta já existente
email-already-member-body =
    Olá,

    { $name } tentou enviar um convite para se juntar a { $org }, mas este endereço já tem uma conta. Entre aqui:
    { $link }

    Se esqueceu a senha, use a opção "Esqueceu a senha?" nessa página.
email-reset-subject = { $network }: escolha uma nova senha
email-reset-body =
    Olá, { $name },

    Alguém pediu para redefinir a senha da sua conta. Para escolher uma nova senha, abra este link:
    { $link }

    O link só funciona uma vez e expira em { $minutes } minutos. Se não fez este pedido, ignore este e-mail: a sua senha continua a mesma.

## notifications (issue 12)
email-notification-subject = { $network }: { $text }
email-notification-body =
    Olá, { $name },

    { $text }

    { $link }

    Para escolher que e-mails você recebe: { $settings }
email-digest-subject = { $network }: { $count ->
    [one] { $n } notificação
   *[other] { $n } notificações
} desde o seu último resumo
email-digest-body =
    Olá, { $name },

    Eis o que aconteceu desde o seu último resumo diário:

    { $list }

    Todas as suas notificações: { $all }
    Para escolher que e-mails você recebe: { $settings }
