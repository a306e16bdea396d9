package org.dramagraph.clean;

/** One kind of page chrome, recognised from the shape of a line. */
interface ChromeRule {
    boolean isChrome(LineShape line);
}
