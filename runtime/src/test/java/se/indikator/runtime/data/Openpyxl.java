package se.indikator.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a Python script with openpyxl — a workbook reader and writer independent of this project and of POI —
 * through the system's Python. A missing Python or openpyxl fails the test (it is never skipped): CI installs
 * python3-openpyxl.
 */
public final class Openpyxl {
    /** The system Python, which sees the distribution's openpyxl package. */
    static final String PYTHON = "/usr/bin/python3";

    private Openpyxl() {
    }

    /** Runs {@code body} (after {@code import openpyxl, datetime}) in folder {@code dir}; returns its stdout. */
    public static String run(Path dir, String body) throws IOException {
        Path script = Files.createTempFile(dir, "workbook", ".py");
        Files.writeString(script, "import openpyxl, datetime, sys\n" + body, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(PYTHON, script.toString()).directory(dir.toFile());
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Path errors = Files.createTempFile(dir, "python", ".err");
        pb.redirectError(errors.toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            fail("the test needs " + PYTHON + " with openpyxl (apt-get install python3-openpyxl): " + e.getMessage());
            throw e;
        }
        try {
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err;
            int rc = p.waitFor();
            err = Files.readAllBytes(errors);
            assertEquals(0, rc, "python with openpyxl failed (apt-get install python3-openpyxl):\n"
                    + new String(err, StandardCharsets.UTF_8));
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
