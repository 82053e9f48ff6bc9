package nl.binnenhof.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.binnenhof.analysis.AnalysisJson;
import nl.binnenhof.analysis.Analyzer;
import nl.binnenhof.analysis.eval.Scorer;
import nl.binnenhof.analysis.eval.Scores;
import nl.binnenhof.read.ArticleReaders;
import nl.binnenhof.read.ReadSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code binnenhof eval}: the analysis scored against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Analyses the articles of gold files (JSON Lines in the format of "
                + "shared/corpus/gold/SCHEMA.md) and scores the output against their annotations: precision, "
                + "recall and F1 of persons, parties, quotes and positions; accuracy of affiliation, roles and "
                + "speakers. The figures equal shared/tools/score.py's on the same output."})
final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = {"-g", "--gold"}, required = true, arity = "1..*", paramLabel = "FILE",
            description = "Gold JSON Lines file(s); give the option more than once or several files.")
    List<Path> gold;

    @Option(names = "--misses", description = "Also list, per article, what was missed or found extra.")
    boolean misses;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Also write the predictions as JSON Lines here (to score them with score.py).")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<JsonNode> goldRecords = new ArrayList<>();
        for (Path file : gold) {
            goldRecords.addAll(readGold(file));
        }
        Analyzer analyzer = Analyzer.create();
        List<JsonNode> predicted = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        ReadSummary summary = ArticleReaders.read(gold.stream().map(Path::toString).toList(), article -> {
            String json = AnalysisJson.toJson(analyzer.analyze(article));
            lines.add(json);
            try {
                predicted.add(MAPPER.readTree(json));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, problem -> err.println("binnenhof: " + problem));
        if (output != null) {
            try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    w.write(line);
                    w.newLine();
                }
            }
        }
        Scores scores = Scorer.score(goldRecords, predicted);
        out.print(scores.table());
        if (misses) {
            out.println();
            scores.misses().forEach(out::println);
        }
        out.println(scores.summary());
        return summary.complete() ? ExitCodes.OK : ExitCodes.SKIPPED_INPUT;
    }

    private static List<JsonNode> readGold(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("gold file " + file + " does not exist or is not a file");
        }
        List<JsonNode> records = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                records.add(MAPPER.readTree(line));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException(file + ":" + lineNo + ": not JSON: " + e.getOriginalMessage(), e);
            }
        }
        return records;
    }
}
