package nl.binnenhof.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import nl.binnenhof.analysis.Analyzer;
import nl.binnenhof.read.Article;
import nl.binnenhof.read.ArticleReaders;
import nl.binnenhof.text.Annotator;
import nl.binnenhof.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code binnenhof bench}: words per second of the analysis on one thread. The articles are read into
 * memory first, so only the analysis is timed; a warm-up lets the JIT compile the hot paths.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the analysis speed on one thread: words per second (words = whitespace-separated "
                + "tokens of the input texts) and articles per second, after a warm-up. Reading is not timed."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "20", description = "How long to measure (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "8", description = "How long to warm up at least (default: ${DEFAULT-VALUE}). "
            + "The warm-up goes on until the JIT compiler has been idle for a window of a few seconds, or --warmup-max.")
    double warmup;

    @Option(names = "--warmup-max", defaultValue = "180", description = "The longest warm-up (default: ${DEFAULT-VALUE}).")
    double warmupMax;

    @Option(names = "--per-stage", description = "Also report the share of time each analysis stage takes.")
    boolean perStage;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles to analyse (files, folders, '-').")
    List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> articles = new ArrayList<>();
        ArticleReaders.read(paths, articles::add, p -> err.println("binnenhof: " + p));
        if (articles.isEmpty()) {
            err.println("binnenhof: no articles to measure");
            return ExitCodes.FAILED;
        }
        long words = 0;
        for (Article a : articles) {
            words += wordCount(a.text());
        }
        Analyzer analyzer = Analyzer.create();
        out.printf("%d articles, %d words; warming up at least %.0f s ...%n", articles.size(), words, warmup);
        out.flush();
        double warmedUp = warmUp(analyzer, articles);
        out.printf("warm-up: %.0f s%s%n", warmedUp, warmedUp >= warmupMax ? " (the JIT compiler was still busy at --warmup-max)" : "");
        Run measured = run(analyzer, articles, seconds);
        double wordsPerSecond = measured.passes * (double) words / measured.seconds;
        double articlesPerSecond = measured.passes * (double) articles.size() / measured.seconds;
        out.printf("passes: %d in %.2f s (process CPU %.2f s)%n", measured.passes, measured.seconds, measured.cpuSeconds);
        out.printf("words/s: %.0f%n", wordsPerSecond);
        out.printf("articles/s: %.0f%n", articlesPerSecond);
        // on a shared machine the wall clock counts other programs' time too; the process's CPU time (the
        // analysis, and the collector and JIT threads working for it) does not
        out.printf("words per CPU second: %.0f%n", measured.passes * (double) words / measured.cpuSeconds);
        if (perStage) {
            stageShares(analyzer, articles, out);
        }
        return ExitCodes.OK;
    }

    /** Whitespace-separated words, as Python's {@code len(text.split())} counts them (the Frog script does too). */
    static long wordCount(String text) {
        long n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    /** Runs every stage by itself over the articles a few times and prints its share of the time. */
    private static void stageShares(Analyzer analyzer, List<Article> articles, PrintWriter out) {
        List<Annotator> stages = analyzer.pipeline().stages();
        long[] nanos = new long[stages.size()];
        for (int pass = 0; pass < 20; pass++) {
            for (Article a : articles) {
                Document doc = new Document(a);
                for (int i = 0; i < stages.size(); i++) {
                    long start = System.nanoTime();
                    stages.get(i).annotate(doc);
                    nanos[i] += System.nanoTime() - start;
                }
            }
        }
        long total = java.util.Arrays.stream(nanos).sum();
        out.println("time per stage:");
        for (int i = 0; i < stages.size(); i++) {
            out.printf("  %-22s %5.1f %%%n", stages.get(i).name(), 100.0 * nanos[i] / total);
        }
    }

    private record Run(long passes, double seconds, double cpuSeconds) {
    }

    /** Seconds of a window in which the JIT compiler must stay idle for the warm-up to end. */
    private static final double IDLE_WINDOW = 3;
    /** Compilation time in a window below which the compiler counts as idle: stray small methods do not count. */
    private static final long IDLE_COMPILE_MILLIS = 30;

    /**
     * Runs the analysis for at least --warmup seconds, then on in windows until the JIT compiler was idle for a
     * whole window, or --warmup-max. A fixed warm-up is not enough on a shared machine: when other programs take
     * the memory bandwidth, the optimising compiler needs twice as long, and a measurement that starts before it is
     * done measures half-compiled code. Returns how long it took.
     */
    private double warmUp(Analyzer analyzer, List<Article> articles) {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        boolean canTell = jit != null && jit.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        run(analyzer, articles, Math.min(warmup, warmupMax));
        while (canTell && (System.nanoTime() - start) / 1e9 < warmupMax) {
            long before = jit.getTotalCompilationTime();
            run(analyzer, articles, IDLE_WINDOW);
            if (jit.getTotalCompilationTime() - before < IDLE_COMPILE_MILLIS) {
                break;
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** CPU time of the whole JVM in nanoseconds, or -1 where the platform does not say. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    private static Run run(Analyzer analyzer, List<Article> articles, double seconds) {
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        long limit = start + (long) (seconds * 1e9);
        long passes = 0;
        int sink = 0;
        do {
            for (Article a : articles) {
                sink += analyzer.analyze(a).quotes().size();
            }
            passes++;
        } while (System.nanoTime() < limit);
        if (sink < 0) {
            throw new IllegalStateException("unreachable");
        }
        return new Run(passes, (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9);
    }
}
