/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateActor($input: CreateActorInput!) { createActor(input: $input) { id name } }\n": typeof types.CreateActorDocument,
    "\n  mutation UpdateActor($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { id name } }\n": typeof types.UpdateActorDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) { createNetwork(input: $input) { id name } }\n": typeof types.CreateNetworkDocument,
    "\n  mutation CreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { id title } }\n": typeof types.CreateMeasureDocument,
    "\n  mutation AddMembership($actor: ID!, $network: ID!, $role: MembershipRole!, $since: String, $source: String!) {\n    addMembership(actor: $actor, network: $network, role: $role, since: $since, source: $source) { role actor { id name } network { id name } }\n  }\n": typeof types.AddMembershipDocument,
    "\n  mutation AddResponsibility($actor: ID!, $measure: ID!, $role: ResponsibilityRole!, $note: String, $source: String!) {\n    addResponsibility(actor: $actor, measure: $measure, role: $role, note: $note, source: $source) { role actor { id name } measure { id title } }\n  }\n": typeof types.AddResponsibilityDocument,
    "\n  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { id name } }\n": typeof types.UpdateNetworkDocument,
    "\n  mutation UpdateMeasure($id: ID!, $input: UpdateMeasureInput!) { updateMeasure(id: $id, input: $input) { id title } }\n": typeof types.UpdateMeasureDocument,
    "\n  mutation EndMembership($actor: ID!, $network: ID!, $role: MembershipRole!, $until: String!) {\n    endMembership(actor: $actor, network: $network, role: $role, until: $until) { role until actor { id name } network { id name } }\n  }\n": typeof types.EndMembershipDocument,
    "\n  mutation RecordStatus($measure: ID!, $status: MeasureStatus!, $asOf: String, $text: String, $source: String!) {\n    recordStatus(measure: $measure, status: $status, asOf: $asOf, text: $text, source: $source) { id title latestStatus { asOf status } }\n  }\n": typeof types.RecordStatusDocument,
    "\n  query EditPlans { plans(first: 500) { edges { node { id title shortTitle } } } }\n": typeof types.EditPlansDocument,
    "\n  mutation InlineUpdateActor($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { id name shortName description } }\n": typeof types.InlineUpdateActorDocument,
    "\n  mutation InlineUpdateNetwork($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { id name mandate meetingFrequency established ended } }\n": typeof types.InlineUpdateNetworkDocument,
    "\n  mutation InlineUpdatePlan($id: ID!, $input: UpdatePlanInput!) { updatePlan(id: $id, input: $input) { id title periodStart periodEnd } }\n": typeof types.InlineUpdatePlanDocument,
    "\n  mutation InlineUpdateMeasure($id: ID!, $input: UpdateMeasureInput!) { updateMeasure(id: $id, input: $input) { id title description achievement } }\n": typeof types.InlineUpdateMeasureDocument,
    "\n  query ActorPage($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n      shortName\n      aliases\n      kind\n      level\n      sector\n      isGenericRole\n      description\n      url\n      parent { id name }\n      children { id name kind }\n      region { id name }\n      memberships {\n        role since until note\n        network { id name kind }\n        sources { ...CitationFields }\n      }\n      responsibilities {\n        role note\n        measure { id number title plan { id title shortTitle } latestStatus { status } }\n        sources { ...CitationFields }\n      }\n      ownedPlans { id title shortTitle periodStart periodEnd }\n      agreements { id name kind signed }\n      sources { ...CitationFields }\n    }\n  }\n": typeof types.ActorPageDocument,
    "\n  query MeasurePage($id: ID!, $language: Language) {\n    measure(id: $id) {\n      id\n      number\n      title\n      description\n      achievement\n      plan { id title shortTitle }\n      budgets { amountNok text year }\n      resultGoals { number text achievement }\n      responsibilities { role note actor { id name isGenericRole } sources { ...CitationFields } }\n      statusHistory { asOf status text sources { ...CitationFields } }\n      refersTo { id number title }\n      referredBy { id number title }\n      indicators { id name category year value unit }\n      themes { id name(language: $language) }\n      targetGroups { id name }\n      sources { ...CitationFields }\n    }\n  }\n": typeof types.MeasurePageDocument,
    "\n  query NetworkPage($id: ID!, $language: Language) {\n    network(id: $id) {\n      id\n      name\n      aliases\n      kind\n      status\n      established\n      ended\n      mandate\n      meetingFrequency\n      meetings { date count text }\n      members {\n        role since until note\n        actor { id name kind }\n        sources { ...CitationFields }\n      }\n      partOf { id name }\n      parts { id name }\n      regions { id name }\n      themes { id name(language: $language) }\n      anchoredIn { id title shortTitle }\n      sources { ...CitationFields }\n    }\n  }\n": typeof types.NetworkPageDocument,
    "\n  query GapPlans { plans(first: 500) { edges { node { id title shortTitle } } } }\n": typeof types.GapPlansDocument,
    "\n  query Gaps($plan: ID, $kinds: [GapKind!], $thresholds: GapThresholds, $language: Language) {\n    gaps(plan: $plan, kinds: $kinds, thresholds: $thresholds, language: $language) {\n      id\n      kind\n      severity\n      explanation\n      plan { id title shortTitle }\n      subject {\n        __typename\n        id\n        ... on Actor { name }\n        ... on Network { name }\n        ... on Measure { number title plan { id } responsibilities { actor { id isGenericRole } } }\n        ... on ActionPlan { title }\n        ... on Region { name }\n      }\n      evidence { text node { id } sources { ...CitationFields } }\n    }\n  }\n": typeof types.GapsDocument,
    "\n  query ImportPreview($id: ID!, $decisions: [ImportDecision!]) {\n    importPreview(id: $id, decisions: $decisions) {\n      id fileName format target targetExists canApply fingerprint appliedBatch\n      sheets { name kind rows }\n      counts { create update unchanged errors warnings newActors }\n      problems { severity sheet row column cell value message }\n      names { name match genericRole actorId isNew decided occurrences proposed { id name score } alternatives { id name score } }\n      rows { sheet row kind key label action changes { field before after } }\n    }\n  }\n": typeof types.ImportPreviewDocument,
    "\n  query Imports { imports(first: 20) { id fileName importedBy at target created updated unchanged undoneAt undoneBy } }\n": typeof types.ImportsDocument,
    "\n  query IndicatorTables($language: Language) {\n    indicatorTables {\n      table\n      categories(language: $language)\n      years\n      indicators { id name(language: $language) category(language: $language) year value unit(language: $language) isTotal }\n    }\n  }\n": typeof types.IndicatorTablesDocument,
    "\n  query ActorPanel($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n      shortName\n      kind\n      level\n      isGenericRole\n      description\n      parent { id name }\n      children { id name }\n      region { id name }\n      memberships { role since until network { id name } }\n      responsibilities { role measure { id number title plan { id title shortTitle } } }\n      sources { ...CitationFields }\n    }\n  }\n": typeof types.ActorPanelDocument,
    "\n  query MapOptions($language: Language) {\n    regions { id name: label kind }\n    themes { id name(language: $language) }\n    plans(first: 500) { edges { node { id title shortTitle } } }\n    networks(first: 500) { edges { node { id name } } }\n  }\n": typeof types.MapOptionsDocument,
    "\n  query CollaborationGraph($filter: CollaborationFilter, $layout: Boolean, $open: [Int!]) {\n    collaborationGraph(filter: $filter, layout: $layout) { compact(expand: $open) }\n  }\n": typeof types.CollaborationGraphDocument,
    "\n  query HighlightNetwork($id: ID!) { network(id: $id) { id members { actor { id } } } }\n": typeof types.HighlightNetworkDocument,
    "\n  query ActorExists($id: ID!) { actor(id: $id) { id name } }\n": typeof types.ActorExistsDocument,
    "\n  query HighlightPlan($id: ID!) { plan(id: $id) { id measures { responsibilities { actor { id } } } } }\n": typeof types.HighlightPlanDocument,
    "\n  query HighlightMeasure($id: ID!) { measure(id: $id) { id responsibilities { actor { id } } } }\n": typeof types.HighlightMeasureDocument,
    "\n  query Path($from: ID!, $to: ID!, $language: Language) {\n    path(from: $from, to: $to, first: 3, language: $language) {\n      length\n      actors { id name }\n      steps {\n        from { id name }\n        to { id name }\n        explanation\n        contexts { kind id label }\n      }\n    }\n  }\n": typeof types.PathDocument,
    "\n  query SavedViews { savedViews { id name description createdBy createdAt } }\n": typeof types.SavedViewsDocument,
    "\n  query SavedView($id: ID!) { savedView(id: $id) { id name description state positions { id x y } } }\n": typeof types.SavedViewDocument,
    "\n  mutation SaveView($input: SavedViewInput!) { saveView(input: $input) { id name } }\n": typeof types.SaveViewDocument,
    "\n  fragment MeasureRowFields on Measure {\n    id\n    number\n    title\n    latestStatus { status asOf text }\n    statusHistory { asOf status text }\n    responsibilities { role note actor { id name isGenericRole } }\n    budgets { amountNok text year }\n  }\n": typeof types.MeasureRowFieldsFragmentDoc,
    "\n  mutation InlineRecordStatus($measure: ID!, $status: MeasureStatus!, $asOf: String, $text: String, $source: String!) {\n    recordStatus(measure: $measure, status: $status, asOf: $asOf, text: $text, source: $source) { id latestStatus { asOf status text } statusHistory { asOf status text } }\n  }\n": typeof types.InlineRecordStatusDocument,
    "\n  query Plans {\n    plans(first: 200) {\n      totalCount\n      edges { node { id title shortTitle level kind periodStart periodEnd lastReportedAt owners { id name } } }\n    }\n  }\n": typeof types.PlansDocument,
    "\n  query PlanPage($id: ID!, $language: Language) {\n    plan(id: $id) {\n      id\n      title\n      shortTitle\n      aliases\n      kind\n      level\n      status\n      periodStart\n      periodEnd\n      lastReportedAt\n      owners { id name }\n      themes { id name(language: $language) }\n      regions { id name }\n      succeeds { id title shortTitle }\n      succeededBy { id title shortTitle }\n      statusSummary { total counts { status count share } }\n      networks { id name }\n      measures { ...MeasureRowFields }\n      sources { ...CitationFields }\n    }\n  }\n": typeof types.PlanPageDocument,
    "\n  query PlanRounds($id: ID!) { plan(id: $id) { id rounds { id title asOf deadline status answeredCount measureCount } } }\n": typeof types.PlanRoundsDocument,
    "\n  mutation OpenRound($plan: ID!, $asOf: String!, $deadline: String, $title: String) {\n    openReportingRound(plan: $plan, asOf: $asOf, deadline: $deadline, title: $title) { id }\n  }\n": typeof types.OpenRoundDocument,
    "\n  fragment PlanProgressFields on PlanProgress {\n    plan { id title shortTitle periodStart periodEnd }\n    columns { asOf round { id status } }\n    rows { measure { id number title } cells { asOf status text reported pending } movement overdue overdueSince }\n    summary { forward backward stalled done new none closed notReported overdue }\n    perColumn { asOf counts { status count } }\n  }\n": typeof types.PlanProgressFieldsFragmentDoc,
    "\n  query PlanProgressPage($plan: ID!) { planProgress(plan: $plan) { ...PlanProgressFields } }\n": typeof types.PlanProgressPageDocument,
    "\n  query ActorProgressPage($actor: ID!) { actor(id: $actor) { id name } actorProgress(actor: $actor) { ...PlanProgressFields } }\n": typeof types.ActorProgressPageDocument,
    "\n  query RoundPage($id: ID!) {\n    reportingRound(id: $id) {\n      id title asOf deadline status closedAt answeredCount measureCount\n      plan { id title shortTitle periodStart periodEnd }\n      owners { actor { id name isGenericRole } answered total measures { id } }\n      measures {\n        measure { id number title }\n        reporters { id name }\n        previous { status asOf text }\n        answers { status text actor { id name } }\n        result { status text reported carriedOverFrom actor { id name } }\n      }\n    }\n  }\n": typeof types.RoundPageDocument,
    "\n  mutation ReportStatus($round: ID!, $answers: [RoundAnswerInput!]!) { reportStatus(round: $round, answers: $answers) { id answeredCount } }\n": typeof types.ReportStatusDocument,
    "\n  mutation CloseRound($round: ID!) { closeReportingRound(round: $round) { answered carriedOver round { id status } } }\n": typeof types.CloseRoundDocument,
    "\n  query Search($text: String!, $kinds: [SearchKind!], $first: Int) {\n    search(text: $text, kinds: $kinds, first: $first) {\n      kind\n      label\n      score\n      node { __typename id ... on Measure { number plan { id title shortTitle } } }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  fragment CitationFields on Citation {\n    quote\n    locator\n    source { id file title date }\n  }\n": typeof types.CitationFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  mutation CreateActor($input: CreateActorInput!) { createActor(input: $input) { id name } }\n": types.CreateActorDocument,
    "\n  mutation UpdateActor($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { id name } }\n": types.UpdateActorDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) { createNetwork(input: $input) { id name } }\n": types.CreateNetworkDocument,
    "\n  mutation CreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { id title } }\n": types.CreateMeasureDocument,
    "\n  mutation AddMembership($actor: ID!, $network: ID!, $role: MembershipRole!, $since: String, $source: String!) {\n    addMembership(actor: $actor, network: $network, role: $role, since: $since, source: $source) { role actor { id name } network { id name } }\n  }\n": types.AddMembershipDocument,
    "\n  mutation AddResponsibility($actor: ID!, $measure: ID!, $role: ResponsibilityRole!, $note: String, $source: String!) {\n    addResponsibility(actor: $actor, measure: $measure, role: $role, note: $note, source: $source) { role actor { id name } measure { id title } }\n  }\n": types.AddResponsibilityDocument,
    "\n  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { id name } }\n": types.UpdateNetworkDocument,
    "\n  mutation UpdateMeasure($id: ID!, $input: UpdateMeasureInput!) { updateMeasure(id: $id, input: $input) { id title } }\n": types.UpdateMeasureDocument,
    "\n  mutation EndMembership($actor: ID!, $network: ID!, $role: MembershipRole!, $until: String!) {\n    endMembership(actor: $actor, network: $network, role: $role, until: $until) { role until actor { id name } network { id name } }\n  }\n": types.EndMembershipDocument,
    "\n  mutation RecordStatus($measure: ID!, $status: MeasureStatus!, $asOf: String, $text: String, $source: String!) {\n    recordStatus(measure: $measure, status: $status, asOf: $asOf, text: $text, source: $source) { id title latestStatus { asOf status } }\n  }\n": types.RecordStatusDocument,
    "\n  query EditPlans { plans(first: 500) { edges { node { id title shortTitle } } } }\n": types.EditPlansDocument,
    "\n  mutation InlineUpdateActor($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { id name shortName description } }\n": types.InlineUpdateActorDocument,
    "\n  mutation InlineUpdateNetwork($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { id name mandate meetingFrequency established ended } }\n": types.InlineUpdateNetworkDocument,
    "\n  mutation InlineUpdatePlan($id: ID!, $input: UpdatePlanInput!) { updatePlan(id: $id, input: $input) { id title periodStart periodEnd } }\n": types.InlineUpdatePlanDocument,
    "\n  mutation InlineUpdateMeasure($id: ID!, $input: UpdateMeasureInput!) { updateMeasure(id: $id, input: $input) { id title description achievement } }\n": types.InlineUpdateMeasureDocument,
    "\n  query ActorPage($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n      shortName\n      aliases\n      kind\n      level\n      sector\n      isGenericRole\n      description\n      url\n      parent { id name }\n      children { id name kind }\n      region { id name }\n      memberships {\n        role since until note\n        network { id name kind }\n        sources { ...CitationFields }\n      }\n      responsibilities {\n        role note\n        measure { id number title plan { id title shortTitle } latestStatus { status } }\n        sources { ...CitationFields }\n      }\n      ownedPlans { id title shortTitle periodStart periodEnd }\n      agreements { id name kind signed }\n      sources { ...CitationFields }\n    }\n  }\n": types.ActorPageDocument,
    "\n  query MeasurePage($id: ID!, $language: Language) {\n    measure(id: $id) {\n      id\n      number\n      title\n      description\n      achievement\n      plan { id title shortTitle }\n      budgets { amountNok text year }\n      resultGoals { number text achievement }\n      responsibilities { role note actor { id name isGenericRole } sources { ...CitationFields } }\n      statusHistory { asOf status text sources { ...CitationFields } }\n      refersTo { id number title }\n      referredBy { id number title }\n      indicators { id name category year value unit }\n      themes { id name(language: $language) }\n      targetGroups { id name }\n      sources { ...CitationFields }\n    }\n  }\n": types.MeasurePageDocument,
    "\n  query NetworkPage($id: ID!, $language: Language) {\n    network(id: $id) {\n      id\n      name\n      aliases\n      kind\n      status\n      established\n      ended\n      mandate\n      meetingFrequency\n      meetings { date count text }\n      members {\n        role since until note\n        actor { id name kind }\n        sources { ...CitationFields }\n      }\n      partOf { id name }\n      parts { id name }\n      regions { id name }\n      themes { id name(language: $language) }\n      anchoredIn { id title shortTitle }\n      sources { ...CitationFields }\n    }\n  }\n": types.NetworkPageDocument,
    "\n  query GapPlans { plans(first: 500) { edges { node { id title shortTitle } } } }\n": types.GapPlansDocument,
    "\n  query Gaps($plan: ID, $kinds: [GapKind!], $thresholds: GapThresholds, $language: Language) {\n    gaps(plan: $plan, kinds: $kinds, thresholds: $thresholds, language: $language) {\n      id\n      kind\n      severity\n      explanation\n      plan { id title shortTitle }\n      subject {\n        __typename\n        id\n        ... on Actor { name }\n        ... on Network { name }\n        ... on Measure { number title plan { id } responsibilities { actor { id isGenericRole } } }\n        ... on ActionPlan { title }\n        ... on Region { name }\n      }\n      evidence { text node { id } sources { ...CitationFields } }\n    }\n  }\n": types.GapsDocument,
    "\n  query ImportPreview($id: ID!, $decisions: [ImportDecision!]) {\n    importPreview(id: $id, decisions: $decisions) {\n      id fileName format target targetExists canApply fingerprint appliedBatch\n      sheets { name kind rows }\n      counts { create update unchanged errors warnings newActors }\n      problems { severity sheet row column cell value message }\n      names { name match genericRole actorId isNew decided occurrences proposed { id name score } alternatives { id name score } }\n      rows { sheet row kind key label action changes { field before after } }\n    }\n  }\n": types.ImportPreviewDocument,
    "\n  query Imports { imports(first: 20) { id fileName importedBy at target created updated unchanged undoneAt undoneBy } }\n": types.ImportsDocument,
    "\n  query IndicatorTables($language: Language) {\n    indicatorTables {\n      table\n      categories(language: $language)\n      years\n      indicators { id name(language: $language) category(language: $language) year value unit(language: $language) isTotal }\n    }\n  }\n": types.IndicatorTablesDocument,
    "\n  query ActorPanel($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n      shortName\n      kind\n      level\n      isGenericRole\n      description\n      parent { id name }\n      children { id name }\n      region { id name }\n      memberships { role since until network { id name } }\n      responsibilities { role measure { id number title plan { id title shortTitle } } }\n      sources { ...CitationFields }\n    }\n  }\n": types.ActorPanelDocument,
    "\n  query MapOptions($language: Language) {\n    regions { id name: label kind }\n    themes { id name(language: $language) }\n    plans(first: 500) { edges { node { id title shortTitle } } }\n    networks(first: 500) { edges { node { id name } } }\n  }\n": types.MapOptionsDocument,
    "\n  query CollaborationGraph($filter: CollaborationFilter, $layout: Boolean, $open: [Int!]) {\n    collaborationGraph(filter: $filter, layout: $layout) { compact(expand: $open) }\n  }\n": types.CollaborationGraphDocument,
    "\n  query HighlightNetwork($id: ID!) { network(id: $id) { id members { actor { id } } } }\n": types.HighlightNetworkDocument,
    "\n  query ActorExists($id: ID!) { actor(id: $id) { id name } }\n": types.ActorExistsDocument,
    "\n  query HighlightPlan($id: ID!) { plan(id: $id) { id measures { responsibilities { actor { id } } } } }\n": types.HighlightPlanDocument,
    "\n  query HighlightMeasure($id: ID!) { measure(id: $id) { id responsibilities { actor { id } } } }\n": types.HighlightMeasureDocument,
    "\n  query Path($from: ID!, $to: ID!, $language: Language) {\n    path(from: $from, to: $to, first: 3, language: $language) {\n      length\n      actors { id name }\n      steps {\n        from { id name }\n        to { id name }\n        explanation\n        contexts { kind id label }\n      }\n    }\n  }\n": types.PathDocument,
    "\n  query SavedViews { savedViews { id name description createdBy createdAt } }\n": types.SavedViewsDocument,
    "\n  query SavedView($id: ID!) { savedView(id: $id) { id name description state positions { id x y } } }\n": types.SavedViewDocument,
    "\n  mutation SaveView($input: SavedViewInput!) { saveView(input: $input) { id name } }\n": types.SaveViewDocument,
    "\n  fragment MeasureRowFields on Measure {\n    id\n    number\n    title\n    latestStatus { status asOf text }\n    statusHistory { asOf status text }\n    responsibilities { role note actor { id name isGenericRole } }\n    budgets { amountNok text year }\n  }\n": types.MeasureRowFieldsFragmentDoc,
    "\n  mutation InlineRecordStatus($measure: ID!, $status: MeasureStatus!, $asOf: String, $text: String, $source: String!) {\n    recordStatus(measure: $measure, status: $status, asOf: $asOf, text: $text, source: $source) { id latestStatus { asOf status text } statusHistory { asOf status text } }\n  }\n": types.InlineRecordStatusDocument,
    "\n  query Plans {\n    plans(first: 200) {\n      totalCount\n      edges { node { id title shortTitle level kind periodStart periodEnd lastReportedAt owners { id name } } }\n    }\n  }\n": types.PlansDocument,
    "\n  query PlanPage($id: ID!, $language: Language) {\n    plan(id: $id) {\n      id\n      title\n      shortTitle\n      aliases\n      kind\n      level\n      status\n      periodStart\n      periodEnd\n      lastReportedAt\n      owners { id name }\n      themes { id name(language: $language) }\n      regions { id name }\n      succeeds { id title shortTitle }\n      succeededBy { id title shortTitle }\n      statusSummary { total counts { status count share } }\n      networks { id name }\n      measures { ...MeasureRowFields }\n      sources { ...CitationFields }\n    }\n  }\n": types.PlanPageDocument,
    "\n  query PlanRounds($id: ID!) { plan(id: $id) { id rounds { id title asOf deadline status answeredCount measureCount } } }\n": types.PlanRoundsDocument,
    "\n  mutation OpenRound($plan: ID!, $asOf: String!, $deadline: String, $title: String) {\n    openReportingRound(plan: $plan, asOf: $asOf, deadline: $deadline, title: $title) { id }\n  }\n": types.OpenRoundDocument,
    "\n  fragment PlanProgressFields on PlanProgress {\n    plan { id title shortTitle periodStart periodEnd }\n    columns { asOf round { id status } }\n    rows { measure { id number title } cells { asOf status text reported pending } movement overdue overdueSince }\n    summary { forward backward stalled done new none closed notReported overdue }\n    perColumn { asOf counts { status count } }\n  }\n": types.PlanProgressFieldsFragmentDoc,
    "\n  query PlanProgressPage($plan: ID!) { planProgress(plan: $plan) { ...PlanProgressFields } }\n": types.PlanProgressPageDocument,
    "\n  query ActorProgressPage($actor: ID!) { actor(id: $actor) { id name } actorProgress(actor: $actor) { ...PlanProgressFields } }\n": types.ActorProgressPageDocument,
    "\n  query RoundPage($id: ID!) {\n    reportingRound(id: $id) {\n      id title asOf deadline status closedAt answeredCount measureCount\n      plan { id title shortTitle periodStart periodEnd }\n      owners { actor { id name isGenericRole } answered total measures { id } }\n      measures {\n        measure { id number title }\n        reporters { id name }\n        previous { status asOf text }\n        answers { status text actor { id name } }\n        result { status text reported carriedOverFrom actor { id name } }\n      }\n    }\n  }\n": types.RoundPageDocument,
    "\n  mutation ReportStatus($round: ID!, $answers: [RoundAnswerInput!]!) { reportStatus(round: $round, answers: $answers) { id answeredCount } }\n": types.ReportStatusDocument,
    "\n  mutation CloseRound($round: ID!) { closeReportingRound(round: $round) { answered carriedOver round { id status } } }\n": types.CloseRoundDocument,
    "\n  query Search($text: String!, $kinds: [SearchKind!], $first: Int) {\n    search(text: $text, kinds: $kinds, first: $first) {\n      kind\n      label\n      score\n      node { __typename id ... on Measure { number plan { id title shortTitle } } }\n    }\n  }\n": types.SearchDocument,
    "\n  fragment CitationFields on Citation {\n    quote\n    locator\n    source { id file title date }\n  }\n": types.CitationFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActor($input: CreateActorInput!) { createActor(input: $input) { id name } }\n"): (typeof documents)["\n  mutation CreateActor($input: CreateActorInput!) { createActor(input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActor($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { id name } }\n"): (typeof documents)["\n  mutation UpdateActor($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNetwork($input: CreateNetworkInput!) { createNetwork(input: $input) { id name } }\n"): (typeof documents)["\n  mutation CreateNetwork($input: CreateNetworkInput!) { createNetwork(input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { id title } }\n"): (typeof documents)["\n  mutation CreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { id title } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMembership($actor: ID!, $network: ID!, $role: MembershipRole!, $since: String, $source: String!) {\n    addMembership(actor: $actor, network: $network, role: $role, since: $since, source: $source) { role actor { id name } network { id name } }\n  }\n"): (typeof documents)["\n  mutation AddMembership($actor: ID!, $network: ID!, $role: MembershipRole!, $since: String, $source: String!) {\n    addMembership(actor: $actor, network: $network, role: $role, since: $since, source: $source) { role actor { id name } network { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddResponsibility($actor: ID!, $measure: ID!, $role: ResponsibilityRole!, $note: String, $source: String!) {\n    addResponsibility(actor: $actor, measure: $measure, role: $role, note: $note, source: $source) { role actor { id name } measure { id title } }\n  }\n"): (typeof documents)["\n  mutation AddResponsibility($actor: ID!, $measure: ID!, $role: ResponsibilityRole!, $note: String, $source: String!) {\n    addResponsibility(actor: $actor, measure: $measure, role: $role, note: $note, source: $source) { role actor { id name } measure { id title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { id name } }\n"): (typeof documents)["\n  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeasure($id: ID!, $input: UpdateMeasureInput!) { updateMeasure(id: $id, input: $input) { id title } }\n"): (typeof documents)["\n  mutation UpdateMeasure($id: ID!, $input: UpdateMeasureInput!) { updateMeasure(id: $id, input: $input) { id title } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMembership($actor: ID!, $network: ID!, $role: MembershipRole!, $until: String!) {\n    endMembership(actor: $actor, network: $network, role: $role, until: $until) { role until actor { id name } network { id name } }\n  }\n"): (typeof documents)["\n  mutation EndMembership($actor: ID!, $network: ID!, $role: MembershipRole!, $until: String!) {\n    endMembership(actor: $actor, network: $network, role: $role, until: $until) { role until actor { id name } network { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordStatus($measure: ID!, $status: MeasureStatus!, $asOf: String, $text: String, $source: String!) {\n    recordStatus(measure: $measure, status: $status, asOf: $asOf, text: $text, source: $source) { id title latestStatus { asOf status } }\n  }\n"): (typeof documents)["\n  mutation RecordStatus($measure: ID!, $status: MeasureStatus!, $asOf: String, $text: String, $source: String!) {\n    recordStatus(measure: $measure, status: $status, asOf: $asOf, text: $text, source: $source) { id title latestStatus { asOf status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditPlans { plans(first: 500) { edges { node { id title shortTitle } } } }\n"): (typeof documents)["\n  query EditPlans { plans(first: 500) { edges { node { id title shortTitle } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InlineUpdateActor($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { id name shortName description } }\n"): (typeof documents)["\n  mutation InlineUpdateActor($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { id name shortName description } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InlineUpdateNetwork($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { id name mandate meetingFrequency established ended } }\n"): (typeof documents)["\n  mutation InlineUpdateNetwork($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { id name mandate meetingFrequency established ended } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InlineUpdatePlan($id: ID!, $input: UpdatePlanInput!) { updatePlan(id: $id, input: $input) { id title periodStart periodEnd } }\n"): (typeof documents)["\n  mutation InlineUpdatePlan($id: ID!, $input: UpdatePlanInput!) { updatePlan(id: $id, input: $input) { id title periodStart periodEnd } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InlineUpdateMeasure($id: ID!, $input: UpdateMeasureInput!) { updateMeasure(id: $id, input: $input) { id title description achievement } }\n"): (typeof documents)["\n  mutation InlineUpdateMeasure($id: ID!, $input: UpdateMeasureInput!) { updateMeasure(id: $id, input: $input) { id title description achievement } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorPage($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n      shortName\n      aliases\n      kind\n      level\n      sector\n      isGenericRole\n      description\n      url\n      parent { id name }\n      children { id name kind }\n      region { id name }\n      memberships {\n        role since until note\n        network { id name kind }\n        sources { ...CitationFields }\n      }\n      responsibilities {\n        role note\n        measure { id number title plan { id title shortTitle } latestStatus { status } }\n        sources { ...CitationFields }\n      }\n      ownedPlans { id title shortTitle periodStart periodEnd }\n      agreements { id name kind signed }\n      sources { ...CitationFields }\n    }\n  }\n"): (typeof documents)["\n  query ActorPage($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n      shortName\n      aliases\n      kind\n      level\n      sector\n      isGenericRole\n      description\n      url\n      parent { id name }\n      children { id name kind }\n      region { id name }\n      memberships {\n        role since until note\n        network { id name kind }\n        sources { ...CitationFields }\n      }\n      responsibilities {\n        role note\n        measure { id number title plan { id title shortTitle } latestStatus { status } }\n        sources { ...CitationFields }\n      }\n      ownedPlans { id title shortTitle periodStart periodEnd }\n      agreements { id name kind signed }\n      sources { ...CitationFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasurePage($id: ID!, $language: Language) {\n    measure(id: $id) {\n      id\n      number\n      title\n      description\n      achievement\n      plan { id title shortTitle }\n      budgets { amountNok text year }\n      resultGoals { number text achievement }\n      responsibilities { role note actor { id name isGenericRole } sources { ...CitationFields } }\n      statusHistory { asOf status text sources { ...CitationFields } }\n      refersTo { id number title }\n      referredBy { id number title }\n      indicators { id name category year value unit }\n      themes { id name(language: $language) }\n      targetGroups { id name }\n      sources { ...CitationFields }\n    }\n  }\n"): (typeof documents)["\n  query MeasurePage($id: ID!, $language: Language) {\n    measure(id: $id) {\n      id\n      number\n      title\n      description\n      achievement\n      plan { id title shortTitle }\n      budgets { amountNok text year }\n      resultGoals { number text achievement }\n      responsibilities { role note actor { id name isGenericRole } sources { ...CitationFields } }\n      statusHistory { asOf status text sources { ...CitationFields } }\n      refersTo { id number title }\n      referredBy { id number title }\n      indicators { id name category year value unit }\n      themes { id name(language: $language) }\n      targetGroups { id name }\n      sources { ...CitationFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkPage($id: ID!, $language: Language) {\n    network(id: $id) {\n      id\n      name\n      aliases\n      kind\n      status\n      established\n      ended\n      mandate\n      meetingFrequency\n      meetings { date count text }\n      members {\n        role since until note\n        actor { id name kind }\n        sources { ...CitationFields }\n      }\n      partOf { id name }\n      parts { id name }\n      regions { id name }\n      themes { id name(language: $language) }\n      anchoredIn { id title shortTitle }\n      sources { ...CitationFields }\n    }\n  }\n"): (typeof documents)["\n  query NetworkPage($id: ID!, $language: Language) {\n    network(id: $id) {\n      id\n      name\n      aliases\n      kind\n      status\n      established\n      ended\n      mandate\n      meetingFrequency\n      meetings { date count text }\n      members {\n        role since until note\n        actor { id name kind }\n        sources { ...CitationFields }\n      }\n      partOf { id name }\n      parts { id name }\n      regions { id name }\n      themes { id name(language: $language) }\n      anchoredIn { id title shortTitle }\n      sources { ...CitationFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapPlans { plans(first: 500) { edges { node { id title shortTitle } } } }\n"): (typeof documents)["\n  query GapPlans { plans(first: 500) { edges { node { id title shortTitle } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Gaps($plan: ID, $kinds: [GapKind!], $thresholds: GapThresholds, $language: Language) {\n    gaps(plan: $plan, kinds: $kinds, thresholds: $thresholds, language: $language) {\n      id\n      kind\n      severity\n      explanation\n      plan { id title shortTitle }\n      subject {\n        __typename\n        id\n        ... on Actor { name }\n        ... on Network { name }\n        ... on Measure { number title plan { id } responsibilities { actor { id isGenericRole } } }\n        ... on ActionPlan { title }\n        ... on Region { name }\n      }\n      evidence { text node { id } sources { ...CitationFields } }\n    }\n  }\n"): (typeof documents)["\n  query Gaps($plan: ID, $kinds: [GapKind!], $thresholds: GapThresholds, $language: Language) {\n    gaps(plan: $plan, kinds: $kinds, thresholds: $thresholds, language: $language) {\n      id\n      kind\n      severity\n      explanation\n      plan { id title shortTitle }\n      subject {\n        __typename\n        id\n        ... on Actor { name }\n        ... on Network { name }\n        ... on Measure { number title plan { id } responsibilities { actor { id isGenericRole } } }\n        ... on ActionPlan { title }\n        ... on Region { name }\n      }\n      evidence { text node { id } sources { ...CitationFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPreview($id: ID!, $decisions: [ImportDecision!]) {\n    importPreview(id: $id, decisions: $decisions) {\n      id fileName format target targetExists canApply fingerprint appliedBatch\n      sheets { name kind rows }\n      counts { create update unchanged errors warnings newActors }\n      problems { severity sheet row column cell value message }\n      names { name match genericRole actorId isNew decided occurrences proposed { id name score } alternatives { id name score } }\n      rows { sheet row kind key label action changes { field before after } }\n    }\n  }\n"): (typeof documents)["\n  query ImportPreview($id: ID!, $decisions: [ImportDecision!]) {\n    importPreview(id: $id, decisions: $decisions) {\n      id fileName format target targetExists canApply fingerprint appliedBatch\n      sheets { name kind rows }\n      counts { create update unchanged errors warnings newActors }\n      problems { severity sheet row column cell value message }\n      names { name match genericRole actorId isNew decided occurrences proposed { id name score } alternatives { id name score } }\n      rows { sheet row kind key label action changes { field before after } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Imports { imports(first: 20) { id fileName importedBy at target created updated unchanged undoneAt undoneBy } }\n"): (typeof documents)["\n  query Imports { imports(first: 20) { id fileName importedBy at target created updated unchanged undoneAt undoneBy } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorTables($language: Language) {\n    indicatorTables {\n      table\n      categories(language: $language)\n      years\n      indicators { id name(language: $language) category(language: $language) year value unit(language: $language) isTotal }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorTables($language: Language) {\n    indicatorTables {\n      table\n      categories(language: $language)\n      years\n      indicators { id name(language: $language) category(language: $language) year value unit(language: $language) isTotal }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorPanel($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n      shortName\n      kind\n      level\n      isGenericRole\n      description\n      parent { id name }\n      children { id name }\n      region { id name }\n      memberships { role since until network { id name } }\n      responsibilities { role measure { id number title plan { id title shortTitle } } }\n      sources { ...CitationFields }\n    }\n  }\n"): (typeof documents)["\n  query ActorPanel($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n      shortName\n      kind\n      level\n      isGenericRole\n      description\n      parent { id name }\n      children { id name }\n      region { id name }\n      memberships { role since until network { id name } }\n      responsibilities { role measure { id number title plan { id title shortTitle } } }\n      sources { ...CitationFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapOptions($language: Language) {\n    regions { id name: label kind }\n    themes { id name(language: $language) }\n    plans(first: 500) { edges { node { id title shortTitle } } }\n    networks(first: 500) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query MapOptions($language: Language) {\n    regions { id name: label kind }\n    themes { id name(language: $language) }\n    plans(first: 500) { edges { node { id title shortTitle } } }\n    networks(first: 500) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollaborationGraph($filter: CollaborationFilter, $layout: Boolean, $open: [Int!]) {\n    collaborationGraph(filter: $filter, layout: $layout) { compact(expand: $open) }\n  }\n"): (typeof documents)["\n  query CollaborationGraph($filter: CollaborationFilter, $layout: Boolean, $open: [Int!]) {\n    collaborationGraph(filter: $filter, layout: $layout) { compact(expand: $open) }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HighlightNetwork($id: ID!) { network(id: $id) { id members { actor { id } } } }\n"): (typeof documents)["\n  query HighlightNetwork($id: ID!) { network(id: $id) { id members { actor { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorExists($id: ID!) { actor(id: $id) { id name } }\n"): (typeof documents)["\n  query ActorExists($id: ID!) { actor(id: $id) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HighlightPlan($id: ID!) { plan(id: $id) { id measures { responsibilities { actor { id } } } } }\n"): (typeof documents)["\n  query HighlightPlan($id: ID!) { plan(id: $id) { id measures { responsibilities { actor { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HighlightMeasure($id: ID!) { measure(id: $id) { id responsibilities { actor { id } } } }\n"): (typeof documents)["\n  query HighlightMeasure($id: ID!) { measure(id: $id) { id responsibilities { actor { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Path($from: ID!, $to: ID!, $language: Language) {\n    path(from: $from, to: $to, first: 3, language: $language) {\n      length\n      actors { id name }\n      steps {\n        from { id name }\n        to { id name }\n        explanation\n        contexts { kind id label }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Path($from: ID!, $to: ID!, $language: Language) {\n    path(from: $from, to: $to, first: 3, language: $language) {\n      length\n      actors { id name }\n      steps {\n        from { id name }\n        to { id name }\n        explanation\n        contexts { kind id label }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedViews { savedViews { id name description createdBy createdAt } }\n"): (typeof documents)["\n  query SavedViews { savedViews { id name description createdBy createdAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedView($id: ID!) { savedView(id: $id) { id name description state positions { id x y } } }\n"): (typeof documents)["\n  query SavedView($id: ID!) { savedView(id: $id) { id name description state positions { id x y } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveView($input: SavedViewInput!) { saveView(input: $input) { id name } }\n"): (typeof documents)["\n  mutation SaveView($input: SavedViewInput!) { saveView(input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureRowFields on Measure {\n    id\n    number\n    title\n    latestStatus { status asOf text }\n    statusHistory { asOf status text }\n    responsibilities { role note actor { id name isGenericRole } }\n    budgets { amountNok text year }\n  }\n"): (typeof documents)["\n  fragment MeasureRowFields on Measure {\n    id\n    number\n    title\n    latestStatus { status asOf text }\n    statusHistory { asOf status text }\n    responsibilities { role note actor { id name isGenericRole } }\n    budgets { amountNok text year }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InlineRecordStatus($measure: ID!, $status: MeasureStatus!, $asOf: String, $text: String, $source: String!) {\n    recordStatus(measure: $measure, status: $status, asOf: $asOf, text: $text, source: $source) { id latestStatus { asOf status text } statusHistory { asOf status text } }\n  }\n"): (typeof documents)["\n  mutation InlineRecordStatus($measure: ID!, $status: MeasureStatus!, $asOf: String, $text: String, $source: String!) {\n    recordStatus(measure: $measure, status: $status, asOf: $asOf, text: $text, source: $source) { id latestStatus { asOf status text } statusHistory { asOf status text } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans {\n    plans(first: 200) {\n      totalCount\n      edges { node { id title shortTitle level kind periodStart periodEnd lastReportedAt owners { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query Plans {\n    plans(first: 200) {\n      totalCount\n      edges { node { id title shortTitle level kind periodStart periodEnd lastReportedAt owners { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanPage($id: ID!, $language: Language) {\n    plan(id: $id) {\n      id\n      title\n      shortTitle\n      aliases\n      kind\n      level\n      status\n      periodStart\n      periodEnd\n      lastReportedAt\n      owners { id name }\n      themes { id name(language: $language) }\n      regions { id name }\n      succeeds { id title shortTitle }\n      succeededBy { id title shortTitle }\n      statusSummary { total counts { status count share } }\n      networks { id name }\n      measures { ...MeasureRowFields }\n      sources { ...CitationFields }\n    }\n  }\n"): (typeof documents)["\n  query PlanPage($id: ID!, $language: Language) {\n    plan(id: $id) {\n      id\n      title\n      shortTitle\n      aliases\n      kind\n      level\n      status\n      periodStart\n      periodEnd\n      lastReportedAt\n      owners { id name }\n      themes { id name(language: $language) }\n      regions { id name }\n      succeeds { id title shortTitle }\n      succeededBy { id title shortTitle }\n      statusSummary { total counts { status count share } }\n      networks { id name }\n      measures { ...MeasureRowFields }\n      sources { ...CitationFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanRounds($id: ID!) { plan(id: $id) { id rounds { id title asOf deadline status answeredCount measureCount } } }\n"): (typeof documents)["\n  query PlanRounds($id: ID!) { plan(id: $id) { id rounds { id title asOf deadline status answeredCount measureCount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenRound($plan: ID!, $asOf: String!, $deadline: String, $title: String) {\n    openReportingRound(plan: $plan, asOf: $asOf, deadline: $deadline, title: $title) { id }\n  }\n"): (typeof documents)["\n  mutation OpenRound($plan: ID!, $asOf: String!, $deadline: String, $title: String) {\n    openReportingRound(plan: $plan, asOf: $asOf, deadline: $deadline, title: $title) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanProgressFields on PlanProgress {\n    plan { id title shortTitle periodStart periodEnd }\n    columns { asOf round { id status } }\n    rows { measure { id number title } cells { asOf status text reported pending } movement overdue overdueSince }\n    summary { forward backward stalled done new none closed notReported overdue }\n    perColumn { asOf counts { status count } }\n  }\n"): (typeof documents)["\n  fragment PlanProgressFields on PlanProgress {\n    plan { id title shortTitle periodStart periodEnd }\n    columns { asOf round { id status } }\n    rows { measure { id number title } cells { asOf status text reported pending } movement overdue overdueSince }\n    summary { forward backward stalled done new none closed notReported overdue }\n    perColumn { asOf counts { status count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanProgressPage($plan: ID!) { planProgress(plan: $plan) { ...PlanProgressFields } }\n"): (typeof documents)["\n  query PlanProgressPage($plan: ID!) { planProgress(plan: $plan) { ...PlanProgressFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorProgressPage($actor: ID!) { actor(id: $actor) { id name } actorProgress(actor: $actor) { ...PlanProgressFields } }\n"): (typeof documents)["\n  query ActorProgressPage($actor: ID!) { actor(id: $actor) { id name } actorProgress(actor: $actor) { ...PlanProgressFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundPage($id: ID!) {\n    reportingRound(id: $id) {\n      id title asOf deadline status closedAt answeredCount measureCount\n      plan { id title shortTitle periodStart periodEnd }\n      owners { actor { id name isGenericRole } answered total measures { id } }\n      measures {\n        measure { id number title }\n        reporters { id name }\n        previous { status asOf text }\n        answers { status text actor { id name } }\n        result { status text reported carriedOverFrom actor { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundPage($id: ID!) {\n    reportingRound(id: $id) {\n      id title asOf deadline status closedAt answeredCount measureCount\n      plan { id title shortTitle periodStart periodEnd }\n      owners { actor { id name isGenericRole } answered total measures { id } }\n      measures {\n        measure { id number title }\n        reporters { id name }\n        previous { status asOf text }\n        answers { status text actor { id name } }\n        result { status text reported carriedOverFrom actor { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportStatus($round: ID!, $answers: [RoundAnswerInput!]!) { reportStatus(round: $round, answers: $answers) { id answeredCount } }\n"): (typeof documents)["\n  mutation ReportStatus($round: ID!, $answers: [RoundAnswerInput!]!) { reportStatus(round: $round, answers: $answers) { id answeredCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseRound($round: ID!) { closeReportingRound(round: $round) { answered carriedOver round { id status } } }\n"): (typeof documents)["\n  mutation CloseRound($round: ID!) { closeReportingRound(round: $round) { answered carriedOver round { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $kinds: [SearchKind!], $first: Int) {\n    search(text: $text, kinds: $kinds, first: $first) {\n      kind\n      label\n      score\n      node { __typename id ... on Measure { number plan { id title shortTitle } } }\n    }\n  }\n"): (typeof documents)["\n  query Search($text: String!, $kinds: [SearchKind!], $first: Int) {\n    search(text: $text, kinds: $kinds, first: $first) {\n      kind\n      label\n      score\n      node { __typename id ... on Measure { number plan { id title shortTitle } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitationFields on Citation {\n    quote\n    locator\n    source { id file title date }\n  }\n"): (typeof documents)["\n  fragment CitationFields on Citation {\n    quote\n    locator\n    source { id file title date }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;