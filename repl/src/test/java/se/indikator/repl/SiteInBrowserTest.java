package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.publish.Site;
import se.indikator.runtime.result.NumberFormat;

/**
 * The example's site in headless Chromium: the filters change the ranked table to exactly what
 * {@code indikator run} prints for that period and sex; every link of a page is reached with the Tab key and
 * Enter follows it; axe-core (WCAG 2.1 A and AA) finds no violation on any kind of page at a desktop's and a
 * phone's width, with the filters changed too; nothing is wider than a phone's screen; and no request leaves
 * the file system. axe-core is installed by npm ci in src/test/browser when it is missing; without Chromium or
 * npm the test is skipped, unless
 * {@code INDIKATOR_BROWSER_TESTS=required} (as on CI) makes that a failure.
 */
class SiteInBrowserTest {
    static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js").toAbsolutePath();
    static final Path PROFILE = Path.of("target/site-browser").toAbsolutePath();
    private static Devtools browser;

    @BeforeAll
    static void start() throws Exception {
        boolean required = "required".equals(System.getenv("INDIKATOR_BROWSER_TESTS"));
        installAxe();
        boolean present = Files.isExecutable(Devtools.CHROMIUM) && Files.isRegularFile(AXE);
        if (required) {
            assertTrue(present, "Chromium (" + Devtools.CHROMIUM + ") and axe-core (npm ci in repl/src/test/browser) are needed");
        }
        Assumptions.assumeTrue(present, "headless Chromium or axe-core is not installed");
        ExampleSite.site();
        browser = Devtools.start(PROFILE);
    }

    /**
     * Installs the pinned axe-core (npm ci in src/test/browser) when it is missing and npm is there, so that the
     * README's test command runs these tests on a fresh clone too.
     */
    private static void installAxe() throws InterruptedException {
        if (Files.isRegularFile(AXE)) {
            return;
        }
        try {
            Process p = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--silent")
                    .directory(Path.of("src/test/browser").toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES);
        } catch (java.io.IOException e) {
            // no npm: the test is skipped below, or fails when it is required
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    static URI page(String path) {
        return ExampleSite.SITE.resolve(path).toUri();
    }

    @Test
    void theFiltersShowWhatIndikatorRunPrintsForTheSameSelection() throws Exception {
        Path csv = ExampleSite.run();
        browser.size(1200, 1600, false);
        int compared = 0;
        for (String indicator : List.of("op90", "amenable", "sedatives")) {
            browser.open(page("indikator/" + indicator + ".html"));
            Map<List<String>, List<String>> all = PublishCommandTest.csvRows(csv.resolve(indicator + "_by_region_year.csv"), 2);
            Map<List<String>, List<String>> bySex = PublishCommandTest.csvRows(csv.resolve(indicator + "_by_region_year_kön.csv"), 3);
            for (String[] choice : new String[][] {{"2019", ""}, {"2021", "Kvinnor"}, {"2023", "Män"}, {"2022", ""}}) {
                choose(choice[0], choice[1]);
                assertEquals("Visar: " + choice[0] + ", " + (choice[1].isEmpty() ? "Alla" : choice[1]),
                        browser.text("document.getElementById('selection').textContent"));
                JsonElement shown = browser.eval("Array.from(document.querySelectorAll('section[aria-labelledby=h-rank] "
                        + ".view')).filter(v => !v.hidden).map(v => Array.from(v.querySelectorAll('tbody tr')).map(tr => "
                        + "[tr.querySelector('th').textContent].concat(Array.from(tr.querySelectorAll('td')).slice(1, 5)"
                        + ".map(td => td.dataset.value === undefined ? '' : td.dataset.value + '|' + td.textContent), "
                        + "[tr.querySelector('td.cmp').dataset.comparison])))");
                assertEquals(1, shown.getAsJsonArray().size(), "one ranking shown for " + String.join(" ", choice));
                List<String> header = List.of(Files.readAllLines(csv.resolve(indicator + "_by_region_year.csv")).get(0).split(","));
                for (JsonElement rowElement : shown.getAsJsonArray().get(0).getAsJsonArray()) {
                    List<String> row = new ArrayList<>();
                    rowElement.getAsJsonArray().forEach(e -> row.add(e.getAsString()));
                    String region = row.get(0).equals("Riket") ? "Riket" : row.get(0);
                    List<String> printed = choice[1].isEmpty() ? all.get(List.of(region, choice[0]))
                            : bySex.get(List.of(region, choice[0], choice[1]));
                    assertTrue(printed != null, "indikator run printed a row for " + row);
                    int offset = choice[1].isEmpty() ? 0 : 1;
                    List<String> columns = List.of("value", "lower_95", "upper_95", "national");
                    for (int i = 0; i < columns.size(); i++) {
                        String cell = printed.get(header.indexOf(columns.get(i)) + offset);
                        String site = row.get(1 + i);
                        if (cell.isEmpty()) {
                            assertEquals("", site, columns.get(i) + " of " + row);
                        } else {
                            double v = Double.parseDouble(cell);
                            String[] parts = site.split("\\|");
                            assertEquals(v, Double.parseDouble(parts[0]), 0.0, columns.get(i) + " of " + row);
                            int decimals = parts[1].contains(",") ? parts[1].length() - parts[1].indexOf(',') - 1 : 0;
                            assertEquals(NumberFormat.human(v, decimals, true), parts[1], columns.get(i) + " of " + row);
                        }
                    }
                    if (!region.equals("Riket")) {
                        assertEquals(printed.get(header.indexOf("vs_national") + offset), row.get(5), "comparison of " + row);
                    }
                    compared++;
                }
            }
        }
        assertTrue(compared >= 3 * 4 * 22, "rows compared: " + compared);
    }

    /** Chooses a period and a sex as a person does: focus each list, and step to the option with the arrow keys. */
    private static void choose(String year, String sex) throws Exception {
        for (String[] select : new String[][] {{"f-year", year}, {"f-sex", sex}}) {
            browser.eval("document.getElementById('" + select[0] + "').focus()");
            int now = browser.eval("document.getElementById('" + select[0] + "').selectedIndex").getAsInt();
            int want = browser.eval("Array.from(document.getElementById('" + select[0] + "').options).findIndex(o => o.value === '"
                    + select[1] + "')").getAsInt();
            assertTrue(want >= 0, select[1]);
            for (int i = now; i != want; i += want > now ? 1 : -1) {
                browser.press(want > now ? "ArrowDown" : "ArrowUp");
            }
            assertEquals(select[1], browser.text("document.getElementById('" + select[0] + "').value"));
        }
    }

    @Test
    void everyLinkIsReachedByKeyboardAndEnterFollowsIt() throws Exception {
        browser.size(1200, 1600, false);
        for (String path : List.of("index.html", "indikator/op90.html", "region/skane.html", Site.DEFINITIONS)) {
            browser.open(page(path));
            Set<String> links = new HashSet<>();
            browser.eval("Array.from(document.querySelectorAll('a[href]')).filter(a => a.getClientRects().length > 0)"
                    + ".map(a => a.href)").getAsJsonArray().forEach(e -> links.add(e.getAsString()));
            int stops = browser.eval("Array.from(document.querySelectorAll('a[href], select, [tabindex=\"0\"]'))"
                    + ".filter(e => e.getClientRects().length > 0).length").getAsInt();
            assertTrue(links.size() >= 5, "links shown on " + path + ": " + links);
            Set<String> reached = new HashSet<>();
            for (int i = 0; i < stops + 3; i++) {
                browser.press("Tab");
                reached.add(browser.text("document.activeElement && document.activeElement.href || ''"));
            }
            reached.remove("");
            assertTrue(reached.stream().anyMatch(h -> h.endsWith("#main")), "the link past the navigation on " + path);
            links.removeAll(reached);
            assertTrue(links.isEmpty(), "links on " + path + " not reached with Tab: " + links);
        }
        browser.open(page("index.html"));
        for (int i = 0; i < 200; i++) {
            browser.press("Tab");
            if (browser.text("document.activeElement.getAttribute('href') || ''").equals("indikator/op90.html")) {
                browser.awaitLoad(() -> pressQuietly("Enter"));
                assertEquals("Operation inom 90 dagar i specialiserad vård", browser.text("document.querySelector('h1').textContent"));
                return;
            }
        }
        throw new AssertionError("the start page's link to the indicator was not reached");
    }

    private static void pressQuietly(String key) {
        try {
            browser.press(key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void axeFindsNoViolationOnAnyKindOfPageAtEitherWidthAndNothingLeavesTheFileSystem() throws Exception {
        String axe = Files.readString(AXE, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{1200, 1600}, {390, 844}}) {
            boolean phone = size[0] < 500;
            browser.size(size[0], size[1], phone);
            for (String path : List.of("index.html", "indikator/op90.html", "indikator/tears.html", "indikator/survival5.html",
                    "region/skane.html", Site.DEFINITIONS)) {
                browser.open(page(path));
                if (path.equals("indikator/op90.html")) {
                    choose("2021", "Kvinnor");
                }
                browser.eval(axe + ";1");
                String violations = browser.text("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', "
                        + "'wcag21a', 'wcag21aa']}, resultTypes: ['violations']}).then(r => r.violations.map(v => v.id + ' ('"
                        + " + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')).join('\\n'))");
                if (!violations.isEmpty()) {
                    problems.add(path + " at " + size[0] + " px:\n" + violations);
                }
                int wider = browser.eval("document.documentElement.scrollWidth - document.documentElement.clientWidth").getAsInt();
                if (wider > 0) {
                    problems.add(path + " is " + wider + " px wider than a " + size[0] + " px screen");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        browser.eval("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"assets/none.png\">'"
                + " + '<p style=\"color:#bbbbbb\">faint</p>'); 1");
        String planted = browser.text("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}}).then(r => "
                + "r.violations.map(v => v.id).join(' '))");
        assertTrue(planted.contains("image-alt") && planted.contains("color-contrast"), "axe sees planted violations: " + planted);
        List<String> requests = browser.requests();
        assertTrue(requests.stream().anyMatch(u -> u.endsWith("assets/site.css")), "requests are seen: " + requests);
        List<String> outside = requests.stream().filter(u -> !u.startsWith("file:") && !u.equals("about:blank")).toList();
        assertTrue(outside.isEmpty(), "requests outside the file system: " + outside);
    }

    /**
     * A page prints what was chosen: the chosen year's and sex's ranking and map, without the navigation, the
     * form, the downloads or the other selections (read back with poppler's pdftotext when installed).
     */
    @Test
    void aPagePrintsTheChosenSelectionOnly() throws Exception {
        browser.size(1200, 1600, false);
        browser.open(page("indikator/op90.html"));
        choose("2021", "Kvinnor");
        Path pdf = Path.of("target/site-screenshots/op90-2021-kvinnor.pdf").toAbsolutePath();
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, browser.pdf());
        assertTrue(Files.size(pdf) > 10_000, "a PDF");
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        Assumptions.assumeTrue(Files.isExecutable(pdftotext), "pdftotext is not installed (Debian: poppler-utils)");
        Process p = new ProcessBuilder(pdftotext.toString(), "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0, text);
        assertTrue(text.contains("Operation inom 90 dagar") && text.contains("Regionerna rangordnade, 2021, Kvinnor"), text);
        assertTrue(text.contains("Östergötland") && text.contains("Definition"), text);
        assertFalse(text.contains("2019, Män") || text.contains("2023, Alla"), "other selections are not printed");
        assertFalse(text.contains("Ladda ner") || text.contains("Hoppa till innehållet"), "no downloads or skip link on paper");
    }

    /**
     * Screenshots of each kind of page (start, indicator, region, definitions; an indicator at a phone's width)
     * into target/site-screenshots; {@code -Dindikator.regenerate=true} also copies them to docs/publish for the
     * README, and without it the README's pictures must exist.
     */
    @Test
    void screenshotsOfEachKindOfPage() throws Exception {
        Path shots = Path.of("target/site-screenshots").toAbsolutePath();
        Path docs = ExamplesTest.EXAMPLES.getParent().resolve("docs/publish");
        boolean regenerate = Boolean.getBoolean("indikator.regenerate");
        for (String[] shot : new String[][] {{"index.html", "start", "1200"}, {"indikator/op90.html", "indicator", "1200"},
                {"region/skane.html", "region", "1200"}, {Site.DEFINITIONS, "definitions", "1200"},
                {"indikator/op90.html", "phone", "390"}}) {
            int width = Integer.parseInt(shot[2]);
            browser.size(width, width < 500 ? 844 : 1000, width < 500);
            browser.open(page(shot[0]));
            Path png = shots.resolve(shot[1] + ".png");
            browser.screenshot(png);
            assertTrue(Files.size(png) > 10_000, "a picture of " + shot[0]);
            Path kept = docs.resolve(shot[1] + ".png");
            if (regenerate) {
                Files.createDirectories(docs);
                Files.copy(png, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            assertTrue(Files.isRegularFile(kept), "no " + kept + "; make it with -Dindikator.regenerate=true and look at it");
        }
    }
}
