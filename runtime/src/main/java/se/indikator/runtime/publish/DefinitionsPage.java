package se.indikator.runtime.publish;

import static se.indikator.runtime.notebook.HtmlText.escape;

import java.util.List;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.notebook.Definitions;

/** A site's page of definitions, from the catalogue: each indicator's definition, area, dimension, status and version. */
final class DefinitionsPage {
    private DefinitionsPage() {
    }

    static String render(Site site, List<Downloads.Link> downloads) {
        SiteWords w = site.words();
        StringBuilder sb = new StringBuilder();
        for (IndicatorDef ind : site.indicators()) {
            String title = ind.title() == null ? ind.name() : ind.title();
            sb.append("<section aria-labelledby=\"def-").append(Slugs.of(ind.name())).append("\">\n<h2 id=\"def-")
                    .append(Slugs.of(ind.name())).append("\"><a href=\"").append(Site.indicatorFile(ind.name())).append("\">")
                    .append(escape(title)).append("</a></h2>\n").append(definition(ind, w.swedish())).append("</section>\n");
        }
        sb.append(Downloads.section(downloads, w, 0));
        return PageFrame.page(w, 0, w.get("definitions"), w.get("definitions"), sb.toString());
    }

    /** An indicator's definition as a description list: the catalogue's lines, then area, dimension and status. */
    static String definition(IndicatorDef ind, boolean sv) {
        StringBuilder sb = new StringBuilder("<dl class=\"definition\">\n");
        for (Definitions.Row r : Definitions.rows(ind, sv)) {
            sb.append("<dt>").append(escape(r.label())).append("</dt><dd>")
                    .append(r.code() ? "<code>" + escape(r.value()) + "</code>" : escape(r.value())).append("</dd>\n");
        }
        SiteWords w = new SiteWords(sv);
        for (String[] m : new String[][] {{"area", "area"}, {"dimension", "dimension"}, {"status", "status"}}) {
            ind.meta(m[0]).ifPresent(v -> sb.append("<dt>").append(escape(w.get(m[1]))).append("</dt><dd>")
                    .append(escape(v)).append("</dd>\n"));
        }
        sb.append("<dt>").append(sv ? "Namn i skript" : "Name in scripts").append("</dt><dd><code>").append(escape(ind.name()))
                .append("</code></dd>\n");
        return sb.append("</dl>\n").toString();
    }
}
