package nl.binnenhof.spark.tables;

import java.util.List;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Shorthands for writing table schemas as readable lists of columns. */
final class Columns {

    static final DataType STRING = DataTypes.StringType;
    static final DataType INT = DataTypes.IntegerType;
    static final DataType BOOLEAN = DataTypes.BooleanType;
    static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

    private Columns() {
    }

    static StructType schema(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    /** A column that always has a value. */
    static StructField required(String name, DataType type) {
        return DataTypes.createStructField(name, type, false);
    }

    /** A column that may be null. */
    static StructField optional(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    /** Every table but {@code articles} starts with the id of the article its row belongs to. */
    static StructField articleId() {
        return required("article_id", STRING);
    }

    /** A list for an array column: Spark's row encoder takes Java arrays (or Scala sequences), not lists. */
    static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    /** An enum constant as written in the JSON output: lower case. */
    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
