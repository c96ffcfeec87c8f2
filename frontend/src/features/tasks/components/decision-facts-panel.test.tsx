import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { DecisionFacts } from '../../../api/tasks';
import { DecisionFactsPanel } from './decision-facts-panel';

const triage: DecisionFacts = {
  groups: [
    {
      title: 'The crime',
      facts: [
        { label: 'Fraud type', value: 'NFIB3A: Online shopping and auctions', personal: false },
        { label: 'Loss', value: '£12,500', personal: true },
      ],
    },
    { title: 'The victim', facts: [{ label: 'Age band', value: '70 and over', personal: true }] },
  ],
};

function renderPanel(props: Parameters<typeof DecisionFactsPanel>[0]) {
  return render(
    <MemoryRouter>
      <DecisionFactsPanel {...props} />
    </MemoryRouter>,
  );
}

describe('DecisionFactsPanel', () => {
  it('shows each group of facts as a summary list, with a link to the case page', () => {
    renderPanel({ facts: triage, caseHref: '/cases/NFRC1' });

    const panel = screen.getByRole('region', { name: 'Facts for this decision' });
    expect(within(panel).getByRole('heading', { name: 'The crime' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'The victim' })).toBeInTheDocument();
    expect(within(panel).getByText('Loss').nextElementSibling).toHaveTextContent('£12,500');
    expect(within(panel).getByText('Fraud type').nextElementSibling).toHaveTextContent(
      'NFIB3A: Online shopping and auctions',
    );
    expect(within(panel).getByRole('link', { name: 'Open the case page' })).toHaveAttribute('href', '/cases/NFRC1');
  });

  it('shows why approval is needed first, within the facts', () => {
    renderPanel({ facts: triage, approvalReason: 'Loss of £10000 or more', caseHref: '/cases/NFRC1' });

    const keys = screen.getAllByRole('term').map((term) => term.textContent);
    expect(keys[0]).toBe('Why approval is needed');
    expect(screen.getByText('Loss of £10000 or more')).toBeInTheDocument();
  });

  it('shows nothing when the task has no facts for this user', () => {
    const { container } = renderPanel({ facts: { groups: [{ title: 'Vulnerability', facts: [] }] } });

    expect(container).toBeEmptyDOMElement();
  });
});
