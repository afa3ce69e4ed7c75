## A biblioteca de recursos (issue 13)

nav-library = Biblioteca

library-title = Biblioteca
library-intro = Relatórios, kits de ferramentas, resumos de políticas, materiais de formação, gravações e dados que os membros da rede compartilham, em todos os idiomas em que existem.
library-share = Compartilhar um recurso
library-featured = Escolhidos pelo Secretariado
library-featured-tag = Destaque
library-filters = Filtrar a biblioteca
library-search = Palavras no título ou no resumo
library-field-kind = Tipo
library-field-item = Tema ou capacidade
library-field-items = Temas e capacidades
library-field-lang = Idioma
library-field-year = Ano de publicação
library-field-sort = Ordem
library-sort-newest = Mais recentes primeiro
library-sort-title = Por título
library-choice-count = { $label } ({ $n })
library-results = Recursos
library-count = { $count ->
    [one] { $n } recurso
   *[other] { $n } recursos
}
library-empty-title = Nada compartilhado ainda
library-empty = A biblioteca cresce à medida que os membros compartilham o que produziram e usaram.
library-empty-filtered-title = Nenhum recurso corresponde
library-empty-filtered = Tente usar menos filtros ou outras palavras.
library-also-in = Também em:
library-link-to = link para { $host }
library-archived = arquivados
library-show-archived = Ver os recursos arquivados
library-show-current = Voltar aos recursos atuais
library-global = Global (nenhum país)
library-lang-other = Outro idioma

library-kind-report = Relatório
library-kind-toolkit = Kit de ferramentas
library-kind-policy-brief = Resumo de políticas
library-kind-training = Material de formação
library-kind-recording = Gravação
library-kind-dataset = Conjunto de dados
library-kind-presentation = Apresentação
library-kind-article = Artigo
library-kind-other = Outro

library-licence-cc-by = Creative Commons Atribuição (CC BY)
library-licence-cc-by-sa = Creative Commons Atribuição-CompartilhaIgual (CC BY-SA)
library-licence-cc-by-nc = Creative Commons Atribuição-NãoComercial (CC BY-NC)
library-licence-cc-by-nc-sa = Creative Commons Atribuição-NãoComercial-CompartilhaIgual (CC BY-NC-SA)
library-licence-cc-by-nd = Creative Commons Atribuição-SemDerivações (CC BY-ND)
library-licence-cc-by-nc-nd = Creative Commons Atribuição-NãoComercial-SemDerivações (CC BY-NC-ND)
library-licence-cc0 = Domínio público (CC0)
library-licence-copyright = Todos os direitos reservados
library-licence-unknown = Não indicada

library-reach-public = Todos, inclusive pessoas não autenticadas
library-reach-members = As organizações membro da rede
library-reach-community = As pessoas que podem ler uma comunidade
library-reach-community-named = As pessoas que podem ler a comunidade { $community }

library-origin = De onde vem
library-origin-exchange = Produzido no intercâmbio entre pares de { $seeker } e { $helper }
library-origin-exchange-short = Resultado de intercâmbio entre pares
library-origin-recording = Uma gravação da comunidade { $community }
library-origin-recording-network = Uma gravação compartilhada com toda a rede

library-about = Sobre este recurso
library-field-countries = Países
library-field-licence = Licença
library-field-reach = Quem pode ler
library-shared-by = Compartilhado por
library-download = Baixar
library-open-link = Abrir em { $host }
library-play = Reproduzir a gravação
library-see-preview = Ver a primeira página
library-preview-waiting = A pré-visualização da primeira página está em preparação.
library-archived-note = O Secretariado arquivou este recurso: ele já não aparece na biblioteca.
library-add-language = Adicionar um idioma

library-curate = Administrar
library-feature = Destacar na biblioteca
library-unfeature = Deixar de destacar
library-archive = Arquivar
library-restore = Devolver à biblioteca
library-merge-into = Mesclar este duplicado com
library-merge-hint = Cole o endereço do recurso que deve ser mantido. Os idiomas que faltam nele são tirados deste, e este endereço passará a levar até ele.
library-merge = Mesclar

library-preview-title = Primeira página
library-preview-alt = Primeira página de { $title }
library-preview-caption = Uma pequena imagem da primeira página, para avaliar antes de baixar.

library-new-title = Compartilhar um recurso
library-new-intro = Compartilhe agora a versão em um idioma; os outros podem ser adicionados depois.
library-translate-title = Adicionar um idioma
library-translate-intro = Outro idioma de:
library-field-title = Título
library-field-summary = Resumo
library-summary-hint = O que é, para quem e o que o leitor vai encontrar nele.
library-file-or-link = O arquivo ou um link para ele
library-field-file = Arquivo
library-file-kept = Este arquivo foi mantido da sua última tentativa: desmarque-o para deixá-lo de fora.
library-field-url = Ou um endereço web
library-url-hint = Quando o recurso está em outro site.
library-choose = Escolher…
library-year-hint = Quatro algarismos, como 2024. Deixe em branco se não souber.
library-field-community = Comunidade
library-no-community = Nenhuma
library-themes = Temas
library-capacities = Capacidades técnicas
library-countries-hint = Deixe em branco para um recurso sobre o mundo inteiro. Mantenha Ctrl (ou ⌘) pressionado para escolher vários.

error-library-lang = Escolha o idioma desta versão.
error-library-lang-taken = Este recurso já existe nesse idioma.
error-library-file-or-link = Escolha um arquivo ou indique um endereço web.
error-library-not-both = Indique um arquivo ou um endereço web, não os dois.
error-library-kind = Escolha o tipo de recurso.
error-library-licence = Escolha uma licença da lista.
error-library-year = Indique um ano entre { $min } e { $max }, ou deixe em branco.
error-library-reach = Escolha quem pode ler.
error-library-community = Escolha uma comunidade da qual faz parte.
error-library-item = Escolha temas e capacidades da lista.
error-library-too-many = Escolha no máximo { $max }.
error-library-too-long = Use menos de { $max } caracteres.
error-library-merge-target = Cole o endereço de outro recurso da biblioteca.

notice-resource-shared = Compartilhado. Obrigado: já está na biblioteca.
notice-translation-added = O novo idioma foi adicionado.
notice-resource-featured = Em destaque na biblioteca.
notice-resource-unfeatured = Deixou de estar em destaque.
notice-resource-archived = Arquivado: já não aparece na lista. Pode restaurá-lo aqui.
notice-resource-restored = Devolvido à biblioteca.
notice-resource-merged = Mesclado: o duplicado agora leva até aqui.

library-edit-title = Alterar o recurso
library-edit-intro = Altere o título e o resumo deste idioma, e o assunto do recurso. O arquivo ou link continua o mesmo: outro arquivo é outro idioma.
library-edit = Alterar
library-save = Salvar as alterações
notice-resource-edited = Salvo.
