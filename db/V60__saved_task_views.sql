-- Issue 25 item 6: each user's saved task list views. A view is the task list's own query string (queue, filters,
-- sort), so opening one is following a link; search text and page are never stored (a name typed into the search
-- would otherwise be kept here, outside the case it belongs to and out of reach of erasure).
CREATE TABLE saved_task_view (
    id         bigserial PRIMARY KEY,
    username   text         NOT NULL,
    name       varchar(60)  NOT NULL,
    view_query varchar(500) NOT NULL,
    saved_at   timestamptz  NOT NULL
);

CREATE UNIQUE INDEX saved_task_view_name ON saved_task_view (username, lower(name));
