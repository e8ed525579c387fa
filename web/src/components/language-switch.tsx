import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES } from '../i18n.js';
import { useSession } from '../session.js';

/** Kinyarwanda, English, French: on every screen, each name in its own language. */
export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const { setLanguage } = useSession();
  const current = i18n.language ? currentLanguage() : 'rw';
  return (
    <div className="language-switch" role="group" aria-label="Ururimi · Language · Langue">
      {LANGUAGES.map((l) => (
        <button key={l.code} type="button" lang={l.code} aria-pressed={current === l.code} onClick={() => void setLanguage(l.code)}>
          {l.name}
        </button>
      ))}
    </div>
  );
}
