package nl.binnenhof.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.binnenhof.analysis.AnalysisJson;
import nl.binnenhof.analysis.Analyzer;
import nl.binnenhof.analysis.ArticleAnalysis;
import nl.binnenhof.read.Article;
import nl.binnenhof.text.TextLayers;

/** Which actors count as named in one sentence, on a real seed. */
class SentencePairsTest {

    @Test
    void actorsNamedInOneSentenceArePairedAndOthersAreNot() throws IOException {
        String text = Files.readString(Corpus.path("seeds/000_12c99f56c81566fe.txt"), StandardCharsets.UTF_8);
        ArticleAnalysis analysis = Analyzer.create().analyze(Article.of("000", text));
        Set<String> pairs = ArticleDocuments.sentencePairs(AnalysisJson.toMap(analysis),
                analysis.document().get(TextLayers.SENTENCES));
        // "Volgens VVD-fractievoorzitter Halbe Zijlstra moet er ..."
        assertTrue(pairs.contains("Halbe Zijlstra\tVVD"), pairs.toString());
        // "... zei de premier tegen D66-leider Alexander Pechtold en CDA-leider Sybrand Buma."
        assertTrue(pairs.contains("Alexander Pechtold\tSybrand Buma"), pairs.toString());
        // Zijlstra and Pechtold are never named in one sentence
        assertFalse(pairs.contains("Alexander Pechtold\tHalbe Zijlstra"), pairs.toString());
        pairs.forEach(p -> assertTrue(p.split("\t")[0].compareTo(p.split("\t")[1]) < 0, "ordered: " + p));
    }
}
