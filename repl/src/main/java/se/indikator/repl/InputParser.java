package se.indikator.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.DefaultParser;
import se.indikator.runtime.parse.Completeness;

/**
 * Splits the shell's input into words for completion (JLine's default rules, with quotes) and, when
 * Enter is pressed on an unfinished statement, asks JLine for another line instead of running it.
 */
final class InputParser extends DefaultParser {
    InputParser() {
        setEofOnUnclosedQuote(true);
        setEscapeChars(new char[0]);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
        if (context == ParseContext.ACCEPT_LINE && !line.strip().startsWith(":") && !Completeness.isComplete(line)) {
            throw new EOFError(-1, -1, "the statement continues", "statement");
        }
        try {
            return super.parse(line, cursor, context);
        } catch (EOFError e) {
            if (context == ParseContext.ACCEPT_LINE) {
                throw e;
            }
            return super.parse(line, cursor, ParseContext.SPLIT_LINE);
        }
    }
}
