/**
 * The headers every page and answer of Bangfu carries, the same from the API (helmet), `vite preview` and the
 * deployment's nginx, so a policy the apps pass in tests is the policy they run under.
 */
const CONTENT_SECURITY_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // antd writes its component styles into <style> elements at run time
  'style-src': ["'self'", "'unsafe-inline'"],
  // evidence previews are blob: URLs; antd's icons are data: URLs
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CONTENT_SECURITY_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  // browsers keep it only from an HTTPS answer; behind TLS it pins the site to HTTPS for a year
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'Permissions-Policy': 'geolocation=(), microphone=(), payment=()',
};
