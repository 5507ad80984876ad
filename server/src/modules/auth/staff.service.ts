import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { AppError, badInput } from '../../platform/errors';
import { normalizeEmail } from './auth.service';
import { StaffRoleChange, type StaffRoleChangeKind } from './staff-role-change.entity';
import { User } from './user.entity';

export interface StaffRoleResult {
  email: string;
  userId: string;
  isSupport: boolean;
  /** False when the account already had (or already lacked) the role: nothing was written. */
  changed: boolean;
}

const MAX_ACTOR_LENGTH = 200;

/**
 * The support staff role, given and taken by an operator for an account that already exists, never
 * by signing up (an address that merely matches cannot become staff before its owner signs up).
 * A change also holds for the sessions already open: servers drop what they cached about the account
 * when they hear of it (see staff.command.ts).
 */
export class StaffService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  grant(email: string, actor: string): Promise<StaffRoleResult> {
    return this.change(email, 'GRANT', actor);
  }

  revoke(email: string, actor: string): Promise<StaffRoleResult> {
    return this.change(email, 'REVOKE', actor);
  }

  private async change(emailInput: string, kind: StaffRoleChangeKind, actor: string): Promise<StaffRoleResult> {
    const email = normalizeEmail(emailInput);
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw badInput(`"${emailInput}" is not an email address`, 'email');
    const isSupport = kind === 'GRANT';
    return this.db.run(async ({ em }) => {
      const user = await em.findOne(User, { email });
      if (!user) {
        throw new AppError('NOT_FOUND', `No account with the email ${email}. The person signs up first.`, {
          field: 'email',
        });
      }
      // Conditional, so two operators at once record one change, not two.
      const changed = (await em.nativeUpdate(User, { id: user.id, isSupport: !isSupport }, { isSupport })) === 1;
      if (changed) {
        const by = actor.trim().slice(0, MAX_ACTOR_LENGTH) || 'unknown';
        em.create(StaffRoleChange, { userId: user.id, email, kind, actor: by, createdAt: this.clock.now() });
        await em.flush();
      }
      return { email, userId: user.id, isSupport, changed };
    });
  }
}
