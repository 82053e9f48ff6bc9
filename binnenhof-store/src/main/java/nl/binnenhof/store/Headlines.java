package nl.binnenhof.store;

import java.util.regex.Pattern;

import nl.binnenhof.read.Article;

/**
 * A short line that names an article in lists: its title, else the start of its first line of five words or
 * more (shorter first lines are mostly page clutter: "Beeld REUTERS", bare sub-headings).
 */
final class Headlines {
    private static final Pattern LEADING_DATE = Pattern.compile("^\\s*date \\d{4}(-\\d{2}){0,2}\\s*");
    private static final int MAX = 140;
    private static final int MIN_WORDS = 5;

    private Headlines() {
    }

    static String of(Article article) {
        if (article.title() != null && !article.title().isBlank()) {
            return article.title().strip();
        }
        String text = LEADING_DATE.matcher(article.text()).replaceFirst("").strip();
        String line = text.lines().map(String::strip).filter(l -> l.split("\\s+").length >= MIN_WORDS)
                .findFirst().orElse(text.lines().findFirst().orElse("")).strip();
        if (line.length() <= MAX) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX);
        return line.substring(0, cut > MAX / 2 ? cut : MAX) + " …";
    }
}
