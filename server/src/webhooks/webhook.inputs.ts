import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { connectionOf, PageArgs } from '../kernel/connection.ts';
import { WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint, WebhookEventType } from './webhook.entity.ts';

export const WebhookEndpointConnection = connectionOf(WebhookEndpoint, 'WebhookEndpoint');
export const WebhookDeliveryConnection = connectionOf(WebhookDelivery, 'WebhookDelivery');

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookEndpointInput {
  @Field(() => ID, { description: 'The team whose queues’ events it receives.' })
  teamId!: string;

  @Field({ description: 'Where to POST (http or https, no credentials in it).' })
  @Length(1, 2000)
  url!: string;

  @Field(() => String, { nullable: true, description: 'What it is, e.g. "search enforcement service".' })
  @IsOptional()
  @MaxLength(200)
  description?: string | null;

  @Field(() => [WebhookEventType], { description: 'What it is sent; at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  eventTypes!: WebhookEventType[];
}

@ObjectType({ description: 'An endpoint and its signing secret, shown this once.' })
export class WebhookSecretPayload {
  @Field(() => WebhookEndpoint)
  endpoint!: WebhookEndpoint;

  @Field({ description: 'The signing secret (`whsec_…`) to verify deliveries with, e.g. with the `standardwebhooks` package. It cannot be shown again.' })
  secret!: string;
}

@ObjectType({ description: 'The endpoint as it is now.' })
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint)
  endpoint!: WebhookEndpoint;
}

@ObjectType({ description: 'The delivery, sent again.' })
export class ReplayWebhookDeliveryPayload {
  @Field(() => WebhookDelivery)
  delivery!: WebhookDelivery;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID)
  endpointId!: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state.' })
  status?: WebhookDeliveryStatus | null;
}
