import { NavLink } from 'react-router-dom';

/** A section of the service the signed-in user may go to. */
export interface NavigationLink {
  to: string;
  label: string;
}

/**
 * The primary navigation's links: the sections the features offer the user, after the task list
 * when they may work tasks. None offered, none shown (the task list alone needs no navigation).
 */
export function navigationLinks(tasks: NavigationLink[], sections: NavigationLink[]): NavigationLink[] {
  return sections.length === 0 ? [] : [...tasks, ...sections];
}

/** MOJ primary navigation under the header: the links given; none given, none shown. */
export function PrimaryNavigation({ links }: { links: NavigationLink[] }) {
  if (links.length === 0) return null;
  return (
    <div className="moj-primary-navigation">
      <div className="moj-primary-navigation__container">
        <div className="moj-primary-navigation__nav">
          <nav className="moj-primary-navigation" aria-label="Primary navigation">
            <ul className="moj-primary-navigation__list">
              {links.map((section) => (
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
