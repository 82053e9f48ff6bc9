package nl.binnenhof.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.binnenhof.read.Article;
import nl.binnenhof.read.ArticleReaders;

/** The shared corpus of real articles beside the checkout (system property binnenhof.corpus). */
final class Corpus {
    private Corpus() {
    }

    static Path path(String relative) {
        Path p = Path.of(System.getProperty("binnenhof.corpus", "../shared/corpus")).resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("the shared corpus is missing: " + p.toAbsolutePath());
        }
        return p;
    }

    static List<Article> raw() {
        List<Article> articles = new ArrayList<>();
        ArticleReaders.read(List.of(path("raw/politics.jsonl").toString()), articles::add, p -> {
            throw new IllegalStateException(p.toString());
        });
        return articles;
    }
}
