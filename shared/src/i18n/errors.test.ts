import { describe, expect, it } from 'vitest';
import { pickLanguage, translate } from './errors.js';

describe(pickLanguage.name, () => {
  it('defaults to zh-CN', () => {
    expect(pickLanguage(undefined)).toBe('zh-CN');
    expect(pickLanguage('fr-FR')).toBe('zh-CN');
  });

  it('honours quality values', () => {
    expect(pickLanguage('zh-CN;q=0.5, en;q=0.9')).toBe('en');
    expect(pickLanguage('en-GB,zh-TW;q=0.9')).toBe('en');
    expect(pickLanguage('zh-TW,en;q=0.1')).toBe('zh-CN');
  });
});

describe(translate.name, () => {
  it('fills placeholders and names entities in the language', () => {
    expect(translate('notFound', 'zh-CN', { entity: 'unit' })).toBe('未找到单位');
    expect(translate('notFound', 'en', { entity: 'unit' })).toBe('Unit not found');
    expect(translate('auth.tooManyAttempts', 'en', { minutes: 15 })).toMatch(/15 minutes/);
  });
});
