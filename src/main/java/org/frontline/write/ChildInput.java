package org.frontline.write;

/**
 * The input of a fact added to another (a casualty report, an attribution, a control record, a
 * claim, a position, a sanction target): it checks itself, beyond its declared constraints, with
 * the parent it is added to already required to exist ({@link Writer#addTo}).
 */
public interface ChildInput {

    /** Adds to {@code violations} what is wrong with this input at {@code path}, and to {@code references} the ids it names. */
    void check(String path, Violations violations, References references);
}
