package org.frontline.event;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of event this is.")
public enum EventKind {
    @Description("The start of an invasion.") INVASION,
    @Description("An annexation of territory.") ANNEXATION,
    @Description("A referendum or vote.") REFERENDUM,
    @Description("The signing of a treaty or agreement.") TREATY,
    @Description("An application, such as to join an alliance.") APPLICATION,
    @Description("A call-up of troops.") MOBILISATION,
    @Description("A declaration, such as of independence.") DECLARATION,
    @Description("A battle, offensive or encirclement.") MILITARY_OPERATION,
    @Description("Anything else.") OTHER
}
