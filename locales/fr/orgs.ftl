## L’annuaire des membres et les profils des organisations

orgs-title = Annuaire des membres
orgs-intro = Les coalitions, les organisations internationales et les partenaires du réseau.
orgs-new = Ajouter une organisation
orgs-filters = Filtrer l’annuaire
orgs-search = Le nom contient
orgs-include-archived = Inclure les organisations archivées
orgs-count = { $count ->
    [one] { $n } organisation
   *[other] { $n } organisations
}
orgs-empty-title = Aucune organisation à afficher
orgs-empty = L’annuaire est vide pour le moment.
orgs-empty-filtered = Aucune organisation ne correspond à ces filtres.
field-region = Région
field-country = Pays
field-kind = Type
field-group = Nord / Sud
field-org-name = Nom de l’organisation
field-description = Description
field-website = Site web
field-contact-email = E-mail de contact
field-contact-phone = Téléphone de contact
field-public = Afficher ce profil publiquement
field-invite-language = Langue de l’invitation
hint-markdown = Vous pouvez utiliser Markdown : **gras**, *italique*, listes et liens.
hint-public = Les profils publics sont visibles par tous. Les coordonnées et l’équipe ne sont affichées qu’aux membres connectés.

org-title = Organisation
org-back = ← Tous les membres
org-about = À propos
org-no-description = Pas encore de description.
org-demo = Données de démonstration
org-archived = Archivée
org-members-only = Réservé aux membres
org-edit = Modifier le profil
org-invite = Inviter des personnes
org-archive = Archiver
org-restore = Restaurer
org-updated = Dernière mise à jour
org-staff = Personnes
org-no-staff = Personne de cette organisation n’a encore rejoint Minga.
org-contacts-signed-in = Les coordonnées sont affichées aux membres du réseau connectés.
org-edit-title = Modifier l’organisation
org-new-title = Ajouter une organisation
org-derived = Déduit du pays
org-invite-title = Inviter une personne
org-invite-intro = Cette personne rejoindra { $org } avec le rôle que vous choisirez.
org-invite-submit = Envoyer l’invitation
org-invite-hint = Le lien d’invitation ne fonctionne qu’une fois et expire au bout de 7 jours.
error-role-needs-secretariat = Le rôle Secrétariat ne peut être attribué qu’au sein du Secrétariat.
error-role-secretariat-only = Au sein du Secrétariat, seul le rôle Secrétariat peut être attribué.
org-capacities = Points forts et besoins
org-no-strengths = Aucun point fort noté 2 ou 3 dans son dernier profil.
org-no-needs = Aucun besoin dans son dernier profil.
org-offers = propose d’aider ses pairs
org-could-help = Elle propose son aide en { $item }, dont votre organisation a besoin : sollicitez-la

## directory (issue 11)
orgs-search-any = Nom, pays ou thème
orgs-country-option = { $country } ({ $count })
pager-past-end-title = Cette page n’existe pas
pager-past-end = Les résultats s’arrêtent à la page { $pages }.
pager-last = Aller à la dernière page
field-override-reason = Motif d’une région ou d’un groupe différents
hint-override-reason = Obligatoire lorsque la région ou le groupe ne sont pas ceux du pays. Seul le Secrétariat le voit.
org-override-reason = Région ou groupe fixés par le Secrétariat :
error-override-reason-required = Indiquez pourquoi la région ou le groupe diffèrent de ceux du pays.
error-override-forbidden = Seul le Secrétariat peut fixer une région ou un groupe autres que ceux du pays.
## People and pictures (issue 11)
people-title = Personnes
people-count = { $count ->
    [one] { $n } personne
   *[other] { $n } personnes
}
people-role-of = Rôle de { $name }
people-change-role = Changer le rôle
people-remove = Retirer de l’organisation
people-remove-confirm = { $name } ne pourra plus se connecter. Ce qu’elle a écrit reste, sous son nom.
people-remove-confirm-button = Retirer
people-invitations = Invitations en attente
people-no-invitations = Aucune invitation en attente.
people-expires = Lien valable jusqu’au
people-actions = Actions
people-resend = Renvoyer
people-revoke = Annuler l’invitation
org-edit-details = Informations
error-last-admin-role = C’est le dernier administrateur de l’organisation : donnez d’abord le rôle d’administrateur à quelqu’un d’autre.
error-last-admin-remove = C’est le dernier administrateur de l’organisation, il ne peut pas être retiré : donnez d’abord le rôle d’administrateur à quelqu’un d’autre.
error-invite-already-in-org = Cette personne fait déjà partie de l’organisation.
notice-invitation-resent = L’invitation a été renvoyée avec un nouveau lien ; l’ancien lien ne fonctionne plus.
notice-invitation-revoked = L’invitation a été annulée ; son lien ne fonctionne plus.
notice-role-changed = Le rôle a été changé.
notice-person-removed = La personne a été retirée de l’organisation.
notice-picture-saved = L’image a été enregistrée.
notice-picture-removed = L’image a été retirée.
picture-logo = Logo
picture-logo-choose = Nouveau logo
picture-logo-alt = Logo de { $org }
picture-avatar = Photo
picture-avatar-choose = Nouvelle photo
picture-avatar-alt = Photo de { $name }
picture-hint = PNG, JPEG, GIF ou WebP. Elle est recadrée en carré autour de son centre.
picture-upload = Envoyer
picture-remove = Retirer l’image
error-picture-choose = Choisissez une image à envoyer.
error-picture-not-image = « { $name } » n’est pas une image que Minga sait lire : envoyez un fichier PNG, JPEG, GIF ou WebP.
error-picture-too-large = « { $name } » est trop grande : une image peut mesurer au plus { $max } pixels de large et de haut.
error-picture-corrupt = « { $name } » est endommagée et illisible. Essayez de l’enregistrer à nouveau.
