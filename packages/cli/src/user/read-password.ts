// The password of `sentinel user create|reset-password`. Never a command-line
// argument: it would stay in the shell history and be visible to anyone
// running `ps`. From the environment variable SENTINEL_PASSWORD (scripts,
// containers), else typed twice on a terminal without echo, else refused.
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { UsageError } from '../args.ts';
import { currentConfig } from '../configured.ts';

export const PASSWORD_ENV = 'SENTINEL_PASSWORD';

export interface PasswordSource {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly input: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Where the prompts go (stderr, so stdout stays the command's result). */
  readonly output: NodeJS.WritableStream;
}

export interface NewPassword {
  readonly password: string;
  /** How to name it in an error message. */
  readonly origin: string;
}

export const defaultPasswordSource = (): PasswordSource => ({
  env: { [PASSWORD_ENV]: currentConfig().password ?? undefined }, input: process.stdin, output: process.stderr,
});

export async function readNewPassword(source: PasswordSource = defaultPasswordSource()): Promise<NewPassword> {
  const fromEnv = source.env[PASSWORD_ENV];
  if (fromEnv !== undefined) return { password: fromEnv, origin: `环境变量 ${PASSWORD_ENV}` };
  if (source.input.isTTY !== true) {
    throw new UsageError(
      `未设置环境变量 ${PASSWORD_ENV}，且不在交互式终端中，无法输入密码。` +
      `请设置 ${PASSWORD_ENV} 后重试（密码不能写在命令行参数中）。 (Set ${PASSWORD_ENV} or run on a terminal.)`,
    );
  }
  const [first, second] = await promptHidden(source, ['新密码 new password: ', '再输入一次 again: ']);
  if (first !== second) throw new UsageError('两次输入的密码不一致。 (The passwords differ.)');
  return { password: first, origin: '输入的密码' };
}

/** Asks each question in turn; what is typed is read but never echoed. */
async function promptHidden(source: PasswordSource, questions: readonly string[]): Promise<string[]> {
  // readline echoes every keystroke to its output: give it one that swallows them.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: source.input, output: silent, terminal: true });
  const cancel = new AbortController();
  // In raw mode Ctrl+C reaches readline, not the process: treat it as cancel.
  rl.on('SIGINT', () => cancel.abort());
  const answers: string[] = [];
  try {
    for (const q of questions) {
      source.output.write(q);
      answers.push(await rl.question('', { signal: cancel.signal }));
      source.output.write('\n');
    }
    return answers;
  } catch (err) {
    if (cancel.signal.aborted) throw new UsageError('\n已取消 cancelled');
    throw err;
  } finally {
    rl.close();
  }
}
