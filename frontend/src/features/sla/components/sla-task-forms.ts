import type { TaskFormRegistry } from '../../../lib/task-form';
import { BreachReviewForm } from './breach-review-form';

/** The form for each user task of processes/breach-review.bpmn. */
export const slaTaskForms: TaskFormRegistry = {
  Task_BreachReview: { component: BreachReviewForm },
};
