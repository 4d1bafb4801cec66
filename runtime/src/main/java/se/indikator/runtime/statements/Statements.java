package se.indikator.runtime.statements;

import java.util.Optional;
import se.indikator.runtime.ast.Stmt;

/**
 * The statements that compute or present — {@code show}, {@code export}, {@code compare}, {@code trend},
 * {@code funnel}, {@code inequality}, {@code rank}, {@code relate}, {@code profile}, {@code plot},
 * {@code quality}, {@code catalogue} — each checked by the class named after its keyword into the work it
 * leaves for the run.
 */
public final class Statements {
    private Statements() {
    }

    /** Whether the statement computes or presents (rather than declares). */
    public static boolean presents(Stmt s) {
        return s instanceof Stmt.Show || s instanceof Stmt.Export || s instanceof Stmt.Compare || s instanceof Stmt.Trend
                || s instanceof Stmt.Funnel || s instanceof Stmt.FunnelOfValues || s instanceof Stmt.Inequality
                || s instanceof Stmt.InequalityOfValues || s instanceof Stmt.Rank || s instanceof Stmt.Relate
                || s instanceof Stmt.Profile || s instanceof Stmt.Plot || s instanceof Stmt.Heat || s instanceof Stmt.Quality
                || s instanceof Stmt.Catalogue;
    }

    /** The file a statement's printed tables are also written to ({@code to "…"}), or null. */
    public static se.indikator.runtime.ast.Target target(Stmt s) {
        return s instanceof Stmt.WritesTables w ? w.to() : null;
    }

    /** The columns a statement asks its printed tables to show ({@code columns …}), or null. */
    public static se.indikator.runtime.ast.Columns columns(Stmt s) {
        return ColumnNames.of(s);
    }

    /** Checks a statement that {@link #presents}; its work, or empty after reporting what is wrong. */
    public static Optional<Work> check(Stmt s, Context c) {
        if (!ColumnNames.check(ColumnNames.of(s), c)) {
            return Optional.empty();
        }
        if (s instanceof Stmt.Show x) {
            return Show.check(x, c);
        } else if (s instanceof Stmt.Export x) {
            return Export.check(x, c);
        } else if (s instanceof Stmt.Compare x) {
            return Compare.check(x, c);
        } else if (s instanceof Stmt.Trend x) {
            return Trend.check(x, c);
        } else if (s instanceof Stmt.Funnel x) {
            return Funnel.check(x, c);
        } else if (s instanceof Stmt.FunnelOfValues x) {
            return new FunnelOfValues(c).check(x);
        } else if (s instanceof Stmt.Inequality x) {
            return Inequality.check(x, c);
        } else if (s instanceof Stmt.InequalityOfValues x) {
            return new InequalityOfValues(c).check(x);
        } else if (s instanceof Stmt.Rank x) {
            return Rank.check(x, c);
        } else if (s instanceof Stmt.Relate x) {
            return Relate.check(x, c);
        } else if (s instanceof Stmt.Profile x) {
            return Profile.check(x, c);
        } else if (s instanceof Stmt.Plot x) {
            return Plot.check(x, c);
        } else if (s instanceof Stmt.Heat x) {
            return Heat.check(x, c);
        } else if (s instanceof Stmt.Quality x) {
            return Quality.check(x, c);
        } else if (s instanceof Stmt.Catalogue x) {
            return Catalogue.check(x, c);
        }
        throw new IllegalArgumentException("not a statement that presents: " + s.getClass().getSimpleName());
    }
}
