package se.indikator.runtime.diag;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Did-you-mean suggestions: the closest known name by edit distance (Damerau–Levenshtein with
 * adjacent transpositions), case and diacritics folded, e.g. {@code agee} → {@code age},
 * {@code Skane} → {@code Skåne}.
 */
public final class Suggest {
    private Suggest() {
    }

    public static Optional<String> closest(String wrong, Collection<String> known) {
        String w = fold(wrong);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(w, fold(k));
            if (d < bestDistance || (d == bestDistance && best != null && k.compareTo(best) < 0)) {
                bestDistance = d;
                best = k;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int limit = Math.max(1, Math.min(3, (wrong.length() + 1) / 3));
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** A hint sentence: "did you mean 'age'?" or a list of what exists. */
    public static String hint(String wrong, Collection<String> known, String what) {
        Optional<String> c = closest(wrong, known);
        if (c.isPresent()) {
            return "did you mean '" + c.get() + "'?";
        }
        if (known.isEmpty()) {
            return "no " + what + " is defined yet";
        }
        String list = String.join(", ", known.stream().sorted().limit(12).toList());
        String plural = what.endsWith("y") ? what.substring(0, what.length() - 1) + "ies" : what + "s";
        return (known.size() == 1 ? what + " is: " : plural + " are: ") + list + (known.size() > 12 ? ", …" : "");
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}", "");
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
