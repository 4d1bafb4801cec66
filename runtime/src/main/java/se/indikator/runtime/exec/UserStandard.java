package se.indikator.runtime.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.DoubleColumn;
import se.indikator.runtime.data.IntColumn;
import se.indikator.runtime.data.TextColumn;
import se.indikator.runtime.model.Catalog;
import se.indikator.stdlib.standard.StandardPopulation;

/**
 * A standard population given as a data table: its first text column holds the band labels
 * ("0-4", …, "90+") and its first numeric column the weights, e.g. a national population of a
 * chosen year used as the standard.
 */
final class UserStandard {
    private UserStandard() {
    }

    static Optional<StandardPopulation> from(Catalog catalog, String name, List<List<String>> strataCategories) {
        Optional<Dataset> d = catalog.data(name).map(se.indikator.runtime.data.EngineRows::all);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        TextColumn labels = null;
        Column weights = null;
        for (Column c : d.get().columns()) {
            if (labels == null && c instanceof TextColumn t) {
                labels = t;
            } else if (weights == null && (c instanceof IntColumn || c instanceof DoubleColumn)) {
                weights = c;
            }
        }
        if (labels == null || weights == null) {
            return Optional.empty();
        }
        List<String> ls = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (int r = 0; r < d.get().rowCount(); r++) {
            int code = labels.code(r);
            double w = weights instanceof IntColumn ic ? (ic.get(r) == IntColumn.MISSING ? Double.NaN : ic.get(r))
                    : ((DoubleColumn) weights).get(r);
            if (code < 0 || Double.isNaN(w)) {
                continue;
            }
            ls.add(labels.label(code));
            ws.add(w);
        }
        try {
            return Optional.of(StandardPopulation.of(name, ls.toArray(new String[0]),
                    ws.stream().mapToDouble(Double::doubleValue).toArray()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
