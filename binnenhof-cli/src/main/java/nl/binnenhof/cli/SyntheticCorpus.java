package nl.binnenhof.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.binnenhof.read.Article;
import nl.binnenhof.store.Days;
import nl.binnenhof.text.Block;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Pipeline;
import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.TextAnalysis;
import nl.binnenhof.text.TextLayers;

/**
 * A large corpus made at run time from real articles, for benchmarks and crash tests: each new article takes a
 * real article's date (a random day of its month) and source, a real sentence as headline, and runs of one to
 * three consecutive real sentences from random paragraphs until it is about as long as a real article. So
 * names, quotes and attributions stay real Dutch news, while no text is stored in the project. Deterministic
 * for a seed.
 */
final class SyntheticCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Source(String date, String source) {
    }

    private final List<Source> sources = new ArrayList<>();
    private final List<List<String>> paragraphs = new ArrayList<>();

    /** Splits the real articles into paragraphs of sentences with the project's own sentence splitter. */
    SyntheticCorpus(List<Article> articles) {
        Pipeline text = TextAnalysis.pipeline();
        for (Article article : articles) {
            Document doc = new Document(article);
            text.annotate(doc);
            sources.add(new Source(article.date(), article.source()));
            List<Block> blocks = doc.get(TextLayers.BLOCKS);
            Map<Integer, List<String>> byBlock = new LinkedHashMap<>();
            for (Sentence s : doc.get(TextLayers.SENTENCES)) {
                if (blocks.get(s.block()).kind() == Block.Kind.PARAGRAPH) {
                    byBlock.computeIfAbsent(s.block(), b -> new ArrayList<>())
                            .add(doc.covered(s).replaceAll("\\s+", " ").strip());
                }
            }
            byBlock.values().stream().filter(p -> !p.isEmpty()).forEach(paragraphs::add);
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no sentences to recombine: give real articles");
        }
    }

    /** Writes {@code count} articles as JSON Lines (id, date, source, text). */
    void write(Path file, int count, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Map<String, Object> record = new LinkedHashMap<>();
                Source source = sources.get(random.nextInt(sources.size()));
                record.put("id", String.format("synthetic-%07d", i));
                record.put("date", day(source.date(), random));
                record.put("source", source.source());
                record.put("text", text(random));
                out.write(JSON.writeValueAsString(record));
                out.write('\n');
            }
        }
    }

    private String text(SplittableRandom random) {
        int target = 150 + random.nextInt(250); // real articles run from about 150 to 400 words
        List<String> headlineParagraph = paragraphs.get(random.nextInt(paragraphs.size()));
        StringBuilder text = new StringBuilder(headlineParagraph.get(0));
        int words = 0;
        while (words < target) {
            List<String> paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
            int start = random.nextInt(paragraph.size());
            int end = Math.min(paragraph.size(), start + 1 + random.nextInt(3));
            text.append("\n\n");
            for (int i = start; i < end; i++) {
                String sentence = paragraph.get(i);
                text.append(i > start ? " " : "").append(sentence);
                words += sentence.split(" ").length;
            }
        }
        return text.toString();
    }

    /** A random day within the source's date, which may be a year or a month; null stays null. */
    private static String day(String date, SplittableRandom random) {
        LocalDate first = Days.firstDay(date);
        LocalDate last = Days.lastDay(date);
        if (first == null) {
            return null;
        }
        return first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() + 1)).toString();
    }
}
