/**
 * The `sendright` command: runs the CLI on the process's arguments, with a
 * progress bar on stderr when stderr is a terminal and not in CI.
 *
 * @module
 */
import { main } from './cli';

const progress = process.stderr.isTTY === true && process.env.CI === undefined;
main(process.argv.slice(2), { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text), progress }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sendright: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
