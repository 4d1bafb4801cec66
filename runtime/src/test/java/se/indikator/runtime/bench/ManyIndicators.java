package se.indikator.runtime.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.result.ResultTable;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/**
 * Step 5 of the benchmark: many indicators in one statement against one alone — the library's eleven over
 * their tables (5a), ten over persons (5b) — and the same ten counted by hand with no engine (5c,
 * {@link Floor}). Not a test.
 */
final class ManyIndicators {
    private final Path dataDir;
    private final int runs;
    private final Report report;

    ManyIndicators(Path dataDir, int runs, Report report) {
        this.dataDir = dataDir;
        this.runs = runs;
        this.report = report;
    }

    /** Ten indicators over the same source (persons): proportions, rates, a mean and standardised rates. */
    static final String SAME_SOURCE = String.join("\n",
            "set suppress none",
            "data persons = read \"persons.csv\"",
            "breakdown age5 = band(age, 0 to 90 step 5)",
            "indicator dead \"Died\" {\n cohort persons\n numerator died\n measure proportion\n}",
            "indicator dead65 \"Died, 65 and older\" {\n cohort persons where age >= 65\n numerator died\n measure percent\n}",
            "indicator mortality \"Mortality, age-standardised\" {\n cohort persons\n numerator died\n"
                    + " measure rate per 100000\n standardise direct by age5 weights esp2013\n}",
            "indicator mortality_w \"Mortality of women, age-standardised\" {\n cohort persons where sex == 2\n"
                    + " numerator died\n measure rate per 100000\n standardise direct by age5 weights esp2013\n}",
            "indicator circulatory \"Deaths in circulatory disease\" {\n cohort persons\n"
                    + " numerator died and icd(cause, \"I00-I99\")\n measure rate per 100000\n}",
            "indicator low_edu \"Compulsory schooling only\" {\n cohort persons where age >= 25\n numerator education == 1\n"
                    + " measure percent\n}",
            "indicator high_edu \"Post-secondary education\" {\n cohort persons where age >= 25\n numerator education == 3\n"
                    + " measure percent\n}",
            "indicator foreign \"Born abroad\" {\n cohort persons\n numerator birth_country != \"SE\"\n measure percent\n}",
            "indicator old \"Aged 80 or more\" {\n cohort persons\n numerator age >= 80\n measure percent\n}",
            "indicator mean_age \"Mean age\" {\n cohort persons\n measure mean of age\n}",
            "");
    /** Warm-up rounds of step 5 before timing. */
    static final int WARM_UP_ROUNDS = 10;

    static final String[] SAME = {"dead", "dead65", "mortality", "mortality_w", "circulatory", "low_edu", "high_edu",
            "foreign", "old", "mean_age"};

    /** The medians of the one and of all in the last statement timed (5b's, when the floor is compared with them). */
    private double lastOne;
    private double lastAll;

    /** Runs steps 5a, 5b and 5c. */
    void run() {
        library();
        System.gc(); // 5a's session and its tables are not 5b's to carry
        Report.say("\n5b. ten indicators over the same source (persons) in one statement against one");
        Session persons = new Session(dataDir);
        long t0 = System.nanoTime();
        Runs.ensureOk(persons.run(new SourceFile("persons.ind", SAME_SOURCE)), "persons");
        Report.say(String.format(Locale.ROOT, "   read persons + declare (cache as configured): %.2f s", Stats.seconds(t0)));
        many("5b", persons, SAME, "show " + String.join(", ", SAME) + " by region\n", "dead", "indicators over persons");
        floor(persons);
    }

    /** Step 5a, in a session of its own that is gone when it returns. */
    private void library() {
        Report.say("\n5a. the library's indicators: all in one statement against one");
        Session session = new Session(dataDir);
        long t0 = System.nanoTime();
        String dir = dataDir.toAbsolutePath().toString().replace("\\", "/");
        Runs.ensureOk(session.run(new SourceFile("use.ind", "use stdlib.jamlik from \"" + dir + "\"\n")), "use");
        Report.say(String.format(Locale.ROOT, "   use stdlib.jamlik (read + check): %.2f s", Stats.seconds(t0)));
        String statement = "show " + String.join(", ", LIBRARY) + " by region\n";
        many("5a", session, LIBRARY, statement, "amenable", "library indicators");
        rowsRead(session);
    }

    /** The tables that {@code amenable} reads, and those that the eleven library indicators read (jamlik.ind). */
    static final List<String> ONE_READS = List.of("deaths", "population");
    static final List<String> ALL_READ = List.of("referrals", "deaths", "population", "diabetes", "births", "beds",
            "drugs_elderly", "contacts");

    /** Step 5a's context: how many rows "one" reads against how many "all" must read. */
    private void rowsRead(Session session) {
        long one = 0;
        long all = 0;
        StringBuilder each = new StringBuilder();
        for (String t : ALL_READ) {
            Dataset d = session.catalog().data(t).orElseThrow(() -> new IllegalStateException("the library has no " + t));
            all += d.rowCount();
            if (ONE_READS.contains(t)) {
                one += d.rowCount();
            }
            each.append(each.length() == 0 ? "" : ", ").append(t).append(' ').append(d.rowCount());
        }
        Report.say("   rows read: amenable " + one + "; the eleven " + all + " (" + each + ")");
        report.row("5a. (context) rows read by one; by the eleven", one + "; " + all, "—",
                String.format(Locale.ROOT, "the eleven read %.1f× the rows of one", (double) all / one));
    }

    /**
     * Step 5c: the same counts as the ten indicators of 5b written by hand over byte arrays, ten against one
     * ({@link Floor}), checked against indikator's tables.
     */
    private void floor(Session session) {
        Report.say("\n5c. the floor: the counts of 5b by hand over byte arrays (one thread, no engine), ten against one");
        Dataset persons = session.catalog().data("persons").orElseThrow();
        Floor f = new Floor(persons);
        List<ResultTable> shown = new ArrayList<>();
        for (String ind : SAME) {
            shown.add(Runs.tables(Runs.ensureOk(session.run(new SourceFile("one.ind", "show " + ind + " by region\n")), ind)).get(0));
        }
        Floor.Counts apart = f.separately();
        Floor.Counts joint = f.together();
        Floor.Counts cube = f.cube();
        List<String> problems = f.check(apart, shown, SAME);
        if (!Floor.same(apart, joint) || !Floor.same(apart, cube)) {
            problems.add("the ten loops, the one loop and the cube give different counts");
        }
        long[][] one = f.one();
        if (!java.util.Arrays.equals(one[0], apart.numerator[0]) || !java.util.Arrays.equals(one[1], apart.denominator[0])) {
            problems.add("one and the first of the ten differ");
        }
        for (int round = 0; round < WARM_UP_ROUNDS * 3; round++) {
            f.one();
            f.separately();
            f.together();
            f.cube();
        }
        Stats oneStats = new Stats();
        Stats apartStats = new Stats();
        Stats jointStats = new Stats();
        Stats cubeStats = new Stats();
        for (int i = 0; i < Math.max(runs, 5); i++) {
            long t0 = System.nanoTime();
            f.one();
            oneStats.add(Stats.seconds(t0));
            t0 = System.nanoTime();
            f.separately();
            apartStats.add(Stats.seconds(t0));
            t0 = System.nanoTime();
            f.together();
            jointStats.add(Stats.seconds(t0));
            t0 = System.nanoTime();
            f.cube();
            cubeStats.add(Stats.seconds(t0));
        }
        Map<String, Stats> forms = new LinkedHashMap<>();
        forms.put("a loop each", apartStats);
        forms.put("one loop", jointStats);
        forms.put("one cube", cubeStats);
        Map.Entry<String, Stats> fastest = forms.entrySet().stream()
                .min(Comparator.comparingDouble(e -> e.getValue().median())).orElseThrow();
        Stats ten = fastest.getValue();
        String check = problems.isEmpty() ? "counts equal to indikator's tables (10 × " + (f.regions - 1) + " regions)"
                : problems.size() + " differences";
        Report.say("   one (dead by region): " + oneStats.format("s", 4));
        Report.say("   ten, a loop each: " + apartStats.format("s", 4) + "; ten in one loop: " + jointStats.format("s", 4)
                + "; ten from one cube: " + cubeStats.format("s", 4));
        Report.say("   check: " + check);
        problems.stream().limit(20).forEach(p -> Report.say("     " + p));
        if (!problems.isEmpty()) {
            report.note("5c: the hand-written counts differ from indikator's: " + problems.get(0));
        }
        report.row("5c. floor, one by hand: dead by region", oneStats.format("s", 4), "—", "—");
        report.row("5c. floor, ten by hand (" + fastest.getKey() + ", the fastest)",
                ten.format("s", 4), "≤ 1.5× one", Report.verdict(ten.median() <= 1.5 * oneStats.median(),
                        ten.median() / oneStats.median(), "× one"));
        report.row("5c. floor: same counts as indikator", check, "identical", problems.isEmpty() ? "met" : "NOT MET");
        report.row("5c. indikator's one (5b) against the floor's one", Report.fmt(lastOne) + " s; " + Report.fmt(oneStats.median()) + " s",
                "≤ 1.5× floor", Report.verdict(lastOne <= 1.5 * oneStats.median(), lastOne / oneStats.median(), "× floor"));
        report.row("5c. indikator's ten (5b) against the floor's ten", Report.fmt(lastAll) + " s; " + Report.fmt(ten.median()) + " s",
                "≤ 1.5× floor", Report.verdict(lastAll <= 1.5 * ten.median(), lastAll / ten.median(), "× floor"));
    }

    /**
     * Times each indicator alone ({@code show X by region}) and all of them in one statement; checks that
     * the tables of the statement are those of the single shows, character for character.
     */
    private void many(String step, Session session, String[] names, String statement, String oneName, String what) {
        // warm-up (three rounds of every single show and of the statement, so that the JIT has seen every
        // shape of pass and the times are those of the steady state), and the reference tables
        List<String> alone = new ArrayList<>();
        List<String> together = new ArrayList<>();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            alone.clear();
            together.clear();
            for (String ind : names) {
                Runs.tables(Runs.ensureOk(session.run(new SourceFile("one.ind", "show " + ind + " by region\n")), ind))
                        .forEach(t -> alone.add(se.indikator.runtime.result.TextTable.render(t)));
            }
            Runs.tables(Runs.ensureOk(session.run(new SourceFile("all.ind", statement)), "all"))
                    .forEach(t -> together.add(se.indikator.runtime.result.TextTable.render(t)));
        }
        Map<String, Stats> single = new LinkedHashMap<>();
        for (String ind : names) {
            Stats st = new Stats();
            for (int i = 0; i < runs; i++) {
                long t1 = System.nanoTime();
                Runs.ensureOk(session.run(new SourceFile("one.ind", "show " + ind + " by region\n")), ind);
                st.add(Stats.seconds(t1));
            }
            single.put(ind, st);
            Report.say("   show " + ind + " by region: " + st.format("s", 3));
        }
        Stats allStats = new Stats();
        for (int i = 0; i < runs; i++) {
            long t1 = System.nanoTime();
            RunResult r = Runs.ensureOk(session.run(new SourceFile("all.ind", statement)), "all");
            allStats.add(Stats.seconds(t1));
            List<String> again = new ArrayList<>();
            Runs.tables(r).forEach(t -> again.add(se.indikator.runtime.result.TextTable.render(t)));
            if (!again.equals(together)) {
                report.note(step + ": the batched tables differ between runs");
            }
        }
        double sum = single.values().stream().mapToDouble(Stats::median).sum();
        Map.Entry<String, Stats> slowest = single.entrySet().stream()
                .max(Comparator.comparingDouble(e -> e.getValue().median())).orElseThrow();
        Stats one = single.get(oneName);
        int differ = 0;
        for (int i = 0; i < Math.max(alone.size(), together.size()); i++) {
            if (i >= alone.size() || i >= together.size() || !alone.get(i).equals(together.get(i))) {
                differ++;
            }
        }
        String check = differ == 0 && alone.size() == names.length ? "all " + alone.size() + " tables equal"
                : differ + " of " + names.length + " tables differ";
        if (differ != 0) {
            report.note(step + ": the tables of the one statement differ from the single shows");
        }
        Report.say("   all " + names.length + " in one statement: " + allStats.format("s", 3) + "; sum of the singles "
                + Report.fmt(sum) + " s; slowest single: " + slowest.getKey() + " " + Report.fmt(slowest.getValue().median())
                + " s; check: " + check);
        report.row(step + ". one: show " + oneName + " by region", one.format("s", 3), "—", "—");
        lastOne = one.median();
        lastAll = allStats.median();
        report.row(step + ". all " + names.length + " " + what + " in one show", allStats.format("s", 3), "≤ 1.5× one",
                Report.verdict(allStats.median() <= 1.5 * one.median(), allStats.median() / one.median(), "× one"));
        report.row(step + ". (context) sum of the " + names.length + " singles; slowest single",
                Report.fmt(sum) + " s; " + slowest.getKey() + " " + Report.fmt(slowest.getValue().median()) + " s", "—",
                String.format(Locale.ROOT, "all = %.2f× slowest, %.2f× sum", allStats.median() / slowest.getValue().median(),
                        allStats.median() / sum));
        report.row(step + ". same tables as the single shows", check, "identical", differ == 0 ? "met" : "NOT MET");
    }


    static final String[] LIBRARY = {"op90", "amenable", "suicide", "inactivity", "tears", "apgar", "overcrowding",
            "wrong_ward", "sedatives", "avoid", "timely"};
}
