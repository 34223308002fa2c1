// Upload of one data file into the import (POST /api/imports/upload), by XHR
// so the page can show the upload's progress; the server then imports it.
import type { UploadResult } from '@sentinel/contract';
import { toApiError } from '../../app/request.ts';

export type { UploadResult };

function csrfToken(): string | null {
  const m = /(?:^|;\s*)sentinel_csrf=([^;]+)/.exec(document.cookie);
  return m ? decodeURIComponent(m[1]) : null;
}

export function uploadDataFile(table: string, file: File, onProgress: (percent: number) => void): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/imports/upload?table=${encodeURIComponent(table)}`);
    const token = csrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100)); };
    xhr.onerror = () => reject(new Error('无法连接服务器，请检查网络后重试'));
    xhr.onload = () => {
      const res = new Response(xhr.responseText, { status: xhr.status, headers: { 'content-type': 'application/json' } });
      if (xhr.status >= 200 && xhr.status < 300) res.json().then((b) => resolve(b as UploadResult), reject);
      else toApiError(res).then(reject, reject);
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
