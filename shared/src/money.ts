/** Fen as yuan with two decimals, for messages (amounts are integer fen everywhere else). */
export const formatYuan = (fen: number): string => (fen / 100).toFixed(2);
