package org.dramagraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics} answers this machine only, unless the site is configured to open it. */
class MetricsAccessTest {
    @TempDir
    Path dir;

    @Test
    void metricsAnswerThisMachineButNotARequestForwardedByAProxyOnIt() {
        try (TestSite site = new TestSite(dir)) {
            assertThat(site.get("/metrics").statusCode()).isEqualTo(200);
            HttpResponse<String> forwarded = site.get("/metrics", "X-Forwarded-For", "203.0.113.9");
            assertThat(forwarded.statusCode()).isEqualTo(404);
            assertThat(forwarded.body()).doesNotContain("jvm_");
            assertThat(site.get("/metrics", "Forwarded", "for=203.0.113.9").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void openMetricsAnswerEveryone() {
        try (TestSite site = new TestSite(dir, c -> c.withOpenMetrics(true))) {
            assertThat(site.get("/metrics", "X-Forwarded-For", "203.0.113.9").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void metricsDoNotAnswerAnotherMachine() throws IOException, InterruptedException {
        Optional<InetAddress> lan = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
        assumeTrue(lan.isPresent(), "this machine has no network address besides loopback");
        String host = lan.get().getHostAddress();
        try (TestSite site = new TestSite(dir, c -> c.withHost("0.0.0.0"))) {
            String base = "http://" + host + ":" + site.server.port();
            HttpResponse<String> fromLan = site.http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(fromLan.statusCode()).isEqualTo(404);
            assertThat(site.http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }
}
