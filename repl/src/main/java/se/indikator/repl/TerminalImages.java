package se.indikator.repl;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jline.terminal.impl.ITerm2Graphics;
import org.jline.terminal.impl.KittyGraphics;
import org.jline.terminal.impl.SixelGraphics;
import org.jline.terminal.impl.TerminalGraphics;

/**
 * Charts inline in the terminal: which image protocol the terminal speaks (kitty, iTerm2, Sixel —
 * detected from the environment, or forced with {@code --images MODE} / {@code INDIKATOR_IMAGES}),
 * and the escape sequence that shows a PNG with it (kitty images are sent in chunks of at most 4096
 * bytes). Where no protocol is known — tmux, dumb terminals, pipes — the text chart is shown instead.
 */
public final class TerminalImages {
    private TerminalImages() {
    }

    /** How charts are shown. */
    public enum Mode {
        KITTY, ITERM, SIXEL, TEXT;

        public boolean image() {
            return this != TEXT;
        }
    }

    /** The mode named by the user ("kitty", "iterm", "sixel", "text", "auto"); null for an unknown name. */
    public static Mode parse(String name, Map<String, String> env, boolean interactive) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "kitty" -> Mode.KITTY;
            case "iterm", "iterm2" -> Mode.ITERM;
            case "sixel" -> Mode.SIXEL;
            case "text", "none" -> Mode.TEXT;
            case "auto" -> detect(env, interactive);
            default -> null;
        };
    }

    /** The protocol the terminal speaks, judged from the environment; TEXT when unsure. */
    public static Mode detect(Map<String, String> env, boolean interactive) {
        String forced = env.get("INDIKATOR_IMAGES");
        if (forced != null && !forced.equalsIgnoreCase("auto")) {
            Mode m = parse(forced, env, interactive);
            if (m != null) {
                return m;
            }
        }
        String term = env.getOrDefault("TERM", "").toLowerCase(Locale.ROOT);
        if (!interactive || env.containsKey("TMUX") || term.startsWith("screen") || term.startsWith("tmux")
                || term.equals("dumb") || term.isEmpty()) {
            return Mode.TEXT;
        }
        if (term.contains("kitty") || env.containsKey("KITTY_WINDOW_ID") || "ghostty".equalsIgnoreCase(env.get("TERM_PROGRAM"))) {
            return Mode.KITTY;
        }
        String program = env.getOrDefault("TERM_PROGRAM", "");
        if (program.equals("iTerm.app") || program.equals("WezTerm")) {
            return Mode.ITERM;
        }
        if (term.contains("mlterm") || term.contains("foot") || term.contains("sixel") || term.contains("yaft")) {
            return Mode.SIXEL;
        }
        return Mode.TEXT;
    }

    /** The escape sequence that shows the PNG in the terminal, followed by a newline. */
    public static String encode(Mode mode, byte[] png) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        if (img == null) {
            throw new IOException("not a PNG image");
        }
        TerminalGraphics.ImageOptions options = new TerminalGraphics.ImageOptions().preserveAspectRatio(true).inline(true);
        String seq = switch (mode) {
            case KITTY -> new KittyGraphics().convertImageChunked(img, options, 4096);
            case ITERM -> new ITerm2Graphics().convertImage(img, options);
            case SIXEL -> new SixelGraphics().convertImage(img, options);
            case TEXT -> throw new IllegalArgumentException("text mode has no image");
        };
        return seq + "\n";
    }
}
