// `grounded-language-server`: the Grounded language server for any LSP client.
//   grounded-language-server --stdio            Neovim, Helix, Emacs (eglot, lsp-mode), Sublime LSP, ...
//   grounded-language-server --node-ipc         the VS Code client (a Node child process)
//   grounded-language-server --socket=PORT      a TCP socket the client listens on
//   grounded-language-server --pipe=NAME        a named pipe / Unix socket
// createConnection reads the transport from process.argv itself (also --clientProcessId=PID).
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { fullCollection } from './idleCollect';
import { startServer, SERVER_NAME, SERVER_VERSION } from './server';

const USAGE = `Usage: ${SERVER_NAME} --stdio | --node-ipc | --socket=PORT | --pipe=NAME
       ${SERVER_NAME} --help | --version
`;

const HELP = `${SERVER_NAME} ${SERVER_VERSION}: the Grounded language server. Checks Markdown and plain-text drafts
against the source articles named in their front matter (sources: [...]), in .grounded.json or in the
grounded.sources setting, and reports wrong numbers, dates, names and quotes as diagnostics, with hovers,
Go to Definition to the evidence, and quick fixes.

${USAGE}
Transports (one is required):
  --stdio            JSON-RPC over stdin/stdout (most editors)
  --node-ipc         Node IPC with the parent process (the VS Code extension)
  --socket=PORT      connect to a TCP port
  --pipe=NAME        connect to a named pipe or Unix socket

Options:
  --clientProcessId=PID   exit when that process ends
  -h, --help              show this help
  -v, --version           print the version

Settings (workspace/configuration section "grounded", or initializationOptions):
  sources      source paths or globs relative to the workspace root, for drafts naming none
  rules        {"rule-id": "error" | "warning" | "info" | "off"}
  debounceMs   delay before re-checking after an edit (default 150)
`;

const TRANSPORT = /^--(?:stdio|node-ipc|socket|pipe)(?:=|$)/;

function main(argv: readonly string[]): void {
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${SERVER_VERSION}\n`);
    return;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  if (!argv.some(a => TRANSPORT.test(a))) {
    process.stderr.write(`${SERVER_NAME}: no transport given; an editor starts this server with one of them\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  // The young generation stays at its initial size (1 MB semi-spaces) rather than growing to 16 MB ones while
  // sources are indexed: 30 MB of resident memory the server would keep for the rest of the session. Set here,
  // by the server itself, so every editor starting it gets it.
  setFlagsFromString('--semi-space-growth-factor=1');
  // The old generation is collected once it has grown a tenth beyond what the last full collection left, rather
  // than by V8's dynamic factor (up to 4 times what it left): checks leave their garbage there (opening 20 drafts
  // over 10 MB of sources: some 1.5 MB each, 30 MB in all, with no full collection between), and the server would
  // hold it until it rests (idleCollect.ts). Marking runs concurrently, on another thread.
  setFlagsFromString('--heap-growing-percent=10');
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection, { faultMarker: process.env.GROUNDED_LSP_FAULT || undefined, collectGarbage: fullCollection() });
  connection.listen();
}

main(process.argv.slice(2));
