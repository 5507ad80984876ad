import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { isUniqueViolation } from '../../platform/transaction';
import { normalizeEmail } from '../auth/auth.service';
import { User } from '../auth/user.entity';
import { Invitation, Membership, Role } from './membership.entity';
import { Workspace } from './workspace.entity';
import type { AddMemberResult, Member, WorkspaceMembership } from './workspaces.types';

const toMember = (m: Membership): Member => ({
  userId: m.user.id,
  email: m.user.email,
  name: m.user.name,
  role: m.role,
  joinedAt: m.createdAt,
});

export class WorkspacesService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async workspace(workspaceId: string): Promise<Workspace> {
    const ws = await this.db.read().findOne(Workspace, { id: workspaceId });
    if (!ws) throw notFound('Workspace');
    return ws;
  }

  async user(userId: string): Promise<User> {
    const user = await this.db.read().findOne(User, { id: userId });
    if (!user) throw notFound('User');
    return user;
  }

  async membershipsOf(userId: string): Promise<WorkspaceMembership[]> {
    const rows = await this.db
      .read()
      .find(Membership, { user: userId }, { populate: ['workspace'], orderBy: { createdAt: 'asc' } });
    return rows.map((m) => ({ workspace: { id: m.workspace.id, name: m.workspace.name }, role: m.role }));
  }

  async members(workspaceId: string): Promise<Member[]> {
    const rows = await this.db
      .read()
      .find(Membership, { workspace: workspaceId }, { populate: ['user'], orderBy: { createdAt: 'asc' } });
    return rows.map(toMember);
  }

  /** Owners add anyone; admins add admins and members. Unknown emails get an invitation. */
  async addMember(
    workspaceId: string,
    by: { userId: string; role: Role },
    emailInput: string,
    role: Role,
  ): Promise<AddMemberResult> {
    if (role === Role.OWNER && by.role !== Role.OWNER) throw forbidden('Only an owner can add another owner');
    const email = normalizeEmail(emailInput);
    const now = this.clock.now();
    try {
      return await this.db.run(async ({ em }) => {
        const user = await em.findOne(User, { email });
        if (user) {
          const membership = em.create(Membership, { workspace: workspaceId, user, role, createdAt: now });
          await em.flush();
          return { member: toMember(membership), invitation: null };
        }
        const invitation = em.create(Invitation, {
          workspace: workspaceId,
          email,
          role,
          invitedBy: by.userId,
          createdAt: now,
          acceptedAt: null,
        });
        await em.flush();
        return { member: null, invitation: { id: invitation.id, email, role, createdAt: now } };
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError('CONFLICT', `${email} is already a member or invited`, { field: 'email' });
      throw err;
    }
  }
}
