# Learning Communities (issue 12).

## Communities: errors
error-community-languages-required = Choisissez au moins une langue dans laquelle on y écrit.
error-community-invite-unknown = Personne dans le réseau n’a cette adresse e-mail. Demandez d’abord à son organisation de l’inviter dans Minga.
error-community-partners-not-admitted = Cette personne travaille pour une organisation partenaire, et cette communauté n’admet pas les partenaires.
error-community-already-member = Cette personne est déjà membre.

## Communities: pages
nav-communities = Communautés
communities-title = Communautés d’apprentissage
communities-intro = Ici, les membres apprennent les uns des autres : discussions ouvertes, événements et enregistrements partagés, chaque communauté autour d’un thème du réseau.
communities-new = Nouvelle communauté
communities-create = Créer la communauté
communities-invitations = Invitations pour vous
communities-filters = Filtrer les communautés
communities-filter-theme = Thème ou capacité
communities-filter-language = Langue
communities-filter-mine = Seulement mes communautés
communities-count = { $count ->
    [one] { $n } communauté
   *[other] { $n } communautés
}
communities-empty-title = Aucune communauté à afficher
communities-empty = Il n’y a pas encore de communauté.
communities-empty-filtered = Aucune communauté ne correspond à ces filtres.
community-visibility-public = Publique
community-visibility-public-hint = Tout le monde peut la lire, même sans se connecter ; les personnes du réseau la rejoignent librement.
community-visibility-members = Membres seulement
community-visibility-members-hint = Seules les personnes du réseau la lisent ; elles la rejoignent librement.
community-visibility-invite-only = Sur invitation
community-visibility-invite-only-hint = Les personnes du réseau voient qu’elle existe et peuvent demander à la rejoindre ; seuls ses membres la lisent.
community-partners-admitted = Partenaires admis
community-hidden = Masquée
community-members-count = { $count ->
    [one] { $n } membre
   *[other] { $n } membres
}
community-standing-requested = Demande envoyée
community-standing-invited = Vous êtes invité·e
community-standing-member = Vous êtes membre
community-standing-moderator = Vous la modérez
community-last-visit = Votre dernière visite : { $when }.
community-note-hint = Facultatif : dites pourquoi vous souhaitez la rejoindre (jusqu’à { $max } caractères).
community-leave-confirm = Vous allez quitter { $title }. Vous pourrez la rejoindre plus tard.
community-you-are-invited = Vous êtes invité·e à rejoindre cette communauté.
community-accept = Accepter l’invitation
community-decline = Refuser
community-request-waiting = Votre demande attend la réponse d’un·e modérateur·rice.
community-withdraw = Retirer la demande
community-you-moderate = Vous modérez cette communauté.
community-you-are-member = Vous êtes membre de cette communauté.
community-join = Rejoindre la communauté
community-request-note = Message aux modérateurs
community-request = Demander à rejoindre
community-sign-in-to-join = Connectez-vous pour la rejoindre
community-edit = Modifier la communauté
community-requests-waiting = { $count ->
    [one] { $n } personne demande à rejoindre
   *[other] { $n } personnes demandent à rejoindre
}
community-purpose = À quoi sert cette communauté
community-members-only-inside = Seuls ses membres lisent ce qui s’écrit ici.
community-no-members = Personne ne l’a encore rejointe.
community-moderator = Modération
community-all-members = Voir tous les membres
community-leave = Quitter la communauté
community-leave-button = Quitter
community-field-title = Titre
community-field-purpose = Objet
community-field-themes = Thèmes et capacités
community-field-languages = Langues dans lesquelles on écrit
community-field-visibility = Qui peut la lire
community-field-partners = Admettre les personnes des organisations partenaires
community-chars-hint = Jusqu’à { $max } caractères.
community-purpose-hint = Ce que les membres apprendront et feront ensemble. Markdown : **gras**, listes, liens. Jusqu’à { $max } caractères.
community-save = Enregistrer
community-hide = Masquer la communauté
community-hide-hint = Personne d’autre que le Secrétariat ne la verra, ni rien de ce qu’elle contient, jusqu’à ce qu’elle soit de nouveau affichée.
community-show-again = Afficher de nouveau la communauté
community-show-again-hint = Ses membres et, selon qui peut la lire, d’autres la verront de nouveau.
community-members-title = Membres
community-requests = Demandes pour rejoindre
community-no-requests = Personne n’attend de réponse.
community-request-accept = Accepter
community-request-decline = Refuser
community-invite = Inviter quelqu’un
community-invite-email = Son adresse e-mail
community-invite-hint = Toute personne ayant un compte Minga. Elle accepte ou refuse sur la page de la communauté.
community-invite-send = Envoyer l’invitation
community-invited = Invitées, sans réponse
community-appoint = Nommer modérateur·rice
community-unappoint = Ne plus modérer
community-remove = Retirer
notice-community-created = La communauté a été créée.
notice-community-joined = Bienvenue : vous êtes maintenant membre.
notice-community-left = Vous ne faites plus partie de cette communauté.
notice-community-requested = Votre demande a été envoyée aux modérateurs.
notice-community-invited = L’invitation a été envoyée.
notice-community-answered = La réponse a été enregistrée.
notice-community-hidden = La communauté est masquée.
notice-community-shown = La communauté est de nouveau affichée.

## People's pages
person-title = Personne
person-language = Langue dans Minga
person-time = Heure chez elle
person-communities = Communautés
person-no-communities = Dans aucune communauté que vous pouvez voir.

## perms-notices
home-my-communities = Mes communautés
home-my-communities-none = Vous ne faites encore partie d’aucune communauté.
home-my-communities-find = Trouver une communauté
home-my-communities-all = Toutes les communautés
