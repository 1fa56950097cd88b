package org.frontline.generate;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;

import org.frontline.source.FactKind;

/**
 * The strikes, with their casualty reports, attributions and citations, written day by day so that
 * ids follow time as they would in a record kept as the war went on.
 *
 * <p>Most strikes fall close to the front line on the day they happen (artillery, shelling, short-
 * range drones), mostly on the Ukrainian-held side; the rest are long-range missiles and drones on
 * towns anywhere, many of them on the days of mass attacks. Killed and injured are heavy-tailed (most
 * strikes kill no one, a few kill dozens or hundreds); some strikes have a second, differing report
 * and some a disputed attribution.
 */
final class Strikes {

    private static final String[] DEEP_WEAPONS = {"MISSILE", "MISSILE", "MISSILE", "DRONE", "DRONE", "DRONE", "DRONE",
            "UNKNOWN"};
    private static final String[] QUALIFIERS = {"EXACT", "AT_LEAST", "ABOUT"};
    /** Where the fighting concentrates along the line, in latitude. */
    private static final double[] HOTSPOTS = {47.1, 48.0, 48.6, 49.7};

    private final WarGenerator war;
    private final Map<String, CopyStream> copy;
    private final long started;
    private final SplittableRandom r;
    private long nextReport, nextAttribution;

    Strikes(WarGenerator war, Map<String, CopyStream> copy, long started) {
        this.war = war;
        this.copy = copy;
        this.started = started;
        this.r = war.random.split();
        this.nextReport = war.base.get("casualty_report");
        this.nextAttribution = war.base.get("attribution");
    }

    void write() throws SQLException {
        boolean[] massAttack = new boolean[WarGenerator.DAYS];
        double[] cumulative = new double[WarGenerator.DAYS];
        double total = 0;
        for (int day = 0; day < WarGenerator.DAYS; day++) {
            massAttack[day] = r.nextInt(16) == 0;
            // Intense at first, then a steady war with seasons and bad days.
            double intensity = (day < 60 ? 1.8 - 0.8 * day / 60.0 : 1.0) * (1 + 0.25 * Math.sin(day * 2 * Math.PI / 365))
                    * (massAttack[day] ? 3.0 : 1.0) * (0.7 + 0.6 * r.nextDouble());
            total += intensity;
            cumulative[day] = total;
        }
        int[] perDay = new int[WarGenerator.DAYS];
        for (int i = 0; i < war.strikeCount; i++) {
            double x = r.nextDouble() * total;
            int low = 0, high = WarGenerator.DAYS - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative[mid] < x) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            perDay[low]++;
        }
        long id = war.base.get("strike");
        long written = 0;
        for (int day = 0; day < WarGenerator.DAYS; day++) {
            for (int k = 0; k < perDay[day]; k++) {
                strike(++id, day, massAttack[day]);
                if (++written % 200_000 == 0) {
                    WarGenerator.log(started, "%,d of %,d strikes", written, war.strikeCount);
                }
            }
        }
    }

    private void strike(long id, int day, boolean massAttack) throws SQLException {
        boolean deep = r.nextDouble() < (massAttack ? 0.55 : 0.18);
        boolean byUkraine = false;
        int district, settlement;
        String weaponKind;
        if (deep) {
            district = r.nextInt(war.districts.length);
            weaponKind = DEEP_WEAPONS[r.nextInt(DEEP_WEAPONS.length)];
        } else {
            double latitude = r.nextInt(10) < 7
                    ? HOTSPOTS[r.nextInt(HOTSPOTS.length)] + gaussian() * 0.35
                    : Front.SOUTH_END + r.nextDouble() * (Front.NORTH_END - Front.SOUTH_END);
            double offset = Math.abs(gaussian()) * 0.3;
            byUkraine = r.nextInt(100) < 15;
            double longitude = Front.longitude(day, latitude) + (byUkraine ? offset : -offset);
            district = districtAt(latitude, longitude);
            weaponKind = NEAR_WEAPONS[r.nextInt(NEAR_WEAPONS.length)];
        }
        // Larger settlements (the first of each district) are hit far more often.
        int count = war.settlements[district].length;
        settlement = Math.min(count - 1, (int) Math.floor(WarGenerator.pareto(r, 1, 1.2)) - 1);
        int place = r.nextInt(100);
        long region;
        Double latitude = null, longitude = null;
        String placeName;
        if (place < 94) {
            region = war.settlements[district][settlement];
            latitude = WarGenerator.round(war.settlementLat[district][settlement] + gaussian() * 0.01);
            longitude = WarGenerator.round(war.settlementLon[district][settlement] + gaussian() * 0.01);
            placeName = war.settlementNames[district][settlement];
        } else if (place < 99) {
            region = war.districts[district];
            placeName = war.districtNames[district];
        } else {
            region = war.oblasts[district / (war.districtRows * war.districtCols)];
            placeName = war.oblastNames.get(district / (war.districtRows * war.districtCols)) + " Oblast";
        }
        LocalDate date = WarGenerator.START.plusDays(day);
        String weapon = weapon(weaponKind);
        Long supplier = weapon != null && weapon.startsWith("Iranian") ? war.iran : null;
        String target = target();
        String occurredAt = r.nextInt(10) < 4 ? date + " " + two(r.nextInt(24)) + ":" + two(r.nextInt(60)) + ":00+00" : null;

        // Reports: most strikes have one; about one in nine with figures has a second that differs.
        int oblast = district / (war.districtRows * war.districtCols);
        long reporter = byUkraine ? war.russianDefence : war.oblastAdministration[oblast];
        Integer[] killed = new Integer[2], injured = new Integer[2];
        String[] killedQ = new String[2], injuredQ = new String[2];
        long[] reporters = new long[2];
        int reports = 0;
        if (r.nextInt(100) >= 12) {
            killed[0] = r.nextInt(100) < 62 ? 0 : (int) Math.min(600, Math.floor(WarGenerator.pareto(r, 1, 1.25)));
            injured[0] = r.nextInt(100) < 40 && killed[0] == 0 ? 0
                    : (int) Math.min(1500, Math.floor(killed[0] * Math.exp(0.5 + 0.6 * gaussian()) + WarGenerator.pareto(r, 1, 1.3)));
            killedQ[0] = qualifier();
            injuredQ[0] = qualifier();
            reporters[0] = reporter;
            reports = 1;
            if (r.nextInt(9) == 0) {
                killed[1] = Math.max(0, killed[0] + (int) Math.round(gaussian() * (1 + killed[0] * 0.3)));
                injured[1] = r.nextInt(4) == 0 ? null : Math.max(0, injured[0] + (int) Math.round(gaussian() * (1 + injured[0] * 0.3)));
                killedQ[1] = qualifier();
                injuredQ[1] = injured[1] == null ? null : qualifier();
                reporters[1] = byUkraine ? war.occupationAdministration[r.nextInt(war.occupationAdministration.length)]
                        : killed[0] > 5 ? war.prosecutor : war.generalStaff;
                reports = 2;
            }
        }
        // The strike's own figures: the lowest reported, an exact one before a bound at the same
        // number, the earlier report on a tie (refresh_strike_figures in V5).
        int bestKilled = -1, bestInjured = -1;
        for (int i = 0; i < reports; i++) {
            if (killed[i] != null && (bestKilled < 0 || killed[i] < killed[bestKilled]
                    || (killed[i].equals(killed[bestKilled]) && killedQ[i].equals("EXACT") && !killedQ[bestKilled].equals("EXACT")))) {
                bestKilled = i;
            }
            if (injured[i] != null && (bestInjured < 0 || injured[i] < injured[bestInjured]
                    || (injured[i].equals(injured[bestInjured]) && injuredQ[i].equals("EXACT") && !injuredQ[bestInjured].equals("EXACT")))) {
                bestInjured = i;
            }
        }
        copy.get("strike").add(id).add(date).add(occurredAt).add(region).add(latitude).add(longitude).add(weaponKind)
                .add(weapon).add(supplier).add(target).add(null)
                .add(bestKilled < 0 ? null : killed[bestKilled]).add(bestKilled < 0 ? null : killedQ[bestKilled])
                .add(bestInjured < 0 ? null : injured[bestInjured]).add(bestInjured < 0 ? null : injuredQ[bestInjured]).end();

        // Citations of the strike itself: mostly one source, sometimes the wires too.
        String what = sentence(weaponKind) + " hit " + target + " in " + placeName + " on " + date + ".";
        int sources = r.nextInt(100) < 75 ? 1 : r.nextInt(100) < 80 ? 2 : 3;
        war.cite(copy, war.sourceId(reporter, day), what, FactKind.STRIKE, id);
        for (int s = 1; s < sources; s++) {
            war.cite(copy, war.sourceId(war.wires[(s + (int) (id % 3)) % war.wires.length], day), what, FactKind.STRIKE, id);
        }
        for (int i = 0; i < reports; i++) {
            long report = ++nextReport;
            int reportedDay = Math.min(WarGenerator.DAYS - 1, day + (i == 0 ? 0 : r.nextInt(3)));
            copy.get("casualty_report").add(report).add(id).add(killed[i]).add(killedQ[i]).add(injured[i]).add(injuredQ[i])
                    .add(reporters[i]).add(null).add(WarGenerator.START.plusDays(reportedDay)).end();
            String stated = figures(killed[i], killedQ[i], injured[i], injuredQ[i]);
            war.cite(copy, war.sourceId(reporters[i], reportedDay), stated, FactKind.CASUALTY_REPORT, report);
            // The wires repeat the figures, citing the body that gave them.
            war.cite(copy, war.sourceId(war.wires[(int) (report % war.wires.length)], reportedDay), "Officials said: " + stated,
                    FactKind.CASUALTY_REPORT, report);
        }

        // Attributions: who did it, said by whom; a few are disputed by the other side.
        if (r.nextInt(100) < 85) {
            boolean disputed = r.nextInt(100) < 4;
            long doer = byUkraine ? war.ukrainianForces : war.russianForces;
            long attribution = ++nextAttribution;
            copy.get("attribution").add(attribution).add(id).add(doer).add(disputed ? "DISPUTED" : "CLAIMED").add(reporter)
                    .add(null).add(null).end();
            war.cite(copy, war.sourceId(reporter, day), "The strike was carried out by "
                    + (byUkraine ? "Ukrainian" : "Russian") + " forces.", FactKind.ATTRIBUTION, attribution);
            war.cite(copy, war.sourceId(war.wires[(int) (attribution % war.wires.length)], day), "Officials blamed "
                    + (byUkraine ? "Ukrainian" : "Russian") + " forces for the strike.", FactKind.ATTRIBUTION, attribution);
            if (disputed) {
                long other = ++nextAttribution;
                long claimant = byUkraine ? war.generalStaff
                        : war.occupationAdministration[r.nextInt(war.occupationAdministration.length)];
                copy.get("attribution").add(other).add(id).add(byUkraine ? war.russianForces : war.ukrainianForces).add("DISPUTED")
                        .add(claimant).add(null).add(false).end();
                war.cite(copy, war.sourceId(claimant, day), "Officials blamed " + (byUkraine ? "Russian" : "Ukrainian")
                        + " forces but gave no evidence.", FactKind.ATTRIBUTION, other);
            }
        }
    }

    private static final String[] NEAR_WEAPONS = {"ARTILLERY", "ARTILLERY", "ARTILLERY", "ARTILLERY", "SHELLING",
            "SHELLING", "DRONE", "DRONE", "ROCKET", "AIR_STRIKE"};
    private static final String[] TARGETS = {"residential buildings", "a private house", "energy infrastructure",
            "a school", "a hospital", "a railway station", "a grain terminal", "an industrial site", "a market",
            "positions near the front", "a bridge", "a humanitarian convoy", "a fuel depot", "farmland", "a shop"};

    private String target() {
        return TARGETS[Math.min(TARGETS.length - 1, (int) Math.floor(WarGenerator.pareto(r, 1, 0.9)) - 1)];
    }

    private String weapon(String kind) {
        return switch (kind) {
            case "MISSILE" -> r.nextBoolean() ? "cruise missiles" : r.nextBoolean() ? "ballistic missiles"
                    : "anti-aircraft missiles repurposed for ground attack";
            case "DRONE" -> r.nextInt(3) == 0 ? "FPV drones" : "Iranian-supplied Shahed drones";
            case "ROCKET" -> r.nextBoolean() ? "multiple rocket launchers" : "guided rockets";
            case "ARTILLERY" -> r.nextBoolean() ? "152 mm artillery" : "mortars";
            case "AIR_STRIKE" -> "guided aerial bombs";
            case "SHELLING" -> "shelling";
            default -> null;
        };
    }

    private static String sentence(String kind) {
        return switch (kind) {
            case "MISSILE" -> "Missiles";
            case "DRONE" -> "Drones";
            case "ROCKET" -> "Rockets";
            case "ARTILLERY" -> "Artillery fire";
            case "AIR_STRIKE" -> "An air strike";
            case "SHELLING" -> "Shelling";
            default -> "A strike";
        };
    }

    private static String figures(Integer killed, String killedQ, Integer injured, String injuredQ) {
        return phrase(killed, killedQ, "killed") + ", " + (injured == null ? "no figure for the injured"
                : phrase(injured, injuredQ, "injured")) + ".";
    }

    private static String phrase(Integer n, String qualifier, String what) {
        String amount = switch (qualifier) {
            case "AT_LEAST" -> "at least " + n;
            case "ABOUT" -> "about " + n;
            default -> Integer.toString(n);
        };
        return amount + " " + what;
    }

    private String qualifier() {
        int x = r.nextInt(100);
        return QUALIFIERS[x < 82 ? 0 : x < 96 ? 1 : 2];
    }

    private int districtAt(double latitude, double longitude) {
        double lat = Math.max(WarGenerator.SOUTH, Math.min(WarGenerator.NORTH - 1e-9, latitude));
        double lon = Math.max(WarGenerator.WEST, Math.min(WarGenerator.EAST - 1e-9, longitude));
        int row = (int) ((lat - WarGenerator.SOUTH) / (WarGenerator.NORTH - WarGenerator.SOUTH) * WarGenerator.OBLAST_ROWS);
        int col = (int) ((lon - WarGenerator.WEST) / (WarGenerator.EAST - WarGenerator.WEST) * WarGenerator.OBLAST_COLS);
        double oblastHeight = (WarGenerator.NORTH - WarGenerator.SOUTH) / WarGenerator.OBLAST_ROWS;
        double oblastWidth = (WarGenerator.EAST - WarGenerator.WEST) / WarGenerator.OBLAST_COLS;
        double inLat = (lat - WarGenerator.SOUTH - row * oblastHeight) / oblastHeight;
        double inLon = (lon - WarGenerator.WEST - col * oblastWidth) / oblastWidth;
        int cell = Math.min(war.districtRows - 1, (int) (inLat * war.districtRows)) * war.districtCols
                + Math.min(war.districtCols - 1, (int) (inLon * war.districtCols));
        return (row * WarGenerator.OBLAST_COLS + col) * war.districtRows * war.districtCols + cell;
    }

    private double gaussian() {
        // Sum of uniforms: close enough to normal for placing strikes, and cheap.
        return r.nextDouble() + r.nextDouble() + r.nextDouble() + r.nextDouble() - 2.0;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
