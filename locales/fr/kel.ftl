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

## Consultations

kel-objectives = Les objectifs de la stratégie
consultations-title = Consultations
consultations-none = Aucune consultation pour l’instant.
consultation-new = Préparer une consultation
consultation-edit = Modifier la consultation
consultation-title = Consultation
consultation-translate = Traduire la consultation
consultation-synthesis-write = Rédiger la synthèse
consultation-results = Réponses
consultation-question-title = Réponses à une question
consultation-kind-open = Réponse libre
consultation-kind-choice = Un seul choix dans une liste
consultation-kind-scale = Une échelle de 1 à 5
consultation-answer-open = Rédigez votre réponse
consultation-answer-choice = Choisissez une réponse
consultation-answer-scale = De 1 (pas du tout) à 5 (tout à fait)
consultation-form-intro = La consultation reste un brouillon, visible uniquement par le Secrétariat, jusqu’à ce que vous l’ouvriez. Les organisations consultées sont alors prévenues, puis relancées une semaine et de nouveau un jour avant la date limite si elles n’ont pas répondu.
consultation-field-lang = Langue dans laquelle vous rédigez
consultation-field-document = Le document de discussion (son texte, ou un résumé)
consultation-document-hint = Les retours à la ligne sont conservés. Ajoutez d’autres langues une fois la consultation enregistrée.
consultation-field-resource = Le fichier du document dans la bibliothèque (facultatif)
consultation-resource-hint = Partagez d’abord le fichier dans la bibliothèque (dans chaque langue où vous l’avez), puis collez son adresse ici, par exemple https://…/library/…
consultation-field-deadline = Date limite
consultation-field-audience = Qui est consulté
consultation-audience-all = Toutes les organisations membres (coalitions et organisations internationales)
consultation-audience-some = Seulement les organisations choisies ci-dessous
consultation-field-orgs = Organisations consultées
consultation-questions = Questions
consultation-questions-hint = Les lignes laissées vides ne sont pas enregistrées. Pour un choix, écrivez une option par ligne.
consultation-question-n = Question { $n }
consultation-field-kind = Type de réponse
consultation-field-prompt = Question
consultation-field-choices = Options, une par ligne
consultation-more-rows = Ajouter des lignes de questions
consultation-save-draft = Enregistrer le brouillon
consultation-translate-intro = Rédigez la consultation dans cette langue ; l’original figure au-dessus de chaque question. Autres langues :
consultation-synthesis-intro = Ce que le Secrétariat retient des réponses, dans autant de langues que possible. Chaque membre la lit sur la page de la consultation.
consultation-share-answers = Permettre aussi aux membres de lire toutes les réponses (sinon, les réponses de chaque organisation ne sont visibles que par le Secrétariat)
consultation-publish-synthesis = Publier la synthèse
consultation-draft = Brouillon
consultation-closed = Clôturée
consultation-open = Ouverte
consultation-deadline = Réponses attendues d’ici le { $date }
consultation-responses-count = { $count ->
    [0] Aucune réponse pour l’instant
    [one] Une réponse
   *[other] { $count } réponses
}
consultation-open-button = L’ouvrir aux organisations consultées
consultation-translations = Langues :
consultation-move-deadline = Nouvelle date limite
consultation-move-deadline-button = Modifier la date limite
consultation-synthesis = Synthèse
consultation-document = Le document de discussion
consultation-document-file = le fichier, dans la bibliothèque
consultation-status-none = Votre organisation n’a pas encore répondu.
consultation-status-draft = La réponse de votre organisation est un brouillon, enregistré pour la dernière fois le { $date } par { $name }.
consultation-status-submitted = La réponse de votre organisation a été soumise le { $date } par { $name }. Vous pouvez la modifier jusqu’à la date limite.
consultation-hint-admin = Enregistrez un brouillon aussi souvent que vous le souhaitez ; vos collègues le voient et peuvent le compléter. La soumission envoie la réponse de votre organisation.
consultation-hint-staff = Enregistrez un brouillon ; vos collègues le voient et peuvent le compléter. C’est un administrateur de votre organisation qui le soumet.
consultation-not-asked = Cette consultation ne s’adresse pas à votre organisation.
consultation-save-response = Enregistrer le brouillon
consultation-submit = Soumettre la réponse de notre organisation
consultation-resubmit = Soumettre les modifications
consultation-ours-none = Votre organisation n’a pas répondu
consultation-ours-draft = La réponse de votre organisation est un brouillon
consultation-ours-submitted = Votre organisation a répondu
consultation-answered-of = { $n } organisations consultées sur { $total } ont répondu.
consultation-group-by = Regrouper les réponses par
consultation-by-region = Région
consultation-by-kind = Type d’organisation
consultation-by-group = Nord global et Sud global
consultation-export = Exporter (CSV)
consultation-show = Afficher
consultation-answered-by-group = Réponses par groupe
consultation-question-document = Toutes les réponses à cette question, à lire ou à imprimer
consultation-no-answers = Aucune réponse pour l’instant.
consultation-scale-value = Valeur
consultation-choice = Choix
consultation-all = Ensemble
consultation-mean = Moyenne
consultation-missing = Organisations qui n’ont pas répondu
consultation-missing-none = Toutes les organisations consultées ont répondu.
consultation-draft-begun = brouillon commencé
consultation-submitted-at = Date de soumission

error-consultation-kind = Choisissez le type de réponse dans la liste.
error-consultation-choices = Écrivez au moins deux options, une par ligne.
error-consultation-no-question = Écrivez au moins une question.
error-consultation-choice = Choisissez l’une des réponses proposées.
error-consultation-audience = Choisissez les organisations consultées, ou consultez toutes les organisations membres.
error-consultation-choice-count = Écrivez { $n } options, une par ligne, dans le même ordre que l’original.
error-consultation-closed = La date limite est passée : la consultation n’accepte plus de réponses. Ce que vous avez saisi figure ci-dessous, pour que vous puissiez le conserver.
error-consultation-unanswered = Répondez à cette question avant de soumettre, ou enregistrez un brouillon.
error-consultation-changed = Un collègue a enregistré la réponse de votre organisation entre-temps. Sa version figure ci-dessous, avec vos réponses par-dessus : vérifiez-les et enregistrez à nouveau.
error-consultation-not-open = Ouvrez d’abord la consultation.
error-consultation-synthesis = Rédigez la synthèse dans au moins une langue.

notice-consultation-saved = Consultation enregistrée.
notice-consultation-translated = Traduction enregistrée.
notice-consultation-opened = La consultation est ouverte. Les organisations consultées sont prévenues.
notice-consultation-open-already = La consultation est déjà ouverte : ses questions ne peuvent plus changer.
notice-consultation-deadline-past = Reportez la date limite à un jour ultérieur avant d’ouvrir la consultation.
notice-consultation-deadline-moved = Date limite modifiée.
notice-synthesis-published = Synthèse publiée. Les organisations consultées sont prévenues.
notice-response-saved = Brouillon enregistré. Vos collègues peuvent le voir.
notice-response-submitted = La réponse de votre organisation est soumise. Merci.

notification-kind-consultation = Consultations qui s’adressent à votre organisation
notification-text-consultation = { $event ->
    [open] Le Secrétariat consulte votre organisation : « { $title } »
    [reminder] La date limite de « { $title } » est dans une semaine, et votre organisation n’a pas répondu
    [reminder-last] La date limite de « { $title } » est demain, et votre organisation n’a pas répondu
    [synthesis] La synthèse de « { $title } » est publiée
   *[other] La consultation « { $title } » a avancé
}
