package nl.binnenhof.read;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The state of one {@link ArticleReaders#read} call: where articles and problems go, the ids seen so far and the
 * counts for the {@link ReadSummary}. Readers report through it so that counting cannot be forgotten.
 *
 * <p>A repeated id is reported and the later article skipped, keeping the first: downstream results are keyed by
 * id, so two articles under one id would silently overwrite each other, and the first one read is the one a user
 * ordering the inputs deliberately put first.
 */
final class Run {

    private final Consumer<Article> articles;
    private final Consumer<ReadProblem> problems;
    private final Map<String, String> firstOrigin = new HashMap<>();
    private int delivered;
    private int problemCount;
    private int skipped;
    private int ignoredFiles;

    Run(Consumer<Article> articles, Consumer<ReadProblem> problems) {
        this.articles = articles;
        this.problems = problems;
    }

    /** Delivers the article unless its id was already delivered in this run. */
    void accept(Article article) {
        String first = firstOrigin.putIfAbsent(article.id(), article.origin());
        if (first != null) {
            skip(article.origin(), "duplicate id \"" + article.id() + "\", already read from " + first
                    + "; this one is skipped (ids must be unique within one run)");
            return;
        }
        delivered++;
        articles.accept(article);
    }

    /** Reports a problem after which the input is still read (e.g. an unreadable date). */
    void warn(String location, String message) {
        problemCount++;
        problems.accept(new ReadProblem(location, message));
    }

    /** Reports an input that is not delivered. */
    void skip(String location, String message) {
        skipped++;
        warn(location, message);
    }

    /** Counts a file in a folder that is passed over because its type is not read. */
    void ignoreFile() {
        ignoredFiles++;
    }

    ReadSummary summary() {
        return new ReadSummary(delivered, problemCount, skipped, ignoredFiles);
    }
}
