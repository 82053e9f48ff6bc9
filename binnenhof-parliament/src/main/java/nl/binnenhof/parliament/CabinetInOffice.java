package nl.binnenhof.parliament;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.binnenhof.kb.Cabinet;

/**
 * The cabinet in office on a day, as it stood that day.
 *
 * @param day               the day asked about
 * @param cabinet           the cabinet as formed (name, coalition parties, period, premier, source)
 * @param parties           the coalition parties still in it on that day
 * @param supportedBy       parties outside it that supported it on that day (gedoogsteun)
 * @param demissionairSince the day it offered its resignation, or null while it is not demissionair
 * @param posts             the posts held in it on that day, premier first
 * @param events            the recorded events up to that day, with their sources
 */
public record CabinetInOffice(LocalDate day, Cabinet cabinet, List<String> parties, List<String> supportedBy,
                              LocalDate demissionairSince, List<CabinetPost> posts, List<CabinetEvent> events) {
    public CabinetInOffice {
        parties = List.copyOf(parties);
        supportedBy = List.copyOf(supportedBy);
        posts = List.copyOf(posts);
        events = List.copyOf(events);
    }

    public String name() {
        return cabinet.name();
    }

    public boolean demissionair() {
        return demissionairSince != null;
    }

    public Optional<LocalDate> demissionairDate() {
        return Optional.ofNullable(demissionairSince);
    }

    /** The members: the distinct holders of the posts, premier first. */
    public List<String> members() {
        return posts.stream().map(CabinetPost::name).distinct().toList();
    }
}
