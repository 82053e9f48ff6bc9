package nl.binnenhof.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.binnenhof.actors.ActorAnalysis;
import nl.binnenhof.events.dates.DateFinder;
import nl.binnenhof.kb.KnowledgeBase;
import nl.binnenhof.quotes.QuoteAnalysis;
import nl.binnenhof.read.Article;
import nl.binnenhof.read.ArticleReaders;
import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Pipeline;
import nl.binnenhof.text.TextAnalysis;

/**
 * The real articles of the shared corpus beside the checkout (system property binnenhof.corpus), read
 * in place and never copied, and the pipelines the tests run over them.
 */
public final class Corpus {
    /** Text, actors, quotes and every stage of this module. */
    public static final Pipeline FULL = full();
    /** Only what the date stage needs. */
    public static final Pipeline DATES = TextAnalysis.pipeline().then(new DateFinder());

    private Corpus() {
    }

    private static Pipeline full() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        List<Annotator> stages = new ArrayList<>(TextAnalysis.pipeline().stages());
        stages.addAll(ActorAnalysis.stages(kb));
        stages.addAll(QuoteAnalysis.stages());
        stages.addAll(EventAnalysis.stages(kb));
        return new Pipeline(stages);
    }

    public static Path path(String relative) {
        Path p = Path.of(System.getProperty("binnenhof.corpus", "../shared/corpus")).resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("the shared corpus is missing: " + p.toAbsolutePath());
        }
        return p;
    }

    /** A seed article with the date of its leading " date YYYY-MM" line, through the full pipeline. */
    public static Document seed(String name) throws IOException {
        return analyse(read(path("seeds/" + name + ".txt")));
    }

    /** An article of raw/politics.jsonl by id, through the full pipeline. */
    public static Document raw(String id) {
        return analyse(rawArticle(id));
    }

    public static Article rawArticle(String id) {
        List<Article> found = new ArrayList<>();
        ArticleReaders.read(List.of(path("raw/politics.jsonl").toString()), a -> {
            if (a.id().equals(id)) {
                found.add(a);
            }
        }, problem -> {
        });
        if (found.isEmpty()) {
            throw new IllegalStateException("no article " + id + " in raw/politics.jsonl");
        }
        return found.get(0);
    }

    /** Every article of the given corpus files or folders, through the full pipeline. */
    public static List<Document> all(String... relative) {
        List<String> paths = new ArrayList<>();
        for (String r : relative) {
            paths.add(path(r).toString());
        }
        List<Document> docs = new ArrayList<>();
        ArticleReaders.read(paths, a -> docs.add(analyse(a)), problem -> {
        });
        return docs;
    }

    private static Article read(Path file) {
        List<Article> found = new ArrayList<>();
        ArticleReaders.read(List.of(file.toString()), found::add, problem -> {
        });
        if (found.size() != 1) {
            throw new IllegalStateException("cannot read one article from " + file);
        }
        return found.get(0);
    }

    public static Document analyse(Article article) {
        Document doc = new Document(article);
        FULL.annotate(doc);
        return doc;
    }

    /** A text written for a test, with its date, through the full pipeline. */
    public static Document text(String date, String text) {
        return analyse(new Article("t", text, date, null, null, "t"));
    }
}
