import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole, type Context } from '../../platform/context';
import { checkId } from '../../platform/ids';
import { Role } from '../workspaces/membership.entity';
import { ApiKeyGql, CreateApiKeyInput, CreatedApiKey, SetApiKeyBudgetInput } from './partners.types';

@Resolver()
export class PartnersResolver {
  @Query(() => [ApiKeyGql], { description: "The workspace's API keys (owners and admins)." })
  async apiKeys(@Ctx() ctx: Context): Promise<ApiKeyGql[]> {
    const auth = requireRole(ctx, [Role.OWNER, Role.ADMIN]);
    return ctx.services.partners.list(auth.workspaceId);
  }

  @Mutation(() => CreatedApiKey, { description: 'Creates a key for a partner integration; the secret is shown once.' })
  async createApiKey(
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedApiKey> {
    const auth = requireRole(ctx, [Role.OWNER, Role.ADMIN]);
    return ctx.services.partners.create(
      auth.workspaceId,
      auth.userId,
      input.name,
      input.scopes,
      input.monthlyBudget ?? null,
    );
  }

  @Mutation(() => ApiKeyGql, {
    description:
      "Sets or removes (null) a key's monthly budget; it applies to holds made from now on (owners and admins).",
  })
  async setApiKeyBudget(
    @Arg('input', () => SetApiKeyBudgetInput) input: SetApiKeyBudgetInput,
    @Ctx() ctx: Context,
  ): Promise<ApiKeyGql> {
    const auth = requireRole(ctx, [Role.OWNER, Role.ADMIN]);
    return ctx.services.partners.setBudget(auth.workspaceId, checkId(input.id, 'id'), input.monthlyBudget ?? null);
  }

  @Mutation(() => ApiKeyGql, { description: 'Revokes a key at once, on every server.' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiKeyGql> {
    const auth = requireRole(ctx, [Role.OWNER, Role.ADMIN]);
    return ctx.services.partners.revoke(auth.workspaceId, checkId(id, 'id'));
  }
}
