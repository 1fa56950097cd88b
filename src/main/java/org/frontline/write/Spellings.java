package org.frontline.write;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The spellings to add for a leader or a region: the usual name and the others given, trimmed,
 * less those already known. Spellings are only ever added, so that a search by an old one still
 * finds the person or place after a correction.
 */
public final class Spellings {

    private Spellings() {
    }

    public static Set<String> toAdd(String name, List<String> others, Collection<String> known) {
        Set<String> wanted = new LinkedHashSet<>();
        wanted.add(name.strip());
        if (others != null) {
            others.stream().filter(other -> other != null && !other.isBlank()).map(String::strip).forEach(wanted::add);
        }
        wanted.removeAll(known);
        return wanted;
    }
}
