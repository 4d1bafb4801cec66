package se.indikator.runtime.output;

import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.plan.QueryPlan;
import se.indikator.runtime.result.ResultTable;
import se.indikator.runtime.result.TableView;

/** Something a statement produced for the user: a result table, a line of text, prose or a diagnostic. */
public sealed interface Output {

    /**
     * A result table, with the plan that computed it and how it is printed as text (the columns and layout
     * chosen; files, notebooks and the disclosure ledger always read the whole table).
     */
    record Table(ResultTable table, QueryPlan plan, TableView view) implements Output {
        public Table {
            view = view == null ? TableView.COMPACT : view;
        }

        public Table(ResultTable table, QueryPlan plan) {
            this(table, plan, TableView.COMPACT);
        }
    }

    /** A chart drawn by {@code plot}, with the files it was also written to (PNG, SVG), if any. */
    record Chart(se.indikator.runtime.chart.Chart chart, java.util.List<java.nio.file.Path> files) implements Output {
        public Chart {
            files = java.util.List.copyOf(files);
        }
    }

    /** A line of text, e.g. {@code wrote 22 rows to out/amenable.csv}. */
    record Text(String text) implements Output {
    }

    /** Notebook prose in Markdown. */
    record Prose(String markdown) implements Output {
    }

    /** A diagnostic tied to this statement. */
    record Message(Diagnostic diagnostic) implements Output {
    }
}
