import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import {
  AID_TYPE_NAMES,
  CASE_STATUS_NAMES,
  CATEGORY_NAMES,
  FUND_SOURCE_NAMES,
  formatYuan,
  reportPeriodName,
  shanghaiDateTime,
  TIER_NAMES,
} from '@bangfu/shared';
import { PrintedDocument } from '../../common/pdf.js';
import type { Unit } from '../org/unit.entity.js';
import type { StatReport } from './stat-report.entity.js';

const STATUS_NAMES: Record<StatReport['status'], string> = { SUBMITTED: '待上级审核', ACCEPTED: '已审核通过', RETURNED: '已退回' };
const TITLE = '困难职工帮扶工作统计表';

export interface ReturnToPrint {
  unit: Unit;
  report: StatReport;
  /** Names of the units a return was submitted without, by id. */
  unitNames: Map<string, string>;
  submittedBy: string;
}

interface Section {
  title: string;
  header: [string, string];
  rows: [string, string][];
}

const percent = (ratio: number | null) => (ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`);
const yuan = (fen: number) => formatYuan(fen);

/** A return's figures as a union sends them upward: one section per subject, indicator and value. */
function sectionsOf({ report, unitNames }: ReturnToPrint): Section[] {
  const figures = report.figures;
  const sections: Section[] = [
    {
      title: '一、案件办理情况',
      header: ['指标', '件数'],
      rows: [
        ['本期新增申请', String(figures.newCases)],
        ['本期作出决定', String(figures.decidedCases)],
        ['其中：批准', String(figures.approvedCases)],
        ['其中：不予批准', String(figures.rejectedCases)],
        ['本期办结', String(figures.closedCases)],
        ['办理天数中位数（天）', figures.medianDecisionDays === null ? '—' : String(figures.medianDecisionDays)],
        ['逾期未办结（截至提交时）', String(figures.overdueCases)],
      ],
    },
    {
      title: '二、案件状态分布（截至提交时）',
      header: ['状态', '件数'],
      rows: figures.casesByStatus.map((row) => [CASE_STATUS_NAMES['zh-CN'][row.status], String(row.count)]),
    },
    {
      title: '三、帮扶类型分布（截至提交时）',
      header: ['帮扶类型', '件数'],
      rows: figures.casesByType.map((row) => [AID_TYPE_NAMES['zh-CN'][row.type], String(row.count)]),
    },
    {
      title: '四、资金情况',
      header: ['指标', '金额（元）'],
      rows: [
        ['本期批准金额', yuan(figures.approvedFen)],
        ['本期发放金额', yuan(figures.paidFen)],
        ['帮扶资金余额（截至提交时）', yuan(figures.fundBalanceFen)],
        ...figures.incomeBySource.map((row): [string, string] => [
          `本期收入：${FUND_SOURCE_NAMES['zh-CN'][row.source]}`,
          yuan(row.amountFen),
        ]),
      ],
    },
    {
      title: '五、在册困难职工档案（截至提交时）',
      header: ['类别', '户数'],
      rows: figures.activeFilesByCategory.map((row) => [CATEGORY_NAMES['zh-CN'][row.category], String(row.count)]),
    },
    {
      title: '六、服务站建设与考核',
      header: ['指标', '数值'],
      rows: [
        ['服务站（站点）数', String(figures.stations)],
        ['示范站数', String(figures.demonstrationStations)],
        ['示范站占比', percent(figures.demonstrationRatio)],
        ['示范站占比达到20%', figures.meetsDemonstrationTarget ? '是' : '否'],
        ['年度考核站点数', String(figures.assessedStations)],
        ['平均考核得分', figures.averageAssessmentScore === null ? '—' : figures.averageAssessmentScore.toFixed(1)],
        ['考核不合格站点', String(figures.failingStations)],
        ...figures.tierCounts.map((row): [string, string] => [`等级：${TIER_NAMES['zh-CN'][row.tier]}`, String(row.count)]),
        ['扣减上级补助（元）', yuan(figures.subsidyHoldbackFen)],
      ],
    },
    {
      title: '七、服务满意度',
      header: ['指标', '数值'],
      rows: [
        ['评价件数', String(figures.ratedCases)],
        ['满意率（4–5分）', percent(figures.satisfactionRate)],
      ],
    },
  ];
  if (report.missing.length)
    sections.push({
      title: '八、下级单位未审核通过的说明',
      header: ['单位', '说明'],
      rows: report.missing.map((entry) => [unitNames.get(entry.unitId) ?? entry.unitId, entry.reason]),
    });
  return sections;
}

function particularsOf({ unit, report, submittedBy }: ReturnToPrint): [string, string][] {
  return [
    ['填报单位', unit.name],
    ['报告期', reportPeriodName(report.period)],
    ['版本', `第 ${report.version} 版`],
    ['状态', STATUS_NAMES[report.status]],
    ['提交人', submittedBy],
    ['提交时间', shanghaiDateTime(report.submittedAt)],
    ['审核时间', report.decidedAt ? shanghaiDateTime(report.decidedAt) : '—'],
    ['更正原因', report.correctionReason ?? '—'],
  ];
}

const referenceOf = (unit: Unit, report: StatReport) => `TJ-${report.period}-${unit.code}-V${report.version}`;

/** The return as a PDF: particulars, the sections as ruled tables, and the lines its head signs. */
export async function writeReturnPdf(toPrint: ReturnToPrint, filePath: string, fontDir: string) {
  const pdf = await PrintedDocument.open({
    title: TITLE,
    unitName: toPrint.unit.name,
    reference: referenceOf(toPrint.unit, toPrint.report),
    fontDir,
  });
  pdf.title(`${toPrint.unit.name}  ${reportPeriodName(toPrint.report.period)}`).fields(particularsOf(toPrint));
  for (const section of sectionsOf(toPrint)) {
    pdf.heading(section.title).table(
      [
        { header: section.header[0], width: 0.6 },
        { header: section.header[1], width: 0.4, align: 'right' },
      ],
      section.rows.length ? section.rows : [['（无）', '']],
    );
  }
  pdf.signatures(['单位负责人（签字）', '填报人', '审核单位（盖章）', '日期']);
  return pdf.save(filePath);
}

/** The same return as one .xlsx sheet, laid out as the PDF is. */
export async function writeReturnWorkbook(toPrint: ReturnToPrint, filePath: string): Promise<{ rows: number }> {
  await mkdir(dirname(filePath), { recursive: true });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('统计表');
  sheet.columns = [{ width: 36 }, { width: 36 }];
  const title = sheet.addRow([`${TITLE}（${reportPeriodName(toPrint.report.period)}）`]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(title.number, 1, title.number, 2);
  sheet.addRow([`编号：${referenceOf(toPrint.unit, toPrint.report)}`]);
  for (const pair of particularsOf(toPrint)) sheet.addRow(pair);
  let rows = 0;
  for (const section of sectionsOf(toPrint)) {
    sheet.addRow([]);
    sheet.addRow([section.title]).font = { bold: true };
    sheet.addRow(section.header).font = { bold: true };
    for (const row of section.rows) {
      sheet.addRow(row).getCell(2).alignment = { horizontal: 'right' };
      rows += 1;
    }
  }
  sheet.addRow([]);
  sheet.addRow(['单位负责人（签字）：', '填报人：']);
  sheet.addRow(['审核单位（盖章）：', '日期：']);
  await workbook.xlsx.writeFile(filePath);
  return { rows };
}
