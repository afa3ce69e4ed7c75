## Inicio de sesión, invitaciones, contraseñas, página de la cuenta

field-email = Correo electrónico
field-password = Contraseña
field-new-password = Nueva contraseña
field-password-confirm = Repita la nueva contraseña
field-current-password = Contraseña actual
field-name = Nombre
field-language = Idioma
field-time-zone = Zona horaria
field-organisation = Organización
field-role = Rol
password-rule = Al menos 10 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura.

login-title = Iniciar sesión
login-submit = Iniciar sesión
login-forgot = ¿Olvidó su contraseña?
login-invite-only = Minga está abierta a los miembros de la red por invitación. Solicítela a quien administra su organización o a la Secretaría.
error-login-failed = El correo electrónico o la contraseña no son correctos.
error-login-org-archived = Su organización ha sido archivada en Minga, por lo que sus integrantes ya no pueden iniciar sesión. Consulte a la Secretaría si se trata de un error.
error-login-rate-limited = Demasiados intentos de inicio de sesión. Espere 15 minutos o restablezca su contraseña.

invite-title = Únase al Centro de Aprendizaje
invite-intro-org = Ha recibido una invitación para unirse a { $org }
invite-intro-role = con el rol de { $role }.
invite-intro-email = Su cuenta usará la dirección { $email }.
invite-submit = Crear mi cuenta
invite-closed-title = Esta invitación no se puede usar
invite-used = Esta invitación ya se ha utilizado. Si fue usted, inicie sesión; si no, solicite una nueva.
invite-expired = Esta invitación ha caducado. Las invitaciones son válidas durante 7 días: solicite una nueva.
invite-unknown = Este enlace de invitación no es válido. Compruebe que ha copiado el enlace completo del correo electrónico.

forgot-title = Restablecer la contraseña
forgot-intro = Escriba la dirección de correo electrónico de su cuenta. Si corresponde a una cuenta, le enviaremos un enlace para elegir una nueva contraseña.
forgot-submit = Enviar el enlace
forgot-sent = Si esta dirección corresponde a una cuenta, le hemos enviado un enlace, válido durante una hora. Si no le llega, revise la carpeta de correo no deseado.
reset-title = Elija una nueva contraseña
reset-submit = Guardar la nueva contraseña
reset-invalid = Este enlace ya no es válido: ya se utilizó o tiene más de una hora. Solicite uno nuevo.

account-title = Mi cuenta
account-profile = Perfil
account-password = Contraseña
account-change-password = Cambiar la contraseña
error-password-short = La contraseña debe tener al menos 10 caracteres.
error-password-long = La contraseña debe tener como máximo 256 caracteres.
error-password-mismatch = Las dos contraseñas no coinciden.
error-password-wrong = La contraseña actual no es correcta.
error-wait-seconds = Demasiados intentos fallidos. Vuelva a intentarlo dentro de { $seconds ->
    [one] 1 segundo
   *[other] { $seconds } segundos
    }.

## time zones (issue 11)
tz-option = { $city } ({ $offset })
tz-area-africa = África
tz-area-america = América
tz-area-antarctica = Antártida
tz-area-arctic = Ártico
tz-area-asia = Asia
tz-area-atlantic = Océano Atlántico
tz-area-australia = Australia
tz-area-europe = Europa
tz-area-indian = Océano Índico
tz-area-pacific = Océano Pacífico
