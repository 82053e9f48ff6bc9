package nl.binnenhof.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.binnenhof.parliament.Addition;
import nl.binnenhof.parliament.Basis;
import nl.binnenhof.parliament.CabinetEvent;
import nl.binnenhof.parliament.CabinetInOffice;
import nl.binnenhof.parliament.CabinetPost;
import nl.binnenhof.parliament.Chamber;
import nl.binnenhof.parliament.ChamberCount;
import nl.binnenhof.parliament.CoalitionReport;
import nl.binnenhof.parliament.Composition;
import nl.binnenhof.parliament.Fractie;
import nl.binnenhof.parliament.SeatChange;

/** The machine-readable output of {@code coalition} and {@code seats} (--format json). Dates are YYYY-MM-DD. */
final class ParliamentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ParliamentJson() {
    }

    static String coalition(CoalitionReport r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("date", r.day().toString());
        o.put("basis", r.basis());
        strings(o.putArray("asked"), r.asked());
        strings(o.putArray("parties"), r.parties());
        ObjectNode chambers = o.putObject("chambers");
        for (Chamber chamber : Chamber.values()) {
            chambers.set(chamber.name(), count(r.count(chamber)));
        }
        o.put("majorityInBoth", r.majorityInBoth());
        cabinet(o, r.cabinet().orElse(null));
        ObjectNode additions = o.putObject("additions");
        additions.put("outcome", r.additions().outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        additions.put("size", r.additions().size());
        additions.put("found", r.additions().found());
        ArrayNode shown = additions.putArray("shown");
        for (Addition a : r.additions().shown()) {
            ObjectNode n = shown.addObject();
            strings(n.putArray("parties"), a.parties());
            n.putObject("added").put("TK", a.addedTk()).put("EK", a.addedEk());
            n.putObject("seats").put("TK", a.tk()).put("EK", a.ek());
        }
        strings(o.putArray("excluded"), r.excluded());
        strings(o.putArray("notes"), r.notes());
        return write(o);
    }

    private static ObjectNode count(ChamberCount c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", c.chamber().title());
        n.put("election", c.composition().election().toString());
        n.put("installed", c.composition().installed().toString());
        n.put("size", c.chamber().size());
        n.put("majority", c.majority());
        n.put("seats", c.seats());
        n.put("hasMajority", c.hasMajority());
        n.put("shortBy", c.shortBy());
        ObjectNode perParty = n.putObject("perParty");
        c.perParty().forEach(perParty::put);
        return n;
    }

    static String seats(List<Composition> compositions, CabinetInOffice cabinet, LocalDate day,
                        Map<Chamber, String> pending, Basis basis) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("date", day.toString());
        o.put("basis", basis == Basis.FRACTIES ? "fracties (election results with recorded seat changes)"
                : "zetels na de verkiezingen");
        ObjectNode chambers = o.putObject("chambers");
        for (Composition c : compositions) {
            ObjectNode n = chambers.putObject(c.chamber().name());
            n.put("name", c.chamber().title());
            n.put("election", c.election().toString());
            n.put("installed", c.installed().toString());
            n.put("size", c.chamber().size());
            n.put("majority", c.chamber().majority());
            if (pending.containsKey(c.chamber())) {
                n.put("pending", pending.get(c.chamber()));
            }
            ArrayNode fracties = n.putArray("fracties");
            for (Fractie f : c.fracties()) {
                ObjectNode fn = fracties.addObject();
                fn.put("name", f.name());
                fn.put("seats", f.seats());
                if (f.isJoint()) {
                    ObjectNode lists = fn.putObject("lists");
                    f.seatsPerList().forEach(lists::put);
                }
            }
            ArrayNode changes = n.putArray("seatChanges");
            for (SeatChange change : c.changes()) {
                ObjectNode cn = changes.addObject();
                cn.put("date", change.date().toString()).put("from", change.from()).put("to", change.to())
                        .put("seats", change.seats());
                strings(cn.putArray("members"), change.members());
                cn.put("source", change.source());
            }
            strings(n.putArray("sources"), c.sources());
        }
        cabinet(o, cabinet);
        return write(o);
    }

    private static void cabinet(ObjectNode parent, CabinetInOffice c) {
        if (c == null) {
            parent.putNull("cabinet");
            return;
        }
        ObjectNode n = parent.putObject("cabinet");
        n.put("name", c.name());
        n.put("premier", c.cabinet().premier());
        n.put("swornIn", c.cabinet().period().from().toString());
        strings(n.putArray("parties"), c.parties());
        strings(n.putArray("formedBy"), c.cabinet().parties());
        strings(n.putArray("supportedBy"), c.supportedBy());
        n.put("demissionair", c.demissionair());
        if (c.demissionair()) {
            n.put("demissionairSince", c.demissionairSince().toString());
        } else {
            n.putNull("demissionairSince");
        }
        ArrayNode events = n.putArray("events");
        for (CabinetEvent e : c.events()) {
            ObjectNode en = events.addObject();
            en.put("date", e.date().toString());
            en.put("event", e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (!e.party().isEmpty()) {
                en.put("party", e.party());
            }
            en.put("source", e.source());
        }
        ArrayNode posts = n.putArray("posts");
        for (CabinetPost p : c.posts()) {
            posts.addObject().put("name", p.name()).put("role", p.role()).put("portfolio", p.portfolio())
                    .put("party", p.party());
        }
        n.put("source", c.cabinet().source());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String write(ObjectNode o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
