package se.indikator.runtime.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders the HTML notebook in headless Chromium, when it is installed, and checks that something is drawn. */
class ChromiumScreenshotTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void theNotebookDrawsInABrowser(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (Debian: chromium)");
        Path page = tmp.resolve("regioner.html");
        Files.writeString(page, HtmlNotebook.render(Fixtures.run("regioner.ind").document(), true), StandardCharsets.UTF_8);
        Path png = tmp.resolve("shot.png");
        Path profile = Files.createDirectories(tmp.resolve("profile"));
        Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=1200,1600",
                page.toUri().toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String log = Files.exists(tmp.resolve("chromium.log")) ? Files.readString(tmp.resolve("chromium.log")) : "";
        assertTrue(done, "chromium did not finish: " + log);
        assertTrue(Files.exists(png), "no screenshot; chromium said: " + log);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1200, img.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 10, "the screenshot is blank: " + colours.size() + " colours");
        Files.createDirectories(Path.of("target/notebook"));
        Files.copy(png, Path.of("target/notebook/regioner.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
