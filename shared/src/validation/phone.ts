/** Mainland mobile numbers: 11 digits starting with 1[3-9]. Without zod, so the sign-in screen can check one too. */
export const MOBILE_NUMBER = /^1[3-9]\d{9}$/;
