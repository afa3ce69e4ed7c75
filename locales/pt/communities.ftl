# Learning Communities (issue 12).

## Communities: errors
error-community-languages-required = Escolha pelo menos uma língua em que se escreve ali.
error-community-invite-unknown = Ninguém na rede tem este endereço de e-mail. Peça primeiro à sua organização que a convide para o Minga.
error-community-partners-not-admitted = Esta pessoa trabalha para uma organização parceira, e esta comunidade não admite parceiras.
error-community-already-member = Esta pessoa já é membro.
