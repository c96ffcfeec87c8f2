import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CharacterCount, characterCountMessage } from './character-count';

describe('characterCountMessage', () => {
  it('says how many characters are left, in GOV.UK words', () => {
    expect(characterCountMessage(0, 4000)).toBe('You have 4,000 characters remaining');
    expect(characterCountMessage(3999, 4000)).toBe('You have 1 character remaining');
    expect(characterCountMessage(4000, 4000)).toBe('You have 0 characters remaining');
  });

  it('says how far over the limit the text is', () => {
    expect(characterCountMessage(4001, 4000)).toBe('You have 1 character too many');
    expect(characterCountMessage(4012, 4000)).toBe('You have 12 characters too many');
  });
});

function Note({ maxLength }: { maxLength: number }) {
  const [value, setValue] = useState('');
  return (
    <CharacterCount
      id="note"
      label="Note"
      value={value}
      maxLength={maxLength}
      onChange={(e) => setValue(e.target.value)}
    />
  );
}

describe('CharacterCount', () => {
  afterEach(() => vi.useRealTimers());

  it('counts down as the user types, shows an error colour past the limit, and tells a screen reader once typing pauses', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<Note maxLength={5} />);

    await user.type(screen.getByLabelText('Note'), 'abcdefg');

    expect(screen.getByTestId('note-count')).toHaveTextContent('You have 2 characters too many');
    expect(screen.getByTestId('note-count')).toHaveClass('govuk-error-message');
    expect(screen.getByLabelText('Note')).toHaveClass('govuk-textarea--error');
    expect(screen.getByLabelText('Note')).toHaveAccessibleDescription(/You can enter up to 5 characters/);
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent('You have 2 characters too many');
  });
});
