// Documents, bulletins, assessment and XLSX exports through the API, on a
// month of real loop activity (scenario.ts), on PGlite and PostgreSQL.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { SUB, OWN } from '../../../services/test/closed-loop/fixtures.ts';
import { as, startHarness, type Harness } from '../loop/harness.ts';
import { dayToIso, ROLES, shanghaiDay } from '@sentinel/domain';
import { playScenario, signInAgain, type Scenario } from './scenario.ts';
import { sqlFigures } from './bulletin-sql.ts';
import * as readBack from '../../../documents/test/helpers/read-back.ts';

async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')?.async('string');
  return (xml ?? '').replace(/<[^>]+>/g, '');
}

async function sheetRows(body: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) => { rows.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : String(v ?? '')))); });
  return rows;
}

describeEachEngine('documents, bulletins, assessment and exports API', (engine) => {
  let h: Harness;
  let s: Scenario;
  beforeAll(async () => {
    h = await startHarness(engine);
    s = await playScenario(h);
    await signInAgain(h, ROLES.flatMap((r) => [[r, 'own'], [r, 'other']] as const));
  }, 120_000);
  afterAll(async () => h?.close());
  const get = (url: string, role: Parameters<typeof as>[1], scope: 'own' | 'other' = 'own') => h.app.inject({ method: 'GET', url, headers: as(h, role, scope) });

  const post = (url: string, role: Parameters<typeof as>[1], scope: 'own' | 'other' = 'own', payload?: object) =>
    h.app.inject({ method: payload ? 'PUT' : 'POST', url, headers: as(h, role, scope), ...(payload ? { payload } : {}) });
  const issue = (kind: string, role: Parameters<typeof as>[1] = 'committee') => post(`/api/cases/${s.confirmedCase}/documents/${kind}`, role);
  const numbersTaken = async () => (await h.db.query<{ number: string }>('SELECT number FROM document_numbers ORDER BY sequence')).rows.map((r) => r.number);
  /** The staff who took a step, as the documents name them: `王小明（汾西居民区居委会）`. */
  const actorOf = async (evidenceKey: string) => (await h.db.query<{ name: string }>(
    `SELECT u.display_name || '（' || e.actor_unit || '）' AS name FROM case_events e JOIN users u ON u.id = e.actor_id
      WHERE e.case_id = $1 AND e.evidence ? $2 ORDER BY e.seq LIMIT 1`, [s.confirmedCase, evidenceKey])).rows[0]?.name;

  it('a document is issued once by POST: GET before is 404, every GET after gives the same 文号 and text; a second POST takes no number', async () => {
    const before = await get(`/api/cases/${s.confirmedCase}/documents/rectification_notice.docx`, 'committee');
    expect(before.statusCode).toBe(404);
    expect(before.json()).toMatchObject({ code: 'document.not_issued' });
    expect(await numbersTaken()).toEqual([]);

    const issued = await issue('rectification_notice');
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json()).toMatchObject({ kind: 'rectification_notice', documentNumber: '临汾群整〔2026〕第0001号', issuingUnit: '临汾路街道办事处', created: true });
    const again = await issue('rectification_notice', 'ops_center');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ documentNumber: '临汾群整〔2026〕第0001号', created: false });

    const reads = await Promise.all([1, 2, 3].map(() => get(`/api/cases/${s.confirmedCase}/documents/rectification_notice.docx`, 'committee')));
    const texts = await Promise.all(reads.map((r) => readBack.docxText(r.rawPayload)));
    expect(new Set(reads.map((r) => decodeURIComponent(String(r.headers['x-document-number']))))).toEqual(new Set(['临汾群整〔2026〕第0001号']));
    expect(new Set(texts).size).toBe(1);
    expect(await numbersTaken()).toEqual(['临汾群整〔2026〕第0001号']);
    const listed = await get(`/api/cases/${s.confirmedCase}/documents`, 'police');
    expect(listed.json()).toEqual([expect.objectContaining({ kind: 'rectification_notice', documentNumber: '临汾群整〔2026〕第0001号', issuingUnit: '临汾路街道办事处' })]);
  });

  it('rectification notice: issued by the 街道办事处 (版头 and 落款), served by the committee with the server named; names unmasked for the committee (logged), masked for the ops centre', async () => {
    const res = await get(`/api/cases/${s.confirmedCase}/documents/rectification_notice.docx`, 'committee');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('限期整改告知书-汾西路261弄12号101室.docx')}`);
    const lines = (await readBack.docxText(res.rawPayload)).split('\n');
    // GB/T 9704 order: issuing body, 文号, title … signature (issuing body, date).
    expect(lines.slice(0, 3)).toEqual(['临汾路街道办事处', '临汾群整〔2026〕第0001号', '限期整改告知书']);
    const text = lines.join('\n');
    expect(text).toContain('现责令你');
    expect(text).toContain('汾西路261弄12号101室');
    expect(text).toContain('张三丰');
    expect(readBack.squash(text)).toContain('送达单位汾西居民区居委会');
    const server = await actorOf('notices');
    expect(server).toBeTruthy();
    expect(readBack.squash(text)).toContain(`送达人（签名）${server}`);
    // Served 2026-03-06 (Friday) + 5 working days = 2026-03-13.
    expect(text).toContain('2026年3月13日');
    // 落款 by the authority, never by the committee (which appears only as 送达单位).
    expect(lines.slice(-3)).toEqual(['临汾路街道办事处', expect.stringMatching(/^2026年\d+月\d+日$/), '（盖章）']);
    const audit = await h.db.query<{ action: string; purpose: string | null }>(`SELECT action, purpose FROM audit_log WHERE target_id IN ($1, 'H1') AND action IN ('document.generate', 'document.download', 'personal_data.reveal') ORDER BY id`, [s.confirmedCase]);
    expect(audit.rows.slice(0, 2).map((r) => r.action)).toEqual(['document.generate', 'personal_data.reveal']);
    expect(audit.rows[1].purpose).toContain('临汾群整〔2026〕第0001号');
    expect(audit.rows.at(-1)?.action).toBe('personal_data.reveal');

    const masked = await readBack.docxText((await get(`/api/cases/${s.confirmedCase}/documents/rectification_notice.docx`, 'ops_center')).rawPayload);
    expect(masked).toContain('临汾群整〔2026〕第0001号');
    expect(masked).not.toContain('张三丰');
    expect(masked).toContain('张**');

    const pdf = readBack.squash(readBack.pdfText((await get(`/api/cases/${s.confirmedCase}/documents/rectification_notice.pdf`, 'committee')).rawPayload));
    expect(pdf).toContain('临汾路街道办事处临汾群整〔2026〕第0001号限期整改告知书');
    expect(pdf).toContain('印章位置');
    expect(pdf).toContain(readBack.squash(`送达人（签名）${server}`));
  });

  it('the issuer is configurable per subdistrict (admin): 综合执法队 issues the filing notice; a committee is refused as issuer', async () => {
    const admin = as(h, 'admin', 'own');
    const list = await h.app.inject({ method: 'GET', url: '/api/admin/document-issuers', headers: admin });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toContainEqual(expect.objectContaining({ kind: 'rental_filing_notice', issuer: 'subdistrict_office', issuingUnit: '临汾路街道办事处', isDefault: true }));
    const bad = await h.app.inject({ method: 'PUT', url: '/api/admin/document-issuers/rental_filing_notice', headers: admin, payload: { issuer: 'committee' } });
    expect(bad.statusCode).toBe(400);
    expect((await post('/api/admin/document-issuers/rental_filing_notice', 'ops_center', 'own', { issuer: 'enforcement_squad' })).statusCode).toBe(403);
    const set = await h.app.inject({ method: 'PUT', url: '/api/admin/document-issuers/rental_filing_notice', headers: admin, payload: { issuer: 'enforcement_squad' } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toContainEqual(expect.objectContaining({ kind: 'rental_filing_notice', issuer: 'enforcement_squad', issuingUnit: '临汾路街道综合执法队', isDefault: false }));

    expect((await issue('rental_filing_notice', 'police')).json()).toMatchObject({ issuingUnit: '临汾路街道综合执法队' });
    const text = await readBack.docxText((await get(`/api/cases/${s.confirmedCase}/documents/rental_filing_notice.docx`, 'committee')).rawPayload);
    expect(text.split('\n')[0]).toBe('临汾路街道综合执法队');
  });

  it('numbers issued concurrently on different documents are distinct and without gaps; one document issued concurrently takes one number', async () => {
    const results = await Promise.all([issue('population_registration_notice'), issue('population_registration_notice'), issue('inspection_checklist'), issue('inspection_checklist')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 201, 201]);
    expect(new Set(results.map((r) => r.json().documentNumber)).size).toBe(2);
    const seqs = (await h.db.query<{ sequence: number }>('SELECT sequence FROM document_numbers ORDER BY sequence')).rows.map((r) => r.sequence);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  });

  it('PDF too; out of jurisdiction 403; unknown kind 400; admin 403', async () => {
    const checklist = await readBack.docxText((await get(`/api/cases/${s.confirmedCase}/documents/inspection_checklist.docx`, 'committee')).rawPayload);
    expect(checklist).toContain('群租房屋检查表');
    expect(checklist).toContain('存在');
    // Inspectors named, with their unit.
    const inspector = await actorOf('checklist');
    expect(inspector).toBeTruthy();
    expect(checklist).toContain(inspector);
    const pdf = await get(`/api/cases/${s.confirmedCase}/documents/rectification_notice.pdf`, 'committee');
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get(`/api/cases/${s.confirmedCase}/documents/rectification_notice.docx`, 'committee', 'other')).statusCode).toBe(403);
    expect((await post(`/api/cases/${s.confirmedCase}/documents/legal_risk_notice`, 'committee', 'other')).statusCode).toBe(403);
    expect((await get(`/api/cases/${s.confirmedCase}/documents/ransom_note.docx`, 'committee')).statusCode).toBe(400);
    expect((await post(`/api/cases/${s.confirmedCase}/documents/ransom_note`, 'committee')).statusCode).toBe(400);
    expect((await get(`/api/cases/${s.confirmedCase}/documents/rectification_notice.docx`, 'admin')).statusCode).toBe(403);
  });

  it('未查 stays 未查: in the database, the API and both documents (the validator never coerces null to 否 or 0)', async () => {
    const stored = await h.db.query<{ checklist: Record<string, unknown> }>('SELECT checklist FROM cases WHERE id = $1', [s.confirmedCase]);
    expect(stored.rows[0].checklist).toMatchObject({ dormitory: null, letByBed: null, legalDependants: null, livingAreaM2: null, partitioned: true, nonLivingSpacesLet: { kitchen: null } });
    const api = (await get(`/api/cases/${s.confirmedCase}`, 'committee')).json();
    expect(api.checklist).toMatchObject({ dormitory: null, letByBed: null, legalDependants: null, livingAreaM2: null, partitioned: true, occupants: 9 });
    const docx = await readBack.docxText((await get(`/api/cases/${s.confirmedCase}/documents/inspection_checklist.docx`, 'committee')).rawPayload);
    const pdf = readBack.pdfText((await get(`/api/cases/${s.confirmedCase}/documents/inspection_checklist.pdf`, 'committee')).rawPayload);
    for (const text of [readBack.squash(docx), readBack.squash(pdf)]) {
      expect(text).toContain('1小区内设置单位宿舍未查');
      expect(text).toContain('2-1原始设计房间隔断后出租是');
      expect(text).toContain('同室居住者均为法定赡养、抚养、扶养关系未查');
      expect(text).not.toContain('且非法定赡养');
    }
  });

  it('templates: admin only, validated with every issue, then used for issuing', async () => {
    const admin = as(h, 'admin', 'own');
    const current = await h.app.inject({ method: 'GET', url: '/api/admin/templates/legal_risk_notice', headers: admin });
    expect(current.statusCode, current.body).toBe(200);
    expect(current.json()).toMatchObject({ isDefault: true, kind: 'legal_risk_notice' });
    const template = current.json().template;
    const put = (payload: object, who = admin) => h.app.inject({ method: 'PUT', url: '/api/admin/templates/legal_risk_notice', headers: who, payload });
    const bad = await put({ ...template, blocks: [{ type: 'paragraph', text: '{{adress}}' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'document.invalid_template' });
    expect(bad.json().message).toContain('$.blocks[0].text');
    expect((await put({ ...template, title: '改过的告知书' }, as(h, 'ops_center', 'own'))).statusCode).toBe(403);
    const ok = await put({ ...template, title: '群租风险告知书（修订）', version: template.version + 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ isDefault: false });
    expect((await issue('legal_risk_notice')).statusCode).toBe(201);
    const doc = await docxText((await get(`/api/cases/${s.confirmedCase}/documents/legal_risk_notice.docx`, 'committee')).rawPayload);
    expect(doc).toContain('群租风险告知书（修订）');

    // The list shows all five in attachment order with their placeholders; 恢复默认 drops the copy (audited).
    const list = await h.app.inject({ method: 'GET', url: '/api/admin/templates', headers: admin });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().map((t: { kind: string }) => t.kind)).toEqual(['legal_risk_notice', 'rectification_notice', 'population_registration_notice', 'rental_filing_notice', 'inspection_checklist']);
    expect(list.json()[0]).toMatchObject({ isDefault: false, template: { title: '群租风险告知书（修订）' } });
    expect(list.json()[1].fields).toContainEqual({ name: 'deadlineDate', label: '期限届满日期', rowFields: [] });
    const reset = await h.app.inject({ method: 'DELETE', url: '/api/admin/templates/legal_risk_notice', headers: admin });
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json()).toMatchObject({ isDefault: true, template: { title: template.title } });
    expect((await h.app.inject({ method: 'DELETE', url: '/api/admin/templates/legal_risk_notice', headers: as(h, 'ops_center', 'own') })).statusCode).toBe(403);
  });

  it('bulletin: every figure equals the SQL over the real tables, for the subdistrict and each neighbourhood', async () => {
    for (const [from, to] of [['2026-03-01', '2026-03-31'], ['2026-03-04', '2026-03-08'], ['2026-01-01', '2026-12-31']] as const) {
      const res = await get(`/api/bulletins?from=${from}&to=${to}`, 'ops_center');
      expect(res.statusCode, res.body).toBe(200);
      const { bulletin } = res.json();
      const fromDay = bulletin.period.fromDay as number;
      const toDay = bulletin.period.toDay as number;
      const figures = [{ name: null as string | null, f: bulletin.overall }, ...bulletin.neighborhoods.map((n: { neighborhood: string; figures: unknown }) => ({ name: n.neighborhood, f: n.figures }))];
      for (const { name, f } of figures) {
        const q = await sqlFigures(h.db, SUB, fromDay, toDay, name);
        const pair = (r: { numerator: number; denominator: number }) => [r.numerator, r.denominator];
        expect({
          discovered: f.discovered, confirmed: f.confirmed, proactive: pair(f.proactiveDiscovery), disposal: pair(f.disposal), visibility: pair(f.visibility),
          relapse: pair(f.relapse), onsetMedian: f.onsetToDiscoveryDays.median, onsetCount: f.onsetToDiscoveryDays.count,
          rectifyMedian: f.discoveryToRectificationDays.median, rectifyCount: f.discoveryToRectificationDays.count,
          alertsRaised: f.alertsRaised, alertConfirmation: pair(f.alertConfirmation), complaints12345: f.complaints12345,
        }, `${from}..${to} ${name ?? '全街道'}`).toEqual(q);
      }
    }
    const march = (await get('/api/bulletins?from=2026-03-01&to=2026-03-31', 'ops_center')).json().bulletin.overall;
    // Non-trivial scenario: the figures are not all zero.
    expect(march).toMatchObject({ discovered: 3, confirmed: 1, alertsRaised: 3, complaints12345: 3, disposal: { numerator: 1, denominator: 1 }, alertConfirmation: { numerator: 1, denominator: 1 } });
    expect(march.onsetToDiscoveryDays.median).toBe(10);
  });

  it('bulletin and assessment agree on every committee: 未主动发现 deductions = 认定 − 主动发现, on the same cases', async () => {
    const bulletin = (await get('/api/bulletins?from=2026-01-01&to=2026-12-31', 'ops_center')).json();
    const assessment = (await get('/api/assessment?year=2026', 'ops_center')).json();
    expect(bulletin.bulletin.neighborhoods.length).toBeGreaterThan(0);
    for (const n of bulletin.bulletin.neighborhoods) {
      const unit = `${n.neighborhood}居委会`;
      const deducted = assessment.deductions.filter((x: { kind: string; unit: { name: string } }) => x.kind === 'unreported_group_rental' && x.unit.name === unit);
      expect(deducted.length, unit).toBe(n.figures.confirmed - n.figures.proactiveDiscovery.numerator);
    }
  });

  it('bulletin: issued once by the subdistrict office (POST), numbered, kept; a committee may not issue; history by month', async () => {
    const q = { from: '2026-03-01', to: '2026-03-31' };
    const before = (await get('/api/bulletins?from=2026-03-01&to=2026-03-31', 'ops_center')).json();
    expect(before).toMatchObject({ issuingUnit: '临汾路街道办事处', issued: null });
    expect(before.history.map((m: { month: string }) => m.month)).toEqual(['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    expect(before.history.at(-1).confirmed).toBe(before.bulletin.overall.confirmed);
    const draft = readBack.squash(await readBack.docxText((await get('/api/bulletins.docx?from=2026-03-01&to=2026-03-31', 'ops_center')).rawPayload));
    expect(draft).toContain('草稿');
    expect((await h.app.inject({ method: 'POST', url: '/api/bulletins/issue', headers: as(h, 'committee', 'own'), payload: q })).statusCode).toBe(403);
    const issued = await h.app.inject({ method: 'POST', url: '/api/bulletins/issue', headers: as(h, 'ops_center', 'own'), payload: q });
    expect(issued.statusCode, issued.body).toBe(201);
    const number = issued.json().issued.documentNumber as string;
    expect(number).toMatch(/^临汾群通〔2026〕第\d{4}号$/);
    const again = await h.app.inject({ method: 'POST', url: '/api/bulletins/issue', headers: as(h, 'safety_office', 'own'), payload: q });
    expect(again.statusCode).toBe(200);
    expect(again.json().issued.documentNumber).toBe(number);
    const [a, b] = await Promise.all([1, 2].map(async () => readBack.docxText((await get('/api/bulletins.docx?from=2026-03-01&to=2026-03-31', 'ops_center')).rawPayload)));
    expect(a).toBe(b);
    expect(a.split('\n').slice(0, 2)).toEqual(['临汾路街道办事处', number]);
    expect(a).not.toContain('草稿');
    const pdf = readBack.squash(readBack.pdfText((await get('/api/bulletins.pdf?from=2026-03-01&to=2026-03-31', 'ops_center')).rawPayload));
    expect(pdf).toContain(readBack.squash(`临汾路街道办事处${number}`));
  });

  it('bulletin scope and files: a committee sees its neighbourhood only; DOCX, PDF and XLSX; bad periods 400', async () => {
    const mine = (await get('/api/bulletins?from=2026-03-01&to=2026-03-31', 'committee')).json();
    expect(mine.jurisdiction).toBe(`${SUB}${OWN.neighborhood}`);
    expect(mine.bulletin.neighborhoods.map((n: { neighborhood: string }) => n.neighborhood)).toEqual([OWN.neighborhood]);
    expect(mine.bulletin.overall.complaints12345).toBe(1);
    expect((await get('/api/bulletins?from=2026-03-01&to=2026-03-31&neighborhood=阳曲居民区', 'committee')).statusCode).toBe(403);
    expect((await get('/api/bulletins?from=2026-03-01&to=2026-03-31', 'market')).statusCode).toBe(403);
    expect((await get('/api/bulletins?from=2026-03-31&to=2026-03-01', 'ops_center')).statusCode).toBe(400);
    const docx = await get('/api/bulletins.docx?from=2026-03-01&to=2026-03-31', 'ops_center');
    expect(docx.statusCode, docx.body).toBe(200);
    expect(await docxText(docx.rawPayload)).toContain('群租治理工作通报');
    const pdf = await get('/api/bulletins.pdf?from=2026-03-01&to=2026-03-31', 'safety_office');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await get('/api/bulletins.xlsx?from=2026-03-01&to=2026-03-31', 'admin');
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect((await sheetRows(xlsx.rawPayload))[0]).toEqual(['指标', '数值', '比率', '分子', '分母（或户数）']);
  });

  it('XLSX exports: Chinese headers, same rows and scope as the lists', async () => {
    const list = (await get('/api/cases?pageSize=100', 'ops_center')).json();
    const cases = await get('/api/cases/export.xlsx', 'ops_center');
    expect(cases.statusCode, cases.body).toBe(200);
    expect(cases.headers['content-disposition']).toContain(encodeURIComponent('案件列表.xlsx'));
    const rows = await sheetRows(cases.rawPayload);
    expect(rows[0].slice(0, 3)).toEqual(['案件编号', '地址', '居民区']);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(list.items.map((c: { number: string }) => c.number).sort());
    expect(rows.slice(1).every((r) => /^临汾群租〔2026〕\d{4}号$/.test(r[0]))).toBe(true);
    expect((await sheetRows((await get('/api/cases/export.xlsx', 'committee', 'other')).rawPayload)).length).toBe(1);

    const houses = await sheetRows((await get('/api/houses/export.xlsx', 'property')).rawPayload);
    expect(houses[0][0]).toBe('房屋编号');
    expect(houses.slice(1).every((r) => r[0].startsWith('H'))).toBe(true);
    expect(houses.length - 1).toBe(6);

    await h.db.exec(`INSERT INTO rejected_rows (batch_id, file, line, column_name, reason, raw) VALUES (1, 'houses.csv', 7, 'area_m2', '面积不是数字', 'H9,…')`);
    const rejected = await get('/api/imports/1/rejected/export.xlsx', 'ops_center');
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(await sheetRows(rejected.rawPayload)).toEqual([['文件', '行号', '列', '原因', '级别', '原始内容'], ['houses.csv', '7', 'area_m2', '面积不是数字', '错误（已拒收）', 'H9,…']]);
    expect((await get('/api/imports/1/rejected/export.xlsx', 'committee')).statusCode).toBe(403);
  });

  it('assessment: overdue verification deducted with its case; a group rental found by the whistle is 主动发现, not deducted', async () => {
    expect((await get('/api/assessment?year=2026', 'committee')).statusCode).toBe(403);
    const res = await get('/api/assessment?year=2026', 'safety_office');
    expect(res.statusCode, res.body).toBe(200);
    const { deductions, units } = res.json();
    const committee = '汾西居民区居委会';
    expect(deductions).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'overdue_task', unit: { role: 'committee', name: committee }, points: 1, evidence: expect.objectContaining({ caseId: s.overdueCase }) }),
    ]));
    expect(deductions).not.toContainEqual(expect.objectContaining({ kind: 'unreported_group_rental', evidence: expect.objectContaining({ caseId: s.confirmedCase }) }));
    expect(units).toEqual(expect.arrayContaining([expect.objectContaining({ unit: { role: 'committee', name: committee }, deducted: 1, score: 99 })]));
  });

  it('refused cooperation: recorded through the API, deducted with the refusal as evidence, withdrawn, listed; documented', async () => {
    const post = (url: string, payload: object, role: Parameters<typeof as>[1], scope: 'own' | 'other' = 'own') => h.app.inject({ method: 'POST', url, headers: as(h, role, scope), payload });
    const today = dayToIso(shanghaiDay(h.clock.t));
    const units = await get(`/api/cases/${s.confirmedCase}/cooperation-units`, 'ops_center');
    expect(units.statusCode, units.body).toBe(200);
    expect(units.json().units).toEqual([{ role: 'committee', name: '汾西居民区居委会' }, { role: 'property', name: '汾西小区物业' }]);

    const body = { caseId: s.confirmedCase, unitRole: 'property', unitName: '汾西小区物业', day: today, note: '拒绝提供出租房屋钥匙，联合检查无法入户' };
    const created = await post('/api/cooperation-refusals', body, 'safety_office');
    expect(created.statusCode, created.body).toBe(201);
    const refusal = created.json();
    expect(refusal).toMatchObject({ caseId: s.confirmedCase, unit: { role: 'property', name: '汾西小区物业' }, day: today, withdrawn: null, recordedByName: 'safety-office-own' });

    const refusalsOf = async () => (await get('/api/assessment?year=2026', 'ops_center')).json().deductions.filter((d: { kind: string }) => d.kind === 'refused_cooperation');
    expect(await refusalsOf()).toEqual([expect.objectContaining({ unit: { role: 'property', name: '汾西小区物业' }, points: 3, evidence: expect.objectContaining({ refusalId: refusal.id, caseId: s.confirmedCase }) })]);

    // Refused: a future day, a unit of another compound, no permission, another jurisdiction, a malformed body.
    const tomorrow = dayToIso(shanghaiDay(h.clock.t) + 1);
    const future = await post('/api/cooperation-refusals', { ...body, day: tomorrow }, 'safety_office');
    expect(future.statusCode).toBe(400);
    expect(future.json().message).toContain('（字段 day）');
    expect((await post('/api/cooperation-refusals', { ...body, unitName: '阳曲小区物业' }, 'safety_office')).json()).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('（字段 unitName）') });
    expect((await post('/api/cooperation-refusals', body, 'committee')).statusCode).toBe(403);
    expect((await post('/api/cooperation-refusals', body, 'ops_center', 'other')).json()).toMatchObject({ code: 'auth.out_of_jurisdiction' });
    expect((await post('/api/cooperation-refusals', { ...body, unitRole: 'police' }, 'safety_office')).statusCode).toBe(400);

    // The property company sees its own record, the committee none.
    expect((await get('/api/cooperation-refusals?year=2026', 'property')).json().items.map((i: { id: string }) => i.id)).toEqual([refusal.id]);
    expect((await get('/api/cooperation-refusals?year=2026', 'committee')).json().items).toEqual([]);

    const withdrawn = await post(`/api/cooperation-refusals/${refusal.id}/withdraw`, { reason: '物业已补交钥匙，经复核撤销' }, 'ops_center');
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().withdrawn).toMatchObject({ reason: '物业已补交钥匙，经复核撤销', byName: 'ops-center-own' });
    expect(await refusalsOf()).toEqual([]);
    expect((await post(`/api/cooperation-refusals/${refusal.id}/withdraw`, { reason: '再撤' }, 'ops_center')).statusCode).toBe(409);
    expect((await get(`/api/cooperation-refusals?caseId=${s.confirmedCase}`, 'ops_center')).json().items).toEqual([expect.objectContaining({ id: refusal.id, withdrawn: expect.objectContaining({ reason: '物业已补交钥匙，经复核撤销' }) })]);
    const audit = await h.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE target_kind = 'cooperation_refusal' AND target_id = $1 ORDER BY id`, [refusal.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['cooperation.record', 'cooperation.withdraw']);

    const paths = Object.keys((await h.app.inject({ method: 'GET', url: '/api/docs/json' })).json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/cooperation-refusals', '/api/cooperation-refusals/{refusalId}/withdraw', '/api/cases/{caseId}/cooperation-units']));
  });
});
