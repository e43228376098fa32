const YUAN = /^\d{1,8}(\.\d{1,2})?$/;

/** The worker types yuan; the API takes integer fen. Returns null for anything that is not an amount. */
export function yuanToFen(text: string): number | null {
  const value = text.trim();
  if (!YUAN.test(value)) return null;
  const [whole, fraction = ''] = value.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export const fenToYuan = (fen: number): string =>
  new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fen / 100);
