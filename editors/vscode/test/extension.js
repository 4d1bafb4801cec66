// The extension's glue without VS Code: activate() with stand-ins for the editor's API and the language client
// must start the configured command as a language server over standard input and output for indikator scripts,
// and say in words when it cannot.
'use strict';

const assert = require('assert');
const Module = require('module');

const shown = [];
const started = [];
let failStart = false;

/** Stand-ins for the modules the extension loads: VS Code's API and vscode-languageclient. */
const standIns = {
  vscode: {
    workspace: {
      getConfiguration: (section) => ({
        get: (key, fallback) => (section === 'indikator.server' && key === 'command' ? '/opt/indikator/indikator' : fallback)
      }),
      createFileSystemWatcher: (glob) => ({ glob })
    },
    window: { showErrorMessage: (m) => shown.push(m) }
  },
  'vscode-languageclient/node': {
    TransportKind: { stdio: 0 },
    LanguageClient: class {
      constructor(id, name, serverOptions, clientOptions) {
        Object.assign(this, { id, name, serverOptions, clientOptions });
      }
      async start() {
        if (failStart) {
          throw new Error('spawn /opt/indikator/indikator ENOENT');
        }
        started.push(this);
      }
      stop() {}
      dispose() {}
    }
  }
};

const load = Module._load;
Module._load = function (request, parent, isMain) {
  return Object.prototype.hasOwnProperty.call(standIns, request) ? standIns[request] : load.call(this, request, parent, isMain);
};
const extension = require('../extension.js');

async function main() {
  const context = { subscriptions: [] };
  await extension.activate(context);
  assert.strictEqual(started.length, 1);
  const client = started[0];
  assert.deepStrictEqual(client.serverOptions, { command: '/opt/indikator/indikator', args: ['lsp'], transport: 0 });
  assert.deepStrictEqual(client.clientOptions.documentSelector.map((s) => s.language), ['indikator', 'indikator']);
  assert.ok(client.clientOptions.synchronize.fileEvents.glob.includes('csv'));
  assert.strictEqual(context.subscriptions[0], client);
  assert.deepStrictEqual(shown, []);

  failStart = true;
  await extension.activate({ subscriptions: [] });
  assert.strictEqual(shown.length, 1);
  assert.ok(shown[0].startsWith("indikator: could not start the language server with '/opt/indikator/indikator lsp'"), shown[0]);
  assert.ok(shown[0].includes('indikator.server.command'), shown[0]);
  console.log('the extension starts the configured command as a language server, and says when it cannot');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
