package se.indikator.runtime.ast;

import java.util.List;
import java.util.Map;
import se.indikator.runtime.diag.Span;

/** A top-level statement of a script, e.g. {@code data deaths = read "deaths.csv"} or {@code show amenable by sex}. */
public sealed interface Stmt {

    /** A statement whose printed tables can also be written to a file: {@code … to "tabeller.xlsx"}. */
    interface WritesTables {
        /** The file named by {@code to "…"}, or null. */
        Target to();
    }

    Span span();

    /** Calls the method of {@code v} for this kind of statement and returns its result. */
    <R> R accept(StmtVisitor<R> v);

    /** {@code set language sv}. */
    record SetLanguage(Name language, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitSetLanguage(this);
        }
    }

    /** {@code set confidence 95%, 99.8%}; levels as fractions (0.95, 0.998). */
    record SetConfidence(List<Double> levels, Span span) implements Stmt {
        public SetConfidence {
            levels = List.copyOf(levels);
        }

        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitSetConfidence(this);
        }
    }

    /** {@code set suppress below 5} ({@code below} is 5) or {@code set suppress none} ({@code below} is 0). */
    record SetSuppress(double below, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitSetSuppress(this);
        }
    }

    /** {@code set adjust holm}: multiplicity adjustment of the comparisons with the national value. */
    record SetAdjust(Name method, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitSetAdjust(this);
        }
    }

    /**
     * {@code set cache on|off}: whether large data files read after it go through the binary cache (a private
     * copy in the user's cache folder); {@code value} is the word written after {@code cache}.
     */
    record SetCache(Name value, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitSetCache(this);
        }
    }

    /**
     * {@code set csv formulas neutralised|allowed}: whether CSV files written after it neutralise text that a
     * spreadsheet would run as a formula; {@code value} is the word written after {@code formulas}.
     */
    record SetCsvFormulas(Name value, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitSetCsvFormulas(this);
        }
    }

    /**
     * {@code set csv format swedish|standard}: how CSV files written after it look — for a Swedish Excel (semicolons,
     * decimal commas, UTF-8 with a byte-order mark) or RFC 4180 (commas, points, UTF-8).
     */
    record SetCsvFormat(Name value, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitSetCsvFormat(this);
        }
    }

    /** {@code set columns compact|counts|all}: which columns the tables printed after it show (files get every column). */
    record SetColumns(Name value, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitSetColumns(this);
        }
    }

    /**
     * {@code set chart size 1600x900} or {@code set chart dpi 300}: the size (in points, as laid out) and the print
     * resolution of charts drawn after it; {@code value} is the text after the setting's name, spaces removed.
     */
    record SetChart(Name setting, String value, Span valueSpan, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitSetChart(this);
        }
    }

    /** {@code data deaths = read "data/deaths.csv" separator ";" decimal ","}. */
    record Data(Name name, String path, Span pathSpan, Map<String, String> options, List<String> missingMarkers,
            List<Rename> renames, Span span) implements Stmt {
        public Data {
            options = Map.copyOf(options);
            missingMarkers = List.copyOf(missingMarkers);
            renames = List.copyOf(renames);
        }

        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitData(this);
        }
    }

    /**
     * {@code data events = scan "events/*.parquet" [on NAME]}: Parquet files an engine reads where they lie (DuckDB
     * in process, or the engine of the connection named; {@code connection} null when none is).
     */
    record Scan(Name name, String path, Span pathSpan, Name connection, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitScan(this);
        }
    }

    /**
     * {@code connection reg = jdbc "jdbc:postgresql://host/db" user "reader" password env "REG_PASSWORD"}: a
     * database reached through JDBC ({@code user} and {@code passwordVariable} null when not given), or
     * {@code connection d = duckdb "file.duckdb"}: a DuckDB database file, in process ({@code kind}: the word that
     * names the engine, {@code url} what follows it).
     */
    record Connection(Name name, String kind, String url, Span urlSpan, String user, String passwordVariable,
            Span passwordSpan, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitConnection(this);
        }
    }

    /**
     * {@code set engine memory "4GB"}: the most memory DuckDB may use for the scans and DuckDB files opened after it
     * (beyond it, DuckDB spills to the temporary folder).
     */
    record SetEngineMemory(String size, Span sizeSpan, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitSetEngineMemory(this);
        }
    }

    /** {@code data visits = table "vard.besok" from reg}: a table of a connection's database, left where it lies. */
    record Table(Name name, String table, Span tableSpan, Name connection, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitTable(this);
        }
    }

    /** {@code list nordic = "DK", "FI", "IS", "NO"}: a named list of codes for {@code in}. */
    record ListDecl(Name name, List<Expr> values, Span span) implements Stmt {
        public ListDecl {
            values = List.copyOf(values);
        }

        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitListDecl(this);
        }
    }

    /** {@code breakdown age5 = band(age, 0 to 90 step 5)}. */
    record Breakdown(Name name, BreakdownExpr definition, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitBreakdown(this);
        }
    }

    /** {@code standardisation esp = direct by age5 weights esp2013}. */
    record Standardisation(Name name, StandardisationSpec spec, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitStandardisation(this);
        }
    }

    /** {@code indicator amenable "Title" { clauses }}. */
    record Indicator(Name name, String title, List<Clause> clauses, Span span) implements Stmt {
        public Indicator {
            clauses = List.copyOf(clauses);
        }

        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitIndicator(this);
        }
    }

    /**
     * {@code show amenable by education, sex where region == "Skåne"}; {@code show op90, amenable by region}
     * shows several indicators, one result table each, in the order given.
     */
    record Show(List<Name> indicators, List<Name> by, Expr where, Target to, Columns columns, Span span) implements Stmt, WritesTables {
        public Show {
            indicators = List.copyOf(indicators);
            by = List.copyOf(by);
        }

        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitShow(this);
        }
    }

    /** {@code export amenable by region to "out/amenable.csv"}. */
    record Export(Name indicator, List<Name> by, Expr where, String path, Span pathSpan, Span span) implements Stmt {
        public Export {
            by = List.copyOf(by);
        }

        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitExport(this);
        }
    }

    /** {@code compare tears across born within region reference "Sverige"}. */
    record Compare(Name indicator, Name across, Name within, String reference, Target to, Columns columns, Span span) implements Stmt, WritesTables {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitCompare(this);
        }
    }

    /** {@code use stdlib.jamlik from "data/registers"}: a library of definitions; its data are read from the folder. */
    record Use(String library, String from, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitUse(this);
        }
    }

    /** {@code quality births by region}: the completeness of each column, by group. */
    record Quality(Name data, List<Name> by, Target to, Columns columns, Span span) implements Stmt, WritesTables {
        public Quality {
            by = List.copyOf(by);
        }

        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitQuality(this);
        }
    }

    /**
     * {@code java { … }}: Java evaluated by JShell in the same process; {@code code} is the text
     * between the braces, {@code codeSpan} where it starts.
     */
    record JavaCell(String code, Span codeSpan, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitJavaCell(this);
        }
    }

    /** {@code plot amenable by region [where …] [as ranked|grouped|trend|funnel] [sorted]}. */
    record Plot(Name indicator, List<Name> by, Expr where, Name kind, boolean sorted, Span span) implements Stmt {
        public Plot {
            by = List.copyOf(by);
        }

        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitPlot(this);
        }
    }

    /**
     * {@code profile region "Skåne" on op90, amenable [by kön]} (a table), or with {@code plot} before it
     * (the chart): each indicator's deviation from the national value, oriented by polarity.
     */
    record Profile(Name breakdown, String value, Span valueSpan, List<Name> indicators, Name by, Expr where,
            boolean plot, Target to, Columns columns, Span span) implements Stmt, WritesTables {
        public Profile {
            indicators = List.copyOf(indicators);
        }

        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitProfile(this);
        }
    }

    /** {@code plot heat region on op90, amenable, tears}: regions × indicators coloured by verdict. */
    record Heat(Name breakdown, List<Name> indicators, Expr where, Span span) implements Stmt {
        public Heat {
            indicators = List.copyOf(indicators);
        }

        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitHeat(this);
        }
    }

    /**
     * {@code relate timely by unit_id to units on staff_density, patients_per_doctor}: the indicator per
     * unit related to the units' influencing factors (the causes step).
     */
    record Relate(Name indicator, Name key, Name data, List<Name> factors, Target to, Columns columns, Span span) implements Stmt, WritesTables {
        public Relate {
            factors = List.copyOf(factors);
        }

        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitRelate(this);
        }
    }

    /** {@code inequality amenable across utbildning [options]}: SII/RII, concentration index, extremes, PAF. */
    record Inequality(Name indicator, Name across, List<AnalysisOption> options, Span span) implements Stmt {
        public Inequality {
            options = List.copyOf(options);
        }

        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitInequality(this);
        }
    }

    /**
     * {@code inequality of Value from sii across Quantile population Population se StandardError [options]}:
     * SII/RII and the concentration index from group values already computed (PHE's {@code phe_sii}).
     */
    record InequalityOfValues(Name value, Name data, Name across, List<AnalysisOption> options, Span span)
            implements Stmt {
        public InequalityOfValues {
            options = List.copyOf(options);
        }

        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitInequalityOfValues(this);
        }
    }

    /**
     * {@code trend amenable over year [rolling 3] [by kön]}: the series, the χ² test for trend and the annual percent
     * change; {@code rolling} is the width of the windows the periods are pooled into (0: single periods).
     */
    record Trend(Name indicator, Name time, double rolling, Name by, Target to, Columns columns, Span span)
            implements Stmt, WritesTables {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitTrend(this);
        }
    }

    /** {@code funnel tears by region [options]}: funnel limits around the national value and each unit's position. */
    record Funnel(Name indicator, Name by, List<AnalysisOption> options, Span span) implements Stmt {
        public Funnel {
            options = List.copyOf(options);
        }

        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitFunnel(this);
        }
    }

    /**
     * {@code funnel proportion of numerator / denominator from units [options]} (also {@code ratio},
     * {@code rate}): a funnel plot of units whose counts are given in a table (PHE's funnel functions).
     *
     * @param statistic "proportion", "ratio" or "rate"
     * @param denominator the denominator column, or null (rates given with a {@code rate} or {@code dsr} column)
     */
    record FunnelOfValues(String statistic, Name numerator, Name denominator, Name data, List<AnalysisOption> options,
            Span span) implements Stmt {
        public FunnelOfValues {
            options = List.copyOf(options);
        }

        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitFunnelOfValues(this);
        }
    }

    /** {@code rank amenable by region}: ranks with intervals by simulation. */
    record Rank(Name indicator, Name by, Target to, Columns columns, Span span) implements Stmt, WritesTables {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitRank(this);
        }
    }

    /** {@code catalogue [to "indicators.json"]}: the declared indicators with their metadata. */
    record Catalogue(String path, Columns columns, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitCatalogue(this);
        }
    }

    /** {@code import "lib/indicators.ind"}. */
    record Import(String path, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitImport(this);
        }
    }

    /**
     * {@code unit region, vårdenhet}: breakdowns or columns that are units of comparison — geographic or
     * organisational units that a result compares with the whole country. A unit is left out of a group's
     * national reference; every other breakdown and condition is kept.
     */
    record Unit(List<Name> names, Span span) implements Stmt {
        public Unit {
            names = List.copyOf(names);
        }

        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitUnit(this);
        }
    }

    /** A notebook prose line {@code #' text}, kept in order among the statements. */
    record Prose(String markdown, Span span) implements Stmt {
        @Override
        public <R> R accept(StmtVisitor<R> v) {
            return v.visitProse(this);
        }
    }
}
