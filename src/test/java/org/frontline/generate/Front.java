package org.frontline.generate;

/**
 * The generated war's front line: for a day and a latitude, the longitude east of which Russia holds
 * the ground. It sweeps west in the first weeks, is pushed back in the autumn of the first year and
 * then creeps west slowly, with bends along its length that drift over time. North of the line's
 * reach the border is the front.
 */
final class Front {

    static final double SOUTH_END = 46.4, NORTH_END = 50.4;

    private Front() {
    }

    static double longitude(int day, double latitude) {
        if (latitude > NORTH_END) {
            return 40.5;
        }
        double base;
        if (day < 40) {
            base = 39.0 - 2.7 * day / 40.0;
        } else if (day < 200) {
            base = 36.3 + 0.3 * (day - 40) / 160.0;
        } else if (day < 270) {
            base = 36.6 + 1.0 * (day - 200) / 70.0;
        } else {
            base = 37.6 - 0.0004 * (day - 270);
        }
        return base + 0.5 * Math.sin((latitude - 44.5) * 1.7) + 0.15 * Math.sin(day / 45.0 + latitude);
    }
}
