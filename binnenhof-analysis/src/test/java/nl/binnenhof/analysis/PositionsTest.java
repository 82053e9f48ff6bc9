package nl.binnenhof.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.binnenhof.positions.Position;
import nl.binnenhof.positions.Position.Polarity;

/** Stances on real seed articles and on sentences written for the test. */
class PositionsTest {

    private static List<String> stances(ArticleAnalysis a) {
        return a.positions().stream()
                .map(p -> p.actor() + " " + p.polarity().name().toLowerCase() + " " + p.target()).toList();
    }

    /** Fails with every stance found, so that a miss shows what was read instead. */
    private static void assertHas(ArticleAnalysis a, String actor, Polarity polarity, String targetPart) {
        assertTrue(has(a, actor, polarity, targetPart), actor + " " + polarity + " " + targetPart + " not in " + stances(a));
    }

    private static boolean has(ArticleAnalysis a, String actor, Polarity polarity, String targetPart) {
        for (Position p : a.positions()) {
            if (p.actor().equals(actor) && p.polarity() == polarity && p.target().contains(targetPart)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void coordinatedActorsEachTakeTheStance() throws IOException {
        ArticleAnalysis a = AnalysisTest.seed("001_c04cf5d71b904dc6", "2023-07");
        assertHas(a, "VVD", Polarity.SUPPORT, "strenger asielbeleid");
        assertHas(a, "CDA", Polarity.SUPPORT, "strenger asielbeleid");
        assertTrue(a.positions().stream().noneMatch(p -> p.actor().equals("D66")), "D66 is only compared, it takes no stance");
    }

    @Test
    void opposingPartiesGetTheOppositeStance() throws IOException {
        ArticleAnalysis a = AnalysisTest.seed("004_fe59bcc4f5a820d3", "2023-07");
        assertHas(a, "D66", Polarity.OPPOSE, "strengere regels");
        assertHas(a, "ChristenUnie", Polarity.OPPOSE, "strengere regels");
        assertTrue(has(a, "D66", Polarity.SUPPORT, "opvang beter geregeld"), "'Zij' is the group named before");
        assertTrue(has(a, "VVD", Polarity.SUPPORT, "minder asielzoekers"), "'Die partij' is the VVD");
        assertHas(a, "Mark Rutte", Polarity.OPPOSE, "het kabinet te laten vallen");
    }

    @Test
    void proposalReferredToAgainKeepsItsTarget() throws IOException {
        ArticleAnalysis a = AnalysisTest.seed("000_12c99f56c81566fe", "2013-09");
        String proposal = "beperking van 100 miljoen op de bezuinigingen op de kinderopvangtoeslag";
        assertTrue(has(a, "Diederik Samsom", Polarity.SUPPORT, proposal), stances(a).toString());
        assertTrue(has(a, "GroenLinks", Polarity.SUPPORT, proposal), "the partner of the deal");
        assertTrue(has(a, "VVD", Polarity.OPPOSE, proposal), "'Dit voorstel kreeg geen steun van de VVD'");
        assertTrue(has(a, "Mark Rutte", Polarity.OPPOSE, proposal), "'wilde het voorstel nog niet omarmen'");
    }

    @Test
    void whatAnActorWouldHaveHappenIsItsStance() {
        ArticleAnalysis a = AnalysisTest.text("2024-05", "Als het aan de PVV ligt, komt er een volledige asielstop. "
                + "Maar als het aan de VVD ligt, gaan de onderhandelingen volgende week niet door. "
                + "Wat de SP betreft komt er een hoger minimumloon. Wat de begroting betreft, is het kabinet voorzichtig.");
        assertHas(a, "PVV", Polarity.SUPPORT, "asielstop");
        assertHas(a, "VVD", Polarity.OPPOSE, "onderhandelingen volgende week");
        assertHas(a, "SP", Polarity.SUPPORT, "hoger minimumloon");
        assertTrue(a.positions().stream().noneMatch(p -> p.target().contains("voorzichtig")),
                "'wat de begroting betreft' names a topic, not an actor: " + stances(a));
    }

    @Test
    void whatComesFirstForAnActorIsItsStance() {
        ArticleAnalysis a = AnalysisTest.text("2024-05", "Voor de SP is een hoger minimumloon het belangrijkst. "
                + "Voor het CDA is het afschaffen van de hypotheekrenteaftrek onbespreekbaar. "
                + "Voor D66 zijn onderwijs, wonen en klimaat essentieel. Voor de economie is een lage inflatie belangrijk.");
        assertHas(a, "SP", Polarity.SUPPORT, "een hoger minimumloon");
        assertHas(a, "CDA", Polarity.OPPOSE, "het afschaffen van de hypotheekrenteaftrek");
        assertHas(a, "D66", Polarity.SUPPORT, "onderwijs, wonen en klimaat");
        assertTrue(a.positions().stream().noneMatch(p -> p.target().contains("inflatie")),
                "the economy is no actor: " + stances(a));
    }

    @Test
    void aTargetThatOnlySaysDatStandsForTheSentenceBeforeOrForNothing() {
        ArticleAnalysis a = AnalysisTest.text("2024-05", "Als de partijen er niet uit komen, kunnen de gesprekken "
                + "volgende week doorgaan. Maar als het aan de VVD ligt, gaat dat niet gebeuren.\n\n"
                + "Als het aan de SP ligt, gebeurt dat wel.");
        assertHas(a, "VVD", Polarity.OPPOSE, "kunnen de gesprekken volgende week doorgaan");
        assertTrue(a.positions().stream().noneMatch(p -> p.actor().equals("SP")),
                "a new paragraph: 'dat' has nothing to stand for, " + stances(a));
    }

    @Test
    void passiveRejectionNamesTheActorsAfterDoor() {
        ArticleAnalysis a = AnalysisTest.text("2024-02", "Het voorstel om de btw te verlagen werd afgewezen door SP en PvdD.");
        assertHas(a, "SP", Polarity.OPPOSE, "voorstel om de btw te verlagen");
        assertHas(a, "PvdD", Polarity.OPPOSE, "voorstel om de btw te verlagen");
    }

    @Test
    void negationTurnsThePolarity() {
        ArticleAnalysis a = AnalysisTest.text("2024-02", "De SGP steunt het plan voor een nieuwe kerncentrale niet.");
        assertHas(a, "SGP", Polarity.OPPOSE, "het plan voor een nieuwe kerncentrale");
    }

    @Test
    void judgementsGiveTheirPolarity() {
        ArticleAnalysis a = AnalysisTest.text("2024-02",
                "De Voorjaarsnota is een teleurstelling, vindt SP-leider Jimmy Dijk. BBB noemt de stikstofwet 'onverantwoord'.");
        assertHas(a, "Jimmy Dijk", Polarity.OPPOSE, "Voorjaarsnota");
        assertHas(a, "BBB", Polarity.OPPOSE, "de stikstofwet");
    }

    @Test
    void wishesAboutTheConversationAreNoStances() {
        ArticleAnalysis a = AnalysisTest.text("2024-02", "Minister Eelco Heinen wilde niet ingaan op de uitlatingen. "
                + "De premier wilde weinig zeggen. Jetten wil op 1 april aftreden.");
        assertEquals(List.of(), stances(a));
    }

    @Test
    void anActorAfterVanActsOnlyThroughItsOwnVoice() {
        ArticleAnalysis a = AnalysisTest.text("2024-02", "De fractie van D66 wil een hoger minimumloon. "
                + "De kiezers van de VVD willen lagere belastingen. "
                + "De leden van de SP steunden het verkiezingsprogramma.");
        assertHas(a, "D66", Polarity.SUPPORT, "een hoger minimumloon");
        assertTrue(has(a, "SP", Polarity.SUPPORT, "het verkiezingsprogramma"), "a member vote speaks for the party");
        assertTrue(a.positions().stream().noneMatch(p -> p.actor().equals("VVD")), "the voters are not the party: " + stances(a));
    }

    @Test
    void aStanceVerbAtTheEndOfASubordinateClauseHasActorAndTargetBeforeIt() {
        ArticleAnalysis a = AnalysisTest.text("2024-02", "Rutte zei dat de VVD het nieuwe pensioenakkoord steunt. "
                + "Bontenbal liet weten dat het CDA de motie van wantrouwen niet zal steunen. "
                + "Of GroenLinks-PvdA het voorstel zou steunen, wilde Timmermans niet zeggen.");
        assertHas(a, "VVD", Polarity.SUPPORT, "het nieuwe pensioenakkoord");
        assertTrue(has(a, "CDA", Polarity.OPPOSE, "de motie van wantrouwen"), "the negation before the verb: " + stances(a));
        assertTrue(a.positions().stream().noneMatch(p -> p.actor().equals("GL-PvdA")), "'of' asks, it states nothing: " + stances(a));
    }

    @Test
    void aRelativeClauseGivesItsAntecedentsStance() {
        ArticleAnalysis a = AnalysisTest.text("2024-02", "Ook de SGP, die het kabinet meestal steunt, verloor een zetel. "
                + "Dijk liet weten dat hij de nieuwe huurwet 'onnodig en onrechtvaardig' vindt.");
        assertHas(a, "SGP", Polarity.SUPPORT, "het kabinet");
        assertTrue(a.positions().stream().anyMatch(p -> p.polarity() == Polarity.OPPOSE && p.target().equals("de nieuwe huurwet")),
                "the judgement before the verb, not in the target: " + stances(a));
    }

    @Test
    void negationsInsideACueAndJudgementsThatComeFirst() {
        ArticleAnalysis a = AnalysisTest.text("2024-02", "De SP kon uiteindelijk niet instemmen met het wetsvoorstel. "
                + "'Onacceptabel', noemt Wilders de nieuwe stikstofregels. Het CDA was niet blij met de nieuwe begroting. "
                + "Bontenbal noemt de lijst een mooie mix van ervaring en nieuw talent.");
        assertHas(a, "SP", Polarity.OPPOSE, "het wetsvoorstel");
        assertHas(a, "Geert Wilders", Polarity.OPPOSE, "de nieuwe stikstofregels");
        assertHas(a, "CDA", Polarity.OPPOSE, "de nieuwe begroting");
        assertTrue(has(a, "Henri Bontenbal", Polarity.SUPPORT, "de lijst"), "'mooie' is 'mooi' inflected: " + stances(a));
    }

    @Test
    void standingBehindAfterAVerbOfSayingAndADemonstrativeTarget() {
        ArticleAnalysis a = AnalysisTest.text("2021-09", "Kaag zei achter de inzet van de afgelopen periode te staan. "
                + "'Onacceptabel', noemt Rutte deze boerenacties.");
        assertHas(a, "Sigrid Kaag", Polarity.SUPPORT, "de inzet van de afgelopen periode");
        assertHas(a, "Mark Rutte", Polarity.OPPOSE, "deze boerenacties");
    }

    @Test
    void hopesAndJudgementsOfAThatClause() {
        ArticleAnalysis a = AnalysisTest.text("2023-08", "Ollongren noemt het \"goed nieuws\" dat de Verenigde Staten de levering van F-16's toestaan. "
                + "Hoekstra hoopt dat de straaljagers snel worden geleverd. "
                + "Minister Ferd Grapperhaus zei dat hij de motie voor een avondklok vanaf 21.00 uur acceptabel vindt.");
        assertHas(a, "Kajsa Ollongren", Polarity.SUPPORT, "de Verenigde Staten de levering van F-16's toestaan");
        assertHas(a, "Wopke Hoekstra", Polarity.SUPPORT, "de straaljagers snel worden geleverd");
        assertHas(a, "Ferd Grapperhaus", Polarity.SUPPORT, "de motie voor een avondklok");
    }

    @Test
    void aVoteWithoutObjectIsOnTheProposalNamedJustBefore() {
        ArticleAnalysis a = AnalysisTest.text("2024-02", "De motie van Bikker over de kinderopvang krijgt een meerderheid: "
                + "NSC, CDA en de ChristenUnie stemden voor. De PVV stemde tegen.");
        assertHas(a, "NSC", Polarity.SUPPORT, "De motie van Bikker over de kinderopvang");
        assertHas(a, "ChristenUnie", Polarity.SUPPORT, "De motie van Bikker");
        assertTrue(has(a, "PVV", Polarity.OPPOSE, "De motie van Bikker"), "the proposal of the sentence before: " + stances(a));
    }

    @Test
    void whoFilesAMotionSupportsItAndIndignationOpposes() {
        ArticleAnalysis a = AnalysisTest.text("2025-08", "Een motie van wantrouwen van de SP werd verworpen. "
                + "De VVD is \"zeer verbaasd dat NSC plots uit het kabinet stapt\".");
        assertHas(a, "SP", Polarity.SUPPORT, "motie van wantrouwen");
        assertHas(a, "VVD", Polarity.OPPOSE, "NSC plots uit het kabinet stapt");
    }

    @Test
    void aPluralPronounStandsForTheActorsNamedTogetherBeforeIt() {
        ArticleAnalysis a = AnalysisTest.text("2025-08", "NSC verwijt de VVD en BBB dat ze verdere sancties tegen Israël niet steunden.");
        assertHas(a, "VVD", Polarity.OPPOSE, "verdere sancties tegen Israël");
        assertHas(a, "BBB", Polarity.OPPOSE, "verdere sancties tegen Israël");
        assertTrue(a.positions().stream().noneMatch(p -> p.target().contains("ze ")), "the pronoun is no part of the target");
    }

    @Test
    void thePerfectTenseStatesAStanceToo() {
        ArticleAnalysis a = AnalysisTest.text("2024-02", "De SP heeft het plan voor een nationale zorgverzekering gesteund. "
                + "JA21 heeft uiteindelijk tegen de stikstofwet gestemd. Ook de PvdD had kritiek op de begroting.");
        assertHas(a, "SP", Polarity.SUPPORT, "het plan voor een nationale zorgverzekering");
        assertHas(a, "JA21", Polarity.OPPOSE, "de stikstofwet");
        assertHas(a, "PvdD", Polarity.OPPOSE, "de begroting");
    }

    @Test
    void aCoordinatedVerbSharesTheSubjectAndAShortAdverbialIsNoTarget() {
        ArticleAnalysis a = AnalysisTest.text("2021-09", "Sigrid Kaag blijft fractievoorzitter en wil in die rol ook de "
                + "gesprekken over de begroting voortzetten. Jolande Sap is realistisch en wil verantwoordelijkheid dragen. "
                + "Jesse Klaver zei dat hij zich wil inzetten voor lagere energierekeningen. "
                + "De PVV heeft bezwaren tegen het klimaatakkoord.");
        assertHas(a, "Sigrid Kaag", Polarity.SUPPORT, "de gesprekken over de begroting voortzetten");
        assertHas(a, "Jolande Sap", Polarity.SUPPORT, "verantwoordelijkheid dragen");
        assertHas(a, "Jesse Klaver", Polarity.SUPPORT, "lagere energierekeningen");
        assertHas(a, "PVV", Polarity.OPPOSE, "het klimaatakkoord");
    }

    @Test
    void dezePartijenPointsAtTheWholeGroup() {
        ArticleAnalysis a = AnalysisTest.text("2024-02", "D66, ChristenUnie en SGP steunen het plan voor de woningmarkt. "
                + "Deze partijen stemden ook voor de begroting van Onderwijs.");
        for (String party : List.of("D66", "ChristenUnie", "SGP")) {
            assertHas(a, party, Polarity.SUPPORT, "de begroting van Onderwijs");
        }
    }

    @Test
    void aSubjectAfterTheVerbAndTheActorsOfNetAlsShareTheStance() throws IOException {
        ArticleAnalysis a = AnalysisTest.text("2024-02", "Dinsdag uitte ook Kamerlid Pieter Omtzigt (CDA) zijn ergernis "
                + "over het toeslagenbeleid. Net als de VVD steunt het CDA het plan voor een nieuwe kerncentrale.");
        assertHas(a, "Pieter Omtzigt", Polarity.OPPOSE, "het toeslagenbeleid");
        assertHas(a, "CDA", Polarity.SUPPORT, "het plan voor een nieuwe kerncentrale");
        assertHas(a, "VVD", Polarity.SUPPORT, "het plan voor een nieuwe kerncentrale");
        assertTrue(a.positions().stream().noneMatch(p -> p.target().startsWith("het CDA")), stances(a).toString());
        // "Net als CDA'er Boswijk uitte ook Kamerlid Pieter Grinwis van de ChristenUnie zijn ergernis over …"
        ArticleAnalysis real = AnalysisTest.raw("nrc-a4134537");
        assertHas(real, "Pieter Grinwis", Polarity.OPPOSE, "een uitspraak van D66-fractieleider Jan Paternotte");
        assertHas(real, "Derk Boswijk", Polarity.OPPOSE, "een uitspraak van D66-fractieleider Jan Paternotte");
    }

    @Test
    void voorstanderAndTegenstanderAsAppositionOrAfterACopulaAndASubjectBeforeAnApposition() {
        ArticleAnalysis a = AnalysisTest.text("2014-11", "Selcuk Öztürk en Tunahan Kuzu, sinds dinsdag een eigen fractie, "
                + "zijn tegen een wet die eisen stelt aan de taalkennis. Kathleen Ferrier, tegenstander van samenwerking "
                + "met de PVV, voelt zich gesteund door het congres. Diederik Samsom wilde door, en was in eerste instantie "
                + "ook voorstander van een nieuwe lijsttrekkersverkiezing.");
        assertHas(a, "Tunahan Kuzu", Polarity.OPPOSE, "een wet die eisen stelt aan de taalkennis");
        assertHas(a, "Kathleen Ferrier", Polarity.OPPOSE, "samenwerking met de PVV");
        assertHas(a, "Diederik Samsom", Polarity.SUPPORT, "een nieuwe lijsttrekkersverkiezing");
    }

    @Test
    void aPhraseBeforeACommaThatDoesNotOpenTheSentenceIsNoSubject() {
        ArticleAnalysis a = AnalysisTest.text("2014-11", "In de fractie van de PVV, waar de onrust groot is, zijn velen "
                + "tegen een wet over de taalkennis.");
        assertTrue(a.positions().isEmpty(), stances(a).toString());
    }

    @Test
    void aNewSubjectOrAPlanOfOnesOwnGivesNoSharedStance() {
        ArticleAnalysis a = AnalysisTest.text("2021-09", "Mark Rutte zegt dat de VVD niet meedoet en wil de coalitie voortzetten. "
                + "Lodewijk Asscher hoopte met zijn partij na de nederlaag van 2017 sterker terug te komen. "
                + "Sigrid Kaag wil premier worden.");
        assertTrue(a.positions().isEmpty(), stances(a).toString());
    }

    @Test
    void theDaughtersWishIsNotTheMothers() throws IOException {
        // "De dochters van Kaag hebben … gezegd dat zij liever willen dat hun moeder stopt": zij is plural
        ArticleAnalysis a = AnalysisTest.raw("upday-kaag-hoopt-dat");
        assertTrue(a.positions().stream().noneMatch(p -> p.actor().equals("Sigrid Kaag") && p.target().contains("moeder")),
                stances(a).toString());
    }

    @Test
    void positionsKeepEvidenceOffsets() throws IOException {
        ArticleAnalysis a = AnalysisTest.seed("004_fe59bcc4f5a820d3", "2023-07");
        String text = a.document().text();
        for (Position p : a.positions()) {
            assertTrue(p.begin() < p.end() && p.end() <= text.length());
            assertTrue(p.targetBegin() >= 0 && p.targetEnd() <= text.length() && p.targetBegin() < p.targetEnd());
        }
    }

    @Test
    void whatMustHappenAccordingToAnActorIsItsStance() throws IOException {
        ArticleAnalysis a = AnalysisTest.text("2026-03", "Volgens de SP moet het kabinet de huren bevriezen. "
                + "Volgens Geert Wilders moet er geen nieuw asielzoekerscentrum komen. Volgens het weerbericht moet het morgen regenen.");
        assertHas(a, "SP", Polarity.SUPPORT, "het kabinet de huren bevriezen");
        assertHas(a, "Geert Wilders", Polarity.OPPOSE, "nieuw asielzoekerscentrum komen");
        assertEquals(2, a.positions().size(), "the weather report is no actor: " + stances(a));
        assertHas(AnalysisTest.raw("telegraaf-1542177918"), "Kajsa Ollongren", Polarity.SUPPORT,
                "overschakelen naar modernere gevechtsvliegtuigen"); // "Volgens de minister moet Oekraïne …"
    }

    @Test
    void aPurposeClauseAfterAnInfinitiveIsNoPartOfTheTarget() {
        ArticleAnalysis a = AnalysisTest.text("2026-03", "De SP is bereid om compromissen te sluiten om zoveel mogelijk doelen te behalen. "
                + "De VVD steunt het plan om de belasting te verlagen.");
        assertTrue(stances(a).contains("SP support compromissen te sluiten"), stances(a).toString());
        assertHas(a, "VVD", Polarity.SUPPORT, "het plan om de belasting te verlagen"); // "om" after a noun completes it
    }

    @Test
    void rangingOneselfBehindSomethingIsSupportingIt() {
        ArticleAnalysis a = AnalysisTest.text("2026-03", "De PVV schaart zich achter de boerenprotesten. "
                + "GroenLinks weigerde zich achter het pensioenakkoord te scharen. D66 heeft zich geschaard achter het voorstel van de minister.");
        assertHas(a, "PVV", Polarity.SUPPORT, "de boerenprotesten");
        assertHas(a, "GroenLinks", Polarity.OPPOSE, "het pensioenakkoord");
        assertHas(a, "D66", Polarity.SUPPORT, "het voorstel van de minister");
    }

    @Test
    void aListOfThingsGivesAStanceOnEach() {
        ArticleAnalysis a = AnalysisTest.text("2026-03", "De SP steunt het eerder stoppen met de gaswinning en het extra geld voor jeugdhulp. "
                + "Karin de Boer wil zich inzetten voor het tegengaan van kinderarmoede, lagere energierekeningen en het hervormen van de overheid. "
                + "Het CDA steunt de samenwerking met de VVD en de PVV.");
        List<String> found = stances(a);
        assertTrue(found.containsAll(List.of("SP support het eerder stoppen met de gaswinning", "SP support het extra geld voor jeugdhulp",
                "Karin de Boer support het tegengaan van kinderarmoede", "Karin de Boer support lagere energierekeningen",
                "Karin de Boer support het hervormen van de overheid")), found.toString());
        assertTrue(found.contains("CDA support de samenwerking met de VVD en de PVV"), "parties named together are one partner: " + found);
        ArticleAnalysis nsc = AnalysisTest.text("2026-03", "NSC is de nieuwe partij van Pieter Omtzigt. "
                + "Concreet pleit de partij onder meer voor een grondwettelijk hof, een nieuw kiesstelsel en minder voorlichters.");
        assertTrue(stances(nsc).containsAll(List.of("NSC support een grondwettelijk hof", "NSC support een nieuw kiesstelsel",
                "NSC support minder voorlichters")), stances(nsc).toString());
    }

    @Test
    void aPartyOrganStandsForThePartyLastNamedWithIt() {
        ArticleAnalysis a = AnalysisTest.text("2026-03", "Het CDA-congres stemde zaterdag over de samenwerking met de VVD en de PVV. "
                + "Daarmee steunt het congres het regeerakkoord. De PvdA zit in de oppositie. De fractie stemt tegen de begroting.");
        assertHas(a, "CDA", Polarity.SUPPORT, "het regeerakkoord");
        assertHas(a, "PvdA", Polarity.OPPOSE, "de begroting");
    }

    @Test
    void callingForSomethingIsSupportingIt() {
        ArticleAnalysis a = AnalysisTest.text("2026-03", "De SP roept het kabinet op de huren te bevriezen. "
                + "Geert Wilders riep op tot een debat over de asielcrisis. "
                + "Kamerlid Anna Visser (VVD) kwam met de oproep voor het kabinet om een dekkend meetsysteem op te tuigen. "
                + "Daarom riep de PvdA de minister op om het plan in te trekken.");
        assertHas(a, "SP", Polarity.SUPPORT, "de huren te bevriezen");
        assertHas(a, "Geert Wilders", Polarity.SUPPORT, "een debat over de asielcrisis");
        assertHas(a, "Anna Visser", Polarity.SUPPORT, "een dekkend meetsysteem op te tuigen");
        assertHas(a, "PvdA", Polarity.SUPPORT, "het plan in te trekken");
        assertTrue(stances(a).stream().noneMatch(p -> p.startsWith("kabinet")), "whom it calls on takes no stance: " + stances(a));
    }

    @Test
    void aParenthesisAfterTheNameDoesNotHideTheActor() {
        ArticleAnalysis a = AnalysisTest.text("2026-03", "Kamerlid Anna Visser (VVD) steunt het plan voor een nieuwe brug. "
                + "Minister Karin de Boer (Financiën, CDA) wil een lagere btw op groente.");
        assertHas(a, "Anna Visser", Polarity.SUPPORT, "het plan voor een nieuwe brug");
        assertHas(a, "Karin de Boer", Polarity.SUPPORT, "een lagere btw op groente");
    }

    @Test
    void pleasNeedsPlansPromisesAndHopesOfOthers() {
        ArticleAnalysis a = AnalysisTest.text("2026-03", "Kamerlid Anna Visser (D66) is al jaren een pleitbezorger van het sturen van F-16's naar Oekraïne. "
                + "Geert Wilders heeft geen behoefte aan een debat over zijn woorden. "
                + "Minister Karin de Boer is van plan de zorgen van boeren serieus te nemen. "
                + "Minister Piet Bakker beloofde dat Nederland meer munitie zal leveren en herhaalde dat de steun doorgaat. "
                + "De hoop van PVV en BBB dat de NSC terugkeert aan tafel, lijkt vergeefs.");
        assertHas(a, "Anna Visser", Polarity.SUPPORT, "het sturen van F-16's naar Oekraïne");
        assertHas(a, "Geert Wilders", Polarity.OPPOSE, "een debat over zijn woorden");
        assertHas(a, "Karin de Boer", Polarity.SUPPORT, "de zorgen van boeren serieus te nemen");
        assertTrue(stances(a).contains("Piet Bakker support Nederland meer munitie zal leveren"), stances(a).toString());
        assertHas(a, "PVV", Polarity.SUPPORT, "de NSC terugkeert aan tafel");
        assertHas(a, "BBB", Polarity.SUPPORT, "de NSC terugkeert aan tafel");
    }

    @Test
    void aNegationInAClauseOfItsOwnDoesNotTurnTheStance() {
        ArticleAnalysis a = AnalysisTest.text("2026-03", "De SP steunt het plan om te onderzoeken of boeren niet hoeven te betalen.");
        assertHas(a, "SP", Polarity.SUPPORT, "het plan om te onderzoeken");
    }

    @Test
    void aJudgingWordWithItsLongVowelWrittenOnceIsStillKnown() {
        ArticleAnalysis a = AnalysisTest.text("2026-03", "Karin de Boer noemt het akkoord een ideale uitkomst voor de boeren.");
        assertHas(a, "Karin de Boer", Polarity.SUPPORT, "het akkoord"); // "ideale" is "ideaal"
    }
}
