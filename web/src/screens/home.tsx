import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { levelName, roleName } from '../labels.js';
import { Link } from 'react-router';
import { useMe } from '../session.js';
import { DayWork } from './home-work.js';

export function Home() {
  const { t } = useTranslation();
  useTitle(t('nav.home'));
  const me = useMe();
  const has = (p: string) => me.permissions.includes(p);
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.greeting', { name: me.fullName })}</h1>
      <dl className="facts">
        <div>
          <dt>{t('home.signedInAs')}</dt>
          <dd>
            {me.username} · {roleName(t, me.role)}
          </dd>
        </div>
        <div>
          <dt>{t('home.jurisdiction')}</dt>
          <dd data-testid="my-jurisdiction">
            {me.jurisdiction.name} · {levelName(t, me.jurisdiction.level)}
          </dd>
        </div>
      </dl>
      <DayWork />
      <h2>{t('home.whatYouCanDo')}</h2>
      <ul className="tiles">
        {has('places:read') && (
          <li>
            <Link to="/map">{t('nav.map')}</Link>
            <p>{t('home.mapHint')}</p>
          </li>
        )}
        {has('users:read') && (
          <li>
            <Link to="/users">{t('nav.users')}</Link>
            <p>{has('users:manage') ? t('home.usersManageHint') : t('home.usersHint')}</p>
          </li>
        )}
        {has('organisations:manage') && (
          <li>
            <Link to="/organisations">{t('nav.organisations')}</Link>
            <p>{t('home.organisationsHint')}</p>
          </li>
        )}
        {has('izu:read_visits') && !has('izu:log_visit') && (
          <li>
            <Link to="/izu/visits">{t('izuWork.placeVisits')}</Link>
            <p>{t('izuWork.placeVisitsHint')}</p>
          </li>
        )}
        {has('audit:read') && (
          <li>
            <Link to="/audit">{t('nav.audit')}</Link>
            <p>{t('home.auditHint')}</p>
          </li>
        )}
        <li>
          <Link to="/profile">{t('nav.profile')}</Link>
          <p>{t('home.profileHint')}</p>
        </li>
      </ul>
    </section>
  );
}
