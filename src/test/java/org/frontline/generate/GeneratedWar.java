package org.frontline.generate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The generated war that the tests of one profile share (GeneratedWarTest checks the API's answers
 * on it, PlansTest the plans of every statement): one start of the service on a database of its
 * own, written once by whichever of them runs first, so that the other tests never see its rows.
 */
public final class GeneratedWar {

    /** 20,000 strikes and what goes with them: enough that a scan of a large table costs more than an index would. */
    public static final double SCALE = 0.02;
    public static final long SEED = 7;

    private GeneratedWar() {
    }

    /** The profile whose start both tests share. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.max-size", "4");
        }
    }

    /** The JDBC address of the profile's database. */
    public static String url() {
        String jdbc = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String password = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        return jdbc + "?user=" + user + (password.isEmpty() ? "" : "&password=" + password);
    }

    /** Writes the war into the profile's database unless it holds it already. */
    public static synchronized void ensure() throws Exception {
        try (Connection connection = DriverManager.getConnection(url()); Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from source where title = '"
                        + WarGenerator.marker(SCALE, SEED).replace("'", "''") + "'")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return;
            }
        }
        WarGenerator.generate(url(), SCALE, SEED);
    }
}
