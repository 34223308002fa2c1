// The services' clock (GET, every signed-in user) and the demo's today (PUT,
// administrator, demo mode only).
import { Type, type Static } from '@sinclair/typebox';
import { Day } from './kit.ts';

export const ClockView = Type.Object({
  demo: Type.Boolean({ description: '是否演示模式（只有演示模式可以调整演示日期）' }),
  now: Type.String({ format: 'date-time', description: '服务器当前时间（演示模式下为演示时钟）' }),
  today: Day('服务器当前日期（上海时间）'),
  offsetDays: Type.Integer({ minimum: 0, description: '演示日期比实际日期提前的天数' }),
});
export type ClockView = Static<typeof ClockView>;

export const DemoTodayBody = Type.Object({ today: Day('新的演示日期 YYYY-MM-DD（上海时间），只能向后调整') });
export type DemoTodayBody = Static<typeof DemoTodayBody>;
