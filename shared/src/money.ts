/** Fen as yuan with two decimals, for messages (amounts are integer fen everywhere else). */
export const formatYuan = (fen: number): string => (fen / 100).toFixed(2);

/** Yuan as written in a bank's file (`800`, `800.5`, `1,234.56`) to integer fen, without floating point; null if not money. */
export function parseYuan(text: string): number | null {
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/,/g, ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
