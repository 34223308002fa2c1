// 红 / 黄 / 绿: the alert level as the coloured tag every alert view uses.
import { Tag } from 'antd';
import type { AlertLevel } from '@sentinel/domain';

const LEVELS: Record<AlertLevel, { color: string; text: string }> = {
  red: { color: 'red', text: '红' }, yellow: { color: 'gold', text: '黄' }, green: { color: 'green', text: '绿' },
};

export function LevelTag({ level }: { level: AlertLevel }) {
  return <Tag color={LEVELS[level].color}>{LEVELS[level].text}</Tag>;
}
