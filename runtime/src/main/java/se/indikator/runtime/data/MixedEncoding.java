package se.indikator.runtime.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file that is UTF-8 except for some lines (a Latin-1 line pasted into a UTF-8 file): looked for only
 * when a file is not UTF-8 as a whole, by one more scan of its bytes, so that reading files stays one pass.
 * The file is mixed when some line holds UTF-8 beyond ASCII and another holds bytes that are not UTF-8.
 */
final class MixedEncoding {
    private MixedEncoding() {
    }

    /** The first line that is not UTF-8 (its number and text read as Latin-1), when the rest is UTF-8. */
    record Line(int number, String text) {
    }

    static Optional<Line> firstForeignLine(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        boolean utf8Seen = false;
        Line foreign = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            int number = 1;
            int c;
            boolean high = false;
            while (true) {
                c = in.read();
                if (c == '\n' || c < 0) {
                    if (high) {
                        byte[] b = line.toByteArray();
                        if (Utf8.isValid(b, 0, b.length)) {
                            utf8Seen = true;
                        } else if (foreign == null) {
                            foreign = new Line(number, new String(b, StandardCharsets.ISO_8859_1).strip());
                        }
                        if (utf8Seen && foreign != null) {
                            return Optional.of(foreign);
                        }
                    }
                    if (c < 0) {
                        return Optional.empty();
                    }
                    line.reset();
                    high = false;
                    number++;
                } else {
                    line.write(c);
                    high |= c >= 0x80;
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
