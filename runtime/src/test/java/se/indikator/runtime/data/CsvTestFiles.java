package se.indikator.runtime.data;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Helpers that write test files and read them back. */
final class CsvTestFiles {

    private CsvTestFiles() {
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String content, Charset charset) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content.getBytes(charset));
        return p;
    }

    static LoadResult read(Path file) {
        return CsvReader.read(file, file.getFileName().toString(), ReadOptions.defaults());
    }

    static Dataset readOk(Path file) {
        LoadResult r = read(file);
        if (r.hasErrors()) throw new AssertionError("unexpected problems: " + r.problems());
        return r.dataset().orElseThrow();
    }
}
