package nl.binnenhof.spark.tables;

import static nl.binnenhof.spark.tables.Columns.STRING;
import static nl.binnenhof.spark.tables.Columns.required;

import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import nl.binnenhof.read.ReadProblem;

/** The tables the job writes. A new kind of analysis result is a new {@link Table} added to {@link #ANALYSIS}. */
public final class Tables {

    /** The tables derived from each article's analysis, in the order they are written. */
    public static final List<Table> ANALYSIS = List.of(new ArticlesTable(), new PersonsTable(),
            new MentionsTable(), new QuotesTable(), new PositionsTable(), new EventsTable());

    /** {@code problems}: every input that could not be read or analysed, and why. */
    public static final String PROBLEMS = "problems";

    public static final StructType PROBLEM_SCHEMA = Columns.schema(
            required("location", STRING),
            required("message", STRING));

    private Tables() {
    }

    public static Row problem(ReadProblem problem) {
        return RowFactory.create(problem.location(), problem.message());
    }
}
