package se.indikator.runtime.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.session.RunResult;
import se.indikator.runtime.session.Session;

class NotebooksTest {

    @Test
    void writesHtmlOrIpynbByExtension(@TempDir Path tmp) throws Exception {
        Path html = tmp.resolve("ut/rapport.html");
        RunResult r = Notebooks.write(Fixtures.DIR.resolve("regioner.ind"), html, new Session(tmp), Fixtures.DATE);
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"sv\">"), "the script set Swedish");
        assertTrue(page.contains("<td class=\"num\">11,8</td>"));

        Path ipynb = tmp.resolve("rapport.IPYNB");
        Notebooks.write(Fixtures.DIR.resolve("regioner.ind"), ipynb, new Session(tmp), Fixtures.DATE);
        Map<?, ?> nb = (Map<?, ?>) JsonReader.parse(Files.readString(ipynb, StandardCharsets.UTF_8));
        assertEquals(4.0, nb.get("nbformat"));

        assertThrows(IllegalArgumentException.class,
                () -> Notebooks.write(Fixtures.DIR.resolve("regioner.ind"), tmp.resolve("r.pdf"), new Session(tmp), Fixtures.DATE));
        assertFalse(Files.exists(tmp.resolve("r.pdf")));
    }

    @Test
    void aScriptWithErrorsStillGivesANotebook(@TempDir Path tmp) throws Exception {
        Path html = tmp.resolve("fel.html");
        RunResult r = Notebooks.write(Fixtures.DIR.resolve("fel.ind"), html, new Session(tmp), Fixtures.DATE);
        assertTrue(r.hasErrors());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<pre class=\"diagnostic error\">"), page);
        assertTrue(page.contains("error: unknown column &#39;fal&#39;"));
    }
}
