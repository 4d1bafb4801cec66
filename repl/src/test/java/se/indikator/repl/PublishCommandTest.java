package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code indikator publish}: the example's site has every kind of page and every link arrives; it refers to
 * nothing outside itself; the cells that disclosure control protects (counted here from the registers,
 * independently of indikator) are blank wherever the site shows or offers them; a publication whose audit
 * fails writes nothing; English on request; mistakes on the command line are told.
 */
class PublishCommandTest {
    @TempDir
    Path dir;

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    @Test
    void theExampleSiteHasEveryKindOfPageAndEveryLinkArrives() throws IOException {
        CliTest.Run r = ExampleSite.site();
        assertTrue(r.out().contains("every protected count keeps its protection interval"), r.out());
        assertTrue(r.err().contains("not published: timely: its status is 'under review'"), r.err());
        Path site = ExampleSite.SITE;
        for (String page : List.of("index.html", "definitioner.html", "assets/site.css", "assets/site.js")) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
        for (String seed : List.of("op90", "amenable", "survival5", "suicide", "inactivity", "tears", "apgar", "overcrowding",
                "wrong-ward", "sedatives", "avoid")) {
            assertTrue(Files.isRegularFile(site.resolve("indikator/" + seed + ".html")), seed);
        }
        assertEquals(21, files(site.resolve("region"), ".html").size(), "a page per region");
        int links = 0;
        for (Path page : files(site, ".html")) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                String target = m.group(1).replaceFirst("#.*$", "");
                if (!target.isEmpty()) {
                    links++;
                    assertTrue(Files.isRegularFile(page.getParent().resolve(target).normalize()),
                            site.relativize(page) + " links to " + m.group(1) + ", which is not in the site");
                }
            }
            assertEquals(1, count(html, "<script"), "one script, the site's own: " + page);
            assertTrue(html.contains("assets/site.js\" defer></script>"), page.toString());
            assertTrue(html.contains("<html lang=\"sv\">") && html.contains("<main id=\"main\">"), page.toString());
        }
        assertTrue(links > 1000, "links: " + links);
        String op90 = Files.readString(site.resolve("indikator/op90.html"), StandardCharsets.UTF_8);
        for (String part : List.of("Regionerna rangordnade", "role=\"img\"", "Utveckling över tid", "Per grupp", "Kön",
                "Åldersgrupp", "Födelseland", "Definition", "data/op90.xlsx", "data/op90-region-year-kon.csv")) {
            assertTrue(op90.contains(part), "the indicator page has " + part);
        }
        String skane = Files.readString(site.resolve("region/skane.html"), StandardCharsets.UTF_8);
        assertTrue(skane.contains("Profil jämfört med riket") && skane.contains("Värde, Kvinnor"), "the region's profile by sex");
        String definitions = Files.readString(site.resolve("definitioner.html"), StandardCharsets.UTF_8);
        assertTrue(definitions.contains("Väntetidsdatabasen (SKR)") && definitions.contains("<dt>Version</dt>")
                && definitions.contains("<dt>Status</dt><dd>active</dd>"), "source, version and status from the catalogue");
    }

    @Test
    void theSiteRefersToNothingOutsideItself() throws IOException {
        ExampleSite.site();
        Pattern external = Pattern.compile("(?i)(https?:|ftp:|//[a-z0-9.-]+\\.[a-z]{2,}|@import|fetch\\(|XMLHttpRequest)");
        for (Path f : files(ExampleSite.SITE, "")) {
            String name = f.getFileName().toString();
            if (name.endsWith(".html") || name.endsWith(".css") || name.endsWith(".js")) {
                Matcher m = external.matcher(Files.readString(f, StandardCharsets.UTF_8));
                assertFalse(m.find(), f + " refers outside the site: " + (m.hitEnd() ? "" : m.group()));
            }
        }
        String all = Files.readString(ExampleSite.SITE.resolve("indikator/op90.html"), StandardCharsets.UTF_8);
        assertFalse(all.contains("application/json") || all.contains("data:"), "no embedded data besides the tables");
    }

    /**
     * Operations within 90 days are suppressed when the denominator is below 10: the denominators of every
     * region, year and sex are counted here from the register, and in each such cell the site's table and
     * downloads leave every count and estimate blank.
     */
    @Test
    void theCellsDisclosureControlProtectsAreBlankEverywhere() throws IOException {
        ExampleSite.site();
        Map<List<String>, Integer> denominators = new HashMap<>();
        List<String> lines = Files.readAllLines(ExamplesTest.EXAMPLES.resolve("data/registers/referrals.csv"));
        List<String> head = List.of(lines.get(0).split(";"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(";", -1);
            if (c[head.indexOf("operated")].equals("true")) {
                String sex = c[head.indexOf("sex")].equals("2") ? "Kvinnor" : "Män";
                denominators.merge(List.of(c[head.indexOf("region")], c[head.indexOf("year")], sex), 1, Integer::sum);
            }
        }
        List<List<String>> small = denominators.entrySet().stream().filter(e -> e.getValue() < 10).map(Map.Entry::getKey).toList();
        assertFalse(small.isEmpty(), "the registers have cells that need protection");
        Map<List<String>, List<String>> csv = csvRows(ExampleSite.SITE.resolve("data/op90-region-year-kon.csv"), 3);
        String page = Files.readString(ExampleSite.SITE.resolve("indikator/op90.html"), StandardCharsets.UTF_8);
        for (List<String> cell : small) {
            List<String> row = csv.get(cell);
            assertTrue(row != null, "the download has the row " + cell);
            for (int i = 3; i <= 7; i++) {
                assertEquals("", row.get(i), "count or estimate " + i + " of protected " + cell + ": " + row);
            }
            Map<List<String>, List<String>> regional = csvRows(ExampleSite.SITE.resolve("data/"
                    + se.indikator.runtime.publish.Slugs.of(cell.get(0)) + "-op90-region-year-kon.csv"), 3);
            assertEquals(row, regional.get(cell), "the region's download of " + cell);
            String view = view(page, cell.get(1), cell.get(2));
            Matcher tr = Pattern.compile("<tr>((?:(?!</tr>).)*>" + Pattern.quote(cell.get(0)) + "</a></th>(?:(?!</tr>).)*)</tr>")
                    .matcher(view);
            assertTrue(tr.find(), "the ranked table shows " + cell);
            List<String> tds = new ArrayList<>();
            Matcher td = Pattern.compile("<td class=\"num[^\"]*\"[^>]*>").matcher(tr.group(1));
            while (td.find()) {
                tds.add(td.group());
            }
            assertEquals(List.of("<td class=\"num blank\">", "<td class=\"num blank\">", "<td class=\"num blank\">"),
                    tds.subList(0, 3), "no value or interval of protected " + cell + " in " + tr.group(1));
        }
    }

    @Test
    void aPublicationWhoseAuditFailsWritesNothing() throws IOException {
        Path script = smallScript("set suppress none\nshow share by region\nset suppress below 5\n");
        Path out = dir.resolve("site");
        CliTest.Run r = CliTest.cli("publish", script.toString(), "-o", out.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("exposed: share, region = A: numerator"), r.out());
        assertTrue(r.err().contains("would disclose protected counts; nothing was written"), r.err());
        assertFalse(Files.exists(out), "no site");
    }

    @Test
    void englishOnRequestAndMistakesTold() throws IOException {
        Path script = smallScript("set suppress below 5\n");
        Path out = dir.resolve("site");
        CliTest.Run r = CliTest.cli("publish", script.toString(), "-o", out.toString(), "--language", "en");
        assertEquals(0, r.status(), r.out() + r.err());
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("<html lang=\"en\">") && index.contains("Indicators of equitable care"), index);
        String page = Files.readString(out.resolve("indikator/share.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("The regions ranked") && page.contains(">National</th>"), page);
        assertEquals(2, CliTest.cli("publish", script.toString()).status(), "no -o");
        CliTest.Run lang = CliTest.cli("publish", script.toString(), "-o", out.toString(), "--language", "de");
        assertEquals(2, lang.status());
        assertTrue(lang.err().contains("--language takes sv or en"), lang.err());
        Files.writeString(dir.resolve("broken.ind"), "indicator x {\n");
        CliTest.Run broken = CliTest.cli("publish", dir.resolve("broken.ind").toString(), "-o", dir.resolve("b").toString());
        assertEquals(1, broken.status());
        assertTrue(broken.err().contains("broken.ind:") && broken.err().contains("the script has errors"), broken.err());
        assertFalse(Files.exists(dir.resolve("b")));
    }

    @Test
    void aSiteReplacesTheSiteBeforeItButNoOtherFiles() throws IOException {
        Path script = smallScript("set suppress below 5\n");
        Path out = dir.resolve("site");
        assertEquals(0, CliTest.cli("publish", script.toString(), "-o", out.toString()).status());
        Files.writeString(out.resolve("indikator/gone.html"), "an indicator no longer published");
        assertEquals(0, CliTest.cli("publish", script.toString(), "-o", out.toString()).status());
        assertFalse(Files.exists(out.resolve("indikator/gone.html")), "the earlier site's pages are replaced");
        assertTrue(Files.isRegularFile(out.resolve("indikator/share.html")));
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "mine");
        CliTest.Run r = CliTest.cli("publish", script.toString(), "-o", other.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("holds other files and no site written by indikator"), r.err());
        assertEquals(List.of(other.resolve("notes.txt")), files(other, ""), "nothing written or removed");
    }

    @Test
    void theStatementsOfASiteArePrintedForIndikatorRun() throws IOException {
        Path script = smallScript("set suppress below 5\n");
        CliTest.Run r = CliTest.cli("publish", script.toString(), "--statements", "--language", "en");
        assertEquals(0, r.status(), r.err());
        assertEquals("set language en\nshow share by region\n", r.out());
        assertEquals(2, CliTest.cli("publish", script.toString(), "--statements", "-o", dir.resolve("x").toString()).status(),
                "either a folder or the statements");
    }

    private Path smallScript(String tail) throws IOException {
        Files.writeString(dir.resolve("agg.csv"), "region,events,persons\nA,3,40\nB,20,60\nC,8,30\nD,12,50\n");
        Path script = dir.resolve("small.ind");
        Files.writeString(script, String.join("\n", "data agg = read \"agg.csv\"", "unit region", "indicator share \"Share\" {",
                "    numerator   sum(events) from agg", "    denominator sum(persons) from agg", "    measure     percent", "}", "")
                + tail);
        return script;
    }

    /** The part of an indicator page shown for one period and category (up to the next such part). */
    static String view(String page, String year, String sex) {
        int at = page.indexOf("<div class=\"view\" data-year=\"" + year + "\" data-sex=\"" + sex + "\"");
        assertTrue(at >= 0, "a view of " + year + ", " + sex);
        int next = page.indexOf("<div class=\"view\"", at + 10);
        return page.substring(at, next < 0 ? page.length() : next);
    }

    /** A CSV file's rows by their first {@code keys} cells (no quoted separators: the example's labels hold none). */
    static Map<List<String>, List<String>> csvRows(Path file, int keys) throws IOException {
        Map<List<String>, List<String>> out = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            List<String> cells = List.of(line.replace("\uFEFF", "").split(line.contains(";") ? ";" : ",", -1));
            out.put(cells.subList(0, keys), cells);
        }
        return out;
    }

    static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return new ArrayList<>(s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList());
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
