package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** {@code GET /repos/{owner}/{repo}/actions/caches}, also the answer to a delete by key. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ActionsCacheList(int totalCount, List<ActionsCache> actionsCaches) {

    public ActionsCacheList {
        actionsCaches = List.copyOf(actionsCaches);
    }
}
