// Exit codes and error reporting shared by the commands.

export const EXIT = { ok: 0, someInputFailed: 1, usage: 2, closedPipe: 141 } as const;

/** A mistake in how zhextract was called (exit 2), reported before any work. */
export class UsageError extends Error {}

/** `zhextract: <path>: <cause>` on stderr. */
export function reportInputFailure(path: string, cause: string): void {
  process.stderr.write(`zhextract: ${escapeForTerminal(path)}: ${escapeForTerminal(cause)}\n`);
}

/** `zhextract: <message>` (or `zhextract <label>: …`) on stderr. */
export function reportNote(message: string, label?: string): void {
  process.stderr.write(`zhextract${label ? ` ${label}` : ''}: ${escapeForTerminal(message)}\n`);
}

export function reportFatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`zhextract: ${escapeForTerminal(message)}\n`);
  process.exitCode = EXIT.someInputFailed;
}

// C0 and C1 controls, DEL, and the line and paragraph separators: a file name
// holding them could forge log lines or drive the terminal (ANSI escapes).
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\x1b': '\\e' };

/** The text with control characters written as escapes (\n, \e, \x07, \u2028), so one message stays one line. */
export function escapeForTerminal(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return NAMED[char] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
  });
}
