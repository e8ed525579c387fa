import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseNav } from '../cases/routes.js';
import { DIRECTORY_NAV } from '../directory/routes.js';
import { WORKFORCE_NAV } from '../workforce/routes.js';
import { DATA_PROTECTION_NAV } from '../data-protection/routes.js';
import { INDICATOR_NAV } from '../indicators/routes.js';
import { Link, NavLink, useLocation, useNavigationType } from 'react-router';
import { useSession } from '../session.js';
import type { Me } from '../api/types.js';
import { LanguageSwitch } from './language-switch.js';

function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('app.skip')}
    </a>
  );
}

/** Screens before the user is fully signed in: the name, the language switch, one card. */
export function PublicFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <header className="topbar">
        <span className="brand">Rinda</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="public-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/** Navigation entries, each shown only to roles holding its permission. */
const NAV: { to: string; key: string; permission?: string; exact?: boolean }[] = [
  { to: '/', key: 'nav.home', exact: true },
  { to: '/map', key: 'nav.map', permission: 'places:read' },
  { to: '/users', key: 'nav.users', permission: 'users:read' },
  { to: '/izu', key: 'nav.izu', permission: 'izu:read' },
  { to: '/izu/monthly-report', key: 'nav.monthlyReport', permission: 'izu_report:submit' },
  { to: '/izu/monthly-reports', key: 'nav.monthlyReports', permission: 'izu_report:read' },
  { to: '/organisations', key: 'nav.organisations', permission: 'organisations:manage' },
  ...DIRECTORY_NAV,
  ...WORKFORCE_NAV,
  ...DATA_PROTECTION_NAV,
  ...INDICATOR_NAV,
  { to: '/audit', key: 'nav.audit', permission: 'audit:read' },
];

export function Shell({ me, children }: { me: Me; children: ReactNode }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const path = useLocation().pathname;
  const navigationType = useNavigationType();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // On a phone the menu folds behind one button; it folds again on the next page.
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(path);
  if (menuPath !== path) {
    setMenuPath(path);
    setMenuOpen(false);
  }

  useEffect(() => {
    // After navigating, move focus to the new page so keyboard and screen-reader users start there.
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    // A new page starts at its top; Back (POP) leaves the browser to restore where the reader was.
    if (navigationType !== 'POP') window.scrollTo(0, 0);
  }, [path, navigationType]);

  return (
    <>
      <SkipLink />
      <header className="topbar">
        <Link to="/" className="brand">
          Rinda
        </Link>
        <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen((open) => !open)}>
          {t('nav.menu')}
        </button>
        <nav id="main-nav" aria-label={t('nav.label')} className={menuOpen ? 'main-nav open' : 'main-nav'}>
          <ul>
            {[NAV[0]!, ...caseNav(me), ...NAV.slice(1)]
              .filter((n) => !n.permission || me.permissions.includes(n.permission))
              .map((n) => (
                <li key={n.to}>
                  <NavLink to={n.to} end={n.exact}>
                    {t(n.key)}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <div className="user-menu">
          <NavLink to="/profile" className="user-name" title={t('nav.profile')}>
            <span className="visually-hidden">{t('nav.profile')}: </span>
            {me.fullName}
          </NavLink>
          <button type="button" className="link-button" onClick={() => void signOut()}>
            {t('auth.signOut')}
          </button>
        </div>
        <LanguageSwitch />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
