## Boas práticas (issue 13)

notification-kind-practice = Boas práticas da sua organização, e revisões
notification-text-practice = { $event ->
    [submit] { $actor } enviou a prática “{ $title }” para revisão
    [request-changes] O Secretariado pede alterações à prática “{ $title }”
    [publish] A prática “{ $title }” foi publicada
    [unpublish] A prática “{ $title }” voltou a ser um rascunho
    [tried] { $actor } registou que a sua organização experimentou “{ $title }”
   *[other] A prática “{ $title }” avançou
}
