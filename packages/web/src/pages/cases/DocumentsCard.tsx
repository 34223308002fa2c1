// 文书打印: each of the five documents as PDF (opened in a new tab, where the
// browser's PDF viewer prints it) or Word. Every generation takes the next
// 文号, so nothing here loads by itself — only an explicit click asks the
// server, and the number it took is shown afterwards.
import { useState } from 'react';
import { App, Button, Card, List, Space, Typography } from 'antd';
import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { handleRequestError } from '../../app/error-handler.ts';
import { fetchFile, saveFile, showFileIn } from '../../app/file.ts';
import { CASE_DOCUMENTS, caseDocumentUrl, type CaseDocumentKind } from './documents.ts';

type Busy = `${CaseDocumentKind}.${'pdf' | 'docx'}` | null;

export function DocumentsCard({ caseId }: { caseId: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Busy>(null);
  const [numbers, setNumbers] = useState<Partial<Record<CaseDocumentKind, string>>>({});

  async function generate(kind: CaseDocumentKind, format: 'pdf' | 'docx', label: string): Promise<void> {
    // The tab must open inside the click, before the await, or the popup blocker stops it.
    const tab = format === 'pdf' ? window.open('about:blank', '_blank') : null;
    setBusy(`${kind}.${format}`);
    try {
      const file = await fetchFile(caseDocumentUrl(caseId, kind, format));
      if (tab) showFileIn(tab, file);
      else saveFile(file);
      if (file.documentNumber) {
        const number = file.documentNumber;
        setNumbers((n) => ({ ...n, [kind]: number }));
        void message.success(`已生成${label}，文号 ${number}`);
      }
    } catch (err) {
      tab?.close();
      handleRequestError(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card title="文书打印" style={{ marginBottom: 16 }} data-testid="case-documents">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        每次打印或下载都会占用一个新的文号（并记入操作日志），请在需要时再生成。
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={[...CASE_DOCUMENTS]}
        renderItem={(d) => (
          <List.Item
            actions={[
              <Button
                key="pdf"
                size="small"
                icon={<PrinterOutlined />}
                href={caseDocumentUrl(caseId, d.kind, 'pdf')}
                target="_blank"
                aria-label={`${d.label} 打印（PDF）`}
                loading={busy === `${d.kind}.pdf`}
                onClick={(e) => { e.preventDefault(); void generate(d.kind, 'pdf', d.label); }}
              >
                打印（PDF）
              </Button>,
              <Button
                key="docx"
                size="small"
                icon={<FileWordOutlined />}
                href={caseDocumentUrl(caseId, d.kind, 'docx')}
                aria-label={`${d.label} 下载 Word`}
                loading={busy === `${d.kind}.docx`}
                onClick={(e) => { e.preventDefault(); void generate(d.kind, 'docx', d.label); }}
              >
                下载 Word
              </Button>,
            ]}
          >
            <Space>
              {d.label}
              {numbers[d.kind] && <Typography.Text type="secondary" style={{ fontSize: 12 }}>上次文号 {numbers[d.kind]}</Typography.Text>}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
