import type { EvidenceSlot } from '@bangfu/shared/enums';
import { authHeaders, failureOf, NetworkError, type ErrorBody } from './graphql';

export interface UploadedDocument {
  id: string;
  url: string;
}

/**
 * Sends one photo. XMLHttpRequest rather than fetch because only it reports upload progress. The upload key makes a
 * retry after a dropped connection land on the same document.
 */
export function uploadEvidence(
  caseId: string,
  uploadKey: string,
  slot: EvidenceSlot,
  blob: Blob,
  onProgress?: (percent: number) => void,
): Promise<UploadedDocument> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', `/uploads/cases/${encodeURIComponent(caseId)}/${encodeURIComponent(uploadKey)}?slot=${slot}`);
    Object.entries(authHeaders()).forEach(([name, value]) => request.setRequestHeader(name, value));
    request.setRequestHeader('content-type', blob.type || 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () => reject(new NetworkError());
    request.ontimeout = () => reject(new NetworkError());
    request.onload = () => {
      const body = (() => {
        try {
          return JSON.parse(request.responseText) as ErrorBody & { document?: UploadedDocument };
        } catch {
          return null;
        }
      })();
      if (request.status >= 200 && request.status < 300 && body?.document) resolve(body.document);
      else reject(failureOf(request.status, body));
    };
    request.timeout = 120_000;
    request.send(blob);
  });
}
