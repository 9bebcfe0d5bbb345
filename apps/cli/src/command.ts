/** Where a command writes: injected so commands can be tested without a real terminal. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * One `dondoc <name> …` subcommand. `run` receives the arguments after the name and resolves to the
 * process exit code (0 = success). Commands never call process.exit themselves.
 */
export interface CliCommand {
  name: string;
  /** One line, Vietnamese first, for `dondoc --help`. */
  summary: string;
  run(argv: string[], io: CommandIo): Promise<number>;
}
