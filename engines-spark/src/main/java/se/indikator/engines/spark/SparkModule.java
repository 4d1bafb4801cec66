package se.indikator.engines.spark;

import java.sql.SQLException;
import se.indikator.runtime.data.EngineDriver;
import se.indikator.runtime.data.EngineModule;

/**
 * Spark SQL as an engine ({@code connection NAME = spark "local[2]"} or {@code "spark://host:7077"}), found by the
 * runtime's {@code ServiceLoader} when this module is on the class path. Spark runs in a class loader of its own
 * ({@link SparkClassLoader}), and one Spark session serves every connection of the process.
 */
public final class SparkModule implements EngineModule {
    @Override
    public String kind() {
        return "spark";
    }

    @Override
    public String dialect() {
        return "spark";
    }

    @Override
    public EngineDriver connect(String address) throws SQLException {
        ClassLoader spark = SparkClassLoader.shared();
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(spark);
        try {
            Object driver = spark.loadClass(SparkModule.class.getPackageName() + ".SparkDriver")
                    .getConstructor(String.class).newInstance(address);
            return (EngineDriver) driver;
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof SQLException s ? s : new SQLException(String.valueOf(e.getCause()), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new SQLException("Spark could not be loaded: " + e, e);
        } finally {
            t.setContextClassLoader(before);
        }
    }

    @Override
    public String files(String path) {
        return "parquet.`" + path.replace("`", "``") + "`";
    }
}
