// Runtime configuration, read from the environment once and validated at boot
// so that a typo in PORT fails loudly instead of binding somewhere unexpected.
import path from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`环境变量 PORT 无效 invalid PORT: "${env.PORT}"（应为 0-65535 的整数）`);
  }
  return {
    port,
    host: env.HOST && env.HOST !== '' ? env.HOST : '127.0.0.1',
    dataDir: path.resolve(env.SENTINEL_DATA_DIR && env.SENTINEL_DATA_DIR !== '' ? env.SENTINEL_DATA_DIR : './data'),
    databaseUrl: env.DATABASE_URL && env.DATABASE_URL !== '' ? env.DATABASE_URL : null,
  };
}
