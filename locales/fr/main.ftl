## Mise en page, navigation, termes communs et erreurs

skip-to-content = Aller au contenu
nav-label = Principale
nav-orgs = Membres
nav-account = Mon compte
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
language-switcher = Langue
footer-text = Minga — le Centre d’apprentissage du réseau. Libre et open source.
save = Enregistrer
cancel = Annuler
choose = Choisir…
filter-any = Indifférent
filter-apply = Appliquer les filtres
filter-clear = Effacer les filtres
pager-label = Pages
pager-prev = Page précédente
pager-next = Page suivante
pager-position = Page { $page } sur { $pages }

home-title = Centre d’apprentissage
home-intro = Minga est l’espace où les coalitions, les organisations internationales et les partenaires du réseau partagent leurs connaissances : qui travaille sur quoi, où, et comment les joindre.
home-welcome-back = Bienvenue, { $name }
home-your-org = Votre organisation
home-edit-org = Modifier son profil
home-invite = Inviter des collègues
home-network = Le réseau
home-network-count = { $count ->
    [one] { $n } organisation visible, par région :
   *[other] { $n } organisations visibles, par région :
}
home-browse = Parcourir l’annuaire des membres

notice-saved = Vos modifications ont été enregistrées.
notice-invited = L’invitation a été envoyée par e-mail.
notice-welcome = Bienvenue ! Votre compte est prêt.
notice-password-changed = Votre mot de passe a été modifié.
notice-signed-out = Vous êtes déconnecté(e).
notice-archived = L’organisation est archivée : elle n’apparaît plus dans l’annuaire.
notice-restored = L’organisation figure de nouveau dans l’annuaire.
notice-created = L’organisation a été créée.

error-title = Une erreur s’est produite
error-home-link = Aller à la page d’accueil
error-400 = La requête n’a pas pu être comprise. Vérifiez ce que vous avez envoyé et réessayez.
error-403 = Vous n’avez pas l’autorisation d’effectuer cette action.
error-404 = Cette page n’existe pas, ou vous n’y avez pas accès.
error-409 = Quelqu’un a modifié ceci en même temps, ou le nom est déjà pris. Rechargez la page et réessayez.
error-429 = Trop de tentatives. Veuillez patienter quelques minutes, puis réessayer.
error-500 = Une erreur inattendue s’est produite de notre côté. Elle a été consignée ; veuillez réessayer plus tard.
error-csrf = Ce formulaire a expiré ou ne provient pas de ce site. Revenez en arrière, rechargez la page et réessayez.
error-form-summary = Veuillez corriger les problèmes ci-dessous.
error-required = Ce champ est obligatoire.
error-too-long = Ce texte est trop long.
error-markdown-too-complex = Ce texte produirait une page trop lourde (un tableau de nombreuses colonnes et lignes, ou des listes et citations imbriquées très profondément). Raccourcissez ses tableaux ou son imbrication ; tout ce que vous avez saisi est conservé.
error-text-invalid = Ce texte contient des caractères non autorisés.
error-choose-option = Veuillez choisir l’une des options.
error-email-invalid = Saisissez une adresse e-mail, par exemple nom@example.org.
error-url-invalid = Saisissez une adresse web commençant par https:// ou http://.
error-phone-invalid = Utilisez uniquement des chiffres, des espaces et + - ( ) . (40 caractères au maximum).
error-country-invalid = Choisissez un pays dans la liste.
error-slug-invalid = Utilisez des lettres minuscules, des chiffres et des traits d’union non consécutifs.
error-timezone-invalid = Choisissez un fuseau horaire dans la liste.

region-africa = Afrique
region-asia-pacific = Asie-Pacifique
region-latin-america-caribbean = Amérique latine et Caraïbes
region-mena = Moyen-Orient et Afrique du Nord
region-europe-north-america = Europe et Amérique du Nord
group-north = Nord global
group-south = Sud global
kind-coalition = Coalition nationale ou régionale
kind-international = Organisation internationale
kind-partner = Partenaire
kind-secretariat = Secrétariat
role-secretariat = Secrétariat
role-org-admin = Administrateur de l’organisation
role-member = Membre
role-partner = Partenaire

# Fichiers
file-size-kb = { $n } Ko
file-size-mb = { $n } Mo
error-file-too-large = « { $name } » dépasse { $max }, la taille maximale d’un fichier. Il n’a pas été conservé ; le reste du formulaire est tel que vous l’avez laissé.
error-file-empty = « { $name } » est vide : il n’a pas été conservé.
error-quota-exceeded = « { $name } » n’a pas été conservé : les fichiers de votre organisation dépasseraient leur espace de stockage de { $max }. Le reste du formulaire est tel que vous l’avez laissé ; demandez plus d’espace au Secrétariat si nécessaire.
error-file-interrupted = L’envoi de « { $name } » a été interrompu. Veuillez choisir à nouveau le fichier.
error-too-many-files = Une réponse peut s’appuyer sur 10 fichiers au plus. Décochez-en quelques-uns pour garder les autres.
error-too-many-files-at-once = Vous pouvez envoyer au plus { $max } fichiers à la fois ; les autres n’ont pas été conservés.
deadline-end-of-day = { $date }, en fin de journée (heure de { $zone })
error-field-named = { $field } : { $message }

## Home dashboards
home-round = Cycle de cartographie
home-fill-profile = Remplir le profil de votre organisation
home-see-profile = Voir le profil de votre organisation
home-to-answer = En attente de votre réponse
home-to-answer-none = Aucune demande n’attend la réponse de votre organisation.
home-asks-about = { $org } demande de l’aide sur { $item }
home-under-way = { $count ->
    [one] { $n } échange convenu ou en cours
   *[other] { $n } échanges convenus ou en cours
}
home-needs = Qui peut répondre à vos besoins
home-needs-none = Ajoutez au profil ce que votre organisation veut apprendre : les organisations qui peuvent aider apparaîtront ici.
home-need-match = { $item } : { $org }
home-all-matches = Toutes les correspondances
home-rounds-none = Aucun cycle n’est ouvert ni en préparation.
home-round-line = { $title } · { $state } · { $submitted } sur { $total } soumis
home-round-nobody = { $count ->
    [one] · { $n } sans personne pour le remplir
   *[other] · { $n } sans personne pour le remplir
}
home-exchanges = Échanges entre pairs dans le réseau
home-exchanges-none = Aucun échange entre pairs pour l’instant.

## profile form (issue 11)
error-413 = Ce que vous avez envoyé dépasse de loin ce qu’accepte un formulaire ici : il n’a pas pu être lu. Revenez en arrière, raccourcissez les textes les plus longs et réessayez.
error-text-field-too-large = C’est beaucoup trop long : seuls les { $max } premiers Ko ont été conservés. Raccourcissez-le.
error-file-kind = « { $name } » a été refusé : seuls les documents, tableurs, présentations, images, fichiers audio, vidéos et textes simples sont acceptés. Rien n’en a été conservé.
nav-waiting = { $count ->
    [one] { $n } demande à traiter
   *[other] { $n } demandes à traiter
}
home-your-exchanges = Vos échanges entre pairs
home-nobody = Personne pour remplir le profil
home-nobody-none = Chaque organisation membre a quelqu’un qui remplit son profil et reçoit les e-mails des cycles.
home-nobody-count = { $count ->
    [one] { $n } organisation membre n’a personne pour remplir son profil : aucun cycle ne peut l’atteindre. Invitez quelqu’un :
   *[other] { $n } organisations membres n’ont personne pour remplir leur profil : aucun cycle ne peut les atteindre. Invitez quelqu’un :
}

## notifications (issue 12)
nav-notifications = Notifications
nav-notifications-unread = { $count ->
    [one] { $n } notification non lue
   *[other] { $n } notifications non lues
}
nav-notifications-many = Plus de 99 notifications non lues
notification-someone = Quelqu’un
notification-text-reply = { $actor } a répondu à « { $topic } » dans { $community }
notification-text-mention = { $actor } vous a mentionné dans « { $topic } » dans { $community }
notification-text-new-topic = { $actor } a ouvert « { $topic } » dans { $community }
notification-text-new-event = Nouvel évènement dans { $community } : « { $title } »
notification-text-exchange = { $event ->
    [requested] { $org } demande votre soutien sur { $item }
    [message] { $actor } de { $org } a écrit au sujet de l’échange sur { $item }
   *[other] L’échange avec { $org } sur { $item } est maintenant « { $status } »
}
notification-text-round = { $event ->
    [reminder] Rappel : le profil de capacités pour « { $title } » est attendu d’ici le { $date }
   *[other] Nouveau cycle de cartographie « { $title } » : merci de mettre à jour votre profil de capacités d’ici le { $date }
}
notification-kind-reply = Réponses à ce que vous avez écrit
notification-kind-mention = Mentions de votre nom
notification-kind-new-topic = Nouveaux sujets dans les communautés que vous suivez
notification-kind-new-event = Nouveaux évènements dans les communautés que vous suivez
notification-kind-exchange = Échanges entre pairs de votre organisation
notification-kind-round = Cycles de cartographie
notification-delivery-off = Pas de courriel
notification-delivery-immediately = Courriel immédiat
notification-delivery-daily = Résumé quotidien
notifications-title = Notifications
notifications-none = Aucune notification pour l’instant. Les réponses, mentions, échanges et cycles de cartographie qui vous concernent apparaîtront ici.
notifications-unread = Non lue
notifications-mark-read = Marquer comme lue
notifications-mark-all-read = Tout marquer comme lu
notifications-older = Notifications plus anciennes
notifications-newest = Notifications les plus récentes
notifications-settings-link = Choisir les courriels que vous recevez
notifications-settings-title = Courriels de notification
notifications-settings-intro = Vos notifications sont toujours dans Minga. Pour chaque type, choisissez si vous recevez aussi un courriel immédiat, un résumé par jour ou aucun courriel. Les courriels arrivent dans votre langue.
notifications-settings-save = Enregistrer mes choix
account-notifications = Notifications
## Recordings and data saver (issue 12)
media-title = Enregistrement
media-list-title = Enregistrements et vidéos
media-list-empty = Aucun enregistrement pour l’instant.
media-new-title = Téléverser un enregistrement ou une vidéo
media-field-title = Titre
media-chapters = Chapitres
media-chapters-hint = Un par ligne : le moment, puis son titre, par exemple « 0:00 Introduction » ou « 1:02:30 Questions ».
media-captions-optional = Sous-titres (facultatif)
media-caption-language = Langue des sous-titres
media-caption-file = Fichier de sous-titres (WebVTT, .vtt)
media-caption-hint = Un fichier WebVTT : il commence par la ligne WEBVTT, puis les temps et les mots de chaque sous-titre.
media-file = Enregistrement ou vidéo
media-file-hint = Fichiers audio ou vidéo, jusqu’à { $max }.
media-upload = Téléverser
media-player = Lecteur
media-no-player = Votre navigateur ne peut pas lire ceci ici : téléchargez-le plutôt.
media-saver-intro = L’économiseur de données est activé : rien n’est téléchargé avant que vous choisissiez quoi lire.
media-captions = Sous-titres
media-transcript-link = Lire la transcription
media-no-captions = Cet enregistrement n’a pas encore de sous-titres.
media-downloads = Télécharger
media-edit-chapters = Modifier les chapitres
media-add-captions = Ajouter des sous-titres
media-transcript-title = Transcription
media-transcript-in = Sous-titres en { $language }.
media-transcript-others = Aussi en :
media-by = téléversé par { $name }
media-play-audio = Écouter le son seul ({ $size })
media-play-small = Lire la petite vidéo ({ $size })
media-play-original = Lire la vidéo complète ({ $size })
media-play-original-audio = Écouter ({ $size })
media-rendition-audio = Son seul — { $size }
media-rendition-small = Petite vidéo — { $size }
media-rendition-poster = Image fixe — { $size }
media-rendition-original = Tel que téléversé — { $size }
media-renditions-pending = Des versions plus légères (son seul, petite vidéo) sont en préparation ; revenez dans quelques minutes.
media-renditions-unavailable = Les versions plus légères (son seul, petite vidéo) ne sont pas disponibles sur ce serveur : seulement l’enregistrement tel que téléversé.
media-renditions-failed = Aucune version plus légère n’a pu être faite à partir de ce fichier : seulement l’enregistrement tel que téléversé.
error-media-kind = « { $name } » n’est pas un fichier audio ou vidéo ; il n’a pas été conservé.
error-media-missing = Choisissez l’enregistrement ou la vidéo à téléverser.
error-caption-missing = Choisissez un fichier de sous-titres.
error-chapter-line = La ligne { $line } n’est pas un moment suivi d’un titre, comme « 1:23 Questions ».
error-chapter-order = La ligne { $line } commence avant le chapitre précédent ; mettez les chapitres dans l’ordre.
error-chapter-too-many = La ligne { $line } est un chapitre de trop (100 au plus).
error-vtt-too-large = Ce fichier de sous-titres est trop volumineux (512 Ko au plus).
error-vtt-encoding = Ce fichier de sous-titres n’est pas du texte en UTF-8.
error-vtt-header = Ce n’est pas un fichier WebVTT : sa première ligne doit être WEBVTT (ligne { $line }).
error-vtt-timestamp = Ligne { $line } : les temps d’un sous-titre s’écrivent comme 00:01:02.500 --> 00:01:04.000.
error-vtt-end-before-start = Ligne { $line } : ce sous-titre finit avant de commencer.
error-vtt-order = Ligne { $line } : ce sous-titre commence avant le précédent.
error-vtt-no-cues = Ce fichier WebVTT ne contient aucun sous-titre.
data-saver-title = Économiseur de données
data-saver-label = Économiser les données : ne rien charger de lourd avant que je le demande
data-saver-hint = Les enregistrements proposent d’abord le son et ne chargent rien avant que vous appuyiez sur lecture ; les images arrivent dans leur plus petite taille.

## perms-notices
notification-text-join-request = { $actor } demande à rejoindre { $community }
notification-text-membership = { $event ->
    [accepted] Votre demande pour rejoindre { $community } a été acceptée
   *[other] { $actor } vous invite à rejoindre { $community }
}
notification-text-event-change = « { $title } » dans { $community } change d’horaire ou de lieu
notification-kind-join-request = Demandes pour rejoindre les communautés que vous modérez
notification-kind-membership = Invitations aux communautés et réponses à vos demandes
notification-kind-event-change = Changements des évènements auxquels vous participez
