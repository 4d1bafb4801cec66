package se.indikator.runtime.exec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Clause;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Exprs;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.LifeTableData;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.model.StandardPopulations;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.standard.StandardPopulation;
import se.indikator.stdlib.survival.ExpectedSurvival;
import se.indikator.stdlib.survival.Patient;
import se.indikator.stdlib.survival.RelativeSurvival;
import se.indikator.stdlib.survival.RelativeSurvivalMethod;
import se.indikator.stdlib.survival.StandardisedSurvival;
import se.indikator.stdlib.survival.SurvivalEstimate;
import se.indikator.stdlib.survival.SurvivalStandardisation;

/**
 * Relative survival per group: the cohort's rows become patients (age and sex at entry, entry date,
 * follow-up to exit, died or not), expected survival comes from the population life table, and the
 * chosen estimator (Pohar Perme by default; Ederer II, Ederer I, Hakulinen) gives the value at the
 * requested time with log-scale intervals — or, when standardised (e.g. {@code direct by icss weights
 * icss1}), the weighted sum of the strata's estimates with normal intervals. Values are percentages.
 * Patients with no follow-up (exit on the day of entry, e.g. cases known only from a death
 * certificate) are left out, as cancer registries do for survival.
 */
final class SurvivalStep {
    static final double DAYS_PER_YEAR = 365.241;

    private SurvivalStep() {
    }

    static List<Estimate> estimates(Catalog catalog, ExprCompiler ec, Dataset d, IndicatorDef ind, RowPredicate filter,
            RowKey group, int groups, RowKey stratum, int strata, List<String> strataLabels, List<Double> levels) {
        Clause.Survival sv = ind.survival();
        RowNumber entry = ec.number(sv.items().get("entry"));
        RowNumber exit = sv.items().containsKey("exit") ? ec.number(sv.items().get("exit")) : null;
        RowNumber time = exit == null ? ec.number(sv.items().get("time")) : null;
        RowNumber age = ec.number(sv.items().get("age"));
        RowNumber sex = ec.number(sv.items().get("sex"));
        RowPredicate death = ec.predicate(sv.items().get("death"));
        Dataset table = catalog.data(Exprs.columnName(sv.items().get("table"))).map(se.indikator.runtime.data.EngineRows::all).orElseThrow();
        Expr qItem = sv.items().get("q");
        String qColumn = qItem == null ? null : Exprs.columnName(qItem);
        ExpectedSurvival expected = new ExpectedSurvival(LifeTableData.read(table, qColumn != null ? qColumn : "q"));
        List<List<List<Patient>>> cells = new ArrayList<>();
        for (int g = 0; g <= groups; g++) {
            List<List<Patient>> byStratum = new ArrayList<>();
            for (int s = 0; s < strata; s++) {
                byStratum.add(new ArrayList<>());
            }
            cells.add(byStratum);
        }
        for (int r = 0; r < d.rowCount(); r++) {
            if ((r & 0xFFFF) == 0 && Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("interrupted");
            }
            if (!filter.test(r)) {
                continue;
            }
            double in = entry.get(r);
            double out = exit != null ? exit.get(r) : in + time.get(r);
            double a = age.get(r);
            double sx = sex.get(r);
            if (Double.isNaN(in) || Double.isNaN(out) || Double.isNaN(a) || Double.isNaN(sx) || out <= in) {
                continue;
            }
            int s = stratum == null ? 0 : stratum.key(r);
            if (s < 0) {
                continue;
            }
            Patient p = Patient.of((int) sx, a, LocalDate.ofEpochDay((long) in), out - in, death.test(r), DAYS_PER_YEAR);
            cells.get(groups).get(s).add(p);
            int g = group == null ? -1 : group.key(r);
            if (g >= 0) {
                cells.get(g).get(s).add(p);
            }
        }
        RelativeSurvivalMethod method = switch (ind.ciMethod()) {
            case EDERER2 -> RelativeSurvivalMethod.byRelsurvName("ederer2");
            case EDERER1 -> RelativeSurvivalMethod.byRelsurvName("ederer1");
            case HAKULINEN -> RelativeSurvivalMethod.byRelsurvName("hakulinen");
            default -> RelativeSurvivalMethod.byRelsurvName("pohar-perme");
        };
        double t = ind.measure().multiplier() * DAYS_PER_YEAR;
        StandardPopulation standard = ind.standardisation() == null || ind.standardisation().internal() ? null
                : StandardPopulations.find(ind.standardisation().standard().text()).orElse(null);
        // every cohort that an estimate needs, computed together in one pass over the patients
        List<List<Patient>> needed = new ArrayList<>();
        int[][] cohortOf = new int[groups + 1][];
        for (int g = 0; g <= groups; g++) {
            List<List<Patient>> byStratum = cells.get(g);
            if (byStratum.stream().allMatch(List::isEmpty)) {
                continue;
            }
            if (standard == null) {
                List<Patient> all = new ArrayList<>();
                byStratum.forEach(all::addAll);
                cohortOf[g] = new int[] {needed.size()};
                needed.add(all);
            } else if (byStratum.subList(0, strataLabels.size()).stream().noneMatch(List::isEmpty)) {
                cohortOf[g] = new int[strataLabels.size()];
                for (int s = 0; s < strataLabels.size(); s++) {
                    cohortOf[g][s] = needed.size();
                    needed.add(byStratum.get(s));
                }
            }
        }
        List<SurvivalEstimate> estimates = RelativeSurvival.estimatesAt(method, needed, expected, t);
        List<Estimate> out = new ArrayList<>();
        for (int g = 0; g <= groups; g++) {
            List<SurvivalEstimate> mine = new ArrayList<>();
            if (cohortOf[g] != null) {
                for (int q : cohortOf[g]) {
                    mine.add(estimates.get(q));
                }
            }
            out.add(estimate(cells.get(g), mine, standard, strataLabels, levels, ind));
        }
        return out;
    }

    /**
     * The estimate of one group from its strata's patients and the estimates computed for it: one
     * for the whole group, or one per stratum when standardised.
     */
    private static Estimate estimate(List<List<Patient>> byStratum, List<SurvivalEstimate> computed,
            StandardPopulation standard, List<String> labels, List<Double> levels, IndicatorDef ind) {
        List<Patient> all = new ArrayList<>();
        byStratum.forEach(all::addAll);
        double deaths = all.stream().filter(Patient::died).count();
        double[] lo = new double[levels.size()];
        double[] hi = new double[levels.size()];
        String name = ind.ciMethod().keyword;
        if (all.isEmpty()) {
            java.util.Arrays.fill(lo, Double.NaN);
            java.util.Arrays.fill(hi, Double.NaN);
            return new Estimate(0, 0, Double.NaN, lo, hi, name, null);
        }
        if (standard == null) {
            SurvivalEstimate e = computed.get(0);
            for (int i = 0; i < levels.size(); i++) {
                double z = ConfidenceLevel.of(levels.get(i)).z();
                double half = e.value() > 0 ? z * e.stdErr() / e.value() : Double.NaN;
                lo[i] = 100 * e.value() * Math.exp(-half);
                hi[i] = 100 * e.value() * Math.exp(half);
            }
            return new Estimate(deaths, all.size(), 100 * e.value(), lo, hi, name, null);
        }
        double[] w = new double[labels.size()];
        for (int s = 0; s < labels.size(); s++) {
            if (byStratum.get(s).isEmpty()) {
                java.util.Arrays.fill(lo, Double.NaN);
                java.util.Arrays.fill(hi, Double.NaN);
                return new Estimate(deaths, all.size(), Double.NaN, lo, hi, name + ", " + standard.name(),
                        Estimate.Withheld.notComputed("not computed: no patients in stratum " + labels.get(s)));
            }
            w[s] = standard.bandForLabel(labels.get(s)).weight();
        }
        StandardisedSurvival st = SurvivalStandardisation.standardise(computed, w);
        for (int i = 0; i < levels.size(); i++) {
            double z = ConfidenceLevel.of(levels.get(i)).z();
            lo[i] = 100 * (st.value() - z * st.stdErr());
            hi[i] = 100 * (st.value() + z * st.stdErr());
        }
        return new Estimate(deaths, all.size(), 100 * st.value(), lo, hi, name + ", " + standard.name(), null);
    }
}
