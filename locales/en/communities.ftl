# Learning Communities (issue 12).

## Communities: errors
error-community-languages-required = Choose at least one language people write in there.
error-community-invite-unknown = Nobody in the network has this email address. Ask their organisation to invite them to Minga first.
error-community-partners-not-admitted = This person works for a partner organisation, and this community does not admit partners.
error-community-already-member = This person is already a member.
