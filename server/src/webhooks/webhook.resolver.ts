import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole } from '../kernel/access.ts';
import { PageArgs } from '../kernel/connection.ts';
import type { Context } from '../kernel/context.ts';
import { pageComplexity } from '../kernel/limits.ts';
import type { PageResult } from '../kernel/pagination.ts';
import type { WebhookDelivery, WebhookEndpoint } from './webhook.entity.ts';
import {
  CreateWebhookEndpointInput,
  ReplayWebhookDeliveryPayload,
  WebhookDeliveriesArgs,
  WebhookDeliveryConnection,
  WebhookEndpointConnection,
  WebhookEndpointPayload,
  WebhookSecretPayload,
} from './webhook.inputs.ts';
import { WebhookService } from './webhook.service.ts';

@Resolver()
export class WebhookResolver {
  @Query(() => WebhookEndpointConnection, { description: 'Webhook endpoints, newest first (admins).', complexity: pageComplexity })
  async webhookEndpoints(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<PageResult<WebhookEndpoint>> {
    requireRole(ctx.viewer, 'admins');
    return new WebhookService(ctx.em).listEndpoints(page);
  }

  @Query(() => WebhookDeliveryConnection, { description: 'An endpoint’s delivery log, newest first: status, attempts with their answers and latency (admins).', complexity: pageComplexity })
  async webhookDeliveries(@Args() args: WebhookDeliveriesArgs, @Ctx() ctx: Context): Promise<PageResult<WebhookDelivery>> {
    requireRole(ctx.viewer, 'admins');
    return new WebhookService(ctx.em).deliveries(args.endpointId, args.status ?? null, args);
  }

  @Mutation(() => WebhookSecretPayload, { description: 'Registers a team’s webhook endpoint (admins). The signing secret is in the payload and shown nowhere else.' })
  async createWebhookEndpoint(@Arg('input') input: CreateWebhookEndpointInput, @Ctx() ctx: Context): Promise<WebhookSecretPayload> {
    const admin = requireRole(ctx.viewer, 'admins');
    return new WebhookService(ctx.em).createEndpoint({ type: 'USER', id: admin.id }, input);
  }

  @Mutation(() => WebhookSecretPayload, { description: 'Gives the endpoint a new signing secret (admins); deliveries carry a signature with the old one too for 24 hours.' })
  async rotateWebhookSecret(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WebhookSecretPayload> {
    requireRole(ctx.viewer, 'admins');
    return new WebhookService(ctx.em).rotateSecret(ctx.viewer.actor, id);
  }

  @Mutation(() => WebhookEndpointPayload, { description: 'Stops or resumes deliveries to the endpoint (admins). Setting what is already set gives CONFLICT.' })
  async setWebhookEndpointEnabled(@Arg('id', () => ID) id: string, @Arg('enabled') enabled: boolean, @Ctx() ctx: Context): Promise<WebhookEndpointPayload> {
    requireRole(ctx.viewer, 'admins');
    return { endpoint: await new WebhookService(ctx.em).setEnabled(ctx.viewer.actor, id, enabled) };
  }

  @Mutation(() => ReplayWebhookDeliveryPayload, { description: 'Sends a delivery again now, with the same `webhook-id` (admins).' })
  async replayWebhookDelivery(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ReplayWebhookDeliveryPayload> {
    requireRole(ctx.viewer, 'admins');
    return { delivery: await new WebhookService(ctx.em).replay(ctx.viewer.actor, id) };
  }
}
