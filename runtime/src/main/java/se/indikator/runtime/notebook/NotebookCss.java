package se.indikator.runtime.notebook;

/** The style sheet inlined in every HTML notebook: readable on screen, plain on paper, system fonts only. */
public final class NotebookCss {
    private NotebookCss() {
    }

    /** The CSS text. */
    public static final String CSS = """
            :root { --ink: #1d2330; --muted: #5b6475; --rule: #d5d9e0; --code-bg: #f5f6f8;
              --err: #a4161a; --err-bg: #fdecec; --warn: #8a5a00; --warn-bg: #fff6e0; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 72rem; padding: 2rem 1.5rem 4rem; color: var(--ink); background: #fff;
              font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            header.doc { border-bottom: 2px solid var(--ink); margin-bottom: 1.5rem; padding-bottom: .75rem; }
            header.doc h1 { margin: 0 0 .5rem; font-size: 1.8rem; line-height: 1.25; }
            header.doc dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0;
              color: var(--muted); font-size: .9rem; }
            header.doc dt { font-weight: 600; }
            header.doc dd { margin: 0; }
            header.doc ul { margin: 0; padding: 0; list-style: none; }
            .prose h1, .prose h2, .prose h3, .prose h4 { line-height: 1.3; margin: 1.4rem 0 .5rem; }
            .prose p { margin: .5rem 0; max-width: 48rem; }
            code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
              font-size: .88rem; }
            .prose code { background: var(--code-bg); padding: 0 .2em; border-radius: 3px; }
            .cell { margin: 1rem 0; }
            pre.code { background: var(--code-bg); border-left: 3px solid #8a94a6; padding: .6rem .8rem; margin: 0 0 .6rem;
              overflow-x: auto; white-space: pre; }
            .tok-keyword { color: #7a1fa2; font-weight: 600; }
            .tok-string { color: #1b7d3a; }
            .tok-number { color: #b3541e; }
            .tok-name { color: #1d2330; }
            .tok-comment { color: #6b7280; font-style: italic; }
            .tok-prose { color: #6b7280; }
            .tok-operator { color: #3b5998; }
            .tok-error { color: var(--err); text-decoration: underline wavy; }
            .output { margin: .4rem 0 .8rem; }
            .table-wrap { overflow-x: auto; }
            table.result { border-collapse: collapse; font-size: .85rem; margin: .3rem 0; }
            table.result caption { text-align: left; font-weight: 600; padding: .2rem 0 .4rem; }
            table.result th, table.result td { padding: .2rem .6rem; border-bottom: 1px solid var(--rule); text-align: left;
              vertical-align: top; }
            table.result th { border-bottom: 2px solid var(--ink); }
            table.result th, table.result td { white-space: nowrap; }
            table.result .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            table.result tr.suppressed td { color: var(--muted); background: #fafafa; }
            table.result td.note { font-style: italic; }
            p.footnote { font-size: .8rem; color: var(--muted); margin: .2rem 0; }
            pre.text { margin: .3rem 0; white-space: pre-wrap; }
            pre.diagnostic { padding: .5rem .8rem; border-left: 4px solid; white-space: pre-wrap; margin: .4rem 0; }
            pre.diagnostic.error { color: var(--err); background: var(--err-bg); border-color: var(--err); }
            pre.diagnostic.warning, pre.diagnostic.note { color: var(--warn); background: var(--warn-bg);
              border-color: var(--warn); }
            figure.chart { margin: .6rem 0; }
            figure.chart svg, figure.chart img { max-width: 100%; height: auto; }
            figure.chart figcaption { font-size: .85rem; color: var(--muted); }
            ul.chart-notes { font-size: .8rem; color: var(--muted); }
            footer.doc { margin-top: 2rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .8rem; }
            @media print {
              body { max-width: none; padding: 0; font-size: 11pt; }
              pre.code { border-left-color: #999; background: none; }
              .cell, table.result tr, figure.chart { break-inside: avoid; }
              .table-wrap { overflow: visible; }
              table.result { font-size: 7.5pt; }
              table.result th, table.result td { white-space: normal; padding: .1rem .3rem; }
              a { color: inherit; }
            }
            """;
}
