// Entry of the lobby display (/display): mounts the display app on the hub bridge.
import '../../shared/zodJitless.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHubBridge } from '../../bridge/hubBridge.js';
import { DisplayApp } from './DisplayApp.js';
import '../../styles/base.css';
import '../../styles/display.css';

const root = document.getElementById('root');
if (!root) throw new Error('the display page has no #root element');
createRoot(root).render(
  <StrictMode>
    <DisplayApp bridge={createHubBridge()} />
  </StrictMode>,
);
