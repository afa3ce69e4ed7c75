# Learning Communities (issue 12).

## Communities: errors
error-community-languages-required = Choisissez au moins une langue dans laquelle on y écrit.
error-community-invite-unknown = Personne dans le réseau n’a cette adresse e-mail. Demandez d’abord à son organisation de l’inviter dans Minga.
error-community-partners-not-admitted = Cette personne travaille pour une organisation partenaire, et cette communauté n’admet pas les partenaires.
error-community-already-member = Cette personne est déjà membre.
