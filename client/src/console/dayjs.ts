import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/zh-cn';

// the console's date pickers and periods work in Beijing time; the phone app formats with Intl and loads none of this
dayjs.extend(utc);
dayjs.extend(timezone);
