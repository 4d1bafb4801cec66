package se.indikator.runtime.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.indikator.runtime.result.ResultTable;

/**
 * Writes a site's files: the style sheet and the small script, the start page, the definitions, a page per
 * indicator and per region, and the downloads of each; every link is relative, so the folder can be opened
 * from the file system or served as it is.
 */
final class SiteWriter {
    private SiteWriter() {
    }

    /** The files and folders of a site that writing it again replaces. */
    private static final List<String> OWN = List.of("index.html", Site.DEFINITIONS, "assets", "indikator", "region",
            Downloads.FOLDER);

    /**
     * Why a site cannot be written into {@code root}, or null: it must be a new or empty folder, or one holding
     * a site written before (which is then replaced, its own files only).
     */
    static String unusable(Path root) throws IOException {
        if (!Files.exists(root)) {
            return null;
        }
        if (!Files.isDirectory(root)) {
            return root + " is a file, not a folder";
        }
        try (var entries = Files.list(root)) {
            if (entries.findAny().isEmpty() || Files.isRegularFile(root.resolve("assets/site.js"))
                    && Files.isRegularFile(root.resolve("index.html"))) {
                return null;
            }
        }
        return root + " holds other files and no site written by indikator; give a new or empty folder";
    }

    /** Writes {@code site} into {@code root} (replacing a site written there before); returns the files written. */
    static List<Path> write(Site site, Path root) throws IOException {
        for (String own : OWN) {
            delete(root.resolve(own));
        }
        List<Path> written = new ArrayList<>();
        for (String asset : List.of("site.css", "site.js")) {
            try (InputStream in = SiteWriter.class.getResourceAsStream(asset)) {
                if (in == null) {
                    throw new IOException("the site's " + asset + " is missing from indikator");
                }
                written.add(file(root, "assets/" + asset, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        written.add(file(root, "index.html", StartPage.render(site)));
        List<Downloads.Link> catalogue = Downloads.write(root, "katalog", List.of(new Downloads.Item("katalog",
                se.indikator.runtime.result.CatalogueTable.of(site.indicators(), site.words().swedish()))), site.words());
        written.add(file(root, Site.DEFINITIONS, DefinitionsPage.render(site, catalogue)));
        for (SitePlan.Page p : site.plan().pages()) {
            List<Downloads.Item> items = site.tables(p.name()).stream()
                    .map(t -> new Downloads.Item(p.name() + "-" + String.join("-", t.key().by()), t.table())).toList();
            List<Downloads.Link> links = Downloads.write(root, p.name(), items, site.words());
            written.add(file(root, Site.indicatorFile(p.name()), IndicatorPage.render(site, p, links)));
        }
        for (String unit : site.units()) {
            List<Downloads.Item> items = new ArrayList<>();
            for (ReleasedTable t : site.tables()) {
                if (t.key().kind() != PublicationScript.Kind.GROUP) {
                    items.add(new Downloads.Item(unit + "-" + t.key().indicator() + "-" + String.join("-", t.key().by()),
                            only(t.table(), site.plan().unit(), Set.of(unit, site.country()))));
                }
            }
            List<Downloads.Link> links = Downloads.write(root, "region-" + unit, items, site.words());
            written.add(file(root, Site.unitFile(unit), RegionPage.render(site, unit, links)));
        }
        for (Path p : Files.list(root.resolve(Downloads.FOLDER)).sorted().toList()) {
            written.add(root.relativize(p));
        }
        return written;
    }

    /** The rows of a released table whose label in {@code column} is one of {@code labels}. */
    static ResultTable only(ResultTable t, String column, Set<String> labels) {
        int c = t.columnIndex(column);
        List<List<Object>> rows = t.rows().stream().filter(r -> r.get(c) != null && labels.contains(r.get(c).toString())).toList();
        return new ResultTable(t.title(), t.columns(), rows, t.footnotes(), t.decimals(), t.decimalComma());
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var all = Files.walk(path)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Path file(Path root, String relative, String text) throws IOException {
        Path f = root.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return root.relativize(f);
    }
}
