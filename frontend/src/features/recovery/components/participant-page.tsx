import { useCallback, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { SuccessBanner } from '../../../components/notification-banner';
import { formatDate } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { useSession } from '../../../lib/session-context';
import { getParticipant, type Offence, type Participant } from '../api/recovery';
import { CustodyPeriods } from './custody-periods';
import { DeathAfterExit } from './participant-death-form';
import { ExitForm, LeaveBeforeEnrolmentForm, PathwayStageForm } from './participant-forms';
import { PausesSection } from './participant-pause-form';
import { TransferSection } from './participant-transfer-form';
import { isDrugWorker } from './recovery-access';
import {
  areaName,
  DISCHARGE_REASONS,
  ENGAGEMENT,
  EXIT_REASONS,
  FOLLOW_UP_RESULTS,
  formatPounds,
  INELIGIBILITY_REASONS,
  LEFT_BEFORE_ENROLMENT_REASONS,
  inWords,
  MEDICATIONS,
  REFERRAL_SOURCES,
  STAGES,
  STATUSES,
  statusTagClass,
  SUBSTANCE_MISUSE,
  yesNo,
} from './recovery-words';
import { TableHead } from '../../../components/table-head';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function OffenceTable({ offences, caption }: { offences: Offence[]; caption: string }) {
  if (offences.length === 0) return <p className="govuk-body">None recorded.</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <TableHead columns={['Date', { label: 'Value stolen', numeric: true }, 'Retailer']} />
      <tbody className="govuk-table__body">
        {offences.map((o, i) => (
          <tr className="govuk-table__row" key={`${o.offenceDate}-${i}`}>
            <td className="govuk-table__cell">{formatDate(o.offenceDate)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatPounds(o.valueStolenGbp)}</td>
            <td className="govuk-table__cell">{o.retailer ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Referral({ p }: { p: Participant }) {
  return (
    <Section id="referral" title="Referral">
      <dl className="govuk-summary-list">
        <Row label="Referred">
          {formatDate(p.referral.referralDate)} by {p.referral.referredBy}
        </Row>
        <Row label="Source">{inWords(REFERRAL_SOURCES, p.referral.source)}</Row>
        <Row label="Substance misuse">{inWords(SUBSTANCE_MISUSE, p.referral.substanceMisuse)}</Row>
        <Row label="Weekly drug spend">{formatPounds(p.referral.weeklyDrugSpendGbp)}</Row>
        <Row label="Notes">{p.referral.notes || '—'}</Row>
      </dl>
      {p.ineligibilityReasons.length > 0 && (
        <div className="govuk-warning-text" data-testid="ineligibility-reasons">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Not eligible:
            <ul className="govuk-list govuk-list--bullet">
              {p.ineligibilityReasons.map((r) => (
                <li key={r}>{inWords(INELIGIBILITY_REASONS, r)}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </Section>
  );
}

function Pathway({
  p,
  drugWorker,
  onSaved,
}: {
  p: Participant;
  drugWorker: boolean;
  onSaved: (notice: string) => void;
}) {
  return (
    <Section id="pathway" title="Treatment pathway">
      {p.pathway.length === 0 ? (
        <p className="govuk-body">No stages recorded.</p>
      ) : (
        <ol className="govuk-list govuk-list--number" data-testid="pathway-stages">
          {p.pathway.map((s) => (
            <li key={s.id}>
              <strong>{inWords(STAGES, s.stage)}</strong>, {formatDate(s.stageDate)}
              {s.medication && `: ${inWords(MEDICATIONS, s.medication)}`}
              {s.dischargeReason && `: ${inWords(DISCHARGE_REASONS, s.dischargeReason)}`} (recorded by {s.recordedBy})
              {s.notes && <p className="govuk-body-s govuk-!-margin-bottom-0">{s.notes}</p>}
            </li>
          ))}
        </ol>
      )}
      {(p.status === 'AWAITING_ASSESSMENT' || p.status === 'AWAITING_ENROLMENT') && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Left before enrolment</span>
          </summary>
          <div className="govuk-details__text">
            <LeaveBeforeEnrolmentForm reference={p.reference} onSaved={onSaved} drugWorker={drugWorker} />
          </div>
        </details>
      )}
      {p.status === 'ENROLLED' && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Record a pathway stage</span>
          </summary>
          <div className="govuk-details__text">
            <PathwayStageForm reference={p.reference} onSaved={onSaved} drugWorker={drugWorker} />
          </div>
        </details>
      )}
    </Section>
  );
}

function Reviews({ p }: { p: Participant }) {
  return (
    <Section id="reviews" title="Reviews">
      {p.reviews.length === 0 ? (
        <p className="govuk-body">No reviews yet.</p>
      ) : (
        p.reviews.map((r) => (
          <div key={r.reviewNumber} data-testid={`review-${r.reviewNumber}`}>
            <h3 className="govuk-heading-s">
              Review {r.reviewNumber}, {formatDate(r.reviewDate)}
            </h3>
            <dl className="govuk-summary-list">
              <Row label="Engagement">{r.engagement ? inWords(ENGAGEMENT, r.engagement) : 'Not recorded yet'}</Row>
              {r.treatmentNotes && <Row label="Treatment notes">{r.treatmentNotes}</Row>}
              <Row label="New offences">
                {r.newOffences === null || r.newOffences === undefined ? (
                  'Not recorded yet'
                ) : r.newOffences.length === 0 ? (
                  'None'
                ) : (
                  <OffenceTable offences={r.newOffences} caption={`New offences at review ${r.reviewNumber}`} />
                )}
              </Row>
              {r.reoffendingDecision && (
                <Row label="Decision after reoffending">
                  {r.reoffendingDecision === 'CONTINUE' ? 'Continue on the programme' : 'Exit the programme'}
                  {r.reoffendingRationale && `: ${r.reoffendingRationale}`}
                </Row>
              )}
              {r.reEngaged !== null && r.reEngaged !== undefined && (
                <Row label="Re-engaged">
                  {yesNo(r.reEngaged)}
                  {r.reEngagementNotes && `: ${r.reEngagementNotes}`}
                </Row>
              )}
            </dl>
          </div>
        ))
      )}
    </Section>
  );
}

function ExitAndFollowUps({
  p,
  onSaved,
  drugWorker,
}: {
  p: Participant;
  onSaved: (notice: string) => void;
  drugWorker: boolean;
}) {
  return (
    <Section id="exit" title="Exit and follow-ups">
      {p.leftBeforeEnrolment && (
        <dl className="govuk-summary-list" data-testid="left-before-enrolment">
          <Row label="Left before enrolment">
            {inWords(LEFT_BEFORE_ENROLMENT_REASONS, p.leftBeforeEnrolment.reason)} on{' '}
            {formatDate(p.leftBeforeEnrolment.date)}
          </Row>
          {p.leftBeforeEnrolment.notes && <Row label="Notes">{p.leftBeforeEnrolment.notes}</Row>}
        </dl>
      )}
      {p.diedOn && (
        <dl className="govuk-summary-list">
          <Row label="Died">{formatDate(p.diedOn)}</Row>
        </dl>
      )}
      {p.exit ? (
        <dl className="govuk-summary-list">
          <Row label="Exit">
            {inWords(EXIT_REASONS, p.exit.reason)} on {formatDate(p.exit.exitDate)}
          </Row>
          {p.exit.notes && <Row label="Exit notes">{p.exit.notes}</Row>}
        </dl>
      ) : (
        !p.leftBeforeEnrolment && <p className="govuk-body">Not exited.</p>
      )}
      {p.status === 'ENROLLED' && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Record an exit</span>
          </summary>
          <div className="govuk-details__text">
            <ExitForm reference={p.reference} onSaved={onSaved} drugWorker={drugWorker} />
          </div>
        </details>
      )}
      <DeathAfterExit p={p} onSaved={onSaved} />
      {p.followUps.length > 0 && (
        <table className="govuk-table" data-testid="follow-ups">
          <caption className="govuk-table__caption govuk-table__caption--s">Follow-ups</caption>
          <TableHead columns={['After', 'Due', 'Result', 'Abstinent', 'Reoffended', 'Recorded']} />
          <tbody className="govuk-table__body">
            {p.followUps.map((f) => (
              <tr className="govuk-table__row" key={f.id}>
                <td className="govuk-table__cell">{f.months} months</td>
                <td className="govuk-table__cell">{formatDate(f.dueDate)}</td>
                <td className="govuk-table__cell">{f.result ? inWords(FOLLOW_UP_RESULTS, f.result) : 'Planned'}</td>
                <td className="govuk-table__cell">{yesNo(f.abstinent)}</td>
                <td className="govuk-table__cell">{yesNo(f.reoffended)}</td>
                <td className="govuk-table__cell">
                  {f.recordedOn ? `${formatDate(f.recordedOn)} by ${f.recordedBy ?? '—'}` : 'Not yet'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function ParticipantDetail({ p, onSaved }: { p: Participant; onSaved: (notice: string) => void }) {
  const { user } = useSession();
  const drugWorker = isDrugWorker(user);
  return (
    <>
      <span className="govuk-caption-l">{p.reference}</span>
      <h1 className="govuk-heading-l">{p.name}</h1>
      <p className="govuk-body">
        <strong className={statusTagClass(p.status)} data-testid="participant-status">
          {inWords(STATUSES, p.status)}
        </strong>
      </p>
      <Section id="identity" title="The person">
        <dl className="govuk-summary-list">
          <Row label="Date of birth">{formatDate(p.dateOfBirth)}</Row>
          <Row label="PNC ID">{p.pncId || '—'}</Row>
          <Row label="Local authority area">{areaName(p.localAuthority)}</Row>
        </dl>
      </Section>
      <Referral p={p} />
      <Section id="assessment" title="Joint assessment">
        {p.assessment ? (
          <dl className="govuk-summary-list">
            <Row label="Willing to engage">{yesNo(p.assessment.willingToEngage)}</Row>
            <Row label="Consents to treatment">{yesNo(p.assessment.consentToTreatment)}</Row>
            <Row label="Consents to information sharing">{yesNo(p.assessment.consentToInformationSharing)}</Row>
            {p.assessment.notes && <Row label="Notes">{p.assessment.notes}</Row>}
            <Row label="Assessed">
              {formatDate(p.assessment.assessedOn)} by {p.assessment.assessedBy}
            </Row>
          </dl>
        ) : (
          <p className="govuk-body">Not assessed yet.</p>
        )}
      </Section>
      <Section id="enrolment" title="Enrolment">
        {p.enrolment ? (
          <dl className="govuk-summary-list">
            <Row label="Enrolled">{formatDate(p.enrolment.enrolmentDate)}</Row>
            <Row label="Key worker">{p.enrolment.keyWorker}</Row>
            <Row label="Programme ends">{formatDate(p.enrolment.programmeEndsOn)}</Row>
          </dl>
        ) : (
          <p className="govuk-body">Not enrolled.</p>
        )}
      </Section>
      <PausesSection p={p} onSaved={onSaved} />
      <TransferSection p={p} onSaved={onSaved} />
      <Pathway p={p} drugWorker={drugWorker} onSaved={onSaved} />
      <Reviews p={p} />
      <Section id="offences" title="Shop theft offences on the referral">
        <OffenceTable offences={p.offences} caption="Offences on the referral" />
      </Section>
      <CustodyPeriods reference={p.reference} />
      <ExitAndFollowUps p={p} onSaved={onSaved} drugWorker={drugWorker} />
      <p className="govuk-body">
        <Link className="govuk-link" to="/tasks">
          Go to your tasks for this participant's work
        </Link>
      </p>
    </>
  );
}

function LoadedParticipant({
  reference,
  notice,
  onSaved,
}: {
  reference: string;
  notice: string | null;
  onSaved: (notice: string) => void;
}) {
  const load = useCallback(() => getParticipant(reference), [reference]);
  const participant = useApiData(load);
  if (participant.error) {
    const title =
      participant.status === 403
        ? 'You cannot see this participant'
        : participant.status === 404
          ? 'Participant not found'
          : 'Sorry, there is a problem';
    const words =
      participant.status === 403
        ? 'This participant is not in an area you work in. Drug referral workers see only their own area’s participants; the attempt has been recorded.'
        : participant.error;
    return (
      <>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body" data-testid="participant-problem">
          {words}
        </p>
      </>
    );
  }
  if (!participant.data) return <p className="govuk-body">Loading…</p>;
  return (
    <>
      <SuccessBanner message={notice} focusOnShow />
      <ParticipantDetail p={participant.data} onSaved={onSaved} />
    </>
  );
}

/** /recovery/participants/:reference: everything about one participant the user may see; another area's is refused. */
export function ParticipantPage() {
  const { reference = '' } = useParams();
  const [saves, setSaves] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const onSaved = (words: string) => {
    setNotice(words);
    setSaves((n) => n + 1);
  };
  return (
    <>
      <Link to="/recovery/participants" className="govuk-back-link">
        Back to participants
      </Link>
      {/* a new key after each save reads the participant again and clears the forms */}
      <LoadedParticipant key={`${reference}-${saves}`} reference={reference} notice={notice} onSaved={onSaved} />
    </>
  );
}
