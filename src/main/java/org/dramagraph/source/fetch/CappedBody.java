package org.dramagraph.source.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a size cap. A body over the cap (by its {@code Content-Length}, or
 * as it arrives) stops the download and fails with {@link TooLarge}, so that a huge or endless
 * response costs at most the cap.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body passed the cap. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    private final long cap;
    private final long declared;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    /** @param declared the {@code Content-Length}, or -1 when unknown */
    CappedBody(long cap, long declared) {
        this.cap = cap;
        this.declared = declared;
    }

    /** A body handler that caps every body at {@code cap} bytes. */
    static HttpResponse.BodyHandler<byte[]> handler(long cap) {
        return info -> new CappedBody(cap, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declared > cap) {
            s.cancel();
            result.completeExceptionally(new TooLarge("declares " + declared + " bytes"));
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            if (bytes.size() + (long) b.remaining() > cap) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge("more than " + cap + " bytes"));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
