package org.frontline.strike;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Strike totals for one region, its sub-regions included.")
public record RegionStrikeTotals(
        @Id @Description("The region's id; ask for it with region(id:).") @NonNull String regionId,
        @Description("The region's name.") @NonNull String regionName,
        @Description("The totals.") @NonNull StrikeTotals totals) {
}
