package org.frontline.strike;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.error.ApiError;

@Input("BoundingBox")
@Description("A box of latitude and longitude, in degrees (WGS 84); edges included.")
public record BoundingBox(
        @NonNull @Description("The southern edge (latitude, -90 to 90).") Double south,
        @NonNull @Description("The western edge (longitude, -180 to 180).") Double west,
        @NonNull @Description("The northern edge (latitude, not below south).") Double north,
        @NonNull @Description("The eastern edge (longitude, not below west).") Double east) {

    void check(String argument) {
        if (south < -90 || north > 90 || south > north) {
            throw ApiError.badArgument(argument, argument + ": latitudes must satisfy -90 <= south <= north <= 90, not south "
                    + south + ", north " + north + ".");
        }
        if (west < -180 || east > 180 || west > east) {
            throw ApiError.badArgument(argument, argument + ": longitudes must satisfy -180 <= west <= east <= 180, not west "
                    + west + ", east " + east + ".");
        }
    }
}
