package se.indikator.stdlib.survival;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.indikator.stdlib.ReferenceCsv;
import se.indikator.stdlib.ReferenceCsv.Row;

/** Loads the relsurv 2.2-9 reference case B (synthetic cohort and life table) for the tests. */
final class RelsurvReference {

    static final double DAYS_PER_YEAR = 365.241;

    private RelsurvReference() {
    }

    /** The life table, its q repeated for every year 1990–2030 as in the reference. */
    static LifeTable lifeTable() {
        List<LifeTableRow> rows = new ArrayList<>();
        for (Row r : ReferenceCsv.read("relsurv/relsurv_B_lifetable_annual_q.csv")) {
            for (int year = 1990; year <= 2030; year++) {
                rows.add(new LifeTableRow((int) r.num("sex"), (int) r.num("age"), year, r.num("q_annual")));
            }
        }
        return LifeTable.fromAnnualQ(rows, DAYS_PER_YEAR);
    }

    /** The 300 patients in file order. */
    static List<Patient> cohort() {
        List<Patient> out = new ArrayList<>();
        for (Row r : ReferenceCsv.read("relsurv/relsurv_B_cohort.csv")) {
            out.add(Patient.of((int) r.num("sex"), r.num("age"), LocalDate.parse(r.text("diag_date")),
                    r.num("time_days"), r.num("status") == 1, DAYS_PER_YEAR));
        }
        return out;
    }

    /** The rs.surv results. */
    static List<Row> results() {
        return ReferenceCsv.read("relsurv/relsurv_B_rs.surv_results.csv");
    }
}
