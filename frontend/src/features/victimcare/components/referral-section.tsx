import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ErrorItem } from '../../../components/error-summary';
import { formatDate, formatDateTime } from '../../../lib/dates';
import type { Assessment, ReferralDetail } from '../api/referrals';
import { ContactAttemptForm } from './contact-attempt-form';
import { ContactPlanTimeline } from './contact-plan-timeline';
import { ReferralLifecycleForm } from './referral-lifecycle-form';
import { VULNERABILITY_KEYS } from './victim-care-answers';
import {
  CHANNELS,
  CLOSURE_OUTCOMES,
  ENHANCED_RIGHTS_REASONS,
  FAILED_CONTACT_OUTCOMES,
  inWords,
  listOf,
  RESOURCES,
  SCREENING_REASONS,
  STAGES,
  stageTagClass,
  SUPPORT_LEVELS,
  VULNERABILITY_QUESTIONS,
  yesNo,
} from './victim-care-words';

export function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{name}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

export const referralAnchor = (reference: string) => `referral-${reference}`;

/** Contact plans can be changed until the referral is closed. */
const canChangePlan = (referral: ReferralDetail) => referral.contactPlan !== null && referral.stage !== 'CLOSED';

function AssessmentFacts({ assessment }: { assessment: Assessment }) {
  const found = VULNERABILITY_KEYS.filter((key) => assessment.vulnerability?.[key]);
  const rights = assessment.enhancedRights;
  return (
    <dl className="govuk-summary-list" data-testid="assessment">
      <Row name="First contact">
        {formatDate(assessment.contactedOn)} by {inWords(CHANNELS, assessment.channel).toLowerCase()},{' '}
        {assessment.assessedBy}
      </Row>
      <Row name="Wants support">{yesNo(assessment.wantsSupport)}</Row>
      <Row name="Vulnerability">
        {found.length > 0 ? (
          <ul className="govuk-list govuk-list--bullet">
            {found.map((key) => (
              <li key={key}>{VULNERABILITY_QUESTIONS[key]}</li>
            ))}
          </ul>
        ) : (
          'None of the listed vulnerabilities'
        )}
      </Row>
      <Row name="Support level">
        <span data-testid="support-level">{inWords(SUPPORT_LEVELS, assessment.supportLevel)}</span>
      </Row>
      <Row name="Enhanced rights">
        <span data-testid="enhanced-rights">
          {rights?.qualifies
            ? `Yes: ${listOf(ENHANCED_RIGHTS_REASONS, rights.reasons)}`
            : 'No: the standard rights of the Victims’ Code'}
        </span>
      </Row>
      {rights?.qualifies && rights.explanation && <Row name="Why">{rights.explanation}</Row>}
    </dl>
  );
}

interface Props {
  referral: ReferralDetail;
  errorFor: (id: string) => string | undefined;
  onProblems: (problems: ErrorItem[]) => void;
  onAttemptLogged: (referral: ReferralDetail) => void;
  /** The referral was closed by the victim's choice or reopened. */
  onChanged: (referral: ReferralDetail, message: string) => void;
}

/** The day a planned contact is due, for an attempt that names it. */
function attemptedContact(referral: ReferralDetail, plannedContactId?: string | null): string {
  if (!plannedContactId) return 'First contact';
  const contact = referral.contactPlan?.contacts.find((c) => c.id === plannedContactId);
  return contact ? `Contact planned for ${formatDate(contact.dueOn)}` : 'Planned contact';
}

function Timeline({ referral }: { referral: ReferralDetail }) {
  const events = referral.timeline ?? [];
  if (events.length === 0) return null;
  return (
    <>
      <h3 className="govuk-heading-s">Closures and reopenings</h3>
      <ol className="govuk-list" data-testid="referral-timeline">
        {events.map((event, i) => (
          <li key={`${event.recordedAt}-${i}`}>
            {formatDate(event.occurredOn)}:{' '}
            {event.kind === 'REOPENED'
              ? 'Reopened'
              : `Closed, ${inWords(CLOSURE_OUTCOMES, event.closureOutcome).toLowerCase()}`}
            {event.reason && <> — {event.reason}</>} ({event.recordedBy})
          </li>
        ))}
      </ol>
    </>
  );
}

/** One referral of the victim: screening, first contact, assessment, plan, contacts, onward referral and closure. */
export function ReferralSection({ referral, errorFor, onProblems, onAttemptLogged, onChanged }: Props) {
  const { reference, contactPlan, victimSupport, questionnaire, closure } = referral;
  const headingId = `${referralAnchor(reference)}-heading`;
  return (
    <section
      id={referralAnchor(reference)}
      aria-labelledby={headingId}
      className="app-referral"
      data-testid={`referral-${reference}`}
    >
      <h2 className="govuk-heading-m" id={headingId}>
        Referral {reference}{' '}
        <strong className={stageTagClass(referral.stage)} data-testid="referral-stage">
          {STAGES[referral.stage] ?? referral.stage}
        </strong>
      </h2>
      <dl className="govuk-summary-list" data-testid="referral-facts">
        <Row name="Crime">{referral.crimeReference}</Row>
        <Row name="Referred">{formatDateTime(referral.referredAt)}</Row>
        <Row name="Referred because">{listOf(SCREENING_REASONS, referral.screeningReasons)}</Row>
        {referral.joinedCrimes && referral.joinedCrimes.length > 0 && (
          <Row name="Later crimes joined">
            {referral.joinedCrimes.map((c) => `${c.crimeReference} (${formatDateTime(c.joinedAt)})`).join(', ')}
          </Row>
        )}
        {referral.followsReference && <Row name="Follows closed referral">{referral.followsReference}</Row>}
      </dl>
      {referral.contactPlanReviewSince && (
        <div className="govuk-warning-text" data-testid="contact-plan-review">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>A later crime joined this referral on{' '}
            {formatDateTime(referral.contactPlanReviewSince)}: review the contact plan with the victim.
          </strong>
        </div>
      )}

      <h3 className="govuk-heading-s">Current tasks</h3>
      {referral.currentTasks.length === 0 ? (
        <p className="govuk-body">None: the referral is not waiting for anyone.</p>
      ) : (
        <ul className="govuk-list" data-testid="referral-tasks">
          {referral.currentTasks.map((task) => (
            <li key={task.id}>
              <Link className="govuk-link" to={`/tasks/${encodeURIComponent(task.id)}`}>
                {task.name}
              </Link>
              {' — '}
              {task.assignee ?? 'Unassigned'}
              {task.due && <>, due {formatDate(task.due)}</>}
            </li>
          ))}
        </ul>
      )}

      <h3 className="govuk-heading-s">Failed contact attempts</h3>
      {referral.contactAttempts.length === 0 ? (
        <p className="govuk-body">No failed attempts logged.</p>
      ) : (
        <table className="govuk-table" data-testid="contact-attempts">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Failed contact attempts for {reference}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                When
              </th>
              <th scope="col" className="govuk-table__header">
                Contact
              </th>
              <th scope="col" className="govuk-table__header">
                What happened
              </th>
              <th scope="col" className="govuk-table__header">
                Notes
              </th>
              <th scope="col" className="govuk-table__header">
                Logged by
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {referral.contactAttempts.map((attempt, i) => (
              <tr className="govuk-table__row" key={`${attempt.attemptedAt}-${i}`}>
                <td className="govuk-table__cell">{formatDateTime(attempt.attemptedAt)}</td>
                <td className="govuk-table__cell">{attemptedContact(referral, attempt.plannedContactId)}</td>
                <td className="govuk-table__cell">{inWords(FAILED_CONTACT_OUTCOMES, attempt.outcome)}</td>
                <td className="govuk-table__cell">{attempt.notes || '—'}</td>
                <td className="govuk-table__cell">{attempt.recordedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {referral.stage === 'AWAITING_FIRST_CONTACT' && (
        <ContactAttemptForm
          referral={referral}
          errorFor={errorFor}
          onProblems={onProblems}
          onLogged={onAttemptLogged}
        />
      )}
      {referral.currentTasks
        .filter((task) => task.taskKey === 'Task_PlannedContact' && task.plannedContactId)
        .map((task) => (
          <ContactAttemptForm
            key={task.id}
            referral={referral}
            errorFor={errorFor}
            onProblems={onProblems}
            onLogged={onAttemptLogged}
            plannedContact={{
              id: task.plannedContactId as string,
              dueOn: referral.contactPlan?.contacts.find((c) => c.id === task.plannedContactId)?.dueOn,
            }}
          />
        ))}

      <h3 className="govuk-heading-s">Assessment</h3>
      {referral.assessment ? (
        <AssessmentFacts assessment={referral.assessment} />
      ) : (
        <p className="govuk-body">Not yet assessed.</p>
      )}

      <h3 className="govuk-heading-s">Contact plan</h3>
      {contactPlan ? (
        <>
          <ContactPlanTimeline plan={contactPlan} />
          {canChangePlan(referral) && (
            <p className="govuk-body">
              <Link
                className="govuk-link"
                to={`/victim-care/referrals/${encodeURIComponent(reference)}/contact-plan`}
                data-testid="change-contact-plan"
              >
                Change contact plan<span className="govuk-visually-hidden"> for {reference}</span>
              </Link>
            </p>
          )}
        </>
      ) : (
        <p className="govuk-body">No contact plan agreed yet.</p>
      )}

      <h3 className="govuk-heading-s">Resources issued</h3>
      {referral.resourcesIssued.length === 0 ? (
        <p className="govuk-body">None issued.</p>
      ) : (
        <ul className="govuk-list" data-testid="resources-issued">
          {referral.resourcesIssued.map((issued, i) => (
            <li key={`${issued.resource}-${issued.issuedOn}-${i}`}>
              {inWords(RESOURCES, issued.resource)}, {formatDate(issued.issuedOn)} by {issued.issuedBy}
            </li>
          ))}
        </ul>
      )}

      <h3 className="govuk-heading-s">Victim Support</h3>
      <dl className="govuk-summary-list" data-testid="victim-support">
        <Row name="Consent to referral">
          {victimSupport?.consentRecordedAt
            ? `Given, recorded ${formatDateTime(victimSupport.consentRecordedAt)}`
            : 'Not given'}
        </Row>
        <Row name="Referred">
          {victimSupport?.referredOn
            ? `${formatDate(victimSupport.referredOn)}, Victim Support reference ${victimSupport.victimSupportReference ?? '—'}`
            : 'Not referred'}
        </Row>
      </dl>

      {referral.romanceFraud && (
        <>
          <h3 className="govuk-heading-s">Romance fraud victim questionnaire</h3>
          <p className="govuk-body" data-testid="questionnaire">
            {questionnaire
              ? `${questionnaire.outcome === 'COMPLETED' ? 'Completed' : 'Declined'}${questionnaire.completedOn ? `, ${formatDate(questionnaire.completedOn)}` : ''}`
              : 'Not yet done: it is asked before the referral is closed.'}
          </p>
        </>
      )}

      <h3 className="govuk-heading-s">Closure</h3>
      {closure ? (
        <dl className="govuk-summary-list" data-testid="closure">
          <Row name="Outcome">{inWords(CLOSURE_OUTCOMES, closure.outcome)}</Row>
          <Row name="Closed">
            {formatDateTime(closure.closedAt)} by {closure.closedBy}
          </Row>
          {closure.notes && <Row name="Notes">{closure.notes}</Row>}
        </dl>
      ) : (
        <p className="govuk-body">Open.</p>
      )}
      <Timeline referral={referral} />
      <ReferralLifecycleForm referral={referral} errorFor={errorFor} onProblems={onProblems} onChanged={onChanged} />
    </section>
  );
}
