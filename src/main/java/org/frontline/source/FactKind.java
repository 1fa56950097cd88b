package org.frontline.source;

import org.eclipse.microprofile.graphql.Description;

/**
 * The kinds of fact a citation can support, declared once for the API. The database declares the
 * same list once, as the rows of its fact_kind table (migration V15), and derives from it the
 * citation column of each kind, the check that a citation supports one fact and the history
 * triggers; FactKindTest fails when the two lists differ. README "Adding a kind of fact" is the recipe.
 */
@Description("The kind of fact a citation supports.")
public enum FactKind {
    @Description("A leader: the person and their names.") LEADER,
    @Description("A position a leader holds or held.") LEADER_POSITION,
    @Description("A region: its kind, parent and names.") REGION,
    @Description("Who held a region on the ground, from when to when.") REGION_CONTROL,
    @Description("A claim of sovereignty over a region.") SOVEREIGNTY_CLAIM,
    @Description("An actor's recognition or rejection of a sovereignty claim.") CLAIM_RESPONSE,
    @Description("A sanction.") SANCTION,
    @Description("A target named by a sanction.") SANCTION_TARGET,
    @Description("A strike: when, where, what weapon, what was hit.") STRIKE,
    @Description("Killed and injured in a strike, as one source reported them.") CASUALTY_REPORT,
    @Description("Who is said to have carried out a strike, and by whom.") ATTRIBUTION,
    @Description("A dated event: an invasion, a referendum, a treaty, an application, a mobilisation.") EVENT;

    /** The table facts of this kind live in (the same convention as apply_fact_kinds() in V15). */
    public String table() {
        return name().toLowerCase();
    }

    /** The citation column that points at facts of this kind. */
    public String column() {
        return table() + "_id";
    }
}
