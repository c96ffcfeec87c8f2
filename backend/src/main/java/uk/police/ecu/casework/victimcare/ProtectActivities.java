package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.FieldError;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;
import uk.police.ecu.casework.shared.RefusedException;

/**
 * Protect activity reported on APMIS: recorded by victim care officers, listed for a period, and a figure
 * corrected by whoever recorded it or their team. Nothing is deleted; every change is audited.
 */
@Component
class ProtectActivities {

    /** Fields as the form sends them, so that each wrong answer is named rather than unreadable. */
    record NewActivity(String kind, String heldOn, String title, Object figure) {
    }

    record Correction(Object figure) {
    }

    static final String PROTECT_ACTIVITY = "protect-activity";
    /** Well above any post's impressions; a bigger number is a slip of the keyboard. */
    static final int MOST = 10_000_000;
    static final int LONGEST_TITLE = 200;

    private final ProtectActivityRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ProtectActivities(ProtectActivityRepository repository, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ProtectActivity record(NewActivity given) {
        NewActivity activity = given == null ? new NewActivity(null, null, null, null) : given;
        List<FieldError> errors = new ArrayList<>();
        ProtectActivity.Kind kind = kind(activity.kind(), errors);
        LocalDate heldOn = heldOn(activity.heldOn(), errors);
        String title = title(activity.title(), errors);
        Integer figure = figure(activity.figure(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).message(), errors);
        }
        CaseworkUser user = currentUser.get();
        String teamId = user.teamIds().isEmpty() ? null : user.teamIds().get(0);
        long id = repository.add(kind, heldOn, title, figure, teamId, user.username(), clock.instant());
        audit.record(AuditEntry.collection(PROTECT_ACTIVITY, List.of(String.valueOf(id)),
                Map.of("kind", kind.name(), "heldOn", heldOn.toString(), "figure", figure)));
        return repository.find(id).orElseThrow();
    }

    List<ProtectActivity> heldBetween(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw InvalidInputException.field("from", "The start of the period must be on or before its end");
        }
        return repository.heldBetween(from, to);
    }

    /** A figure put right by whoever recorded it or an officer of their team, audited from the old figure to the new. */
    @Transactional
    public ProtectActivity correct(long id, Correction correction) {
        ProtectActivity activity = repository.find(id)
                .orElseThrow(() -> new NotFoundException("There is no protect activity " + id));
        CaseworkUser user = currentUser.get();
        boolean ours = activity.recordedBy().equals(user.username())
                || activity.teamId() != null && user.teamIds().contains(activity.teamId());
        if (!ours) {
            throw new RefusedException("Only the officer who recorded it, or their team, may correct this figure");
        }
        List<FieldError> errors = new ArrayList<>();
        Integer figure = figure(correction == null ? null : correction.figure(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).message(), errors);
        }
        repository.correctFigure(id, figure, user.username(), clock.instant());
        audit.record(AuditEntry.alteration(PROTECT_ACTIVITY, List.of(String.valueOf(id)),
                Map.of("field", "figure", "from", activity.figure(), "to", figure)));
        return repository.find(id).orElseThrow();
    }

    private static ProtectActivity.Kind kind(String given, List<FieldError> errors) {
        for (ProtectActivity.Kind kind : ProtectActivity.Kind.values()) {
            if (kind.name().equals(given)) {
                return kind;
            }
        }
        errors.add(new FieldError("kind", "Choose whether it was a social media post or an outreach event"));
        return null;
    }

    private LocalDate heldOn(String given, List<FieldError> errors) {
        if (given == null || given.isBlank()) {
            errors.add(new FieldError("heldOn", "Enter the date it was posted or held"));
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(given.trim());
            if (day.isAfter(LocalDate.now(clock))) {
                errors.add(new FieldError("heldOn", "The date it was posted or held must be today or in the past"));
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("heldOn", "The date it was posted or held must be a real date"));
            return null;
        }
    }

    private static String title(String given, List<FieldError> errors) {
        String title = given == null ? "" : given.strip();
        if (title.isEmpty()) {
            errors.add(new FieldError("title", "Enter a short title for the post or event"));
        } else if (title.length() > LONGEST_TITLE) {
            errors.add(new FieldError("title", "The title must be " + LONGEST_TITLE + " characters or fewer"));
        }
        return title;
    }

    /** A whole number from 0 to {@link #MOST}, whether sent as a number or as the text typed into the form. */
    private static Integer figure(Object given, List<FieldError> errors) {
        String text = given == null ? "" : given.toString().trim();
        if (text.isEmpty()) {
            errors.add(new FieldError("figure", "Enter the number of impressions or people engaged"));
            return null;
        }
        if (text.matches("-\\d+")) {
            errors.add(new FieldError("figure", "The number must be 0 or more"));
            return null;
        }
        if (!text.matches("\\d{1,9}")) {
            errors.add(new FieldError("figure", "The number must be a whole number, like 250"));
            return null;
        }
        int figure = Integer.parseInt(text);
        if (figure > MOST) {
            errors.add(new FieldError("figure", "The number must be 10,000,000 or fewer"));
            return null;
        }
        return figure;
    }
}
