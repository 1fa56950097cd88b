package org.frontline.generate;

import java.util.SplittableRandom;

/**
 * Made-up but pronounceable place and person names, so that a generated record reads like a war's
 * (and trigram search has real words to work on) without borrowing any real place or person.
 */
final class Syllables {

    private static final String[] START = {"Vel", "Nov", "Kras", "Bil", "Zol", "Ber", "Cher", "Hor", "Dob", "Lys", "Myr",
            "Pol", "Ros", "Sok", "Tern", "Vys", "Yas", "Zhyt", "Kam", "Lub", "Osk", "Pry", "Sta", "Hlyb", "Kup", "Ozer",
            "Dub", "Sosn", "Trost", "Vorob"};
    private static final String[] MIDDLE = {"o", "a", "y", "i", "e", "ov", "an", "yn", "el", "ar"};
    private static final String[] END = {"ka", "ivka", "ove", "ne", "pil", "horod", "dar", "ske", "yn", "ets", "ychi",
            "ivtsi", "ky", "ansk", "ok"};
    private static final String[] GIVEN = {"Oleksandr", "Andriy", "Iryna", "Olena", "Serhiy", "Dmytro", "Natalia", "Yuriy",
            "Viktor", "Tetiana", "Mykola", "Svitlana", "Ivan", "Anna", "Pavlo", "Oksana", "Igor", "Maria", "Sergei",
            "Alexei", "Yelena", "Nikolai", "Olga", "Boris", "Mikhail", "Irina", "Vadim", "Roman", "Kateryna", "Taras"};
    private static final String[] FAMILY_END = {"enko", "chuk", "ov", "ova", "in", "ina", "sky", "ska", "yuk", "ych", "ev",
            "eva", "ak", "ko"};

    private Syllables() {
    }

    static String place(SplittableRandom random) {
        String name = START[random.nextInt(START.length)] + MIDDLE[random.nextInt(MIDDLE.length)]
                + END[random.nextInt(END.length)];
        return random.nextInt(5) == 0 ? (random.nextBoolean() ? "Nova " : "Velyka ") + name : name;
    }

    static String person(SplittableRandom random) {
        return GIVEN[random.nextInt(GIVEN.length)] + " " + START[random.nextInt(START.length)]
                + MIDDLE[random.nextInt(MIDDLE.length)].replace("y", "")
                + FAMILY_END[random.nextInt(FAMILY_END.length)];
    }

    /** Another transliteration of a name, the kind of variant sources use ("Zelensky", "Zelenskyy"). */
    static String variant(String name) {
        String other = name.replace("kh", "h").replace("y", "i").replace("iy", "y").replace("ts", "tz");
        if (other.equals(name)) {
            other = name.endsWith("ka") ? name.substring(0, name.length() - 1) + "y" : name + "e";
        }
        return other;
    }
}
