## Signing in, invitations, passwords, the account page

field-email = Email
field-password = Password
field-new-password = New password
field-password-confirm = Repeat the new password
field-current-password = Current password
field-name = Name
field-language = Language
field-time-zone = Time zone
field-organisation = Organisation
field-role = Role
password-rule = At least 10 characters. A few unrelated words make a strong password.

login-title = Sign in
login-submit = Sign in
login-forgot = Forgot your password?
login-invite-only = Minga is open to members of the network by invitation. Ask your organisation's admin or the Secretariat for one.
error-login-failed = The email or password is not right.
error-login-org-archived = Your organisation has been archived in Minga, so its people can no longer sign in. Ask the Secretariat if this is a mistake.
error-login-rate-limited = Too many sign-in attempts. Please wait 15 minutes, or reset your password.

invite-title = Join the Learning Hub
invite-intro-org = You are invited to join { $org }
invite-intro-role = as { $role }.
invite-intro-email = Your account will use the address { $email }.
invite-submit = Create my account
invite-closed-title = This invitation cannot be used
invite-used = This invitation has already been used. If it was you, sign in; otherwise ask for a new one.
invite-expired = This invitation has expired. Invitations are valid for 7 days: ask for a new one.
invite-unknown = This invitation link is not valid. Check that you copied the whole link from the email.

forgot-title = Reset your password
forgot-intro = Enter the email address of your account. If it has an account, we will send a link to choose a new password.
forgot-submit = Send the link
forgot-sent = If this address has an account, a link is on its way. It is valid for one hour. Check your spam folder if it does not arrive.
reset-title = Choose a new password
reset-submit = Save the new password
reset-invalid = This link is no longer valid: it was already used or is more than one hour old. Ask for a new one.

account-title = My account
account-profile = Profile
account-password = Password
account-change-password = Change password
error-password-short = The password must be at least 10 characters long.
error-password-long = The password must be at most 256 characters long.
error-password-mismatch = The two passwords do not match.
error-password-wrong = The current password is not right.
error-wait-seconds = Too many failed attempts. Please try again in { $seconds ->
    [one] 1 second
   *[other] { $seconds } seconds
    }.

## time zones (issue 11)
tz-option = { $city } ({ $offset })
tz-area-africa = Africa
tz-area-america = Americas
tz-area-antarctica = Antarctica
tz-area-arctic = Arctic
tz-area-asia = Asia
tz-area-atlantic = Atlantic Ocean
tz-area-australia = Australia
tz-area-europe = Europe
tz-area-indian = Indian Ocean
tz-area-pacific = Pacific Ocean
