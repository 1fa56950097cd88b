package org.frontline.write;

/**
 * The most items each list in a write's input may hold, and the validation group of the
 * {@code @Size} constraints that state them. {@link Writer#validate} checks this group alone and
 * first: a list past its bound is refused with TOO_MANY before its items are validated, before any
 * id in it is looked up and before a transaction starts. Unbounded, an editor's {@code cite} with
 * 100,000 citations held the server for 39 s and then failed.
 *
 * <p>Each bound is far above what one fact has needed so far, so that no honest write meets it,
 * and low enough that a write at the bound stays one short transaction (a few hundred inserts).
 * Bean Validation wants a group to be an interface, hence the constants in one.
 */
public interface Bounds {

    /**
     * Sources cited for one fact. A much-reported strike gathers a few dozen outlets and
     * statements; beyond 100 a fact is better cited by a summary source.
     */
    int CITATIONS = 100;

    /**
     * Targets named by one sanction. The largest EU and US packages of 2022-2024 named a few
     * hundred persons and entities each; 500 takes any of them in one write.
     */
    int TARGETS = 500;

    /** Other spellings of one leader's or region's name: transliterations, languages, former names. */
    int NAMES = 50;

    /** Positions given with a new leader; a long career has a dozen or two. */
    int POSITIONS = 50;

    /** Attributions given with a new strike: each is a claim by someone, and few strikes have more than a handful. */
    int ATTRIBUTIONS = 50;
}
