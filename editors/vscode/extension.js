// The extension's client: starts `indikator lsp` for the editor's indikator scripts and speaks the language
// server protocol with it over standard input and output (vscode-languageclient).
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

/** Starts the language server when the first indikator script is opened. */
async function activate(context) {
  const settings = vscode.workspace.getConfiguration('indikator.server');
  const command = settings.get('command', 'indikator');
  const args = settings.get('arguments', ['lsp']);
  const serverOptions = { command, args, transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'indikator' },
      { scheme: 'untitled', language: 'indikator' }
    ],
    synchronize: {
      // a data file or an imported script that changes is checked again through the scripts that read it
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{ind,csv,tsv,txt,xlsx,parquet}')
    }
  };
  client = new LanguageClient('indikator', 'indikator', serverOptions, clientOptions);
  context.subscriptions.push(client);
  try {
    await client.start();
  } catch (e) {
    vscode.window.showErrorMessage(
      `indikator: could not start the language server with '${command} ${args.join(' ')}': ${e.message}. ` +
      'Set indikator.server.command to the indikator launcher.');
  }
}

/** Stops the language server with the editor. */
function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
