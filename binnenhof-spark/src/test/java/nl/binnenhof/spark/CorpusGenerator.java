package nl.binnenhof.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.binnenhof.read.Article;
import nl.binnenhof.read.ArticleReaders;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Pipeline;
import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.TextAnalysis;
import nl.binnenhof.text.TextLayers;

/**
 * Makes a large corpus for the scaling benchmark from the real articles, at run time (it is never committed): each
 * generated article takes a real article's date and a run of its sentences, in paragraphs of three, and mixes in a
 * few sentences of another article, so that names, parties and quotes occur as densely as in real news and every
 * article is different. The same seed gives the same corpus.
 *
 * <p>{@code CorpusGenerator SOURCE.jsonl ARTICLES OUT.jsonl}
 */
public final class CorpusGenerator {

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CorpusGenerator SOURCE.jsonl ARTICLES OUT.jsonl");
            System.exit(2);
        }
        List<Source> sources = sources(args[0]);
        int count = Integer.parseInt(args[1]);
        long bytes = write(sources, count, Path.of(args[2]), new SplittableRandom(20260601L));
        System.out.printf("%d articles, %.1f MB, from %d real articles -> %s%n", count, bytes / 1e6, sources.size(),
                args[2]);
    }

    private record Source(String date, List<String> sentences) {
    }

    private static List<Source> sources(String path) {
        List<Article> articles = new ArrayList<>();
        ArticleReaders.read(List.of(path), articles::add, p -> System.err.println("skipped: " + p));
        Pipeline text = TextAnalysis.pipeline();
        List<Source> sources = new ArrayList<>();
        for (Article article : articles) {
            Document doc = new Document(article);
            text.annotate(doc);
            List<String> sentences = new ArrayList<>();
            for (Sentence s : doc.get(TextLayers.SENTENCES)) {
                String sentence = doc.covered(s).strip();
                if (!sentence.startsWith("date ") && sentence.length() > 20 && balancedQuotes(sentence)) {
                    sentences.add(sentence.replace('\n', ' '));
                }
            }
            if (sentences.size() >= 4) {
                sources.add(new Source(article.date(), sentences));
            }
        }
        return sources;
    }

    /**
     * Whether the sentence has no quotation left open: a quote that runs over several sentences, cut apart, would
     * leave marks open that real articles close, and give the analysis work that real news does not.
     */
    private static boolean balancedQuotes(String sentence) {
        long marks = sentence.chars().filter(c -> QUOTE_MARKS.indexOf(c) >= 0).count();
        return marks % 2 == 0;
    }

    private static final String QUOTE_MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB";

    private static long write(List<Source> sources, int count, Path out, SplittableRandom random)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        long bytes = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Source main = sources.get(random.nextInt(sources.size()));
                Source other = sources.get(random.nextInt(sources.size()));
                List<String> sentences = new ArrayList<>();
                int length = Math.min(main.sentences().size(), 6 + random.nextInt(14));
                int from = random.nextInt(main.sentences().size() - length + 1);
                sentences.addAll(main.sentences().subList(from, from + length));
                for (int k = random.nextInt(4); k > 0; k--) {
                    sentences.add(random.nextInt(sentences.size() + 1),
                            other.sentences().get(random.nextInt(other.sentences().size())));
                }
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("id", String.format("gen-%07d", i));
                record.put("date", main.date());
                record.put("text", paragraphs(sentences));
                String line = json.writeValueAsString(record);
                writer.write(line);
                writer.write('\n');
                bytes += line.length() + 1;
            }
        }
        return bytes;
    }

    private static String paragraphs(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                text.append(i % 3 == 0 ? "\n\n" : " ");
            }
            text.append(sentences.get(i));
        }
        return text.toString();
    }
}
