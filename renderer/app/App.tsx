import { Workspace } from '../workspace/Workspace';
import { AppProvider, type AppServices } from '../hooks/services';
import { useHostWiring } from './use-host-wiring';

/** The root: provides the services and wires the host; the layout lives in Workspace. */
export function App({ services }: { services: AppServices }) {
  return (
    <AppProvider value={services}>
      <HostWiring services={services} />
      <Workspace />
    </AppProvider>
  );
}

function HostWiring({ services }: { services: AppServices }) {
  useHostWiring(services);
  return null;
}
