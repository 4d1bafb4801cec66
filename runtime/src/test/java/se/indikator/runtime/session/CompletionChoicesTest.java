package se.indikator.runtime.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.diag.SourceFile;

/** What the words before a cursor ask for, and the choices a checked script offers there. */
class CompletionChoicesTest {
    @TempDir
    Path dir;
    Session session;

    static final String SCRIPT = """
            data people = read "people.csv"
            data visits = read "visits.csv"
            breakdown sexes = case sex when 1 then "Män" when 2 then "Kvinnor"
            indicator share "Share with a visit" {
                numerator count(*) from visits where kind == 1
                denominator count(*) from people
                measure proportion
            }
            """;

    @BeforeEach
    void check() throws Exception {
        Files.writeString(dir.resolve("people.csv"), "id,sex,age\n1,1,30\n2,2,40\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("visits.csv"), "id,kind,`Antal besök`\n1,1,3\n".replace("`", ""), StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("sub"));
        session = new Session(dir);
        assertTrue(session.check(new SourceFile("s.ind", SCRIPT)).diagnostics().isEmpty());
    }

    private List<String> at(String text) {
        return CompletionChoices.at(session, text, text.length()).choices().stream().map(CompletionChoices.Choice::text).toList();
    }

    private CompletionContext.Kind kind(String text) {
        return CompletionContext.at(text, text.length()).kind();
    }

    @Test
    void theContextIsReadFromTheWordsBefore() {
        assertEquals(CompletionContext.Kind.BY, kind("show share by "));
        assertEquals(CompletionContext.Kind.BY, kind("show share by sexes, re"));
        assertEquals(CompletionContext.Kind.MEASURE, kind("indicator x {\n    measure "));
        assertEquals(CompletionContext.Kind.DATA, kind("    numerator count(*) from "));
        assertEquals(CompletionContext.Kind.WHERE, kind("    numerator count(*) from visits where kind == 1 and "));
        assertEquals(Optional.of("visits"), CompletionContext.at("count(*) from visits where k", 28).data());
        assertEquals(CompletionContext.Kind.INDICATOR, kind("show "));
        assertEquals(CompletionContext.Kind.INDICATOR, kind("show share, "));
        assertEquals(CompletionContext.Kind.PATH, kind("data x = read \"su"));
        assertEquals(CompletionContext.Kind.POPULATION, kind("standardisation esp = direct by age5 weights "));
        assertEquals(CompletionContext.Kind.ANY, kind(""));
        CompletionContext partial = CompletionContext.at("show share by se", 16);
        assertEquals(14, partial.start());
        assertEquals("se", partial.partial());
    }

    @Test
    void afterByTheBreakdownsAndTheColumnsOfTheIndicatorsData() {
        List<String> by = at("show share by ");
        assertTrue(by.containsAll(List.of("sexes", "id", "kind", "sex", "age", "`Antal besök`")), by.toString());
        assertFalse(by.contains("share"), "an indicator is no breakdown");
        assertEquals(List.of("sexes", "sex"), at("show share by se"));
    }

    @Test
    void inAWhereTheColumnsOfTheDataItFilters() {
        List<String> where = at("indicator y {\n    numerator count(*) from people where ");
        assertTrue(where.containsAll(List.of("id", "sex", "age", "and", "not")), where.toString());
        assertFalse(where.contains("kind"), "a column of another table: " + where);
    }

    @Test
    void elsewhereMeasuresDataIndicatorsAndPaths() {
        assertTrue(at("    measure ").contains("rate per 100000"));
        assertEquals(List.of("people"), at("    denominator count(*) from pe"));
        assertEquals(List.of("share"), at("show sh"));
        assertEquals(List.of("people.csv"), at("data p = read \"pe"));
        assertEquals(List.of("sub/"), at("data p = read \"su"));
        assertTrue(at("sho").contains("show"));
        assertEquals(List.of("`Antal besök`"), at("quality visits by `Ant"));
        assertEquals(18, CompletionContext.at("quality visits by `Ant", 22).start());
    }
}
