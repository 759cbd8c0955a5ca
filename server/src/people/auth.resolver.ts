import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../kernel/context.ts';
import { AuthService } from './auth.service.ts';
import { SignInInput, SignInPayload, SignOutPayload } from './people.inputs.ts';
import { tokenPrefix } from './secrets.ts';
import { Viewer } from '../kernel/viewer.ts';

@Resolver()
export class AuthResolver {
  @Mutation(() => SignInPayload, {
    description: 'Signs in with email and password; the payload is read as the person who just signed in (so `user { certifications }` is theirs). Wrong credentials give UNAUTHENTICATED. Anyone may call it.',
  })
  async signIn(@Arg('input') input: SignInInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    const signedIn = await new AuthService(ctx.em).signIn(input.email, input.password);
    ctx.cookie?.set(signedIn.token, signedIn.expiresAt);
    // The request came in signed out; what it asks of the payload is asked by the person now signed in.
    ctx.viewer = Viewer.ofUser({ id: signedIn.user.id, roles: signedIn.user.roles, teamId: signedIn.user.team?.id ?? null });
    return signedIn;
  }

  @Mutation(() => SignOutPayload, { description: 'Ends the current session (cookie or Bearer session token). Anyone may call it: a browser whose session already ended still clears its cookie.' })
  async signOut(@Ctx() ctx: Context): Promise<SignOutPayload> {
    ctx.cookie?.clear();
    const credential = ctx.credential;
    if (!credential?.startsWith(tokenPrefix.session)) return { signedOut: false };
    await new AuthService(ctx.em).signOut(credential);
    return { signedOut: true };
  }
}
