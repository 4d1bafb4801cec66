package se.indikator.runtime.ast;

/**
 * One method per kind of {@link Stmt}, called by {@link Stmt#accept}: adding a kind of statement does
 * not compile until every visitor (e.g. the {@link Unparser}) handles it.
 *
 * @param <R> what the visitor computes from a statement
 */
public interface StmtVisitor<R> {
    R visitSetLanguage(Stmt.SetLanguage s);

    R visitSetConfidence(Stmt.SetConfidence s);

    R visitSetSuppress(Stmt.SetSuppress s);

    R visitSetAdjust(Stmt.SetAdjust s);

    R visitSetCache(Stmt.SetCache s);

    R visitSetCsvFormulas(Stmt.SetCsvFormulas s);

    R visitSetCsvFormat(Stmt.SetCsvFormat s);

    R visitSetColumns(Stmt.SetColumns s);

    R visitSetChart(Stmt.SetChart s);

    R visitData(Stmt.Data s);

    R visitScan(Stmt.Scan s);

    R visitConnection(Stmt.Connection s);

    R visitSetEngineMemory(Stmt.SetEngineMemory s);

    R visitTable(Stmt.Table s);

    R visitListDecl(Stmt.ListDecl s);

    R visitBreakdown(Stmt.Breakdown s);

    R visitStandardisation(Stmt.Standardisation s);

    R visitIndicator(Stmt.Indicator s);

    R visitShow(Stmt.Show s);

    R visitExport(Stmt.Export s);

    R visitCompare(Stmt.Compare s);

    R visitUse(Stmt.Use s);

    R visitQuality(Stmt.Quality s);

    R visitJavaCell(Stmt.JavaCell s);

    R visitPlot(Stmt.Plot s);

    R visitProfile(Stmt.Profile s);

    R visitHeat(Stmt.Heat s);

    R visitRelate(Stmt.Relate s);

    R visitInequality(Stmt.Inequality s);

    R visitInequalityOfValues(Stmt.InequalityOfValues s);

    R visitTrend(Stmt.Trend s);

    R visitFunnel(Stmt.Funnel s);

    R visitFunnelOfValues(Stmt.FunnelOfValues s);

    R visitRank(Stmt.Rank s);

    R visitCatalogue(Stmt.Catalogue s);

    R visitImport(Stmt.Import s);

    R visitUnit(Stmt.Unit s);

    R visitProse(Stmt.Prose s);
}
