// Entry point of the kiosk screen: mounts the app with the bridge (Electron preload or loopback HTTP).
import '../../shared/zodJitless.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getKioskBridge } from '../../bridge/kioskBridge.js';
import { KioskApp } from './KioskApp.js';
import '../../styles/base.css';
import '../../styles/kiosk.css';

const root = document.getElementById('root');
if (!root) throw new Error('kiosk.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <KioskApp bridge={getKioskBridge()} newRequestId={() => crypto.randomUUID()} />
  </StrictMode>,
);
