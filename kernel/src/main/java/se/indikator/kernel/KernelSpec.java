package se.indikator.kernel;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The kernelspec Jupyter finds the kernel by: a folder {@code indikator} holding {@code kernel.json} (the
 * command that starts the kernel with {@code {connection_file}}, the display name, the language, interrupts
 * as messages) and the logos, drawn here at install time (a bar chart with an error bar).
 */
public final class KernelSpec {
    /** The kernel's name, as notebooks name it in their metadata. */
    public static final String NAME = "indikator";

    private KernelSpec() {
    }

    /** The kernels folder of a Jupyter data folder: {@code DIR/kernels}. */
    public static Path kernelsDir(Path jupyterDataDir) {
        return jupyterDataDir.resolve("kernels");
    }

    /** Writes the kernelspec folder into {@code kernelsDir}; returns the folder. */
    public static Path install(Path kernelsDir, List<String> argv) throws IOException {
        Path dir = kernelsDir.resolve(NAME);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("kernel.json"), json(argv), StandardCharsets.UTF_8);
        ImageIO.write(logo(32), "png", dir.resolve("logo-32x32.png").toFile());
        ImageIO.write(logo(64), "png", dir.resolve("logo-64x64.png").toFile());
        return dir;
    }

    /** The text of {@code kernel.json}. */
    static String json(List<String> argv) {
        JsonObject o = new JsonObject();
        JsonArray args = new JsonArray();
        argv.forEach(args::add);
        o.add("argv", args);
        o.addProperty("display_name", "indikator");
        o.addProperty("language", "indikator");
        o.addProperty("interrupt_mode", "message");
        o.add("env", new JsonObject());
        o.add("metadata", new JsonObject());
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    /** The logo: three rising bars with an interval on the last, on a rounded teal square. */
    static BufferedImage logo(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float s = size / 32f;
            g.setColor(new Color(0x0F, 0x6E, 0x74));
            g.fill(new RoundRectangle2D.Float(0, 0, size, size, 8 * s, 8 * s));
            g.setColor(Color.WHITE);
            int[] heights = {8, 13, 19};
            for (int i = 0; i < heights.length; i++) {
                g.fillRect(Math.round((6 + i * 7) * s), Math.round((27 - heights[i]) * s), Math.round(5 * s),
                        Math.round(heights[i] * s));
            }
            g.setColor(new Color(0xF2, 0xB1, 0x34));
            int x = Math.round(22.5f * s);
            g.fillRect(x, Math.round(4 * s), Math.max(1, Math.round(1.5f * s)), Math.round(8 * s));
            g.fillRect(Math.round(20 * s), Math.round(4 * s), Math.round(7 * s), Math.max(1, Math.round(1.5f * s)));
        } finally {
            g.dispose();
        }
        return img;
    }
}
