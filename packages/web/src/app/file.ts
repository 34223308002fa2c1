// Files the server generates (case documents, bulletins): fetched as a blob
// rather than followed as a plain link, so that a refusal (no permission, no
// CJK font for the PDF, a field the case lacks) shows the server's Chinese
// message instead of a browser download error, and so that a PDF sent as an
// attachment can still open in the browser's own viewer — the print view.
import { ApiError, NETWORK_ERROR, toApiError } from './request.ts';

export interface FetchedFile {
  blob: Blob;
  /** From Content-Disposition's filename* (the Chinese name), else the ASCII one. */
  filename: string;
  /** X-Document-Number of a numbered case document, decoded; null for other files. */
  documentNumber: string | null;
}

function filenameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="([^"]+)"/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

export async function fetchFile(url: string): Promise<FetchedFile> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, '无法连接服务器，请检查网络后重试', null);
  }
  if (!res.ok) throw await toApiError(res);
  const number = res.headers.get('x-document-number');
  return {
    blob: await res.blob(),
    filename: filenameOf(res.headers.get('content-disposition'), url.split('/').pop() ?? 'download'),
    documentNumber: number ? decodeURIComponent(number) : null,
  };
}

/** Object URLs are freed after a minute: long enough for the viewer or the download to read them. */
const REVOKE_AFTER_MS = 60_000;

/** Saves the file under its server-given name (the browser's download). */
export function saveFile(file: FetchedFile): void {
  const href = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), REVOKE_AFTER_MS);
}

/**
 * Shows the file in `win`, a tab opened synchronously in the click handler
 * (a tab opened after the await would be stopped by the popup blocker).
 */
export function showFileIn(win: Window, file: FetchedFile): void {
  const href = URL.createObjectURL(file.blob);
  win.location.href = href;
  setTimeout(() => URL.revokeObjectURL(href), REVOKE_AFTER_MS);
}
