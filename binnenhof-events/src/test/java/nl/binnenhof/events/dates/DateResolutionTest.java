package nl.binnenhof.events.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.binnenhof.events.Corpus;
import nl.binnenhof.read.Article;
import nl.binnenhof.text.Document;

/**
 * Date expressions in sentences written for the test, resolved against a date chosen for it. The
 * article day 2024-11-15 is a Friday, so a bare "donderdag" is the 14th looking back and the 21st
 * looking ahead.
 */
class DateResolutionTest {
    private static final String FRIDAY = "2024-11-15";

    static List<DateExpression> dates(String articleDate, String text) {
        Document doc = new Document(new Article("t", text, articleDate, null, null, "t"));
        Corpus.DATES.annotate(doc);
        return doc.get(DateLayers.DATES);
    }

    static DateExpression only(String articleDate, String text) {
        List<DateExpression> found = dates(articleDate, text);
        assertEquals(1, found.size(), () -> "expected one date expression in '" + text + "': " + found);
        return found.get(0);
    }

    static String value(String articleDate, String text) {
        return only(articleDate, text).value().value();
    }

    @Test
    void aWeekdayInThePastTenseIsTheLatestOneOnOrBeforeTheArticleDay() {
        assertEquals("2024-11-14", value(FRIDAY, "De premier zei donderdag dat er geen crisis is."));
        assertEquals(Tense.PAST, only(FRIDAY, "De premier zei donderdag dat er geen crisis is.").tense());
        assertEquals("2024-11-15", value(FRIDAY, "Het kabinet viel vrijdag na een lange nacht."));
    }

    @Test
    void aWeekdayInTheFutureOrPresentTenseIsTheFirstOneOnOrAfterTheArticleDay() {
        assertEquals("2024-11-21", value(FRIDAY, "De onderhandelingen worden donderdag voortgezet."));
        assertEquals("2024-11-21", value(FRIDAY, "Het kabinet gaat donderdag verder met het overleg."));
    }

    @Test
    void aWeekdayWithoutTenseIsTheNearestOne() {
        assertEquals("2024-11-14", value(FRIDAY, "Donderdag: een debat over de begroting."));
        assertEquals("2024-11-17", value(FRIDAY, "Zondag: een debat over de begroting."));
    }

    @Test
    void wordsBeforeAWeekdayFixItsDirection() {
        assertEquals("2024-11-21", value(FRIDAY, "De Kamer stemde in met een debat aanstaande donderdag."));
        assertEquals("2024-11-14", value(FRIDAY, "Afgelopen donderdag gaat niemand meer terughalen."));
        assertEquals("2024-11-21", value(FRIDAY, "Het debat is volgende week donderdag."));
    }

    @Test
    void partsOfTheDayKeepTheirPlaceInTheValue() {
        DateExpression e = only(FRIDAY, "De gesprekken woensdagavond waren taai.");
        assertEquals("2024-11-13TEV", e.value().value());
        assertEquals(Precision.PART_OF_DAY, e.value().precision());
        assertEquals(PartOfDay.EVENING, e.value().partOfDay());
        assertEquals("2024-11-14TNI", value(FRIDAY, "In de nacht van donderdag op vrijdag werd gestemd."));
    }

    @Test
    void lastNightIsTheNightBeforeTheArticleDayUnlessItIsStillToCome() {
        assertEquals("2024-11-14TNI", value(FRIDAY, "De ministers zijn er vannacht niet uitgekomen."));
        assertEquals("2024-11-15TNI", value(FRIDAY, "Vannacht wordt er verder onderhandeld."));
    }

    @Test
    void daysAndPeriodsCountedFromTheArticleDay() {
        assertEquals("2024-11-14", value(FRIDAY, "Dat zei ze gisteren."));
        assertEquals("2024-11-16", value(FRIDAY, "Morgen beslist het kabinet."));
        assertEquals("2024-11-15TEV", value(FRIDAY, "Vanavond debatteert de Kamer."));
        assertEquals("2024-W47", value(FRIDAY, "Het debat is volgende week."));
        assertEquals(Precision.WEEK, only(FRIDAY, "Het debat is volgende week.").value().precision());
        assertEquals("2024-10", value(FRIDAY, "Vorige maand viel het besluit."));
        assertEquals("2025", value(FRIDAY, "Volgend jaar komen er verkiezingen."));
        TimeValue comingDay = only(FRIDAY, "Een nieuwe variant wordt de komende dag besproken.").value();
        assertEquals(LocalDate.of(2024, 11, 15), comingDay.earliest());
        assertEquals(LocalDate.of(2024, 11, 16), comingDay.latest());
    }

    @Test
    void anArticleDatedOnlyByMonthGivesARangeOfPossibleDaysAndSaysTheDayIsUnknown() {
        TimeValue v = only("2023-07", "De onderhandelingen worden donderdag voortgezet.").value();
        assertEquals(Precision.MONTH, v.precision());
        assertEquals("2023-07", v.value());
        assertEquals(DayOfWeek.THURSDAY, v.weekday());
        assertEquals(LocalDate.of(2023, 7, 6), v.earliest(), "the first Thursday in July 2023");
        assertEquals(LocalDate.of(2023, 7, 27), v.latest(), "the last Thursday in July 2023");
        assertFalse(v.exact());
        assertTrue(v.note().contains("day unknown"), v.note());
    }

    @Test
    void absoluteDatesNeedNoArticleDate() {
        DateExpression e = only(null, "Op 5 maart 2012 begon het overleg.");
        assertEquals("5 maart 2012", e.text());
        assertEquals("2012-03-05", e.value().value());
        assertTrue(e.absolute());
        assertEquals("2025-10-29", value("2024-01", "De verkiezingen van 29 oktober 2025 komen eraan."));
        assertEquals("2010-10-01/2010-10-10", value(null, "Dat was begin oktober 2010 al bekend."));
        assertEquals("2021", value(null, "Dat gebeurde in 2021 tijdens de formatie."));
    }

    @Test
    void aDateWithoutAYearTakesItsYearFromTheArticleAndTheTense() {
        assertEquals("2023-03-28", value("2023-07", "Op 28 maart stemde de Kamer."));
        assertEquals("2024-03-28", value("2023-07", "Op 28 maart gaat de Kamer opnieuw stemmen."));
        assertEquals("2023-06", value("2023-07", "Dat zei hij in juni op het partijcongres."));
        assertEquals("XXXX-03-28", value(null, "Op 28 maart stemde de Kamer."));
        assertEquals(Precision.UNKNOWN, only(null, "Op 28 maart stemde de Kamer.").value().precision());
    }

    @Test
    void aParagraphThatNamesAnEarlierYearLendsItToTheDatesAfterIt() {
        List<DateExpression> found = dates("2024-03", "Dat begon in oktober 2010. Op 14 oktober ging het kabinet van start.");
        assertEquals("2010-10-14", found.get(1).value().value());
        List<DateExpression> target = dates("2019-06", "De leeftijd stijgt in 2024. In november vond het kabinet dat te duur.");
        assertEquals("2018-11", target.get(1).value().value(), "a later year is a target, not the time of the story");
    }

    @Test
    void aWeekdayThatDoesNotFitTheDateIsNoted() {
        TimeValue v = only("2023-06", "De uitslag was vrijdag 19 maart nog niet bekend.").value();
        assertEquals("2023-03-19", v.value());
        assertNotNull(v.note());
        assertTrue(v.note().contains("not a Friday"), v.note());
        assertNull(only("2021-04", "De uitslag was vrijdag 19 maart nog niet bekend.").value().note());
    }

    @Test
    void relativeDatesWithoutAnArticleDateStayUnknown() {
        TimeValue v = only(null, "De ministers zijn er vannacht niet uitgekomen.").value();
        assertEquals(Precision.UNKNOWN, v.precision());
        assertNull(v.earliest());
        assertTrue(v.note().contains("no date"), v.note());
    }

    @Test
    void elapsedTimeIsCountedBackWithItsVagueness() {
        TimeValue v = only(FRIDAY, "Dat gebeurde vierenhalf jaar geleden.").value();
        assertTrue(v.range().contains(LocalDate.of(2020, 5, 15)), v.toString());
        assertFalse(v.range().contains(LocalDate.of(2021, 6, 1)), v.toString());
    }

    @Test
    void theTwentyNinthOfFebruaryFindsALeapYear() {
        assertEquals("2016-02-29", value("2018-03", "Op 29 februari stemde de Kamer."));
        assertTrue(dates("2023-07", "Op 31 april stemde de Kamer.").stream()
                .noneMatch(d -> d.value().precision() == Precision.DAY), "no such day; 'april' is still a month");
    }

    @Test
    void numbersThatAreNoYearsAreNotDates() {
        assertTrue(dates(FRIDAY, "Het kabinet trekt 2000 euro per gezin uit.").isEmpty());
        assertTrue(dates(FRIDAY, "De boete van 1,2 miljard komt om 01.45 uur.").isEmpty());
    }
}
