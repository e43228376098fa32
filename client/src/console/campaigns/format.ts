import { fenToYuan } from '../../lib/money';

/** Money as the campaign pages show it: ¥ and yuan with separators. */
export const yuan = (fen: number) => `¥${fenToYuan(fen)}`;
