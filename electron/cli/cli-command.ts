import type { ParseArgsConfig } from 'node:util';
import type { Printer } from './cli-output';

/** Options every command accepts. */
export const commonOptions = {
  db: { type: 'string' },
  'data-dir': { type: 'string' },
  'passphrase-file': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** What a command receives: its positional arguments (after its words) and its flags. */
export type CommandInput = {
  args: string[];
  flags: Record<string, string | boolean | string[] | undefined> & { db?: string; 'data-dir'?: string; 'passphrase-file'?: string; json: boolean };
  printer: Printer;
};

/**
 * What a command does once chosen; it lives in the command's module, loaded only when that command runs. A check
 * whose answer is "broken" (`audit verify`) returns its exit code; every other command returns nothing (exit 0).
 */
export type CommandRun = (input: CommandInput) => Promise<void | number>;

/**
 * One `dossier` command. `words` select it (`['case', 'list']`), `options` are its own flags on top of
 * the common ones, `usage` is its line in --help (Chinese, then English). `load` imports the command's module
 * and returns its run function, so --help and every other command never load it (start-up time); a command
 * whose module is light may give `run` directly.
 */
export type CliCommand = {
  words: string[];
  usage: string;
  options?: NonNullable<ParseArgsConfig['options']>;
  /** The command asks for its own passphrases (encryption, restore): the store is not unlocked before it runs. */
  ownPassphrase?: true;
} & ({ load: () => Promise<CommandRun> } | { run: CommandRun });

/** The run function of a command, loading its module first when it has one. */
export function commandRun(command: CliCommand): Promise<CommandRun> {
  return 'load' in command ? command.load() : Promise.resolve(command.run);
}

/** Reads a string flag. */
export function stringFlag(input: CommandInput, name: string): string | undefined {
  const value = input.flags[name];
  return typeof value === 'string' ? value : undefined;
}

/** Reads repeatable string flags (`--payment a --payment b`). */
export function stringFlags(input: CommandInput, name: string): string[] {
  const value = input.flags[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}
