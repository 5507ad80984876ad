import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireAuth, requireMember, requireRole, type Context } from '../../platform/context';
import { Role } from './membership.entity';
import { AddMemberInput, AddMemberResult, Member, Viewer } from './workspaces.types';

@Resolver()
export class WorkspacesResolver {
  @Query(() => Viewer)
  async viewer(@Ctx() ctx: Context): Promise<Viewer> {
    const auth = requireAuth(ctx);
    const { workspaces } = ctx.services;
    const ws = await workspaces.workspace(auth.workspaceId);
    const workspace = { id: ws.id, name: ws.name };
    if (auth.kind === 'apiKey') return { user: null, workspace, role: null, isSupport: false, workspaces: [] };
    const user = await workspaces.user(auth.userId);
    return {
      user: { id: user.id, email: user.email, name: user.name },
      workspace,
      role: auth.role,
      isSupport: auth.isSupport,
      workspaces: await workspaces.membershipsOf(auth.userId),
    };
  }

  @Query(() => [Member])
  async members(@Ctx() ctx: Context): Promise<Member[]> {
    const auth = requireMember(ctx);
    return ctx.services.workspaces.members(auth.workspaceId);
  }

  @Mutation(() => AddMemberResult, { description: 'Owners and admins add people by email.' })
  async addMember(
    @Arg('input', () => AddMemberInput) input: AddMemberInput,
    @Ctx() ctx: Context,
  ): Promise<AddMemberResult> {
    const auth = requireRole(ctx, [Role.OWNER, Role.ADMIN]);
    return ctx.services.workspaces.addMember(auth.workspaceId, auth, input.email, input.role);
  }
}
