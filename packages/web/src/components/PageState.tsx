// Loading, error and empty states, the same on every page: a spinner while
// loading, the server's Chinese message with a retry button on error, an
// explanation when there is nothing to show.
import type { ReactNode } from 'react';
import { Button, Empty, Result, Spin } from 'antd';
import type { DescribedError } from '../app/error-handler.ts';

export interface PageStateProps {
  loading: boolean;
  error: DescribedError | null;
  empty?: boolean;
  emptyText?: string;
  onRetry?: () => void;
  children?: ReactNode;
}

export function ErrorState({ error, onRetry }: { error: DescribedError; onRetry?: () => void }) {
  return (
    <Result
      status={error.needsLogin ? 'warning' : 'error'}
      title={error.title}
      subTitle={<span role="alert">{error.detail}{error.requestId ? `（请求编号 ${error.requestId}）` : ''}</span>}
      extra={onRetry ? <Button type="primary" onClick={onRetry}>重试</Button> : undefined}
    />
  );
}

export function PageState({ loading, error, empty, emptyText, onRetry, children }: PageStateProps) {
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  if (loading) {
    return (
      <div style={{ padding: 48, textAlign: 'center' }} aria-busy="true">
        <Spin tip="加载中…" size="large"><div style={{ height: 48 }} /></Spin>
      </div>
    );
  }
  if (empty) return <Empty description={emptyText ?? '暂无数据'} style={{ padding: 48 }} />;
  return <>{children}</>;
}
