// A party's credit score and band (良好 / 一般 / 重点关注 / 失信), coloured.
import { Tag } from 'antd';

const COLOR: Record<string, string> = { 良好: 'green', 一般: 'blue', 重点关注: 'orange', 失信: 'red' };

export function CreditTag({ score, band }: { score: number; band: string }) {
  return <Tag color={COLOR[band] ?? 'default'} data-testid="credit-tag">{score} 分 · {band}</Tag>;
}
