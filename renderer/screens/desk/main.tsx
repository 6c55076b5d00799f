// Entry of the desk screen (/desk): mounts the desk app on the hub bridge.
import '../../shared/zodJitless.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHubBridge } from '../../bridge/hubBridge.js';
import { DeskApp } from './DeskApp.js';
import '../../styles/base.css';
import '../../styles/staff.css';

const root = document.getElementById('root');
if (!root) throw new Error('the desk page has no #root element');
createRoot(root).render(
  <StrictMode>
    <DeskApp bridge={createHubBridge()} />
  </StrictMode>,
);
