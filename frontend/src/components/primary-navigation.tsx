import { NavLink } from 'react-router-dom';

/** A section of the service the signed-in user may go to. */
export interface NavigationLink {
  to: string;
  label: string;
}

/** MOJ primary navigation under the header: the task list plus the sections given; none given, none shown. */
export function PrimaryNavigation({ links }: { links: NavigationLink[] }) {
  if (links.length === 0) return null;
  const sections = [{ to: '/tasks', label: 'Tasks' }, ...links];
  return (
    <div className="moj-primary-navigation">
      <div className="moj-primary-navigation__container">
        <div className="moj-primary-navigation__nav">
          <nav className="moj-primary-navigation" aria-label="Primary navigation">
            <ul className="moj-primary-navigation__list">
              {sections.map((section) => (
                <li className="moj-primary-navigation__item" key={section.to}>
                  <NavLink className="moj-primary-navigation__link" to={section.to}>
                    {section.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}
