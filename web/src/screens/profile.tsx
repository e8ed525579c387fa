import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { LanguageSwitch } from '../components/language-switch.js';
import { languageName, levelName, roleName } from '../labels.js';
import { Link } from 'react-router';
import { useMe, useSession } from '../session.js';

export function Profile() {
  const { t } = useTranslation();
  useTitle(t('profile.title'));
  const me = useMe();
  const { signOut } = useSession();
  return (
    <section aria-labelledby="profile-title">
      <h1 id="profile-title">{t('profile.title')}</h1>
      <dl className="facts">
        <div>
          <dt>{t('users.fullName')}</dt>
          <dd>{me.fullName}</dd>
        </div>
        <div>
          <dt>{t('auth.username')}</dt>
          <dd>{me.username}</dd>
        </div>
        <div>
          <dt>{t('users.role')}</dt>
          <dd>{roleName(t, me.role)}</dd>
        </div>
        <div>
          <dt>{t('home.jurisdiction')}</dt>
          <dd>
            {me.jurisdiction.name} · {levelName(t, me.jurisdiction.level)}
          </dd>
        </div>
        <div>
          <dt>{t('users.language')}</dt>
          <dd>{languageName(t, me.language)}</dd>
        </div>
      </dl>

      <h2>{t('users.language')}</h2>
      <p className="muted">{t('profile.languageHint')}</p>
      <LanguageSwitch />

      <h2>{t('profile.security')}</h2>
      <ul className="plain-list">
        <li>
          <Link to="/profile/password">{t('password.title')}</Link>
        </li>
        <li>{me.totpEnabled ? <span>{t('totp.enabled')}</span> : <Link to="/profile/two-step">{t('totp.setUp')}</Link>}</li>
      </ul>

      <h2>{t('profile.sessions')}</h2>
      <p className="muted">{t('profile.signOutEverywhereHint')}</p>
      <p className="actions">
        <button type="button" onClick={() => void signOut()}>
          {t('auth.signOut')}
        </button>
        <button type="button" onClick={() => void signOut({ everywhere: true })}>
          {t('auth.signOutEverywhere')}
        </button>
      </p>
    </section>
  );
}
