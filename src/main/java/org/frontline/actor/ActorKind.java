package org.frontline.actor;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of actor this is.")
public enum ActorKind {
    @Description("A sovereign state, such as Russia or Ukraine.") STATE,
    @Description("An alliance or union of states, such as NATO or the European Union.") ORGANISATION,
    @Description("A ministry, office, central bank or other public body.") GOVERNMENT_BODY,
    @Description("An army, air force or other armed formation.") ARMED_FORCE,
    @Description("A separatist authority, such as the self-declared Donetsk People's Republic.") SEPARATIST_AUTHORITY,
    @Description("An authority installed by an occupying power.") OCCUPATION_AUTHORITY,
    @Description("A news agency or outlet.") MEDIA,
    @Description("A company or firm.") COMPANY
}
