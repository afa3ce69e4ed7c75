## Best practices (issue 13)

notification-kind-practice = Best practices of your organisation, and reviews
notification-text-practice = { $event ->
    [submit] { $actor } sent the practice “{ $title }” for review
    [request-changes] The Secretariat asks for changes to the practice “{ $title }”
    [publish] The practice “{ $title }” is published
    [unpublish] The practice “{ $title }” was taken back to a draft
    [tried] { $actor } recorded that their organisation tried “{ $title }”
   *[other] The practice “{ $title }” moved on
}
