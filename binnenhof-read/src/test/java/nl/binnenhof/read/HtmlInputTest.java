package nl.binnenhof.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlInputTest {

    private static final String CLUTTERED_PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Kabinet valt | Voorbeeldkrant</title>
              <meta property="article:published_time" content="2023-07-07T21:15:00+02:00">
              <link rel="canonical" href="https://voorbeeldkrant.example/kabinet-valt">
              <script>var tracker = "SCRIPTTEKST in de kop";</script>
              <style>p { color: red; }</style>
            </head><body>
              <header><a href="/">Voorbeeldkrant</a><nav><a>Politiek</a> <a>Sport</a></nav></header>
              <nav class="menu"><ul><li>MENUTEKST Binnenland</li><li>Buitenland</li></ul></nav>
              <article>
                <h1>Het kabinet is gevallen</h1>
                <p>De coalitie kwam er   vrijdagavond
                   niet uit.</p>
                <script>document.write("SCRIPTTEKST in het artikel");</script>
                <figure><img src="x.jpg"><figcaption>BIJSCHRIFT bij de foto</figcaption></figure>
                <p>De premier biedt het ontslag aan bij de <b>koning</b>.<br>Dat gebeurt zaterdag.</p>
                <div>Een <a href="#">losse</a> regel in een div</div>
                <aside>LEES OOK: iets anders</aside>
                <form><input value="FORMULIER"></form>
              </article>
              <aside>ZIJBALK met andere berichten</aside>
              <footer>VOETTEKST copyright</footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void takesTheArticleTextWithoutClutterAsParagraphs() throws IOException {
        Path file = Files.writeString(dir.resolve("val.html"), CLUTTERED_PAGE);
        Article article = Reading.of(file).only();
        assertEquals("val", article.id());
        assertEquals("""
                Het kabinet is gevallen

                De coalitie kwam er vrijdagavond niet uit.

                De premier biedt het ontslag aan bij de koning.
                Dat gebeurt zaterdag.

                Een losse regel in een div""", article.text());
        for (String clutter : new String[] {"SCRIPTTEKST", "MENUTEKST", "BIJSCHRIFT", "LEES OOK", "FORMULIER",
                "ZIJBALK", "VOETTEKST", "color", "Voorbeeldkrant"}) {
            assertFalse(article.text().contains(clutter), clutter);
        }
    }

    @Test
    void takesHeadlineDateAndCanonicalAddressFromThePage() throws IOException {
        Path file = Files.writeString(dir.resolve("val.htm"), CLUTTERED_PAGE);
        Article article = Reading.of(file).only();
        assertEquals("Het kabinet is gevallen", article.title());
        assertEquals("2023-07-07", article.date());
        assertEquals("https://voorbeeldkrant.example/kabinet-valt", article.source());
        assertEquals(file.toString(), article.origin());
    }

    @Test
    void withoutArticleElementTakesMainAndTimeAndOgUrlAndTitle() throws IOException {
        Path file = Files.writeString(dir.resolve("m.html"), """
                <html><head><title>Debat over de begroting</title>
                <meta property="og:url" content="https://voorbeeld.example/debat"></head>
                <body><div>BUITEN MAIN</div>
                <main><p>De Kamer debatteert. <time datetime="2022-09-21">Woensdag</time></p>
                <ul><li>Punt een</li><li>Punt twee</li></ul></main></body></html>
                """);
        Article article = Reading.of(file).only();
        assertEquals("De Kamer debatteert. Woensdag\n\nPunt een\n\nPunt twee", article.text());
        assertEquals("Debat over de begroting", article.title());
        assertEquals("2022-09-21", article.date());
        assertEquals("https://voorbeeld.example/debat", article.source());
    }

    @Test
    void withoutArticleOrMainTakesTheBody() throws IOException {
        Path file = Files.writeString(dir.resolve("b.html"),
                "<html><body><nav>Menu</nav><p>Alleen een alinea.</p><h2>Tussenkop</h2>Los stukje</body></html>");
        Article article = Reading.of(file).only();
        assertEquals("Alleen een alinea.\n\nTussenkop\n\nLos stukje", article.text());
        assertNull(article.title());
        assertNull(article.date());
        assertNull(article.source());
    }

    @Test
    void anUnreadablePublishedDateIsAWarning() throws IOException {
        Path file = Files.writeString(dir.resolve("d.html"),
                "<html><head><meta name=\"date\" content=\"vorige week\"></head><body><p>Tekst.</p></body></html>");
        Reading reading = Reading.of(file);
        assertNull(reading.only().date());
        reading.onlyProblem(file.toString(), "unreadable published date", "vorige week");
    }

    @Test
    void aPageDeclaringWindows1252IsDecodedWithIt() throws IOException {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Financiën en één euro</p></body>";
        Path file = Files.write(dir.resolve("oud.html"), html.getBytes(Charset.forName("windows-1252")));
        assertEquals("Financiën en één euro", Reading.of(file).only().text());
    }
}
