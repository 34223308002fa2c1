// 出租房屋和群租房屋总表: the master list the 双清 plan asks phase 1 to
// produce, one row per listed dwelling in the official columns ("两个明确、
// 一个关注": division and use; owner, sublessor, tenants; relapse points).
// Personal data is masked as everywhere by default (张**, 138****5678): the
// workbook leaves the office, and the unmasked view stays the audited reveal
// in the house file. Each export is logged.
import { listPartiesOfHouses, type PartyRow } from '@sentinel/db';
import { toXlsx, type XlsxColumn, type XlsxRow } from '@sentinel/documents';
import {
  DWELLING_USE_LABELS, SURVEY_OUTCOME_LABELS, SURVEY_TARGET_REASON_LABELS, SURVEY_TARGET_STATE_LABELS, shanghaiDay, dayToIso,
} from '@sentinel/domain';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { FORMAT_MIME, type GeneratedFile } from '../documents/case-document.ts';
import { maskName, maskPhone } from '../household/masking.ts';
import { campaignInScope } from './scope.ts';
import { targetsWithVisits } from './views.ts';

/** The official columns, in the order of the paper form. */
export const SURVEY_MASTER_LIST_COLUMNS: readonly XlsxColumn[] = [
  { key: 'seq', header: '序号', format: 'integer', width: 6 },
  { key: 'neighborhood', header: '居民区', width: 14 },
  { key: 'community', header: '小区', width: 14 },
  { key: 'address', header: '房屋地址', width: 30 },
  { key: 'area_m2', header: '建筑面积（㎡）', format: 'decimal', width: 12 },
  { key: 'reasons', header: '列入原因', width: 20 },
  { key: 'state', header: '摸排情况', width: 12 },
  { key: 'use', header: '房屋使用情况', width: 12 },
  { key: 'original_rooms', header: '原始房间数', format: 'integer', width: 10 },
  { key: 'current_rooms', header: '现有房间数', format: 'integer', width: 10 },
  { key: 'partitioned', header: '是否分隔', format: 'boolean', width: 9 },
  { key: 'occupants', header: '居住人数', format: 'integer', width: 9 },
  { key: 'owner', header: '业主', width: 10 },
  { key: 'owner_phone', header: '业主电话', width: 14 },
  { key: 'sublessor', header: '转租人（二房东）', width: 14 },
  { key: 'sublessor_phone', header: '转租人电话', width: 14 },
  { key: 'tenants', header: '登记承租人数', format: 'integer', width: 12 },
  { key: 'group_rental', header: '疑似群租', format: 'boolean', width: 9 },
  { key: 'relapse_watch', header: '回潮重点关注', format: 'boolean', width: 12 },
  { key: 'notice_served', header: '已送达告知书', format: 'boolean', width: 12 },
  { key: 'visitor_unit', header: '走访单位', width: 18 },
  { key: 'visited_on', header: '走访日期', format: 'date', width: 12 },
  { key: 'note', header: '备注', width: 24 },
];

function firstOf(parties: readonly PartyRow[], kind: PartyRow['kind']): PartyRow | undefined {
  return parties.find((p) => p.kind === kind);
}

export async function exportSurveyMasterList({ ctx, input }: { ctx: ServiceContext; input: { campaignId: string } }): Promise<GeneratedFile> {
  requirePermission(ctx, 'survey.view');
  return ctx.db.transaction(async (tx) => {
    const campaign = await campaignInScope(tx, ctx, input.campaignId);
    const targets = await targetsWithVisits(tx, ctx, campaign);
    const parties = await listPartiesOfHouses(tx, targets.map((t) => t.target.houseId));
    const byHouse = new Map<string, PartyRow[]>();
    for (const p of parties) byHouse.set(p.houseId, [...(byHouse.get(p.houseId) ?? []), p]);
    const rows: XlsxRow[] = targets.map(({ target, view }, i) => {
      const own = byHouse.get(target.houseId) ?? [];
      const owner = firstOf(own, 'owner');
      const sublessor = firstOf(own, 'sublessor');
      const v = view.lastVisit;
      const conclusive = view.state === 'surveyed' || view.state === 'not_rented';
      return {
        seq: i + 1, neighborhood: target.neighborhood, community: target.community, address: target.address, area_m2: target.areaM2,
        reasons: view.reasons.map((r) => SURVEY_TARGET_REASON_LABELS[r]).join('、'),
        state: SURVEY_TARGET_STATE_LABELS[view.state],
        use: v?.use ? DWELLING_USE_LABELS[v.use] : conclusive || !v ? null : SURVEY_OUTCOME_LABELS[v.outcome],
        original_rooms: v?.originalRooms ?? null, current_rooms: v?.currentRooms ?? null, partitioned: v?.partitioned ?? null, occupants: v?.occupants ?? null,
        owner: owner ? maskName(owner.name) : null, owner_phone: owner?.phone ? maskPhone(owner.phone) : null,
        sublessor: sublessor ? maskName(sublessor.name) : null, sublessor_phone: sublessor?.phone ? maskPhone(sublessor.phone) : null,
        tenants: own.filter((p) => p.kind === 'tenant').length,
        group_rental: v ? v.suspectedGroupRental : null,
        relapse_watch: view.lastVisit ? targets[i].visits.some((x) => x.relapseWatch) : null,
        notice_served: view.noticeServed,
        visitor_unit: v?.visitorUnit ?? null, visited_on: v ? dayToIso(shanghaiDay(Date.parse(v.visitedAt))) : null, note: v?.note ?? null,
      };
    });
    const bytes = await toXlsx({ sheetName: '出租房屋和群租房屋总表', columns: SURVEY_MASTER_LIST_COLUMNS, rows });
    await recordAudit(tx, ctx, { action: 'survey.master_list_export', targetKind: 'survey_campaign', targetId: campaign.id, detail: { rows: rows.length, masked: true } });
    const day = dayToIso(shanghaiDay(ctx.now()));
    return { bytes, filename: `出租房屋和群租房屋总表-${campaign.name}-${day}.xlsx`, asciiFilename: `survey-master-list-${day}.xlsx`, mime: FORMAT_MIME.xlsx };
  });
}
