package uk.police.ecu.casework.fraud;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.tasks.TaskForm;
import uk.police.ecu.casework.tasks.WorkedTask;

/**
 * Completes the victim-update tasks: the victim was told (when and how), could not be reached (each attempt),
 * or has opted out of updates. Only "told" meets the update; the other two end its Victims' Code clocks with
 * their own result, counted apart and never as met. The decision update on a no-further-action outcome also
 * records whether the Victims' Right to Review was offered; the Victim Personal Statement offer, told, is the offer
 * made, with the victim's answer.
 */
@Component
class TellVictimTask implements TaskForm<TellVictimTask.Answers> {

    /** The process variable the SLA clocks read when the update ends without the victim being told. */
    static final String CLOCK_END = TaskForm.VICTIMS_CODE_CLOCK_END;
    static final String CLOCK_END_UNREACHABLE = "UNREACHABLE";
    static final String CLOCK_END_OPTED_OUT = "OPTED_OUT";

    enum Method { PHONE, VISIT, EMAIL, LETTER }

    enum Outcome { TOLD, COULD_NOT_REACH, VICTIM_OPTED_OUT }

    /** The victim's answer to the offer of a Victim Personal Statement. */
    enum StatementResponse { ACCEPTED, DECLINED, UNDECIDED }

    /** How long after being told of a no-further-action decision the victim may ask for a review (NPCC scheme). */
    static final int REVIEW_REQUEST_MONTHS = 3;

    record Attempt(@NotNull(message = "Give the date of the attempt")
                   @PastOrPresent(message = "An attempt cannot be in the future") LocalDate attemptedOn,
                   @NotNull(message = "Choose how the victim was contacted") Method method) {
    }

    /** {@code outcome} absent: the victim was told (as every update was before outcomes existed). */
    record Answers(Outcome outcome,
                   @PastOrPresent(message = "The date cannot be in the future") LocalDate toldOn,
                   Method method,
                   Boolean supportOffered,
                   @Size(max = 10, message = "Record at most 10 attempts") List<@Valid Attempt> attempts,
                   @PastOrPresent(message = "The date cannot be in the future") LocalDate optedOutOn,
                   @Size(max = 4000) String notes,
                   Boolean reviewOffered,
                   StatementResponse statementResponse,
                   Integer updateEveryDays,
                   Method updateMethod,
                   Boolean regularUpdatesDeclined,
                   @Valid NeedsAssessments.Entry needsAssessment) {

        Outcome outcomeOrTold() {
            return outcome == null ? Outcome.TOLD : outcome;
        }
    }

    static final Map<String, String> UPDATE_TYPES = Map.of(
            "Task_TellVictimNotInvestigated", "NOT_INVESTIGATED",
            "Task_TellVictimOfficer", "OFFICER_NAMED",
            "Task_TellVictimOfEvent", "CASE_EVENT",
            "Task_TellVictimNewOfficer", "NEW_OFFICER",
            "Task_TellVictimOfDecision", "DECISION",
            "Task_OfferPersonalStatement", "PERSONAL_STATEMENT",
            "Task_OfferPersonalStatementOnCharge", "PERSONAL_STATEMENT",
            "Task_UpdateVictim", "REGULAR");

    /** The longest interval between regular updates a victim may agree to. */
    static final int MAX_UPDATE_EVERY_DAYS = 90;

    private final VictimUpdateRepository updates;
    private final AuditLog audit;
    private final TaskService taskService;
    private final VictimUpdateAgreementRepository agreements;
    private final Clock clock;
    private final NeedsAssessments needs;

    TellVictimTask(VictimUpdateRepository updates, AuditLog audit, TaskService taskService,
                   VictimUpdateAgreementRepository agreements, Clock clock, NeedsAssessments needs) {
        this.needs = needs;
        this.updates = updates;
        this.agreements = agreements;
        this.clock = clock;
        this.audit = audit;
        this.taskService = taskService;
    }

    @Override
    public Set<String> taskKeys() {
        return UPDATE_TYPES.keySet();
    }

    @Override
    public Class<Answers> formType() {
        return Answers.class;
    }

    @Override
    public Map<String, Object> complete(WorkedTask task, Answers answers) {
        String type = UPDATE_TYPES.get(task.taskKey());
        String reference = task.caseReference();
        String by = task.user().username();
        Map<String, Object> variables = new HashMap<>();
        switch (answers.outcomeOrTold()) {
            case TOLD -> {
                boolean noFurtherAction = "DECISION".equals(type) && CrimeFinalisation.NO_FURTHER_ACTION.equals(
                        taskService.getVariable(task.id(), FraudProcessVariables.DECISION));
                checkTold(type, noFurtherAction, answers);
                updates.record(new VictimUpdateRepository.ToldUpdate(reference, type, answers.toldOn(),
                        answers.method().name(), answers.supportOffered(),
                        noFurtherAction ? answers.reviewOffered() : null,
                        "PERSONAL_STATEMENT".equals(type) ? answers.statementResponse().name() : null,
                        answers.notes(), by));
                if ("OFFICER_NAMED".equals(type) && Boolean.TRUE.equals(answers.regularUpdatesDeclined())) {
                    updates.recordRegularUpdatesDeclined(reference);
                } else if ("OFFICER_NAMED".equals(type)) {
                    recordAgreement(reference, answers, by);
                }
                // The needs assessment (Right 4) is made at the first contact at the latest: recorded with it here.
                if ("OFFICER_NAMED".equals(type) && answers.needsAssessment() != null) {
                    needs.atFirstContact(reference, answers.needsAssessment(), by);
                }
            }
            case COULD_NOT_REACH -> {
                if (answers.attempts() == null || answers.attempts().isEmpty()) {
                    throw InvalidInputException.field("attempts", "Record each attempt to reach the victim");
                }
                long id = updates.recordNotTold(reference, type, Outcome.COULD_NOT_REACH.name(), answers.notes(), by);
                answers.attempts().forEach(a -> updates.recordAttempt(id, a.attemptedOn(), a.method().name()));
                variables.put(CLOCK_END, CLOCK_END_UNREACHABLE);
            }
            case VICTIM_OPTED_OUT -> {
                LocalDate optedOutOn = updates.optedOutOn(reference).orElse(answers.optedOutOn());
                if (optedOutOn == null) {
                    throw InvalidInputException.field("optedOutOn", "Give the date the victim opted out of updates");
                }
                if (updates.optedOutOn(reference).isEmpty()) {
                    updates.recordOptOut(reference, optedOutOn, by);
                    audit.record(AuditEntry.alteration("crime", List.of(reference),
                            Map.of("victimOptedOutOfUpdatesOn", optedOutOn.toString())));
                }
                updates.recordNotTold(reference, type, Outcome.VICTIM_OPTED_OUT.name(), answers.notes(), by);
                variables.put(CLOCK_END, CLOCK_END_OPTED_OUT);
            }
        }
        return variables;
    }

    /**
     * The frequency the victim agreed when told who their officer is (Right 6): their regular updates are timed from
     * it. Personal data of the case, so audited.
     */
    private void recordAgreement(String reference, Answers answers, String by) {
        agreements.record(new VictimUpdateAgreementRepository.NewAgreement(reference, answers.updateEveryDays(),
                answers.updateMethod().name(), answers.toldOn(), null, by, OffsetDateTime.now(clock)));
        audit.record(AuditEntry.alteration("victim-update-agreement", List.of(reference),
                Map.of("everyDays", answers.updateEveryDays(), "method", answers.updateMethod().name())));
    }

    private static void checkTold(String type, boolean noFurtherAction, Answers answers) {
        List<FieldError> errors = new ArrayList<>();
        if (answers.toldOn() == null) {
            errors.add(new FieldError("toldOn", "Give the date the victim was told"));
        }
        if (answers.method() == null) {
            errors.add(new FieldError("method", "Choose how the victim was told"));
        }
        // The frequency is agreed when the officer first tells the victim who they are: required, unless the victim
        // chose no regular updates (an explicit answer; they can agree one later from the case page).
        boolean declined = Boolean.TRUE.equals(answers.regularUpdatesDeclined());
        if ("OFFICER_NAMED".equals(type) && declined
                && (answers.updateEveryDays() != null || answers.updateMethod() != null)) {
            errors.add(new FieldError("updateEveryDays",
                    "Choose either how often the victim wants to be updated or that they want no regular updates"));
        } else if ("OFFICER_NAMED".equals(type) && !declined) {
            if (answers.updateEveryDays() == null) {
                errors.add(new FieldError("updateEveryDays", "Choose how often the victim wants to be updated"));
            } else if (answers.updateEveryDays() < 1 || answers.updateEveryDays() > MAX_UPDATE_EVERY_DAYS) {
                errors.add(new FieldError("updateEveryDays", "Updates must be between 1 and 90 days apart"));
            }
            if (answers.updateMethod() == null) {
                errors.add(new FieldError("updateMethod", "Choose how the victim wants to be updated"));
            }
        }
        if ("NOT_INVESTIGATED".equals(type) && answers.supportOffered() == null) {
            errors.add(new FieldError("supportOffered", "Say whether a referral to support was offered"));
        }
        if (noFurtherAction && answers.reviewOffered() == null) {
            errors.add(new FieldError("reviewOffered", "Say whether the Victims' Right to Review was offered"));
        }
        if ("PERSONAL_STATEMENT".equals(type) && answers.statementResponse() == null) {
            errors.add(new FieldError("statementResponse",
                    "Say whether the victim accepted or declined the offer of a personal statement"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Some answers need correcting", errors);
        }
    }
}
