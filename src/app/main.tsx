import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { langOfPath } from '@/domain/course-ids';
import { initI18n } from '@/i18n/i18n';
import { preferredLanguage } from '@/i18n/language';
import { createAppRouter } from './router';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

await initI18n(langOfPath(window.location.pathname) ?? preferredLanguage());

createRoot(root).render(
  <StrictMode>
    <RouterProvider router={createAppRouter()} />
  </StrictMode>,
);
