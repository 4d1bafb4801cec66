package se.indikator.runtime.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a dataset in memory to a Parquet file through the test's own DuckDB, column types kept (text, whole
 * numbers, decimals, dates, true/false; missing as NULL), so that the same rows can be scanned where they lie.
 */
public final class DatasetParquet {
    private DatasetParquet() {
    }

    public static void write(Dataset d, Path file) throws SQLException {
        try (Connection c = DuckDbSql.connect(); Statement s = c.createStatement()) {
            List<String> defs = new ArrayList<>();
            List<String> marks = new ArrayList<>();
            for (Column col : d.columns()) {
                defs.add(DuckDb.identifier(col.name()) + " " + switch (col.type()) {
                    case TEXT -> "VARCHAR";
                    case INTEGER -> "INTEGER";
                    case DECIMAL -> "DOUBLE";
                    case DATE -> "DATE";
                    case BOOLEAN -> "BOOLEAN";
                });
                marks.add("?");
            }
            s.execute("CREATE TABLE t (" + String.join(", ", defs) + ")");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (" + String.join(", ", marks) + ")")) {
                for (int r = 0; r < d.rowCount(); r++) {
                    for (int j = 0; j < d.columns().size(); j++) {
                        set(ps, j + 1, d.columns().get(j), r);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            s.execute("COPY t TO " + DuckDb.literal(file.toAbsolutePath().toString()) + " (FORMAT parquet)");
        }
    }

    private static void set(PreparedStatement ps, int i, Column col, int r) throws SQLException {
        if (col.isMissing(r)) {
            ps.setNull(i, switch (col.type()) {
                case TEXT -> Types.VARCHAR;
                case INTEGER -> Types.INTEGER;
                case DECIMAL -> Types.DOUBLE;
                case DATE -> Types.DATE;
                case BOOLEAN -> Types.BOOLEAN;
            });
            return;
        }
        if (col instanceof TextColumn t) {
            ps.setString(i, t.get(r));
        } else if (col instanceof DoubleColumn dc) {
            ps.setDouble(i, dc.get(r));
        } else {
            IntColumn ic = (IntColumn) col;
            switch (col.type()) {
                case DATE -> ps.setObject(i, ic.getDate(r));
                case BOOLEAN -> ps.setBoolean(i, ic.get(r) == 1);
                default -> ps.setInt(i, ic.get(r));
            }
        }
    }
}
