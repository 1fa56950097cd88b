package org.frontline.live;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.region.Region;

@Description("A region as one commit left it, with what the commit changed; or the notice that this replica lost its database connection (kind INTERRUPTED, region null).")
public record RegionEvent(
        @Description("What the commit did to the region: the weightiest of its changes.") @NonNull ChangeKind kind,
        @Description("The region as it reads after the commit (as the query region(id:) reads it); null for INTERRUPTED.") Region region,
        @Description("The commit's changes of the region and its parts, in the order made (the first 100; changes(after:) has them all).") @NonNull List<@NonNull RecordChange> changes,
        @Description("The feed cursor of this event's last change (for INTERRUPTED, of the last change delivered before the loss): give it as after, to this subscription or to changes, to go on from here.") @NonNull String cursor) {

    static RegionEvent of(LiveEvent event) {
        return new RegionEvent(event.kind(), (Region) event.subject(), event.changes(), event.cursor());
    }
}
