// Every setting Sentinel reads from its environment, declared once: variable,
// type (a TypeBox schema, with its bounds), default, and what it is for. The
// README's configuration table and .env.example list the same variables (a
// test checks). Adding a setting is one line here; read it as config.<key>.
import { Type } from '@sinclair/typebox';
import { optional, setting } from './setting.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const hhmm = (description: string) => Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', expected: 'HH:MM（00:00–23:59，上海时间 Asia/Shanghai）', description });
const days = (min: number) => Type.Integer({ minimum: min, maximum: 36_500 });

export const SETTINGS = {
  // Storage
  databaseUrl: optional('DATABASE_URL', Type.String({ pattern: '^postgres(ql)?://', expected: 'postgres://user:password@host:5432/db' }), 'PostgreSQL server; unset = the embedded database in SENTINEL_DATA_DIR'),
  dataDir: setting('SENTINEL_DATA_DIR', Type.String({ minLength: 1 }), './data', 'folder of the embedded database (and of attachments unless SENTINEL_ATTACHMENTS_DIR)'),
  attachmentsDir: optional('SENTINEL_ATTACHMENTS_DIR', Type.String({ minLength: 1 }), 'photos and videos of inspections; unset = <SENTINEL_DATA_DIR>/attachments'),
  // HTTP
  port: setting('PORT', Type.Integer({ minimum: 0, maximum: 65_535 }), 3000, 'HTTP port (0 = any free port)'),
  host: setting('HOST', Type.String({ minLength: 1 }), '127.0.0.1', 'address to listen on (0.0.0.0 for all interfaces)'),
  nodeEnv: optional('NODE_ENV', Type.Union([Type.Literal('production'), Type.Literal('development'), Type.Literal('test')]), 'production makes cookies Secure unless SENTINEL_SECURE_COOKIES says otherwise'),
  secureCookies: optional('SENTINEL_SECURE_COOKIES', Type.Boolean(), 'mark session cookies Secure (serve over HTTPS); unset = true when NODE_ENV=production'),
  logLevel: setting('LOG_LEVEL', Type.Union(LOG_LEVELS.map((l) => Type.Literal(l))), 'warn', 'server log level'),
  debug: setting('SENTINEL_DEBUG', Type.Boolean(), false, 'print stack traces of command errors'),
  // Feeds and jobs
  inbox: optional('SENTINEL_INBOX', Type.String({ minLength: 1 }), 'inbox folder, one sub-folder per source (readings-water/, access/ …); unset = no file feeds'),
  inboxPollSeconds: setting('SENTINEL_INBOX_POLL_SECONDS', Type.Integer({ minimum: 1, maximum: 86_400 }), 300, 'how often the inbox is looked at'),
  detectionTime: setting('SENTINEL_DETECTION_TIME', hhmm('daily detection run'), '06:00', 'daily detection run, after the night\'s feeds'),
  retentionTime: setting('SENTINEL_RETENTION_TIME', hhmm('daily retention run'), '03:30', 'daily retention run (quiet hours)'),
  jobMaxAttempts: setting('SENTINEL_JOB_MAX_ATTEMPTS', Type.Integer({ minimum: 1, maximum: 100 }), 3, 'attempts of a background job before it is marked failed'),
  // 一网统管 webhook
  webhookUrl: optional('SENTINEL_WEBHOOK_URL', Type.String({ pattern: '^https?://[^\\s]+$', expected: 'http(s)://host/path' }), '一网统管 receiver; unset = events stay in the outbox'),
  webhookSecret: optional('SENTINEL_WEBHOOK_SECRET', Type.String({ minLength: 16 }), 'HMAC-SHA256 shared secret (required with SENTINEL_WEBHOOK_URL)'),
  webhookTimeoutMs: setting('SENTINEL_WEBHOOK_TIMEOUT_MS', Type.Integer({ minimum: 100, maximum: 120_000 }), 5000, 'give up waiting for the receiver after this long'),
  webhookMaxAttempts: setting('SENTINEL_WEBHOOK_MAX_ATTEMPTS', Type.Integer({ minimum: 1, maximum: 1000 }), 12, 'failed deliveries before an event is parked for an admin to retry'),
  webhookBackoffSeconds: setting('SENTINEL_WEBHOOK_BACKOFF_SECONDS', Type.Integer({ minimum: 1, maximum: 86_400 }), 10, 'first retry delay, doubled each attempt'),
  webhookBackoffMaxSeconds: setting('SENTINEL_WEBHOOK_BACKOFF_MAX_SECONDS', Type.Integer({ minimum: 1, maximum: 86_400 }), 3600, 'longest retry delay'),
  webhookPollSeconds: setting('SENTINEL_WEBHOOK_POLL_SECONDS', Type.Integer({ minimum: 1, maximum: 3600 }), 5, 'how often the outbox is looked at'),
  // Retention terms (docs/roles.md "Retention"; the policy enforces each legal minimum)
  retentionAccessEventsDays: optional('SENTINEL_RETENTION_ACCESS_EVENTS_DAYS', days(1), 'door events kept this many days (default 455, at least 30)'),
  retentionClosedCasePartiesDays: optional('SENTINEL_RETENTION_CLOSED_CASE_PARTIES_DAYS', days(1), 'residents\' details of closed cases (default 730, at least 180)'),
  retentionAttachmentsDays: optional('SENTINEL_RETENTION_ATTACHMENTS_DAYS', days(1), 'photos and videos of ended cases (default 730, at least 180)'),
  retentionAuditLogDays: optional('SENTINEL_RETENTION_AUDIT_LOG_DAYS', days(1), 'audit log (default 1095, at least 180)'),
  // Freshness warnings
  freshnessFeedDays: setting('SENTINEL_FRESHNESS_FEED_DAYS', days(1), 2, 'warn when a feed\'s newest data is older than this many days'),
  freshnessRunDays: setting('SENTINEL_FRESHNESS_RUN_DAYS', days(1), 2, 'warn when the last detection run is older than this many days'),
  // Documents and accounts
  cjkFont: optional('SENTINEL_CJK_FONT', Type.String({ minLength: 1 }), 'TTF/OTF/TTC with Chinese glyphs for PDFs; unset = Debian Noto CJK'),
  cjkFontName: optional('SENTINEL_CJK_FONT_NAME', Type.String({ minLength: 1 }), 'face inside a .ttc collection'),
  password: optional('SENTINEL_PASSWORD', Type.String({ minLength: 1 }), 'password for `sentinel user create|reset-password` (scripts)'),
} as const;
