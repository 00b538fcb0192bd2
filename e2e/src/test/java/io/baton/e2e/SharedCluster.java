package io.baton.e2e;

import io.baton.launcher.Cluster;
import io.restassured.RestAssured;

/** The test JVM's one cluster ({@link io.baton.e2e.support.SharedCluster}), with RestAssured pointed at it. */
final class SharedCluster {

    private SharedCluster() {
    }

    /** Starts the cluster if needed and points RestAssured at its front door's {@code /api}. */
    static Cluster useFrontDoor() {
        Cluster cluster = io.baton.e2e.support.SharedCluster.get();
        RestAssured.baseURI = cluster.frontDoorUrl();
        RestAssured.basePath = "/api";
        return cluster;
    }
}
