package se.indikator.runtime.publish;

import java.text.Normalizer;
import java.util.Locale;

/** File names for a site's pages from names and labels: lower case ASCII letters, digits and hyphens. */
public final class Slugs {
    private Slugs() {
    }

    /** {@code "Västra Götaland"} → {@code "vastra-gotaland"}; never empty. */
    public static String of(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : slug;
    }
}
