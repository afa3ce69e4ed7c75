## E-mails (texte brut)

email-footer = Envoyé par { $network }. Vos paramètres, dont la langue de ces e-mails : { $link }

email-invitation-subject = { $network } : invitation à rejoindre { $org }
email-invitation-body =
    Bonjour,

    { $name } vous invite à rejoindre { $org } sur { $network }, le Centre d’apprentissage du réseau, en tant que { $role }.

    Pour accepter, ouvrez ce lien et choisissez votre nom, votre mot de passe et votre langue :
    { $link }

    Ce lien ne fonctionne qu’une fois et expire dans { $days } jours. Si vous n’attendiez pas cette invitation, vous pouvez ignorer cet e-mail.
email-already-member-subject = { $network } : vous avez déjà un compte
email-already-member-body =
    Bonjour,

    { $name } a tenté de vous inviter à rejoindre { $org }, mais cette adresse est déjà associée à un compte. Connectez-vous ici :
    { $link }

    Si vous avez oublié votre mot de passe, utilisez « Mot de passe oublié ? » sur cette page.
email-reset-subject = { $network } : choisissez un nouveau mot de passe
email-reset-body =
    Bonjour { $name },

    Quelqu’un a demandé la réinitialisation du mot de passe de votre compte. Pour choisir un nouveau mot de passe, ouvrez ce lien :
    { $link }

    Ce lien ne fonctionne qu’une fois et expire dans { $minutes } minutes. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.

## notifications (issue 12)
email-notification-subject = { $network } : { $text }
email-notification-body =
    Bonjour { $name },

    { $text }

    { $link }

    Pour choisir les courriels que vous recevez : { $settings }
email-digest-subject = { $network } : { $count ->
    [one] { $n } notification
   *[other] { $n } notifications
} depuis votre dernier résumé
email-digest-body =
    Bonjour { $name },

    Voici ce qui s’est passé depuis votre dernier résumé quotidien :

    { $list }

    Toutes vos notifications : { $all }
    Pour choisir les courriels que vous recevez : { $settings }
