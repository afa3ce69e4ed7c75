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
