package org.frontline.strike;

import org.eclipse.microprofile.graphql.Description;

@Description("How firm an attribution is.")
public enum AttributionStatus {
    @Description("Established beyond reasonable dispute.") CONFIRMED,
    @Description("Said by someone, not contradicted in the record.") CLAIMED,
    @Description("Contradicted: another attribution of the same strike competes with it.") DISPUTED,
    @Description("No one is said to have carried it out.") UNKNOWN
}
