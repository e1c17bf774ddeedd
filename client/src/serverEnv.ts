// The variables the client adds to the language server's environment. Apart from serverOptions.ts (which needs
// VS Code) so that the bench starts the server with them as the client does.

/**
 * glibc gives every thread that allocates a malloc arena of its own, and keeps what it touched: the garbage
 * collector's and the compiler's threads kept some 15 MB resident in the server that way (10 MB of sources, 20
 * open drafts). The server works on one thread: two arenas are enough. Other C libraries ignore the variable; an
 * editor starting `grounded-language-server` itself does not set it.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
