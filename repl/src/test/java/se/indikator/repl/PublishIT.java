package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar publishes the example's site in English: the command runs from the shaded jar, which carries
 * the site's style sheet and script, and every page of the site is in English.
 */
class PublishIT {
    @Test
    void theJarPublishesTheExampleInEnglish() throws Exception {
        Path out = Path.of("target/it-site-en").toAbsolutePath();
        ExampleSite.delete(out);
        Jupyter.Run r = Jupyter.run(List.of(Jupyter.java(), "-Djava.awt.headless=true", "-jar", Jupyter.JAR.toString(),
                "publish", ExampleSite.SCRIPT.toString(), "-o", out.toString(), "--language", "en"),
                ExampleSite.SCRIPT.getParent(), Map.of(), 600);
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("wrote ") && r.out().contains("(12 indicators)"), r.out());
        Path resources = Path.of("../runtime/src/main/resources/se/indikator/runtime/publish").toAbsolutePath().normalize();
        for (String asset : List.of("site.css", "site.js")) {
            assertEquals(Files.readString(resources.resolve(asset)), Files.readString(out.resolve("assets").resolve(asset)), asset);
        }
        for (Path page : PublishCommandTest.files(out, ".html")) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertTrue(html.contains("<html lang=\"en\">") && html.contains("Skip to the content"), page.toString());
        }
        String op90 = Files.readString(out.resolve("indikator/op90.html"), StandardCharsets.UTF_8);
        assertTrue(op90.contains(">National</th>") && op90.contains(">Compared with national</th>"), "English words in the tables");
        assertTrue(op90.contains("A higher value is better.") && op90.contains("Trend over time"), "English words of the site");
    }
}
