package nl.binnenhof.kb;

import java.util.List;

/** A Dutch cabinet and the parties it was formed by. */
public record Cabinet(String name, List<String> parties, DateRange period, String premier, String source) {
}
