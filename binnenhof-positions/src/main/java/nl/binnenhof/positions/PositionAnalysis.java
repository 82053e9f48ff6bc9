package nl.binnenhof.positions;

import java.util.List;

import nl.binnenhof.text.Annotator;

/** The positions stage's annotators. */
public final class PositionAnalysis {
    private PositionAnalysis() {
    }

    public static List<Annotator> stages() {
        return List.of(new PositionFinder());
    }
}
