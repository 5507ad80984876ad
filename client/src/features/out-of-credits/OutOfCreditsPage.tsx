import { OutOfCreditsScreen } from './OutOfCreditsScreen';

/** /out-of-credits: the same screen as the modal, linkable from emails and the help article. */
export default function OutOfCreditsPage() {
  return (
    <div className="card">
      <OutOfCreditsScreen />
    </div>
  );
}
