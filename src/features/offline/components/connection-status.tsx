import { useTranslation } from 'react-i18next';
import { useOnline } from '@/components/use-online';

/** A small pill while offline; nothing at all while online. */
export function ConnectionStatus() {
  const { t } = useTranslation('offline');
  const online = useOnline();
  return (
    <span role="status" className="connection">
      {online ? null : <span className="connection__offline">{t('offline')}</span>}
    </span>
  );
}
