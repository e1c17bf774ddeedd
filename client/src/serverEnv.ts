// The variables the client adds to the language server's environment. Apart from serverOptions.ts (which needs
// VS Code) so that the bench starts the server with them as the client does.

/**
 * glibc gives every thread that allocates a malloc arena of its own, and keeps what it touched: the garbage
 * collector's and the compiler's threads kept some 15 MB resident in the server that way (10 MB of sources, 20
 * open drafts). The server works on one thread: two arenas are enough. And blocks of 64 KB or more (the chunks the
 * index is built in) are mapped on their own, so that freeing them returns the memory instead of leaving holes in
 * the heap: 282–286 → 258–261 MB resident in the bench's memory scenario, edit latency unchanged (alternated runs,
 * 15:37–15:40 on 2026-11-27). Other C libraries ignore the variables; an editor starting
 * `grounded-language-server` itself does not set them.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '65536' };
