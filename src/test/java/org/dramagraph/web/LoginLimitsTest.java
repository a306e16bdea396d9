package org.dramagraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Log-in back-off per name and per client, through the real server, timed by a clock the test moves. */
class LoginLimitsTest {
    private static final String NAME_WAITS = "Too many failed log-ins under this name; try again in 1 second.";

    @Test
    void aNameThatFailedTooOftenWaitsWithRetryAfterAndLogsInOnceTheWaitIsOver(@TempDir Path dir) {
        MovableClock clock = new MovableClock();
        try (TestSite site = new TestSite(dir, clock)) {
            Visitor guesser = new Visitor(site);
            guesser.page("/login");
            for (int i = 0; i < 5; i++) {
                assertThat(logIn(guesser, TestSite.EDITOR, "guess " + i).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> held = logIn(guesser, TestSite.EDITOR, TestSite.PASSWORD);
            assertThat(held.statusCode()).as("refused, the right password unchecked").isEqualTo(429);
            assertThat(held.headers().firstValue("Retry-After")).contains("1");
            assertThat(notice(held)).isEqualTo(NAME_WAITS);

            clock.advance(Duration.ofMinutes(1)); // a new minute for the client too
            for (int i = 0; i < 5; i++) {
                assertThat(logIn(guesser, "nobody by this name", "guess " + i).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> unknown = logIn(guesser, "nobody by this name", "guess 5");
            assertThat(unknown.statusCode()).as("a name no editor has looks the same").isEqualTo(429);
            assertThat(unknown.headers().firstValue("Retry-After")).contains("1");
            assertThat(notice(unknown)).isEqualTo(NAME_WAITS);

            for (int i = 0; i < 4; i++) {
                assertThat(logIn(guesser, "name " + i, "guess").statusCode()).isEqualTo(401);
            }
            HttpResponse<String> client = logIn(guesser, TestSite.EDITOR, TestSite.PASSWORD);
            assertThat(client.statusCode()).as("the eleventh attempt this minute").isEqualTo(429);
            assertThat(client.headers().firstValue("Retry-After")).contains("60");
            assertThat(notice(client)).isEqualTo("Too many log-ins from your address; try again in 60 seconds.");

            clock.advance(Duration.ofMinutes(1));
            assertThat(logIn(guesser, TestSite.EDITOR, TestSite.PASSWORD).statusCode()).isEqualTo(303);
            assertThat(guesser.page("/editor").select("h1").text()).isEqualTo("Editor's desk");
        }
    }

    private static HttpResponse<String> logIn(Visitor visitor, String name, String password) {
        return visitor.post("/login", Map.of("name", name, "password", password));
    }

    private static String notice(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).select("p.notice.error").text();
    }
}
