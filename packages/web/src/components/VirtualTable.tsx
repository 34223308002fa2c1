// A windowed table: only the rows in view (plus a margin) are in the DOM, so
// 100,000 houses scroll as smoothly as 100. Rows not loaded yet render as
// placeholders and are requested through onVisibleRange. Keyboard: the body
// is one tab stop; ↑/↓/PageUp/PageDown/Home/End move the active row, Enter opens it.
import { useCallback, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { Skeleton } from 'antd';

export interface VirtualColumn<T> {
  key: string;
  title: string;
  /** Pixels; the last column without width takes what is left. */
  width?: number;
  align?: 'left' | 'right' | 'center';
  render: (row: T) => ReactNode;
  /** The header becomes a sort button (the caller sorts its rows). */
  sortable?: boolean;
}

export interface SortState {
  key: string;
  order: 'ascend' | 'descend';
}

export interface VirtualTableProps<T> {
  columns: readonly VirtualColumn<T>[];
  rowCount: number;
  rowAt: (index: number) => T | undefined;
  rowKey: (row: T) => string;
  height: number;
  rowHeight?: number;
  onVisibleRange?: (start: number, end: number) => void;
  onOpen?: (row: T) => void;
  /** Accessible name of the grid. */
  label: string;
  rowClassName?: (row: T) => string | undefined;
  sort?: SortState;
  onSort?: (key: string) => void;
}

const OVERSCAN = 8;
/** A column without a width never gets narrower than this; below the sum the grid scrolls sideways inside its own box (a phone). */
const FLEX_MIN_WIDTH = 160;

export function VirtualTable<T>({ columns, rowCount, rowAt, rowKey, height, rowHeight = 40, onVisibleRange, onOpen, label, rowClassName, sort, onSort }: VirtualTableProps<T>) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(-1);
  const bodyHeight = height - rowHeight;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + bodyHeight) / rowHeight) + OVERSCAN);

  useEffect(() => { onVisibleRange?.(first, last); }, [first, last, onVisibleRange]);
  // A new result set starts at the top.
  useEffect(() => {
    setActive(-1);
    setScrollTop(0);
    if (bodyRef.current) bodyRef.current.scrollTop = 0;
  }, [rowCount]);

  const moveTo = useCallback((index: number) => {
    const i = Math.max(0, Math.min(rowCount - 1, index));
    setActive(i);
    const body = bodyRef.current;
    if (!body) return;
    const top = i * rowHeight;
    if (top < body.scrollTop) body.scrollTop = top;
    else if (top + rowHeight > body.scrollTop + bodyHeight) body.scrollTop = top + rowHeight - bodyHeight;
  }, [rowCount, rowHeight, bodyHeight]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor(bodyHeight / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (e.key in moves) { e.preventDefault(); moveTo((active < 0 ? 0 : active) + moves[e.key]); return; }
    if (e.key === 'Home') { e.preventDefault(); moveTo(0); return; }
    if (e.key === 'End') { e.preventDefault(); moveTo(rowCount - 1); return; }
    if (e.key === 'Enter' && active >= 0) {
      const row = rowAt(active);
      if (row && onOpen) { e.preventDefault(); onOpen(row); }
    }
  };

  const cell = (c: VirtualColumn<T>): CSSProperties => ({
    flex: c.width ? `0 0 ${c.width}px` : '1 1 0', minWidth: c.width ? 0 : FLEX_MIN_WIDTH, padding: '0 12px', overflow: 'hidden',
    textOverflow: 'ellipsis', whiteSpace: 'nowrap', textAlign: c.align ?? 'left',
  });

  // Header and body scroll sideways together; the page itself never does.
  const minWidth = columns.reduce((sum, c) => sum + (c.width ?? FLEX_MIN_WIDTH), 0);

  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const row = rowAt(i);
    const style: CSSProperties = {
      position: 'absolute', top: i * rowHeight, left: 0, right: 0, height: rowHeight, display: 'flex', alignItems: 'center',
      borderBottom: '1px solid #f0f0f0', cursor: row && onOpen ? 'pointer' : 'default',
      background: i === active ? '#e6f4ff' : undefined,
    };
    rows.push(
      <div
        key={row ? rowKey(row) : `placeholder-${i}`}
        id={`vt-row-${i}`}
        role="row"
        aria-rowindex={i + 2}
        aria-selected={i === active}
        className={row ? rowClassName?.(row) : undefined}
        style={style}
        onClick={() => { setActive(i); if (row && onOpen) onOpen(row); }}
      >
        {row
          ? columns.map((c) => <div key={c.key} role="gridcell" style={cell(c)}>{c.render(row)}</div>)
          : <div style={{ padding: '0 12px', width: '100%' }}><Skeleton.Input active size="small" block /></div>}
      </div>,
    );
  }

  return (
    <div role="grid" aria-label={label} aria-rowcount={rowCount + 1} style={{ border: '1px solid #f0f0f0', borderRadius: 8, background: '#fff', overflowX: 'auto' }}>
      <div style={{ minWidth }}>
        <div role="row" aria-rowindex={1} style={{ display: 'flex', height: rowHeight, alignItems: 'center', background: '#fafafa', fontWeight: 600, borderBottom: '1px solid #f0f0f0' }}>
          {columns.map((c) => {
            const sorted = sort?.key === c.key ? sort.order : undefined;
            return (
              <div key={c.key} role="columnheader" aria-sort={sorted === 'ascend' ? 'ascending' : sorted === 'descend' ? 'descending' : undefined} style={cell(c)}>
                {c.sortable && onSort
                  ? <button type="button" onClick={() => onSort(c.key)} style={{ all: 'unset', cursor: 'pointer' }}>{c.title}{sorted === 'ascend' ? ' ▲' : sorted === 'descend' ? ' ▼' : ' ⇅'}</button>
                  : c.title}
              </div>
            );
          })}
        </div>
        <div
          ref={bodyRef}
          tabIndex={0}
          aria-activedescendant={active >= 0 ? `vt-row-${active}` : undefined}
          onKeyDown={onKeyDown}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
          style={{ height: bodyHeight, overflowY: 'auto', position: 'relative' }}
          data-testid="virtual-body"
        >
          <div style={{ height: rowCount * rowHeight, position: 'relative' }}>{rows}</div>
        </div>
      </div>
    </div>
  );
}
