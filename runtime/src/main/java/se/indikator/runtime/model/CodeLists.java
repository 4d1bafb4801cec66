package se.indikator.runtime.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Built-in code lists usable with {@code in}: country groups by ISO 3166-1 alpha-2 code, e.g.
 * {@code birth_country in nordic}. {@code nordic} excludes Sweden; {@code eu} is the EU-27 (2020–)
 * excluding Sweden and the Nordic members, matching the reporting group "EU utom Norden".
 */
public final class CodeLists {
    private CodeLists() {
    }

    private static final Map<String, List<String>> LISTS = Map.of(
            "nordic", List.of("DK", "FI", "IS", "NO", "AX", "FO", "GL"),
            "eu", List.of("AT", "BE", "BG", "HR", "CY", "CZ", "EE", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
                    "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES"),
            "eu27", List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
                    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"));

    public static Optional<List<String>> builtIn(String name) {
        return Optional.ofNullable(LISTS.get(name));
    }

    public static java.util.Set<String> names() {
        return LISTS.keySet();
    }
}
