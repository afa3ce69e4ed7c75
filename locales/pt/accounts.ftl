## Entrada, convites, senhas, página da conta

field-email = E-mail
field-password = Senha
field-new-password = Nova senha
field-password-confirm = Repita a nova senha
field-current-password = Senha atual
field-name = Nome
field-language = Idioma
field-time-zone = Fuso horário
field-organisation = Organização
field-role = Função
password-rule = Pelo menos 10 caracteres. Algumas palavras sem relação entre si formam uma senha forte.

login-title = Entrar
login-submit = Entrar
login-forgot = Esqueceu a senha?
login-invite-only = O acesso a Minga é reservado aos membros da rede, mediante convite. Peça um convite ao administrador da sua organização ou ao Secretariado.
error-login-failed = O e-mail ou a senha não estão corretos.
error-login-org-archived = A sua organização foi arquivada no Minga, por isso as suas pessoas já não podem entrar. Fale com o Secretariado se for um engano.
error-login-rate-limited = Excesso de tentativas de entrada. Aguarde 15 minutos ou redefina a sua senha.

invite-title = Junte-se ao Centro de Aprendizagem
invite-intro-org = Convite para se juntar a { $org }
invite-intro-role = com a função de { $role }.
invite-intro-email = A sua conta usará o endereço { $email }.
invite-submit = Criar conta
invite-closed-title = Este convite não pode ser usado
invite-used = Este convite já foi usado. Se já o usou, entre na sua conta; caso contrário, peça um novo.
invite-expired = Este convite expirou. Os convites são válidos por 7 dias: peça um novo.
invite-unknown = Este link de convite não é válido. Verifique se copiou o link completo do e-mail.

forgot-title = Redefinir a senha
forgot-intro = Indique o endereço de e-mail da sua conta. Se houver uma conta com este endereço, enviaremos um link para escolher uma nova senha.
forgot-submit = Enviar o link
forgot-sent = Se houver uma conta com este endereço, o link já foi enviado. É válido durante uma hora. Se não o receber, verifique a pasta de spam.
reset-title = Escolher uma nova senha
reset-submit = Guardar a nova senha
reset-invalid = Este link já não é válido: já foi usado ou tem mais de uma hora. Peça um novo.

account-title = Minha conta
account-profile = Perfil
account-password = Senha
account-change-password = Alterar a senha
error-password-short = A senha deve ter pelo menos 10 caracteres.
error-password-long = A senha deve ter no máximo 256 caracteres.
error-password-mismatch = As duas senhas não coincidem.
error-password-wrong = A senha atual não está correta.
error-wait-seconds = Excesso de tentativas falhadas. Tente novamente dentro de { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
    }.

## time zones (issue 11)
tz-option = { $city } ({ $offset })
tz-area-africa = África
tz-area-america = América
tz-area-antarctica = Antártida
tz-area-arctic = Ártico
tz-area-asia = Ásia
tz-area-atlantic = Oceano Atlântico
tz-area-australia = Austrália
tz-area-europe = Europa
tz-area-indian = Oceano Índico
tz-area-pacific = Oceano Pacífico
