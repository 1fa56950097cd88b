package org.frontline.region;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of place a region is.")
public enum RegionKind {
    @Description("A country, such as Ukraine.") COUNTRY,
    @Description("A first-level region: an oblast, or an autonomous republic such as Crimea.") OBLAST,
    @Description("A district (raion) within an oblast.") DISTRICT,
    @Description("A city.") CITY,
    @Description("A town or village.") SETTLEMENT,
    @Description("A site such as a power plant, a port or a bridge.") FACILITY
}
