import { registerEnumType } from 'type-graphql';

/**
 * What links accounts (Migration20261206100000AccountNetworks): the signals an account report
 * carries. Pure, so ingest and the seeds share it.
 */

export enum FingerprintKind {
  DEVICE = 'DEVICE',
  PAYMENT = 'PAYMENT',
}
registerEnumType(FingerprintKind, {
  name: 'FingerprintKind',
  description: 'What an integrator’s opaque fingerprint identifies.',
  valuesConfig: {
    DEVICE: { description: 'A device the account used.' },
    PAYMENT: { description: 'A payment instrument the account used.' },
  },
});

export enum LinkKind {
  LINKED_ACCOUNT = 'LINKED_ACCOUNT',
  DEVICE = 'DEVICE',
  PAYMENT = 'PAYMENT',
}
registerEnumType(LinkKind, {
  name: 'LinkKind',
  description: 'How two accounts are linked.',
  valuesConfig: {
    LINKED_ACCOUNT: { description: 'One names the other as linked (the service’s own account links).' },
    DEVICE: { description: 'They share a device fingerprint.' },
    PAYMENT: { description: 'They share a payment fingerprint.' },
  },
});

/** A row of `account_link`: the signal, and what it is (the account's own id is `ACCOUNT_ID`). */
export interface AccountSignal {
  signal: string;
  kind: 'ACCOUNT_ID' | 'LINKED_ACCOUNT' | FingerprintKind;
}

export interface AccountSignalsSource {
  accountId: string;
  linkedAccountIds?: readonly string[] | null;
  fingerprints?: readonly { kind: FingerprintKind; id: string }[] | null;
}

/**
 * The signals of an account as reported: its own id and each id it names take one form, so an
 * account and the one naming it meet on a signal; fingerprints are kept apart by kind, since an
 * integrator's device and payment ids come from different spaces.
 */
export function accountSignals(account: AccountSignalsSource): AccountSignal[] {
  const signals = new Map<string, AccountSignal>();
  const add = (signal: string, kind: AccountSignal['kind']) => signals.has(signal) || signals.set(signal, { signal, kind });
  add(`account:${account.accountId}`, 'ACCOUNT_ID');
  for (const linked of account.linkedAccountIds ?? []) add(`account:${linked}`, 'LINKED_ACCOUNT');
  for (const fingerprint of account.fingerprints ?? []) add(`${fingerprint.kind.toLowerCase()}:${fingerprint.id}`, fingerprint.kind);
  return [...signals.values()];
}

/** How a signal links its accounts, as the cluster shows it: an id, named or own, is an account link. */
export function linkKindOf(kind: AccountSignal['kind']): LinkKind {
  return kind === 'ACCOUNT_ID' ? LinkKind.LINKED_ACCOUNT : (kind as unknown as LinkKind);
}
