package org.frontline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Both events formats read the same words for a weapon, each deciding in its own order. */
class WeaponWordsTest {

    @Test
    void aWeaponNamedInTheNotesIsReadAlikeByBothFormats() {
        assertEquals("MISSILE", Acled.weaponKind("Shelling/artillery/missile attack", "Two Kalibr cruise missiles hit the port."));
        assertEquals("MISSILE", Ucdp.weaponKind("Two Kalibr cruise missiles hit the port."));
        assertEquals("ROCKET", Acled.weaponKind("Shelling/artillery/missile attack", "HIMARS strike on a depot"));
        assertEquals("ROCKET", Ucdp.weaponKind("HIMARS strike on a depot"));
        assertEquals("DRONE", Acled.weaponKind("Air/drone strike", "Geran-2 drones over the city"));
        assertEquals("DRONE", Ucdp.weaponKind("Geran-2 drones over the city"));
    }

    @Test
    void whatNoWordNamesIsLeftToEachFormat() {
        // ACLED's sub-type says shelling already; UCDP has only the words, and "shelling" among them means artillery.
        assertEquals("SHELLING", Acled.weaponKind("Shelling/artillery/missile attack", "The village was shelled overnight."));
        assertEquals("ARTILLERY", Ucdp.weaponKind("The village was shelled overnight."));
        assertEquals("AIR_STRIKE", Acled.weaponKind("Air/drone strike", "An air strike on the bridge."));
        assertEquals("UNKNOWN", Ucdp.weaponKind("An attack on the bridge."));
        assertEquals("UNKNOWN", Acled.weaponKind("Remote explosive/landmine/IED", "A mine."));
    }
}
