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
class EngineTranscriptsTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> transcriptsGiveTheirOutputWithTheirDataInDuckDb() {
        return EngineTranscripts.inDuckDb(TranscriptTest.DIR).tests(tmp);
    }
}
