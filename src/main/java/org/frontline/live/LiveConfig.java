package org.frontline.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the live subscriptions over WebSocket (README, "Live changes"). */
@ConfigMapping(prefix = "frontline.live")
public interface LiveConfig {

    /**
     * Events one subscriber may fall behind its socket before it is told and closed, so that it
     * does not hold up the others or fill this replica's memory.
     */
    @WithDefault("256")
    int buffer();

    /**
     * How long a socket may stay full (its client not reading) before the subscriber is told it
     * fell behind and the socket is closed, however few events it missed.
     */
    @WithDefault("10s")
    java.time.Duration stall();

    /** Subscriptions one WebSocket connection may hold at once. */
    @WithDefault("20")
    int subscriptionsPerConnection();

    /** WebSocket connections one client address may hold open at once. */
    @WithDefault("20")
    int connectionsPerClient();

    /**
     * Whether this process listens for changes at all: the import command (ingest/ImportCommand)
     * serves no subscriber and turns it off, so that it does not read back the changes it wrote.
     */
    @WithDefault("true")
    boolean listen();

    /** How long a new connection has to send connection_init before it is closed (4408). */
    @WithDefault("10s")
    java.time.Duration initTimeout();
}
