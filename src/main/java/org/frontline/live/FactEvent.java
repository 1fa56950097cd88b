package org.frontline.live;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The changes one commit made to one fact; or the notice that this replica lost its database connection (kind INTERRUPTED, no changes).")
public record FactEvent(
        @Description("What the commit did to the fact: the weightiest of its changes.") @NonNull ChangeKind kind,
        @Description("The commit's changes of the fact, in the order made (the first 100; changes(after:) has them all).") @NonNull List<@NonNull RecordChange> changes,
        @Description("The feed cursor of this event's last change (for INTERRUPTED, of the last change delivered before the loss).") @NonNull String cursor) {
}
