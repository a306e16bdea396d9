package org.dramagraph.source.html;

/** Where the charset a page was decoded with came from. */
public enum CharsetSource {
    /** A byte-order mark at the start of the page. */
    BOM,
    /** The charset the caller declared, typically from the HTTP {@code Content-Type} header. */
    DECLARED,
    /** A {@code <meta charset>}, {@code <meta http-equiv="Content-Type">} or XML declaration. */
    META,
    /** Guessed from the bytes: valid UTF-8, or a statistical detector. */
    SNIFFED,
    /** Nothing said or told otherwise: windows-1252, the web's default for legacy pages. */
    DEFAULT
}
