package se.indikator.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.indikator.runtime.data.CacheFolder;

/**
 * {@code indikator cache} (where the binary cache is, how large it is and may grow) and
 * {@code indikator cache clear} (removes every entry).
 */
final class CacheCommand {
    private CacheCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, CacheFolder.ofThisProcess(), out, err);
    }

    static int run(List<String> args, Optional<CacheFolder> folder, PrintStream out, PrintStream err) {
        if (args.size() > 1 || (args.size() == 1 && !args.get(0).equals("clear") && !args.get(0).equals("info"))) {
            err.println("indikator: cache takes 'clear' or 'info' (the default)");
            return 2;
        }
        if (folder.isEmpty()) {
            out.println("the cache is off (INDIKATOR_CACHE=off): nothing is written");
            return 0;
        }
        CacheFolder f = folder.get();
        try {
            if (args.size() == 1 && args.get(0).equals("clear")) {
                long freed = f.clear();
                out.println("cleared " + f.dir() + " (" + mb(freed) + " freed)");
                return 0;
            }
            out.println("cache folder: " + f.dir());
            out.println("size: " + mb(f.size()) + " in " + f.entries().size() + " entries, limit " + mb(f.maxBytes())
                    + " (INDIKATOR_CACHE_MAX)");
            out.println("turn it off with INDIKATOR_CACHE=off or 'set cache off' in a script; empty it with 'indikator cache clear'");
            return 0;
        } catch (IOException e) {
            err.println("indikator: cannot read the cache folder " + f.dir() + ": " + e.getMessage());
            return 1;
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
