// Exit codes and error reporting shared by the commands.

export const EXIT = { ok: 0, someInputFailed: 1, usage: 2 } as const;

/** A mistake in how zhextract was called (exit 2), reported before any work. */
export class UsageError extends Error {}

/** `zhextract: <path>: <cause>` on stderr. */
export function reportInputFailure(path: string, cause: string): void {
  process.stderr.write(`zhextract: ${path}: ${cause}\n`);
}

export function reportFatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`zhextract: ${message}\n`);
  process.exitCode = EXIT.someInputFailed;
}
