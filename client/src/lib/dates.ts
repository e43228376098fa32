import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);
dayjs.extend(timezone);

// deadlines and dates are the union's, in Beijing time, wherever the phone thinks it is
const ZONE = 'Asia/Shanghai';

export const formatDate = (iso: string): string => dayjs(iso).tz(ZONE).format('YYYY-MM-DD');
export const formatDateTime = (iso: string): string => dayjs(iso).tz(ZONE).format('YYYY-MM-DD HH:mm');
export const formatClock = (epochMs: number): string => dayjs(epochMs).tz(ZONE).format('HH:mm');
