import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useApiData } from '../../../lib/use-api-data';
import { getCaseDiagram } from '../api/fraud-cases';
import { caseProgress, diagramElements } from './case-progress';

const CaseDiagram = lazy(() => import('./case-diagram'));

/**
 * Where the case stands: the steps in words (what a screen reader reads, and anyone can check at a glance),
 * then the process diagram with those steps marked.
 */
export function CaseDiagramSection({ reference }: { reference: string }) {
  const diagram = useApiData(useCallback(() => getCaseDiagram(reference), [reference]));
  const progress = useMemo(
    () => (diagram.data ? caseProgress(diagram.data, diagramElements(diagram.data.bpmnXml)) : null),
    [diagram.data],
  );

  if (diagram.error) return <p className="govuk-body">{diagram.error}</p>;
  if (!diagram.data || !progress) return <p className="govuk-body">Loading…</p>;
  return (
    <>
      <dl className="govuk-summary-list" data-testid="case-progress">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Now</dt>
          <dd className="govuk-summary-list__value">
            {progress.current.length > 0 ? progress.current.join('; ') : 'Nothing: the process has ended'}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Done</dt>
          <dd className="govuk-summary-list__value">
            {progress.completed.length > 0 ? progress.completed.join('; ') : 'Nothing yet'}
          </dd>
        </div>
      </dl>
      <p className="govuk-body app-bpmn-key" aria-hidden="true">
        In the diagram: <span className="app-bpmn-key__item app-bpmn-key__item--active">now</span>{' '}
        <span className="app-bpmn-key__item app-bpmn-key__item--completed">done</span>
      </p>
      <Suspense fallback={<p className="govuk-body">Drawing the diagram…</p>}>
        <CaseDiagram
          bpmnXml={diagram.data.bpmnXml}
          markers={progress.markers}
          label={`Process diagram. ${progress.summary}`}
        />
      </Suspense>
    </>
  );
}
