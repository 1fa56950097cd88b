package org.frontline;

import static org.frontline.GraphQL.data;

import java.util.List;
import java.util.Map;

/** Looks up the seed's ids by name, as an analyst would before filtering by them. */
public final class Seed {

    private Seed() {
    }

    public static String actorId(String name) {
        List<Map<String, String>> actors = data("query($name: String) { actors(name: $name, first: 100) { id name } }",
                "{\"name\": \"" + name + "\"}").getList("data.actors");
        return actors.stream().filter(actor -> actor.get("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor named " + name)).get("id");
    }

    public static String regionId(String name) {
        List<Map<String, Object>> edges = data("query($name: String) { regions(filter: {name: $name}, first: 100) { edges { node { id name } } } }",
                "{\"name\": \"" + name + "\"}").getList("data.regions.edges");
        return edges.stream().map(edge -> (Map<?, ?>) edge.get("node")).filter(node -> node.get("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no region named " + name)).get("id").toString();
    }

    public static String leaderId(String name) {
        return data("query($name: String) { leaders(filter: {name: $name}) { edges { node { id } } } }",
                "{\"name\": \"" + name + "\"}").getString("data.leaders.edges[0].node.id");
    }
}
