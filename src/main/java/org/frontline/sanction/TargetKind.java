package org.frontline.sanction;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of target a sanction names.")
public enum TargetKind {
    @Description("A person.") PERSON,
    @Description("A company or firm.") COMPANY,
    @Description("A public body, such as a central bank.") BODY,
    @Description("A ship.") VESSEL,
    @Description("Anything else.") OTHER
}
