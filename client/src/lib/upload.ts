import type { EvidenceSlot } from '@bangfu/shared/enums';
import { ApiError, authHeaders, NetworkError } from './graphql';
import { session } from './session';

export interface UploadedDocument {
  id: string;
  url: string;
}

/**
 * Sends one photo. XMLHttpRequest rather than fetch because only it reports upload progress. The upload key makes a
 * retry after a dropped connection land on the same document.
 */
export function uploadEvidence(caseId: string, uploadKey: string, slot: EvidenceSlot, blob: Blob, onProgress?: (percent: number) => void): Promise<UploadedDocument> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', `/uploads/cases/${encodeURIComponent(caseId)}/${encodeURIComponent(uploadKey)}?slot=${slot}`);
    Object.entries(authHeaders()).forEach(([name, value]) => request.setRequestHeader(name, value));
    request.setRequestHeader('content-type', blob.type || 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () => reject(new NetworkError('offline'));
    request.ontimeout = () => reject(new NetworkError('timeout'));
    request.onload = () => {
      const body = (() => {
        try {
          return JSON.parse(request.responseText) as { document?: UploadedDocument; errors?: { message: string; extensions?: { code?: string } }[] };
        } catch {
          return null;
        }
      })();
      if (request.status >= 200 && request.status < 300 && body?.document) return resolve(body.document);
      if (request.status >= 500 || !body) return reject(new NetworkError(`HTTP ${request.status}`));
      const first = body.errors?.[0];
      if (first?.extensions?.code === 'UNAUTHENTICATED') session.expire();
      reject(new ApiError(first?.extensions?.code ?? 'BAD_USER_INPUT', first?.message ?? `HTTP ${request.status}`));
    };
    request.timeout = 120_000;
    request.send(blob);
  });
}
