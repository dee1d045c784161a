import { lazy, Suspense, useEffect, useRef } from 'react';
import { useI18n } from './i18n';
import { Link, useLocation, useRoute, type Route } from './router';
import { useToken } from './auth';
import { Loading } from './ui/QueryState';
import { MapPage } from './map/MapPage';
import { PlansPage, PlanPage } from './plans/PlanPage';
import { GapsPage } from './gaps/GapsPage';
import { ActorPage } from './entities/ActorPage';
import { NetworkPage } from './entities/NetworkPage';
import { MeasurePage } from './entities/MeasurePage';
import { IndicatorsPage } from './indicators/IndicatorsPage';
import { RoundPage } from './rounds/RoundPage';
import { ProgressPage } from './rounds/ProgressPage';

// Editing is for the few signed-in editors: loaded only when opened.
const EditPage = lazy(() => import('./edit/EditPage').then((m) => ({ default: m.EditPage })));
const ImportPage = lazy(() => import('./import/ImportPage').then((m) => ({ default: m.ImportPage })));

function Page({ route }: { route: Route }) {
  const { t } = useI18n();
  switch (route.name) {
    case 'map': return <MapPage />;
    case 'plans': return <PlansPage />;
    case 'plan': return <PlanPage id={route.id} />;
    case 'gaps': return <GapsPage />;
    case 'actor': return <ActorPage id={route.id} />;
    case 'network': return <NetworkPage id={route.id} />;
    case 'measure': return <MeasurePage id={route.id} />;
    case 'indicators': return <IndicatorsPage />;
    case 'round': return <RoundPage id={route.id} />;
    case 'progress': return <ProgressPage />;
    case 'edit': return <Suspense fallback={<Loading />}><EditPage /></Suspense>;
    case 'import': return <Suspense fallback={<Loading />}><ImportPage /></Suspense>;
    default: return (
      <div className="page">
        <h1 id="page-heading" tabIndex={-1}>{t('page.notFound')}</h1>
        <p>{t('page.notFoundText')}</p>
        <p><Link to="/">{t('page.toMap')}</Link></p>
      </div>
    );
  }
}

const NAV: { to: string; key: 'nav.map' | 'nav.plans' | 'nav.gaps' | 'nav.indicators' | 'nav.edit' | 'nav.import'; routes: Route['name'][] }[] = [
  { to: '/', key: 'nav.map', routes: ['map'] },
  { to: '/plans', key: 'nav.plans', routes: ['plans', 'plan', 'measure', 'round', 'progress'] },
  { to: '/gaps', key: 'nav.gaps', routes: ['gaps'] },
  { to: '/indicators', key: 'nav.indicators', routes: ['indicators'] },
  { to: '/edit', key: 'nav.edit', routes: ['edit'] },
  { to: '/import', key: 'nav.import', routes: ['import'] },
];

/** The shell: skip link, header with menu, language switch and sign-in state, and the routed page. */
export function App() {
  const { t, lang, setLang } = useI18n();
  const route = useRoute();
  const { pathname } = useLocation();
  const token = useToken();
  const first = useRef(true);
  // After client-side navigation move focus to the new page's heading, so screen readers announce it.
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    document.getElementById('page-heading')?.focus({ preventScroll: true });
  }, [pathname]);
  useEffect(() => {
    const h = document.getElementById('page-heading')?.textContent;
    document.title = h && route.name !== 'map' ? `${h} – Samkart` : t('app.title');
  });
  return (
    <div className="app">
      <a href="#main" className="skip-link">{t('app.skip')}</a>
      <header className="site-header">
        <div className="brand">
          <Link to="/" className="logo">{t('app.title')}</Link>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map((n) => (
              <li key={n.to}><Link to={n.to} aria-current={n.routes.includes(route.name) ? 'page' : undefined}>{t(n.key)}</Link></li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          {token && <span className="signed-in">{t('auth.signedIn')}</span>}
          <button type="button" className="lang" lang={lang === 'nb' ? 'en' : 'nb'} aria-label={t('lang.switchLabel')} onClick={() => setLang(lang === 'nb' ? 'en' : 'nb')}>
            {t('lang.switch')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </div>
  );
}
