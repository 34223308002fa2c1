// Demo data for the closed loop, so that `npm start` opens on a lived-in
// district: about 40 cases over every state of the loop — 未派单, 已派单 (some
// overdue), 核查中, 无法入户, 上报平安办, 排除群租, 已认定, 已告知 (with the
// notices served and their 文号 issued), 验收未通过, 已约谈, 集中联合整治,
// 已整改, 回头看, 已销案 and 已回潮 (whose linked case went straight to joint
// enforcement). Every case goes through the real services (intake,
// transitionCase, issueCaseDocument) at back-dated times over the last
// two months, so the case board, the bulletin and the assessment show real
// figures for this month and the last. Whistle cases come from the latest
// detection run's alerts below its top ranks (today's top whistles stay for
// the user to act on); some come from 12345 and patrols. Deterministic; runs
// once (skipped when any case exists). Demo mode only.
import { findUserByUsername, latestSucceededRun, type Database } from '@sentinel/db';
import {
  dayStartUtcMs, emptyChecklist, shanghaiDay, type CaseAction, type ChecklistAnswers, type ComplaintChannel, type TransitionEvidence,
} from '@sentinel/domain';
import { storeAttachment, type AttachmentStorage } from '../attachments/store-attachment.ts';
import type { CurrentUser, ServiceContext } from '../context.ts';
import { issueCaseDocument } from '../documents/case-document.ts';
import { openCaseFromAlert } from '../intake/open-from-alert.ts';
import { receiveReport } from '../intake/receive-report.ts';
import { DEMO_PHOTO } from '../survey/seed-demo-survey.ts';
import { toCurrentUser } from '../users/current-user.ts';
import { committeeUnitName } from '../users/unit-names.ts';
import { transitionCase } from './transition-case.ts';

type Actor = 'ops' | 'committee' | 'enforcement' | 'safety';
interface Step { readonly action: CaseAction; readonly by: Actor; /** Days after the previous step (at least). */ readonly gap: number }

const s = (action: CaseAction, by: Actor, gap: number): Step => ({ action, by, gap });
const DISPATCH = [s('dispatch', 'ops', 0), s('accept_dispatch', 'committee', 1)];
const CONFIRM = [...DISPATCH, s('confirm', 'committee', 1)];
const NOTIFY = [...CONFIRM, s('serve_notices', 'committee', 1)];
// A failed acceptance waits for the deadline (the step's day is moved past it when needed).
const REFUSE = [...NOTIFY, s('fail_acceptance', 'enforcement', 8)];
const INTERVIEW = [...REFUSE, s('interview', 'enforcement', 1)];
const RECTIFY = [...NOTIFY, s('pass_acceptance', 'enforcement', 5)];
const WATCH = [...RECTIFY, s('start_monitoring', 'safety', 1)];

/** The demo's cases: a path through the loop, how many, and how many days ago each one's last step was. */
const PLAN: readonly { readonly path: readonly Step[]; readonly endsAgo: readonly number[] }[] = [
  { path: [], endsAgo: [1, 0] },
  { path: [s('dispatch', 'ops', 0)], endsAgo: [9, 6, 1, 0] },
  { path: DISPATCH, endsAgo: [5, 1, 0] },
  { path: [...DISPATCH, s('record_no_access', 'committee', 1)], endsAgo: [3, 1] },
  { path: [...DISPATCH, s('record_no_access', 'committee', 1), s('report_to_safety_office', 'committee', 1)], endsAgo: [2] },
  { path: [...DISPATCH, s('rule_out', 'committee', 1)], endsAgo: [30, 12, 2] },
  { path: CONFIRM, endsAgo: [4, 0] },
  { path: NOTIFY, endsAgo: [14, 9, 3, 2, 0] },
  { path: REFUSE, endsAgo: [6, 1] },
  { path: INTERVIEW, endsAgo: [10, 2] },
  { path: [...INTERVIEW, s('fail_acceptance', 'enforcement', 5)], endsAgo: [3] },
  { path: [...INTERVIEW, s('fail_acceptance', 'enforcement', 5), s('complete_enforcement', 'safety', 3), s('start_monitoring', 'safety', 1)], endsAgo: [20] },
  { path: RECTIFY, endsAgo: [25, 4, 1] },
  // Found, verified, served and rectified the same day (the owner complied at once): this month always has a disposal.
  { path: [s('dispatch', 'ops', 0), s('accept_dispatch', 'committee', 0), s('confirm', 'committee', 0), s('serve_notices', 'committee', 0), s('pass_acceptance', 'enforcement', 0)], endsAgo: [0] },
  { path: [...WATCH, s('record_revisit', 'committee', 12)], endsAgo: [33, 15, 5, 0] },
  { path: [...WATCH, s('record_revisit', 'committee', 10), s('record_revisit', 'committee', 10), s('record_revisit', 'committee', 10), s('close', 'safety', 1)], endsAgo: [12, 3] },
  { path: [...WATCH, s('relapse', 'committee', 14)], endsAgo: [20, 2] },
];

/** Alerts of the latest run skipped, so that today's top whistles are still there to act on. */
const TOP_ALERTS_LEFT = 40;

function groupRental(i: number): ChecklistAnswers {
  return { ...emptyChecklist(), partitioned: true, originalRooms: 2, occupants: 7 + (i % 5), buildingAreaM2: 55 + (i % 4) * 5 };
}

function clearedChecklist(): ChecklistAnswers {
  return {
    ...emptyChecklist(), dormitory: false, partitioned: false, letByBed: false,
    nonLivingSpacesLet: { kitchen: false, bathroom: false, balcony: false, storage: false },
    originalRooms: 2, occupants: 3, legalDependants: false, buildingAreaM2: 62,
  };
}

const SOURCES: readonly (ComplaintChannel | 'whistle')[] = ['whistle', 'whistle', 'whistle', '12345', 'whistle', 'patrol', 'whistle', 'resident'];

interface Target { houseId: string; neighborhood: string; score: number; level: 'red' | 'yellow' | 'green'; reasons: string[]; runId: string }

async function demoUser(db: Database, username: string): Promise<CurrentUser | null> {
  const row = await findUserByUsername(db, username);
  return row ? toCurrentUser(row) : null;
}

/** The committee of another 居民区 than the demo account's: its staff, as the history records them (not an account). */
function committeeStaff(subdistrict: string, neighborhood: string): CurrentUser {
  const unitName = committeeUnitName(neighborhood);
  return { id: `demo-staff:${unitName}`, username: '', displayName: `${unitName}工作人员`, role: 'committee', unitName, jurisdiction: { subdistrict, neighborhood, communities: null } };
}

export async function seedDemoCases(db: Database, storage: AttachmentStorage, now = Date.now()): Promise<number> {
  if ((await db.query('SELECT 1 FROM cases LIMIT 1')).rows.length > 0) return 0;
  const [ops, committee, enforcement, safety] = await Promise.all(['ops', 'committee', 'enforcement', 'safety'].map((u) => demoUser(db, u)));
  if (!ops || !committee || !enforcement || !safety) return 0;
  const subdistrict = ops.jurisdiction.subdistrict;
  if (subdistrict === null) return 0; // the demo ops account is a subdistrict's
  const wanted = PLAN.reduce((n, p) => n + p.endsAgo.length, 0);
  const run = await latestSucceededRun(db, subdistrict);
  if (!run) return 0;
  const targets = (await db.query<Target>(
    `SELECT a.house_id AS "houseId", h.neighborhood, a.score, a.level, a.reasons, a.run_id AS "runId"
       FROM alerts a JOIN houses h ON h.house_id = a.house_id
      WHERE a.run_id = $1 AND h.subdistrict = $2
      ORDER BY a.rank OFFSET $3 LIMIT $4`, [run.id, subdistrict, TOP_ALERTS_LEFT, wanted])).rows;

  let clock = now;
  const ctxOf = (user: CurrentUser): ServiceContext => ({ db, user, now: () => clock });
  const committees = new Map<string, ServiceContext>([[committee.jurisdiction.neighborhood ?? '', ctxOf(committee)]]);
  const committeeFor = (nb: string): ServiceContext => {
    let ctx = committees.get(nb);
    if (!ctx) committees.set(nb, (ctx = ctxOf(committeeStaff(subdistrict, nb))));
    return ctx;
  };
  const today = shanghaiDay(now);
  let seeded = 0;
  let i = 0;
  for (const plan of PLAN) {
    for (const endsAgo of plan.endsAgo) {
      const t = targets[i];
      i += 1;
      if (!t) return seeded;
      const actors: Record<Actor, ServiceContext> = { ops: ctxOf(ops), committee: committeeFor(t.neighborhood), enforcement: ctxOf(enforcement), safety: ctxOf(safety) };
      // Days of the steps, counted back from the last one; the opening is the first step's day.
      const span = plan.path.reduce((n, st) => n + st.gap, 0);
      let day = today - endsAgo - span;
      const atOf = (d: number, k: number): number => Math.min(dayStartUtcMs(d) + 9.5 * 3_600_000 + k * 20 * 60_000, now - (plan.path.length + 1 - k) * 60_000);
      clock = atOf(day, 0);
      const source = SOURCES[i % SOURCES.length];
      const caseId = source === 'whistle'
        ? (await openCaseFromAlert({ ctx: actors.ops, input: { houseId: t.houseId, score: t.score, level: t.level, reasons: t.reasons, runId: t.runId } })).caseId
        : (await receiveReport({ ctx: actors.ops, input: { channel: source, houseId: t.houseId, ticketId: source === '12345' ? `DEMO-${t.houseId}` : null, category: '群租', content: '反映该户疑似群租，人员进出频繁' } })).caseId;
      if (!caseId) continue;
      seeded += 1;
      let due: number | null = null;
      let photo: string | null = null;
      for (const [k, st] of plan.path.entries()) {
        day += st.gap;
        if (st.action === 'fail_acceptance' && due !== null && day <= due) day = due + 1;
        if (day > today) break; // a holiday pushed the deadline past today: the case stays where it is
        clock = Math.max(clock + 60_000, atOf(day, k + 1));
        const ctx = actors[st.by];
        photo ??= (await storeAttachment({ ctx, input: { houseId: t.houseId, caseId, bytes: DEMO_PHOTO, originalName: '现场照片.jpg' }, storage })).id;
        const evidence = await evidenceFor(st.action, ctx, caseId, i, clock, photo);
        const result = await transitionCase({ ctx, input: { caseId, action: st.action, evidence } });
        due = result.case.deadline ? shanghaiDay(Date.parse(`${result.case.deadline.dueDate}T00:00:00+08:00`)) : null;
        if (st.action === 'confirm') await issueCaseDocument({ ctx, input: { caseId, kind: 'inspection_checklist' } });
      }
    }
  }
  return seeded;
}

/** The evidence of a step; one stand-in photo per case serves every step (the same bytes would be stored once anyway). */
async function evidenceFor(action: CaseAction, ctx: ServiceContext, caseId: string, i: number, at: number, photo: string): Promise<TransitionEvidence> {
  switch (action) {
    case 'confirm':
    case 'relapse':
      return { checklist: groupRental(i), photoIds: [photo], note: action === 'relapse' ? '回头看发现再次隔断出租' : '隔断出租，居住人数超标' };
    case 'rule_out':
      return { checklist: clearedChecklist(), photoIds: [photo], note: '一家三口整租，不属于群租' };
    case 'record_no_access':
      return { note: '多次上门无人应答，已张贴联系卡' };
    case 'report_to_safety_office':
      return { note: '连续三次无法入户，请求联合上门' };
    case 'serve_notices': {
      // The three notices are printed (文号 issued) before they are served.
      for (const kind of ['rectification_notice', 'population_registration_notice', 'rental_filing_notice']) await issueCaseDocument({ ctx, input: { caseId, kind } });
      const kinds = ['rectification', 'population_registration', 'rental_filing'] as const;
      const notices = [];
      for (const kind of kinds) notices.push({ kind, servedAt: at - 60_000, photoIds: [photo] });
      return { notices };
    }
    case 'pass_acceptance':
      return { units: ['enforcement', 'committee'], acceptance: { passed: true }, photoIds: [photo], note: '隔断已拆除，人员已清退' };
    case 'fail_acceptance':
      return { units: ['enforcement', 'committee'], acceptance: { passed: false, remainingViolations: '北间隔断仍未拆除，仍有 6 人居住' }, photoIds: [photo] };
    case 'interview':
      return { interviewed: ['owner', 'sublessor'], note: '约谈业主及二房东，承诺三日内整改' };
    case 'complete_enforcement':
      return { units: ['safety_office', 'enforcement', 'police'], photoIds: [photo], note: '拆除隔断，清退超员租户' };
    case 'record_revisit':
      return { photoIds: [photo], note: '未发现回潮' };
    default:
      return {};
  }
}
