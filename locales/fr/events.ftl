## Events (issue 12): events of learning communities, RSVP, reminders, calendars.

events-upcoming = Événements à venir
events-past = Événements passés
events-none-upcoming = Aucun événement n’est encore prévu.
events-none-past = Aucun événement n’a encore eu lieu.
events-all-upcoming = Tous les événements à venir
events-all-past = Tous les événements passés
events-subscribe = S’abonner dans votre agenda
events-schedule = Programmer un événement

event-title = Événement
event-new-title = Programmer un événement
event-edit-title = Modifier l’événement
event-cancelled = Annulé
event-cancelled-notice = Cet événement a été annulé.
event-when = { $date }, { $start }–{ $end } ({ $zone })
event-when-days = { $start } – { $end } ({ $zone })
event-field-when = Quand
event-organiser-time = Heure de l’organisateur : { $when }
event-field-organiser = Organisateur
event-field-online = Participer en ligne
event-field-places = Places
event-field-recording = Enregistrement
event-recording-watch = Regarder ou écouter l’enregistrement
event-going = { $count ->
    [one] { $n } personne participe.
   *[other] { $n } personnes participent.
}
event-places-left = { $count ->
    [0] Plus aucune place.
    [one] { $n } place restante.
   *[other] { $n } places restantes.
}
event-waiting = { $count ->
    [one] { $n } personne sur la liste d’attente.
   *[other] { $n } personnes sur la liste d’attente.
}
event-who-going = Qui participe
event-rsvp-heading = Participez-vous ?
event-rsvp-going = Vous participez.
event-rsvp-waiting = Vous êtes numéro { $n } sur la liste d’attente. Si une place se libère, elle est pour vous et nous vous écrirons.
event-rsvp-none = Vous n’avez pas indiqué que vous participez.
event-rsvp-go = Je participe
event-rsvp-wait = M’inscrire sur la liste d’attente
event-rsvp-withdraw = Je ne participe pas
event-rsvp-sign-in = Connectez-vous pour indiquer que vous participez
event-add-to-calendar = Ajouter à mon agenda (.ics)
event-manage = Organiser
event-edit = Modifier l’événement
event-cancel = Annuler l’événement
event-cancel-warning = L’événement reste sur la page, marqué comme annulé, et les agendas qui l’ont le montrent annulé.
event-cancel-confirm = Oui, annuler l’événement
event-label-title = Titre
event-label-description = Description
event-label-time-zone = Fuseau horaire des heures ci-dessous
event-label-starts = Début
event-label-ends = Fin
event-label-online-url = Lien pour participer en ligne
event-label-capacity = Places
event-label-recording = Enregistrement
event-hint-description = Facultatif. Vous pouvez utiliser Markdown : **gras**, *italique*, listes et liens.
event-hint-times = Chaque personne voit les heures dans son propre fuseau horaire.
event-hint-online-url = Facultatif. Il doit commencer par https://.
event-hint-capacity = Facultatif. Laissez vide si tout le monde peut venir ; une fois complet, les personnes rejoignent une liste d’attente.
event-hint-recording = Après l’événement : le lien de son enregistrement (/media/…) ou son identifiant.
event-schedule = Programmer l’événement

error-event-ends-before-start = L’événement doit se terminer après son début.
error-event-time-invalid = Saisissez une date et une heure, par exemple 2026-12-01 14:00.
error-event-time-skipped = Cette heure n’existe pas dans ce fuseau horaire (les horloges la sautent). Choisissez une autre heure.
error-event-link-https = Saisissez un lien qui commence par https://.
error-event-recording-invalid = Saisissez le lien de l’enregistrement (/media/…) ou son identifiant.
error-event-capacity = Saisissez un nombre entier de places entre 1 et 100 000, ou laissez vide.

calendar-title = S’abonner à l’agenda
calendar-intro = Les applications d’agenda (sur votre téléphone ou votre ordinateur) peuvent suivre les événements de cette communauté : les nouveaux événements et les changements apparaissent d’eux-mêmes.
calendar-public-link = Lien de l’agenda : copiez-le dans votre application d’agenda
calendar-subscribe = M’abonner avec mon application d’agenda
calendar-download = Télécharger l’agenda (.ics)
calendar-private-intro = Les événements de cette communauté sont réservés à ses lecteurs ; votre application d’agenda a donc besoin d’un lien privé à vous. Ne le partagez pas : quiconque l’a voit ces événements.
calendar-private-link = Votre lien d’agenda privé : copiez-le dans votre application d’agenda
calendar-private-once = Ce lien n’est affiché que maintenant. Il fonctionne pour toutes les communautés dont vous pouvez lire les événements.
calendar-revoked = Votre lien d’agenda privé ne fonctionne plus.
calendar-has-link = Vous avez déjà un lien privé. En créer un nouveau arrête l’ancien.
calendar-make-link = Créer mon lien privé
calendar-new-link = Créer un nouveau lien privé
calendar-revoke = Arrêter mon lien privé

email-event-when = Quand : { $when }
email-event-online = Participer en ligne : { $link }
email-event-page = L’événement : { $link }
email-event-ics = Ajoutez-le à votre agenda : { $link }
email-event-place-subject = Une place est pour vous : { $title }
email-event-place-body = Bonjour { $name },

    Une place s’est libérée pour « { $title } » dans { $community }, et elle est pour vous : vous participez.
    Si vous ne pouvez plus venir, indiquez-le sur la page de l’événement pour que la personne suivante ait la place.
email-event-reminder-day-subject = Rappel : { $title }
email-event-reminder-day-body = Bonjour { $name },

    Un rappel : « { $title } » dans { $community } commence dans un jour environ, et vous avez indiqué que vous participez.
email-event-reminder-hour-subject = Bientôt : { $title }
email-event-reminder-hour-body = Bonjour { $name },

    Un rappel : « { $title } » dans { $community } commence dans une heure environ, et vous avez indiqué que vous participez.
email-event-cancelled-subject = Annulé : { $title }
email-event-cancelled-body = Bonjour { $name },

    « { $title } » dans { $community }, auquel vous aviez indiqué participer, a été annulé.

## perms-notices
error-event-recording-unknown = Aucun enregistrement que vous pouvez voir n’a cette adresse. Collez l’adresse de la page d’un enregistrement (/media/…).
