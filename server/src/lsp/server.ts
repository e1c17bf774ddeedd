// The language server: wires the protocol to the checker. Documents are synced incrementally; every open
// Markdown or plain-text document is a draft candidate, and every open document is also a possible source (its
// unsaved text is what drafts are checked against). Checks are debounced per document in the server; an edit
// re-checks the draft against the cached index of its sources (only changed sentences are analysed again), a
// change of a source (in an editor or on disk) re-checks every open draft that uses it. A check that throws is
// logged and the document keeps its last diagnostics.
import * as path from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
  type Location,
  type TextDocumentPositionParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version as packageVersion } from '../../../package.json';
import { GlobCache } from '../workspace/globCache';
import { CONFIG_FILE_NAME } from '../workspace/workspaceRoot';
import { Checker, type DraftCheck } from './checker';
import { codeActions } from './codeActions';
import { evidenceLocations } from './definition';
import type { DiagnosticSupport } from './diagnostics';
import { Drafts, kindOfLanguage } from './drafts';
import { hoverAt } from './hover';
import { consoleLog, describeError, type Log } from './log';
import {
  CHECK_WORKSPACE_REQUEST,
  EVIDENCE_REQUEST,
  FIX_ALL_KIND,
  STATUS_NOTIFICATION,
  type CheckWorkspaceParams,
  type CheckWorkspaceResult,
  type EvidenceParams,
  type EvidenceResult,
  type StatusParams,
} from './protocol';
import { IdleCollector } from './idleCollect';
import { Scheduler } from './scheduler';
import { SettingsStore } from './settings';
import { SourceStore } from './sourceStore';
import { uriToPath } from './uri';
import { checkWorkspace, type Progress } from './workspaceCheck';
import { Workspaces } from './workspaces';

export const SERVER_NAME = 'grounded-language-server';
export const SERVER_VERSION: string = packageVersion;

/** Files whose changes the server asks to hear about: sources and drafts (by the usual extensions) and configs.
 *  A source with another extension is still re-read when a check finds its size or mtime changed. */
export const WATCHED_GLOBS = [`**/${CONFIG_FILE_NAME}`, '**/*.{md,markdown,txt,text}'];
const WATCHED_FILE = /\.(?:md|markdown|txt|text)$/;

interface ClientSupport {
  dynamicWatchedFiles: boolean;
  dynamicConfiguration: boolean;
  configurationPull: boolean;
  workspaceFolders: boolean;
  workDoneProgress: boolean;
  markdownHover: boolean;
  documentChanges: boolean;
  diagnostics: DiagnosticSupport;
}

export interface ServerOptions {
  /** Test hook: a check of a draft whose text contains this marker throws (GROUNDED_LSP_FAULT). */
  faultMarker?: string;
  /** A full garbage collection, run when the server rests after checks (see idleCollect.ts); none in tests that
   *  start the server in-process. */
  collectGarbage?: () => void;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const log: Log = consoleLog(connection.console);
  const documents = new TextDocuments(TextDocument);
  const workspaces = new Workspaces();
  const store = new SourceStore(
    (docs, index, ms) => log.info(`indexed ${docs.length > 5 ? `${docs.length} sources` : docs.map(d => d.path).join(', ')} (${index.sentences.length} sentences) in ${Math.round(ms)} ms`),
    // The watchers registered below report changes of these files.
    file => support.dynamicWatchedFiles && WATCHED_FILE.test(file),
  );
  const drafts = new Drafts();
  const settings = new SettingsStore(m => log.warn(m));
  const globCache = new GlobCache();
  let support: ClientSupport = clientSupport({});
  const checker = new Checker({
    workspaces,
    store,
    support: () => support.diagnostics,
    isSourceOfAnother: (file, uri) => drafts.isSourceOfAnother(file, uri),
    globCache,
    faultMarker: options.faultMarker,
  });
  const scheduler = new Scheduler((uri, generation) => void runScheduled(uri, generation));
  const idle = new IdleCollector(options.collectGarbage, undefined, undefined, (before, after, ms) =>
    log.info(`idle: collected garbage, heap ${Math.round(before / 1048576)} -> ${Math.round(after / 1048576)} MB in ${Math.round(ms)} ms`),
  );
  /** Documents just opened: their first content event checks at once rather than after the debounce. */
  const justOpened = new Set<string>();
  /** Per draft, the status last sent: a check that leaves it as it was (most keystrokes) sends none. */
  const sentStatus = new Map<string, StatusParams>();

  const guard = <A extends unknown[], R>(what: string, fallback: R, fn: (...args: A) => R) => (...args: A): R => {
    try {
      return fn(...args);
    } catch (e) {
      log.error(`internal error in ${what}: ${describeError(e)}`);
      return fallback;
    }
  };

  // ---- Lifecycle ----------------------------------------------------------------------------------------------

  connection.onInitialize((params): InitializeResult => {
    support = clientSupport(params.capabilities);
    workspaces.init(params);
    settings.setBase(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (support.configurationPull) {
      settings.setPull(scopeUri => connection.workspace.getConfiguration({ scopeUri, section: 'grounded' }) as Promise<unknown>);
    }
    if (support.dynamicConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'grounded' }).catch(e => log.warn(`could not register for configuration changes: ${describeError(e)}`));
    }
    if (support.dynamicWatchedFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map(globPattern => ({ globPattern })) })
        .catch(e => log.warn(`could not register file watchers: ${describeError(e)}`));
    }
    if (support.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guard('didChangeWorkspaceFolders', undefined, e => {
          workspaces.change(e.added, e.removed);
          recheckAll();
        }),
      );
    }
    log.info(`${SERVER_NAME} ${SERVER_VERSION} started (workspace folders: ${workspaces.list().join(', ') || 'none'})`);
  });

  // ---- Documents ----------------------------------------------------------------------------------------------

  documents.onDidOpen(
    guard('didOpen', undefined, e => {
      justOpened.add(e.document.uri);
      checker.filesChanged(); // opening a document is a natural moment to see files created since
    }),
  );

  documents.onDidChangeContent(
    guard('didChange', undefined, e => {
      const doc = e.document;
      const opened = justOpened.delete(doc.uri);
      const file = uriToPath(doc.uri);
      if (file !== undefined && store.setOpen(file, doc.getText())) recheckDependents(file, doc.uri);
      if (!drafts.isDraft(doc)) return;
      drafts.ensure(doc.uri);
      scheduler.schedule(doc.uri, opened ? 0 : debounceFor(doc.uri));
    }),
  );

  documents.onDidClose(
    guard('didClose', undefined, e => {
      const uri = e.document.uri;
      justOpened.delete(uri);
      const file = uriToPath(uri);
      if (drafts.get(uri)) {
        const previous = drafts.get(uri)?.last?.sources ?? [];
        scheduler.forget(uri);
        drafts.remove(uri);
        sentStatus.delete(uri);
        store.forgetDocument(uri);
        checker.forget(uri);
        connection.sendDiagnostics({ uri, diagnostics: [] });
        recheckSourceDocs(previous, []);
        retainIndexes();
      }
      if (file !== undefined) {
        if (store.setClosed(file)) recheckDependents(file);
        if (drafts.dependentsOf(file).length === 0) store.forget(file);
      }
    }),
  );

  documents.listen(connection);

  // ---- Files and settings -------------------------------------------------------------------------------------

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, params => {
      let all = false;
      const some = new Set<string>();
      for (const change of params.changes) {
        const file = uriToPath(change.uri);
        if (file === undefined) continue;
        if (path.basename(file) === CONFIG_FILE_NAME) {
          workspaces.configChanged();
          checker.filesChanged();
          all = true;
          continue;
        }
        const changed = store.fileChanged(file);
        if (change.type !== FileChangeType.Changed) {
          checker.filesChanged(); // a created or deleted file may change what a glob matches
          all = true;
        } else if (changed) {
          for (const uri of drafts.dependentsOf(file)) some.add(uri);
        }
      }
      if (all) recheckAll();
      else for (const uri of some) scheduler.schedule(uri, 0);
    }),
  );

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, params => {
      if (support.configurationPull) settings.invalidate();
      else settings.setBase(params.settings);
      recheckAll();
    }),
  );

  // ---- Features -----------------------------------------------------------------------------------------------

  connection.onHover(
    guard('hover', null, (params: TextDocumentPositionParams) => {
      const at = checkAt(params);
      return at ? hoverAt(at.check, at.offset, support.markdownHover) : null;
    }),
  );

  const evidence = (params: TextDocumentPositionParams): Location[] => {
    const at = checkAt(params);
    return at ? evidenceLocations(at.check, at.offset, params.position) : [];
  };
  connection.onDefinition(guard('definition', [] as Location[], evidence));
  connection.onRequest(EVIDENCE_REQUEST, guard('grounded/evidence', [] as EvidenceResult, (params: EvidenceParams) => evidence({ textDocument: { uri: params.uri }, position: params.position })));

  connection.onCodeAction(
    guard('codeAction', [], params => {
      const doc = documents.get(params.textDocument.uri);
      const check = doc ? freshCheck(doc.uri) : undefined;
      if (!doc || !check) return [];
      return codeActions(check, doc, params.range, params.context, { documentChanges: support.documentChanges });
    }),
  );

  connection.onRequest(CHECK_WORKSPACE_REQUEST, async (params: CheckWorkspaceParams | undefined, token: CancellationToken): Promise<CheckWorkspaceResult> => {
    const progress = await progressFor(params);
    return checkWorkspace(
      {
        workspaces,
        checker,
        log,
        support: () => support.diagnostics,
        settingsFor: async file => {
          const scope = workspaces.folderUriOf(file);
          await settings.load(scope);
          return settings.get(scope);
        },
        checkOpen: file => {
          const doc = documents.all().find(d => uriToPath(d.uri) === file && drafts.isDraft(d));
          return doc ? freshCheck(doc.uri) ?? drafts.get(doc.uri)?.last : undefined;
        },
        publish: (uri, diagnostics) => connection.sendDiagnostics({ uri, diagnostics }),
      },
      progress,
      token,
    );
  });

  // ---- Checks -------------------------------------------------------------------------------------------------

  function folderScope(uri: string): string | undefined {
    return workspaces.folderUriOf(uriToPath(uri));
  }

  function debounceFor(uri: string): number {
    return settings.get(folderScope(uri)).debounceMs;
  }

  async function runScheduled(uri: string, generation: number): Promise<void> {
    try {
      await settings.load(folderScope(uri));
      if (scheduler.generation(uri) !== generation) return; // a newer edit or a synchronous check came first
      runNow(uri);
    } catch (e) {
      log.error(`internal error while scheduling the check of ${uri}: ${describeError(e)}`);
    }
  }

  /** Checks the open draft `uri` now and publishes its diagnostics and status. Undefined when the check threw
   *  (the document keeps its last diagnostics) or the document is gone. */
  function runNow(uri: string): DraftCheck | undefined {
    const doc = documents.get(uri);
    const state = drafts.get(uri);
    if (!doc || !state) return undefined;
    scheduler.cancel(uri);
    scheduler.bump(uri);
    let check: DraftCheck;
    try {
      check = checker.check(
        { uri, version: doc.version, file: uriToPath(uri), text: doc.getText(), kind: kindOfLanguage(doc.languageId) },
        settings.get(folderScope(uri)),
      );
    } catch (e) {
      state.failedVersion = doc.version;
      log.error(`internal error while checking ${uri} (version ${doc.version}); keeping its last diagnostics: ${describeError(e)}`);
      return undefined;
    }
    const previous = state.last?.sources ?? [];
    state.last = check;
    state.failedVersion = undefined;
    if (check.sources !== previous) drafts.setSources(uri, check.sources); // the same plan's list while typing
    // The status first: a client that has the diagnostics of a version also has its status. One unchanged since the
    // last sent is not sent again: while typing, a keystroke then writes one message to the client rather than two.
    if (!sameStatus(sentStatus.get(uri), check.notification)) {
      sentStatus.set(uri, check.notification);
      void connection.sendNotification(STATUS_NOTIFICATION, check.notification).catch(() => {});
    }
    connection.sendDiagnostics({ uri, version: doc.version, diagnostics: check.diagnostics });
    recheckSourceDocs(previous, check.sources);
    retainIndexes();
    idle.touch();
    return check;
  }

  /** The check of `uri` for its current version: run now if one is pending or stale (unless that version's
   *  check already failed: then the last one). */
  function freshCheck(uri: string): DraftCheck | undefined {
    const doc = documents.get(uri);
    const state = drafts.get(uri);
    if (!doc || !state) return undefined;
    const stale = state.last?.version !== doc.version || scheduler.isPending(uri);
    if (stale && state.failedVersion !== doc.version) return runNow(uri) ?? state.last;
    return state.last;
  }

  function checkAt(params: TextDocumentPositionParams): { check: DraftCheck; offset: number } | undefined {
    const doc = documents.get(params.textDocument.uri);
    const check = doc ? freshCheck(doc.uri) : undefined;
    if (!doc || !check || check.version !== doc.version) return undefined;
    return { check, offset: doc.offsetAt(params.position) };
  }

  function recheckAll(): void {
    for (const uri of drafts.uris()) scheduler.schedule(uri, 0);
  }

  function recheckDependents(file: string, except?: string): void {
    for (const uri of drafts.dependentsOf(file)) if (uri !== except) scheduler.schedule(uri, debounceFor(uri));
  }

  /** A draft gained or lost sources: open documents at those paths may stop or start being drafts themselves. */
  function recheckSourceDocs(before: readonly string[], after: readonly string[]): void {
    if (before === after) return; // the same plan's list: nothing changed (a check while typing)
    const a = new Set(after);
    const b = new Set(before);
    const changed = new Set([...before.filter(f => !a.has(f)), ...after.filter(f => !b.has(f))]);
    if (changed.size === 0) return;
    for (const doc of documents.all()) {
      const file = uriToPath(doc.uri);
      if (file !== undefined && changed.has(file) && drafts.get(doc.uri)) scheduler.schedule(doc.uri, 0);
    }
  }

  function retainIndexes(): void {
    const inUse = new Set<string>();
    for (const uri of drafts.uris()) {
      const key = drafts.get(uri)?.last?.indexKey;
      if (key) inUse.add(key);
    }
    store.retainIndexes(inUse);
  }

  async function progressFor(params: CheckWorkspaceParams | undefined): Promise<Progress> {
    const token = params?.workDoneToken;
    if (token !== undefined) return connection.window.attachWorkDoneProgress(token);
    if (support.workDoneProgress) {
      try {
        return await connection.window.createWorkDoneProgress();
      } catch (e) {
        log.warn(`could not create a progress report: ${describeError(e)}`);
      }
    }
    return { begin() {}, report() {}, done() {} };
  }

  // A bug must never take the server down: log it and keep serving.
  process.on('uncaughtException', e => log.error(`uncaught exception: ${describeError(e)}`));
  process.on('unhandledRejection', e => log.error(`unhandled rejection: ${describeError(e)}`));
  connection.onShutdown(() => {
    scheduler.dispose();
    idle.dispose();
  });
}

function sameStatus(a: StatusParams | undefined, b: StatusParams): boolean {
  return a !== undefined && a.uri === b.uri && a.total === b.total && a.supported === b.supported && a.hasSources === b.hasSources && a.problem === b.problem;
}

function clientSupport(c: ClientCapabilities): ClientSupport {
  const hoverFormats = c.textDocument?.hover?.contentFormat;
  const diag = c.textDocument?.publishDiagnostics;
  return {
    dynamicWatchedFiles: c.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    dynamicConfiguration: c.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    configurationPull: c.workspace?.configuration === true,
    workspaceFolders: c.workspace?.workspaceFolders === true,
    workDoneProgress: c.window?.workDoneProgress === true,
    markdownHover: hoverFormats === undefined || hoverFormats.includes('markdown'),
    documentChanges: c.workspace?.workspaceEdit?.documentChanges === true,
    diagnostics: { relatedInformation: diag?.relatedInformation === true, codeDescription: diag?.codeDescriptionSupport === true },
  };
}
