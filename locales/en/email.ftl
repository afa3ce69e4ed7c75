## Emails (plain text)

email-footer = Sent by { $network }. Your settings, including the language of these emails: { $link }

email-invitation-subject = { $network }: you are invited to join { $org }
email-invitation-body =
    Hello,

    { $name } invites you to join { $org } on { $network }, the network's Learning Hub, as { $role }.

    To accept, open this link and choose your name, password and language:
    { $link }

    The link works once and expires in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }. If you did not expect this invitation, you can ignore this email.
email-already-member-subject = { $network }: you already have an account
email-already-member-body =
    Hello,

    { $name } tried to invite you to { $org }, but this address already has an account. Sign in here:
    { $link }

    If you forgot your password, use "Forgot your password?" on that page.
email-reset-subject = { $network }: choose a new password
email-reset-body =
    Hello { $name },

    Someone asked to reset the password of your account. To choose a new password, open this link:
    { $link }

    The link works once and expires in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. If you did not ask for this, ignore this email: your password stays the same.

## notifications (issue 12)
email-notification-subject = { $network }: { $text }
email-notification-body =
    Hello { $name },

    { $text }

    { $link }

    To choose which emails you receive: { $settings }
email-digest-subject = { $network }: { $count ->
    [one] { $n } notification
   *[other] { $n } notifications
} since your last summary
email-digest-body =
    Hello { $name },

    Here is what happened since your last daily summary:

    { $list }

    All your notifications: { $all }
    To choose which emails you receive: { $settings }
