package se.indikator.runtime.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A manual harness (not a unit test): writes a 7-column semicolon CSV of 10 million rows (or the count given
 * as the first argument) to a temporary file, reads it with {@link CsvReader} and prints the load time and
 * the heap bytes per row.
 */
public final class LoadBenchmark {

    private static final String[] REGIONS = {"Stockholm", "Uppsala", "Södermanland", "Östergötland",
        "Jönköping", "Kronoberg", "Kalmar", "Gotland", "Blekinge", "Skåne", "Halland", "Västra Götaland",
        "Värmland", "Örebro", "Västmanland", "Dalarna", "Gävleborg", "Västernorrland", "Jämtland Härjedalen",
        "Västerbotten", "Norrbotten"};

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        Path file = Files.createTempFile("indikator-bench", ".csv");
        try {
            long t0 = System.nanoTime();
            write(file, rows);
            System.out.printf("wrote %,d rows, %,d bytes in %.1f s%n", rows, Files.size(file),
                    (System.nanoTime() - t0) / 1e9);
            for (int run = 1; run <= 2; run++) {
                long before = usedHeap();
                long start = System.nanoTime();
                LoadResult r = CsvReader.read(file, "bench.csv", ReadOptions.defaults());
                double seconds = (System.nanoTime() - start) / 1e9;
                long after = usedHeap();
                Dataset d = r.dataset().orElseThrow();
                System.out.printf("run %d: loaded %,d rows in %.2f s (%.0f MB/s), heap %.1f bytes/row, problems %d%n",
                        run, d.rowCount(), seconds, Files.size(file) / seconds / 1e6,
                        (after - before) / (double) d.rowCount(), r.problems().size());
                if (run == 2) {
                    System.out.print(d.describe().render());
                    for (Column c : d.columns()) {
                        int bits = c instanceof IntColumn ic ? ic.storageBits()
                                : c instanceof TextColumn tc ? tc.storageBits() : 64;
                        System.out.printf("  %s: %d-bit storage%n", c.name(), bits);
                    }
                }
                r = null;
                d = null;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void write(Path file, int rows) throws IOException {
        Random rnd = new Random(42);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write("lopnr;region;kon;alder;besoksdatum;kostnad;inlagd\n".getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(128);
            for (int i = 0; i < rows; i++) {
                sb.setLength(0);
                int day = 18_000 + rnd.nextInt(1500);
                sb.append(i + 1).append(';')
                        .append(REGIONS[rnd.nextInt(REGIONS.length)]).append(';')
                        .append(rnd.nextBoolean() ? 'K' : 'M').append(';')
                        .append(rnd.nextInt(100)).append(';')
                        .append(java.time.LocalDate.ofEpochDay(day)).append(';')
                        .append(rnd.nextInt(100_000)).append(',').append(rnd.nextInt(100)).append(';')
                        .append(rnd.nextInt(10) == 0 ? "true" : "false").append('\n');
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
