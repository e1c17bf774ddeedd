// The engine's public surface: everything the CLI, the language server and the tests use.
export * from './types';
export { LineMap } from './lineMap';
export { indexSources, type SourceIndex } from './sourceIndex';
export { checkDraft, SentenceCache, type CheckOptions } from './check';
export { RULES, type RuleInfo } from './rules';
export { lookupSteps, prepareLookups } from './rules/support';
