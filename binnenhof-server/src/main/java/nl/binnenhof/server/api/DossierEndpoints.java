package nl.binnenhof.server.api;

import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.type.TypeReference;

import nl.binnenhof.events.dossiers.Dossier;
import nl.binnenhof.query.Archive;
import nl.binnenhof.query.DateRange;
import nl.binnenhof.query.Page;
import nl.binnenhof.query.Paging;
import nl.binnenhof.server.dossiers.DossierCatalog;

/** Negotiation dossiers: lists with filters, and one dossier with its timeline and position matrix. */
final class DossierEndpoints {
    static final String TAG = "Dossiers";
    private static final Type PAGE_OF_DOSSIERS = new TypeReference<Page<DossierViews.Summary>>() { }.getType();

    private DossierEndpoints() {
    }

    static List<Endpoint> all(Archive archive, DossierCatalog catalog) {
        Endpoint list = new Endpoint("/api/dossiers", TAG, "Dossiers",
                "Articles grouped into negotiation dossiers (same policy topic, close in time, actors in common), "
                        + "newest first, with their period, size and leading actors. Computed from the store in "
                        + "the background: answered 503 until the first computation is complete.",
                Common.paged(Param.text("q", Common.NAME_LENGTH, "Only dossiers whose title or actors contain "
                                + "this, ignoring case."),
                        Param.text("actor", Common.NAME_LENGTH, "Only dossiers in which this actor takes part."),
                        Param.integer("topic", 0, 99, 0, "Only dossiers of this CAP major topic (its code; 0 for "
                                + "all)."),
                        Common.FROM, Common.TO,
                        Param.integer("minArticles", 1, 10_000, 2, "Only dossiers of at least this many articles."),
                        Param.choice("order", List.of("newest", "oldest", "largest"), "newest",
                                "By the date of the latest article, the earliest, or by number of articles.")),
                PAGE_OF_DOSSIERS, List.of(503),
                p -> list(archive, snapshot(catalog), p));
        Endpoint one = new Endpoint("/api/dossiers/{id}", TAG, "One dossier",
                "A dossier with its articles, its actors, the timeline of its negotiation events (each with the "
                        + "sentence that reports it) and the matrix of its actors' stances on the targets they "
                        + "take positions on.",
                List.of(Param.path("id", 64, "The dossier's id, as the list gives it.")),
                DossierViews.Detail.class, List.of(404, 503),
                p -> {
                    DossierCatalog.Snapshot snapshot = snapshot(catalog);
                    Dossier d = snapshot.dossiers().get(p.text("id"));
                    if (d == null) {
                        throw ApiError.notFound("no dossier '" + p.text("id") + "'; dossier ids change only when "
                                + "their first article does; list them with /api/dossiers");
                    }
                    return DossierViews.Detail.of(d, snapshot.headlines());
                });
        return List.of(list, one);
    }

    private static Page<DossierViews.Summary> list(Archive archive, DossierCatalog.Snapshot snapshot, Params p) {
        Predicate<Dossier> keep = d -> d.articles().size() >= p.integer("minArticles");
        if (p.integer("topic") != 0) {
            keep = keep.and(d -> d.topic() != null && d.topic().code() == p.integer("topic"));
        }
        if (p.text("q") != null) {
            String words = p.text("q").toLowerCase(Locale.ROOT);
            keep = keep.and(d -> d.title().toLowerCase(Locale.ROOT).contains(words) || d.participants().stream()
                    .anyMatch(a -> a.actor().toLowerCase(Locale.ROOT).contains(words)));
        }
        if (p.text("actor") != null) {
            String actor = archive.resolveActor(p.text("actor")).orElse(p.text("actor"));
            keep = keep.and(d -> d.participants().stream().anyMatch(a -> a.actor().equals(actor)));
        }
        DateRange dates = p.dates();
        if (!dates.isAll()) {
            keep = keep.and(d -> d.period() != null && overlaps(d, dates));
        }
        Comparator<Dossier> order = switch (p.choice("order")) {
            case "oldest" -> Comparator.comparing(DossierEndpoints::start);
            case "largest" -> Comparator.comparingInt((Dossier d) -> d.articles().size()).reversed();
            default -> Comparator.comparing(DossierEndpoints::end).reversed();
        };
        List<Dossier> matching = new ArrayList<>(snapshot.dossiers().values().stream().filter(keep).toList());
        matching.sort(order.thenComparing(Dossier::id));
        Paging paging = p.paging();
        int from = Math.min(paging.offset(), matching.size());
        int to = Math.min(paging.offset() + paging.limit(), matching.size());
        return new Page<>(matching.subList(from, to).stream().map(DossierViews.Summary::of).toList(),
                matching.size(), paging.offset());
    }

    private static DossierCatalog.Snapshot snapshot(DossierCatalog catalog) {
        return catalog.current().orElseThrow(() -> ApiError.busy(catalog.problem() == null
                ? "the dossiers are being computed from the stored articles; try again in a few seconds"
                : "the dossiers could not be computed (" + catalog.problem() + "); the server tries again in a "
                        + "while"));
    }

    private static boolean overlaps(Dossier d, DateRange dates) {
        return (dates.to() == null || !d.period().from().isAfter(dates.to()))
                && (dates.from() == null || !d.period().to().isBefore(dates.from()));
    }

    private static LocalDate start(Dossier d) {
        return d.period() == null ? LocalDate.MIN : d.period().from();
    }

    private static LocalDate end(Dossier d) {
        return d.period() == null ? LocalDate.MIN : d.period().to();
    }
}
