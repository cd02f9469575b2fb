import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

const subscribe = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

const isOnline = () => navigator.onLine;
/** Built pages and their hydration render the online state (nothing); the real one follows. */
const onlineAtBuild = () => true;

/** A small pill while offline; nothing at all while online. */
export function ConnectionStatus() {
  const { t } = useTranslation('offline');
  const online = useSyncExternalStore(subscribe, isOnline, onlineAtBuild);
  return (
    <span role="status" className="connection">
      {online ? null : <span className="connection__offline">{t('offline')}</span>}
    </span>
  );
}
