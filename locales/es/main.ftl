## Diseño, navegación, términos comunes y errores

skip-to-content = Ir al contenido
nav-label = Principal
nav-orgs = Miembros
nav-account = Mi cuenta
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
language-switcher = Idioma
footer-text = Minga — el Centro de Aprendizaje de la red. Libre y de código abierto.
save = Guardar
cancel = Cancelar
choose = Elegir…
filter-any = Cualquiera
filter-apply = Aplicar filtros
filter-clear = Quitar filtros
pager-label = Páginas
pager-prev = Página anterior
pager-next = Página siguiente
pager-position = Página { $page } de { $pages }

home-title = Centro de Aprendizaje
home-intro = Minga es el espacio donde las coaliciones, las organizaciones internacionales y los socios de la red comparten lo que saben: quién trabaja en qué, dónde y cómo contactarles.
home-welcome-back = Le damos la bienvenida, { $name }
home-your-org = Su organización
home-edit-org = Editar su perfil
home-invite = Invitar a colegas
home-network = La red
home-network-count = { $count ->
    [one] Puede ver { $n } organización, por región:
   *[other] Puede ver { $n } organizaciones, por región:
}
home-browse = Explorar el directorio de miembros

notice-saved = Se han guardado los cambios.
notice-invited = La invitación se ha enviado por correo electrónico.
notice-welcome = ¡Le damos la bienvenida! Su cuenta está lista.
notice-password-changed = Se ha cambiado su contraseña.
notice-signed-out = Ha cerrado sesión.
notice-archived = La organización se ha archivado: ya no aparece en el directorio.
notice-restored = La organización vuelve a aparecer en el directorio.
notice-created = Se ha creado la organización.

error-title = Se ha producido un error
error-home-link = Ir a la página de inicio
error-400 = No se ha podido interpretar la solicitud. Compruebe lo que ha enviado e inténtelo de nuevo.
error-403 = No tiene permiso para hacer esto.
error-404 = Esta página no existe o usted no tiene acceso a ella.
error-409 = Otra persona ha modificado esto al mismo tiempo, o el nombre ya está en uso. Vuelva a cargar la página e inténtelo de nuevo.
error-429 = Demasiados intentos. Espere unos minutos e inténtelo de nuevo.
error-500 = Se ha producido un error inesperado en nuestro sistema. Ha quedado registrado; inténtelo de nuevo más tarde.
error-csrf = Este formulario ha caducado o no procede de este sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-form-summary = Corrija los problemas indicados a continuación.
error-required = Este campo es obligatorio.
error-too-long = El texto es demasiado largo.
error-markdown-too-complex = Este texto generaría una página demasiado grande (una tabla con muchas columnas y filas, o listas y citas anidadas a mucha profundidad). Acorte sus tablas o su anidación; todo lo que escribió sigue aquí.
error-text-invalid = Contiene caracteres que no están permitidos.
error-choose-option = Elija una de las opciones.
error-email-invalid = Escriba una dirección de correo electrónico, por ejemplo nombre@example.org.
error-url-invalid = Escriba una dirección web que empiece por https:// o http://.
error-phone-invalid = Use solo cifras, espacios y + - ( ) . (40 caracteres como máximo).
error-country-invalid = Elija un país de la lista.
error-slug-invalid = Use letras minúsculas, cifras y guiones no consecutivos.
error-timezone-invalid = Elija una zona horaria de la lista.

region-africa = África
region-asia-pacific = Asia-Pacífico
region-latin-america-caribbean = América Latina y el Caribe
region-mena = Oriente Medio y Norte de África
region-europe-north-america = Europa y América del Norte
group-north = Norte global
group-south = Sur global
kind-coalition = Coalición nacional o regional
kind-international = Organización internacional
kind-partner = Socio
kind-secretariat = Secretaría
role-secretariat = Secretaría
role-org-admin = Administrador/a de la organización
role-member = Miembro
role-partner = Socio

# Archivos
file-size-kb = { $n } KB
file-size-mb = { $n } MB
error-file-too-large = «{ $name }» pesa más de { $max }, el máximo para un archivo. No se guardó; el resto del formulario está tal como lo dejó.
error-file-empty = «{ $name }» está vacío, así que no se guardó.
error-quota-exceeded = «{ $name }» no se guardó: los archivos de su organización superarían su espacio de almacenamiento de { $max }. El resto del formulario está tal como lo dejó; pida más espacio a la Secretaría si lo necesita.
error-file-interrupted = La subida de «{ $name }» se interrumpió. Vuelva a elegir el archivo.
error-too-many-files = Una respuesta admite como máximo 10 archivos. Desmarque algunos para conservar los demás.
error-too-many-files-at-once = Se pueden enviar como máximo { $max } archivos a la vez; los demás no se guardaron.
deadline-end-of-day = { $date }, al final del día (hora de { $zone })
error-field-named = { $field }: { $message }

## Home dashboards
home-round = Ronda de mapeo
home-fill-profile = Completar el perfil de su organización
home-see-profile = Ver el perfil de su organización
home-to-answer = Esperan su respuesta
home-to-answer-none = Ninguna solicitud espera la respuesta de su organización.
home-asks-about = { $org } pregunta por { $item }
home-under-way = { $count ->
    [one] { $n } intercambio acordado o en curso
   *[other] { $n } intercambios acordados o en curso
}
home-needs = Quién puede ayudar con sus necesidades
home-needs-none = Añada al perfil lo que su organización quiere aprender, y aquí aparecerán las organizaciones que pueden ayudar.
home-need-match = { $item }: { $org }
home-all-matches = Todas las coincidencias
home-rounds-none = Ninguna ronda está abierta ni en preparación.
home-round-line = { $title } · { $state } · { $submitted } de { $total } enviados
home-round-nobody = { $count ->
    [one] · { $n } sin nadie que lo complete
   *[other] · { $n } sin nadie que lo complete
}
home-exchanges = Intercambios entre pares en la red
home-exchanges-none = Todavía no hay intercambios entre pares.

## profile form (issue 11)
error-413 = Lo que envió es mucho más grande de lo que acepta cualquier formulario aquí, así que no se pudo leer. Vuelva atrás, acorte los textos más largos e inténtelo de nuevo.
error-text-field-too-large = Esto es demasiado largo: solo se conservaron los primeros { $max } KB. Acórtelo.
error-file-kind = Se rechazó «{ $name }»: solo se aceptan documentos, hojas de cálculo, presentaciones, imágenes, audio, video y texto simple. No se guardó nada de él.
nav-waiting = { $count ->
    [one] { $n } solicitud por responder
   *[other] { $n } solicitudes por responder
}
home-your-exchanges = Sus intercambios entre pares
home-nobody = Nadie para completar el perfil
home-nobody-none = Todas las organizaciones miembro tienen a alguien que completa su perfil y recibe los correos de las rondas.
home-nobody-count = { $count ->
    [one] { $n } organización miembro no tiene a nadie que pueda completar su perfil, así que ninguna ronda puede llegarle. Invite a alguien:
   *[other] { $n } organizaciones miembro no tienen a nadie que pueda completar su perfil, así que ninguna ronda puede llegarles. Invite a alguien:
}

## notifications (issue 12)
nav-notifications = Notificaciones
nav-notifications-unread = { $count ->
    [one] { $n } notificación sin leer
   *[other] { $n } notificaciones sin leer
}
nav-notifications-many = Más de 99 notificaciones sin leer
notification-someone = Alguien
notification-text-reply = { $actor } respondió a «{ $topic }» en { $community }
notification-text-mention = { $actor } te mencionó en «{ $topic }» en { $community }
notification-text-new-topic = { $actor } abrió «{ $topic }» en { $community }
notification-text-new-event = Nuevo evento en { $community }: «{ $title }»
notification-text-exchange = { $event ->
    [requested] { $org } pide su apoyo en { $item }
    [message] { $actor } de { $org } escribió sobre el intercambio en { $item }
   *[other] El intercambio con { $org } sobre { $item } está ahora «{ $status }»
}
notification-text-round = { $event ->
    [reminder] Recordatorio: el perfil de capacidades para «{ $title }» vence el { $date }
   *[other] Nueva ronda de mapeo «{ $title }»: actualice su perfil de capacidades antes del { $date }
}
notification-kind-reply = Respuestas a lo que escribiste
notification-kind-mention = Menciones de tu nombre
notification-kind-new-topic = Temas nuevos en las comunidades que sigues
notification-kind-new-event = Eventos nuevos en las comunidades que sigues
notification-kind-exchange = Intercambios entre pares de tu organización
notification-kind-round = Rondas de mapeo
notification-delivery-off = Sin correo
notification-delivery-immediately = Correo al momento
notification-delivery-daily = Resumen diario
notifications-title = Notificaciones
notifications-none = Aún no hay notificaciones. Aquí aparecerán las respuestas, menciones, intercambios y rondas de mapeo que te conciernen.
notifications-unread = Sin leer
notifications-mark-read = Marcar como leída
notifications-mark-all-read = Marcar todas como leídas
notifications-older = Notificaciones anteriores
notifications-newest = Notificaciones más recientes
notifications-settings-link = Elegir qué correos recibes
notifications-settings-title = Correos de notificaciones
notifications-settings-intro = Tus notificaciones siempre están en Minga. Para cada tipo, elige si además recibes un correo al momento, un resumen al día o ningún correo. Los correos llegan en tu idioma.
notifications-settings-save = Guardar mis opciones
account-notifications = Notificaciones
## Recordings and data saver (issue 12)
media-title = Grabación
media-list-title = Grabaciones y vídeos
media-list-empty = Todavía no hay grabaciones.
media-new-title = Subir una grabación o un vídeo
media-field-title = Título
media-chapters = Capítulos
media-chapters-hint = Uno por línea: el momento y luego su título, como «0:00 Introducción» o «1:02:30 Preguntas».
media-captions-optional = Subtítulos (opcional)
media-caption-language = Idioma de los subtítulos
media-caption-file = Archivo de subtítulos (WebVTT, .vtt)
media-caption-hint = Un archivo WebVTT: empieza con la línea WEBVTT y luego los tiempos y las palabras de cada subtítulo.
media-file = Grabación o vídeo
media-file-hint = Archivos de sonido o de vídeo, hasta { $max }.
media-upload = Subir
media-player = Reproductor
media-no-player = Su navegador no puede reproducir esto aquí: descárguelo.
media-saver-intro = El ahorro de datos está activado: no se descarga nada hasta que elija qué reproducir.
media-captions = Subtítulos
media-transcript-link = Leer la transcripción
media-no-captions = Esta grabación todavía no tiene subtítulos.
media-downloads = Descargar
media-edit-chapters = Editar los capítulos
media-add-captions = Añadir subtítulos
media-transcript-title = Transcripción
media-transcript-in = Subtítulos en { $language }.
media-transcript-others = También en:
media-by = subido por { $name }
media-play-audio = Reproducir solo el sonido ({ $size })
media-play-small = Reproducir el vídeo pequeño ({ $size })
media-play-original = Reproducir el vídeo completo ({ $size })
media-play-original-audio = Reproducir ({ $size })
media-rendition-audio = Solo sonido — { $size }
media-rendition-small = Vídeo pequeño — { $size }
media-rendition-poster = Imagen fija — { $size }
media-rendition-original = Tal como se subió — { $size }
media-renditions-pending = Se están preparando versiones más ligeras (solo sonido, vídeo pequeño); vuelva en unos minutos.
media-renditions-unavailable = Las versiones más ligeras (solo sonido, vídeo pequeño) no están disponibles en este servidor: solo la grabación tal como se subió.
media-renditions-failed = No se pudieron preparar versiones más ligeras de este archivo: solo la grabación tal como se subió.
error-media-kind = «{ $name }» no es un archivo de sonido ni de vídeo, así que no se guardó.
error-media-missing = Elija la grabación o el vídeo que quiere subir.
error-caption-missing = Elija un archivo de subtítulos.
error-chapter-line = La línea { $line } no es un momento con un título, como «1:23 Preguntas».
error-chapter-order = La línea { $line } empieza antes que el capítulo anterior; ordene los capítulos.
error-chapter-too-many = La línea { $line } es un capítulo de más (100 como máximo).
error-vtt-too-large = Este archivo de subtítulos es demasiado grande (512 KB como máximo).
error-vtt-encoding = Este archivo de subtítulos no es texto en UTF-8.
error-vtt-header = Esto no es un archivo WebVTT: su primera línea debe ser WEBVTT (línea { $line }).
error-vtt-timestamp = Línea { $line }: los tiempos de un subtítulo deben escribirse como 00:01:02.500 --> 00:01:04.000.
error-vtt-end-before-start = Línea { $line }: este subtítulo termina antes de empezar.
error-vtt-order = Línea { $line }: este subtítulo empieza antes que el anterior.
error-vtt-no-cues = Este archivo WebVTT no contiene subtítulos.
data-saver-title = Ahorro de datos
data-saver-label = Ahorrar datos: no cargar nada pesado hasta que lo pida
data-saver-hint = Las grabaciones ofrecen primero el sonido y no cargan nada hasta que pulse reproducir; las imágenes llegan en su tamaño más pequeño.

## perms-notices
notification-text-join-request = { $actor } pide unirse a { $community }
notification-text-membership = { $event ->
    [accepted] Se aceptó tu solicitud para unirte a { $community }
   *[other] { $actor } te invitó a unirte a { $community }
}
notification-text-event-change = «{ $title }» en { $community } cambió de hora o de lugar
notification-kind-join-request = Solicitudes para unirse a las comunidades que moderas
notification-kind-membership = Invitaciones a comunidades y respuestas a tus solicitudes
notification-kind-event-change = Cambios en los eventos a los que vas
