// Entry of the maintenance screen (/maintenance): mounts the maintenance app on the hub bridge.
import '../../shared/zodJitless.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHubBridge } from '../../bridge/hubBridge.js';
import { MaintenanceApp } from './MaintenanceApp.js';
import '../../styles/base.css';
import '../../styles/staff.css';

const root = document.getElementById('root');
if (!root) throw new Error('the maintenance page has no #root element');
createRoot(root).render(
  <StrictMode>
    <MaintenanceApp bridge={createHubBridge()} />
  </StrictMode>,
);
