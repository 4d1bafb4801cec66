package se.indikator.runtime.publish;

import static se.indikator.runtime.notebook.HtmlText.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.result.Wording;

/** A site's start page: the indicators by area, each with its dimension of good care and measure, and the regions. */
final class StartPage {
    private StartPage() {
    }

    static String render(Site site) {
        SiteWords w = site.words();
        boolean sv = w.swedish();
        StringBuilder sb = new StringBuilder("<p class=\"lead\">").append(escape(w.get("intro"))).append("</p>\n");
        Map<String, List<IndicatorDef>> byArea = new LinkedHashMap<>();
        for (IndicatorDef ind : site.indicators()) {
            byArea.computeIfAbsent(ind.meta("area").orElse(w.get("no area")), k -> new ArrayList<>()).add(ind);
        }
        sb.append("<h2 id=\"indikatorer\">").append(escape(w.get("indicators"))).append("</h2>\n");
        int n = 0;
        for (Map.Entry<String, List<IndicatorDef>> area : byArea.entrySet()) {
            sb.append("<h3>").append(escape(area.getKey())).append("</h3>\n");
            List<List<SiteTable.Cell>> rows = new ArrayList<>();
            for (IndicatorDef ind : area.getValue()) {
                rows.add(List.of(SiteTable.header(ind.title() == null ? ind.name() : ind.title(), Site.indicatorFile(ind.name())),
                        SiteTable.text(ind.meta("dimension").orElse("")),
                        SiteTable.text(Wording.measure(ind.measure().describe(), sv))));
            }
            sb.append(SiteTable.render("area-" + (++n), w.get("area") + ": " + area.getKey(),
                    List.of(w.get("indicator"), w.get("dimension"), w.get("measure")), rows, w));
        }
        Map<String, List<IndicatorDef>> byDimension = new LinkedHashMap<>();
        for (IndicatorDef ind : site.indicators()) {
            byDimension.computeIfAbsent(ind.meta("dimension").orElse(w.get("no area")), k -> new ArrayList<>()).add(ind);
        }
        sb.append("<h2 id=\"dimensioner\">").append(escape(w.get("by dimension"))).append("</h2>\n");
        for (Map.Entry<String, List<IndicatorDef>> dimension : byDimension.entrySet()) {
            sb.append("<h3>").append(escape(dimension.getKey())).append("</h3>\n<ul>");
            for (IndicatorDef ind : dimension.getValue()) {
                sb.append("<li><a href=\"").append(escape(Site.indicatorFile(ind.name()))).append("\">")
                        .append(escape(ind.title() == null ? ind.name() : ind.title())).append("</a></li>");
            }
            sb.append("</ul>\n");
        }
        sb.append("<h2 id=\"regioner\">").append(escape(w.get("regions"))).append("</h2>\n<ul class=\"columns\">");
        for (String unit : site.units()) {
            sb.append("<li><a href=\"").append(escape(Site.unitFile(unit))).append("\">").append(escape(unit)).append("</a></li>");
        }
        sb.append("</ul>\n<p><a href=\"").append(Site.DEFINITIONS).append("\">").append(escape(w.get("definitions")))
                .append("</a></p>\n");
        return PageFrame.page(w, 0, w.get("site"), null, sb.toString());
    }
}
