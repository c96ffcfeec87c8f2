import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { SuccessBanner } from '../../../components/notification-banner';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import {
  amendmentsToReview,
  getFraudCase,
  type CaseHistoryEntry,
  type CaseNote,
  type Crime,
  type FraudCase,
} from '../api/fraud-cases';
import { AmendedByNfibNotice } from './amendment-changes';
import {
  ECU_INVESTIGATIONS,
  listEcuInvestigators,
  listNfibFraudTypes,
  listOutcomeCodes,
  listPolicingAreas,
} from '../../../api/reference';
import { CaseDiagramSection } from './case-diagram-section';
import { CaseEventForm } from './case-event-form';
import { CaseHeader } from './case-header';
import {
  DECISION_LABELS,
  ENHANCED_RIGHTS_LABELS,
  formatMoney,
  label,
  PRIORITY_LABELS,
  STATUS_LABELS,
  VICTIM_TYPE_LABELS,
} from './case-labels';
import { CaseNoteForm } from './case-note-form';
import { CaseTimeline } from './case-timeline';
import { EnhancedRightsForm } from './enhanced-rights-form';
import { CommunicationNeedsForm } from '../../../components/communication-needs-form';
import { recordCaseNeeds } from '../../../api/communication-needs';
import { NeedsSection } from './needs-section';
import { UpdateFrequencySection } from './update-frequency-section';
import { OfficerInChargeForm } from './officer-in-charge-form';
import { OutcomeCorrectionForm } from './outcome-correction-form';
import { canBuildOutcomeReturns } from './outcome-return-access';
import { canMarkCourierFraud } from './courier-fraud-access';
import { CourierFraudForm } from './courier-fraud-form';
import { useSession } from '../../../lib/session-context';

/** Events can be logged once the crime is triaged: while it is investigated, and after it is filed or finalised. */
const EVENTS_OPEN = ['INVESTIGATING', 'AWAITING_ACCEPTANCE'];
const CLOSED = 'FINALISED';

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{name}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** Names for the codes and usernames a crime holds, from the reference lists (codes alone when a list is missing). */
function useNames() {
  const lists = [
    useApiData(listNfibFraudTypes),
    useApiData(listOutcomeCodes),
    useApiData(listPolicingAreas),
    // Only ECU roles may list the ECU investigators; others see the username.
    useApiData(listEcuInvestigators),
  ] as const;
  const types = lists[0].data ?? [];
  const outcomes = lists[1].data ?? [];
  const areas = lists[2].data ?? [];
  const officers = lists[3].data ?? [];
  return {
    /** every list has answered, one way or the other */
    settled: lists.every((l) => l.data !== undefined || l.error !== null),
    fraudType: (code?: string | null) => {
      const type = types.find((t) => t.code === code);
      return code ? (type ? `${code} – ${type.name}` : code) : '—';
    },
    outcome: (code?: string | null) => {
      const outcome = outcomes.find((o) => o.code === code);
      return code ? (outcome ? `${code} – ${outcome.name}` : code) : '—';
    },
    area: (id?: string | null) => (id ? (areas.find((a) => a.id === id)?.name ?? id) : '—'),
    team: (id?: string | null) => {
      if (!id) return '—';
      if (id === ECU_INVESTIGATIONS) return 'ECU investigations';
      const area = areas.find((a) => a.teamId === id);
      return area ? `${area.name} investigation team` : id;
    },
    officer: (username?: string | null) =>
      username ? (officers.find((o) => o.username === username)?.displayName ?? username) : '—',
  };
}

function CrimeFacts({ crime }: { crime: Crime }) {
  const names = useNames();
  // Codes turning into names a moment later would read badly to a screen reader.
  if (!names.settled) return <p className="govuk-body">Loading…</p>;
  return (
    <dl className="govuk-summary-list" data-testid="crime-facts">
      <Row name="Status">{label(STATUS_LABELS, crime.status)}</Row>
      <Row name="Victim">
        {crime.victimName} ({label(VICTIM_TYPE_LABELS, crime.victimType)})
      </Row>
      {crime.victimDateOfBirth && <Row name="Victim’s date of birth">{formatDate(crime.victimDateOfBirth)}</Row>}
      <Row name="Reported">{formatDate(crime.reportedDate)}</Row>
      <Row name="Received from the NFIB">{formatDate(crime.receivedAt)}</Row>
      <Row name="Fraud type">{names.fraudType(crime.nfibCode)}</Row>
      {crime.originalNfibCode && crime.originalNfibCode !== crime.nfibCode && (
        <Row name="Fraud type sent by the NFIB">{names.fraudType(crime.originalNfibCode)}</Row>
      )}
      <Row name="Courier fraud">{crime.courierFraud ? 'Yes' : 'No'}</Row>
      <Row name="Loss">{formatMoney(crime.lossGbp)}</Row>
      <Row name="NDM score">{crime.ndmScore ?? '—'}</Row>
      <Row name="Policing area">{names.area(crime.policingArea)}</Row>
      {crime.summary && <Row name="Summary">{crime.summary}</Row>}
      <Row name="Priority">{label(PRIORITY_LABELS, crime.priority)}</Row>
      <Row name="Triage decision">{label(DECISION_LABELS, crime.triageDecision)}</Row>
      {crime.filingRationale && <Row name="Rationale for filing">{crime.filingRationale}</Row>}
      <Row name="Allocated team">{names.team(crime.allocatedTeam)}</Row>
      <Row name="Allocated officer">{names.officer(crime.allocatedOfficer)}</Row>
      <Row name="Outcome">
        {crime.outcomeCode
          ? `${names.outcome(crime.outcomeCode)}${crime.homeOfficeOutcome && crime.homeOfficeOutcome !== crime.outcomeCode ? ` (returned as ${crime.homeOfficeOutcome})` : ''}, ${formatDate(crime.outcomeDate)}`
          : 'Not yet recorded'}
      </Row>
    </dl>
  );
}

/** A note as the case's timeline shows it (the server's title for notes in the case view is the same). */
const noteEntry = (note: CaseNote): CaseHistoryEntry => ({
  at: note.createdAt,
  who: note.authorName,
  what: 'Note',
  detail: note.text,
});

/** A fraud case: its facts, where it stands, lines of enquiry, the victim's enhanced rights, notes and events. */
export function CasePage() {
  const { crimeReference = '' } = useParams();
  const { user } = useSession();
  const [fraudCase, setFraudCase] = useState<FraudCase | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(
    () =>
      getFraudCase(crimeReference)
        .then((c) => {
          setFraudCase(c);
          setLoadError(null);
        })
        .catch((e) =>
          setLoadError(e instanceof ApiError ? e : new ApiError(0, 'The case could not be loaded; try again')),
        ),
    [crimeReference],
  );

  useEffect(() => {
    load();
  }, [load]);

  if (loadError) {
    return (
      <>
        <h1 className="govuk-heading-l">{loadError.status === 404 ? 'Case not found' : 'Sorry, there is a problem'}</h1>
        <p className="govuk-body" data-testid="case-problem">
          {loadError.message}
        </p>
        <p className="govuk-body">
          <Link to="/tasks" className="govuk-link">
            Go to your tasks
          </Link>
        </p>
      </>
    );
  }
  if (!fraudCase) return <p className="govuk-body">Loading…</p>;

  const { crime, linesOfEnquiry, enhancedRights, history } = fraudCase;
  const supervises = (team?: string | null) =>
    !!team && (user?.teams ?? []).some((t) => t.teamId === team && t.supervisor);
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;
  const problems = (items: ErrorItem[]) => {
    setNotice(null);
    setErrors(items);
  };
  const saved = (message: string) => {
    setErrors([]);
    setNotice(message);
    load();
  };
  // The note goes on the timeline as it is: no need to read the whole case again.
  const noteAdded = (note: CaseNote) => {
    setErrors([]);
    setNotice('Note added to the case');
    setFraudCase((c) => (c ? { ...c, history: [noteEntry(note), ...c.history] } : c));
  };

  return (
    <>
      <ErrorSummary errors={errors} />
      <SuccessBanner message={notice} />
      <span className="govuk-caption-l">Fraud case</span>
      <h1 className="govuk-heading-l">{crime.crimeReference}</h1>
      <CaseHeader
        subject={crime.victimName}
        status={label(STATUS_LABELS, crime.status)}
        tasks={fraudCase.currentTasks ?? []}
      />
      <AmendedByNfibNotice amendments={amendmentsToReview(fraudCase.amendments)} />

      <h2 className="govuk-heading-m">The crime</h2>
      <CrimeFacts crime={crime} />
      {canMarkCourierFraud(user) && (
        <CourierFraudForm
          key={String(crime.courierFraud)}
          reference={crime.crimeReference}
          current={crime.courierFraud}
          errorFor={errorFor}
          onProblems={problems}
          onSaved={saved}
        />
      )}

      <h2 className="govuk-heading-m">Where the case stands</h2>
      <CaseDiagramSection reference={crime.crimeReference} />

      <h2 className="govuk-heading-m">Lines of enquiry</h2>
      {linesOfEnquiry.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet" data-testid="lines-of-enquiry">
          {linesOfEnquiry.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">None recorded.</p>
      )}

      <h2 className="govuk-heading-m">Enhanced rights</h2>
      {enhancedRights ? (
        <dl className="govuk-summary-list" data-testid="enhanced-rights">
          <Row name="Category">{ENHANCED_RIGHTS_LABELS[enhancedRights.category] ?? enhancedRights.category}</Row>
          <Row name="Reason">{enhancedRights.reason}</Row>
        </dl>
      ) : (
        <p className="govuk-body" data-testid="enhanced-rights">
          Not assessed: the victim has the standard rights of the Victims’ Code.
        </p>
      )}
      <EnhancedRightsForm
        key={`${enhancedRights?.category}:${enhancedRights?.reason}`}
        reference={crime.crimeReference}
        current={enhancedRights}
        errorFor={errorFor}
        onProblems={problems}
        onSaved={saved}
      />

      <h2 className="govuk-heading-m" id="communication-needs">
        Communication needs
      </h2>
      {!fraudCase.communicationNeeds && <p className="govuk-body">None recorded.</p>}
      <CommunicationNeedsForm
        key={fraudCase.communicationNeeds?.recordedAt ?? 'none'}
        current={fraudCase.communicationNeeds ?? null}
        save={(needs) => recordCaseNeeds(crime.crimeReference, needs)}
        onSaved={() => saved('Communication needs recorded')}
      />

      <NeedsSection
        key={`needs-${history.length}`}
        reference={crime.crimeReference}
        errorFor={errorFor}
        onProblems={problems}
        onSaved={saved}
      />

      <UpdateFrequencySection
        key={history.length}
        reference={crime.crimeReference}
        errorFor={errorFor}
        onProblems={problems}
        onSaved={saved}
      />

      {crime.status === 'INVESTIGATING' && supervises(crime.allocatedTeam) && (
        <>
          <h2 className="govuk-heading-m" id="officer-in-charge-heading">
            Change officer in charge
          </h2>
          <OfficerInChargeForm
            reference={crime.crimeReference}
            ecuCase={crime.allocatedTeam === ECU_INVESTIGATIONS}
            errorFor={errorFor}
            onProblems={problems}
            onSaved={saved}
          />
        </>
      )}

      {crime.status === CLOSED &&
        crime.outcomeCode &&
        crime.triageDecision !== 'RETURN_TO_NFIB' &&
        canBuildOutcomeReturns(user) && (
          <>
            <h2 className="govuk-heading-m" id="outcome-correction-heading">
              Correct the outcome
            </h2>
            <OutcomeCorrectionForm
              reference={crime.crimeReference}
              path={crime.triageDecision === 'FILE' ? 'FILED_AT_TRIAGE' : 'INVESTIGATED'}
              currentCode={crime.outcomeCode}
              errorFor={errorFor}
              onProblems={problems}
              onSaved={saved}
            />
          </>
        )}

      <h2 className="govuk-heading-m">What has happened</h2>
      <h3 className="govuk-heading-s" id="case-note-heading">
        Add a note
      </h3>
      <CaseNoteForm reference={crime.crimeReference} errorFor={errorFor} onProblems={problems} onAdded={noteAdded} />
      <CaseTimeline entries={history} />

      <h2 className="govuk-heading-m" id="case-event-heading">
        Log a case event
      </h2>
      {crime.status === CLOSED && (
        <p className="govuk-body" data-testid="closed-case-events">
          This case is filed or finalised. An event is still kept on its timeline, and the victim is told of it where
          the Victims’ Code asks. An arrest, a charge or new information goes to an ECU supervisor, who may reopen the
          case for triage.
        </p>
      )}
      {EVENTS_OPEN.includes(crime.status) || crime.status === CLOSED ? (
        <CaseEventForm
          reference={crime.crimeReference}
          closed={crime.status === CLOSED}
          errorFor={errorFor}
          onProblems={problems}
          onSaved={saved}
        />
      ) : (
        <p className="govuk-body">Events can be logged once the crime has been triaged.</p>
      )}
    </>
  );
}
