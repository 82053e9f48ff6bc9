package nl.binnenhof.spark;

import nl.binnenhof.analysis.Analyzer;

/**
 * The one {@link Analyzer} of this JVM. Building it loads the lexicons and the knowledge base, so each executor
 * builds it once, when its first task needs it, and all its tasks share it: the analyzer is thread-safe.
 */
final class SharedAnalyzer {

    private SharedAnalyzer() {
    }

    static Analyzer get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Analyzer INSTANCE = Analyzer.create();
    }
}
