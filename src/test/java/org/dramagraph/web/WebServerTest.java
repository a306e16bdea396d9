package org.dramagraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebServerTest {
    @TempDir
    Path dir;

    @Test
    void closingFromTwoThreadsAtOnceClosesOnceWithoutAnError() {
        TestSite site = new TestSite(dir);
        assertThat(site.get("/health").statusCode()).isEqualTo(200);

        // serve's shutdown hook and its own try-with-resources both close the server on Ctrl-C
        CompletableFuture<Void> hook = CompletableFuture.runAsync(site::close);
        assertThatCode(site::close).doesNotThrowAnyException();
        assertThatCode(hook::join).doesNotThrowAnyException();
    }
}
