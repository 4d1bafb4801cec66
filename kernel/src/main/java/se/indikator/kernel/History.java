package se.indikator.kernel;

import com.google.gson.JsonArray;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cells this kernel has executed with {@code store_history}, numbered as their execution counts, with
 * the text each printed; answers {@code history_request}s: the last n ({@code tail}), a range of one
 * session, or a glob search ({@code *}, {@code ?}), optionally unique, optionally with outputs.
 */
final class History {
    /** The number of this kernel's history session (one per kernel; the protocol counts them from 1). */
    static final int SESSION = 1;

    /** One executed cell. */
    record Entry(int line, String input, String output) {
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(int line, String input, String output) {
        entries.add(new Entry(line, input, output));
    }

    /** The last {@code n} cells (all when n is not positive). */
    synchronized JsonArray tail(int n, boolean output) {
        int from = n <= 0 ? 0 : Math.max(0, entries.size() - n);
        return rows(entries.subList(from, entries.size()), output);
    }

    /** The cells numbered from {@code start} up to (not including) {@code stop}; stop 0 or less: to the end. */
    synchronized JsonArray range(int start, int stop, boolean output) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.line() >= start && (stop <= 0 || e.line() < stop)) {
                out.add(e);
            }
        }
        return rows(out, output);
    }

    /** The cells whose input matches the glob pattern; the last {@code n} of them, each input once if unique. */
    synchronized JsonArray search(String glob, int n, boolean unique, boolean output) {
        Pattern p = glob(glob);
        List<Entry> matching = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (p.matcher(e.input()).matches() && (!unique || seen.add(e.input()))) {
                matching.add(0, e);
            }
        }
        int from = n <= 0 ? 0 : Math.max(0, matching.size() - n);
        return rows(matching.subList(from, matching.size()), output);
    }

    /** A glob as a regular expression over the whole input ({@code *} any text, {@code ?} one character). */
    static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    private static JsonArray rows(List<Entry> list, boolean output) {
        JsonArray out = new JsonArray();
        for (Entry e : list) {
            JsonArray row = new JsonArray();
            row.add(SESSION);
            row.add(e.line());
            if (output) {
                JsonArray io = new JsonArray();
                io.add(e.input());
                io.add(e.output());
                row.add(io);
            } else {
                row.add(e.input());
            }
            out.add(row);
        }
        return out;
    }
}
