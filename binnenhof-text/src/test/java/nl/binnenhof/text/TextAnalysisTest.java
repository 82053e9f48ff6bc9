package nl.binnenhof.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.binnenhof.read.Article;

class TextAnalysisTest {
    private static final Pipeline TEXT = TextAnalysis.pipeline();

    private static Document analyse(String text) {
        Document doc = new Document(Article.of("t", text));
        TEXT.annotate(doc);
        return doc;
    }

    private static List<String> sentences(String text) {
        Document doc = analyse(text);
        return doc.get(TextLayers.SENTENCES).stream().map(doc::covered).toList();
    }

    private static List<String> quotes(String text) {
        Document doc = analyse(text);
        return doc.get(TextLayers.QUOTATIONS).stream()
                .map(q -> doc.text().substring(q.contentBegin(), q.contentEnd())).toList();
    }

    @Test
    void timesAmountsAndAbbreviationsDoNotEndSentences() {
        assertEquals(List.of("Het overleg eindigde om 01.45 uur en kostte 1,2 miljard.", "Daarna ging o.a. de premier naar huis."),
                sentences("Het overleg eindigde om 01.45 uur en kostte 1,2 miljard. Daarna ging o.a. de premier naar huis."));
        assertEquals(1, sentences("Minister J. de Vries en drs. P. Jansen waren er ook.").size());
    }

    @Test
    void fullStopInsideQuoteEndsSentenceAfterTheClosingMark() {
        assertEquals(List.of("Hij zei: “Dat is klaar.”", "Daarna vertrok hij."),
                sentences("Hij zei: “Dat is klaar.” Daarna vertrok hij."));
    }

    @Test
    void questionMarkBeforeAttributionDoesNotEndTheSentence() {
        assertEquals(1, sentences("“Wie had dat gedacht?” twittert de fractievoorzitter.").size());
    }

    @Test
    void everyQuoteStyleIsFound() {
        assertEquals(List.of("een", "twee", "drie", "vier", "vijf", "zes"),
                quotes("„een” en “twee” en \"drie\" en ‘vier’ en 'vijf' en «zes»."));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), quotes("De PVV'er sprak over scenario’s en thema's, 's avonds laat."));
        assertEquals(List.of("goed"), quotes("Zij noemde de thema's 'goed' en ging weg."));
    }

    @Test
    void nestedQuotationIsMarkedNested() {
        Document doc = analyse("Hij schreef: “Een zogenaamde ‘crisis’ van eigen maak.”");
        List<Quotation> q = doc.get(TextLayers.QUOTATIONS);
        assertEquals(2, q.size());
        assertTrue(q.stream().anyMatch(x -> x.nested() && doc.covered(x).equals("‘crisis’")));
    }

    @Test
    void quotationRunsOverParagraphsUntilItsClosingMark() {
        String text = "Inleiding.\n\n\"Dit is alinea een.\n\nDit is alinea twee.\"\n\nEinde.";
        assertEquals(List.of("Dit is alinea een.\n\nDit is alinea twee."), quotes(text));
    }

    @Test
    void reopenedQuotationAtNewParagraphContinues() {
        String text = "„Eerste deel van het citaat.\n\n„Tweede deel van het citaat.”\n\nEinde.";
        List<String> q = quotes(text);
        assertEquals(1, q.size());
        assertTrue(q.get(0).startsWith("Eerste") && q.get(0).endsWith("citaat."));
    }

    @Test
    void datelineHeadingsAndParagraphsAreBlocks() {
        Document doc = analyse(" date 2023-07 Kop van het stuk\n\nEen zin. Nog een zin.\n\nTussenkop\n\nSlot.");
        List<Block.Kind> kinds = doc.get(TextLayers.BLOCKS).stream().map(Block::kind).toList();
        assertEquals(List.of(Block.Kind.DATELINE, Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.HEADING,
                Block.Kind.PARAGRAPH), kinds);
    }

    @Test
    void tokensKeepCompoundsNumbersAndOffsets() {
        Document doc = analyse("De VVD-premier sprak om 21.30 uur over 1,2 miljard.");
        List<String> words = doc.get(TextLayers.TOKENS).stream().map(Token::text).toList();
        assertTrue(words.contains("VVD-premier") && words.contains("21.30") && words.contains("1,2"));
        for (Token t : doc.get(TextLayers.TOKENS)) {
            assertEquals(t.text(), doc.covered(t));
        }
    }

    @Test
    void multiParagraphQuoteInRealSeedIsOneQuotation() throws IOException {
        String text = Files.readString(Corpus.path("seeds/002_1f7b86238e898ac0.txt"), StandardCharsets.UTF_8);
        Document doc = analyse(text);
        Quotation last = doc.get(TextLayers.QUOTATIONS).get(doc.get(TextLayers.QUOTATIONS).size() - 1);
        String content = text.substring(last.contentBegin(), last.contentEnd());
        assertTrue(content.contains("\n\n"), "the reporter's quote spans paragraphs");
        assertTrue(content.endsWith("nieuwe verkiezingen."));
    }

    @Test
    void seedSentencesNeverCrossBlocksAndCoverAllTokens() throws IOException {
        for (Path seed : Corpus.seeds()) {
            Document doc = analyse(Files.readString(seed, StandardCharsets.UTF_8));
            int covered = 0;
            for (Sentence s : doc.get(TextLayers.SENTENCES)) {
                Block b = doc.get(TextLayers.BLOCKS).get(s.block());
                assertTrue(b.covers(s), seed + ": sentence outside its block");
                covered += s.endToken() - s.firstToken();
            }
            assertEquals(doc.get(TextLayers.TOKENS).size(), covered, seed.toString());
        }
    }

    @Test
    void pipelineRefusesStagesOutOfOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pipeline.of(new BlockSplitter(), new SentenceSplitter()));
        assertTrue(e.getMessage().startsWith("SentenceSplitter requires layer"), e.getMessage());
    }

    @Test
    void layersAreWriteOnce() {
        Document doc = analyse("Een zin.");
        assertThrows(IllegalStateException.class, () -> doc.add(TextLayers.TOKENS, List.of()));
        assertEquals(Set.of(TextLayers.BLOCKS, TextLayers.TOKENS, TextLayers.LOWER_CASE, TextLayers.QUOTATIONS,
                TextLayers.SENTENCES), doc.layers());
    }

    @Test
    void theLowerCaseLayerRunsParallelToTheTokensAndKeepsLowerCaseTokensAsTheyAre() {
        Document doc = analyse("De VVD-fractie en Dilan Yeşilgöz-Zegerius zeiden nee.");
        List<Token> tokens = doc.get(TextLayers.TOKENS);
        List<String> lower = doc.get(TextLayers.LOWER_CASE);
        assertEquals(tokens.size(), lower.size());
        assertEquals(List.of("de", "vvd-fractie", "en", "dilan", "yeşilgöz-zegerius", "zeiden", "nee", "."), lower);
        assertSame(tokens.get(2).text(), lower.get(2), "a token already in lower case is not copied");
    }
}
