## discussions
topics-title = Sujets
topics-none = Aucun sujet pour l’instant.
topic-title = Sujet
topic-start = Lancer un sujet
topic-new-title = Lancer un sujet
topic-field-title = Titre
topic-field-body = Votre message
topic-body-hint = Le Markdown fonctionne : **gras**, listes, liens. Mentionnez une personne avec @ et la partie de son e-mail avant le @ (comme @maria), une organisation avec @ et la dernière partie de son adresse (comme @ong-educa).
topic-replies = { $count ->
    [one] 1 réponse
   *[other] { $n } réponses
}
topic-new-posts = { $count ->
    [one] 1 nouveau
   *[other] { $n } nouveaux
}
topic-page-of = Page { $page }
topic-first-unread = Aller au premier message non lu
topic-pinned = Épinglé
topic-locked = Verrouillé
topic-locked-hint = Ce sujet est verrouillé : personne ne peut répondre.
topic-follow = Suivre
topic-following = Vous suivez ce sujet.
topic-unfollow = Ne plus suivre
topic-mute = Mettre en sourdine
topic-muted = Vous avez mis ce sujet en sourdine : vous n’en serez pas averti.
topic-unmute = Réactiver
topic-reply = Répondre
topic-reply-label = Votre réponse
topic-answering = En réponse à { $name }
topic-answering-post = En réponse à un message précédent
topic-mention-here = Personnes ici :
topic-send = Envoyer la réponse
topic-save-draft = Enregistrer le brouillon
topic-sign-in-to-reply = Connectez-vous pour répondre
topic-moderate = Modérer ce sujet
topic-lock = Verrouiller
topic-unlock = Déverrouiller
topic-pin = Épingler
topic-unpin = Désépingler
topic-move-to = Déplacer vers la communauté (la dernière partie de son adresse)
topic-move = Déplacer
topic-split-posts = Réponses à déplacer dans un nouveau sujet
topic-split-hint = Leurs numéros, comme 5, 6, 9 ou 5-9 (le numéro figure dans l’adresse de chaque réponse, #p5).
topic-split-title = Titre du nouveau sujet
topic-split = Scinder
post-title = Message
post-reply = Répondre
post-quote = Citer
post-edit = Modifier
post-more = Plus
post-react = Réagir, signaler…
post-edited = modifié
post-edited-by = Modifié en dernier par { $name }
post-answers = En réponse à { $name } :
post-hidden = Masqué par la modération.
post-hidden-reason = Masqué par la modération : { $reason }
post-attach = Joindre des fichiers
post-history = Versions précédentes
post-flag = Signaler ce message
post-flag-reason = Pourquoi la modération devrait-elle le regarder ?
post-flag-send = Envoyer à la modération
post-moderate = Modération
post-hide-reason = Motif (son auteur le verra)
post-hide = Masquer ce message
post-unhide = Afficher de nouveau ce message
post-edit-title = Modifier un message
post-edit-hint = Les lecteurs peuvent voir les versions précédentes.
post-edit-save = Enregistrer les modifications
reaction-thumbs-up = J’aime
reaction-heart = J’adore
reaction-party = Bravo
reaction-idea = Éclairant
flags-title = Signalements en attente
flags-none = Aucun signalement en attente.
flags-reason = Motif :
flags-review = Examiner le message
flags-dismiss = Classer : rien à faire
modlog-title = Journal de modération
modlog-none = Aucune modération pour l’instant.
modlog-when = Quand
modlog-who = Qui
modlog-act = Quoi
modlog-topic = Sujet
modlog-reason = Motif
modlog-hide = A masqué un message
modlog-unhide = A réaffiché un message
modlog-lock = A verrouillé un sujet
modlog-unlock = A déverrouillé un sujet
modlog-pin = A épinglé un sujet
modlog-unpin = A désépinglé un sujet
modlog-move = A déplacé un sujet
modlog-split = A scindé un sujet
modlog-dismiss = A classé des signalements
modlog-edit = A modifié un message
error-topic-move-target = Choisissez une communauté que vous modérez.
error-topic-split-none = Indiquez au moins une réponse (pas le premier message) de ce sujet.
community-recent-topics = Sujets récents
community-all-topics = Tous les sujets
community-topics-new-since = { $count ->
    [one] 1 sujet a de nouveaux messages depuis votre dernière visite.
   *[other] { $n } sujets ont de nouveaux messages depuis votre dernière visite.
}
