package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar's kernel as Jupyter starts it: the kernelspec {@code indikator jupyter install} writes, Debian's
 * {@code jupyter_kernel_test} suite over it (messages validated against the protocol's schema), and a
 * looping Java cell interrupted through {@code jupyter_client} (start time and interrupt latency printed).
 */
class KernelProtocolIT {
    @TempDir
    static Path temp;
    static Path jupyterPath;

    @BeforeAll
    static void install() throws Exception {
        Jupyter.requireTools();
        jupyterPath = Jupyter.install(temp.resolve("prefix"));
    }

    @Test
    void theKernelspecStartsThisJar() throws Exception {
        Path spec = jupyterPath.resolve("kernels").resolve("indikator");
        JsonObject k = JsonParser.parseString(Files.readString(spec.resolve("kernel.json"), StandardCharsets.UTF_8))
                .getAsJsonObject();
        List<String> argv = k.getAsJsonArray("argv").asList().stream().map(e -> e.getAsString()).toList();
        assertTrue(argv.get(0).endsWith("java"), argv.toString());
        assertTrue(argv.containsAll(JupyterCommand.JVM_OPTIONS), argv.toString());
        int jar = argv.indexOf("-jar");
        assertTrue(jar > 0 && Path.of(argv.get(jar + 1)).isAbsolute() && argv.get(jar + 1).endsWith("indikator.jar"));
        assertEquals(List.of("kernel", "{connection_file}"), argv.subList(jar + 2, argv.size()));
        assertEquals("indikator", k.get("display_name").getAsString());
        assertEquals("indikator", k.get("language").getAsString());
        assertEquals("message", k.get("interrupt_mode").getAsString());
        for (int size : new int[] {32, 64}) {
            BufferedImage logo = ImageIO.read(spec.resolve("logo-" + size + "x" + size + ".png").toFile());
            assertEquals(size, logo.getWidth());
            assertEquals(size, logo.getHeight());
        }
        Jupyter.Run list = Jupyter.run(List.of(Jupyter.JUPYTER.toString(), "kernelspec", "list"), temp,
                Jupyter.env(jupyterPath, temp), 60);
        assertTrue(list.out().contains("indikator"), list.out() + list.err());
    }

    @Test
    void jupyterKernelTestPasses() throws Exception {
        Map<String, String> env = Jupyter.env(jupyterPath, temp);
        Jupyter.Run r = Jupyter.run(List.of(Jupyter.PYTHON.toString(), "-m", "unittest", "-v", "test_kernel"),
                Jupyter.SCRIPTS, env, 300);
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("OK"), r.err());
    }

    @Test
    void aLoopingJavaCellIsInterrupted() throws Exception {
        Jupyter.Run r = Jupyter.run(List.of(Jupyter.PYTHON.toString(), "interrupt_check.py"), Jupyter.SCRIPTS,
                Jupyter.env(jupyterPath, temp), 180);
        System.out.print(r.out());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("next cell ok") && r.out().contains("shutdown ok"), r.out());
    }
}
