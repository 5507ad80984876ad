import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../platform/context';
import { requireMember } from '../../platform/context';
import { AuthPayload, SignInInput, SignUpInput } from '../workspaces/workspaces.types';
import type { SignedIn, SignInOrigin } from './auth.service';
import { RequestPasswordResetInput, ResetPasswordInput } from './auth.types';

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

/** The caller's address (behind a proxy, from X-Forwarded-For: the server trusts its proxy) and the app's origin. */
function originOf(ctx: Context): SignInOrigin {
  const request = ctx.http?.request;
  return {
    address: request?.ip ?? null,
    appUrl: request ? `${request.protocol}://${request.host}` : null,
  };
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Creates an account, its own workspace (as owner) and signs in.' })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return setSessionCookie(ctx, await ctx.services.auth.signUp(input));
  }

  @Mutation(() => AuthPayload)
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return setSessionCookie(ctx, await ctx.services.auth.signIn(input.email, input.password, originOf(ctx)));
  }

  @Mutation(() => Boolean, {
    description:
      'Emails a single-use link (valid one hour) to reset the password, if an account has this email. Answers true either way.',
  })
  async requestPasswordReset(
    @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.passwordReset.request(input.email, originOf(ctx).appUrl ?? '');
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sets a new password with an emailed link and ends every session.' })
  async resetPassword(
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.passwordReset.reset(input.token, input.password);
    return true;
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
