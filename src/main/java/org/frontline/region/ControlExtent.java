package org.frontline.region;

import org.eclipse.microprofile.graphql.Description;

@Description("How much of a region an actor holds, as the source put it.")
public enum ControlExtent {
    @Description("All of it.") FULL,
    @Description("Most of it.") MOST,
    @Description("Part of it (see sharePercent where a figure was given).") PART,
    @Description("Fighting for it is reported; the holder may be about to change.") CONTESTED
}
