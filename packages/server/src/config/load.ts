// Loads the configuration at boot: every declared setting read from the
// environment, validated, defaulted. The only module that reads process.env
// (eslint forbids it elsewhere in packages' src). A bad value stops the boot
// with a message naming the variable and the form it should have.
import { SETTINGS } from './settings.ts';
import { parseSetting } from './parse.ts';
import type { ValueOf } from './setting.ts';

export type Config = { readonly [K in keyof typeof SETTINGS]: ValueOf<(typeof SETTINGS)[K]> };

export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export function loadConfig(env: Env = process.env): Config {
  const out: Record<string, unknown> = {};
  for (const [key, s] of Object.entries(SETTINGS)) {
    const text = env[s.env];
    if (text === undefined || text.trim() === '') {
      out[key] = s.defaultValue;
      continue;
    }
    const parsed = parseSetting(s.schema, text);
    if (!parsed.ok) throw new ConfigError(s.env, `配置错误 invalid setting ${s.env}="${text}"：应为 expected ${parsed.expected}（${s.doc}）`);
    out[key] = parsed.value;
  }
  const config = out as Config;
  checkTogether(config);
  return config;
}

/** Rules across settings. */
function checkTogether(c: Config): void {
  if (c.webhookUrl !== null && c.webhookSecret === null) {
    throw new ConfigError('SENTINEL_WEBHOOK_SECRET', '配置错误 SENTINEL_WEBHOOK_SECRET 未设置：设置了 SENTINEL_WEBHOOK_URL 时必须提供签名密钥（至少 16 个字符） (required with SENTINEL_WEBHOOK_URL)');
  }
  if (c.webhookBackoffMaxSeconds < c.webhookBackoffSeconds) {
    throw new ConfigError('SENTINEL_WEBHOOK_BACKOFF_MAX_SECONDS', `配置错误 SENTINEL_WEBHOOK_BACKOFF_MAX_SECONDS（${c.webhookBackoffMaxSeconds}）不能小于 SENTINEL_WEBHOOK_BACKOFF_SECONDS（${c.webhookBackoffSeconds}）`);
  }
}
