package se.indikator.stdlib.synth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes units.csv, the primary-care units (one per 10 000 persons, at least 3 per region).
 * The seed's story: each unit's catchment has its own foreign-born share (log-normal around
 * the regional level), and units in areas with many foreign-born residents have lower staff
 * density (−1.6 on the log scale per unit of share) and more patients per doctor (+1.0).
 */
final class UnitsTable {

    static final String FILE = "units.csv";
    static final String HEADER = "unit_id;region_code;region;unit_name;listed_patients;doctors;patients_per_doctor;"
        + "staff_density;opening_hours;distance_km;interpreter_access;foreign_born_share";
    static final int TABLE = 10;

    static final int PERSONS_PER_UNIT = 10_000;
    static final int MIN_UNITS = 3;
    /** Staff per 10 000 listed at a foreign-born share of 0.2. */
    static final double STAFF_BASE = 28.0;
    static final double STAFF_SLOPE = -1.6;
    static final double DOCTOR_LOAD_BASE = 1400.0;
    static final double DOCTOR_LOAD_SLOPE = 1.0;

    private static final String[] FIRST = {"Björk", "Ek", "Sjö", "Berg", "Lind", "Hög", "Norr", "Söder", "Väster",
        "Öster", "Al", "Gran", "Tall", "Ås", "Mal", "Strand", "Rönn", "Hassel", "Sol", "Äng", "Kvarn", "Lund", "Hag",
        "Fors", "Back"};
    private static final String[] SECOND = {"by", "dal", "hagen", "vik", "torp", "lund", "berga", "holm", "näs",
        "åsen", "backa", "ström", "sta", "inge", "köping", "gården", "ängen", "bro"};

    private final Context ctx;
    private final List<PrimaryCareUnit> units = new ArrayList<>();

    UnitsTable(Context ctx) {
        this.ctx = ctx;
    }

    /** Number of units in a region. */
    static int unitsIn(long regionPersons) {
        return (int) Math.max(MIN_UNITS, Math.round(regionPersons / (double) PERSONS_PER_UNIT));
    }

    /** Writes the file and returns its summary; the units are then available from {@link #units()}. */
    FileSummary write() {
        try (CsvWriter w = CsvWriter.open(ctx.outDir.resolve(FILE))) {
            w.header(HEADER);
            for (Region r : Region.all()) {
                SplittableRandom rng = ctx.rng(TABLE, r.ordinal(), 0);
                int count = unitsIn(ctx.personsIn(r));
                double regional = adultForeignShare(r);
                Set<String> names = new HashSet<>();
                for (int i = 1; i <= count; i++) {
                    double fb = clamp(regional * Math.exp(Rng.normal(rng, -0.18, 0.6)), 0.02, 0.85);
                    int listed = (int) clamp(Math.round(Math.exp(Rng.normal(rng, Math.log(9000), 0.35))), 2000, 30000);
                    double staff = STAFF_BASE * Math.exp(STAFF_SLOPE * (fb - 0.2) + Rng.normal(rng, 0, 0.12));
                    double load = DOCTOR_LOAD_BASE * Math.exp(DOCTOR_LOAD_SLOPE * (fb - 0.2) + Rng.normal(rng, 0, 0.12));
                    int doctors = (int) Math.max(1, Math.round(listed / load));
                    double perDoctor = listed / (double) doctors;
                    long hours = Math.round(clamp(Rng.normal(rng, 45, 4), 35, 70));
                    double km = r.distanceKm * Math.exp(Rng.normal(rng, 0, 0.5)) * (1.0 - 0.5 * fb);
                    boolean interpreter = rng.nextDouble() < Math.min(0.95, 0.3 + 0.8 * fb);
                    String name = name(rng, names);
                    String id = "VC" + r.code + (i < 10 ? "00" : i < 100 ? "0" : "") + i;
                    units.add(new PrimaryCareUnit(id, r, listed, staff, perDoctor, interpreter, fb));
                    w.text(id).sep();
                    r.write(w);
                    w.sep().text(name).sep().integer(listed).sep().integer(doctors).sep().decimal(perDoctor, 1).sep()
                        .decimal(staff, 1).sep().integer(hours).sep().decimal(km, 1).sep().bool(interpreter).sep()
                        .decimal(fb, 3).endRow();
                }
            }
            return new FileSummary(FILE, w.rows(), w.bytes());
        }
    }

    /** The units written, in file order. */
    List<PrimaryCareUnit> units() {
        return List.copyOf(units);
    }

    /** The population-weighted foreign-born share of a region's adults. */
    private double adultForeignShare(Region r) {
        double s = 0.0;
        double n = 0.0;
        for (int a = 18; a < Demography.AGES; a++) {
            s += Demography.pyramid(a) * ctx.demography.foreignShare(r, a);
            n += Demography.pyramid(a);
        }
        return s / n;
    }

    private static String name(SplittableRandom rng, Set<String> used) {
        for (int attempt = 0; ; attempt++) {
            String base = "Vårdcentralen " + FIRST[rng.nextInt(FIRST.length)] + SECOND[rng.nextInt(SECOND.length)];
            String name = attempt < 20 ? base : base + " " + (attempt - 18);
            if (used.add(name)) {
                return name;
            }
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
