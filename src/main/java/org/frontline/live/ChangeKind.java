package org.frontline.live;

import org.eclipse.microprofile.graphql.Description;

/**
 * What a change did, in the analyst's words. An event of a live subscription names the weightiest
 * of its transaction's changes (the order here, first weighs most); the feed names each change.
 */
@Description("What a change did to the record.")
public enum ChangeKind {
    @Description("The fact was recorded.") RECORDED,
    @Description("The fact was retired from the record (it stays readable by id).") RETIRED,
    @Description("The fact was deleted.") DELETED,
    @Description("A casualty figure was added to a strike, as one source reported it.") FIGURE_ADDED,
    @Description("An attribution (who is said to have carried out a strike) was added.") ATTRIBUTION_ADDED,
    @Description("Who holds a region on the ground was recorded.") CONTROL_RECORDED,
    @Description("A sovereignty claim over a region, or an actor's response to one, was recorded.") CLAIM_RECORDED,
    @Description("A target was added to a sanction.") TARGET_ADDED,
    @Description("The fact, or one of its parts, was corrected.") CORRECTED,
    @Description("A source was cited for the fact.") SOURCE_CITED,
    @Description("A citation was removed from the fact.") SOURCE_REMOVED,
    @Description("Not a change: this replica lost its database connection and listens again. Changes committed meanwhile follow this event; its cursor is that of the last change delivered before the loss, from which changes(after:) reads everything since.") INTERRUPTED;

    /** The kind of one history row, given the fact it changed and the fact it is part of (the subject). */
    static ChangeKind of(String factKind, String action, String subjectKind) {
        boolean itself = factKind.equals(subjectKind);
        return switch (action) {
            case "CREATE" -> itself ? RECORDED : switch (factKind) {
                case "CASUALTY_REPORT" -> FIGURE_ADDED;
                case "ATTRIBUTION" -> ATTRIBUTION_ADDED;
                case "REGION_CONTROL" -> CONTROL_RECORDED;
                case "SOVEREIGNTY_CLAIM", "CLAIM_RESPONSE" -> CLAIM_RECORDED;
                case "SANCTION_TARGET" -> TARGET_ADDED;
                default -> CORRECTED;
            };
            case "RETIRE" -> itself ? RETIRED : CORRECTED;
            case "DELETE" -> itself ? DELETED : CORRECTED;
            case "CITE" -> SOURCE_CITED;
            case "UNCITE" -> SOURCE_REMOVED;
            default -> CORRECTED;
        };
    }
}
