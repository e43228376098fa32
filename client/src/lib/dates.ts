// deadlines and dates are the union's, in Beijing time, wherever the phone thinks it is; the browser's own Intl
// does it, so the phone downloads no date library
const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function shanghai(at: string | number): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(at)).map((part) => [part.type, part.value]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

export const formatDate = (iso: string): string => {
  const { year, month, day } = shanghai(iso);
  return `${year}-${month}-${day}`;
};
export const formatDateTime = (iso: string): string => {
  const { hour, minute } = shanghai(iso);
  return `${formatDate(iso)} ${hour}:${minute}`;
};
export const formatClock = (epochMs: number): string => {
  const { hour, minute } = shanghai(epochMs);
  return `${hour}:${minute}`;
};
