/**
 * The reference a worker quotes before the station registers the case (the case number comes at acceptance):
 * the first 8 characters of the draft's clientId, so the phone can show it even while the submission waits offline.
 */
export const caseReference = (clientId: string): string => {
  const head = clientId
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 8)
    .toUpperCase();
  return `${head.slice(0, 4)}-${head.slice(4)}`;
};
