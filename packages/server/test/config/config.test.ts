// The one configuration: defaults with nothing set, strict parsing, errors
// naming the variable and the expected form, and the documentation listing
// every declared variable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, SETTINGS, webhookSettings, databaseOptions, secureCookies } from '../../src/config/index.ts';

const REPO = new URL('../../../../', import.meta.url);

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('works with no configuration at all', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.databaseUrl).toBeNull();
    expect(c.logLevel).toBe('warn');
    expect(c.detectionTime).toBe('06:00');
    expect(webhookSettings(c)).toBeNull();
    expect(databaseOptions(c)).toEqual({ dataDir: expect.stringMatching(/data$/) });
    expect(secureCookies(c)).toBe(false);
  });

  it('reads typed values', () => {
    const c = loadConfig({ PORT: '8080', SENTINEL_SECURE_COOKIES: 'true', SENTINEL_WEBHOOK_URL: 'http://127.0.0.1:9/hook', SENTINEL_WEBHOOK_SECRET: 'x'.repeat(16), DATABASE_URL: 'postgres://u@h/db' });
    expect(c.port).toBe(8080);
    expect(secureCookies(c)).toBe(true);
    expect(webhookSettings(c)).toMatchObject({ url: 'http://127.0.0.1:9/hook', maxAttempts: 12, backoffMs: 10_000 });
    expect(databaseOptions(c)).toEqual({ databaseUrl: 'postgres://u@h/db' });
    expect(secureCookies(loadConfig({ NODE_ENV: 'production' }))).toBe(true);
  });

  it.each([
    ['PORT', 'abc', /整数 integer ≥ 0 ≤ 65535/],
    ['PORT', '3000abc', /PORT/],
    ['PORT', '70000', /≤ 65535/],
    ['LOG_LEVEL', 'loud', /one of: fatal \| error \| warn/],
    ['SENTINEL_SECURE_COOKIES', 'yes', /true \/ false/],
    ['SENTINEL_DETECTION_TIME', '6am', /HH:MM/],
    ['DATABASE_URL', 'mysql://x', /postgres:\/\//],
    ['SENTINEL_WEBHOOK_URL', 'ftp://x', /http\(s\)/],
  ])('refuses %s=%s naming it and the expected form', (variable, value, form) => {
    const err = errorOf({ [variable]: value });
    expect(err.variable).toBe(variable);
    expect(err.message).toContain(variable);
    expect(err.message).toMatch(form);
  });

  it('requires the webhook secret with the webhook URL', () => {
    expect(errorOf({ SENTINEL_WEBHOOK_URL: 'https://ywtg.example/hook' }).variable).toBe('SENTINEL_WEBHOOK_SECRET');
    expect(errorOf({ SENTINEL_WEBHOOK_URL: 'https://ywtg.example/hook', SENTINEL_WEBHOOK_SECRET: 'short' }).variable).toBe('SENTINEL_WEBHOOK_SECRET');
  });

  it('every setting is documented in the README and .env.example, and each variable is declared once', () => {
    const readme = readFileSync(new URL('README.md', REPO), 'utf8');
    const example = readFileSync(new URL('.env.example', REPO), 'utf8');
    const names = Object.values(SETTINGS).map((s) => s.env);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(readme, name).toContain(`\`${name}\``);
      expect(example, name).toContain(`# ${name}=`);
    }
  });
});
