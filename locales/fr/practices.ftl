## Bonnes pratiques (issue 13)

notification-kind-practice = Bonnes pratiques de votre organisation, et relectures
notification-text-practice = { $event ->
    [submit] { $actor } a envoyé la pratique « { $title } » en relecture
    [request-changes] Le Secrétariat demande des modifications à la pratique « { $title } »
    [publish] La pratique « { $title } » est publiée
    [unpublish] La pratique « { $title } » est redevenue un brouillon
    [tried] { $actor } a indiqué que son organisation a essayé « { $title } »
   *[other] La pratique « { $title } » a avancé
}
