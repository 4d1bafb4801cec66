package se.indikator.runtime.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/**
 * The example scripts as published reports: their structure in the HTML (captions, contents, Swedish
 * headers, the appendix, no scripts), and, when headless Chromium is installed, drawn on screen at two
 * widths with nothing wider than the page outside a table's own box, and printed to PDF with text on
 * its first page (read with poppler's pdftotext when installed). The files are kept under
 * {@code target/report} for a person to look at.
 */
class ExampleReportsTest {
    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();
    private static final Path OUT = Path.of("target/report").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {"amenable", "profile"})
    void anExampleIsAReport(String name) throws Exception {
        Path html = OUT.resolve(name + ".html");
        RunResult r = Notebooks.write(EXAMPLES.resolve(name + ".ind"), html, new Session(EXAMPLES), Fixtures.DATE);
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<nav class=\"toc\""), "a table of contents");
        assertTrue(page.contains("<span class=\"caption-number\">Tabell 1.</span>"), "numbered table captions");
        assertTrue(page.contains("<span class=\"caption-number\">Figur 1.</span>"), "numbered figure captions");
        assertTrue(page.contains(">Nedre 95 %</th>") && page.contains(">Jämfört med riket</th>") && page.contains(">Värde</th>"),
                "Swedish headers");
        assertFalse(page.contains(">lower_95</th>") || page.contains(">vs_national</th>"), "no stable names as headers");
        assertTrue(page.contains("Källa: "), "the source in captions");
        assertTrue(page.contains("id=\"definitions\""), "the appendix of definitions");
        assertFalse(page.contains("<script"), "no scripts");
        Matcher font = Pattern.compile("table\\.result \\{ font-size: ([0-9.]+)pt").matcher(page);
        assertTrue(font.find() && Double.parseDouble(font.group(1)) >= 9, "printed tables of at least 9 pt");

        Assumptions.assumeTrue(Files.isExecutable(ChromiumScreenshotTest.CHROMIUM), "chromium is not installed");
        for (int width : new int[] {1200, 700}) {
            String probe = page.replace("</body>", "<script>var w = document.documentElement.clientWidth; var wide = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) { if (e.closest('.table-wrap') || e.closest('pre') || e.closest('svg')) return;"
                    + " if (e.getBoundingClientRect().right > w + 1) wide.push(e.tagName + '.' + e.className); });"
                    + "document.body.setAttribute('data-wide', wide.length + ':' + wide.slice(0, 5).join(','));"
                    + "document.body.setAttribute('data-scroll', document.documentElement.scrollWidth - w);</script></body>");
            Path probeFile = OUT.resolve(name + "-probe.html");
            Files.writeString(probeFile, probe, StandardCharsets.UTF_8);
            String dom = chromium(List.of("--window-size=" + width + ",2000", "--dump-dom", probeFile.toUri().toString()), null);
            Matcher wide = Pattern.compile("data-wide=\"([^\"]*)\"").matcher(dom);
            assertTrue(wide.find(), "the probe ran");
            assertTrue(wide.group(1).startsWith("0:"), "elements wider than a " + width + " px page: " + wide.group(1));
            Matcher scroll = Pattern.compile("data-scroll=\"(-?[0-9]+)\"").matcher(dom);
            assertTrue(scroll.find() && Integer.parseInt(scroll.group(1)) <= 0, "the page scrolls sideways at " + width + " px");
            Files.delete(probeFile);
        }
        Path png = OUT.resolve(name + ".png");
        chromium(List.of("--window-size=1200,2000", "--screenshot=" + png, html.toUri().toString()), png);
        Path pdf = OUT.resolve(name + ".pdf");
        chromium(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString()), pdf);
        assertTrue(Files.size(pdf) > 10_000, "a PDF");
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        Assumptions.assumeTrue(Files.isExecutable(pdftotext), "pdftotext is not installed (Debian: poppler-utils)");
        Process p = new ProcessBuilder(pdftotext.toString(), "-f", "1", "-l", "1", "-layout", pdf.toString(), "-")
                .redirectErrorStream(true).start();
        String first = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), first);
        assertTrue(first.strip().length() > 400, "the first printed page carries content: " + first);
        assertTrue(first.contains("Innehåll"), "the contents on the first page: " + first);
    }

    /** Runs headless Chromium with {@code args}; returns what it printed, and checks that {@code file} was made. */
    static String chromium(List<String> args, Path file) throws Exception {
        Path profile = Files.createDirectories(OUT.resolve("chromium-profile"));
        List<String> cmd = new ArrayList<>(List.of(ChromiumScreenshotTest.CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(args);
        Path log = Files.createTempFile(OUT, "chromium", ".log");
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String err = Files.readString(log);
        Files.delete(log);
        assertTrue(done, "chromium did not finish: " + err);
        if (file != null) {
            assertTrue(Files.exists(file), "chromium made no " + file.getFileName() + ": " + err);
        }
        return out;
    }
}
