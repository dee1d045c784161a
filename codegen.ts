import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed resolvers for the server and typed documents for the web, from schema/ (SDL only).
 * Outputs are generated (never edited by hand) and committed; `npm run codegen:check` fails when
 * they are stale.
 */
const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'server/graphql/resolvers-types.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context.js#Context',
        mappers: {
          Actor: '../db/rows.js#ActorRow',
          Network: '../db/rows.js#NetworkRow',
          ActionPlan: '../db/rows.js#PlanRow',
          Measure: '../db/rows.js#MeasureRow',
          Region: '../db/rows.js#RegionRow',
          Theme: '../db/rows.js#ThemeRow',
          TargetGroup: '../db/rows.js#TargetGroupRow',
          Indicator: '../db/rows.js#IndicatorRow',
          Agreement: '../db/rows.js#AgreementRow',
          Contact: '../db/rows.js#ContactRow',
          Source: '../db/rows.js#SourceRow',
          Citation: '../db/rows.js#CitationRow',
          StatusReport: '../db/rows.js#StatusRow',
          Budget: '../db/rows.js#BudgetRow',
          ResultGoal: '../db/rows.js#GoalRow',
          Meeting: '../db/rows.js#MeetingRow',
          Membership: '../db/rows.js#MembershipRow',
          Responsibility: '../db/rows.js#ResponsibilityRow',
          SearchHit: '../db/repos/misc.repo.js#SearchRow',
          GraphNode: '../analysis/collaboration.js#GraphNodeRow',
          GraphEdge: '../analysis/collaboration.js#GraphEdgeRow',
          CollaborationGraph: '../analysis/collaboration.js#GraphResult',
          CollaborationPath: '../analysis/collaboration.js#PathRow',
          PathStep: '../analysis/collaboration.js#PathStepRow',
          Gap: '../analysis/gaps.js#GapRow',
          Evidence: '../analysis/gaps.js#EvidenceRow',
          IndicatorTable: '../db/rows.js#IndicatorTableRow',
          AuditEntry: '../db/repos/audit.repo.js#AuditRow',
          Collaboration: '../db/rows.js#CollaborationRow',
          Resource: '../db/rows.js#ResourceRow',
          Guideline: '../db/rows.js#GuidelineRow',
          ReportingRound: '../db/repos/rounds.repo.js#RoundRow',
          RoundAnswer: '../db/repos/rounds.repo.js#RoundStatusRow',
          RoundMeasure: '../rounds/round.js#RoundMeasureView',
          RoundOwner: '../rounds/round.js#RoundOwnerView',
          PlanProgress: '../rounds/progress.js#PlanProgressView',
          ProgressRow: '../rounds/progress.js#ProgressRowView',
          ProgressCell: '../rounds/progress.js#ProgressCellRow',
          ProgressColumn: '../rounds/progress.js#ProgressColumnRow',
          ProgressColumnCounts: '../rounds/progress.js#ColumnCounts',
        },
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string', JSON: 'unknown' },
      },
    },
    // The schema's enums as lists of values, in the SDL's order (codegen-enums.js).
    'web/src/gql-enums.generated.ts': { plugins: ['./codegen-enums.js'] },
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { JSON: 'unknown' } },
    },
  },
};

export default config;
