import type { TaskFormRegistry } from '../../../lib/task-form';
import { EnrolmentForm } from './enrolment-form';
import { FollowUpForm } from './follow-up-form';
import { JointAssessmentForm } from './joint-assessment-form';
import { ReEngagementForm } from './re-engagement-form';
import { recoveryFieldId } from './recovery-answers';
import { OffendingReviewForm, ProgrammeReviewForm, ReoffendingDecisionForm } from './review-forms';

/** The form for each user task of processes/o2r-programme.bpmn. */
export const recoveryTaskForms: TaskFormRegistry = {
  Task_JointAssessment: { component: JointAssessmentForm },
  Task_Enrolment: { component: EnrolmentForm, fieldId: recoveryFieldId },
  Task_ProgrammeReview: { component: ProgrammeReviewForm },
  Task_OffendingReview: { component: OffendingReviewForm, fieldId: recoveryFieldId },
  Task_ReoffendingDecision: { component: ReoffendingDecisionForm },
  Task_ReEngagement: { component: ReEngagementForm },
  Task_ReEngagementAtProgrammeEnd: { component: ReEngagementForm },
  Task_FollowUp: { component: FollowUpForm, fieldId: recoveryFieldId },
};
