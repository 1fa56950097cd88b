package org.frontline.sanction;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("SanctionFilter")
@Description("Which sanctions to list; every condition given must hold.")
public record SanctionFilter(
        @Id @Description("Only sanctions imposed by this authority (an actor's id, e.g. the United States).") String authority,
        @Id @Description("Only sanctions naming this leader as a target.") String target,
        @Description("Only sanctions naming a target with this name (or part of it, tolerant of spelling).") String targetName,
        @Description("Only sanctions announced on or after this date.") LocalDate from,
        @Description("Only sanctions announced on or before this date.") LocalDate to,
        @Description("Include sanctions retired from the record (left out by default).") Boolean includeRetired) {
}
