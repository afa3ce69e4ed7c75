# Learning Communities (issue 12).

## Communities: errors
error-community-languages-required = Elija al menos un idioma en el que se escriba allí.
error-community-invite-unknown = Nadie en la red tiene esta dirección de correo. Pida a su organización que primero le invite a Minga.
error-community-partners-not-admitted = Esta persona trabaja para una organización aliada y esta comunidad no admite aliadas.
error-community-already-member = Esta persona ya es miembro.
