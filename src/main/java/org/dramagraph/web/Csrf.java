package org.dramagraph.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cross-site request forgery protection by signed double submit: each browser gets a random value in an
 * HttpOnly, SameSite cookie, and every form carries an HMAC of that value under the server's secret. A forged
 * request from another site can send the cookie but cannot read it, so it cannot make the token.
 */
final class Csrf {
    static final String COOKIE = "dg_csrf";
    static final String FIELD = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Keyed once; each signature works on a clone, as looking the algorithm up costs more than the HMAC. */
    private final Mac mac;
    private final boolean https;

    /**
     * @param https whether the site is served over HTTPS whatever the request's scheme says (behind a proxy that
     *              ends TLS), so that the cookie is only ever sent back over HTTPS
     */
    Csrf(byte[] secret, boolean https) {
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
        this.https = https;
    }

    /** The token for this browser's forms, setting its cookie first when it has none. */
    String token(Context ctx) {
        String value = ctx.attribute(COOKIE);
        if (value == null) {
            value = ctx.cookie(COOKIE);
        }
        if (value == null || value.length() < 16) {
            value = renew(ctx);
        }
        ctx.attribute(COOKIE, value);
        return sign(value);
    }

    /**
     * Gives this browser a new cookie, so that its tokens from before are worth nothing (at log-in: a value planted
     * in the browser before cannot be used to forge an editor's forms); returns the new value.
     */
    String renew(Context ctx) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.cookie(new Cookie(COOKIE, value, "/", -1, https || ctx.scheme().equals("https"), true, null,
                SameSite.LAX));
        ctx.attribute(COOKIE, value);
        return value;
    }

    /** Refuses a form whose token does not match this browser's cookie. */
    void check(Context ctx) {
        String value = ctx.cookie(COOKIE);
        String token = ctx.formParam(FIELD);
        if (value == null || token == null || !MessageDigest.isEqual(sign(value).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII))) {
            throw new ForbiddenResponse("The form has expired or did not come from this site. Go back, reload the "
                    + "page and try again.");
        }
    }

    private String sign(String value) {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(((Mac) mac.clone()).doFinal(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be cloned", e);
        }
    }
}
