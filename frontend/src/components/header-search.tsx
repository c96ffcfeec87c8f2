import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';

/**
 * The one search box of every signed-in page (the MOJ header's search pattern): a crime reference, a name, a
 * participant reference or an import file's name, answered on the results page.
 */
export function HeaderSearch() {
  const navigate = useNavigate();
  const [text, setText] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(`/search?q=${encodeURIComponent(text.trim())}`);
    setText('');
  }

  return (
    <form role="search" aria-label="Search cases, people and imports" className="app-header-search" onSubmit={submit}>
      <label className="govuk-visually-hidden" htmlFor="header-search">
        Search by crime reference, name, participant reference or import file
      </label>
      <input
        id="header-search"
        name="q"
        type="search"
        className="govuk-input app-header-search__input"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="govuk-button govuk-button--secondary app-header-search__button">
        Search
      </button>
    </form>
  );
}
