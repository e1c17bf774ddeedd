// The server's log: window/logMessage through connection.console, which clients show in their output channel
// (VS Code: Output › Grounded; Neovim: :LspLog). Nothing is ever written to stdout, which carries the protocol.
import type { RemoteConsole } from 'vscode-languageserver';

export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function consoleLog(console: RemoteConsole): Log {
  const safe = (write: (m: string) => void) => (message: string) => {
    try {
      write(message);
    } catch {
      // the connection is gone: nothing left to tell
    }
  };
  return {
    info: safe(m => console.info(m)),
    warn: safe(m => console.warn(m)),
    error: safe(m => console.error(m)),
  };
}

/** An error as a log line: its stack when it has one. */
export function describeError(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  return String(e);
}
