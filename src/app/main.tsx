import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { initI18n } from '@/i18n/i18n';
import { preferredLanguage } from '@/i18n/language';
import { createAppRouter } from './router';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const firstSegment = window.location.pathname.split('/')[1];
await initI18n(firstSegment === 'en' || firstSegment === 'fr' ? firstSegment : preferredLanguage());

createRoot(root).render(
  <StrictMode>
    <RouterProvider router={createAppRouter()} />
  </StrictMode>,
);
