package se.indikator.lsp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One line of help for every word of the language ({@code keywords.txt} beside this class), which hover
 * shows over a keyword; a test keeps it complete against the lexer's words.
 */
final class KeywordHelp {
    private static final Map<String, String> HELP = load();

    private KeywordHelp() {
    }

    static Optional<String> of(String word) {
        return Optional.ofNullable(HELP.get(word));
    }

    /** Every word that has help. */
    static Map<String, String> all() {
        return HELP;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new TreeMap<>();
        try (InputStream in = KeywordHelp.class.getResourceAsStream("keywords.txt")) {
            if (in == null) {
                throw new IllegalStateException("keywords.txt is missing beside " + KeywordHelp.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int colon = line.indexOf(": ");
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                out.put(line.substring(0, colon).strip(), line.substring(colon + 2).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
