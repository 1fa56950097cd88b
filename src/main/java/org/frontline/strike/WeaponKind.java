package org.frontline.strike;

import org.eclipse.microprofile.graphql.Description;

@Description("The kind of weapon a strike used; see weapon for how sources describe it.")
public enum WeaponKind {
    @Description("Missiles, including air-defence missiles repurposed for ground attack.") MISSILE,
    @Description("Drones, including loitering \"suicide\" drones.") DRONE,
    @Description("Rockets, including multiple-launch rocket systems.") ROCKET,
    @Description("Artillery fire.") ARTILLERY,
    @Description("Bombs or missiles from aircraft.") AIR_STRIKE,
    @Description("Shelling of unspecified kind.") SHELLING,
    @Description("The source does not say.") UNKNOWN
}
