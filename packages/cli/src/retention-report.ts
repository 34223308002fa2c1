// The retention job's report as lines of text: one per kind of data, for
// `sentinel retention` and the server's nightly run.
import type { RetentionReport } from '@sentinel/services';

const ACTION = { delete: '删除 delete', anonymise: '匿名化 anonymise' } as const;

export function formatRetentionReport(r: RetentionReport): string[] {
  const head = r.dryRun ? '保留期限清理（演练，未做任何修改）retention dry run, nothing changed' : '保留期限清理 retention run';
  const lines = [`${head} @ ${r.at.toISOString()}`];
  for (const l of r.lines) {
    const verb = r.dryRun ? '将' : '已';
    lines.push(`  ${l.rule.label}（${l.rule.kind}）保留 ${l.rule.days} 天，${l.cutoff.toISOString().slice(0, 10)} 之前：${verb}${ACTION[l.rule.action]} ${l.count.toLocaleString('en-US')} 条`);
  }
  if (!r.dryRun) lines.push(`  删除附件文件 attachment files removed: ${r.filesRemoved}`);
  lines.push('  已写入审计日志 recorded in the audit log');
  return lines;
}
