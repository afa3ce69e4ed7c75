## Bonnes pratiques (issue 13)

notification-kind-practice = Bonnes pratiques de votre organisation, et relectures
notification-text-practice = { $event ->
    [submit] { $actor } a envoyé la pratique « { $title } » en relecture
    [request-changes] Le Secrétariat demande des modifications à la pratique « { $title } »
    [publish] La pratique « { $title } » est publiée
    [unpublish] La pratique « { $title } » est redevenue un brouillon
    [tried] { $actor } a indiqué que son organisation a essayé « { $title } »
   *[other] La pratique « { $title } » a avancé
}

nav-practices = Pratiques
practices-title = Bonnes pratiques
practices-intro = Ce que les organisations du réseau ont fait, comment, et ce que cela a changé — relu par le Secrétariat, avec les organisations qui l’ont essayé ensuite.
practices-write = Rédiger une pratique
practices-ours-title = Les pratiques de notre organisation
practices-review-title = Pratiques en attente de relecture
practices-filters = Filtrer les pratiques
practices-sort-newest = Les plus récentes d’abord
practices-sort-tried = Les plus essayées d’abord
practices-results = Pratiques
practices-count = { $count ->
    [one] { $n } pratique
   *[other] { $n } pratiques
}
practices-tried-count = { $count ->
    [0] Pas encore essayée ailleurs
    [one] Essayée par { $n } autre organisation
   *[other] Essayée par { $n } autres organisations
}
practices-empty-title = Aucune pratique pour l’instant
practices-empty = Les pratiques apparaissent ici une fois rédigées, relues et publiées.

practice-section-context = Contexte
practice-section-challenge = Le défi
practice-section-approach = Ce que nous avons fait
practice-section-results = Résultats et preuves
practice-section-lessons = Leçons apprises
practice-section-replicate = Comment le refaire ailleurs
practice-section-contact = À qui s’adresser
practice-hint-context = Où et quand : le pays, les organisations, les personnes concernées.
practice-hint-challenge = Le problème que vous vouliez résoudre, et pourquoi il était important.
practice-hint-approach = Les étapes suivies, qui y a pris part, ce que cela a coûté.
practice-hint-results = Ce qui a changé, et comment vous le savez : chiffres, documents, témoignages.
practice-hint-lessons = Ce qui a marché, ce qui n’a pas marché, ce que vous feriez autrement.
practice-hint-replicate = Ce dont une autre organisation a besoin pour faire de même : conditions, temps, compétences, argent.
practice-hint-contact = Une personne ou une fonction à qui écrire, si ce n’est pas l’adresse de l’organisation.

practice-state-draft = Brouillon
practice-state-submitted = En attente de relecture
practice-state-changes-requested = Modifications demandées
practice-state-published = Publiée
practices-note-draft = Un brouillon : seuls votre organisation et le Secrétariat le voient. Envoyez-le en relecture quand il est prêt.
practices-note-submitted = Envoyée en relecture : le Secrétariat la lit et commente chaque section, puis la publie ou demande des modifications.
practices-note-changes-requested = Le Secrétariat demande des modifications : lisez les commentaires à côté des sections, modifiez la pratique et renvoyez-la.

practices-new-title = Rédiger une pratique
practices-edit-title = Modifier la pratique
practices-form-intro = Rédigez chaque section avec vos propres mots ; seule la dernière est facultative. Chaque version enregistrée du brouillon est conservée.
practices-field-lang = Rédigée en
practices-field-title = Titre
practices-optional = facultatif
practices-field-orgs = Autres organisations qui y ont participé
practices-orgs-hint = Maintenez Ctrl (ou ⌘) enfoncé pour en choisir plusieurs.
practices-field-resources = Ressources de la bibliothèque
practices-resources-hint = Collez les adresses des ressources de la bibliothèque, une par ligne.
practices-save-hint = Enregistrez le brouillon au fur et à mesure : rien de ce qui est enregistré n’est perdu si la connexion coupe.
practices-save-draft = Enregistrer le brouillon
practices-submit = Envoyer en relecture
practices-edit = Modifier

practices-section-empty = Pas encore rédigée.
practices-comments = Commentaires de la relecture
practices-comment-on = Commentaire sur « { $section } »
practices-version-n = Version { $version }
practices-request-changes = Demander des modifications
practices-publish = Publier
practices-links = Liens
practices-versions-title = Versions
practices-versions-count = { $count ->
    [one] { $n } version
   *[other] { $n } versions
}
practices-history = La relecture jusqu’ici
practices-history-line = { $step } : { $name }, { $date } (version { $version })
practices-step-submit = Envoyée en relecture
practices-step-request-changes = Modifications demandées
practices-step-publish = Publiée
practices-step-unpublish = Redevenue un brouillon

practices-tried-title = Nous l’avons essayée
practices-tried-none = Aucune autre organisation n’a encore indiqué l’avoir essayée.
practices-tried-form = Votre organisation l’a essayée ? Dites-le au réseau
practices-tried-context = Notre contexte
practices-tried-results = Ce qui s’est passé
practices-tried-button = Indiquer que nous l’avons essayée

error-practice-section-required = Rédigez cette section avant d’envoyer la pratique en relecture.
error-practice-too-long = Restez en dessous de { $max } caractères pour cette section.
error-practice-org = Choisissez des organisations dans la liste.
error-practice-resource = « { $line } » n’est pas une ressource de la bibliothèque que vous pouvez lire.
error-practice-say-what = Indiquez ce qui doit changer, à côté de la section concernée.
error-practice-moved-on = Quelqu’un a modifié cette pratique entre-temps : rechargez-la et réessayez.
error-practice-tried-already = Votre organisation a déjà indiqué avoir essayé cette pratique.

notice-practice-saved = Brouillon enregistré.
notice-practice-submitted = Envoyée en relecture. Le Secrétariat est prévenu.
notice-practice-changes-requested = Renvoyée avec vos commentaires. Ses auteurs sont prévenus.
notice-practice-published = Publiée. Ses auteurs sont prévenus.
notice-practice-tried = Merci : votre expérience est enregistrée avec la pratique.
notice-practice-moved-on = Quelqu’un a modifié cette pratique entre-temps : la voici telle qu’elle est maintenant.
