import { Link } from 'react-router-dom';
import type { SessionUser } from '../api/session';
import { HeaderSearch } from './header-search';

interface Props {
  user: SessionUser | null;
  onSignOut: () => void;
}

export function AppHeader({ user, onSignOut }: Props) {
  return (
    <header className="moj-header" role="banner">
      <div className="moj-header__container">
        <div className="moj-header__logo">
          <Link className="moj-header__link moj-header__link--organisation-name" to="/tasks">
            West Midlands Police
          </Link>
          <Link className="moj-header__link moj-header__link--service-name" to="/tasks">
            ECU Casework
          </Link>
        </div>
        {user && (
          <div className="moj-header__content">
            <HeaderSearch />
            <nav className="moj-header__navigation" aria-label="Account navigation">
              <ul className="moj-header__navigation-list">
                <li className="moj-header__navigation-item" data-testid="signed-in-user">
                  <span className="moj-header__navigation-link">
                    {user.displayName} ({user.roles.map((r) => r.label).join(', ')})
                  </span>
                </li>
                <li className="moj-header__navigation-item">
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    onClick={onSignOut}
                  >
                    Sign out
                  </button>
                </li>
              </ul>
            </nav>
          </div>
        )}
      </div>
    </header>
  );
}
