import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { errorMessage } from '../../lib/errors';

export const WorkspaceSwitcherFragment = graphql(`
  fragment WorkspaceSwitcher_viewer on Viewer {
    workspace {
      id
      name
    }
    workspaces {
      role
      workspace {
        id
        name
      }
    }
  }
`);

const SwitchWorkspaceMutation = graphql(`
  mutation SwitchWorkspace($workspaceId: ID!) {
    switchWorkspace(workspaceId: $workspaceId)
  }
`);

interface Props {
  viewer: FragmentType<typeof WorkspaceSwitcherFragment>;
  /** Reconnects the live balance socket so it follows the new workspace. */
  restartLive: () => void;
}

export function WorkspaceSwitcher({ viewer, restartLive }: Props) {
  const data = getFragmentData(WorkspaceSwitcherFragment, viewer);
  const [switchWorkspace, { loading }] = useMutation(SwitchWorkspaceMutation);
  const client = useApolloClient();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const onChange = async (workspaceId: string) => {
    if (workspaceId === data.workspace.id) return;
    setError(null);
    try {
      await switchWorkspace({ variables: { workspaceId } });
      restartLive();
      // Ids on the current page belong to the old workspace: start from the dashboard.
      void navigate('/');
      // Every cached number belongs to the old workspace. A query the new role may not run (API keys for a
      // member) fails on its own page; it must not fail the switch.
      await client.resetStore().catch(() => undefined);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="ws-switcher">
      <label htmlFor={id}>Workspace</label>
      {data.workspaces.length > 1 ? (
        <select
          id={id}
          value={data.workspace.id}
          onChange={(e) => void onChange(e.target.value)}
          disabled={loading}
          data-testid="workspace-switcher"
        >
          {data.workspaces.map((m) => (
            <option key={m.workspace.id} value={m.workspace.id}>
              {m.workspace.name} ({m.role.toLowerCase()})
            </option>
          ))}
        </select>
      ) : (
        <select id={id} value={data.workspace.id} disabled data-testid="workspace-switcher">
          <option value={data.workspace.id}>{data.workspace.name}</option>
        </select>
      )}
      {error && (
        <p className="small" role="alert" style={{ color: '#fda29b', marginTop: 4 }}>
          {error}
        </p>
      )}
    </div>
  );
}
