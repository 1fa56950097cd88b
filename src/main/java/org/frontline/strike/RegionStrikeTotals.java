package org.frontline.strike;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("Strike totals for one region, its sub-regions included.")
public record RegionStrikeTotals(
        @Id @Description("The region's id; ask for it with region(id:).") String regionId,
        @Description("The region's name.") String regionName,
        @Description("The totals.") StrikeTotals totals) {
}
