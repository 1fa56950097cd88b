package org.frontline.live;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.strike.Strike;

@Description("A strike as one commit left it, with what the commit changed; or the notice that this replica lost its database connection (kind INTERRUPTED, strike null).")
public record StrikeEvent(
        @Description("What the commit did to the strike: the weightiest of its changes.") @NonNull ChangeKind kind,
        @Description("The strike as it reads after the commit (as the query strike(id:) reads it); null for INTERRUPTED.") Strike strike,
        @Description("The commit's changes of the strike and its parts, in the order made (the first 100; changes(after:) has them all).") @NonNull List<@NonNull RecordChange> changes,
        @Description("The feed cursor of this event's last change (for INTERRUPTED, of the last change delivered before the loss): give it as after, to this subscription or to changes, to go on from here.") @NonNull String cursor) {

    static StrikeEvent of(LiveEvent event) {
        return new StrikeEvent(event.kind(), (Strike) event.subject(), event.changes(), event.cursor());
    }
}
