package org.dramagraph.photo;

/** Why a photo has no thumbnail, naming the image's address. */
public final class ThumbnailException extends Exception {
    private static final long serialVersionUID = 1L;

    ThumbnailException(String message) {
        super(message);
    }

    ThumbnailException(String message, Throwable cause) {
        super(message, cause);
    }
}
