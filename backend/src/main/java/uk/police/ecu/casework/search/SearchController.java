package uk.police.ecu.casework.search;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search box's results. Open to every signed-in user: what each finds is limited by the providers to
 * what their own pages would show them, so a role with no such pages simply finds nothing.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    /** {@code q}: a crime or participant reference, a name or part of one, or an import file's name. */
    @GetMapping("/api/search")
    SearchPage search(@RequestParam(required = false) String q) {
        return search.search(q);
    }
}
