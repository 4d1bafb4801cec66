package se.indikator.runtime.chart;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 21 Swedish regions as tiles of an equal-area grid map (a cartogram): each region one square, placed
 * roughly where it lies — four columns west to east, eight rows north to south — with its county code (01
 * Stockholm … 25 Norrbotten) and its standard letter abbreviation (AB, C, … BD). Units are matched by name
 * (with or without "Region", "län" or "regionen") or by code.
 */
public final class RegionTiles {
    /** One region's tile: its code, letters, name and place (column, row). */
    public record Tile(String code, String letters, String name, int column, int row) {
    }

    /** The tiles, north to south. */
    public static final List<Tile> TILES = List.of(
            new Tile("25", "BD", "Norrbotten", 3, 0),
            new Tile("24", "AC", "Västerbotten", 2, 1),
            new Tile("23", "Z", "Jämtland Härjedalen", 1, 2),
            new Tile("22", "Y", "Västernorrland", 2, 2),
            new Tile("20", "W", "Dalarna", 1, 3),
            new Tile("21", "X", "Gävleborg", 2, 3),
            new Tile("17", "S", "Värmland", 0, 4),
            new Tile("18", "T", "Örebro", 1, 4),
            new Tile("19", "U", "Västmanland", 2, 4),
            new Tile("03", "C", "Uppsala", 3, 4),
            new Tile("14", "O", "Västra Götaland", 0, 5),
            new Tile("05", "E", "Östergötland", 1, 5),
            new Tile("04", "D", "Södermanland", 2, 5),
            new Tile("01", "AB", "Stockholm", 3, 5),
            new Tile("13", "N", "Halland", 0, 6),
            new Tile("06", "F", "Jönköping", 1, 6),
            new Tile("08", "H", "Kalmar", 2, 6),
            new Tile("09", "I", "Gotland", 3, 6),
            new Tile("12", "M", "Skåne", 0, 7),
            new Tile("07", "G", "Kronoberg", 1, 7),
            new Tile("10", "K", "Blekinge", 2, 7));

    private RegionTiles() {
    }

    /** The tile of a unit's label: by code ("01", "1"), name, "Region …", "… län" or "…regionen"; else empty. */
    public static Optional<Tile> match(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String n = normal(label);
        if (n.matches("\\d{1,2}")) {
            String code = n.length() == 1 ? "0" + n : n;
            return TILES.stream().filter(t -> t.code().equals(code)).findFirst();
        }
        n = n.replaceFirst("^region ", "").replaceFirst(" lan$", "").replaceFirst("sregionen$", "")
                .replaceFirst("regionen$", "").replaceFirst("s$", "").trim();
        for (Tile t : TILES) {
            String name = normal(t.name());
            if (name.equals(n) || name.replaceFirst("s$", "").equals(n) || name.startsWith(n + " ")
                    || normal(t.letters()).equals(n) && n.length() >= 1 && label.equals(t.letters())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static String normal(String s) {
        String d = Normalizer.normalize(s.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}", "").replaceAll("[\\s_-]+", " ");
    }

    /** The labels that name no region. */
    public static List<String> unmatched(List<String> labels) {
        return labels.stream().filter(l -> match(l).isEmpty()).toList();
    }
}
