import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EvaluatorDownloads } from './evaluator-downloads';

describe('EvaluatorDownloads', () => {
  it('links each evaluator file as a CSV download and says downloads are disclosures', () => {
    render(<EvaluatorDownloads />);

    expect(screen.getByRole('link', { name: 'Dataset (CSV)' })).toHaveAttribute(
      'href',
      '/api/recovery/evaluation/dataset.csv',
    );
    expect(screen.getByRole('link', { name: 'Cohorts (CSV)' })).toHaveAttribute(
      'href',
      '/api/recovery/evaluation/cohorts.csv',
    );
    expect(screen.getByRole('link', { name: 'Data dictionary (CSV)' })).toHaveAttribute(
      'href',
      '/api/recovery/evaluation/data-dictionary.csv',
    );
    expect(screen.getByRole('link', { name: 'Dataset (CSV)' })).toHaveAttribute('download');
    expect(screen.getByTestId('evaluator-downloads')).toHaveTextContent('recorded as a disclosure to you');
  });
});
