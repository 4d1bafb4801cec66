package se.indikator.runtime.publish;

import static se.indikator.runtime.notebook.HtmlText.escape;

import java.util.List;

/**
 * The selection form of a page (the period, and the filter's categories) and the status line that says
 * what is shown; the site's script shows the parts of the page marked with {@code data-year} and
 * {@code data-sex} that match, and without scripts every part is shown with its own heading.
 */
final class Filters {
    private Filters() {
    }

    /** The form, or nothing when there is nothing to choose. */
    static String form(Site site, List<String> periods, boolean filtered) {
        SiteWords w = site.words();
        if (periods.isEmpty() && !filtered) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<form id=\"filters\" class=\"filters\" aria-label=\"")
                .append(escape(w.get("choose"))).append("\">\n");
        if (!periods.isEmpty()) {
            sb.append("<p><label for=\"f-year\">").append(escape(w.get("year"))).append("</label> <select id=\"f-year\" name=\"year\">");
            for (String p : periods) {
                sb.append("<option value=\"").append(escape(p)).append('"')
                        .append(p.equals(periods.get(periods.size() - 1)) ? " selected" : "").append('>').append(escape(p))
                        .append("</option>");
            }
            sb.append("</select></p>\n");
        }
        if (filtered) {
            sb.append("<p><label for=\"f-sex\">").append(escape(se.indikator.runtime.result.Wording.header(site.plan().filter(), w.swedish()))).append("</label> <select id=\"f-sex\" name=\"sex\">")
                    .append("<option value=\"\" selected>").append(escape(w.get("all"))).append("</option>");
            for (String c : site.plan().filterCategories()) {
                sb.append("<option value=\"").append(escape(c)).append("\">").append(escape(c)).append("</option>");
            }
            sb.append("</select></p>\n");
        }
        return sb.append("<p id=\"selection\" role=\"status\" aria-live=\"polite\"></p>\n</form>\n").toString();
    }

    /**
     * The opening of a part of the page shown for one selection: {@code year} and {@code sex} null where the
     * part does not depend on them; hidden unless it is the first selection (the latest period, all).
     */
    static String view(String year, String sex, boolean shown) {
        return "<div class=\"view\"" + (year == null ? "" : " data-year=\"" + escape(year) + "\"")
                + (sex == null ? "" : " data-sex=\"" + escape(sex) + "\"") + (shown ? "" : " hidden") + ">\n";
    }

    /** The selection in words for a part's heading ("2023, Kvinnor"). */
    static String describe(Site site, String year, String sex) {
        String s = sex == null ? null : sex.isEmpty() ? site.words().get("all") : sex;
        return year == null ? (s == null ? "" : s) : s == null ? year : year + ", " + s;
    }
}
