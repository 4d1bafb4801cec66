package se.indikator.runtime.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesAndReadsBack() {
        String tricky = "citat \" snedstreck \\ rad\nflik\tretur\r klocka\u0007 å ä ö – \u2028 😀 <tag>";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", tricky);
        m.put("list", Arrays.asList(1, 2.5, true, null, List.of(), Map.of()));
        String json = Json.write(m);
        assertEquals(m.toString().replace("1,", "1.0,"), JsonReader.parse(json).toString());
        assertEquals("{\n \"text\": \"citat \\\" snedstreck \\\\ rad\\nflik\\tretur\\r klocka\\u0007 å ä ö – \\u2028 😀 <tag>\",",
                json.substring(0, json.indexOf('\n', 2)));
        assertEquals("\"\\udc00x\"\n", Json.write("\udc00x"), "a lone surrogate is escaped, not written as broken UTF-8");
    }

    @Test
    void refusesWhatJsonCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
    }
}
