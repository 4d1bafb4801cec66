package se.indikator.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.indikator.stdlib.synth.FileSummary;
import se.indikator.stdlib.synth.Generator;
import se.indikator.stdlib.synth.Summary;

/**
 * {@code indikator synth --persons N --seed S --out DIR}: writes the synthetic Swedish registers
 * (see docs/synthetic-data.md); the same persons and seed always give the same bytes.
 */
final class SynthCommand {
    private SynthCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        long persons = 100_000;
        long seed = 1;
        Path dir = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size()) {
                err.println("indikator synth: " + a + " needs a value");
                return 2;
            }
            String v = args.get(++i);
            try {
                switch (a) {
                    case "--persons" -> persons = Long.parseLong(v.replace("_", ""));
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--out" -> dir = Path.of(v);
                    default -> {
                        err.println("indikator synth: unknown option " + a + "\n" + Main.USAGE);
                        return 2;
                    }
                }
            } catch (NumberFormatException e) {
                err.println("indikator synth: " + a + " needs a whole number, not '" + v + "'");
                return 2;
            }
        }
        if (dir == null) {
            err.println("indikator synth: --out DIR is required, e.g. indikator synth --persons 100000 --seed 1 --out data");
            return 2;
        }
        if (persons < 1000) {
            err.println("indikator synth: --persons must be at least 1000 (all 21 regions need people)");
            return 2;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            err.println("indikator synth: cannot create " + dir + ": " + e.getMessage());
            return 2;
        }
        Summary s = Generator.generate(persons, seed, dir, msg -> err.println(msg));
        for (FileSummary f : s.files()) {
            out.printf("%-22s %,12d rows %,14d bytes%n", f.name(), f.rows(), f.bytes());
        }
        out.printf("wrote %d files to %s in %.1f s%n", s.files().size(), dir, s.seconds());
        return 0;
    }
}
