// `sentinel <command> [options]`: each command lives in commands/<name>.ts and
// exports `run(args): Promise<number>` (the exit code). Loaded lazily so that
// `sentinel detect` never pays for the database or the HTTP server.

type Command = { run: (args: string[]) => Promise<number> };

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  demo: { summary: '生成演示街道数据集 (generate a demo district dataset)', load: () => import('./commands/demo.ts') },
  import: { summary: '导入数据集到数据库 (import a dataset into the database)', load: () => import('./commands/import.ts') },
  detect: { summary: '数字吹哨：对每户打分 (score every dwelling)', load: () => import('./commands/detect.ts') },
  eval: { summary: '评估检测效果 (evaluate detection against a truth file)', load: () => import('./commands/eval.ts') },
  serve: { summary: '启动 HTTP 服务 (start the HTTP server)', load: () => import('./commands/serve.ts') },
  retention: { summary: '按保留期限删除或匿名化个人信息 (delete or anonymise personal data past its term)', load: () => import('./commands/retention.ts') },
  user: { summary: '新建用户、重置密码 (create a user, reset a password)', load: () => import('./commands/user.ts') },
  worker: { summary: '任务工作进程：多进程分担按街道检测 (a job worker on PostgreSQL)', load: () => import('./commands/worker.ts') },
  district: { summary: '把街道归入区，列出各街道所属区 (put subdistricts under a district)', load: () => import('./commands/district.ts') },
  start: { summary: '首次启动生成演示数据并启动服务 (demo data on first start, then serve)', load: () => import('./commands/start.ts') },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return ['用法 Usage: sentinel <command> [options]', '', ...lines, ''].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`未知命令 unknown command: ${name}\n\n${usage()}`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest);
}
