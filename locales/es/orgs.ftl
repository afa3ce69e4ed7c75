## El directorio de miembros y los perfiles de las organizaciones

orgs-title = Directorio de miembros
orgs-intro = Las coaliciones, las organizaciones internacionales y los socios de la red.
orgs-new = Añadir una organización
orgs-filters = Filtrar el directorio
orgs-search = El nombre contiene
orgs-include-archived = Incluir las archivadas
orgs-count = { $count ->
    [one] { $n } organización
   *[other] { $n } organizaciones
}
orgs-empty-title = No hay organizaciones que mostrar
orgs-empty = Por ahora el directorio está vacío.
orgs-empty-filtered = Ninguna organización coincide con estos filtros.
field-region = Región
field-country = País
field-kind = Tipo
field-group = Norte / Sur
field-org-name = Nombre de la organización
field-description = Descripción
field-website = Sitio web
field-contact-email = Correo electrónico de contacto
field-contact-phone = Teléfono de contacto
field-public = Mostrar este perfil públicamente
field-invite-language = Idioma de la invitación
hint-markdown = Puede usar Markdown: **negrita**, *cursiva*, listas y enlaces.
hint-public = Cualquier persona puede ver los perfiles públicos. Los contactos y el personal solo se muestran a los miembros que han iniciado sesión.

org-title = Organización
org-back = ← Todos los miembros
org-about = Acerca de
org-no-description = Todavía no hay descripción.
org-demo = Datos de demostración
org-archived = Archivada
org-members-only = Solo para miembros
org-edit = Editar el perfil
org-invite = Invitar a personas
org-archive = Archivar
org-restore = Restaurar
org-updated = Última actualización
org-staff = Personas
org-no-staff = Todavía no se ha unido nadie de esta organización.
org-contacts-signed-in = Los contactos se muestran a los miembros de la red que han iniciado sesión.
org-edit-title = Editar la organización
org-new-title = Añadir una organización
org-derived = Se deduce del país
org-invite-title = Invitar a una persona
org-invite-intro = Se unirá a { $org } con el rol que usted elija.
org-invite-submit = Enviar la invitación
org-invite-hint = El enlace de invitación solo funciona una vez y caduca a los 7 días.
error-role-needs-secretariat = El rol de Secretaría solo puede asignarse dentro de la Secretaría.
error-role-secretariat-only = En la Secretaría solo puede asignarse el rol de Secretaría.
org-capacities = Fortalezas y necesidades
org-no-strengths = Ninguna fortaleza con 2 o 3 en su último perfil.
org-no-needs = Ninguna necesidad en su último perfil.
org-offers = ofrece ayuda a sus pares
org-could-help = Ofrece ayuda en { $item }, algo que su organización necesita: pídasela

## directory (issue 11)
orgs-search-any = Nombre, país o tema
orgs-country-option = { $country } ({ $count })
pager-past-end-title = Esa página no existe
pager-past-end = Los resultados terminan en la página { $pages }.
pager-last = Ir a la última página
field-override-reason = Motivo de una región o grupo distintos
hint-override-reason = Obligatorio cuando la región o el grupo no son los que corresponden al país. Solo la Secretaría lo ve.
org-override-reason = Región o grupo fijados por la Secretaría:
error-override-reason-required = Indique por qué la región o el grupo difieren de los del país.
error-override-forbidden = Solo la Secretaría puede fijar una región o un grupo distintos de los del país.
## People and pictures (issue 11)
people-title = Personas
people-count = { $count ->
    [one] { $n } persona
   *[other] { $n } personas
}
people-role-of = Rol de { $name }
people-change-role = Cambiar el rol
people-remove = Quitar de la organización
people-remove-confirm = { $name } ya no podrá iniciar sesión. Lo que escribió se conserva, con su nombre.
people-remove-confirm-button = Quitar
people-invitations = Invitaciones pendientes
people-no-invitations = No hay ninguna invitación pendiente.
people-expires = Enlace válido hasta
people-actions = Acciones
people-resend = Enviar de nuevo
people-revoke = Anular
org-edit-details = Datos
error-last-admin-role = Es la última persona administradora de la organización: primero dé el rol de administración a otra persona.
error-last-admin-remove = Es la última persona administradora de la organización y no se puede quitar: primero dé el rol de administración a otra persona.
error-invite-already-in-org = Esta persona ya forma parte de la organización.
notice-invitation-resent = La invitación se envió de nuevo con un enlace nuevo; el enlace anterior ya no funciona.
notice-invitation-revoked = La invitación se anuló; su enlace ya no funciona.
notice-role-changed = Se cambió el rol.
notice-person-removed = La persona fue quitada de la organización.
notice-picture-saved = Se guardó la imagen.
notice-picture-removed = Se quitó la imagen.
picture-logo = Logotipo
picture-logo-choose = Nuevo logotipo
picture-logo-alt = Logotipo de { $org }
picture-avatar = Foto
picture-avatar-choose = Nueva foto
picture-avatar-alt = Foto de { $name }
picture-hint = PNG, JPEG, GIF o WebP. Se recorta en un cuadrado alrededor de su centro.
picture-upload = Subir
picture-remove = Quitar la imagen
error-picture-choose = Elija una imagen para subir.
error-picture-not-image = «{ $name }» no es una imagen que Minga pueda leer: suba un archivo PNG, JPEG, GIF o WebP.
error-picture-too-large = «{ $name }» es demasiado grande: una imagen puede medir como máximo { $max } píxeles de ancho y de alto.
error-picture-corrupt = «{ $name }» está dañada y no se puede leer. Intente guardarla de nuevo.
