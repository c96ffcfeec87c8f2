import type { TaskFormRegistry } from '../../../lib/task-form';
import { CloseReferralForm } from './close-referral-form';
import { ContactPlanForm } from './contact-plan-form';
import { FirstContactForm } from './first-contact-form';
import { PlannedContactForm } from './planned-contact-form';
import { ReferToVictimSupportForm } from './refer-to-victim-support-form';
import { RomanceQuestionnaireForm } from './romance-questionnaire-form';
import { UnableToContactReviewForm } from './unable-to-contact-review-form';
import { contactFieldId, dateFields, firstContactFieldId, plannedContactFieldId } from './victim-care-answers';

/** The form for each user task of processes/victim-care.bpmn. */
export const victimCareTaskForms: TaskFormRegistry = {
  Task_FirstContact: { component: FirstContactForm, fieldId: firstContactFieldId },
  Task_ContactPlan: { component: ContactPlanForm, fieldId: contactFieldId },
  Task_PlannedContact: { component: PlannedContactForm, fieldId: plannedContactFieldId },
  Task_ReferToVictimSupport: { component: ReferToVictimSupportForm, fieldId: dateFields('referredOn') },
  Task_RomanceQuestionnaire: { component: RomanceQuestionnaireForm, fieldId: dateFields('completedOn') },
  Task_CloseReferral: { component: CloseReferralForm },
  Task_UnableToContactReview: { component: UnableToContactReviewForm },
  Task_UnreachedContactReview: { component: UnableToContactReviewForm },
};
