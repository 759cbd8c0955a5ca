import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema, type PubSub } from 'type-graphql';
import { validateArgument } from '../kernel/argument-validation.ts';
import { AuditResolver } from '../audit/audit.resolver.ts';
import {
  CalibrationCaseResultResolver,
  CalibrationLabelResolver,
  CalibrationPairResultResolver,
  CalibrationParticipantResultResolver,
  CalibrationResolver,
} from '../calibration/calibration.resolver.ts';
import { CaseResolver } from '../cases/case.resolver.ts';
import { DashboardResolver } from '../dashboard/dashboard.resolver.ts';
import { DecisionFeedResolver, SubjectOutcomesResolver } from '../decisions/decision-feed.resolver.ts';
import { EnforcementEntryFamilyResolver, EnforcementResolver } from '../enforcement/enforcement.resolver.ts';
import { WebhookResolver } from '../webhooks/webhook.resolver.ts';
import { AppealResolver, CaseAppealResolver } from '../appeals/appeal.resolver.ts';
import { CaseProjectResolver, ProjectResolver } from '../projects/project.resolver.ts';
import { DecisionResolver } from '../decisions/decision.resolver.ts';
import { EscalationMessageResolver, EscalationResolver } from '../escalations/escalation.resolver.ts';
import { GoldenResolver } from '../golden/golden.resolver.ts';
import { QaResolver } from '../qa/qa.resolver.ts';
import { QualityMetricsResolver } from '../quality/metrics.resolver.ts';
import { ReportResolver, ReportSubscriptionResolver } from '../reports/report.resolver.ts';
import { ReviewAddendumResolver, ReviewResolver } from '../reviews/review.resolver.ts';
import {
  AttemptQuestionResolver,
  CertificationResolver,
  QueueCertificationResolver,
  TrainingAssignmentResolver,
  TrainingAttemptResolver,
  TrainingModuleResolver,
  TrainingProgressResolver,
  TrainingResolver,
  UserCertificationResolver,
} from '../training/training.resolver.ts';
import { NotificationResolver } from '../notifications/notification.resolver.ts';
import { PolicyResolver } from '../policies/policy.resolver.ts';
import { QueueResolver } from '../queues/queue.resolver.ts';
import { QueryFamilyResolver, SubjectResolver } from '../subjects/subject.resolver.ts';
import { StrikeLadderResolver, SubjectStrikesResolver } from '../strikes/strike.resolver.ts';
import { ClusterMemberResolver, NetworkActionResolver, SubjectClusterResolver } from '../networks/network.resolver.ts';
import { WellnessResolver } from '../wellness/wellness.resolver.ts';
import { ApiTokenResolver } from '../people/api-token.resolver.ts';
import { AuthResolver } from '../people/auth.resolver.ts';
import { TeamResolver } from '../people/team.resolver.ts';
import { UserResolver } from '../people/user.resolver.ts';
import { ErrorCode } from '../kernel/errors.ts';

const description = `Vigil: operations for Trust & Safety evaluation of search and account safety.

Authenticate with the session cookie set by \`signIn\`, or with \`Authorization: Bearer <token>\`
(a session token from \`signIn\`, or an integrator API token). WebSocket clients (graphql-ws)
send \`{ "authorization": "Bearer <token>" }\` as the connection_init payload, or rely on the cookie.

Every error carries \`extensions.code\`, one of: ${Object.values(ErrorCode).join(', ')}.
Input errors also carry \`extensions.field\`, the input field at fault. Text holding a NUL (U+0000)
or a lone UTF-16 surrogate is BAD_USER_INPUT in any String or ID input (in \`ingestCases\`, only
that report fails). Subscriptions are served over the WebSocket only: over HTTP they are
BAD_REQUEST. Introspection needs a session or an API token outside development.`;

export async function buildVigilSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [AuthResolver, UserResolver, TeamResolver, ApiTokenResolver, AuditResolver, PolicyResolver, QueueResolver, CaseResolver, DecisionResolver, DecisionFeedResolver, SubjectOutcomesResolver, EnforcementResolver, EnforcementEntryFamilyResolver, SubjectResolver, WellnessResolver, EscalationResolver, EscalationMessageResolver, NotificationResolver, CalibrationResolver, CalibrationLabelResolver, CalibrationCaseResultResolver, CalibrationPairResultResolver, CalibrationParticipantResultResolver, GoldenResolver, QaResolver, QualityMetricsResolver, TrainingResolver, TrainingModuleResolver, AttemptQuestionResolver, TrainingAttemptResolver, TrainingProgressResolver, CertificationResolver, TrainingAssignmentResolver, QueueCertificationResolver, UserCertificationResolver, ReviewResolver, ReviewAddendumResolver, DashboardResolver, ReportResolver, ReportSubscriptionResolver, WebhookResolver, AppealResolver, CaseAppealResolver, ProjectResolver, CaseProjectResolver, QueryFamilyResolver, StrikeLadderResolver, SubjectStrikesResolver, NetworkActionResolver, SubjectClusterResolver, ClusterMemberResolver],
    pubSub,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validateFn: validateArgument,
  });
  return new GraphQLSchema({ ...schema.toConfig(), description });
}

/** The schema as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printableSchema(): Promise<GraphQLSchema> {
  const unusedPubSub: PubSub = {
    publish: () => undefined,
    subscribe: () => {
      throw new Error('not for serving');
    },
  };
  return lexicographicSortSchema(await buildVigilSchema(unusedPubSub));
}
