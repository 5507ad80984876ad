import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../platform/context';
import { requireMember } from '../../platform/context';
import { AuthPayload, SignInInput, SignUpInput } from '../workspaces/workspaces.types';
import type { SignedIn } from './auth.service';

export const SESSION_COOKIE = 'hero_session';

function setSessionCookie(ctx: Context, signedIn: SignedIn): AuthPayload {
  ctx.http?.reply.setCookie(SESSION_COOKIE, signedIn.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.services.config.COOKIE_SECURE ?? ctx.services.config.isProduction,
    path: '/',
    expires: signedIn.expiresAt,
  });
  return { token: signedIn.token, expiresAt: signedIn.expiresAt };
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Creates an account, its own workspace (as owner) and signs in.' })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return setSessionCookie(ctx, await ctx.services.auth.signUp(input));
  }

  @Mutation(() => AuthPayload)
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return setSessionCookie(ctx, await ctx.services.auth.signIn(input.email, input.password));
  }

  @Mutation(() => Boolean, { description: 'Ends this session everywhere it is used.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    const auth = requireMember(ctx);
    await ctx.services.auth.signOut(auth.sessionId);
    ctx.http?.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => Boolean, { description: 'Makes another of your workspaces the current one for this session.' })
  async switchWorkspace(@Arg('workspaceId', () => ID) workspaceId: string, @Ctx() ctx: Context): Promise<boolean> {
    const auth = requireMember(ctx);
    await ctx.services.auth.switchWorkspace(auth.sessionId, auth.userId, workspaceId);
    return true;
  }
}
