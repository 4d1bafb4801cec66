package se.indikator.runtime;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every transcript again with its data in DuckDB ({@link EngineTranscripts}): each file it reads written as
 * Parquet and scanned, the output the transcript's, character for character.
 */
public class EngineTranscriptsTest {
    @TempDir
    Path tmp;

    /** The project's examples, beside this module. */
    public static final Path EXAMPLES = Path.of("..", "examples");

    @TestFactory
    Stream<DynamicTest> transcriptsGiveTheirOutputWithTheirDataInDuckDb() {
        return EngineTranscripts.inDuckDb(TranscriptTest.DIR).tests(tmp);
    }

    @TestFactory
    Stream<DynamicTest> examplesGiveTheirOutputWithTheirDataInDuckDb() {
        return EngineTranscripts.inDuckDb(EXAMPLES).tests(tmp);
    }
}
