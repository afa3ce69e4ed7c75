# Learning Communities (issue 12).

## Communities: errors
error-community-languages-required = Elija al menos un idioma en el que se escriba allí.
error-community-invite-unknown = Nadie en la red tiene esta dirección de correo. Pida a su organización que primero le invite a Minga.
error-community-partners-not-admitted = Esta persona trabaja para una organización aliada y esta comunidad no admite aliadas.
error-community-already-member = Esta persona ya es miembro.

## Communities: pages
nav-communities = Comunidades
communities-title = Comunidades de Aprendizaje
communities-intro = Aquí los miembros aprenden unos de otros: debates abiertos, eventos y grabaciones compartidas, cada comunidad en torno a un tema de la red.
communities-new = Nueva comunidad
communities-create = Crear la comunidad
communities-invitations = Invitaciones para usted
communities-filters = Filtrar comunidades
communities-filter-theme = Tema o capacidad
communities-filter-language = Idioma
communities-filter-mine = Solo mis comunidades
communities-count = { $count ->
    [one] { $n } comunidad
   *[other] { $n } comunidades
}
communities-empty-title = No hay comunidades que mostrar
communities-empty = Todavía no hay comunidades.
communities-empty-filtered = Ninguna comunidad coincide con estos filtros.
community-visibility-public = Pública
community-visibility-public-hint = Cualquiera puede leerla, incluso sin iniciar sesión; las personas de la red se unen libremente.
community-visibility-members = Solo miembros
community-visibility-members-hint = Solo las personas de la red la leen; se unen libremente.
community-visibility-invite-only = Solo por invitación
community-visibility-invite-only-hint = Las personas de la red ven que existe y pueden pedir unirse; solo sus miembros la leen.
community-partners-admitted = Admite aliadas
community-hidden = Oculta
community-members-count = { $count ->
    [one] { $n } miembro
   *[other] { $n } miembros
}
community-standing-requested = Solicitud enviada
community-standing-invited = Está invitado/a
community-standing-member = Es miembro
community-standing-moderator = La modera usted
community-last-visit = Su última visita: { $when }.
community-note-hint = Opcional: diga por qué le gustaría unirse (hasta { $max } caracteres).
community-leave-confirm = Saldrá de { $title }. Puede volver a unirse más tarde.
community-you-are-invited = Le han invitado a unirse a esta comunidad.
community-accept = Aceptar la invitación
community-decline = Rechazar
community-request-waiting = Su solicitud para unirse espera la respuesta de una persona moderadora.
community-withdraw = Retirar la solicitud
community-you-moderate = Usted modera esta comunidad.
community-you-are-member = Es miembro de esta comunidad.
community-join = Unirse a la comunidad
community-request-note = Mensaje para la moderación
community-request = Pedir unirse
community-sign-in-to-join = Inicie sesión para unirse
community-edit = Editar la comunidad
community-requests-waiting = { $count ->
    [one] { $n } persona pide unirse
   *[other] { $n } personas piden unirse
}
community-purpose = Para qué es esta comunidad
community-members-only-inside = Solo sus miembros leen lo que se escribe aquí.
community-no-members = Nadie se ha unido todavía.
community-moderator = Moderación
community-all-members = Ver todos los miembros
community-leave = Salir de la comunidad
community-leave-button = Salir
community-field-title = Título
community-field-purpose = Propósito
community-field-themes = Temas y capacidades
community-field-languages = Idiomas en los que se escribe
community-field-visibility = Quién puede leerla
community-field-partners = Admitir a personas de organizaciones aliadas
community-chars-hint = Hasta { $max } caracteres.
community-purpose-hint = Lo que los miembros aprenderán y harán juntos. Markdown: **negrita**, listas, enlaces. Hasta { $max } caracteres.
community-save = Guardar
community-hide = Ocultar la comunidad
community-hide-hint = Nadie salvo el Secretariado la verá, ni nada de lo que contiene, hasta que se vuelva a mostrar.
community-show-again = Volver a mostrar la comunidad
community-show-again-hint = Sus miembros y, según quién pueda leerla, otras personas la verán de nuevo.
community-members-title = Miembros
community-requests = Piden unirse
community-no-requests = Nadie espera respuesta.
community-request-accept = Aceptar
community-request-decline = Rechazar
community-invite = Invitar a alguien
community-invite-email = Su dirección de correo
community-invite-hint = Cualquier persona con cuenta en Minga. Acepta o rechaza en la página de la comunidad.
community-invite-send = Enviar la invitación
community-invited = Invitadas, sin responder aún
community-appoint = Nombrar moderador/a
community-unappoint = Dejar de moderar
community-remove = Quitar
notice-community-created = La comunidad ha sido creada.
notice-community-joined = Bienvenida: ahora es miembro.
notice-community-left = Ya no está en esta comunidad.
notice-community-requested = Su solicitud se ha enviado a la moderación.
notice-community-invited = La invitación ha sido enviada.
notice-community-answered = La respuesta ha quedado registrada.
notice-community-hidden = La comunidad está oculta.
notice-community-shown = La comunidad vuelve a mostrarse.

## People's pages
person-title = Persona
person-language = Idioma en Minga
person-time = Hora donde está
person-communities = Comunidades
person-no-communities = No está en ninguna comunidad que usted pueda ver.

## perms-notices
home-my-communities = Mis comunidades
home-my-communities-none = Todavía no participa en ninguna comunidad.
home-my-communities-find = Buscar una comunidad
home-my-communities-all = Todas las comunidades
