// 12345 tickets and patrol/resident/property reports: those that group
// rentals provoke (from group-rental-life.ts) plus the background every
// neighbourhood produces — noise, rubbish, leaks from upstairs, shops, and
// the "too many people" reports about big families and legal sharers.
import type { ComplaintChannel } from '@sentinel/domain';
import type { DemoCalendar } from './calendar.ts';
import type { ComplaintEvent } from './enforcement-types.ts';
import type { HouseholdPlan } from './household-types.ts';
import { streamFor, type Rng } from './rng.ts';
import { buildingAddress, neighbourRoom, variantAddress } from './address-variants.ts';
import { csvRow } from './csv.ts';
import { HISTORY_DAYS } from './group-rental-life.ts';
import { DEFAULT_WORLD, type World } from './world.ts';

const CHANNELS: Record<ComplaintChannel, number> = { '12345': 0.6, resident: 0.15, patrol: 0.1, property: 0.1, police: 0.03, other: 0.02 };
const CATEGORY: Record<ComplaintEvent['topic'], string> = {
  group_rental: '群租', noise: '噪音', fire: '消防安全', rubbish: '环境卫生', leak: '漏水', shop: '违规经营', other: '其他',
};

function poissonDays(rng: Rng, perYear: number, from: number, to: number): number[] {
  const out: number[] = [];
  const k = rng.poisson((perYear * (to - from)) / 365);
  for (let i = 0; i < k; i++) out.push(rng.int(from, to - 1));
  return out;
}

function event(rng: Rng, houseIndex: number, day: number, topic: ComplaintEvent['topic']): ComplaintEvent {
  return {
    houseIndex, day, minute: rng.int(450, 1410), channel: rng.weighted(CHANNELS), category: CATEGORY[topic], topic,
    precision: rng.weighted({ exact: 0.7, building: 0.2, neighbour: 0.1 }),
  };
}

/** Background reports for one dwelling over [−HISTORY_DAYS, count). */
export function backgroundComplaints(plan: HouseholdPlan, count: number, seed: number, world: World = DEFAULT_WORLD): ComplaintEvent[] {
  const k = world.complaintScale;
  const rng = streamFor(seed, 'complaints', plan.site.index);
  const i = plan.site.index;
  const out: ComplaintEvent[] = [];
  const from = -HISTORY_DAYS;
  for (const d of poissonDays(rng, 0.04 * k, from, count)) out.push(event(rng, i, d, rng.weighted({ noise: 0.45, rubbish: 0.2, other: 0.35 })));
  // Neighbours count heads, not family ties: big families and sharers draw "群租" reports too.
  const falseAlarm = plan.profile === 'multigen_family' || plan.profile === 'shared_rental' ? 0.25 : plan.profile === 'new_tenant' ? 0.12 : 0.004;
  for (const d of poissonDays(rng, falseAlarm * k, from, count)) out.push(event(rng, i, d, 'group_rental'));
  if (plan.leak) {
    // The flat below calls about water through the ceiling.
    const l = plan.leak;
    for (const d of poissonDays(rng, (365 / 40) * k, Math.max(from, l.start + 3), Math.min(count, l.end))) out.push(event(rng, i, d, 'leak'));
  }
  if (plan.business) {
    const b = plan.business;
    for (const d of poissonDays(rng, (b.kind === 'shop' ? 1 : 0.3) * k, Math.max(from, b.start), count)) out.push(event(rng, i, d, 'shop'));
  }
  return out;
}

const TEXT: Record<ComplaintEvent['topic'], string[]> = {
  group_rental: [
    '该户疑似群租，进出人员很多，晚上吵闹', '房东把房子隔成好几间出租，住了七八个人', '疑似群租，有上下铺，每天很多年轻人进出',
    '楼道里堆满电瓶车，怀疑是群租房', '隔壁好像是二房东在按床位出租',
  ],
  noise: ['楼上深夜噪音扰民', '半夜有人大声说话、拖拉行李箱', '凌晨还有人进进出出，关门声很响'],
  fire: ['楼道内电瓶车充电，存在消防隐患', '私拉电线给电瓶车充电，很危险', '房间里用大功率电器，担心火灾'],
  rubbish: ['楼道堆放垃圾杂物', '垃圾不分类乱扔，楼道很臭'],
  leak: ['楼上漏水，卫生间天花板渗水', '楼上水管漏水，联系不上房东', '家里天花板一直滴水，楼上没人'],
  shop: ['住宅底楼开店，噪音扰民', '居民楼内经营，油烟扰民', '住宅内加工生产，机器声很大'],
  other: ['小区停车难', '外墙空调滴水', '宠物狗夜间吠叫'],
};

export interface ComplaintRows {
  lines: string[];
  rows: number;
  quotedNewlines: number;
}

/** Renders events (any order) as complaints.csv rows sorted by time, with ticket ids. */
export function renderComplaints(events: ComplaintEvent[], plans: HouseholdPlan[], cal: DemoCalendar, seed: number): ComplaintRows {
  const rng = streamFor(seed, 'complaint-text');
  const sorted = [...events].sort((a, b) => a.day - b.day || a.minute - b.minute || a.houseIndex - b.houseIndex);
  const lines: string[] = [];
  let quotedNewlines = 0;
  sorted.forEach((ev, k) => {
    const site = plans[ev.houseIndex].site;
    const iso = isoOf(cal, ev.day);
    const hh = String(Math.floor(ev.minute / 60)).padStart(2, '0');
    const mm = String(ev.minute % 60).padStart(2, '0');
    const ss = String(rng.int(0, 59)).padStart(2, '0');
    const prefix = ev.channel === '12345' ? 'RX' : ev.channel === 'patrol' ? 'XC' : ev.channel === 'property' ? 'WY' : ev.channel === 'police' ? 'JQ' : 'JM';
    const ticket = `${prefix}-${iso.replace(/-/g, '')}-${String(k + 1).padStart(5, '0')}`;
    const receivedAt = `${iso}T${hh}:${mm}:${ss}${ev.channel === '12345' ? '+08:00' : ''}`;
    let address: string;
    if (ev.precision === 'building') address = buildingAddress(site, rng);
    else if (ev.precision === 'neighbour') address = variantAddress(site, rng, neighbourRoom(site, rng));
    else address = variantAddress(site, rng);
    // The source system matched some tickets to a house already (only when the caller gave the exact flat).
    const matched = ev.precision === 'exact' && rng.chance(ev.channel === 'property' || ev.channel === 'patrol' ? 0.45 : 0.2);
    let content = rng.pick(TEXT[ev.topic]);
    if (ev.precision === 'building') content = `${content}（具体门牌不清楚）`;
    if (rng.chance(0.03)) {
      // Hotline operators paste multi-line notes; RFC 4180 quoting keeps them in one field.
      content = `来电人反映：\n${content}\n要求尽快处理`;
      quotedNewlines++;
    }
    lines.push(csvRow([ticket, receivedAt, ev.channel, address, matched ? site.houseId : '', ev.category, content]));
  });
  return { lines, rows: sorted.length, quotedNewlines };
}

export const COMPLAINT_HEADER = ['ticket_id', 'received_at', 'channel', 'address', 'house_id', 'category', 'content'];

/** ISO date of a day index that may lie before the window. */
export function isoOf(cal: DemoCalendar, day: number): string {
  if (day >= 0 && day < cal.count) return cal.iso[day];
  return new Date((cal.firstDay + day) * 86_400_000).toISOString().slice(0, 10);
}
