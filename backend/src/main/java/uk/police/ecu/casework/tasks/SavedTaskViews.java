package uk.police.ecu.casework.tasks;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.shared.InvalidInputException;
import uk.police.ecu.casework.shared.NotFoundException;

/**
 * Each user's named task list views ("Overdue triage in Birmingham North"), kept as the list's query string so that
 * opening one is following a link and the list still checks every value it is given. Only the queue, filters and
 * sort are kept: search text can name a person and a page number goes stale, so neither is saved.
 */
@Service
@PreAuthorize(TaskListService.CASEWORKERS)
public class SavedTaskViews {

    static final int MAX_VIEWS = 20;
    static final int MAX_NAME = 60;
    private static final Set<String> KEPT = Set.of("queue", "process", "taskType", "due", "followUp", "area",
            "assignee", "sort", "order");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private final SavedTaskViewRepository views;
    private final Clock clock;

    SavedTaskViews(SavedTaskViewRepository views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    public List<SavedTaskView> of(CaseworkUser user) {
        return views.of(user.username());
    }

    @Transactional
    public SavedTaskView save(CaseworkUser user, String name, String view) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw InvalidInputException.field("name", "Enter a name for this view");
        }
        if (trimmed.length() > MAX_NAME) {
            throw InvalidInputException.field("name", "The name must be " + MAX_NAME + " characters or fewer");
        }
        if (views.nameTaken(user.username(), trimmed)) {
            throw InvalidInputException.field("name", "You already have a view called " + trimmed);
        }
        if (views.of(user.username()).size() >= MAX_VIEWS) {
            throw InvalidInputException.field("name", "You can save up to " + MAX_VIEWS + " views; delete one first");
        }
        return views.save(user.username(), trimmed, kept(view), clock.instant());
    }

    @Transactional
    public void delete(CaseworkUser user, long id) {
        if (!views.delete(user.username(), id)) {
            throw new NotFoundException("You have no saved view " + id);
        }
    }

    /** The query string with only the parts a view keeps, each a plain value; anything else is dropped. */
    static String kept(String view) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String pair : (view == null ? "" : view.replaceFirst("^\\?", "")).split("&")) {
            String[] keyValue = pair.split("=", 2);
            if (keyValue.length < 2) {
                continue;
            }
            String key = URLDecoder.decode(keyValue[0], StandardCharsets.UTF_8);
            String value = URLDecoder.decode(keyValue[1], StandardCharsets.UTF_8);
            if (KEPT.contains(key) && VALUE.matcher(value).matches()) {
                parts.putIfAbsent(key, value);
            }
        }
        return parts.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
