/**
 * A problem the user caused with an input (missing file, binary data, too large…).
 * The CLI prints it as one line, `newsfacts: <input>: <problem>`, and exits with 3.
 */
export class InputError extends Error {
  readonly input: string;
  readonly problem: string;

  constructor(input: string, problem: string) {
    super(`${input}: ${problem}`);
    this.name = 'InputError';
    this.input = input;
    this.problem = problem;
  }
}

/** Turns a Node fs error into the one-line problem a user can act on. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read: ${code ?? (err instanceof Error ? err.message : String(err))}`;
  }
}
