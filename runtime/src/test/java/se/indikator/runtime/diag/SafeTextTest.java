package se.indikator.runtime.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Control characters are shown as visible escapes, one convention for all; other text is left alone. */
class SafeTextTest {
    @Test
    void textWithoutControlCharactersIsReturnedAsItIs() {
        String s = "Örebro län – 12,5 % \\ \"x\" ∞";
        assertSame(s, SafeText.line(s));
        assertSame(s, SafeText.lines(s));
    }

    @Test
    void ansiAndOscSequencesAreEscaped() {
        assertEquals("\\x1b[31mröd\\x1b[0m", SafeText.line("\u001b[31mröd\u001b[0m"));
        assertEquals("\\x1b]0;title\\x07", SafeText.line("\u001b]0;title\u0007"));
        assertEquals("\\x1b]8;;http://x\\x1b\\link", SafeText.line("\u001b]8;;http://x\u001b\\link"));
    }

    @Test
    void everyC0AndC1CharacterAndDeleteAreEscaped() {
        for (char c = 0; c < 0x20; c++) {
            assertTrue(SafeText.line("a" + c + "b").startsWith("a\\"), "U+" + Integer.toHexString(c));
        }
        assertEquals("\\x00\\x7f\\x80\\x9b\\x9f", SafeText.line("\u0000\u007f\u0080\u009b\u009f"));
        assertEquals("a\\tb\\nc\\rd", SafeText.line("a\tb\nc\rd"));
        assertEquals("\u00a0", SafeText.line("\u00a0"), "a no-break space is not a control character");
    }

    @Test
    void bidirectionalOverridesAreEscaped() {
        assertEquals("abc\\u202edef\\u2066", SafeText.line("abc\u202edef\u2066"));
    }

    @Test
    void textOfSeveralLinesKeepsItsLineBreaksAndTabs() {
        assertEquals("a\tb\nc\r\nd\\re\\x1b[2J", SafeText.lines("a\tb\nc\r\nd\re\u001b[2J"));
        assertEquals("end\\r", SafeText.lines("end\r"));
    }

    @Test
    void longTextIsEscapedInOnePass() {
        String s = "x".repeat(500_000) + "\u001b";
        assertEquals(500_004, SafeText.line(s).length());
    }
}
