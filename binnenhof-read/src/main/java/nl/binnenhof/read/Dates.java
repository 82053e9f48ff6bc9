package nl.binnenhof.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article dates, kept only as precise as the source gives them ({@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}): inventing a day for a month-only date would make later timelines claim more than is known.
 */
final class Dates {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    /** An ISO date-time; its date part is kept as written, in the source's own time zone. */
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}.*");
    /** The corpus convention: the text opens with a line such as {@code " date 2023-07"}. */
    private static final Pattern LEADING =
            Pattern.compile("\\s*date[ \\t]+(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?=\\s|\\z)");

    private Dates() {
    }

    /** The date in canonical form, or {@code null} when it is not a real calendar date in a form we read. */
    static String normalise(String raw) {
        String date = raw.strip();
        Matcher dateTime = DATE_TIME.matcher(date);
        if (dateTime.matches()) {
            date = dateTime.group(1);
        }
        return isValid(date) ? date : null;
    }

    /** The date of a leading {@code "date YYYY-MM"} line, or {@code null}; the text itself is not changed. */
    static String leadingDate(String text) {
        Matcher m = LEADING.matcher(text);
        return m.lookingAt() && isValid(m.group(1)) ? m.group(1) : null;
    }

    /** The text after a leading date, or the whole text; used only to tell whether an article has any content. */
    static String afterLeadingDate(String text) {
        Matcher m = LEADING.matcher(text);
        return m.lookingAt() ? text.substring(m.end()) : text;
    }

    private static boolean isValid(String date) {
        Matcher m = DATE.matcher(date);
        if (!m.matches()) {
            return false;
        }
        try {
            if (m.group(3) != null) {
                LocalDate.parse(date);
            } else if (m.group(2) != null) {
                YearMonth.parse(date);
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
