package se.indikator.runtime.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {

    @Test
    void blocks() {
        assertEquals("<h1>A</h1>\n<h2>B</h2>\n<h3>C <em>d</em></h3>\n<p>one\ntwo</p>\n<p>three</p>\n",
                MarkdownHtml.render("# A\n## B\n### C *d*\none\ntwo\n\nthree"));
        assertEquals("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<ol>\n<li>c</li>\n<li>d</li>\n</ol>\n<p>after</p>\n",
                MarkdownHtml.render("- a\n- b\n1. c\n2. d\n\nafter"));
        assertEquals("<p>#nospace</p>\n", MarkdownHtml.render("#nospace"));
    }

    @Test
    void inline() {
        assertEquals("<strong>fet</strong> och <em>kursiv</em> och <em>också</em> och <code>a &lt; b *x*</code>",
                MarkdownHtml.inline("**fet** och *kursiv* och _också_ och `a < b *x*`"));
        assertEquals("snake_case_name and 2 * 3 * 4", MarkdownHtml.inline("snake_case_name and 2 * 3 * 4"));
        assertEquals("<a href=\"#resultat\">se <em>resultat</em></a>", MarkdownHtml.inline("[se *resultat*](#resultat)"));
        assertEquals("<a href=\"bilaga.html?a=1&amp;b=2\">bilaga</a>", MarkdownHtml.inline("[bilaga](bilaga.html?a=1&b=2)"));
        assertEquals("Socialstyrelsen (https://www.socialstyrelsen.se)",
                MarkdownHtml.inline("[Socialstyrelsen](https://www.socialstyrelsen.se)"));
        assertEquals("x (javascript:alert(1)", MarkdownHtml.inline("[x](javascript:alert(1))").substring(0, 22));
        assertEquals("&lt;b&gt;&amp;&quot; *inte* * &#39;", MarkdownHtml.inline("<b>&\" \\*inte\\* * '"));
    }
}
