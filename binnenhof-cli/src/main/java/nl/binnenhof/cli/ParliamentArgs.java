package nl.binnenhof.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import nl.binnenhof.parliament.Chamber;
import nl.binnenhof.parliament.Parliament;

/** Reading the arguments the parliament commands share: a day, party names, a chamber. */
final class ParliamentArgs {
    /** Dutch politics happens in Amsterdam time; "today" must not change at midnight UTC. */
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private ParliamentArgs() {
    }

    static LocalDate today() {
        return LocalDate.now(NL);
    }

    /** The day written as YYYY-MM-DD, or today when not given; refused outside 2010-01-01 .. today. */
    static LocalDate day(String written, Parliament parliament) {
        LocalDate today = today();
        LocalDate day;
        if (written == null || written.isBlank()) {
            day = today;
        } else {
            try {
                day = LocalDate.parse(written.strip());
            } catch (DateTimeParseException e) {
                throw new UsageError("not a date: '" + written + "' (write YYYY-MM-DD, e.g. 2013-10-01)");
            }
        }
        parliament.checkCovered(day, today);
        return day;
    }

    /** Party keys for written names ("CU", "gl-pvda"); names may also be given comma-separated. */
    static List<String> partyKeys(List<String> written, Parliament parliament) {
        List<String> keys = new ArrayList<>();
        for (String arg : written) {
            for (String name : arg.split(",")) {
                if (!name.isBlank()) {
                    String key = parliament.partyNames().key(name);
                    if (!keys.contains(key)) {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }

    static Chamber chamber(String written) {
        return Chamber.parse(written).orElseThrow(() -> new UsageError("unknown chamber '" + written
                + "' (use TK for the Tweede Kamer or EK for the Eerste Kamer)"));
    }
}
