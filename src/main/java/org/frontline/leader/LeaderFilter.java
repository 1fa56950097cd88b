package org.frontline.leader;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("LeaderFilter")
@Description("Which leaders to list; every condition given must hold.")
public record LeaderFilter(
        @Description("Any spelling of the name, or part of it: \"Zelensky\", \"Zelenskyy\" and \"Pushylin\" find their people.") String name,
        @Id @Description("Only leaders who hold or held a position acting for this state or organisation (an actor's id).") String actingFor,
        @Description("Part of a position's title, e.g. \"President\", \"governor\", \"Secretary General\".") String role,
        @Description("Include leaders retired from the record (left out by default).") Boolean includeRetired) {
}
