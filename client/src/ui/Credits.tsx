import { exactCredits, formatCredits, type CreditRounding } from '../lib/format';

interface Props {
  micro: number;
  /** Which side of the truth the shown value stays on (see lib/format.ts); default `happened`. */
  round?: CreditRounding;
  whole?: boolean;
  className?: string;
  testId?: string;
}

/** An amount of credits as the app shows it, with the exact amount on hover. */
export function Credits({ micro, round, whole, className, testId }: Props) {
  return (
    <span className={className ? `num ${className}` : 'num'} title={exactCredits(micro)} data-testid={testId}>
      {formatCredits(micro, { round, whole })}
    </span>
  );
}
