package org.frontline;

import java.time.Duration;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the test key pair (src/test/resources/jwt), as an issuer would sign them. */
public final class Tokens {

    private Tokens() {
    }

    public static String editor() {
        return of("editor-ed", "editor");
    }

    public static String admin() {
        return of("admin-ada", "admin");
    }

    /** A valid token for a user whose roles allow reading only. */
    public static String reader() {
        return of("reader-rae", "reader");
    }

    public static String of(String user, String... roles) {
        return Jwt.issuer("frontline").upn(user).groups(Set.of(roles)).expiresIn(Duration.ofMinutes(10)).sign();
    }

    /** A token that expired an hour ago. */
    public static String expired() {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer("frontline").upn("late-lee").groups(Set.of("editor")).issuedAt(now - 7200).expiresAt(now - 3600).sign();
    }
}
