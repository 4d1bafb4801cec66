// Runs the grammar through the engine VS Code itself uses (vscode-textmate with the Oniguruma regular
// expressions) over the token corpus, test/tokens.txt: each token the corpus lists must carry its scope.
// The lsp module's TokenCorpusTest checks the same corpus against the language's lexer.
'use strict';

const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.join(__dirname, '..');
const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm')).buffer;

/** The examples of the corpus: their source lines and the tokens they list, as [scope, text]. */
function corpus() {
  const examples = [];
  let current = null;
  fs.readFileSync(path.join(__dirname, 'tokens.txt'), 'utf8').split('\n').forEach((line, i) => {
    if (line.startsWith('> ')) {
      if (!current || current.tokens.length > 0) {
        current = { line: i + 1, source: [], tokens: [] };
        examples.push(current);
      }
      current.source.push(line.substring(2));
    } else if (line.trim() !== '' && !line.startsWith('# ') && line !== '#') {
      const space = line.indexOf(' ');
      current.tokens.push([line.substring(0, space), line.substring(space + 1)]);
    }
  });
  return examples;
}

/** The innermost scope of every character of a line, as the engine tokenizes it. */
function scopes(grammar, line, state) {
  const r = grammar.tokenizeLine(line, state);
  const out = new Array(line.length).fill('-');
  for (const t of r.tokens) {
    const inner = t.scopes[t.scopes.length - 1];
    for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) {
      out[i] = inner === 'source.indikator' ? '-' : inner;
    }
  }
  return { out, state: r.ruleStack };
}

async function main() {
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s)
    }),
    loadGrammar: async () => vsctm.parseRawGrammar(
      fs.readFileSync(path.join(root, 'syntaxes', 'indikator.tmLanguage.json'), 'utf8'), 'indikator.tmLanguage.json')
  });
  const grammar = await registry.loadGrammar('source.indikator');
  const wrong = [];
  let checked = 0;
  for (const example of corpus()) {
    let state = vsctm.INITIAL;
    let k = 0;
    for (const line of example.source) {
      const s = scopes(grammar, line, state);
      state = s.state;
      let at = 0;
      while (k < example.tokens.length) {
        const [scope, text] = example.tokens[k];
        const i = line.indexOf(text, at);
        if (i < 0) {
          break; // the token is on a later line of the example
        }
        const seen = new Set(s.out.slice(i, i + text.length));
        if (seen.size !== 1 || !seen.has(scope)) {
          wrong.push(`tokens.txt:${example.line} '${text}': the grammar scopes it ${[...seen].join(' / ')}, the corpus ${scope}`);
        }
        checked++;
        at = i + text.length;
        k++;
      }
    }
    if (k !== example.tokens.length) {
      wrong.push(`tokens.txt:${example.line}: token '${example.tokens[k][1]}' is not in the example's source`);
    }
  }
  if (wrong.length > 0 || checked === 0) {
    console.error(wrong.join('\n') || 'the corpus has no tokens');
    process.exit(1);
  }
  console.log(`${checked} tokens scoped as the corpus says`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
