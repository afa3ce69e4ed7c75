## La stratégie d’échange de connaissances et d’apprentissage : objectifs et initiatives d’apprentissage (issue 13)

nav-kel = Apprentissage
kel-title = Échange de connaissances et apprentissage
kel-intro = La stratégie d’apprentissage du réseau : ses objectifs, et les initiatives d’apprentissage que les membres pilotent ou auxquelles ils contribuent. Suivez leur avancement, proposez ce que votre organisation peut apporter, et liez ce qu’elles produisent.
kel-empty-title = Aucun objectif pour l’instant
kel-empty = Le Secrétariat n’a pas encore rédigé les objectifs de la stratégie.
kel-no-initiatives = Aucune initiative d’apprentissage ne sert encore cet objectif.
kel-new-objective = Rédiger un objectif
kel-edit-objective = Modifier cet objectif
kel-objective-intro = Rédigez l’objectif dans autant des cinq langues que possible. Chaque lecteur le voit dans sa langue, sinon en anglais, sinon dans la première langue rédigée. Une langue laissée vide n’est pas affichée.
kel-new-initiative = Lancer une initiative d’apprentissage
kel-edit-initiative = Modifier l’initiative
kel-initiative-title = Initiative d’apprentissage
kel-led-by = Pilotée par
kel-from = à partir du { $date }
kel-until = jusqu’au { $date }
kel-progress = { $total ->
    [0] Aucun jalon pour l’instant
   *[other] Jalons atteints : { $done } sur { $total }
}
kel-contributors-count = { $count ->
    [0] Aucune organisation contributrice pour l’instant
    [one] Une organisation contributrice
   *[other] { $count } organisations contributrices
}
kel-choose = Choisir…
kel-field-objective = Objectif
kel-field-lead = Organisation pilote
kel-field-title = Titre
kel-field-body = Ce qu’il vise
kel-field-summary = Ce que fait l’initiative et comment les membres y participent
kel-field-state = État
kel-field-starts = Commence le
kel-field-ends = Se termine le
kel-field-partners = Les organisations partenaires peuvent la suivre et y contribuer
kel-partners-admitted = Les organisations partenaires participent à cette initiative.
kel-state-planned = Prévue
kel-state-running = En cours
kel-state-completed = Terminée

kel-milestones = Jalons et avancement
kel-no-milestones = Aucun jalon pour l’instant.
kel-milestone-pending = À faire
kel-milestone-done = Atteint
kel-milestone-dropped = Abandonné
kel-milestone-late = En retard
kel-milestone-mark-done = Marquer comme atteint
kel-milestone-drop = Abandonner
kel-milestone-reopen = Rouvrir
kel-add-milestone = Ajouter un jalon
kel-field-due = Date

kel-contributions = Contributions
kel-contributors = Organisations contributrices
kel-no-contributions = Aucune contribution proposée pour l’instant.
kel-contribution-offered = En attente de réponse
kel-contribution-accepted = Acceptée
kel-contribution-declined = Refusée
kel-offer = Proposer une contribution
kel-offer-hint = Indiquez ce que votre organisation apportera, pour quand, et qui s’en chargera. L’organisation pilote de l’initiative répond ; sa réponse vous est notifiée.
kel-field-what = Ce que votre organisation apportera
kel-field-by-when = Pour quand
kel-field-who = Qui s’en chargera
kel-offer-button = Proposer cette contribution
kel-offered-by = proposée par
kel-reason = Motif
kel-reason-label = Votre réponse (un motif est nécessaire pour refuser)
kel-accept = Accepter
kel-decline = Refuser

kel-outputs = Résultats
kel-no-outputs = Aucun résultat lié pour l’instant.
kel-output-resource = Ressource
kel-output-practice = Pratique
kel-output-recording = Enregistrement
kel-output-community = Communauté
kel-output-exchange = Échange entre pairs
kel-field-address = Adresse d’une ressource, d’une pratique, d’un enregistrement, d’une communauté ou d’un échange entre pairs
kel-address-hint = Ouvrez-le dans Minga et copiez son adresse depuis le navigateur, par exemple https://…/library/…
kel-add-output = Lier ce résultat
kel-remove-output = Retirer

kel-timeline = Chronologie
kel-log-created = { $actor } a lancé l’initiative « { $detail } », pilotée par { $org }
kel-log-edited = { $actor } a mis à jour l’initiative
kel-log-offered = { $org } a proposé une contribution : { $detail }
kel-log-accepted = La contribution de { $org } a été acceptée : { $detail }
kel-log-declined = La contribution de { $org } a été refusée : { $detail }
kel-log-milestone-added = Jalon ajouté : { $detail }
kel-log-milestone-done = Jalon atteint : { $detail }
kel-log-milestone-dropped = Jalon abandonné : { $detail }
kel-log-milestone-reopened = Jalon rouvert : { $detail }
kel-log-output-added = { $org } a lié un résultat : { $detail }
kel-log-output-removed = { $actor } a retiré un résultat : { $detail }

error-kel-date = Indiquez la date au format année-mois-jour, par exemple 2027-03-31.
error-kel-date-past = Choisissez aujourd’hui ou une date ultérieure.
error-kel-ends-before = La fin doit venir après le début.
error-kel-state = Choisissez un état dans la liste.
error-kel-objective = Choisissez un objectif dans la liste.
error-kel-objective-empty = Rédigez le titre de l’objectif dans au moins une langue.
error-kel-lead = Choisissez l’organisation pilote dans la liste.
error-kel-lead-secretariat = Seul le Secrétariat peut confier une initiative à une autre organisation pilote.
error-kel-reason = Indiquez pourquoi vous refusez, pour que l’organisation puisse proposer autre chose.
error-kel-closed = Cette initiative est terminée : elle n’accepte plus de contributions.
error-kel-output-address = Collez l’adresse d’une ressource, d’une pratique, d’un enregistrement, d’une communauté ou d’un échange entre pairs dans Minga.
error-kel-output-unknown = Rien de ce que vous pouvez ouvrir ne se trouve à cette adresse.
error-kel-output-twice = Cette initiative est déjà liée à ce résultat.

notice-kel-objective-saved = Objectif enregistré.
notice-initiative-saved = Initiative enregistrée.
notice-milestone-added = Jalon ajouté.
notice-milestone-changed = Jalon mis à jour.
notice-contribution-offered = Contribution proposée. L’organisation pilote de l’initiative est prévenue.
notice-contribution-answered = Réponse enregistrée. L’organisation est prévenue.
notice-contribution-already-answered = Quelqu’un a répondu à cette proposition entre-temps : voyez la réponse ci-dessous.
notice-output-added = Résultat lié.
notice-output-removed = Résultat retiré. Son adresse figure dans le formulaire ci-dessous si vous voulez le lier à nouveau.

notification-kind-initiative = Initiatives d’apprentissage que votre organisation pilote ou auxquelles elle contribue
notification-text-initiative = { $event ->
    [offered] { $actor } a proposé une contribution à « { $title } »
    [accepted] Votre contribution à « { $title } » a été acceptée
    [declined] Votre contribution à « { $title } » a été refusée
   *[other] L’initiative d’apprentissage « { $title } » a avancé
}
