import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireScope, type Context } from '../../platform/context';
import { checkId } from '../../platform/ids';
import { AddAdAccountInput, AdAccountType, toAdAccount, UpdateAdAccountInput } from './ad-accounts.types';

/** Management: never depends on credits. */
@Resolver()
export class AdAccountsResolver {
  @Query(() => [AdAccountType])
  async adAccounts(@Ctx() ctx: Context): Promise<AdAccountType[]> {
    const auth = requireScope(ctx, 'features:run');
    return (await ctx.services.adAccounts.list(auth.workspaceId)).map(toAdAccount);
  }

  @Mutation(() => AdAccountType)
  async addAdAccount(
    @Arg('input', () => AddAdAccountInput) input: AddAdAccountInput,
    @Ctx() ctx: Context,
  ): Promise<AdAccountType> {
    const auth = requireScope(ctx, 'features:run');
    return toAdAccount(await ctx.services.adAccounts.add(auth.workspaceId, input));
  }

  @Mutation(() => AdAccountType)
  async updateAdAccount(
    @Arg('input', () => UpdateAdAccountInput) input: UpdateAdAccountInput,
    @Ctx() ctx: Context,
  ): Promise<AdAccountType> {
    const auth = requireScope(ctx, 'features:run');
    const id = checkId(input.id, 'id');
    return toAdAccount(await ctx.services.adAccounts.update(auth.workspaceId, id, input));
  }

  @Mutation(() => AdAccountType, { description: 'Makes this the active ad account.' })
  async setActiveAdAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AdAccountType> {
    const auth = requireScope(ctx, 'features:run');
    return toAdAccount(await ctx.services.adAccounts.setActive(auth.workspaceId, checkId(id, 'id')));
  }
}
