/**
 * The roma-plan library: the same core the CLI uses, for scripts and other tools.
 *
 *   import { loadPlan, validatePlan, catalogue } from 'roma-plan';
 */
export { catalogue, areaById, goalById, practiceById, practicesForArea } from './catalogue/index.js';
export type { Area, Goal, EuObjective, Practice, Catalogue, AreaId, GoalId, EuObjectiveId } from './catalogue/index.js';
export { AREA_IDS, GOAL_IDS, EU_OBJECTIVE_IDS } from './catalogue/index.js';
export { loadPlan, loadPlanText, loadPlanBytes } from './plan/load.js';
export type { LoadedPlan, LoadOptions } from './plan/load.js';
export { validatePlan } from './plan/validate.js';
export type { ValidationResult } from './plan/validate.js';
export { parsePlanText } from './plan/parse.js';
export { rules } from './plan/rules/index.js';
export type { Rule } from './plan/rules/index.js';
export { applyOverrides, parseOverride } from './plan/overrides.js';
export type { Issue } from './plan/issue.js';
export type * from './plan/types.js';
export { RomaPlanError, UsageError, FileExistsError } from './errors.js';
export { writeFileAtomic } from './io/write-atomic.js';
export { buildView } from './view/build-view.js';
export type { BuildViewOptions } from './view/build-view.js';
export type { View, AreaView, MeasureView, IndicatorView, ChapterRef, Money } from './view/types.js';
export { renderMarkdown } from './render/markdown/render-markdown.js';
export type { RenderMarkdownOptions } from './render/markdown/render-markdown.js';
export { listTemplates } from './render/markdown/templates.js';
export type { TemplateInfo } from './render/markdown/templates.js';
export { renderPdf } from './render/pdf/render-pdf.js';
export type { RenderPdfOptions } from './render/pdf/render-pdf.js';
export { checkGlyphCoverage } from './render/pdf/glyph-coverage.js';
export { runBatch } from './batch/run-batch.js';
export { mergeReports, mergeReportFiles } from './batch/merge-reports.js';
export { parseBatchReport } from './batch/read-report.js';
export { formatReportJson } from './batch/report-json.js';
export { formatIndexMarkdown } from './batch/index-markdown.js';
export type { BatchOptions, BatchHooks, BatchEvent, BatchReport, BatchSummary, PlanResult, PlanSummary, PlanStatus, OutputFormat, Shard, PlanTask, PlanOutcome } from './batch/types.js';
export type { Override } from './plan/overrides.js';
export { applyOverridesToText } from './plan/override-text.js';
export { exampleNames, listExamples, readExample } from './plan/examples.js';
export type { ExampleInfo } from './plan/examples.js';
export { collectPlan, checkAnswer, missingAnswers, formatPlanYaml, WizardStopped } from './wizard/index.js';
export type { Ask, CollectOptions, Choice, Validate, InputQuestion, NumberQuestion, SelectQuestion, SearchQuestion, CheckboxQuestion, ConfirmQuestion } from './wizard/index.js';
export { loadProgress, loadProgressText, PROGRESS_FILE } from './progress/load.js';
export type { LoadedProgress } from './progress/load.js';
export { validateProgress } from './progress/validate.js';
export type { ProgressValidation } from './progress/validate.js';
export { planDigest } from './progress/plan-digest.js';
export type { Progress, ProgressYear, MeasureProgress, MeasureStatus, CommunityAssessment } from './progress/types.js';
