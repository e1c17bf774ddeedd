// How the client starts the bundled language server: dist/server.js in a Node child process, over Node IPC.
import type { ExtensionContext } from 'vscode';
import { TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_ENV } from './serverEnv';

/** The server bundle, relative to the extension's folder. */
export const SERVER_MODULE = 'dist/server.js';
/** The port a debugger attaches to when the extension runs in debug mode (F5 from a development host). */
export const DEBUG_PORT = 6009;

export function serverOptions(context: ExtensionContext): ServerOptions {
  const module = context.asAbsolutePath(SERVER_MODULE);
  return {
    // The client's environment with SERVER_ENV (vscode-languageclient adds `env` to process.env).
    run: { module, transport: TransportKind.ipc, options: { env: { ...SERVER_ENV } } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { env: { ...SERVER_ENV }, execArgv: ['--nolazy', `--inspect=${DEBUG_PORT}`] },
    },
  };
}
