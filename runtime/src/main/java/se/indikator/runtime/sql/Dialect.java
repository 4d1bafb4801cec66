package se.indikator.runtime.sql;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What differs between the SQL engines a pass is sent to, as a few settings and hooks: how an identifier is
 * quoted, whether a backslash escapes in a string literal, the name of the floating type, how the days between
 * two dates are written, the operator that divides whole numbers, the exact type that sums without overflowing. Everything else a compiled pass uses is the portable core that every engine reads alike
 * (CASE of comparisons, COALESCE, IN lists, IS NULL, SUM and COUNT over a subquery); nothing depends on how an
 * engine divides integers, orders NULLs or names the grouping of its output.
 */
public record Dialect(String name, char identifierQuote, boolean backslashEscapes, String floatType,
        boolean dateDifferenceOperator, String wholeQuotientOperator, String exactType) {

    /** DuckDB, in process. */
    public static final Dialect DUCKDB = new Dialect("duckdb", '"', false, "DOUBLE", true, "//", null);

    /** PostgreSQL, and the databases that follow the standard as it does. */
    public static final Dialect POSTGRESQL = new Dialect("postgresql", '"', false, "DOUBLE PRECISION", true, "/", "NUMERIC");

    /**
     * Spark SQL: backquoted identifiers, string literals whose backslash escapes (a quote too), and the days
     * between two dates as {@code datediff}.
     */
    public static final Dialect SPARK = new Dialect("spark", '`', true, "DOUBLE", false, "div", null);

    /** The dialect of this name ({@code duckdb}, {@code postgresql}, {@code spark}). */
    public static Dialect named(String name) {
        return switch (name) {
            case "duckdb" -> DUCKDB;
            case "postgresql" -> POSTGRESQL;
            case "spark" -> SPARK;
            default -> throw new IllegalArgumentException("no SQL dialect is named " + name);
        };
    }

    /** {@code name} as a quoted identifier. */
    public String identifier(String id) {
        String q = String.valueOf(identifierQuote);
        return q + id.replace(q, q + q) + q;
    }

    /** {@code text} as a string literal. */
    public String text(String value) {
        if (backslashEscapes) {
            return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * A number as a literal that reads back as exactly this double: whole numbers as integers, the others as a
     * cast of their shortest decimal text to the floating type (a bare decimal would be an exact DECIMAL in some
     * engines, compared differently).
     */
    public String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return "CAST('" + new BigDecimal(Double.toString(v)).toPlainString() + "' AS " + floatType + ")";
    }

    /**
     * The whole quotient of a whole number that is not negative by a positive whole number — the one division every
     * engine agrees on, written with the operator that divides integers in this engine ({@code //} in DuckDB, whose
     * {@code /} gives a fraction; {@code /} in PostgreSQL; {@code div} in Spark SQL, whose {@code /} gives a fraction).
     */
    public String wholeQuotient(String dividend, long divisor) {
        return "(" + dividend + " " + wholeQuotientOperator + " " + divisor + ")";
    }

    /**
     * A number as the engine's exact type, whose sums and products never leave its range, for an engine that refuses
     * a floating sum beyond the largest double instead of making it infinite (PostgreSQL); the number itself elsewhere.
     */
    public String exact(String sql) {
        return exactType == null ? sql : "CAST(" + sql + " AS " + exactType + ")";
    }

    /** {@code sql} as the floating type. */
    public String floating(String sql) {
        return "CAST(" + sql + " AS " + floatType + ")";
    }

    /** A date literal. */
    public String date(LocalDate d) {
        return "DATE '" + d + "'";
    }

    /** The whole days from date {@code from} to date {@code to} (negative when {@code to} is earlier). */
    public String daysBetween(String from, String to) {
        return dateDifferenceOperator ? "(" + to + " - " + from + ")" : "datediff(" + to + ", " + from + ")";
    }

    /** The number of days from 1970-01-01 to a date: the number a date is in the language's arithmetic. */
    public String epochDays(String date) {
        return daysBetween(date(LocalDate.EPOCH), date);
    }
}
