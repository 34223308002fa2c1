// Builds the Fastify app: external plugins (OpenAPI), then the error handler,
// then the routes. Kept free of listen() so tests use app.inject().
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/db';
import { defaultAttachmentsDir, startOutboxWorker, type DemoClock, type WebhookTarget } from '@sentinel/services';
import { registerErrorHandler } from './errors.ts';
import { registerInputGuard } from './plugins/input-guard.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { ErrorBody } from '@sentinel/contract';
import { healthRoutes } from './routes/health.ts';
import { importRoutes } from './routes/imports.ts';
import { houseRoutes } from './routes/houses.ts';
import { registerAuth } from './plugins/auth.ts';
import { authRoutes } from './routes/auth.ts';
import { userRoutes } from './routes/users.ts';
import { caseRoutes } from './routes/cases.ts';
import { householdRoutes } from './routes/households.ts';
import { consumptionRoutes } from './routes/consumption.ts';
import { houseAccessRoutes } from './routes/house-access.ts';
import { mapRoutes } from './routes/map.ts';
import { detectionRoutes } from './routes/detection.ts';
import { alertsExportRoutes } from './routes/alerts-export.ts';
import { documentRoutes } from './routes/documents.ts';
import { calendarRoutes } from './routes/calendar.ts';
import { clockRoutes } from './routes/clock.ts';
import { cooperationRoutes } from './routes/cooperation.ts';
import { todoRoutes } from './routes/todo.ts';
import { directoryRoutes } from './routes/directory.ts';
import { surveyRoutes } from './routes/survey.ts';
import { referralRoutes } from './routes/referral.ts';
import { rentalPartyRoutes } from './routes/rental-parties.ts';
import { patrolRoutes } from './routes/patrol.ts';
import { webStatic } from './plugins/web-static.ts';
import { operationsRoutes } from './routes/operations.ts';
import { uploadRoutes, type JobsHandle } from './routes/uploads.ts';

export interface AppOptions {
  db: Database;
  /** pino logger options, or false to log nothing (tests). */
  logger?: boolean | { level: string };
  /** Clock for sessions, deadlines and timelines (tests move it); default Date.now. */
  now?: () => number;
  /** Where uploaded photos and videos are stored; default ./data/attachments. */
  attachmentsDir?: string;
  /**
   * Upload caps in bytes, enforced while the bytes stream to disk: photos and
   * videos (default: 20 MB photo, 200 MB video, by sniffed type) and data files
   * to import (default 512 MB). Tests set small ones.
   */
  uploadLimits?: { attachmentBytes?: number; importBytes?: number };
  /** Mark cookies Secure (serve over HTTPS); default false (the CLI passes the configuration's choice). */
  secureCookies?: boolean;
  /** Login attempts per minute per client address; default 10. */
  loginPerMinute?: number;
  /** The background job queue (the CLI's runner): uploads queue detection, the admin starts jobs. */
  jobs?: JobsHandle;
  /** Freshness thresholds in days (SENTINEL_FRESHNESS_*); default 2 and 2. */
  freshness?: { feedDays: number; runDays: number };
  /** 一网统管 webhook: when given, the outbox worker runs while the server is up. */
  webhook?: WebhookTarget;
  /**
   * Demo mode only (`sentinel start` on its demo district): the demo's clock,
   * which every service reads (deadlines, overdue, step times) and the
   * administrator can move forward. Sessions keep the real clock.
   */
  demoClock?: DemoClock;
}

export type App = FastifyInstance;

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? { level: 'info' },
    // Request ids appear in every error body so staff can quote one to support.
    genReqId: (() => { let n = 0; return () => `req-${Date.now().toString(36)}-${(n++).toString(36)}`; })(),
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addSchema(ErrorBody);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: '群租哨兵 Sentinel API', version: '0.1.0', description: '群租治理平台接口：数据导入、房屋、数字吹哨、闭环处置。' },
      tags: [
        { name: 'system', description: '系统状态' },
        { name: 'imports', description: '数据导入批次与被拒行' },
        { name: 'houses', description: '房屋（一户一档）' },
        { name: 'map', description: '作战图（GeoJSON）' },
        { name: 'detection', description: '数字吹哨：检测批次与预警' },
        { name: 'documents', description: '文书、通报、考核与导出' },
        { name: 'calendar', description: '工作日历调整（节假日、调休）' },
        { name: 'cooperation', description: '拒不配合记录（年度考核扣分依据）' },
        { name: 'operations', description: '运行监控：后台任务、一网统管推送、数据新鲜度' },
        { name: 'directory', description: '组织机构：单位与人员' },
        { name: 'survey', description: '宣传摸底：走访名单、走访登记、进度、出租房屋和群租房屋总表' },
        { name: 'referral', description: '疏堵结合：疏导房源、案件疏导推荐与入住' },
        { name: 'patrol', description: '三级动态管理：房屋等级、每周巡查计划、上门核查、等级变化日志' },
        { name: 'rental-parties', description: '人员分类与房东信用：房东、二房东、租赁企业、经纪机构，其房屋、历史与信用记录' },
      ],
    },
  });
  const secureCookies = options.secureCookies ?? false;
  // Before every other hook and route, so that every answer carries them.
  registerSecurityHeaders(app, { https: secureCookies });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerErrorHandler(app);
  registerInputGuard(app);
  // Sessions, login throttling and request ids run on real time; everything the
  // services decide (deadlines, overdue, when a step happened) on `now`, the demo clock in demo mode.
  const realNow = options.now ?? Date.now;
  const demoClock = options.demoClock ?? null;
  const now = demoClock ? demoClock.now : realNow;
  await registerAuth(app, { db: options.db, now: realNow, secureCookies });

  await app.register(healthRoutes(options.db), { prefix: '/api' });
  await app.register(importRoutes(options.db, now), { prefix: '/api/imports' });
  await app.register(houseRoutes(options.db, now), { prefix: '/api/houses' });
  await app.register(authRoutes({ db: options.db, now: realNow, secureCookies, loginPerMinute: options.loginPerMinute ?? 10 }), { prefix: '/api/auth' });
  await app.register(userRoutes(options.db, now), { prefix: '/api/users' });
  await app.register(caseRoutes(options.db, now), { prefix: '/api' });
  const attachmentsDir = options.attachmentsDir ?? defaultAttachmentsDir();
  await app.register(householdRoutes(options.db, now, { dir: attachmentsDir }, options.uploadLimits?.attachmentBytes), { prefix: '/api/households' });
  await app.register(consumptionRoutes(options.db, now), { prefix: '/api/houses' });
  await app.register(houseAccessRoutes(options.db, now), { prefix: '/api/houses' });
  await app.register(mapRoutes(options.db, now), { prefix: '/api/map' });
  await app.register(detectionRoutes(options.db, now), { prefix: '/api' });
  await app.register(alertsExportRoutes(options.db, now), { prefix: '/api' });
  await app.register(documentRoutes(options.db, now), { prefix: '/api' });
  await app.register(calendarRoutes(options.db, now), { prefix: '/api/admin/calendar' });
  await app.register(clockRoutes(options.db, now, demoClock), { prefix: '/api/clock' });
  await app.register(cooperationRoutes(options.db, now), { prefix: '/api' });
  await app.register(uploadRoutes(options.db, now, options.jobs ?? null, options.uploadLimits?.importBytes), { prefix: '/api/imports' });
  await app.register(operationsRoutes(options.db, now, options.jobs ?? null, options.freshness ?? { feedDays: 2, runDays: 2 }), { prefix: '/api' });
  await app.register(todoRoutes(options.db, now), { prefix: '/api/todo' });
  await app.register(directoryRoutes(options.db, now), { prefix: '/api' });
  await app.register(surveyRoutes(options.db, now), { prefix: '/api' });
  await app.register(referralRoutes(options.db, now), { prefix: '/api' });
  await app.register(rentalPartyRoutes(options.db, now), { prefix: '/api' });
  await app.register(patrolRoutes(options.db, now), { prefix: '/api' });
  // Last: the built web app and its SPA fallback for every non-/api path.
  await app.register(webStatic);
  const webhook = options.webhook;
  if (webhook) {
    let worker: { stop: () => Promise<void> } | null = null;
    app.addHook('onReady', async () => {
      worker = startOutboxWorker(options.db, webhook, { onError: (err) => app.log.error({ err }, 'webhook outbox') });
    });
    app.addHook('onClose', async () => worker?.stop());
  }
  return app;
}
