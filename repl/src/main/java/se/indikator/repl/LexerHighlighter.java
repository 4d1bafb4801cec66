package se.indikator.repl;

import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import se.indikator.runtime.parse.LexToken;
import se.indikator.runtime.parse.Parser;

/** Colours the input line with the language's own lexer: keywords, strings, numbers, comments, errors. */
final class LexerHighlighter implements Highlighter {
    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        if (buffer.strip().startsWith(":")) {
            return sb.styled(AttributedStyle.BOLD.foreground(AttributedStyle.CYAN), buffer).toAttributedString();
        }
        int at = 0;
        for (LexToken t : Parser.tokens(buffer)) {
            if (t.start() > at) {
                sb.append(buffer.substring(at, t.start()));
            }
            sb.styled(style(t.kind()), buffer.substring(t.start(), Math.min(t.end(), buffer.length())));
            at = Math.min(t.end(), buffer.length());
        }
        if (at < buffer.length()) {
            sb.append(buffer.substring(at));
        }
        return sb.toAttributedString();
    }

    static AttributedStyle style(LexToken.Kind kind) {
        return switch (kind) {
            case KEYWORD -> AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
            case STRING -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case NUMBER -> AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
            case COMMENT, PROSE -> AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).italic();
            case ERROR -> AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();
            default -> AttributedStyle.DEFAULT;
        };
    }
}
