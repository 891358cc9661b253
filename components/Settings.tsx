import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SITES, KNOWN_SITES, siteOf, sitePatterns } from '../utils/sites';
import { getSettings, settingsItem, updateSettings, type Settings } from '../utils/settings';
import { t } from './i18n';
import { Loading } from './States';

/** Auto-save, highlighting, and the news sites the extension reads (each asks for its permission). */
export function SettingsPanel() {
  const [s, setS] = useState<Settings | null>(null);
  const [custom, setCustom] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void getSettings().then(setS);
    return settingsItem.watch((v) => v && setS(v));
  }, []);

  if (!s) return <Loading />;

  const setSite = async (host: string, on: boolean) => {
    setMessage(null);
    if (on) {
      // Asked here, on the reader's click: the browser shows its own prompt.
      const granted = await browser.permissions.request({ origins: sitePatterns(host) });
      if (!granted) {
        setMessage(t('permissionRefused', host));
        return;
      }
      await updateSettings({ enabledSites: [...new Set([...s.enabledSites, host])] });
    } else {
      await updateSettings({ enabledSites: s.enabledSites.filter((h) => h !== host) });
      await browser.permissions.remove({ origins: sitePatterns(host) }).catch(() => false);
    }
  };

  const addCustom = async (e: Event) => {
    e.preventDefault();
    const host = siteOf(custom);
    if (!host) {
      setMessage(t('siteInvalid'));
      return;
    }
    await setSite(host, true);
    setCustom('');
  };

  const sites = [...new Set([...KNOWN_SITES, ...s.enabledSites])];
  return (
    <section class="settings" aria-label={t('tabSettings')}>
      <label class="switch">
        <input type="checkbox" checked={s.autoSave} onChange={(e) => void updateSettings({ autoSave: (e.currentTarget as HTMLInputElement).checked })} data-testid="setting-autosave" />
        <span>
          <strong>{t('settingAutoSave')}</strong>
          <small>{t('settingAutoSaveHint')}</small>
        </span>
      </label>
      <label class="switch">
        <input type="checkbox" checked={s.highlight} onChange={(e) => void updateSettings({ highlight: (e.currentTarget as HTMLInputElement).checked })} data-testid="setting-highlight" />
        <span>
          <strong>{t('settingHighlight')}</strong>
          <small>{t('settingHighlightHint')}</small>
        </span>
      </label>

      <h2>{t('sites')}</h2>
      <p class="muted">{t('sitesHint')}</p>
      <ul class="sites">
        {DEFAULT_SITES.map((host) => (
          <li key={host}>
            <label class="switch">
              <input type="checkbox" checked disabled />
              <span>
                {host} <small>{t('siteDefault')}</small>
              </span>
            </label>
          </li>
        ))}
        {sites.map((host) => (
          <li key={host}>
            <label class="switch">
              <input type="checkbox" checked={s.enabledSites.includes(host)} onChange={(e) => void setSite(host, (e.currentTarget as HTMLInputElement).checked)} />
              <span>{host}</span>
            </label>
          </li>
        ))}
      </ul>
      <form class="add-site" onSubmit={addCustom}>
        <input type="text" placeholder={t('sitePlaceholder')} aria-label={t('siteAdd')} value={custom} onInput={(e) => setCustom((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" class="button">
          {t('siteAdd')}
        </button>
      </form>
      {message && (
        <p class="notice" role="alert">
          {message}
        </p>
      )}
      <p class="privacy muted">{t('privacyNote')}</p>
    </section>
  );
}
