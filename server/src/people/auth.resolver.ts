import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.ts';
import { AuthService } from './auth.service.ts';
import { SignInInput, SignInPayload, SignOutPayload } from './people.inputs.ts';
import { tokenPrefix } from './secrets.ts';

@Resolver()
export class AuthResolver {
  @Mutation(() => SignInPayload, { description: 'Signs in with email and password. Wrong credentials give UNAUTHENTICATED.' })
  async signIn(@Arg('input') input: SignInInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    const signedIn = await new AuthService(ctx.em).signIn(input.email, input.password);
    ctx.cookie?.set(signedIn.token, signedIn.expiresAt);
    return signedIn;
  }

  @Mutation(() => SignOutPayload, { description: 'Ends the current session (cookie or Bearer session token).' })
  async signOut(@Ctx() ctx: Context): Promise<SignOutPayload> {
    ctx.cookie?.clear();
    const credential = ctx.credential;
    if (!credential?.startsWith(tokenPrefix.session)) return { signedOut: false };
    await new AuthService(ctx.em).signOut(credential);
    return { signedOut: true };
  }
}
