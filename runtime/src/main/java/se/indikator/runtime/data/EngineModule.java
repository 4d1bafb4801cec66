package se.indikator.runtime.data;

import java.sql.SQLException;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * An engine that a module on the class path brings, found by {@link ServiceLoader} only when a script connects to
 * it (so that neither the default jar nor the shell's start pays for it): the word that names it in {@code connection
 * NAME = WORD "address"}, the SQL dialect it speaks, how it is connected, and the relation over Parquet files it
 * reads where they lie.
 */
public interface EngineModule {
    /** The word after {@code =} in a connection to this engine, as {@code spark}. */
    String kind();

    /** The name of the SQL dialect the engine speaks. */
    String dialect();

    /**
     * A driver for the engine at {@code address} (as {@code local[2]} or {@code spark://host:7077}).
     *
     * @throws SQLException when the engine cannot be reached or started
     */
    EngineDriver connect(String address) throws SQLException;

    /** The relation, as written after {@code FROM}, over the Parquet files at {@code path} (a pattern allowed). */
    String files(String path);

    /** The module of the engine named {@code kind}, when one is on the class path. */
    static Optional<EngineModule> find(String kind) {
        for (EngineModule m : ServiceLoader.load(EngineModule.class, EngineModule.class.getClassLoader())) {
            if (m.kind().equals(kind)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
