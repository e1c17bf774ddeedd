// Identifiers the client shares with package.json (test/client/manifest.test.ts keeps them in step). No vscode import,
// so tests can load it in plain Node.

/** The configuration section and the language client's id (so `grounded.trace.server` sets its trace level). */
export const CONFIG_SECTION = 'grounded';
export const CLIENT_ID = 'grounded';
export const CLIENT_NAME = 'Grounded';
export const OUTPUT_CHANNEL_NAME = 'Grounded';

export const COMMANDS = {
  checkWorkspace: 'grounded.checkWorkspace',
  addSource: 'grounded.addSource',
  openEvidence: 'grounded.openEvidence',
} as const;

/** The VS Code command the status bar item runs: focus the Problems view. */
export const SHOW_PROBLEMS_COMMAND = 'workbench.actions.view.problems';

/** Languages (VS Code language ids) the client hands to the server. */
export const DRAFT_LANGUAGES = ['markdown', 'plaintext'] as const;

/** Files whose changes can change a check: drafts, sources and `.grounded.json`. */
export const WATCHED_FILES_GLOB = '**/*.{md,markdown,txt,json}';
