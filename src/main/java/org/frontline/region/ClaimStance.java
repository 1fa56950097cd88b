package org.frontline.region;

import org.eclipse.microprofile.graphql.Description;

@Description("An actor's stance on a sovereignty claim.")
public enum ClaimStance {
    @Description("Recognises the claim.") RECOGNISES,
    @Description("Rejects the claim (refuses to recognise it).") REJECTS
}
