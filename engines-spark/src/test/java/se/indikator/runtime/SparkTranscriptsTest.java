package se.indikator.runtime;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every transcript of the runtime module, and every example, again with its data scanned by Spark {@code local[2]}
 * ({@link EngineTranscripts}): each file it reads written as Parquet and scanned on a Spark connection, the
 * process's one Spark session serving them all, and the output the transcript's in memory, character for character.
 */
class SparkTranscriptsTest {
    /** The runtime module's transcripts, beside this module. */
    private static final Path TRANSCRIPTS = Path.of("..", "runtime", "src", "test", "transcripts");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> transcriptsGiveTheirOutputWithTheirDataScannedBySpark() {
        return EngineTranscripts.on(TRANSCRIPTS, "Spark", "connection spark_engine = spark \"local[2]\"", "spark_engine")
                .tests(tmp);
    }

    @TestFactory
    Stream<DynamicTest> examplesGiveTheirOutputWithTheirDataScannedBySpark() {
        return EngineTranscripts.on(Path.of("..", "examples"), "Spark", "connection spark_engine = spark \"local[2]\"",
                "spark_engine").tests(tmp.resolve("examples"));
    }
}
