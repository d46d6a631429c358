package org.redflag.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body subscriber that keeps at most {@code limit} bytes and then cancels the download, so a huge page costs no
 * more than the limit. A limit of 0 discards the body without reading it.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<LimitedBody.Bytes> {

    /** The bytes read and whether the body went on beyond them. */
    record Bytes(byte[] data, boolean truncated) {
        static final Bytes EMPTY = new Bytes(new byte[0], false);
    }

    private final long limit;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<Bytes> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    LimitedBody(long limit) {
        this.limit = limit;
    }

    @Override
    public CompletionStage<Bytes> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (limit <= 0) {
            s.cancel();
            result.complete(Bytes.EMPTY);
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int room = (int) Math.min(Integer.MAX_VALUE, limit - buffer.size());
            int n = Math.min(room, item.remaining());
            byte[] chunk = new byte[n];
            item.get(chunk);
            buffer.write(chunk, 0, n);
            if (item.hasRemaining()) {
                subscription.cancel();
                result.complete(new Bytes(buffer.toByteArray(), true));
                return;
            }
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(new Bytes(buffer.toByteArray(), false));
    }
}
