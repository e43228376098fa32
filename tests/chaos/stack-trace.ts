/**
 * Whether an HTTP answer carries a stack trace: a V8 frame ("\n    at fn (file:1:2)", escaped or not) or a
 * stack field. An input echoed in a message ("… at "input.visitedAt" … 04:53:48") is not one.
 */
export const carriesStackTrace = (text: string): boolean =>
  /(\\n|\n)\s+at (\S+ \()?[^\s()]+:\d+:\d+\)?/.test(text) || /"stack(trace)?"\s*:/i.test(text);
