package org.frontline.ingest;

import java.util.regex.Pattern;

/**
 * The words in an event's notes or headline that name a kind of weapon, one list per kind the
 * model has, shared by every events format. Which kind wins when several are named, and what a row
 * that names none becomes, is each format's to say (ACLED's sub-type already tells drone from
 * shelling; UCDP has only the words).
 */
enum WeaponWords {

    DRONE("drone|uav|shahed|geran|lancet"),
    MISSILE("missile|iskander|kalibr|kh-\\d|s-300"),
    ROCKET("rocket|mlrs|grad|uragan|smerch|himars"),
    ARTILLERY("artillery|howitzer|mortar");

    private final Pattern words;

    WeaponWords(String words) {
        this.words = Pattern.compile(words, Pattern.CASE_INSENSITIVE);
    }

    boolean in(String text) {
        return words.matcher(text).find();
    }
}
