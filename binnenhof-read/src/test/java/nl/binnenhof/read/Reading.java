package nl.binnenhof.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test helper: one call of {@link ArticleReaders#read}, with everything it delivered collected. */
record Reading(List<Article> articles, List<ReadProblem> problems, ReadSummary summary) {

    /** The shared corpus of real articles, from the system property set by surefire. */
    static Path corpus() {
        String configured = System.getProperty("binnenhof.corpus");
        List<String> candidates = configured != null ? List.of(configured)
                : List.of("../shared/corpus", "../../shared/corpus");
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isDirectory(path)) {
                return path;
            }
        }
        throw new IllegalStateException("shared corpus not found; set -Dbinnenhof.corpus");
    }

    static Reading of(Path... paths) {
        return of(Arrays.stream(paths).map(Path::toString).toList(), InputStream.nullInputStream());
    }

    static Reading of(List<String> paths, InputStream stdin) {
        List<Article> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        ReadSummary summary = ArticleReaders.read(paths, stdin, articles::add, problems::add);
        assertEquals(articles.size(), summary.articles(), "summary counts the articles delivered");
        assertEquals(problems.size(), summary.problems(), "summary counts the problems reported");
        return new Reading(articles, problems, summary);
    }

    static Reading stdin(byte[] bytes) {
        return of(List.of("-"), new ByteArrayInputStream(bytes));
    }

    static Reading stdin(String text) {
        return stdin(text.getBytes(StandardCharsets.UTF_8));
    }

    List<String> ids() {
        return articles.stream().map(Article::id).toList();
    }

    Article only() {
        assertEquals(1, articles.size(), () -> "articles: " + ids() + ", problems: " + problems);
        return articles.get(0);
    }

    /** Asserts exactly one problem, at {@code location}, whose message contains every one of {@code words}. */
    ReadProblem onlyProblem(String location, String... words) {
        assertEquals(1, problems.size(), () -> "problems: " + problems);
        ReadProblem problem = problems.get(0);
        assertEquals(location, problem.location());
        for (String word : words) {
            assertTrue(problem.message().contains(word), () -> "'" + word + "' not in: " + problem.message());
        }
        return problem;
    }
}
