import type { WebhookDeliveryStatus } from '$lib/graphql/generated/graphql';

/** What a delivery's row says: delivered, failed for good, retrying after failed attempts, or not tried yet. */
export function deliveryState(delivery: { status: WebhookDeliveryStatus; attempts: number }): { label: string; tone: 'ok' | 'warn' | 'off' | '' } {
  if (delivery.status === 'DELIVERED') return { label: 'Delivered', tone: 'ok' };
  if (delivery.status === 'FAILED') return { label: 'Failed', tone: 'off' };
  return delivery.attempts > 0 ? { label: 'Retrying', tone: 'warn' } : { label: 'Queued', tone: '' };
}
