// 案件文书: each of the five documents is first 出具 (issued: one explicit
// click takes its 文号 and the server keeps the document), then printed as PDF
// (opened in a new tab, where the browser's PDF viewer prints it) or
// downloaded as Word, as often as needed — always the same number and text.
import { useState } from 'react';
import { App, Button, Card, List, Popconfirm, Space, Typography } from 'antd';
import { FileWordOutlined, PrinterOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { handleRequestError } from '../../app/error-handler.ts';
import { fetchFile, saveFile, showFileIn } from '../../app/file.ts';
import { useRequest } from '../../app/use-request.ts';
import { CASE_DOCUMENTS, caseDocumentUrl, fetchIssuedDocuments, issueDocument, type CaseDocumentKind } from './documents.ts';

type Busy = `${CaseDocumentKind}.${'pdf' | 'docx' | 'issue'}` | null;

export function DocumentsCard({ caseId }: { caseId: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Busy>(null);
  const issued = useRequest((signal) => fetchIssuedDocuments(caseId, signal), [caseId]);

  async function issue(kind: CaseDocumentKind, label: string): Promise<void> {
    setBusy(`${kind}.issue`);
    try {
      const doc = await issueDocument(caseId, kind);
      void message.success(`已出具${label}，文号 ${doc.documentNumber}（${doc.issuingUnit}）`);
      issued.reload();
    } catch (err) {
      handleRequestError(err);
    } finally {
      setBusy(null);
    }
  }

  async function download(kind: CaseDocumentKind, format: 'pdf' | 'docx'): Promise<void> {
    // The tab must open inside the click, before the await, or the popup blocker stops it.
    const tab = format === 'pdf' ? window.open('about:blank', '_blank') : null;
    setBusy(`${kind}.${format}`);
    try {
      const file = await fetchFile(caseDocumentUrl(caseId, kind, format));
      if (tab) showFileIn(tab, file);
      else saveFile(file);
    } catch (err) {
      tab?.close();
      handleRequestError(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card title="案件文书" style={{ marginBottom: 16 }} data-testid="case-documents">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        文书须先「出具」：出具时取得文号并由发文机关（街道办事处或综合执法队）落款，居委会负责送达。出具后可反复打印、下载，文号和内容不变。
      </Typography.Paragraph>
      <List
        size="small"
        loading={issued.loading && !issued.data}
        dataSource={[...CASE_DOCUMENTS]}
        renderItem={(d) => {
          const doc = issued.data?.find((x) => x.kind === d.kind);
          return (
            <List.Item
              data-testid={`document-${d.kind}`}
              actions={doc ? [
                <Button
                  key="pdf"
                  size="small"
                  icon={<PrinterOutlined />}
                  href={caseDocumentUrl(caseId, d.kind, 'pdf')}
                  target="_blank"
                  aria-label={`${d.label} 打印（PDF）`}
                  loading={busy === `${d.kind}.pdf`}
                  onClick={(e) => { e.preventDefault(); void download(d.kind, 'pdf'); }}
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
                  onClick={(e) => { e.preventDefault(); void download(d.kind, 'docx'); }}
                >
                  下载 Word
                </Button>,
              ] : [
                <Popconfirm
                  key="issue"
                  title={`出具${d.label}？`}
                  description="出具将占用一个文号并记入操作日志，出具后不能撤回。"
                  okText="出具"
                  cancelText="取消"
                  onConfirm={() => issue(d.kind, d.label)}
                >
                  <Button size="small" type="primary" icon={<SafetyCertificateOutlined />} aria-label={`出具${d.label}`} loading={busy === `${d.kind}.issue`}>
                    出具
                  </Button>
                </Popconfirm>,
              ]}
            >
              <Space direction="vertical" size={0}>
                {d.label}
                {doc && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {doc.documentNumber} · {doc.issuingUnit} · {doc.issuedByName}出具于{new Date(doc.issuedAt).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })}
                  </Typography.Text>
                )}
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
