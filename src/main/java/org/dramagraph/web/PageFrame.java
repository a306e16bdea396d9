package org.dramagraph.web;

/**
 * What every page's frame shows: title, description, canonical address, schema.org JSON-LD, the form token, the
 * logged-in editor, the page's Atom feed and the search box's text.
 *
 * @param title       the page title (the site name is added)
 * @param description one sentence for search engines and link previews
 * @param canonical   the page's canonical address: absolute under the public address, else its path
 * @param jsonLd      schema.org JSON-LD, already safe to put in a script element
 * @param csrf        the token forms carry
 * @param editor      the logged-in editor's name, or {@code null}
 * @param feed        the page's Atom feed path, or {@code null}
 * @param query       what the search box shows
 */
public record PageFrame(String title, String description, String canonical, String jsonLd, String csrf, String editor,
                        String feed, String query) {
    /** Whether an editor is logged in. */
    public boolean editing() {
        return editor != null;
    }
}
