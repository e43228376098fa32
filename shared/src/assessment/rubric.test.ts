import { describe, expect, it } from 'vitest';
import { LINYI_RUBRIC_2014, rubricItems, wuhanTier } from './rubric.js';

describe('the Linyi rubric', () => {
  it('has the categories and points of domain.md §6, 100 in all', () => {
    const byCategory = Object.fromEntries(
      LINYI_RUBRIC_2014.categories.map((c) => [c.key, c.items.reduce((sum, item) => sum + item.points, 0)]),
    );
    expect(byCategory).toEqual({ leadership: 10, premises: 30, files: 15, funds: 11, activities: 20, rules: 14 });
    expect(rubricItems(LINYI_RUBRIC_2014).reduce((sum, item) => sum + item.points, 0)).toBe(100);
  });
});

describe(wuhanTier.name, () => {
  it('gives each tier exactly at its thresholds and not just below', () => {
    expect(wuhanTier(0.6, 0.7, 0.6)).toBe('STANDARD');
    expect(wuhanTier(0.59, 0.7, 0.6)).toBe('NONE');
    expect(wuhanTier(0.7, 0.8, 0.7)).toBe('ADVANCED');
    expect(wuhanTier(0.7, 0.79, 0.7)).toBe('STANDARD');
    expect(wuhanTier(0.8, 0.9, 0.8)).toBe('EXCELLENT');
    expect(wuhanTier(0.8, 0.9, 0.79)).toBe('ADVANCED');
  });
});
