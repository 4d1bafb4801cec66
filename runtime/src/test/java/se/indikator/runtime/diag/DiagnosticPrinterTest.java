package se.indikator.runtime.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** A diagnostic never echoes a control character raw, and its caret stays under the offending text. */
class DiagnosticPrinterTest {
    @Test
    void plainDiagnosticsAreUnchanged() {
        SourceFile f = new SourceFile("s.ind", "show x by regio\n");
        Diagnostic d = Diagnostic.error("E103", new Span(f, 1, 11, 1, 16), "unknown breakdown 'regio'", "did you mean 'region'?");
        assertEquals("""
                s.ind:1:11: error[E103]: unknown breakdown 'regio'
                    show x by regio
                              ^^^^^
                  hint: did you mean 'region'?
                """, DiagnosticPrinter.format(d));
    }

    @Test
    void controlCharactersInTheLineTheMessageAndTheHintAreEscapedAndTheCaretFollows() {
        SourceFile f = new SourceFile("s.ind", "list l = \"\u001b[2J\", \"bad\"\n");
        Diagnostic d = Diagnostic.error("E999", new Span(f, 1, 18, 1, 23), "value '\u001b]0;pwned\u0007'", "not \u009b\u0007");
        String out = DiagnosticPrinter.format(d);
        assertEquals("""
                s.ind:1:18: error[E999]: value '\\x1b]0;pwned\\x07'
                    list l = "\\x1b[2J", "bad"
                                        ^^^^^
                  hint: not \\x9b\\x07
                """, out);
        assertFalse(out.chars().anyMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f), out);
    }

    @Test
    void aCaretOverAControlCharacterCoversItsEscape() {
        SourceFile f = new SourceFile("s.ind", "a\u0007b\n");
        Diagnostic d = Diagnostic.error("E002", new Span(f, 1, 2, 1, 3), "unexpected character", null);
        assertEquals("""
                s.ind:1:2: error[E002]: unexpected character
                    a\\x07b
                     ^^^^
                """, DiagnosticPrinter.format(d));
    }
}
