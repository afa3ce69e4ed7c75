## La biblioteca de recursos (issue 13)

nav-library = Biblioteca

library-title = Biblioteca
library-intro = Informes, kits de herramientas, notas de políticas, material de formación, grabaciones y datos que comparten los miembros de la red, en todos los idiomas en que existen.
library-share = Compartir un recurso
library-featured = Seleccionados por la Secretaría
library-featured-tag = Destacado
library-filters = Filtrar la biblioteca
library-search = Palabras del título o del resumen
library-field-kind = Tipo
library-field-item = Tema o capacidad
library-field-items = Temas y capacidades
library-field-lang = Idioma
library-field-year = Año de publicación
library-field-sort = Orden
library-sort-newest = Más recientes primero
library-sort-title = Por título
library-choice-count = { $label } ({ $n })
library-results = Recursos
library-count = { $count ->
    [one] { $n } recurso
   *[other] { $n } recursos
}
library-empty-title = Todavía no se ha compartido nada
library-empty = La biblioteca se va llenando a medida que los miembros comparten lo que han creado y utilizado.
library-empty-filtered-title = Ningún recurso coincide
library-empty-filtered = Pruebe con menos filtros o con otras palabras.
library-also-in = También en:
library-link-to = enlace a { $host }
library-archived = archivados
library-show-archived = Ver los recursos archivados
library-show-current = Volver a los recursos actuales
library-global = Global (ningún país)
library-lang-other = Otro idioma

library-kind-report = Informe
library-kind-toolkit = Kit de herramientas
library-kind-policy-brief = Nota de políticas
library-kind-training = Material de formación
library-kind-recording = Grabación
library-kind-dataset = Conjunto de datos
library-kind-presentation = Presentación
library-kind-article = Artículo
library-kind-other = Otro

library-licence-cc-by = Creative Commons Atribución (CC BY)
library-licence-cc-by-sa = Creative Commons Atribución-CompartirIgual (CC BY-SA)
library-licence-cc-by-nc = Creative Commons Atribución-NoComercial (CC BY-NC)
library-licence-cc-by-nc-sa = Creative Commons Atribución-NoComercial-CompartirIgual (CC BY-NC-SA)
library-licence-cc-by-nd = Creative Commons Atribución-SinDerivadas (CC BY-ND)
library-licence-cc-by-nc-nd = Creative Commons Atribución-NoComercial-SinDerivadas (CC BY-NC-ND)
library-licence-cc0 = Dominio público (CC0)
library-licence-copyright = Todos los derechos reservados
library-licence-unknown = No indicada

library-reach-public = Todo el mundo, también quienes no han iniciado sesión
library-reach-members = Las organizaciones miembro de la red
library-reach-community = Las personas que pueden leer una comunidad
library-reach-community-named = Las personas que pueden leer la comunidad { $community }

library-origin = De dónde procede
library-origin-exchange = Fruto del intercambio entre pares de { $seeker } y { $helper }
library-origin-exchange-short = Resultado de un intercambio entre pares
library-origin-recording = Una grabación de la comunidad { $community }
library-origin-recording-network = Una grabación compartida con toda la red

library-about = Acerca de este recurso
library-field-countries = Países
library-field-licence = Licencia
library-field-reach = Quién puede leerlo
library-shared-by = Compartido por
library-download = Descargar
library-open-link = Abrirlo en { $host }
library-play = Reproducir la grabación
library-see-preview = Ver la primera página
library-preview-waiting = Se está preparando una vista previa de la primera página.
library-archived-note = La Secretaría archivó este recurso: ya no aparece en la biblioteca.
library-add-language = Añadir un idioma

library-curate = Gestionar
library-feature = Destacar en la biblioteca
library-unfeature = Dejar de destacar
library-archive = Archivar
library-restore = Devolver a la biblioteca
library-merge-into = Fusionar este duplicado con
library-merge-hint = Pegue la dirección del recurso que se conserva. Los idiomas que le falten se toman de este, y esta dirección llevará allí.
library-merge = Fusionar

library-preview-title = Primera página
library-preview-alt = Primera página de { $title }
library-preview-caption = Una imagen pequeña de la primera página, para valorarlo antes de descargarlo.

library-new-title = Compartir un recurso
library-new-intro = Comparta ahora la versión en un idioma; podrá añadir las demás después.
library-translate-title = Añadir un idioma
library-translate-intro = Otro idioma de:
library-field-title = Título
library-field-summary = Resumen
library-summary-hint = Qué es, a quién va dirigido y qué encontrará quien lo lea.
library-file-or-link = El archivo o un enlace a él
library-field-file = Archivo
library-file-kept = Este archivo se conservó de su último intento: desmárquelo para no incluirlo.
library-field-url = O una dirección web
library-url-hint = Cuando el recurso está en otro sitio.
library-choose = Elegir…
library-year-hint = Cuatro cifras, como 2024. Déjelo vacío si no lo sabe.
library-field-community = Comunidad
library-no-community = Ninguna
library-themes = Temas
library-capacities = Capacidades técnicas
library-countries-hint = Déjelo vacío si el recurso trata de todo el mundo. Mantenga pulsada la tecla Ctrl (o ⌘) para elegir varios.

error-library-lang = Elija el idioma de esta versión.
error-library-lang-taken = Este recurso ya existe en ese idioma.
error-library-file-or-link = Elija un archivo o escriba una dirección web.
error-library-not-both = Indique un archivo o una dirección web, no ambos.
error-library-kind = Elija qué tipo de recurso es.
error-library-licence = Elija una licencia de la lista.
error-library-year = Escriba un año entre { $min } y { $max }, o déjelo vacío.
error-library-reach = Elija quién puede leerlo.
error-library-community = Elija una comunidad en la que participe.
error-library-item = Elija temas y capacidades de la lista.
error-library-too-many = Elija { $max } como máximo.
error-library-too-long = Use menos de { $max } caracteres.
error-library-merge-target = Pegue la dirección de otro recurso de la biblioteca.

notice-resource-shared = Compartido. Gracias: ya está en la biblioteca.
notice-translation-added = Se ha añadido el nuevo idioma.
notice-resource-featured = Destacado en la biblioteca.
notice-resource-unfeatured = Ya no está destacado.
notice-resource-archived = Archivado: ya no aparece en la lista. Puede restaurarlo aquí.
notice-resource-restored = Ha vuelto a la biblioteca.
notice-resource-merged = Fusionado: el duplicado ahora lleva aquí.

library-edit-title = Modificar el recurso
library-edit-intro = Modifique el título y el resumen de este idioma, y de qué trata el recurso. Su archivo o enlace no cambia: otro archivo es otro idioma.
library-edit = Modificar
library-save = Guardar los cambios
notice-resource-edited = Guardado.
