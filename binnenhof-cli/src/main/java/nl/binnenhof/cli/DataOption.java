package nl.binnenhof.cli;

import java.io.IOException;

import nl.binnenhof.query.Archive;
import nl.binnenhof.store.DataDirectory;
import picocli.CommandLine.Option;

/** The {@code --data} option every store command takes. */
final class DataOption {
    @Option(names = {"-d", "--data"}, paramLabel = "DIR",
            description = "The data directory of the store (default: $BINNENHOF_DATA, else ./data).")
    String data;

    DataDirectory directory() {
        return DataDirectory.resolve(data);
    }

    Archive openArchive() throws IOException {
        return Archive.open(directory());
    }
}
