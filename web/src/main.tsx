import { createRoot } from 'react-dom/client';
import './i18n.js';
import './styles.css';
import { App } from './app.js';
import { SessionProvider } from './session.js';

createRoot(document.getElementById('root')!).render(
  <SessionProvider>
    <App />
  </SessionProvider>,
);
