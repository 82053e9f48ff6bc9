package nl.binnenhof.events.datecheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.binnenhof.actors.ActorLayers;
import nl.binnenhof.actors.Mention;
import nl.binnenhof.actors.MentionForm;
import nl.binnenhof.events.dates.ArticleDate;
import nl.binnenhof.events.dates.DateExpression;
import nl.binnenhof.events.dates.DateLayers;
import nl.binnenhof.events.dates.DateMention;
import nl.binnenhof.events.dates.Precision;
import nl.binnenhof.events.dates.Tense;
import nl.binnenhof.events.datecheck.DateCheck.Verdict;
import nl.binnenhof.events.datecheck.DateEvidence.Kind;
import nl.binnenhof.events.datecheck.OfficeTitles.Title;
import nl.binnenhof.kb.DateRange;
import nl.binnenhof.kb.KnowledgeBase;
import nl.binnenhof.kb.Office;
import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Document;
import nl.binnenhof.text.Layer;
import nl.binnenhof.text.Sentence;
import nl.binnenhof.text.TextLayers;
import nl.binnenhof.text.Token;

/**
 * Checks the date a page carries against the text: the offices its persons hold at the time of writing
 * (a title before a name, with the periods the knowledge base knows), weekdays that fit a date only in
 * some years ("vrijdag 19 maart"), and dates told in the past tense. The period most clues agree on is the
 * estimate; when more clues agree on it than on the page date, the page date is contradicted — unless the
 * text itself names a year in that period, which makes it a look back rather than a wrong date.
 * A title in a sentence that carries its own year ("de verkenners … in 2021") dates that sentence only.
 */
public final class DateChecker implements Annotator {
    /** Titles linger in the news for a while around a change of office. */
    private static final int HANDOVER_DAYS = 31;
    /** The knowledge base records a lijsttrekker on election day; the title is used the year before. */
    private static final int CAMPAIGN_DAYS = 365;
    /** A date without a year lies within about half a year of the text. */
    private static final int YEARLESS_REACH_DAYS = 183;
    private static final Set<Precision> DAY_TO_MONTH =
            Set.of(Precision.PART_OF_DAY, Precision.DAY, Precision.WEEK, Precision.MONTH);

    private final KnowledgeBase kb;
    private final OfficeTitles titles;

    public DateChecker(KnowledgeBase kb) {
        this.kb = kb;
        this.titles = new OfficeTitles(kb);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, TextLayers.SENTENCES, ActorLayers.PERSON_MENTIONS, DateLayers.DATES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(DateCheckLayers.DATE_CHECK);
    }

    @Override
    public void annotate(Document doc) {
        ArticleDate page = ArticleDate.of(doc.article().date());
        List<DateExpression> dates = doc.get(DateLayers.DATES);
        List<DateEvidence> evidence = new ArrayList<>();
        offices(doc, page, dates, evidence);
        weekdayDates(dates, page, evidence);
        pastDates(dates, page, evidence);
        doc.add(DateCheckLayers.DATE_CHECK, List.of(verdict(page, dates, evidence)));
    }

    private void offices(Document doc, ArticleDate page, List<DateExpression> dates, List<DateEvidence> out) {
        List<Token> tokens = doc.get(TextLayers.TOKENS);
        List<Sentence> sentences = doc.get(TextLayers.SENTENCES);
        Map<Integer, List<DateExpression>> datesBySentence = new HashMap<>();
        dates.forEach(d -> datesBySentence.computeIfAbsent(d.sentence(), k -> new ArrayList<>()).add(d));
        Set<String> seen = new HashSet<>();
        for (Mention m : doc.get(ActorLayers.PERSON_MENTIONS)) {
            if (m.form() != MentionForm.NAME && m.form() != MentionForm.SURNAME) {
                continue;
            }
            Sentence s = sentenceOf(sentences, m.firstToken());
            Title title = s == null ? null : titles.before(tokens, m.firstToken(), s.firstToken());
            if (title == null || title.status() != OfficeTitles.Status.CURRENT || !seen.add(m.actor() + "|" + title.role())) {
                continue;
            }
            int begin = tokens.get(title.first()).begin();
            String text = doc.text().substring(begin, m.end());
            List<DateRange> held = periodsHeld(m.actor(), title.role());
            if (held.isEmpty()) {
                out.add(new DateEvidence(begin, m.end(), text, Kind.UNVERIFIED_OFFICE, List.of(), null,
                        "the knowledge base has no period for " + m.actor() + " as " + title.role()));
                continue;
            }
            String heldText = m.actor() + " was " + title.role() + " " + format(held);
            List<DateExpression> own = datesBySentence.getOrDefault(s.index(), List.of());
            DateExpression dated = own.stream().filter(d -> d.anchor().equals("text") || d.anchor().equals("paragraph"))
                    .findFirst().orElse(null);
            if (dated != null) {
                boolean fits = held.stream().anyMatch(r -> r.overlaps(dated.value().range()));
                out.add(new DateEvidence(begin, m.end(), text, Kind.OFFICE_IN_DATED_SENTENCE, List.of(), null,
                        heldText + "; the sentence dates itself ('" + dated.text() + "')"
                                + (fits ? ", which fits" : ", which does not fit")));
                continue;
            }
            long[] shift = own.stream().map(DateChecker::lookingBack).filter(x -> x != null).findFirst().orElse(null);
            List<DateRange> supports = shift == null ? held : shifted(held, shift);
            String why = shift == null ? heldText
                    : heldText + ", and the sentence looks back from the time of writing";
            out.add(new DateEvidence(begin, m.end(), text, Kind.OFFICE, supports, agrees(supports, page), why));
        }
    }

    /** The periods a person held a role, widened for a change of office and for a campaign. */
    private List<DateRange> periodsHeld(String person, String role) {
        List<DateRange> periods = new ArrayList<>();
        kb.person(person).ifPresent(p -> {
            for (Office o : p.offices()) {
                if (o.role().equals(role)) {
                    DateRange r = o.period();
                    boolean oneDay = r.from() != null && r.from().equals(r.to());
                    periods.add(new DateRange(
                            r.from() == null ? null : r.from().minusDays(oneDay ? CAMPAIGN_DAYS : HANDOVER_DAYS),
                            r.to() == null ? null : r.to().plusDays(HANDOVER_DAYS)));
                }
            }
        });
        return periods;
    }

    /**
     * How far a sentence looks back from the time of writing, as the least and most days between them
     * ("vier jaar geleden", "vorig jaar"), or null when it speaks of the present.
     */
    private static long[] lookingBack(DateExpression d) {
        if (!d.anchor().equals("article")) {
            return null;
        }
        return switch (d.mention()) {
            case DateMention.Elapsed e when e.unit() == DateMention.TimeUnit.YEARS || e.unit() == DateMention.TimeUnit.MONTHS -> {
                double days = e.amount() * (e.unit() == DateMention.TimeUnit.YEARS ? 365.25 : 30.44);
                long half = e.unit() == DateMention.TimeUnit.YEARS ? 182 : 15;
                long centre = Math.round(e.sign() * days);
                yield new long[] {centre - half, centre + half};
            }
            case DateMention.CalendarOffset c when c.unit() == DateMention.CalendarUnit.YEAR && c.offset() != 0 ->
                    new long[] {c.offset() * 365L - 182, c.offset() * 365L + 182};
            default -> null;
        };
    }

    /** Periods of the sentence's time moved to the time of writing: written = told - shift. */
    private static List<DateRange> shifted(List<DateRange> held, long[] shift) {
        List<DateRange> out = new ArrayList<>();
        for (DateRange r : held) {
            out.add(new DateRange(r.from() == null ? null : r.from().minusDays(shift[1]),
                    r.to() == null ? null : r.to().minusDays(shift[0])));
        }
        return out;
    }

    /** "vrijdag 19 maart": the years around the page date (or 1995-2035 without one) in which it is a Friday. */
    private static void weekdayDates(List<DateExpression> dates, ArticleDate page, List<DateEvidence> out) {
        for (DateExpression d : dates) {
            if (!(d.mention() instanceof DateMention.CalendarDate c) || c.year() != null || c.weekday() == null
                    || d.anchor().equals("paragraph")) {
                continue;
            }
            int first = page.known() ? page.range().from().getYear() - 15 : 1995;
            int last = page.known() ? page.range().to().getYear() + 2 : 2035;
            List<DateRange> fits = new ArrayList<>();
            Set<Integer> years = new TreeSet<>();
            for (int y = first; y <= last; y++) {
                if (c.day() <= java.time.YearMonth.of(y, c.month()).lengthOfMonth()) {
                    LocalDate day = LocalDate.of(y, c.month(), c.day());
                    if (day.getDayOfWeek() == c.weekday()) {
                        fits.add(new DateRange(day.minusDays(YEARLESS_REACH_DAYS), day.plusDays(YEARLESS_REACH_DAYS)));
                        years.add(y);
                    }
                }
            }
            String why = "'" + d.text() + "' fits the years " + years.stream().map(String::valueOf)
                    .collect(Collectors.joining(", "));
            out.add(new DateEvidence(d.begin(), d.end(), d.text(), Kind.WEEKDAY_DATE, fits, agrees(fits, page), why));
        }
    }

    /** "Het kabinet werd op 2 juli 2024 geïnstalleerd": a text written after the day it tells of. */
    private static void pastDates(List<DateExpression> dates, ArticleDate page, List<DateEvidence> out) {
        for (DateExpression d : dates) {
            if (d.absolute() && d.tense() == Tense.PAST && DAY_TO_MONTH.contains(d.value().precision())) {
                List<DateRange> after = List.of(new DateRange(d.value().earliest(), null));
                out.add(new DateEvidence(d.begin(), d.end(), d.text(), Kind.PAST_DATE, after, agrees(after, page),
                        "'" + d.text() + "' is told in the past tense, so the text was written after it"));
            }
        }
    }

    private static DateCheck verdict(ArticleDate page, List<DateExpression> dates, List<DateEvidence> evidence) {
        List<DateEvidence> clues = evidence.stream().filter(DateEvidence::counts).toList();
        List<List<DateRange>> periods = clues.stream().map(DateEvidence::supports).toList();
        PeriodEstimator.Window best = PeriodEstimator.best(periods, page.known() ? page.range() : null);
        if (!page.known()) {
            String note = best == null ? "The page carries no date and the text gives no clue to one."
                    : "The page carries no date; " + best.agreeing() + " clue(s) point to " + format(best.range()) + ".";
            return new DateCheck(null, Verdict.NO_PAGE_DATE, best == null ? null : best.range(), evidence, note);
        }
        int atPage = PeriodEstimator.agreeingWith(periods, page.range());
        List<DateExpression> named = dates.stream().filter(d -> d.anchor().equals("text")).toList();
        if (best != null && best.agreeing() > atPage) {
            String against = clues.stream().filter(c -> Boolean.FALSE.equals(c.agreesWithPage()))
                    .map(c -> c.text() + " (" + c.explanation() + ")").collect(Collectors.joining("; "));
            boolean namesThatTime = named.stream().anyMatch(d -> d.value().range().overlaps(best.range()));
            if (namesThatTime) {
                return new DateCheck(page.written(), Verdict.RETROSPECTIVE, best.range(), evidence,
                        "The text looks back and names the years it tells of; its clues point to "
                                + format(best.range()) + ": " + against + ". The page date " + page.written()
                                + " may still be when it was written.");
            }
            return new DateCheck(page.written(), Verdict.CONTRADICTED, best.range(), evidence,
                    "The page says " + page.written() + ", but " + best.agreeing() + " clue(s) against "
                            + atPage + " point to " + format(best.range()) + ": " + against + ".");
        }
        String note = clues.isEmpty() ? "No clue in the text bears on the page date " + page.written() + "."
                : atPage + " clue(s) agree with the page date " + page.written() + ", none points elsewhere.";
        return new DateCheck(page.written(), Verdict.CONSISTENT, page.range(), evidence, note);
    }

    private static Boolean agrees(List<DateRange> supports, ArticleDate page) {
        if (!page.known() || supports.isEmpty()) {
            return null;
        }
        return supports.stream().anyMatch(r -> r.overlaps(page.range()));
    }

    private static Sentence sentenceOf(List<Sentence> sentences, int token) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (token < s.firstToken()) {
                hi = mid - 1;
            } else if (token >= s.endToken()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** A period as an ISO 8601 interval, ".." for an open end. */
    static String format(DateRange r) {
        return (r.from() == null ? ".." : r.from().toString()) + "/" + (r.to() == null ? ".." : r.to().toString());
    }

    private static String format(List<DateRange> periods) {
        return periods.stream().map(DateChecker::format).collect(Collectors.joining(", "));
    }
}
