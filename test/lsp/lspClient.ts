// A minimal LSP client for the tests: starts the BUILT server (dist/server.js --stdio) as a child process and talks
// JSON-RPC to it over its stdio with vscode-languageserver-protocol, as an editor would (no VS Code).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type {
  ClientCapabilities,
  Diagnostic,
  InitializeResult,
  LogMessageParams,
  PublishDiagnosticsParams,
  Registration,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import type { StatusParams } from '../../server/src/lsp/protocol';

export const repo = path.resolve(__dirname, '../..');
export const serverJs = path.join(repo, 'dist/server.js');

export const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    definition: { linkSupport: false },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, versionSupport: true, dataSupport: true },
  },
  window: { workDoneProgress: true },
};

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

interface Waiter<T> {
  test: (value: T) => boolean;
  resolve: (value: T) => void;
}

export class LspClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly statuses: StatusParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly registrations: Registration[] = [];
  readonly progress: Array<{ token: string | number; value: { kind: string; title?: string; message?: string; percentage?: number } }> = [];
  readonly configurationRequests: Array<{ scopeUri?: string; section?: string }> = [];
  /** What the client answers to workspace/configuration (the "grounded" section). */
  settings: unknown = null;
  stderr = '';
  private readonly diagnosticWaiters: Array<Waiter<PublishDiagnosticsParams>> = [];
  private readonly logWaiters: Array<Waiter<LogMessageParams>> = [];
  private readonly versions = new Map<string, number>();
  exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {
    this.exited = new Promise(resolve => child.on('exit', code => resolve(code)));
    child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.push(p);
      this.fire(this.diagnosticWaiters, p);
    });
    connection.onNotification('grounded/status', (p: StatusParams) => void this.statuses.push(p));
    connection.onNotification('window/logMessage', (p: LogMessageParams) => {
      this.logs.push(p);
      this.fire(this.logWaiters, p);
    });
    connection.onNotification('$/progress', (p: LspClient["progress"][number]) => void this.progress.push(p));
    connection.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/configuration', (p: { items: Array<{ scopeUri?: string; section?: string }> }) => {
      this.configurationRequests.push(...p.items);
      return p.items.map(() => this.settings);
    });
  }

  static async start(root: string, options: { initializationOptions?: unknown; env?: NodeJS.ProcessEnv } = {}): Promise<{ client: LspClient; init: InitializeResult }> {
    const child = spawn(process.execPath, [serverJs, '--stdio'], { cwd: root, env: { ...process.env, ...options.env }, stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection);
    connection.listen();
    const init = (await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fileUri(root),
      workspaceFolders: [{ uri: fileUri(root), name: path.basename(root) }],
      capabilities: CAPABILITIES,
      initializationOptions: options.initializationOptions,
    })) as InitializeResult;
    await connection.sendNotification('initialized', {});
    return { client, init };
  }

  /** Resolves with the first publishDiagnostics for `uri` from now on that passes `test`. */
  nextDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 8000): Promise<PublishDiagnosticsParams> {
    return this.wait(this.diagnosticWaiters, p => p.uri === uri && test(p), timeoutMs, `diagnostics for ${uri}`);
  }

  /** The diagnostics of `uri` for document version `version`. */
  diagnosticsFor(uri: string, version: number, timeoutMs = 8000): Promise<Diagnostic[]> {
    const seen = this.diagnostics.find(p => p.uri === uri && p.version === version);
    if (seen) return Promise.resolve(seen.diagnostics);
    return this.nextDiagnostics(uri, p => p.version === version, timeoutMs).then(p => p.diagnostics);
  }

  nextLog(test: (p: LogMessageParams) => boolean, timeoutMs = 8000): Promise<LogMessageParams> {
    return this.wait(this.logWaiters, test, timeoutMs, 'a log message');
  }

  /** Opens a document (version 1) and returns its diagnostics. */
  async open(file: string, text: string, languageId = 'markdown'): Promise<Diagnostic[]> {
    const uri = fileUri(file);
    const published = this.nextDiagnostics(uri, p => p.version === 1);
    await this.openOnly(file, text, languageId);
    return (await published).diagnostics;
  }

  /** Opens a document without waiting for anything. */
  async openOnly(file: string, text: string, languageId = 'markdown'): Promise<string> {
    const uri = fileUri(file);
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Sends a didChange with the next version; returns that version. */
  async change(file: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const uri = fileUri(file);
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  version(file: string): number {
    return this.versions.get(fileUri(file)) ?? 0;
  }

  async close(file: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: fileUri(file) } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 3000);
      await this.connection.sendNotification('exit');
      await withTimeout(this.exited, 3000);
    } catch {
      this.child.kill();
    }
    this.connection.dispose();
  }

  private wait<T>(list: Array<Waiter<T>>, test: (v: T) => boolean, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        const i = list.indexOf(waiter);
        if (i >= 0) list.splice(i, 1);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; server stderr: ${this.stderr.slice(-2000)}; logs: ${this.logs.map(l => l.message).join('\n').slice(-3000)}`));
      }, timeoutMs);
      const waiter: Waiter<T> = {
        test,
        resolve: v => {
          clearTimeout(timer);
          resolve(v);
        },
      };
      list.push(waiter);
    });
  }

  private fire<T>(list: Array<Waiter<T>>, value: T): void {
    for (const w of [...list]) {
      if (!w.test(value)) continue;
      list.splice(list.indexOf(w), 1);
      w.resolve(value);
    }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timeout')), ms);
    p.then(v => (clearTimeout(t), resolve(v)), (e: unknown) => (clearTimeout(t), reject(e)));
  });
}

export const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms));
