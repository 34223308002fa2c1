// `sentinel user create …` / `sentinel user reset-password …`: accounts from
// the server's console (the first administrator; recovering a lost or locked
// administrator password), on the embedded database (SENTINEL_DATA_DIR,
// default ./data) or PostgreSQL (DATABASE_URL). See user/create.ts and
// user/reset-password.ts.
import { runCommand, UsageError } from '../args.ts';
import { CREATE_USAGE, createCommand } from '../user/create.ts';
import { PASSWORD_ENV, type PasswordSource } from '../user/read-password.ts';
import { RESET_USAGE, resetPasswordCommand } from '../user/reset-password.ts';

const SUBCOMMANDS: Record<string, (args: string[], passwords?: PasswordSource) => Promise<number>> = {
  create: createCommand,
  'reset-password': resetPasswordCommand,
};

/** `--password`, `--password=…`, `-p`: refused by name, not just as an unknown option. */
const isPasswordArgument = (arg: string): boolean => arg === '-p' || arg === '--password' || arg.startsWith('--password=');

/** `passwords` is where the password comes from; tests pass their own. */
export function run(args: string[], passwords?: PasswordSource): Promise<number> {
  return runCommand(async () => {
    const [sub, ...rest] = args;
    if (sub === 'help' || sub === '--help' || sub === '-h') {
      process.stdout.write(`${CREATE_USAGE}\n${RESET_USAGE}\n`);
      return 0;
    }
    const command = sub === undefined ? undefined : SUBCOMMANDS[sub];
    if (!command) throw new UsageError(`${sub === undefined ? '缺少子命令' : `未知子命令 unknown subcommand: ${sub}`}\n${CREATE_USAGE}\n${RESET_USAGE}`);
    if (rest.some(isPasswordArgument)) {
      throw new UsageError(
        `--password: 密码不能写在命令行参数中（会留在 shell 历史和 ps 中）；请用环境变量 ${PASSWORD_ENV}，或在终端中按提示输入。` +
        ` (Never pass a password as an argument.)`,
      );
    }
    return command(rest, passwords);
  });
}
