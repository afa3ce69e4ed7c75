## Connexion, invitations, mots de passe, page du compte

field-email = Adresse e-mail
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-password-confirm = Confirmez le nouveau mot de passe
field-current-password = Mot de passe actuel
field-name = Nom
field-language = Langue
field-time-zone = Fuseau horaire
field-organisation = Organisation
field-role = Rôle
password-rule = Au moins 10 caractères. Quelques mots sans rapport entre eux forment un mot de passe robuste.

login-title = Connexion
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-invite-only = Minga est ouvert aux membres du réseau, sur invitation. Demandez-en une à l’administrateur de votre organisation ou au Secrétariat.
error-login-failed = L’adresse e-mail ou le mot de passe est incorrect.
error-login-org-archived = Votre organisation a été archivée dans Minga : ses membres ne peuvent plus se connecter. Contactez le Secrétariat s’il s’agit d’une erreur.
error-login-rate-limited = Trop de tentatives de connexion. Veuillez patienter 15 minutes ou réinitialiser votre mot de passe.

invite-title = Rejoindre le Centre d’apprentissage
invite-intro-org = Vous avez reçu une invitation à rejoindre { $org }
invite-intro-role = en tant que { $role }.
invite-intro-email = Votre compte utilisera l’adresse { $email }.
invite-submit = Créer mon compte
invite-closed-title = Cette invitation ne peut pas être utilisée
invite-used = Cette invitation a déjà été utilisée. Si c’était vous, connectez-vous ; sinon, demandez-en une nouvelle.
invite-expired = Cette invitation a expiré. Les invitations sont valables 7 jours : demandez-en une nouvelle.
invite-unknown = Ce lien d’invitation n’est pas valide. Vérifiez que vous avez bien copié le lien complet depuis l’e-mail.

forgot-title = Réinitialiser votre mot de passe
forgot-intro = Saisissez l’adresse e-mail de votre compte. Si un compte y est associé, nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent = Si un compte est associé à cette adresse, un lien vient d’y être envoyé. Il est valable une heure. S’il n’arrive pas, vérifiez votre dossier de courrier indésirable.
reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
reset-invalid = Ce lien n’est plus valable : il a déjà été utilisé ou date de plus d’une heure. Demandez-en un nouveau.

account-title = Mon compte
account-profile = Profil
account-password = Mot de passe
account-change-password = Changer le mot de passe
error-password-short = Le mot de passe doit comporter au moins 10 caractères.
error-password-long = Le mot de passe doit comporter au plus 256 caractères.
error-password-mismatch = Les deux mots de passe ne correspondent pas.
error-password-wrong = Le mot de passe actuel est incorrect.
error-wait-seconds = Trop de tentatives échouées. Réessayez dans { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
    }.

## time zones (issue 11)
tz-option = { $city } ({ $offset })
tz-area-africa = Afrique
tz-area-america = Amérique
tz-area-antarctica = Antarctique
tz-area-arctic = Arctique
tz-area-asia = Asie
tz-area-atlantic = Océan Atlantique
tz-area-australia = Australie
tz-area-europe = Europe
tz-area-indian = Océan Indien
tz-area-pacific = Océan Pacifique
