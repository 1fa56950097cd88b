package org.frontline.region;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("RegionFilter")
@Description("Which regions to list; every condition given must hold.")
public record RegionFilter(
        @Description("Any spelling of the name, or part of it: \"Zaporozhye\", \"Liman\" and \"Odessa\" find their places.") String name,
        @Description("Only regions of this kind.") RegionKind kind,
        @Id @Description("Only the direct children of this region.") String parent,
        @Id @Description("Only regions below this one, at any depth (the region itself excluded).") String within,
        @Id @Description("Only regions this actor held (wholly or in part) on the date given by on.") String controlledBy,
        @Id @Description("Only regions this actor claimed sovereignty over on the date given by on.") String claimedBy,
        @Description("The date for controlledBy and claimedBy; today when not given.") LocalDate on,
        @Description("Include regions retired from the record (left out by default).") Boolean includeRetired) {
}
