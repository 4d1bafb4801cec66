package se.indikator.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Optional;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.parse.Completeness;
import se.indikator.runtime.parse.Parser;
import se.indikator.runtime.session.Completions;
import se.indikator.runtime.session.Session;

/**
 * The replies to the requests that do not run anything: {@code kernel_info}, {@code complete},
 * {@code inspect}, {@code is_complete}, {@code history} and {@code comm_info}. Cursor positions are counted
 * in Unicode code points, as protocol 5.2 and later count them.
 */
final class Answers {
    /** The kernel's version, shown in the kernel information. */
    static final String VERSION = "0.1.0";

    private final Session session;
    private final History history;

    Answers(Session session, History history) {
        this.session = session;
        this.history = history;
    }

    /** The content of {@code kernel_info_reply}. */
    static JsonObject kernelInfo() {
        JsonObject language = new JsonObject();
        language.addProperty("name", "indikator");
        language.addProperty("version", VERSION);
        language.addProperty("mimetype", "text/x-indikator");
        language.addProperty("file_extension", ".ind");
        language.addProperty("pygments_lexer", "text");
        language.addProperty("codemirror_mode", "text/x-sql");
        JsonObject c = new JsonObject();
        c.addProperty("status", "ok");
        c.addProperty("protocol_version", Message.PROTOCOL_VERSION);
        c.addProperty("implementation", "indikator");
        c.addProperty("implementation_version", VERSION);
        c.add("language_info", language);
        c.addProperty("banner", "indikator " + VERSION + " — health-care quality and equity indicators (Java "
                + Runtime.version().feature() + ")");
        c.add("help_links", new JsonArray());
        return c;
    }

    /** The reply to {@code complete_request}: the names that continue the word at the cursor. */
    JsonObject complete(Message request) {
        String code = request.text("code", "");
        int cursor = charIndex(code, request.number("cursor_pos", code.codePointCount(0, code.length())));
        Completions.Matches m = Completions.at(session, code, cursor);
        JsonObject c = new JsonObject();
        JsonArray matches = new JsonArray();
        m.matches().forEach(matches::add);
        c.add("matches", matches);
        c.addProperty("cursor_start", code.codePointCount(0, m.start()));
        c.addProperty("cursor_end", code.codePointCount(0, cursor));
        c.add("metadata", new JsonObject());
        c.addProperty("status", "ok");
        return c;
    }

    /** The reply to {@code inspect_request}: the description of the name at the cursor, if known. */
    JsonObject inspect(Message request) {
        String code = request.text("code", "");
        int cursor = charIndex(code, request.number("cursor_pos", code.codePointCount(0, code.length())));
        Optional<String> text = Inspector.describe(session, Inspector.nameAt(code, cursor));
        JsonObject data = new JsonObject();
        text.ifPresent(t -> data.addProperty("text/plain", t));
        JsonObject c = new JsonObject();
        c.addProperty("status", "ok");
        c.addProperty("found", text.isPresent());
        c.add("data", data);
        c.add("metadata", new JsonObject());
        return c;
    }

    /**
     * The reply to {@code is_complete_request}, by the shell's rule: unfinished input is {@code incomplete}
     * (indented inside a brace), finished input that does not parse {@code invalid}, else {@code complete}.
     */
    static JsonObject isComplete(String code) {
        JsonObject c = new JsonObject();
        if (!Completeness.isComplete(code)) {
            c.addProperty("status", "incomplete");
            c.addProperty("indent", openBraces(code) ? "    " : "");
        } else if (Parser.parse(new SourceFile("<cell>", code)).diagnostics().hasErrors()) {
            c.addProperty("status", "invalid");
        } else {
            c.addProperty("status", "complete");
        }
        return c;
    }

    private static boolean openBraces(String code) {
        return code.chars().filter(ch -> ch == '{').count() > code.chars().filter(ch -> ch == '}').count();
    }

    /** The reply to {@code history_request}. */
    JsonObject history(Message request) {
        boolean output = request.flag("output", false);
        String type = request.text("hist_access_type", "tail");
        JsonArray rows = switch (type) {
            case "range" -> history.range(request.number("start", 1), request.number("stop", 0), output);
            case "search" -> history.search(request.text("pattern", "*"), request.number("n", 0),
                    request.flag("unique", false), output);
            default -> history.tail(request.number("n", 0), output);
        };
        JsonObject c = new JsonObject();
        c.addProperty("status", "ok");
        c.add("history", rows);
        return c;
    }

    /** The reply to {@code comm_info_request}: this kernel has no comms. */
    static JsonObject commInfo() {
        JsonObject c = new JsonObject();
        c.addProperty("status", "ok");
        c.add("comms", new JsonObject());
        return c;
    }

    /** The character index of a cursor given in code points (clamped to the text). */
    static int charIndex(String code, int codePoints) {
        int cps = code.codePointCount(0, code.length());
        return code.offsetByCodePoints(0, Math.max(0, Math.min(codePoints, cps)));
    }
}
