import { AuditEvent } from '../../audit/audit-event.entity.ts';
import { CalibrationCase, CalibrationLabel, CalibrationParticipant, CalibrationSession } from '../../calibration/calibration.entities.ts';
import { ReviewCase } from '../../cases/case.entity.ts';
import { Decision } from '../../decisions/decision.entity.ts';
import { Escalation, EscalationMessage, EscalationTier } from '../../escalations/escalation.entities.ts';
import { GoldenCase } from '../../golden/golden-case.entity.ts';
import { QaTask } from '../../qa/qa-task.entity.ts';
import { Report, ReportSubscription } from '../../reports/report.entities.ts';
import { CoachingGoal, PerformanceReview, ReviewAddendum } from '../../reviews/review.entities.ts';
import { AssessmentQuestion, Certification, TrainingAssignment, TrainingAttempt, TrainingModule, TrainingProgram } from '../../training/training.entities.ts';
import { Notification } from '../../notifications/notification.entity.ts';
import { Policy } from '../../policies/policy.entity.ts';
import { Queue } from '../../queues/queue.entity.ts';
import { Subject } from '../../subjects/subject.entity.ts';
import { ExposureDay, StepAway, TeamWellness, UserWellness } from '../../wellness/wellness.entities.ts';
import { ApiToken } from '../../people/api-token.entity.ts';
import { Appeal } from '../../appeals/appeal.entity.ts';
import { EvaluationProject } from '../../projects/project.entity.ts';
import { WebhookDelivery, WebhookEndpoint } from '../../webhooks/webhook.entity.ts';
import { Session } from '../../people/session.entity.ts';
import { Site } from '../../people/site.entity.ts';
import { Team } from '../../people/team.entity.ts';
import { User } from '../../people/user.entity.ts';
import { SeedRun } from './seed-run.entity.ts';

/** Every entity, listed explicitly: discovery by folder scanning does not survive bundling or ESM. */
export const entities = [Site, Team, User, Session, ApiToken, AuditEvent, SeedRun, Policy, Subject, Queue, ReviewCase, Decision, TeamWellness, UserWellness, ExposureDay, StepAway, EscalationTier, Escalation, EscalationMessage, Notification, CalibrationSession, CalibrationCase, CalibrationParticipant, CalibrationLabel, GoldenCase, QaTask, TrainingProgram, TrainingModule, AssessmentQuestion, TrainingAttempt, Certification, TrainingAssignment, PerformanceReview, ReviewAddendum, CoachingGoal, Report, ReportSubscription, WebhookEndpoint, WebhookDelivery, Appeal, EvaluationProject];
