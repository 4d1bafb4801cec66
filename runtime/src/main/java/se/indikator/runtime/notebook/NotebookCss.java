package se.indikator.runtime.notebook;

/**
 * The style sheet inlined in every HTML report: readable on screen (wide tables scroll in their own box,
 * long tables fold without a script), and on paper A4 with content from the first page, tables of at least
 * 9 pt with every row printed, and no breaks inside captions or small tables; system fonts only.
 */
public final class NotebookCss {
    private NotebookCss() {
    }

    /** The CSS text. */
    public static final String CSS = """
            :root { --ink: #1d2330; --muted: #5b6475; --rule: #d5d9e0; --code-bg: #f5f6f8;
              --err: #a4161a; --err-bg: #fdecec; --warn: #8a5a00; --warn-bg: #fff6e0; --link: #1f4e9c; }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body { margin: 0 auto; max-width: 72rem; padding: 2rem 1.5rem 4rem; color: var(--ink); background: #fff;
              font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main, section, figure, .output { min-width: 0; max-width: 100%; }
            a { color: var(--link); }
            header.doc { border-bottom: 2px solid var(--ink); margin-bottom: 1.5rem; padding-bottom: .75rem; }
            header.doc h1 { margin: 0 0 .5rem; font-size: 1.8rem; line-height: 1.25; }
            header.doc dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0;
              color: var(--muted); font-size: .9rem; }
            header.doc dt { font-weight: 600; }
            header.doc dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
            header.doc ul { margin: 0; padding: 0; list-style: none; }
            nav.toc { border: 1px solid var(--rule); border-radius: 4px; padding: .6rem 1rem; margin: 0 0 1.5rem; font-size: .9rem; }
            nav.toc h2 { font-size: 1rem; margin: 0 0 .3rem; }
            nav.toc ul { list-style: none; margin: 0; padding: 0; columns: 2 24rem; column-gap: 2rem; }
            nav.toc li { margin: .1rem 0; break-inside: avoid; }
            nav.toc a { text-decoration: none; }
            nav.toc a:hover { text-decoration: underline; }
            nav.toc .toc-1 { font-weight: 600; margin-top: .35rem; }
            nav.toc .toc-2 { padding-left: 1rem; }
            nav.toc .toc-3, nav.toc .toc-4, nav.toc .toc-5 { padding-left: 2rem; }
            nav.toc .toc-caption { padding-left: 1.5rem; color: var(--muted); font-size: .85rem; }
            .prose h1, .prose h2, .prose h3, .prose h4 { line-height: 1.3; margin: 1.4rem 0 .5rem; }
            .prose p { margin: .5rem 0; max-width: 48rem; }
            code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
              font-size: .88rem; }
            .prose code, dd code { background: var(--code-bg); padding: 0 .2em; border-radius: 3px; }
            .cell { margin: 1rem 0; }
            pre.code { background: var(--code-bg); border-left: 3px solid #8a94a6; padding: .6rem .8rem; margin: 0 0 .6rem;
              overflow-x: auto; white-space: pre; }
            details.code-fold > summary { cursor: pointer; color: var(--muted); font-size: .85rem; margin-bottom: .3rem; }
            .tok-keyword { color: #7a1fa2; font-weight: 600; }
            .tok-string { color: #1b7d3a; }
            .tok-number { color: #b3541e; }
            .tok-name { color: #1d2330; }
            .tok-comment { color: #6b7280; font-style: italic; }
            .tok-prose { color: #6b7280; }
            .tok-operator { color: #3b5998; }
            .tok-error { color: var(--err); text-decoration: underline wavy; }
            .output { margin: .4rem 0 .8rem; }
            p.markers { margin: 0 0 .3rem; font-size: .8rem; }
            a.marker { display: inline-block; padding: 0 .4rem; border-radius: 3px; text-decoration: none; margin-right: .3rem; }
            a.marker.warning, a.marker.note { color: var(--warn); background: var(--warn-bg); }
            a.marker.error { color: var(--err); background: var(--err-bg); }
            figure { margin: .6rem 0 1rem; }
            figure figcaption { font-size: .9rem; margin: .2rem 0 .4rem; }
            .caption-number { font-weight: 700; }
            .caption-title { font-weight: 600; }
            .caption-details { display: block; color: var(--muted); font-size: .82rem; }
            .caption-details span:not(:last-child)::after { content: " · "; }
            .table-wrap { overflow-x: auto; max-width: 100%; }
            table.result { border-collapse: collapse; font-size: .85rem; margin: .3rem 0; }
            table.result caption { text-align: left; font-weight: 600; padding: .2rem 0 .4rem; }
            table.result th, table.result td { padding: .2rem .6rem; border-bottom: 1px solid var(--rule); text-align: left;
              vertical-align: top; }
            table.result th { border-bottom: 2px solid var(--ink); vertical-align: bottom; }
            table.result td { white-space: nowrap; }
            table.result th { white-space: nowrap; }
            table.result th.wrap { white-space: normal; min-width: 7.5em; }
            table.result .num { text-align: right; font-variant-numeric: tabular-nums; }
            table.result tr.suppressed td { color: var(--muted); background: #fafafa; }
            table.result td.note { font-style: italic; white-space: normal; min-width: 12em; }
            input.more-toggle { position: absolute; opacity: 0; width: 1px; height: 1px; }
            input.more-toggle:not(:checked) ~ .table-wrap tr.more { display: none; }
            label.more-label { display: inline-block; margin: .3rem 0; font-size: .85rem; color: var(--link); cursor: pointer;
              text-decoration: underline; }
            input.more-toggle:focus-visible ~ label.more-label { outline: 2px solid var(--link); }
            input.more-toggle:checked ~ label .when-closed, input.more-toggle:not(:checked) ~ label .when-open { display: none; }
            p.footnote { font-size: .8rem; color: var(--muted); margin: .2rem 0; }
            pre.text { margin: .3rem 0; white-space: pre-wrap; }
            pre.diagnostic { padding: .5rem .8rem; border-left: 4px solid; white-space: pre-wrap; margin: .4rem 0;
              overflow-x: auto; }
            pre.diagnostic.error { color: var(--err); background: var(--err-bg); border-color: var(--err); }
            pre.diagnostic.warning, pre.diagnostic.note { color: var(--warn); background: var(--warn-bg);
              border-color: var(--warn); }
            section.messages, section.appendix { border-top: 1px solid var(--rule); margin-top: 2rem; }
            section.messages ol { padding-left: 1.5rem; }
            section.messages p.where { margin: 0 0 .8rem; font-size: .85rem; }
            section.definition dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; font-size: .9rem; }
            section.definition dt { font-weight: 600; }
            section.definition dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
            figure.chart svg, figure.chart img { max-width: 100%; height: auto; }
            ul.chart-notes { font-size: .8rem; color: var(--muted); }
            footer.doc { margin-top: 2rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .8rem; }
            @page { size: A4; margin: 16mm 14mm 18mm; }
            @page wide { size: A4 landscape; margin: 14mm 14mm 16mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10.5pt; line-height: 1.4; }
              header.doc { margin-bottom: 1rem; }
              nav.toc { border: none; padding: 0; }
              nav.toc ul { columns: 2; }
              pre.code { border-left-color: #999; background: none; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 8.5pt; }
              details.code-fold, p.markers, input.more-toggle, label.more-label { display: none; }
              tr.more { display: table-row !important; }
              figcaption, .caption-details, h1, h2, h3, h4 { break-inside: avoid; break-after: avoid; }
              figure.small, figure.chart, table.result tr, pre.diagnostic, section.definition { break-inside: avoid; }
              table.result thead { display: table-header-group; }
              .table-wrap { overflow: visible; }
              table.result { font-size: 9pt; width: 100%; }
              table.result th, table.result td { white-space: normal; padding: .1rem .3rem; }
              table.result th.wrap { min-width: 5em; }
              table.result td.num { white-space: nowrap; }
              table.result td.note { min-width: 8em; }
              figure.table-figure.wide { page: wide; }
              figure.chart svg, figure.chart img { max-height: 230mm; }
              a { color: inherit; text-decoration: none; }
            }
            """;
}
