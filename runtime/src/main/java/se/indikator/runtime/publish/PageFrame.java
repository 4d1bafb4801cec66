package se.indikator.runtime.publish;

import static se.indikator.runtime.notebook.HtmlText.escape;

/**
 * The frame of every page of a site: the document's language, the title, the site's own style sheet and
 * script (relative paths, so the site works from the file system and any web server), a link past the
 * navigation, the landmarks (banner, navigation, main, content information) and the page's breadcrumb.
 */
final class PageFrame {
    private PageFrame() {
    }

    /**
     * A whole page.
     *
     * @param depth how many folders below the site's root the page is (0 or 1)
     * @param title the page's heading and title
     * @param crumb the page's place in the site, in words (null on the start page)
     * @param body the content of {@code main} after the heading
     */
    static String page(SiteWords w, int depth, String title, String crumb, String body) {
        String up = "../".repeat(depth);
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(w.tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append(" – ").append(escape(w.get("site"))).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(up).append("assets/site.css\">\n")
                .append("<script src=\"").append(up).append("assets/site.js\" defer></script>\n")
                .append("<noscript><style>[data-year][hidden], [data-sex][hidden] { display: block; }</style></noscript>\n")
                .append("</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">").append(escape(w.get("skip"))).append("</a>\n")
                .append("<header class=\"site\"><p class=\"site-name\"><a href=\"").append(up).append("index.html\">")
                .append(escape(w.get("site"))).append("</a></p>\n")
                .append("<nav aria-label=\"").append(escape(w.get("nav"))).append("\"><ul>")
                .append(link(up + "index.html", w.get("indicators")))
                .append(link(up + "index.html#regioner", w.get("regions")))
                .append(link(up + Site.DEFINITIONS, w.get("definitions")))
                .append("</ul></nav></header>\n<main id=\"main\">\n");
        if (crumb != null) {
            sb.append("<p class=\"crumb\"><a href=\"").append(up).append("index.html\">").append(escape(w.get("start")))
                    .append("</a> › ").append(escape(crumb)).append("</p>\n");
        }
        sb.append("<h1>").append(escape(title)).append("</h1>\n").append(body)
                .append("</main>\n<footer class=\"site\"><p>").append(escape(w.get("hidden"))).append("</p></footer>\n")
                .append("</body>\n</html>\n");
        return sb.toString();
    }

    private static String link(String href, String text) {
        return "<li><a href=\"" + escape(href) + "\">" + escape(text) + "</a></li>";
    }
}
