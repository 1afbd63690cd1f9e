// The day model's time-zone resolution lives in core; exported here as before.
export { resolveTimeZone } from '../../core/time';
export {
  UsageBreakdown,
  type UsageBreakdownProps,
  UsageChartPanel,
  type UsageChartPanelProps,
} from './breakdown';
export { UsageChart, type UsageChartProps, UsageTable, type UsageTableProps } from './chart';
export { downloadText, type UsageCsvLabels, usageCsv, usageCsvFilename } from './csv';
export { type RunOut, runOutRange } from './forecast';
export {
  type ResolvedPeriod,
  resolvePeriod,
  type UsagePeriod,
  type UsagePeriodPreset,
  validateRange,
} from './period';
export { UsagePeriodSelect, type UsagePeriodSelectProps } from './period-select';
export {
  type CategoryShare,
  type DerivedTip,
  deriveTips,
  periodRecords,
  type SummarizeOptions,
  summarizeUsage,
  type UsageBucket,
  type UsageStatement,
} from './summarize';
export { type UsageTip, UsageTips, type UsageTipsProps } from './tips';
export { UsageSummary, type UsageSummaryProps, type UsageSummaryState } from './usage-summary';
