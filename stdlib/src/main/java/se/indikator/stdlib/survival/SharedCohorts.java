package se.indikator.stdlib.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several relative-survival cohorts that may share patients (say the whole country and each
 * region, per age band), split into disjoint parts so that each patient's expected survival
 * (Pohar Perme, Stare &amp; Estève 2012; Ederer &amp; Heise 1959) is followed once for all of them.
 * A part holds the patients that belong to the same cohorts (the whole country and Skåne, age
 * 45–54, say); a cohort is the union of its parts, and sums over patients add up over parts.
 *
 * <p>Patients are told apart by identity. When there would be more parts than cohorts (heavily
 * overlapping cohorts), each cohort is its own part and a patient belongs to several parts. One
 * listed twice in a cohort counts twice, as it would alone.
 */
final class SharedCohorts {

    private final List<List<Patient>> cohorts;
    private final List<Patient> patients;
    private final int[] offset;
    private final int[] partOf;
    private final int[][] partsOfCohort;

    private SharedCohorts(List<List<Patient>> cohorts, List<Patient> patients, int[] offset, int[] partOf,
            int[][] partsOfCohort) {
        this.cohorts = cohorts;
        this.patients = patients;
        this.offset = offset;
        this.partOf = partOf;
        this.partsOfCohort = partsOfCohort;
    }

    /** The cohorts as given, each a list of patients. */
    static SharedCohorts of(List<List<Patient>> cohorts) {
        Map<Patient, Integer> index = new IdentityHashMap<>();
        List<Patient> patients = new ArrayList<>();
        int memberships = cohorts.stream().mapToInt(List::size).sum();
        int[] patientOf = new int[memberships];
        int[] counts = new int[memberships + 1];
        int m = 0;
        for (List<Patient> cohort : cohorts) {
            for (Patient p : cohort) {
                Integer known = index.putIfAbsent(p, patients.size());
                int i = known == null ? patients.size() : known;
                if (known == null) {
                    patients.add(p);
                }
                patientOf[m++] = i;
                counts[i + 1]++;
            }
        }
        // the cohorts of each patient, in cohort order (a cohort repeated if the patient is)
        int[] offset = Arrays.copyOf(counts, patients.size() + 1);
        for (int i = 0; i < patients.size(); i++) {
            offset[i + 1] += offset[i];
        }
        int[] fill = Arrays.copyOf(offset, patients.size());
        int[] cohortOf = new int[memberships];
        m = 0;
        for (int q = 0; q < cohorts.size(); q++) {
            for (int k = 0; k < cohorts.get(q).size(); k++) {
                cohortOf[fill[patientOf[m++]]++] = q;
            }
        }
        // one part per distinct list of cohorts
        Map<Signature, Integer> parts = new HashMap<>();
        List<int[]> cohortsOfPart = new ArrayList<>();
        int[] part = new int[patients.size()];
        for (int i = 0; i < patients.size(); i++) {
            int[] mine = Arrays.copyOfRange(cohortOf, offset[i], offset[i + 1]);
            Signature key = new Signature(mine);
            Integer id = parts.get(key);
            if (id == null) {
                id = cohortsOfPart.size();
                parts.put(key, id);
                cohortsOfPart.add(mine);
            }
            part[i] = id;
            if (cohortsOfPart.size() > cohorts.size()) {
                return new SharedCohorts(cohorts, patients, offset, cohortOf, selves(cohorts.size()));
            }
        }
        int[] oneEach = new int[patients.size() + 1];
        Arrays.setAll(oneEach, i -> i);
        return new SharedCohorts(cohorts, patients, oneEach, part, partsOf(cohortsOfPart, cohorts.size()));
    }

    /** A patient's list of cohorts as a map key. */
    private record Signature(int[] cohorts) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Signature other && Arrays.equals(cohorts, other.cohorts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(cohorts);
        }
    }

    private static int[][] selves(int cohorts) {
        int[][] out = new int[cohorts][];
        for (int q = 0; q < cohorts; q++) {
            out[q] = new int[] {q};
        }
        return out;
    }

    private static int[][] partsOf(List<int[]> cohortsOfPart, int cohorts) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int q = 0; q < cohorts; q++) {
            lists.add(new ArrayList<>());
        }
        for (int a = 0; a < cohortsOfPart.size(); a++) {
            for (int q : cohortsOfPart.get(a)) {
                lists.get(q).add(a);
            }
        }
        int[][] out = new int[cohorts][];
        for (int q = 0; q < cohorts; q++) {
            out[q] = lists.get(q).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** The number of cohorts. */
    int cohortCount() {
        return cohorts.size();
    }

    /** Cohort {@code q}'s patients. */
    List<Patient> cohort(int q) {
        return cohorts.get(q);
    }

    /** The distinct patients. */
    List<Patient> patients() {
        return patients;
    }

    /** The number of parts. */
    int partCount() {
        int max = -1;
        for (int[] parts : partsOfCohort) {
            for (int a : parts) {
                max = Math.max(max, a);
            }
        }
        return max + 1;
    }

    /** The parts that make up cohort {@code q}, a part listed once for each time its patients are in the cohort. */
    int[] partsOf(int q) {
        return partsOfCohort[q];
    }

    /** The first of patient {@code i}'s parts; {@link #partAt} reads them up to {@link #partsEnd}. */
    int partsStart(int i) {
        return offset[i];
    }

    /** The end (exclusive) of patient {@code i}'s parts. */
    int partsEnd(int i) {
        return offset[i + 1];
    }

    /** The part at position {@code m} of the patients' part lists. */
    int partAt(int m) {
        return partOf[m];
    }
}
