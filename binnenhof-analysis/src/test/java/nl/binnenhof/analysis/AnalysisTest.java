package nl.binnenhof.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.binnenhof.actors.PersonActor;
import nl.binnenhof.quotes.Quote;
import nl.binnenhof.read.Article;

/** The actor and quote stages on real seed articles and on sentences written for the test. */
class AnalysisTest {
    private static final Analyzer ANALYZER = Analyzer.create();

    static ArticleAnalysis seed(String name, String date) throws IOException {
        Path corpus = Path.of(System.getProperty("binnenhof.corpus", "../shared/corpus"));
        String text = Files.readString(corpus.resolve("seeds").resolve(name + ".txt"), StandardCharsets.UTF_8);
        return ANALYZER.analyze(new Article(name, text, date, null, null, name));
    }

    static ArticleAnalysis text(String date, String text) {
        return ANALYZER.analyze(new Article("t", text, date, null, null, "t"));
    }

    static Optional<PersonActor> person(ArticleAnalysis a, String name) {
        return a.persons().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    static Quote quote(ArticleAnalysis a, String start) {
        return a.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + start + " in " + a.quotes()));
    }

    @Test
    void rolesAndPartiesComeFromTheWordsAroundAName() throws IOException {
        ArticleAnalysis a = seed("001_c04cf5d71b904dc6", "2023-07");
        PersonActor deJonge = person(a, "Hugo de Jonge").orElseThrow();
        assertEquals("CDA", deJonge.party());
        assertTrue(deJonge.roles().contains("minister"));
        PersonActor schouten = person(a, "Carola Schouten").orElseThrow();
        assertEquals("ChristenUnie", schouten.party());
        assertTrue(schouten.roles().contains("vicepremier"), "the plural 'vicepremiers' gives the role to the list");
        assertTrue(person(a, "Wopke Hoekstra").orElseThrow().roles().contains("vicepremier"));
    }

    @Test
    void bareSurnamesLinkToTheFullName() throws IOException {
        ArticleAnalysis a = seed("001_c04cf5d71b904dc6", "2023-07");
        assertEquals(1, a.persons().stream().filter(p -> p.name().endsWith("van der Burg")).count());
        assertEquals("Eric van der Burg", quote(a, "Maar je hebt geen deal").speaker());
    }

    @Test
    void pronounAndRoleNounSpeakersResolve() throws IOException {
        ArticleAnalysis a = seed("001_c04cf5d71b904dc6", "2023-07");
        assertEquals("Eric van der Burg", quote(a, "Maar verschillen zijn er").speaker(), "benadrukte hij");
        assertEquals("Wopke Hoekstra", quote(a, "Ze hebben allemaal").speaker(), "zei de CDA-leider");
        assertEquals("Sigrid Kaag", a.quotes().stream().filter(q -> q.text().equals("goede gesprekken")).findFirst()
                .orElseThrow().speaker(), "Volgens haar");
    }

    @Test
    void unknownPersonsAreLearnedFromTheText() throws IOException {
        ArticleAnalysis a = seed("002_1f7b86238e898ac0", "2021-09");
        PersonActor fresen = person(a, "Ron Fresen").orElseThrow();
        assertFalse(fresen.known());
        assertTrue(fresen.roles().contains("verslaggever"));
        assertEquals("Ron Fresen", quote(a, "De allergrootste opgave").speaker());
        assertEquals("Ron Fresen", quote(a, "Nieuwe kabinet moet bewijzen").speaker(), "a headline repeats a body quote");
        assertTrue(person(a, "Johan Remkes").isPresent(), "a bare surname of an informateur in office");
    }

    @Test
    void aHeadlineQuoteTakesTheSpeakerOfTheLongerBodyQuoteThatHoldsItsWords() throws IOException {
        // 'Op daden beoordelen' stands above a quote of Verhagen's that says "op haar daden beoordeeld worden",
        // and that quote gets its speaker from the sentence before it, later in the text
        assertEquals("Maxime Verhagen", quote(raw("nos-189216"), "Op daden beoordelen").speaker());
        assertEquals("Jesse Klaver", quote(raw("nhnieuws-n121399"), "Perfecte premier").speaker());
    }

    @Test
    void aNameInASubordinateClauseOfTheSentenceBeforeDoesNotGoOnSpeaking() throws IOException {
        // "… nadat buitenlandminister Caspar Veldkamp als eerste opstapte …", then a quote of the party's statement
        ArticleAnalysis a = raw("wik-vvd-verbaasd-dat");
        assertNotEquals("Caspar Veldkamp", quote(a, "Het kabinet was in gesprek").speaker());
        ArticleAnalysis written = text("2024-02", "Dinsdag sprak de informateur. Dat gebeurde nadat Geert Wilders "
                + "was vertrokken.\n\n\"We gaan door met de gesprekken.\"");
        assertNotEquals("Geert Wilders", written.quotes().get(0).speaker());
    }

    @Test
    void dePvdAerStandsForTheLastPersonOfThatPartyNamedBefore() throws IOException {
        assertEquals("Lodewijk Asscher", quote(raw("nrc-a4027518"), "Politici zijn passanten").speaker(), "zei de PvdA'er");
        assertEquals("Halbe Zijlstra", quote(raw("nu-3603203"), "Daarmee scheppen we").speaker(), "Volgens de VVD'er");
    }

    @Test
    void aBewindspersoonIsTheMinisterOrStaatssecretarisNamedBefore() throws IOException {
        ArticleAnalysis a = text("2026-03", "Minister Anna Visser (SP) sprak dinsdag met haar collega's. "
                + "\"We nemen dit heel serieus\", zegt de SP-bewindsvrouw.");
        assertEquals("Anna Visser", quote(a, "We nemen dit").speaker());
        assertEquals("Kajsa Ollongren", quote(raw("telegraaf-1542177918"), "Munitie is nu cruciaal").speaker(),
                "zegt de D66-bewindsvrouw, after Minister Ollongren");
    }

    @Test
    void theSentenceAfterAQuoteMayPointBackAtItAndNameItsSpeaker() throws IOException {
        ArticleAnalysis a = text("2026-03", "Het debat liep uit. Foto ANP\n\n"
                + "\"Dit pikken we niet langer.\" Met die uitspraak van Kamerlid Anna Visser begon de ruzie. "
                + "\"Wij gaan door.\" Dat zei Karin de Boer later.");
        assertEquals("Anna Visser", quote(a, "Dit pikken we").speaker());
        assertEquals("Karin de Boer", quote(a, "Wij gaan door").speaker());
        assertEquals("Selçuk Öztürk", quote(raw("nrc-a1330534"), "Moge Allah").speaker(),
                "Met die verwensing van Kamerlid Selçuk Öztürk");
    }

    @Test
    void aKnownSurnameThatOnlyEverOpensSentencesIsANameWhenTheArticleKeepsUsingIt() throws IOException {
        ArticleAnalysis a = raw("nu-2347293"); // undated; "Ferrier" is written four times, each at a sentence start
        assertTrue(person(a, "Kathleen Ferrier").isPresent(), a.persons().toString());
        assertEquals("Kathleen Ferrier", quote(a, "een of twee nachtjes").speaker());
        ArticleAnalysis once = text(null, "Ferrier is een mooie naam. Het kabinet viel.");
        assertTrue(person(once, "Kathleen Ferrier").isEmpty(), "once at a sentence start is any capitalised word");
    }

    @Test
    void anUnnamedPartyLeaderSpeaksForTheParty() {
        ArticleAnalysis a = text(null, "Minister Karin de Boer sprak met de Kamer. "
                + "\"Ik weet nog steeds niet wat het plan is\", verwijt de SP-leider de minister.");
        assertEquals("SP", quote(a, "Ik weet nog").speaker(), "the minister after the party's leader is whom he blames");
    }

    @Test
    void theSubjectAfterAVerbOfSayingBeforeAColonSpeaks() {
        ArticleAnalysis a = text("2026-03", "Minister Piet Bakker staat de Kamer te woord. "
                + "Als Kamervoorzitter Anna Visser hem vraagt op te schieten, reageert hij lachend: \"Ik ben bijna klaar.\"");
        assertEquals("Piet Bakker", quote(a, "Ik ben bijna klaar").speaker(), "not the chair of the opening subordinate clause");
    }

    @Test
    void foreignLeadersAreKnownByTheirSurnames() throws IOException {
        ArticleAnalysis a = raw("nrc-a4157080"); // "de Oekraïense president Zelensky … om „wings for freedom” vroeg"
        assertEquals("Volodymyr Zelensky", quote(a, "wings for freedom").speaker());
        ArticleAnalysis merkel = text("2015-06", "Merkel wil meer steun voor Griekenland. Bondskanselier Merkel sprak met Rutte.");
        assertTrue(person(merkel, "Angela Merkel").isPresent(), merkel.persons().toString());
    }

    @Test
    void aQuoteFromADocumentIsItsAuthors() {
        ArticleAnalysis a = text("2026-09", "Minister Karin de Boer presenteerde de begroting. "
                + "Het kabinet wil \"zuinig omgaan met schaarse middelen\", staat in de Miljoenennota. "
                + "\"De zorgen over de zorg nemen we serieus\", staat er ook. "
                + "\"Minder regels voor ondernemers\", staat in het verkiezingsprogramma van de VVD.");
        assertEquals("kabinet", quote(a, "zuinig omgaan").speaker());
        assertEquals("kabinet", quote(a, "De zorgen over de zorg").speaker(), "the document quoted before");
        assertEquals("VVD", quote(a, "Minder regels").speaker());
    }

    @Test
    void aPartysRoleWordBeforeANameDoesNotHideThePrepositionThatGovernsIt() throws IOException {
        ArticleAnalysis a = text("2026-03", "Het vertrek van NSC-leider Anna Visser heeft informateur Piet Bakker niet geraakt, "
                + "maar wel \"het instituut informateur\". Dat zei Bakker donderdag.");
        assertEquals("Piet Bakker", quote(a, "het instituut informateur").speaker());
        assertEquals("Ronald Plasterk", quote(raw("transportonline-163618"), "het instituut informateur").speaker());
        ArticleAnalysis b = text("2026-03", "Premier en VVD-leider Karin de Boer sprak van \"een gesprek in een reeks van gesprekken\".");
        assertEquals("Karin de Boer", quote(b, "een gesprek in een reeks").speaker(), "one description, no preposition");
    }

    @Test
    void splitQuoteGivesTwoQuotesWithOneSpeaker() {
        ArticleAnalysis a = text("2026-03", "\"Wij doen mee\", zei Kamerlid Anna Visser (SP). \"Maar niet tot elke prijs.\"");
        assertEquals(List.of("Anna Visser", "Anna Visser"), a.quotes().stream().map(Quote::speaker).toList());
        assertEquals("SP", person(a, "Anna Visser").orElseThrow().party());
    }

    @Test
    void speakerBeforeTheQuoteAndVolgens() {
        ArticleAnalysis a = text("2026-03", "Volgens Bert Smit is het \"een goed plan voor iedereen\". "
                + "Karin de Boer schrijft: \"Dit is het einde van een tijdperk.\"");
        assertEquals("Bert Smit", quote(a, "een goed plan").speaker());
        assertEquals("volgens", quote(a, "een goed plan").cue());
        assertEquals("Karin de Boer", quote(a, "Dit is het einde").speaker());
    }

    @Test
    void scareQuotesAroundATermAreNotQuotes() {
        ArticleAnalysis a = text("2026-03", "Jan Smit noemde het 'plan op hoofdlijnen' een begin. Ook de 'formateur' zweeg.");
        assertTrue(a.quotes().isEmpty(), a.quotes().toString());
    }

    @Test
    void theSourcesAreNotTheSpeakerOfWhatTheyReport() {
        ArticleAnalysis a = text("2026-03", "\"Het overleg zit vast\", zo melden bronnen aan de NOS.");
        assertNull(a.quotes().get(0).speaker());
    }

    @Test
    void cabinetNamesAreNotPersons() {
        ArticleAnalysis a = text("2023-11", "De partijen van Rutte IV verloren zetels.");
        assertTrue(a.persons().isEmpty(), a.persons().toString());
    }

    @Test
    void rolesSaidAfterTheNameOrOfAPronounCount() {
        ArticleAnalysis a = text("2022-01", "Ook Franc Weerwind (D66), beoogd minister voor Rechtsbescherming, komt "
                + "langs. Daarna volgt Dilan Yesilgöz. Zij is nu demissionair staatssecretaris. Wopke Hoekstra is er ook. "
                + "Hij wordt de nieuwe minister van Buitenlandse Zaken.");
        assertEquals(List.of("minister"), person(a, "Franc Weerwind").orElseThrow().roles());
        assertTrue(person(a, "Dilan Yeşilgöz").orElseThrow().roles().contains("staatssecretaris"));
        assertTrue(person(a, "Wopke Hoekstra").orElseThrow().roles().contains("minister"));

        ArticleAnalysis list = text("2015-03", "Er werd gedebatteerd over premier Mark Rutte (VVD), minister van "
                + "Veiligheid en Justitie Ivo Opstelten (VVD) en staatssecretaris Fred Teeven.");
        assertEquals(List.of("premier"), person(list, "Mark Rutte").orElseThrow().roles(),
                "a role followed by a name is that name's, not an apposition");
        assertTrue(person(list, "Ivo Opstelten").orElseThrow().roles().contains("minister"));
    }

    @Test
    void theJsonOfAnAnalysisIsTheSameBytesEveryTime() throws IOException {
        ArticleAnalysis a = seed("003_db0a187e84b59eb5", "2023-07");
        String json = AnalysisJson.toJson(a);
        // mention spans in one fixed key order (a Map.of would give a new order in every JVM)
        assertTrue(json.contains("\"mentions\":[{\"text\":"), json.substring(0, 400));
        assertEquals(json, AnalysisJson.toJson(ANALYZER.analyze(a.document().article())));
    }

    @Test
    void theJsonKeepsOrganisationStancesApartFromThoseOfPartiesAndPersons() throws Exception {
        ArticleAnalysis a = text("2026-03", "Het kabinet steunt het plan voor een nieuwe brug. De SP steunt het plan voor een nieuwe brug niet.");
        assertEquals(2, a.positions().size(), a.positions().toString());
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(AnalysisJson.toJson(a));
        assertEquals(1, json.path("positions").size());
        assertEquals("SP", json.path("positions").get(0).path("actor").asText());
        assertEquals(1, json.path("organisationPositions").size());
        assertEquals("kabinet", json.path("organisationPositions").get(0).path("actor").asText());
    }

    @Test
    void quotesKeepOffsetsIntoTheOriginalText() throws IOException {
        ArticleAnalysis a = seed("003_db0a187e84b59eb5", "2023-07");
        String text = a.document().text();
        for (Quote q : a.quotes()) {
            assertEquals(q.text(), text.substring(q.contentBegin(), q.contentEnd()));
            assertTrue(q.sentenceBegin() <= q.begin() && q.end() <= q.sentenceEnd());
            if (q.speakerBegin() >= 0) {
                assertNotNull(q.speaker());
            }
        }
    }

    @Test
    void indirectSpeechIsAttributed() throws IOException {
        ArticleAnalysis a = seed("002_1f7b86238e898ac0", "2021-09");
        assertTrue(a.indirectQuotes().stream().anyMatch(q -> "Mark Rutte".equals(q.speaker()) && "volgens".equals(q.cue())),
                a.indirectQuotes().toString());
    }

    @Test
    void oldTypewriterQuoteMarksAreQuotes() {
        ArticleAnalysis a = text("2016-09", ",,Dit is een goede begroting voor iedereen'', zei minister Jan de Graaf.");
        assertEquals("Dit is een goede begroting voor iedereen", a.quotes().get(0).text());
        assertEquals("Jan de Graaf", a.quotes().get(0).speaker());
    }

    @Test
    void aPronounNobodyFitsGivesNoSpeakerRatherThanAWrongOne() {
        ArticleAnalysis a = text("2016-09", "De PVV kreeg veel kritiek. \"Dat zou niet goed zijn voor het land\", zei ze.");
        assertNull(a.quotes().get(0).speaker(), a.quotes().toString());
    }

    @Test
    void aBareSurnameGoesToTheMostProminentNamesakeInOffice() {
        // in late 2025 a staatssecretaris Arno Rutte served, but "Rutte" in the news is the NATO chief
        ArticleAnalysis a = text("2025-11", "Volgens Rutte moet Europa meer uitgeven aan defensie.");
        assertEquals(List.of("Mark Rutte"), a.persons().stream().map(PersonActor::name).toList());
    }

    @Test
    void doubleSurnamesAndGenitivesKeepTheWholePerson() {
        ArticleAnalysis a = text("2010-02", "Minister Ernst Hirsch Ballin sprak. Later zei ex-minister Hirsch Ballin niets. "
                + "De opmars van Thierry Baudets Forum gaat door.");
        assertEquals(List.of("Ernst Hirsch Ballin", "Thierry Baudet"), a.persons().stream().map(PersonActor::name).toList());
    }

    @Test
    void rolesComeFromPredicatesReferencesAndFormerTitles() throws IOException {
        ArticleAnalysis a = text("2022-01", "Ziekenhuisbaas Ernst Kuipers wordt de nieuwe minister van Volksgezondheid. "
                + "Oud-verkenner Tamara van Ark was erbij.");
        PersonActor kuipers = person(a, "Ernst Kuipers").orElseThrow();
        assertTrue(kuipers.roles().contains("minister"), kuipers.toString());
        PersonActor vanArk = person(a, "Tamara van Ark").orElseThrow();
        assertEquals(List.of("verkenner"), vanArk.roles());
        assertEquals(List.of("verkenner"), vanArk.formerRoles());
        ArticleAnalysis seed = seed("001_c04cf5d71b904dc6", "2023-07");
        assertTrue(person(seed, "Wopke Hoekstra").orElseThrow().roles().contains("partijleider"), "zei de CDA-leider");
    }

    @Test
    void aPronounAfterASentenceContinuesItsSubject() {
        ArticleAnalysis a = text("2020-11", "Hugo de Jonge bedankte Pieter Omtzigt voor de strijd. "
                + "\"We gaan de tegenstellingen overwinnen\", zei hij.");
        assertEquals("Hugo de Jonge", a.quotes().get(0).speaker());
    }

    @Test
    void zijBesideAPluralVerbIsNoWoman() {
        ArticleAnalysis a = text("2024-02", "Dilan Yeşilgöz sprak met de boeren. \"Wij blijven demonstreren\", zeiden zij. "
                + "\"Het kabinet luistert niet\", zei ze later.");
        assertEquals(null, quote(a, "Wij blijven demonstreren").speaker(), "zij zeiden: the farmers, not Yeşilgöz");
        assertEquals("Dilan Yeşilgöz", quote(a, "Het kabinet luistert niet").speaker());
    }

    @Test
    void aSurnameWrittenWithALowerCaseParticleIsStillThePerson() throws IOException {
        // "zei van der Steur", and the "Hij" sentences after it continue him, not the premier named in between
        ArticleAnalysis a = raw("ijmuidercourant-28978749");
        assertEquals("Ard van der Steur", quote(a, "Velen hebben hun politiek oordeel").speaker());
        assertEquals("Ard van der Steur", quote(a, "hart en ziel").speaker());
    }

    @Test
    void aParticleAfterAnUnknownFirstNameIsNoOtherPersonsSurname() throws IOException {
        // "Cort van der Linden" (1913) is not René van der Linden of the knowledge base
        ArticleAnalysis a = raw("trouw-bc95343e");
        assertTrue(a.persons().stream().noneMatch(p -> p.name().equals("René van der Linden")), a.persons().toString());
    }

    @Test
    void volgensAfterAQuoteNamesItsSpeakerAndADatelineAgencyNeverSpeaks() throws IOException {
        ArticleAnalysis a = text("2010-09", "Het wordt een kabinet waarin 'iedereen zich kan herkennen', volgens Mark Rutte.");
        assertEquals("Mark Rutte", quote(a, "iedereen zich kan herkennen").speaker());
        ArticleAnalysis dateline = raw("wik-vvd-verbaasd-dat"); // "DEN HAAG (ANP) - De VVD is "…""
        assertEquals("VVD", quote(dateline, "zeer verbaasd dat NSC").speaker());
    }

    @Test
    void rolesInParenthesesAfterListOpenersAndAfterAPartyPrefix() {
        ArticleAnalysis a = text("2021-03", "Ollongren (D66, demissionair minister van Binnenlandse Zaken) liep naar buiten. "
                + "Ook prominente Kamerleden als Jeroen Recourt en Mei Li Vos vielen af. CDA-voorzitter Hans Huibers zweeg.");
        assertTrue(person(a, "Kajsa Ollongren").orElseThrow().roles().contains("minister"));
        assertTrue(person(a, "Jeroen Recourt").orElseThrow().roles().contains("kamerlid"));
        assertTrue(person(a, "Mei Li Vos").orElseThrow().roles().contains("kamerlid"), "the list goes on after 'en'");
        assertEquals(List.of("partijvoorzitter"), person(a, "Hans Huibers").orElseThrow().roles());
    }

    @Test
    void theNameRightBeforeAVerbOfSayingSpeaksAndTheKingIsAPerson() {
        ArticleAnalysis a = text("2010-10", "Koningin Beatrix heeft de ministers ontslag verleend, en Mark Rutte zegt "
                + "'de hand te willen reiken naar alle Nederlanders'. Over de PVV zegt de VVD-leider: 'Wij zien wel verder.'");
        assertEquals("Mark Rutte", quote(a, "de hand te willen reiken").speaker());
        assertTrue(person(a, "Beatrix").orElseThrow().roles().contains("koningin"), "a mononym of the knowledge base");
        assertEquals("Mark Rutte", quote(a, "Wij zien wel verder").speaker(), "'over de PVV' is no subject");
    }

    @Test
    void aBareSurnameNeedsAPlausibleBearer() throws IOException {
        // "Groot feest was het …": a capitalised word at a sentence start is no back-bencher named Groot
        assertTrue(raw("nu-5187881").persons().stream().noneMatch(p -> p.name().equals("Ed Groot")));
        // "Oud-premier De Jong" is no Kamerlid De Jong who was never premier
        assertTrue(raw("nos-188625").persons().stream().noneMatch(p -> p.name().equals("Romke de Jong")));
    }

    @Test
    void anUndatedArticleGivesAPersonsLatestParty() throws IOException {
        // Wilders left the VVD in 2004; without a date the PVV, his party since, is the one to give
        assertEquals("PVV", person(raw("nu-4544889"), "Geert Wilders").orElseThrow().party());
    }

    @Test
    void aSpeakerWhoseNameBeginsWithAParticleAfterTheVerb() {
        ArticleAnalysis a = text("2017-01", "Ard van der Steur trad af. \"De samenwerking was perfect\", zegt Van der Steur over zijn collega's.");
        assertEquals("Ard van der Steur", quote(a, "De samenwerking was perfect").speaker());
    }

    @Test
    void aSurnameARoleNounIntroducesIsAPersonAndSheStaysSingularBeforeAnInfinitive() {
        ArticleAnalysis a = text("2023-07", "Steun kwam van de Utrechtse wethouder Vermeulen en anderen. Vermeulen aarzelde lang. "
                + "\"Dit is de juiste kandidaat\", laat ze weten.");
        assertEquals("Vermeulen", quote(a, "Dit is de juiste kandidaat").speaker(), "'laat ze weten': 'weten' is no plural verb");
        assertTrue(person(a, "Vermeulen").orElseThrow().roles().contains("wethouder"));
    }

    static ArticleAnalysis raw(String id) throws IOException {
        Path corpus = Path.of(System.getProperty("binnenhof.corpus", "../shared/corpus"));
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : Files.readAllLines(corpus.resolve("raw/politics.jsonl"), StandardCharsets.UTF_8)) {
            com.fasterxml.jackson.databind.JsonNode r = mapper.readTree(line);
            if (r.path("id").asText().equals(id)) {
                String date = r.path("date").isNull() ? null : r.path("date").asText(null);
                return ANALYZER.analyze(new Article(id, r.path("text").asText(), date, null, null, id));
            }
        }
        throw new AssertionError("no raw article " + id);
    }

    @Test
    void aCandidatePremierIsNotTheSittingOne() throws IOException {
        // May 2024: Dick Schoof is "de kandidaat-premier" while Mark Rutte still holds the office
        ArticleAnalysis a = raw("nos-2522239");
        assertTrue(a.quotes().stream().noneMatch(q -> "Mark Rutte".equals(q.speaker())), a.quotes().toString());
        assertEquals("Dick Schoof", quote(a, "Mijn plannen voor Nederland").speaker());
    }
}
