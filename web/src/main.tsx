import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import './i18n.js';
import './styles.css';
import { createQueryClient } from './api/query-client.js';
import { App } from './app.js';
import { SessionProvider } from './session.js';

const queryClient = createQueryClient();

createRoot(document.getElementById('root')!).render(
  <BrowserRouter>
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <App />
      </SessionProvider>
    </QueryClientProvider>
  </BrowserRouter>,
);
