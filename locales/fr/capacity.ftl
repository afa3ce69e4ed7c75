## La carte des capacités : profils, cycles, mises en relation

nav-capacity = Capacités
capacity-nav-label = Capacités
capacity-nav-profile = Notre profil
capacity-nav-matches = Mises en relation entre pairs
capacity-nav-map = Carte
capacity-nav-rounds = Cycles de cartographie

level-0 = 0 — aucun
level-1 = 1 — basique
level-2 = 2 — solide
level-3 = 3 — peut guider les autres
priority-high = Haute
priority-medium = Moyenne
priority-low = Basse
status-not_started = Non commencé
status-draft = Brouillon
status-submitted = Soumis
kind-theme-plural = Thèmes
kind-capacity-plural = Capacités techniques

profile-title = Profil de capacités
profile-intro = Évaluez votre organisation pour chaque thème et chaque capacité technique, de 0 (aucun) à 3 (peut guider les autres). Indiquez sur quoi repose votre évaluation, cochez ce que vous acceptez de partager avec vos pairs et listez ce que vous souhaitez apprendre.
profile-round = Cycle : { $title }. Date limite : { $date }.
profile-status = Statut : { $status }
profile-carried = Vos réponses de « { $title } » sont préremplies : vérifiez-les, modifiez ce qui a changé, puis soumettez le profil.
profile-no-round = Aucun cycle de cartographie n’est ouvert pour votre organisation en ce moment. C’est le Secrétariat qui ouvre les cycles ; le dernier profil soumis par votre organisation s’affiche ci-dessous.
profile-no-profile = Votre organisation n’a pas encore soumis de profil.
profile-read-only = Seuls les administrateurs de votre organisation peuvent modifier ce profil.
profile-languages = Langues de travail
profile-level = Niveau
profile-evidence = Éléments à l’appui (travaux réalisés, liens)
profile-share = Nous pouvons accompagner nos pairs dans ce domaine
profile-need = Nous souhaitons apprendre dans ce domaine
profile-need-none = Non
profile-need-description = De quoi avez-vous besoin exactement ?
profile-save-draft = Enregistrer le brouillon
profile-save-changes = Enregistrer les modifications
profile-submit = Soumettre le profil
notice-profile-draft = Brouillon enregistré. Soumettez le profil dès qu’il est prêt.
notice-profile-submitted = Merci : votre profil a été soumis. Vos pairs peuvent désormais vous trouver.
error-level-range = Choisissez un niveau de 0 à 3.
error-share-needs-level = Vous pouvez proposer un accompagnement à partir du niveau 2 (solide).
error-need-priority = Choisissez une priorité pour ce besoin, ou effacez sa description.
error-languages-required = Choisissez au moins une langue de travail.
error-no-open-round = Aucun cycle de cartographie n’est ouvert pour votre organisation.
error-code-invalid = Utilisez des lettres minuscules, des chiffres et des traits d’union.

matches-title = Mises en relation entre pairs
matches-intro = Pour chaque besoin de votre organisation, les membres qui peuvent vous aider, des plus pertinents aux moins pertinents, et pourquoi.
matches-none-profile = Votre organisation n’a encore indiqué aucun besoin. Ajoutez-les à votre profil de capacités pour voir qui peut vous aider.
matches-none-for-need = Personne ne propose encore d’accompagnement dans ce domaine. Le Secrétariat le considère comme une lacune du réseau.
matches-need = { $item } (priorité : { $priority })
reason-strength = Autoévaluation dans ce domaine : { $level }.
reason-evidence = Éléments à l’appui : « { $evidence } »
reason-languages = Travaille en { $languages }, comme vous.
reason-region = Même région que vous : { $region }.
reason-hours = { $hours ->
    [one] Sa journée de travail recoupe la vôtre pendant { $hours } heure.
   *[other] Sa journée de travail recoupe la vôtre pendant { $hours } heures.
}
reason-past = { $count ->
    [one] A mené à bien { $count } échange entre pairs.
   *[other] A mené à bien { $count } échanges entre pairs.
}
reason-together = { $count ->
    [one] A mené à bien { $count } échange avec vous.
   *[other] A mené à bien { $count } échanges avec vous.
}
reason-busy = { $count ->
    [one] Accompagne actuellement { $count } organisation.
   *[other] Accompagne actuellement { $count } organisations.
}

rounds-title = Cycles de cartographie
rounds-intro = Un cycle demande aux organisations de mettre à jour leur profil de capacités avant une date limite. Minga écrit par e-mail, dans leur langue, aux personnes qui remplissent chaque profil (ses administrateurs ou, pour une organisation partenaire, son personnel) et relance celles qui n’ont pas soumis à l’approche de la date limite.
rounds-none = Aucun cycle n’a encore été ouvert.
rounds-open-title = Préparer un cycle
rounds-field-title = Titre
rounds-field-deadline = Date limite
rounds-deadline-hint = Le cycle se clôt à la fin de ce jour, heure de { $zone }, pour tout le monde où qu’il se trouve.
rounds-scope = Organisations concernées (tous les membres si vous laissez « Indifférent »)
rounds-open-submit = Préparer le cycle
rounds-state-open = Ouvert
rounds-state-closed = Clôturé
rounds-state-overdue = Date limite dépassée
rounds-deadline = Date limite : { $date }
error-deadline-past = La date limite doit être une date future.
error-date-invalid = Saisissez une date, par exemple 2026-12-31.
error-round-no-orgs = Aucune organisation ne correspond à ce choix.
notice-round-opened = Le cycle est ouvert et les personnes qui remplissent les profils reçoivent un e-mail.

round-title = Avancement du cycle
round-by-region = Avancement par région
round-by-kind = Avancement par type d’organisation
round-overdue = En retard : profil non soumis après la date limite
round-none-overdue = Aucune organisation n’est en retard.
round-overdue-more = …et { $n } de plus : le CSV les liste toutes.
round-all = Toutes les organisations du cycle
round-csv = Télécharger au format CSV
round-total = Total
round-updated = Dernière modification
round-close = Clôturer le cycle
round-close-warning = { $count ->
    [one] { $n } organisation n’a pas soumis son profil. Une fois le cycle clos, personne ne peut plus y soumettre et aucun rappel n’est envoyé ; vous pourrez le rouvrir plus tard.
   *[other] { $n } organisations n’ont pas soumis leur profil. Une fois le cycle clos, personne ne peut plus y soumettre et aucun rappel n’est envoyé ; vous pourrez le rouvrir plus tard.
}
round-close-confirm = Oui, clore le cycle
round-reopen = Rouvrir le cycle
round-reopen-deadline = Nouvelle date limite
round-reopen-submit = Rouvrir jusqu’à ce jour
notice-round-closed = Le cycle est clôturé.
notice-round-reopened = Le cycle est de nouveau ouvert.

email-round-open-subject = { $network } : veuillez mettre à jour votre profil de capacités ({ $title })
email-round-open-body =
    Bonjour { $name },

    Le Secrétariat a ouvert le cycle de cartographie « { $title } ». Veuillez mettre à jour le profil de capacités de { $org } d’ici le { $date } : évaluez vos points forts, indiquez ce que vous acceptez de partager et ce que vous souhaitez apprendre, afin que les membres puissent apprendre les uns des autres.

    Vos réponses du cycle précédent sont déjà préremplies :
    { $link }
email-round-reminder-subject = { $network } : rappel concernant { $title }
email-round-reminder-body =
    Bonjour { $name },

    Le profil de capacités de { $org } pour « { $title } » n’a pas encore été soumis. La date limite est le { $date }.

    Cela ne prend que quelques minutes, et vos réponses du cycle précédent sont déjà préremplies :
    { $link }
profile-status-short = Statut

map-title = Carte des capacités
map-intro = Où se trouvent les points forts du réseau (organisations qui s’évaluent à 2 ou 3) et ce que les membres souhaitent apprendre, par thème et par région, pour le Nord global et le Sud global. Choisissez une cellule pour voir les organisations correspondantes.
map-filters = Filtres de la carte
map-round = Profils
map-current = Dernier profil de chaque organisation
map-compare = Comparer avec
map-compare-none = Aucune comparaison
map-item = Thème ou capacité
map-measure = Afficher
map-strengths = Points forts
map-needs = Besoins
map-empty = Aucun profil n’a encore été soumis pour cette sélection.
map-legend = Organisations :
map-no-countries = Aucune organisation n’est encore concernée.
world-title = Carte mondiale des capacités
map-world-intro = Un thème ou une capacité, pays par pays. Les cartes de chaleur par région se trouvent
    sur la page de la carte des capacités :
map-world-hint = Choisissez un thème ou une capacité pour le voir sur la carte mondiale, pays par pays, ou ouvrez la
map-group-none = Aucun profil d’une organisation de ce groupe n’est encore compté.
map-group-zero = Aucune organisation de ce groupe n’en a encore aucun.
map-table = La carte sous forme de tableau
map-organisations = Organisations
map-cell-title = Organisations sur la carte
map-cell-empty = Aucune organisation ne correspond.

capacity-nav-exchanges = Échanges entre pairs
exchange-status-requested = Demandé
exchange-status-agreed = Accepté
exchange-status-in-progress = En cours
exchange-status-completed = Terminé
exchange-status-declined = Refusé
exchanges-title = Échanges entre pairs
exchanges-intro = Les échanges que votre organisation a demandés ou qu’on lui a demandés, du plus récent au plus ancien.
exchanges-none = Aucun échange pour l’instant. Demandez-en un à partir de vos mises en relation entre pairs.
exchanges-asked = Demande envoyée à { $org }
exchanges-asked-by = Demande reçue de { $org }
exchange-title = Échange entre pairs
exchange-about = Domaine : { $item }
exchange-message = Demande
exchange-reply = Réponse
exchange-outcome-seeker = Ce que l’organisation demandeuse a appris
exchange-outcome-helper = Ce que l’organisation qui apporte son accompagnement a appris
exchange-step-accept = Accepter
exchange-step-decline = Refuser
exchange-step-start = Marquer comme en cours
exchange-step-complete = Marquer comme terminé
exchange-text-reply = Votre réponse (facultatif)
exchange-text-outcome = Ce qui en est ressorti et ce que vous avez appris (n’hésitez pas à ajouter des liens vers ce qui a été produit)
exchange-outcome-save = Enregistrer ce que nous avons appris
exchange-request = Demander un échange
matches-engaged = Vous les avez déjà sollicités pour ce besoin. L’échange :
exchange-request-message = Votre message : ce dont vous avez besoin et comment vous aimeriez travailler ensemble
exchange-request-send = Envoyer la demande
exchange-secretariat-view = Vous consultez cet échange en tant que Secrétariat.
error-exchange-exists = Vous avez déjà un échange en cours avec cette organisation pour ce besoin.
error-exchange-moved = Quelqu’un d’autre a déjà répondu à cet échange. Rechargez la page.
notice-exchange-requested = Votre demande a été envoyée. Vous recevrez une réponse par e-mail.
notice-exchange-updated = L’échange a été mis à jour et l’autre organisation en a été informée par e-mail.

email-exchange-requested-subject = { $network } : { $org } sollicite votre accompagnement au sujet de { $item }
email-exchange-requested-body =
    Bonjour { $name },

    { $org } souhaite apprendre de votre organisation au sujet de { $item }. Son message :

    { $message }

    Statut : { $status }. Acceptez ou refusez la demande sur Minga :
    { $link }
email-exchange-agreed-subject = { $network } : l’échange avec { $org } au sujet de { $item } est désormais « { $status } »
email-exchange-agreed-body =
    Bonjour { $name },

    Bonne nouvelle : { $org } a accepté votre demande d’échange entre pairs au sujet de { $item }. Statut : { $status }. Voici sa réponse :
    { $link }
email-exchange-declined-subject = { $network } : l’échange avec { $org } au sujet de { $item } est désormais « { $status } »
email-exchange-declined-body =
    Bonjour { $name },

    { $org } ne peut pas vous accompagner cette fois-ci au sujet de { $item }. Statut : { $status }. Retrouvez sa réponse sur Minga, ainsi que d’autres organisations qui peuvent vous aider :
    { $link }
email-exchange-in-progress-subject = { $network } : l’échange avec { $org } au sujet de { $item } est désormais « { $status } »
email-exchange-in-progress-body =
    Bonjour { $name },

    { $org } a fait avancer votre échange entre pairs au sujet de { $item }. Statut : { $status }.
    { $link }
email-exchange-completed-subject = { $network } : l’échange avec { $org } au sujet de { $item } est désormais « { $status } »
email-exchange-completed-body =
    Bonjour { $name },

    { $org } a consigné la fin de votre échange entre pairs au sujet de { $item }. Statut : { $status }. Veuillez indiquer ce que votre organisation a appris, afin que le réseau puisse lui aussi en tirer des enseignements :
    { $link }

capacity-nav-taxonomy = Thèmes et capacités
taxonomy-title = Thèmes et capacités
taxonomy-intro = Les thèmes et les capacités techniques sur lesquels les organisations s’autoévaluent. Les noms doivent être renseignés dans les cinq langues ; les descriptions et les termes de recherche aident les membres à faire leur choix.
taxonomy-new = Ajouter un thème ou une capacité
taxonomy-edit-title = Thème ou capacité
taxonomy-code = Code
taxonomy-code-hint = Lettres minuscules, chiffres et traits d’union, par exemple digital-advocacy. Ce code ne pourra plus être modifié par la suite.
taxonomy-position = Position dans la liste
taxonomy-label = Nom
taxonomy-description = Description
taxonomy-synonyms = Termes de recherche, séparés par des virgules
error-code-taken = Ce code est déjà utilisé.
error-number-invalid = Saisissez un nombre entier.
gaps-title = Lacunes : besoins pour lesquels personne ne propose d’accompagnement
gaps-intro = Besoins indiqués par les membres pour lesquels aucune organisation s’évaluant à 2 ou plus ne propose d’accompagnement, ventilés par région.
gaps-none = Aucune lacune : quelqu’un propose un accompagnement pour chacun des besoins indiqués.
gaps-count = organisations ayant ce besoin : { $n }

profile-upload = Ajouter des fichiers
profile-upload-hint = (rapports, photos, enregistrements ; jusqu’à { $max } chacun)
exchange-resources = Ce qu’il a produit
exchange-upload = Joignez ce que l’échange a produit
matches-evidence-files = Justificatifs partagés :

## Rounds prepared as drafts, in several languages, with who fills in each profile
rounds-field-title-in = Titre en { $language }
rounds-field-message-in = Message en { $language } (facultatif)
rounds-texts = Titre et message
rounds-texts-hint = Écrivez-les dans toutes les langues que vous pouvez : chacun voit la sienne, sinon le premier titre écrit.
rounds-open-intro = Vous verrez la liste des organisations, et qui recevra un e-mail, avant l’ouverture du cycle.
rounds-state-draft = Brouillon : pas encore ouvert
round-draft-title = Préparer un cycle
round-draft-intro = Ce cycle n’est pas encore ouvert : personne n’a été sollicité ni n’a reçu d’e-mail. Vérifiez ses organisations, ajoutez-en ou retirez-en, puis ouvrez-le.
round-draft-open = Ouvrir le cycle
round-draft-orgs = { $count ->
    [one] { $n } organisation.
   *[other] { $n } organisations.
}
round-draft-people = { $count ->
    [one] { $n } personne remplit ces profils et recevra un e-mail.
   *[other] { $n } personnes remplissent ces profils et recevront un e-mail.
}
round-open-submit = { $count ->
    [one] Ouvrir le cycle et écrire à { $n } personne
   *[other] Ouvrir le cycle et écrire à { $n } personnes
}
round-nobody-warning = { $count ->
    [one] { $n } organisation n’a personne pour remplir son profil (aucun administrateur et, s’il s’agit d’un partenaire, aucun membre du personnel) : invitez quelqu’un d’abord, ou retirez-la.
   *[other] { $n } organisations n’ont personne pour remplir leur profil (aucun administrateur et, s’il s’agit de partenaires, aucun membre du personnel) : invitez quelqu’un d’abord, ou retirez-les.
}
round-nobody-invite = Inviter quelqu’un
round-nobody-title = Personne pour remplir le profil
round-nobody-open = { $count ->
    [one] { $n } organisation de ce cycle n’a personne pour remplir son profil : personne n’y a reçu d’e-mail. Invitez quelqu’un : il pourra le remplir dès son arrivée.
   *[other] { $n } organisations de ce cycle n’ont personne pour remplir leur profil : personne n’y a reçu d’e-mail. Invitez quelqu’un : ils pourront le remplir dès leur arrivée.
}
round-draft-list = Organisations de ce cycle
round-draft-empty = Ce cycle n’a encore aucune organisation : ajoutez-en ci-dessous.
round-fillers = Qui le remplit
round-nobody = Personne
round-somebody = Quelqu’un peut
round-remove = Retirer
round-add = Ajouter des organisations
round-add-search = Nom, pays ou thème
round-add-find = Chercher
round-add-none = Aucune organisation hors de ce cycle ne correspond.
round-add-one = Ajouter
round-add-matching = Ajouter toutes celles qui correspondent
round-add-matching-submit = Les ajouter
round-edit = Modifier le titre, le message ou la date limite
round-edit-submit = Enregistrer
round-delete = Supprimer ce brouillon
round-delete-warning = Le brouillon et sa liste sont supprimés. Personne n’a encore été sollicité : personne n’est prévenu.
round-delete-confirm = Oui, supprimer le brouillon
notice-round-prepared = Le cycle est préparé. Vérifiez ses organisations, puis ouvrez-le.
notice-round-deleted = Le brouillon est supprimé.
error-round-message-needs-title = Un message a besoin d’un titre dans la même langue.
error-round-title-required = Donnez au cycle un titre dans au moins une langue.
error-too-long-max = C’est trop long : { $max } caractères au plus.
email-round-message-intro = Le Secrétariat ajoute :
profile-filled-by = Le profil de votre organisation est rempli par { $names }.
profile-filled-by-nobody = Personne dans votre organisation ne peut encore remplir ce profil. Le Secrétariat le voit et invitera quelqu’un.
## profile form (issue 11)
profile-not-answered = Sans réponse
profile-answered-of = { $n } sur { $total } renseignés
profile-limit = jusqu’à { $max } caractères
profile-jump = Parties du formulaire
profile-error-item = { $item } : { $message }
profile-kept-unsaved = Ce que vous avez saisi a été conservé quand vous avez changé de langue. Ce n’est pas encore enregistré : enregistrez un brouillon ou envoyez-le.
profile-sent-title = Ce que vous avez envoyé
profile-sent-needs = Vos besoins
profile-sent-matches = Voir les pairs qui peuvent vous aider
error-level-required = { $item } a des éléments à l’appui mais pas de niveau : choisissez-en un (0 — aucun est une réponse).
error-evidence-too-long = Les éléments à l’appui pour { $item } sont trop longs : { $max } caractères au plus, et il y en a { $count }.
error-need-too-long = La description du besoin pour { $item } est trop longue : { $max } caractères au plus, et il y en a { $count }.
## Exchanges people can follow (issue 11): emails
email-exchange-withdrawn-subject = { $network } : l’échange avec { $org } au sujet de { $item } est désormais « { $status } »
email-exchange-withdrawn-body =
    Bonjour { $name },

    { $org } a retiré sa demande d’échange entre pairs au sujet de { $item } ; vous n’avez plus rien à faire. Statut : { $status }.
    { $link }
email-exchange-message-subject = { $network } : { $org } vous a écrit au sujet de l’échange sur { $item }
email-exchange-message-body =
    Bonjour { $name },

    { $org } a écrit dans votre échange entre pairs au sujet de { $item } :

    { $message }

    Répondez sur Minga :
    { $link }

## Exchanges people can follow (issue 11): pages
exchange-status-withdrawn = Retirée
exchange-step-withdraw = Retirer la demande
exchange-withdraw-warning = L’organisation sollicitée en est informée par courriel. Une demande retirée ne peut pas être rouverte ; vous pourrez en envoyer une nouvelle plus tard.
exchange-withdraw-confirm = Oui, retirer la demande
exchange-asked = Demandé par
exchange-answered = Réponse de
exchange-person-of = { $person } ({ $org })
exchange-people = Personnes impliquées
exchange-people-hint = Seules les deux organisations et le Secrétariat voient ces coordonnées.
exchange-people-org = Organisation
exchange-thread = Messages
exchange-thread-none = Aucun message pour l’instant.
exchange-thread-write = Votre message
exchange-thread-hint = Texte simple ou Markdown. Les personnes impliquées de l’autre organisation le reçoivent par courriel, dans leur langue.
exchange-thread-send = Envoyer le message
notice-message-sent = Votre message est envoyé.
exchanges-network-intro = Tous les échanges entre pairs du réseau, du plus récemment modifié au plus ancien. Une région ou un groupe correspond à l’une ou l’autre des organisations.
exchanges-filters = Filtrer les échanges
exchanges-filter-status = Statut
exchanges-filter-item = Capacité
exchanges-count = { $count ->
    [one] { $n } échange
   *[other] { $n } échanges
}
exchanges-network-none = Aucun échange ne correspond à ces filtres.
exchanges-between = { $seeker } a sollicité { $helper }
reason-item-completed = { $count ->
    [one] A mené à terme { $count } échange entre pairs sur cette capacité.
   *[other] A mené à terme { $count } échanges entre pairs sur cette capacité.
}
reason-item-learnt = { $count ->
    [one] Pour { $count } d’entre eux, l’organisation accompagnée a consigné ce qu’elle a appris.
   *[other] Pour { $count } d’entre eux, les organisations accompagnées ont consigné ce qu’elles ont appris.
}
reason-item-declined = { $count ->
    [one] A décliné { $count } demande sur cette capacité.
   *[other] A décliné { $count } demandes sur cette capacité.
}
