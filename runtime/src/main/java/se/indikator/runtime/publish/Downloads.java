package se.indikator.runtime.publish;

import static se.indikator.runtime.notebook.HtmlText.escape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.result.CsvFormat;
import se.indikator.runtime.result.CsvWriter;
import se.indikator.runtime.result.ResultTable;
import se.indikator.runtime.result.XlsxWriter;

/**
 * The downloads of a page: each of its tables as CSV and all of them as one workbook, written into the site's
 * folder {@code data/} from the released tables (hidden cells blank, as everywhere), and the links to them.
 */
final class Downloads {
    private Downloads() {
    }

    /** The folder of the downloads, under the site's root. */
    static final String FOLDER = "data";

    /** A download: what it holds, in words, and its path from the site's root. */
    record Link(String label, String path) {
    }

    /** A table to download: the stem of its file's name and the table. */
    record Item(String stem, ResultTable table) {
    }

    /** Writes the page's tables as CSV and as one workbook named {@code stem.xlsx}; returns their links. */
    static List<Link> write(Path root, String stem, List<Item> items, SiteWords w) throws IOException {
        Path dir = Files.createDirectories(root.resolve(FOLDER));
        List<Link> links = new ArrayList<>();
        for (Item i : items) {
            String name = Slugs.of(i.stem()) + ".csv";
            CsvWriter.write(i.table(), dir.resolve(name), new CsvFormat(w.swedish(), true));
            links.add(new Link(w.get("download csv") + ": " + i.table().title(), FOLDER + "/" + name));
        }
        if (!items.isEmpty()) {
            String name = Slugs.of(stem) + ".xlsx";
            XlsxWriter.write(dir.resolve(name), items.stream().map(Item::table).toList());
            links.add(new Link(w.get("download xlsx"), FOLDER + "/" + name));
        }
        return links;
    }

    /** The section of a page that lists its downloads. */
    static String section(List<Link> links, SiteWords w, int depth) {
        if (links.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<section aria-labelledby=\"h-downloads\" class=\"downloads\">\n<h2 id=\"h-downloads\">")
                .append(escape(w.get("downloads"))).append("</h2>\n<ul>");
        for (Link l : links) {
            sb.append("<li><a href=\"").append("../".repeat(depth)).append(escape(l.path())).append("\" download>")
                    .append(escape(l.label())).append("</a></li>");
        }
        return sb.append("</ul>\n</section>\n").toString();
    }
}
