import { ReactFlowProvider } from '@xyflow/react';
import { MapCanvas } from '../canvas/MapCanvas';
import { useAppStoreApi } from '../store/useAppStore';
import { DetailsPanel } from './DetailsPanel';
import { Legend } from './Legend';
import { OpenMapButton } from './OpenMapButton';
import { RejectedFilePanel } from './RejectedFilePanel';

export function App() {
  const store = useAppStoreApi();
  const title = store((s) => s.map.title);
  return (
    <ReactFlowProvider>
      <div className="am-app">
        <header className="am-toolbar">
          <h1>{title}</h1>
          <OpenMapButton />
        </header>
        <main className="am-main">
          <div className="am-stage">
            <MapCanvas />
            <RejectedFilePanel />
          </div>
          <DetailsPanel />
        </main>
        <Legend />
      </div>
    </ReactFlowProvider>
  );
}
