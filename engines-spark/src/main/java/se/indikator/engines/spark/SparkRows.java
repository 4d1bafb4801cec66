package se.indikator.engines.spark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;

/**
 * The rows Spark collected for a query, read as a JDBC result set by the same code that reads every engine's
 * answers: moving to the next row, a column's value by its number (as an object, a date, a number or a text, with
 * {@code wasNull}) and the columns' names and types. It is read once, forward; what the runtime's readers never ask
 * of a result set is refused with {@link SQLFeatureNotSupportedException}.
 */
final class SparkRows implements InvocationHandler {
    private final StructType schema;
    private final List<Row> rows;
    private int at = -1;
    private boolean lastWasNull;

    private SparkRows(StructType schema, List<Row> rows) {
        this.schema = schema;
        this.rows = rows;
    }

    /** The rows as a result set, before the first row. */
    static ResultSet of(StructType schema, List<Row> rows) {
        return (ResultSet) Proxy.newProxyInstance(SparkRows.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                new SparkRows(schema, rows));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws SQLException {
        switch (method.getName()) {
            case "next":
                return ++at < rows.size();
            case "close":
                at = rows.size();
                return null;
            case "isClosed":
                return false;
            case "wasNull":
                return lastWasNull;
            case "getMetaData":
                return metaData();
            case "getObject":
                return args.length == 2 ? as(value(args[0]), (Class<?>) args[1]) : value(args[0]);
            case "getLong":
                return value(args[0]) instanceof Number n ? n.longValue() : 0L;
            case "getInt":
                return value(args[0]) instanceof Number n ? n.intValue() : 0;
            case "getDouble":
                return value(args[0]) instanceof Number n ? n.doubleValue() : 0.0;
            case "getBoolean":
                return value(args[0]) instanceof Boolean b && b;
            case "getString":
                Object v = value(args[0]);
                return v == null ? null : v.toString();
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            case "toString":
                return "SparkRows[" + rows.size() + " rows]";
            default:
                throw new SQLFeatureNotSupportedException("a result set of Spark's rows does not " + method.getName());
        }
    }

    /** The value of the current row's column, numbered from 1 (or named), Spark's decimals as doubles. */
    private Object value(Object column) throws SQLException {
        if (at < 0 || at >= rows.size()) {
            throw new SQLException("there is no current row");
        }
        int i = column instanceof Integer n ? n - 1 : schema.fieldIndex((String) column);
        Object v = rows.get(at).get(i);
        lastWasNull = v == null;
        return v instanceof java.math.BigDecimal d ? d.doubleValue() : v;
    }

    private static Object as(Object v, Class<?> type) throws SQLException {
        if (v == null || type.isInstance(v)) {
            return v;
        }
        if (type == java.time.LocalDate.class && v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new SQLException("a value of Spark's " + v.getClass().getSimpleName() + " is not a " + type.getSimpleName());
    }

    private ResultSetMetaData metaData() {
        InvocationHandler columns = (proxy, method, args) -> switch (method.getName()) {
            case "getColumnCount" -> schema.fields().length;
            case "getColumnLabel", "getColumnName" -> schema.fields()[(Integer) args[0] - 1].name();
            case "getColumnType" -> jdbcType(schema.fields()[(Integer) args[0] - 1].dataType());
            case "getColumnTypeName" -> schema.fields()[(Integer) args[0] - 1].dataType().sql();
            case "isNullable" -> ResultSetMetaData.columnNullable;
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            case "toString" -> "SparkRows.columns" + schema.simpleString();
            default -> throw new SQLFeatureNotSupportedException("Spark's columns do not tell " + method.getName());
        };
        return (ResultSetMetaData) Proxy.newProxyInstance(SparkRows.class.getClassLoader(),
                new Class<?>[] {ResultSetMetaData.class}, columns);
    }

    /** The JDBC type of a Spark type; any type indikator does not read is {@code OTHER}. */
    static int jdbcType(DataType t) {
        if (t.equals(DataTypes.ByteType)) {
            return Types.TINYINT;
        } else if (t.equals(DataTypes.ShortType)) {
            return Types.SMALLINT;
        } else if (t.equals(DataTypes.IntegerType)) {
            return Types.INTEGER;
        } else if (t.equals(DataTypes.LongType)) {
            return Types.BIGINT;
        } else if (t.equals(DataTypes.FloatType)) {
            return Types.REAL;
        } else if (t.equals(DataTypes.DoubleType)) {
            return Types.DOUBLE;
        } else if (t instanceof DecimalType) {
            return Types.DECIMAL;
        } else if (t.equals(DataTypes.StringType)) {
            return Types.VARCHAR;
        } else if (t.equals(DataTypes.BooleanType)) {
            return Types.BOOLEAN;
        } else if (t.equals(DataTypes.DateType)) {
            return Types.DATE;
        }
        return Types.OTHER;
    }
}
