import type { AidType } from '../enums/index.js';

/** How an item can be pre-filled from data; MANUAL items are scored by the inspectors only. */
export type MeasuredBy = 'MANUAL' | 'FILES_IN_SYSTEM' | 'REAL_NAME_REGISTERS' | 'WORKING_BUDGET' | 'AID_FUND' | 'ACTIVITY';

export interface RubricItem {
  key: string;
  label: string;
  points: number;
  measuredBy: MeasuredBy;
  /** For ACTIVITY items: the aid types whose cases this year show the activity ran. */
  aidTypes?: AidType[];
}

export interface RubricCategory {
  key: string;
  label: string;
  /** Wuhan tiers group categories into hardware and mechanisms. */
  group: 'HARDWARE' | 'MECHANISMS' | 'OTHER';
  items: RubricItem[];
}

export interface Rubric {
  version: string;
  categories: RubricCategory[];
}

/** The Linyi 100-point rubric (domain.md §6), scored by the district, then by the city. */
export const LINYI_RUBRIC_2014: Rubric = {
  version: 'linyi-2014',
  categories: [
    {
      key: 'leadership',
      label: '组织领导和人员配备',
      group: 'MECHANISMS',
      items: [
        { key: 'headInCharge', label: '工会主席分管', points: 5, measuredBy: 'MANUAL' },
        { key: 'fixedStaff', label: '至少一名专职工作人员', points: 5, measuredBy: 'MANUAL' },
      ],
    },
    {
      key: 'premises',
      label: '场所和设施',
      group: 'HARDWARE',
      items: [
        { key: 'doorPlate', label: '门牌', points: 3, measuredBy: 'MANUAL' },
        { key: 'workBadges', label: '工作牌', points: 3, measuredBy: 'MANUAL' },
        { key: 'streetWindow', label: '临街自有或租赁服务窗口', points: 11, measuredBy: 'MANUAL' },
        { key: 'publicCenterWindow', label: '公共服务中心窗口', points: 8, measuredBy: 'MANUAL' },
        { key: 'officeEquipment', label: '办公设备', points: 5, measuredBy: 'MANUAL' },
      ],
    },
    {
      key: 'files',
      label: '困难职工档案',
      group: 'OTHER',
      items: [
        { key: 'originalsArchived', label: '原始档案归档', points: 5, measuredBy: 'MANUAL' },
        { key: 'dataInSystem', label: '档案数据录入系统', points: 5, measuredBy: 'FILES_IN_SYSTEM' },
        { key: 'realNameRegisters', label: '分类实名制帮扶台账', points: 5, measuredBy: 'REAL_NAME_REGISTERS' },
      ],
    },
    {
      key: 'funds',
      label: '经费',
      group: 'OTHER',
      items: [
        { key: 'workingBudget', label: '工作经费', points: 5, measuredBy: 'WORKING_BUDGET' },
        { key: 'aidFund', label: '帮扶资金', points: 6, measuredBy: 'AID_FUND' },
      ],
    },
    {
      key: 'activities',
      label: '帮扶活动',
      group: 'OTHER',
      items: [
        { key: 'living', label: '生活救助', points: 3, measuredBy: 'ACTIVITY', aidTypes: ['LIVING'] },
        { key: 'education', label: '助学', points: 3, measuredBy: 'ACTIVITY', aidTypes: ['EDUCATION'] },
        { key: 'medical', label: '医疗救助', points: 3, measuredBy: 'ACTIVITY', aidTypes: ['MEDICAL', 'MUTUAL_MEDICAL'] },
        { key: 'legal', label: '法律援助', points: 3, measuredBy: 'ACTIVITY', aidTypes: ['LEGAL_AID'] },
        { key: 'jobReferral', label: '职业介绍', points: 3, measuredBy: 'ACTIVITY', aidTypes: ['EMPLOYMENT', 'TRAINING'] },
        { key: 'petitions', label: '信访接待', points: 3, measuredBy: 'ACTIVITY', aidTypes: ['PETITION'] },
        { key: 'other', label: '其他帮扶', points: 2, measuredBy: 'ACTIVITY', aidTypes: ['DISASTER', 'ACCIDENT', 'OTHER'] },
      ],
    },
    {
      key: 'rules',
      label: '制度建设',
      group: 'MECHANISMS',
      items: [
        { key: 'writtenRules', label: '工作流程、制度、职责、资金管理办法', points: 10, measuredBy: 'MANUAL' },
        { key: 'rulesPosted', label: '制度上墙', points: 4, measuredBy: 'MANUAL' },
      ],
    },
  ],
};

export const rubricItems = (rubric: Rubric): RubricItem[] => rubric.categories.flatMap((category) => category.items);

/** Domain.md §6 thresholds. */
export const DEMONSTRATION_MIN_SCORE = 85;
export const PASSING_SCORE = 60;
export const TIBET_HOLDBACK_SHARE = 0.02;

export type WuhanTier = 'EXCELLENT' | 'ADVANCED' | 'STANDARD' | 'NONE';
const TIERS: [WuhanTier, number, number, number][] = [
  ['EXCELLENT', 0.8, 0.9, 0.8],
  ['ADVANCED', 0.7, 0.8, 0.7],
  ['STANDARD', 0.6, 0.7, 0.6],
];

/** Wuhan tiers from the share of hardware points, mechanism points and satisfaction (each 0..1). */
export function wuhanTier(hardware: number, mechanisms: number, satisfaction: number): WuhanTier {
  const tier = TIERS.find(([, h, m, s]) => hardware >= h && mechanisms >= m && satisfaction >= s);
  return tier ? tier[0] : 'NONE';
}

export interface AssessmentOutcome {
  districtTotal: number | null;
  cityTotal: number | null;
  /** The city's score once it has scored, else the district's. */
  finalTotal: number | null;
  hardwareShare: number | null;
  mechanismsShare: number | null;
  satisfactionRate: number | null;
  tier: WuhanTier;
  failing: boolean;
  subsidyHoldbackFen: number;
}

export const scoreTotal = (scores: Record<string, number> | null | undefined, items: RubricItem[]): number | null =>
  scores ? items.reduce((sum, item) => sum + (scores[item.key] ?? 0), 0) : null;

/**
 * What an assessment amounts to (domain.md §6): totals, Wuhan tier (satisfaction from case ratings) and, for a
 * failing station (below 60), the Tibet holdback of 2% of the year's higher-level subsidy.
 */
export function assessmentOutcome(
  rubric: Rubric,
  district: Record<string, number> | null | undefined,
  city: Record<string, number> | null | undefined,
  ratings: { rated: number; satisfied: number },
  higherSubsidyFen: number,
): AssessmentOutcome {
  const items = rubricItems(rubric);
  const final = city ?? district ?? null;
  const share = (group: RubricCategory['group']) => {
    const groupItems = rubric.categories.filter((category) => category.group === group).flatMap((category) => category.items);
    const max = groupItems.reduce((sum, item) => sum + item.points, 0);
    return final && max ? (scoreTotal(final, groupItems) ?? 0) / max : null;
  };
  const hardwareShare = share('HARDWARE');
  const mechanismsShare = share('MECHANISMS');
  const satisfactionRate = ratings.rated ? ratings.satisfied / ratings.rated : null;
  const finalTotal = scoreTotal(final, items);
  const failing = finalTotal !== null && finalTotal < PASSING_SCORE;
  return {
    districtTotal: scoreTotal(district, items),
    cityTotal: scoreTotal(city, items),
    finalTotal,
    hardwareShare,
    mechanismsShare,
    satisfactionRate,
    tier: hardwareShare === null || mechanismsShare === null ? 'NONE' : wuhanTier(hardwareShare, mechanismsShare, satisfactionRate ?? 0),
    failing,
    subsidyHoldbackFen: failing ? Math.round(higherSubsidyFen * TIBET_HOLDBACK_SHARE) : 0,
  };
}
