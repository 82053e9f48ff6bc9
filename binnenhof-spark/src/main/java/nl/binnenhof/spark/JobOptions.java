package nl.binnenhof.spark;

/**
 * What one run of the job reads and writes, from its command line.
 *
 * @param input       a file, folder or glob on any file system Spark reads
 * @param format      how the input is read
 * @param output      the folder the tables are written to
 * @param jsonl       also write {@code analyses/}: one analysis JSON per article, as the single-machine tool writes
 * @param tableFormat {@code parquet} or {@code json}
 * @param overwrite   replace an earlier output of this job in {@code output}
 */
record JobOptions(String input, InputFormat format, String output, boolean jsonl, String tableFormat,
                  boolean overwrite) {

    static final String USAGE = """
            Usage: spark-submit [SPARK OPTIONS] binnenhof-spark.jar --input PATH --format jsonl|text|parquet \\
                       --output DIR [--jsonl] [--tables parquet|json] [--overwrite]
              --input PATH    a file, folder or glob on any file system Spark reads (file:, hdfs:, s3a:, ...)
              --format F      jsonl:   JSON Lines (.jsonl, .ndjson, .json; gzip'ed too), one article per line with
                                       fields id, text and optional date, title, source
                              text:    plain-text (.txt) and HTML (.html, .htm) files, one article each, id = file name
                              parquet: Parquet with columns id and text, and optional date, title, source
              --output DIR    the folder to write the tables to; it must not exist yet
              --jsonl         also write DIR/analyses: one analysis JSON per article, with its text
              --tables FMT    parquet (default) or json (JSON Lines)
              --overwrite     replace DIR when it holds an earlier output of this job
            """;

    /** Reads the command line; {@code null} means help was asked for. */
    static JobOptions parse(String... args) throws UsageException {
        String input = null;
        String format = null;
        String output = null;
        String tables = "parquet";
        boolean jsonl = false;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--input" -> input = value(args, ++i, arg);
                case "--format" -> format = value(args, ++i, arg);
                case "--output" -> output = value(args, ++i, arg);
                case "--tables" -> tables = value(args, ++i, arg);
                case "--jsonl" -> jsonl = true;
                case "--overwrite" -> overwrite = true;
                default -> throw new UsageException("unknown argument '" + arg + "'");
            }
        }
        if (input == null || format == null || output == null) {
            throw new UsageException("--input, --format and --output are required");
        }
        if (!tables.equals("parquet") && !tables.equals("json")) {
            throw new UsageException("--tables must be parquet or json, not '" + tables + "'");
        }
        return new JobOptions(input, InputFormat.named(format), output, jsonl, tables, overwrite);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}
