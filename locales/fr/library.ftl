## La bibliothèque de ressources (issue 13)

nav-library = Bibliothèque

library-title = Bibliothèque
library-intro = Rapports, boîtes à outils, notes d’orientation, supports de formation, enregistrements et données que partagent les membres du réseau, dans toutes les langues où ils existent.
library-share = Partager une ressource
library-featured = Sélectionnées par le Secrétariat
library-featured-tag = À la une
library-filters = Filtrer la bibliothèque
library-search = Mots du titre ou du résumé
library-field-kind = Type
library-field-item = Thème ou capacité
library-field-items = Thèmes et capacités
library-field-lang = Langue
library-field-year = Année de publication
library-field-sort = Ordre
library-sort-newest = Les plus récentes d’abord
library-sort-title = Par titre
library-choice-count = { $label } ({ $n })
library-results = Ressources
library-count = { $count ->
    [one] { $n } ressource
   *[other] { $n } ressources
}
library-empty-title = Rien n’a encore été partagé
library-empty = La bibliothèque se remplit à mesure que les membres partagent ce qu’ils ont produit et utilisé.
library-empty-filtered-title = Aucune ressource ne correspond
library-empty-filtered = Essayez avec moins de filtres ou d’autres mots.
library-also-in = Aussi en :
library-link-to = lien vers { $host }
library-archived = archivées
library-show-archived = Voir les ressources archivées
library-show-current = Revenir aux ressources actuelles
library-global = Mondial (aucun pays)
library-lang-other = Autre langue

library-kind-report = Rapport
library-kind-toolkit = Boîte à outils
library-kind-policy-brief = Note d’orientation
library-kind-training = Support de formation
library-kind-recording = Enregistrement
library-kind-dataset = Jeu de données
library-kind-presentation = Présentation
library-kind-article = Article
library-kind-other = Autre

library-licence-cc-by = Creative Commons Attribution (CC BY)
library-licence-cc-by-sa = Creative Commons Attribution - Partage dans les Mêmes Conditions (CC BY-SA)
library-licence-cc-by-nc = Creative Commons Attribution - Pas d’Utilisation Commerciale (CC BY-NC)
library-licence-cc-by-nc-sa = Creative Commons Attribution - Pas d’Utilisation Commerciale - Partage dans les Mêmes Conditions (CC BY-NC-SA)
library-licence-cc-by-nd = Creative Commons Attribution - Pas de Modification (CC BY-ND)
library-licence-cc-by-nc-nd = Creative Commons Attribution - Pas d’Utilisation Commerciale - Pas de Modification (CC BY-NC-ND)
library-licence-cc0 = Domaine public (CC0)
library-licence-copyright = Tous droits réservés
library-licence-unknown = Non précisée

library-reach-public = Tout le monde, y compris les personnes non connectées
library-reach-members = Les organisations membres du réseau
library-reach-community = Les personnes qui peuvent lire une communauté
library-reach-community-named = Les personnes qui peuvent lire la communauté { $community }

library-origin = Provenance
library-origin-exchange = Issu de l’échange entre pairs qui a réuni { $seeker } et { $helper }
library-origin-exchange-short = Résultat d’un échange entre pairs
library-origin-recording = Un enregistrement de la communauté { $community }
library-origin-recording-network = Un enregistrement partagé avec tout le réseau

library-about = À propos de cette ressource
library-field-countries = Pays
library-field-licence = Licence
library-field-reach = Qui peut la lire
library-shared-by = Partagée par
library-download = Télécharger
library-open-link = L’ouvrir sur { $host }
library-play = Lire l’enregistrement
library-see-preview = Voir la première page
library-preview-waiting = Un aperçu de la première page est en cours de création.
library-archived-note = Le Secrétariat a archivé cette ressource : elle n’apparaît plus dans la bibliothèque.
library-add-language = Ajouter une langue

library-curate = Gérer
library-feature = Mettre à la une de la bibliothèque
library-unfeature = Retirer de la une
library-archive = Archiver
library-restore = Remettre dans la bibliothèque
library-merge-into = Fusionner ce doublon avec
library-merge-hint = Collez l’adresse de la ressource à conserver. Les langues qui lui manquent sont reprises de celle-ci, et cette adresse mènera à elle.
library-merge = Fusionner

library-preview-title = Première page
library-preview-alt = Première page de { $title }
library-preview-caption = Une petite image de la première page, pour juger avant de télécharger.

library-new-title = Partager une ressource
library-new-intro = Partagez-en une langue maintenant ; vous pourrez ajouter les autres ensuite.
library-translate-title = Ajouter une langue
library-translate-intro = Une autre langue de :
library-field-title = Titre
library-field-summary = Résumé
library-summary-hint = Ce que c’est, pour qui, et ce que l’on y trouvera.
library-file-or-link = Le fichier, ou un lien vers celui-ci
library-field-file = Fichier
library-file-kept = Ce fichier est conservé de votre dernier essai : décochez-le pour ne pas l’inclure.
library-field-url = Ou une adresse web
library-url-hint = Lorsque la ressource se trouve sur un autre site.
library-choose = Choisir…
library-year-hint = Quatre chiffres, par exemple 2024. Laissez vide si vous ne savez pas.
library-field-community = Communauté
library-no-community = Aucune
library-themes = Thèmes
library-capacities = Capacités techniques
library-countries-hint = Laissez vide pour une ressource qui concerne le monde entier. Maintenez Ctrl (ou ⌘) enfoncé pour en choisir plusieurs.

error-library-lang = Choisissez la langue de cette version.
error-library-lang-taken = Cette ressource existe déjà dans cette langue.
error-library-file-or-link = Choisissez un fichier ou indiquez une adresse web.
error-library-not-both = Indiquez un fichier ou une adresse web, pas les deux.
error-library-kind = Choisissez le type de ressource.
error-library-licence = Choisissez une licence dans la liste.
error-library-year = Saisissez une année entre { $min } et { $max }, ou laissez vide.
error-library-reach = Choisissez qui peut la lire.
error-library-community = Choisissez une communauté dont vous faites partie.
error-library-item = Choisissez des thèmes et des capacités dans la liste.
error-library-too-many = Choisissez-en { $max } au plus.
error-library-too-long = Restez en dessous de { $max } caractères.
error-library-merge-target = Collez l’adresse d’une autre ressource de la bibliothèque.

notice-resource-shared = Partagée. Merci : elle est maintenant dans la bibliothèque.
notice-translation-added = La nouvelle langue a été ajoutée.
notice-resource-featured = Mise à la une de la bibliothèque.
notice-resource-unfeatured = Retirée de la une.
notice-resource-archived = Archivée : elle n’apparaît plus dans la liste. Vous pouvez la restaurer ici.
notice-resource-restored = Remise dans la bibliothèque.
notice-resource-merged = Fusionnée : le doublon mène désormais ici.

library-edit-title = Modifier la ressource
library-edit-intro = Modifiez le titre et le résumé de cette langue, et ce dont traite la ressource. Son fichier ou son lien ne change pas : un autre fichier est une autre langue.
library-edit = Modifier
library-save = Enregistrer les modifications
notice-resource-edited = Enregistré.
