package se.indikator.runtime.model;

import java.util.List;
import java.util.Set;
import se.indikator.runtime.ast.BreakdownExpr;
import se.indikator.runtime.ast.BreakdownExprVisitor;
import se.indikator.runtime.diag.Span;

/**
 * A reporting group (redovisningsgrupp) ready to apply to any data with its columns: the columns it
 * reads, and its categories in declaration order when they are known from the definition (bands and
 * case labels); {@code categories} is empty for a plain column, whose values are the categories.
 * {@code residual} holds the categories that collect rows rather than describe a group — those given by
 * {@code when missing}, {@code when X is missing} or {@code else}, e.g. "Uppgift saknas": they are
 * shown like any other, but they are not a step of an ordered gradient. A breakdown that
 * {@code keepsUnmapped} (used by disclosure control only) puts the rows that belong to none of its categories
 * into one more category, {@link #UNMAPPED}, instead of leaving them out.
 */
public record BreakdownDef(String name, BreakdownExpr definition, Set<String> columns, List<String> categories,
        Set<String> residual, Span span, boolean keepsUnmapped) {

    /** The label of the category of rows in no category, for a breakdown that keeps them; never a real label. */
    public static final String UNMAPPED = "\u0000unmapped";

    public BreakdownDef {
        columns = Set.copyOf(columns);
        categories = List.copyOf(categories);
        residual = Set.copyOf(residual);
    }

    /** A breakdown as declared (rows in no category left out). */
    public BreakdownDef(String name, BreakdownExpr definition, Set<String> columns, List<String> categories,
            Set<String> residual, Span span) {
        this(name, definition, columns, categories, residual, span, false);
    }

    /** The same breakdown, keeping the rows in none of its categories in the category {@link #UNMAPPED}. */
    public BreakdownDef keepingUnmapped() {
        List<String> all = new java.util.ArrayList<>(categories);
        if (hasFixedCategories()) {
            all.add(UNMAPPED);
        }
        return new BreakdownDef(name, definition, columns, all, residual, span, true);
    }

    /** A breakdown without residual categories. */
    public BreakdownDef(String name, BreakdownExpr definition, Set<String> columns, List<String> categories, Span span) {
        this(name, definition, columns, categories, Set.of(), span);
    }

    /** A breakdown made on the fly from a plain column in {@code show x by region}. */
    public static BreakdownDef ofColumn(String column, Span span) {
        return new BreakdownDef(column, new BreakdownExpr.ColumnValues(column, span), Set.of(column), List.of(), span);
    }

    /** Whether the categories are known from the definition (bands, case labels), not from the data's values. */
    public boolean hasFixedCategories() {
        return definition.accept(KIND) > 1;
    }

    /** Whether the breakdown pools periods into overlapping windows ({@code year rolling 3}). */
    public boolean isRolling() {
        return definition.accept(KIND) == 1;
    }

    /** The number of periods in each window of a rolling breakdown; 0 for every other breakdown. */
    public int rollingWidth() {
        return definition instanceof BreakdownExpr.Rolling r ? (int) r.width() : 0;
    }

    /**
     * What rows are classified by: for a rolling breakdown, the single periods of its column (each window is a
     * sum of them); any other breakdown is its own base.
     */
    public BreakdownDef base() {
        return definition instanceof BreakdownExpr.Rolling r ? ofColumn(r.column(), r.columnSpan()) : this;
    }

    /** Whether the category collects missing or other values (see {@link #residual}). */
    public boolean isResidual(String category) {
        return residual.contains(category);
    }

    /** Whether the breakdown is a column's values, as in {@code breakdown region = region_name} or {@code by region}. */
    public boolean isPlainColumn() {
        return definition.accept(KIND) == 0;
    }

    /** 0: a column's values; 1: rolling windows of a column's periods; 2: bands and case labels. */
    private static final BreakdownExprVisitor<Integer> KIND = new BreakdownExprVisitor<>() {
        @Override
        public Integer visitBand(BreakdownExpr.Band b) {
            return 2;
        }

        @Override
        public Integer visitCase(BreakdownExpr.Case c) {
            return 2;
        }

        @Override
        public Integer visitColumnValues(BreakdownExpr.ColumnValues c) {
            return 0;
        }

        @Override
        public Integer visitRolling(BreakdownExpr.Rolling r) {
            return 1;
        }
    };
}
