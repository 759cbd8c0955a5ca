import { randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Webhook } from 'standardwebhooks';
import { AuditService } from '../audit/audit.service.ts';
import { DecisionFeedService } from '../decisions/decision-feed.service.ts';
import { cursorOf, positionOf } from '../decisions/feed-position.ts';
import { BadUserInputError, ConflictError, NotFoundError } from '../kernel/errors.ts';
import { isUuid } from '../kernel/ids.ts';
import { enqueueJob } from '../kernel/jobs.ts';
import { type Page, type PageResult, findPage } from '../kernel/pagination.ts';
import { type Actor, systemActor } from '../kernel/viewer.ts';
import { Team } from '../people/team.entity.ts';
import { User } from '../people/user.entity.ts';
import { type WebhookAttemptRecord, WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint, WebhookEventType } from './webhook.entity.ts';

export interface NewWebhookEndpoint {
  teamId: string;
  url: string;
  description?: string | null;
  eventTypes: WebhookEventType[];
}

export interface WebhookSecretShown {
  endpoint: WebhookEndpoint;
  /** The only time the secret is shown. */
  secret: string;
}

export interface WebhookOptions {
  /** The first retry's delay; each next one doubles, up to `maxRetryDelayMs`. */
  retryBaseMs?: number;
}

/** The job tasks this area runs (root/jobs.ts lists them). */
export const webhookTasks = { dispatch: 'webhook_dispatch', deliver: 'webhook_deliver' } as const;

const maxRetryDelayMs = 6 * 3600_000;
/** Retries stop three days after the first attempt: at least the 24 h a receiver's outage may last. */
const giveUpAfterMs = 72 * 3600_000;
/** A rotated-out secret still signs for a day, while receivers switch. */
const rotationOverlapMs = 24 * 3600_000;
const attemptTimeoutMs = 10_000;
const keptAttempts = 50;
const dispatchPage = 500;

const deliveryJob = (deliveryId: string) => ({ jobKey: `webhook_delivery:${deliveryId}` });

function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

function checkedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new BadUserInputError('The URL is not a URL.', 'url');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new BadUserInputError('Webhooks go to http or https URLs.', 'url');
  if (parsed.username || parsed.password) throw new BadUserInputError('Put no credentials in the URL: receivers verify the signature.', 'url');
  if (parsed.href.length > 2000) throw new BadUserInputError('The URL is longer than 2,000 characters.', 'url');
  return parsed.href;
}

function audited(endpoint: WebhookEndpoint) {
  return { teamId: endpoint.team.id, url: endpoint.url, eventTypes: [...endpoint.eventTypes], enabled: endpoint.enabled, secretPrefix: endpoint.secretPrefix };
}

/**
 * Signed webhooks (Standard Webhooks): endpoints per team, a delivery per decision-feed event and
 * endpoint, and attempts with exponential backoff. Deliveries are made from the feed by a job
 * after the decision commits (`dispatch`), so a slow or failing receiver never holds up a
 * decision; each delivery is then its own job (`deliver`), retried at `retryBaseMs` × 2ⁿ (capped
 * at six hours) until it is accepted or three days have passed.
 */
export class WebhookService {
  private readonly retryBaseMs: number;

  constructor(
    private readonly em: EntityManager,
    options: WebhookOptions = {},
  ) {
    this.retryBaseMs = options.retryBaseMs ?? 30_000;
  }

  async createEndpoint(actor: Actor & { type: 'USER' }, input: NewWebhookEndpoint): Promise<WebhookSecretShown> {
    const url = checkedUrl(input.url);
    if (input.eventTypes.length === 0) throw new BadUserInputError('Choose at least one event type.', 'eventTypes');
    if (!isUuid(input.teamId)) throw new BadUserInputError('teamId is a team id.', 'teamId');
    const secret = newSigningSecret();
    const endpoint = await this.em.transactional(async (tx) => {
      const team = await tx.findOne(Team, { id: input.teamId });
      if (!team) throw new NotFoundError('Team');
      const created = tx.create(WebhookEndpoint, {
        team,
        url,
        description: input.description?.trim() ?? '',
        eventTypes: [...new Set(input.eventTypes)],
        secret,
        secretPrefix: secret.slice(0, 12),
        createdBy: tx.getReference(User, actor.id),
      });
      await new AuditService(tx).record(actor, { action: 'webhook_endpoint.created', entityType: 'WebhookEndpoint', entityId: created.id, after: audited(created) });
      return created;
    });
    return { endpoint, secret };
  }

  /** A new signing secret; the old one keeps signing beside it for a day. */
  async rotateSecret(actor: Actor, id: string, now = new Date()): Promise<WebhookSecretShown> {
    const secret = newSigningSecret();
    const endpoint = await this.em.transactional(async (tx) => {
      const endpoint = await this.lockEndpoint(tx, id);
      const before = audited(endpoint);
      endpoint.previousSecret = endpoint.secret;
      endpoint.previousSecretExpiresAt = new Date(now.getTime() + rotationOverlapMs);
      endpoint.secret = secret;
      endpoint.secretPrefix = secret.slice(0, 12);
      await new AuditService(tx).record(actor, { action: 'webhook_endpoint.secret_rotated', entityType: 'WebhookEndpoint', entityId: endpoint.id, before, after: audited(endpoint) });
      return endpoint;
    });
    return { endpoint, secret };
  }

  async setEnabled(actor: Actor, id: string, enabled: boolean): Promise<WebhookEndpoint> {
    return this.em.transactional(async (tx) => {
      const endpoint = await this.lockEndpoint(tx, id);
      if (endpoint.enabled === enabled) throw new ConflictError(`The endpoint is already ${enabled ? 'enabled' : 'disabled'}.`);
      const before = audited(endpoint);
      endpoint.enabled = enabled;
      await new AuditService(tx).record(actor, { action: enabled ? 'webhook_endpoint.enabled' : 'webhook_endpoint.disabled', entityType: 'WebhookEndpoint', entityId: endpoint.id, before, after: audited(endpoint) });
      return endpoint;
    });
  }

  async listEndpoints(page: Page): Promise<PageResult<WebhookEndpoint>> {
    return findPage(this.em, WebhookEndpoint, {}, { createdAt: 'desc', id: 'desc' }, page, ['team', 'createdBy']);
  }

  /** An endpoint's deliveries, newest first. */
  async deliveries(endpointId: string, status: WebhookDeliveryStatus | null, page: Page): Promise<PageResult<WebhookDelivery>> {
    if (!isUuid(endpointId) || !(await this.em.count(WebhookEndpoint, { id: endpointId }))) throw new NotFoundError('Webhook endpoint');
    return findPage(this.em, WebhookDelivery, { endpoint: endpointId, ...(status ? { status } : {}) }, { createdAt: 'desc', id: 'desc' }, page, ['endpoint']);
  }

  /** Sends a delivery again now, whatever became of it; the same `webhook-id`, so receivers can tell. */
  async replay(actor: Actor, deliveryId: string): Promise<WebhookDelivery> {
    return this.em.transactional(async (tx) => {
      const delivery = await tx.findOne(WebhookDelivery, { id: deliveryId }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['endpoint'] });
      if (!delivery) throw new NotFoundError('Webhook delivery');
      if (!delivery.endpoint.enabled) throw new ConflictError('The endpoint is disabled: enable it to replay its deliveries.');
      const before = { status: delivery.status, attempts: delivery.attempts };
      delivery.status = WebhookDeliveryStatus.PENDING;
      delivery.nextAttemptAt = new Date();
      await enqueueJob(tx, webhookTasks.deliver, { deliveryId }, deliveryJob(deliveryId));
      await new AuditService(tx).record(actor, { action: 'webhook_delivery.replayed', entityType: 'WebhookDelivery', entityId: delivery.id, before, after: { status: delivery.status } });
      return delivery;
    });
  }

  /**
   * Makes the deliveries of the decision-feed events past the dispatch cursor, one per event and
   * matching endpoint, each with its job, and moves the cursor, in one transaction. One
   * dispatcher at a time (the cursor row's lock); another finding it taken leaves the work to it.
   * Returns how many deliveries it made.
   */
  async dispatch(): Promise<number> {
    return this.em.transactional(async (tx) => {
      const [state] = await tx.execute<{ tx: string; position: string }[]>('select tx::text as tx, position::text as position from webhook_dispatch_state for update skip locked');
      if (!state) return 0;
      const page = await new DecisionFeedService(tx).page(cursorOf(state), dispatchPage);
      if (page.hasMore) await enqueueJob(tx, webhookTasks.dispatch, {}, { jobKey: webhookTasks.dispatch });
      if (page.events.length === 0) return 0;
      const endpoints = await tx.find(WebhookEndpoint, { enabled: true, eventTypes: { $contains: [WebhookEventType.DECISION_EVENT] } });
      const teamOfQueue = new Map(
        (
          await tx.execute<{ id: string; team_id: string }[]>('select id, team_id from queue where id in (select jsonb_array_elements_text(?::jsonb)::uuid)', [
            JSON.stringify([...new Set(page.events.map((event) => event.queueId))]),
          ])
        ).map((row) => [row.id, row.team_id]),
      );
      let created = 0;
      for (const event of page.events) {
        for (const endpoint of endpoints) {
          if (endpoint.team.id !== teamOfQueue.get(event.queueId) || event.decidedAt < endpoint.createdAt) continue;
          const { cursor: _cursor, ...data } = event;
          const delivery = tx.create(WebhookDelivery, {
            endpoint,
            eventType: WebhookEventType.DECISION_EVENT,
            payload: { type: 'decision_event.appended', timestamp: new Date().toISOString(), data },
            nextAttemptAt: new Date(),
          });
          await enqueueJob(tx, webhookTasks.deliver, { deliveryId: delivery.id }, deliveryJob(delivery.id));
          created += 1;
        }
      }
      const next = positionOf(page.endCursor, 'cursor');
      await tx.execute('update webhook_dispatch_state set tx = ?::xid8, position = ?::bigint', [next.tx, next.position]);
      return created;
    });
  }

  /** One attempt at a pending delivery, recorded with its answer; schedules the next when it fails. */
  async deliver(deliveryId: string, now = new Date()): Promise<WebhookDeliveryStatus | null> {
    const delivery = await this.em.fork().findOne(WebhookDelivery, { id: deliveryId }, { populate: ['endpoint'] });
    if (!delivery || delivery.status !== WebhookDeliveryStatus.PENDING) return delivery?.status ?? null;
    const { endpoint } = delivery;
    const answer = endpoint.enabled ? await post(endpoint, delivery, now) : { statusCode: null, latencyMs: 0, error: 'The endpoint is disabled.' };
    return this.em.transactional(async (tx) => {
      const locked = await tx.findOneOrFail(WebhookDelivery, { id: deliveryId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (locked.status !== WebhookDeliveryStatus.PENDING) return locked.status;
      locked.attempts += 1;
      locked.attemptLog = [...locked.attemptLog, { attempt: locked.attempts, at: now, ...answer }].slice(-keptAttempts) as WebhookAttemptRecord[];
      const accepted = answer.statusCode !== null && answer.statusCode >= 200 && answer.statusCode < 300;
      if (accepted || !endpoint.enabled || now.getTime() - locked.createdAt.getTime() >= giveUpAfterMs) {
        locked.status = accepted ? WebhookDeliveryStatus.DELIVERED : WebhookDeliveryStatus.FAILED;
        locked.deliveredAt = accepted ? now : null;
        locked.nextAttemptAt = null;
        await new AuditService(tx).record(systemActor, {
          action: accepted ? 'webhook_delivery.delivered' : 'webhook_delivery.failed',
          entityType: 'WebhookDelivery',
          entityId: locked.id,
          after: { status: locked.status, attempts: locked.attempts, statusCode: answer.statusCode },
        });
        return locked.status;
      }
      locked.nextAttemptAt = new Date(now.getTime() + Math.min(this.retryBaseMs * 2 ** (locked.attempts - 1), maxRetryDelayMs));
      await enqueueJob(tx, webhookTasks.deliver, { deliveryId }, { ...deliveryJob(deliveryId), runAt: locked.nextAttemptAt });
      return locked.status;
    });
  }

  private async lockEndpoint(tx: EntityManager, id: string): Promise<WebhookEndpoint> {
    const endpoint = isUuid(id) ? await tx.findOne(WebhookEndpoint, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['team'] }) : null;
    if (!endpoint) throw new NotFoundError('Webhook endpoint');
    return endpoint;
  }
}

/** POSTs the delivery, signed with the endpoint's secret (and the rotated-out one while it overlaps). */
async function post(endpoint: WebhookEndpoint, delivery: WebhookDelivery, now: Date): Promise<Omit<WebhookAttemptRecord, 'attempt' | 'at'>> {
  const body = JSON.stringify(delivery.payload);
  const secrets = [endpoint.secret, ...(endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now ? [endpoint.previousSecret] : [])];
  const signature = secrets.map((secret) => new Webhook(secret).sign(delivery.id, now, body)).join(' ');
  const started = performance.now();
  try {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'webhook-id': delivery.id, 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': signature },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(attemptTimeoutMs),
    });
    await response.body?.cancel();
    const latencyMs = Math.round(performance.now() - started);
    return { statusCode: response.status, latencyMs, error: response.ok ? null : `The endpoint answered ${response.status}.` };
  } catch (error) {
    const latencyMs = Math.round(performance.now() - started);
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const cause = error instanceof Error && error.cause instanceof Error ? ((error.cause as NodeJS.ErrnoException).code ?? error.cause.message) : null;
    return { statusCode: null, latencyMs, error: timedOut ? `No answer within ${attemptTimeoutMs / 1000} s.` : `Could not reach the endpoint${cause ? ` (${cause})` : ''}.` };
  }
}
