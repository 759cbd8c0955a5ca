import { type ValidationError, validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** As type-graphql's default validation runs with `validate: { forbidUnknownValues: false }`. */
const options: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

const validated = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * Checks an argument's class-validator rules, as type-graphql's own validation does (inputs and
 * lists of inputs; scalars have none), with class-validator imported once here. type-graphql's
 * default imports it with `await import()` on every argument it checks, and under the ESM loader
 * hooks the app runs with (@swc-node/register) each dynamic import is a synchronous round trip to
 * the loader thread: a quarter of the server's CPU in the claim + decide bench at 20,000 cases
 * (npm run bench with BENCH_PROFILE).
 */
export async function validateArgument(value: unknown): Promise<void> {
  if (!validated(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(validated).map((item) => validateOrReject(item, options)));
    else await validateOrReject(value, options);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}
