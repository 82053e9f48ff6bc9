package nl.binnenhof.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.binnenhof.query.Archive;
import nl.binnenhof.query.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code binnenhof article}: one stored article with its whole analysis, as JSON. */
@Command(name = "article", mixinStandardHelpOptions = true,
        description = {"One stored article as JSON: its text as read and its whole analysis, whose offsets point "
                + "into that text: the evidence behind every quote and mention."})
final class ArticleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "ID", description = "The article's id, as search and quotes show it.")
    String id;

    @Override
    public Integer call() throws IOException {
        try (Archive archive = data.openArchive()) {
            Optional<StoredArticle> article = archive.article(id);
            if (article.isEmpty()) {
                spec.commandLine().getErr().println("binnenhof: no article \"" + id + "\" in the store");
                return ExitCodes.FAILED;
            }
            spec.commandLine().getOut().println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(article.get()));
        }
        return ExitCodes.OK;
    }
}
