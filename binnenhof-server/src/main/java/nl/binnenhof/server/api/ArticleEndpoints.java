package nl.binnenhof.server.api;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import nl.binnenhof.query.Archive;
import nl.binnenhof.query.ArticleHit;
import nl.binnenhof.query.ArticleQuery;
import nl.binnenhof.query.Page;
import nl.binnenhof.query.StoredArticle;

/** Full-text search over the articles, and one article with its whole analysis. */
final class ArticleEndpoints {
    static final String TAG = "Articles";

    private ArticleEndpoints() {
    }

    static List<Endpoint> all(Archive archive) {
        Param order = Param.choice("order", List.of("relevance", "newest", "oldest"), null,
                "Ranking: relevance (the default with q) or date (newest is the default without q).");
        Endpoint search = new Endpoint("/api/search", TAG, "Search articles",
                "Articles matching a full-text query and filters, with a snippet around the first match and the "
                        + "offsets of the matched words in it.",
                Common.paged(Common.QUERY.example("kabinet"), Common.PERSON, Common.PARTY, Common.FROM, Common.TO,
                        order),
                new TypeReference<Page<ArticleHit>>() { }.getType(), List.of(),
                p -> archive.search(new ArticleQuery(p.text("q"), p.text("person"), p.text("party"), p.dates(),
                        p.choice("order", ArticleQuery.Order.class)), p.paging()));
        Endpoint article = new Endpoint("/api/articles/{id}", TAG, "One article",
                "The article as stored: its text as read and its whole analysis (persons, parties, quotes, "
                        + "positions, mentions), whose begin/end offsets point into that text.",
                List.of(Param.path("id", 512, "The article's id, as search results give it.")),
                StoredArticle.class, List.of(404),
                p -> archive.article(p.text("id")).orElseThrow(() -> ApiError.notFound("no article with id '"
                        + p.text("id") + "' in the store; find ids with /api/search")));
        return List.of(search, article);
    }
}
